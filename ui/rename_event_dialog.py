"""Caseload > Rename clinic event: put one event's clients under another name, or join them to
another event (N106).

One clinic day stored under two names ("Saturday Clinic" and "saturday clinic", a typo
"Expungment Fair") split its report, its export and its handouts in two.  The dialog offers the
caseload's events with their clients, the name to give (typed, or another event chosen to join
it to), and says before anything is written how many clients move and where.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from clinic_app.matching import event_renamed
from clinic_app.wording import count, rename_said
from ui import screen_fit


class RenameEventDialog(QDialog):
    """Choose an event and its new name; `chosen()` is (old, new) once accepted."""

    def __init__(self, counts: dict[str, int], parent: QWidget | None = None, *, current: str | None = None):
        super().__init__(parent)
        self.counts = counts
        self.setWindowTitle("Rename clinic event")
        layout = QVBoxLayout(self)
        intro = QLabel("Put a clinic event's clients under another name: correct its spelling, or choose another event "
                       "to join them to (one day under two names). Edit > Undo puts them back.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.event = QComboBox()
        for name, clients in counts.items():
            self.event.addItem(f"{name} ({count(clients, 'client')})", name)
        self.event.setAccessibleName("Event to rename")
        self.event.setCurrentIndex(max(self.event.findData(current), 0))
        label = QLabel("&Event:")
        label.setBuddy(self.event)
        form.addRow(label, self.event)
        # Typed, or another event chosen from its list to join the clients to.
        self.new_name = QComboBox()
        self.new_name.setEditable(True)
        self.new_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.new_name.setAccessibleName("New name, or another event to join")
        label = QLabel("&New name:")
        label.setBuddy(self.new_name)
        form.addRow(label, self.new_name)
        layout.addLayout(form)
        self.said = QLabel()
        self.said.setWordWrap(True)
        layout.addWidget(self.said)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.rename_button = self.buttons.addButton("&Rename", QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter is Rename's alone, greyed or not: greyed, Qt gave Enter to Cancel, and Enter in
        # the name not yet changed closed the dialog.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.rename_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.event.currentIndexChanged.connect(self._event_chosen)
        self.new_name.currentTextChanged.connect(self._say)
        self._event_chosen()
        # An event's whole name in sight, within a small screen.
        self.setMinimumWidth(screen_fit.across_at_most(self, self.fontMetrics().horizontalAdvance("M") * 40))
        screen_fit.no_taller_than_the_screen(self)

    def _event_chosen(self) -> None:
        """The new name starts as the event's own, to correct; the others are offered to join."""
        old = self.event.currentData()
        self.new_name.blockSignals(True)
        self.new_name.clear()
        self.new_name.addItems([name for name in self.counts if name != old])
        self.new_name.setEditText(old or "")
        self.new_name.blockSignals(False)
        self._say()

    def chosen(self) -> tuple[str, str] | None:
        """(the event, the name its clients go under), or None while there is nothing to do."""
        old = self.event.currentData()
        if old is None or not self.new_name.currentText().strip():
            return None
        new = event_renamed(self.new_name.currentText(), old, self.counts)
        return None if new == old else (old, new)

    def _say(self, *_args) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.said.setText("Type the new name, or choose another event to join its clients to.")
        else:
            self.said.setText(rename_said(*chosen, self.counts))
        self.rename_button.setEnabled(chosen is not None)
        self.said.setAccessibleName(self.said.text())

    def accept(self) -> None:
        if self.chosen() is not None:  # Enter with nothing to rename does nothing
            super().accept()
