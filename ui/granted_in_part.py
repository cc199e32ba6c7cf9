"""The court granted some of a petition's counts and denied the others (H63-01).

A petition keeps one ruling (`Petition.ruling`), and a CR-180 for two counts may come back
granted for one and denied for the other.  Recorded as Granted, the caseload line read
"Granted DATE: record the relief on the count" for ever, and the handout told the client of the
denied count "The judge said yes".  What the clinic did by hand, here in one step: the petition
becomes two, the counts granted ruled Granted, the others ruled Denied, each filed the same day,
with the same hearing, ruling day and note.  Nothing new is stored: two ordinary petitions, which
every reader (the line, the handout, the worksheet, export and merge) already knows.

This dialog asks only which counts the court granted, and the ruling's day once for both.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui import screen_fit
from ui.forms import DateField, MessageLabel
from ui.page_scroll import MessageInSight, dialog_part


class GrantedInPartDialog(QDialog):
    """Which of the petition's counts (`counts`: key -> the words the Record tab names it by)
    the court granted, and the ruling's day (`ruled_on`, as typed on the row so far)."""

    def __init__(self, counts: dict[str, str], ruled_on: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Granted in part")
        outer = QVBoxLayout(self)
        # The counts and the ruling's day scroll over the buttons where the screen is short: at
        # 200% a petition of eight counts made it 421 to 533 pixels high (three counts 354 at
        # 15 pt) on a laptop's 344, the buttons under the screen's edge (S105-04).  Where there
        # is room nothing scrolls and it looks as it did.
        asked, layout = dialog_part()
        asked.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        intro = QLabel("Which counts did the court grant? The others are recorded as denied, "
                       "on a petition of their own filed the same day.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for key, words in counts.items():
            box = QCheckBox(f"{words}: granted")
            box.setAccessibleName(f"Count {words}: granted by the court")
            box.toggled.connect(self._check)
            layout.addWidget(box)
            self.boxes[key] = box
        ruled_label = QLabel("Ruled &on:")
        self.ruled = DateField()
        self.ruled.wide_for_words()  # seen whole typed in words, the dialog narrowed too (Q108-01)
        self.ruled.setAccessibleName("Date of the ruling")
        self.ruled.set_value(ruled_on)
        self.ruled.textChanged.connect(self._check)
        ruled_label.setBuddy(self.ruled)
        layout.addWidget(ruled_label)
        layout.addWidget(self.ruled)
        self.message = MessageLabel()
        self.message.describes.extend([*self.boxes.values(), self.ruled])
        layout.addWidget(self.message)
        # What is wrong, in sight where the part scrolls (a date under Ruled on was under its
        # fold at 200%, E109-02); not the note the dialog opens with, its first words in sight.
        self._message_in_sight = MessageInSight(asked, self.message, lambda: self.message.kind == "error").now
        outer.addWidget(asked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Record the ruling")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._check()
        screen_fit.no_taller_than_the_screen(self)

    def granted(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def problem(self) -> str | None:
        """Why the ruling cannot be recorded as ticked: a part, not all nor none, granted."""
        granted = self.granted()
        if not granted:
            return "No count ticked as granted: that is a denial. Cancel and choose Denied."
        if len(granted) == len(self.boxes):
            return "Every count ticked as granted: that is a grant. Cancel and choose Granted."
        return self.ruled.problem()

    def _check(self) -> None:
        problem = self.problem()
        # Said as a note until a count is ticked: a dialog just opened has none ticked yet.
        self.message.say(problem, "error" if self.granted() else "plain")
        self._message_in_sight()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def ruled_on(self) -> date | None:
        return self.ruled.value()
