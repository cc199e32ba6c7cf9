"""Caseload > Merge a duplicate into this client: which other record, and what is taken from it.

A client edited on a laptop came back from the day's import as a second record beside the first
(a possible duplicate).  The dialog names each other record of the pair by id, name, date of
birth and where it differs (clinic_app.differences), and shows what merging it into this client
takes from it and what a person should check (clinic_app.merging) before anything is written.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListView, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from clinic_app.differences import differences, review_fields, reviews_apart
from clinic_app.merging import Merged, merge_refused
from clinic_app.model import Client
from clinic_app.wording import born_said
from ui.forms import announce
from ui.models.history_model import local_time
from ui.page_scroll import dialog_part, scroll_area_of
from ui.screen_fit import on_screen


def record_named(client: Client) -> str:
    born = born_said(client.person.dob)
    return f"id {client.id}, {client.name}, {born}"


def which_came_by_import(mine: Client, other: Client, imported: dict[int, tuple[str, datetime]]) -> str:
    """Which of the two records an import added (a laptop's copy, a referral file's record), from the log's
    `imported_from` (Repository.imported_from), in plain words: nothing in the dialog told the
    two apart, and the paralegal could not tell which to keep (X45)."""
    def came(client: Client) -> str:
        source, moment = imported[client.id]
        return f"the import of {source} added it on {local_time(moment, '%Y-%m-%d')}"

    def when(kept: Client, copy: Client) -> str:
        # Ids are given in the order records are made: a record typed here after the import
        # was not "in the caseload before it".
        return "was in the caseload before it" if kept.id < copy.id else "was added to the caseload after it"

    if other.id in imported and mine.id in imported:
        # Which came later is the copy that was added beside the other: the two imports named
        # side by side, on one day, left the paralegal to work out the order from the ids (R46-08).
        def source(client: Client) -> str:
            return f"the import of {imported[client.id][0]} on {local_time(imported[client.id][1], '%Y-%m-%d')}"

        if other.id > mine.id:
            return (f"Both came by import. The later copy is the other record, id {other.id}: {came(other)}. "
                    f"This client, id {mine.id}, was added before it, by {source(mine)}.")
        return (f"Both came by import. The later copy is this client, id {mine.id}: {came(mine)}. "
                f"The other record, id {other.id}, was added before it, by {source(other)}; to keep that one, "
                f"open id {other.id} and merge this client into it.")
    # Said as "came by import", the file named: "the laptop's copy" was wrong of a referral
    # file's record (Z81), and the file's name already says where it came from.
    if other.id in imported:
        return (f"The other record, id {other.id}, came by import: {came(other)}. "
                f"This client, id {mine.id}, {when(mine, other)}.")
    if mine.id in imported:
        return (f"This client, id {mine.id}, came by import: {came(mine)}. The other record, id {other.id}, "
                f"{when(other, mine)}; to keep that one, open id {other.id} and merge this client into it.")
    # A caseload imported into before imports named their file (M42-04) keeps no file to name.
    return (f"The caseload's log names no import for either record (this client, id {mine.id}; the other, id {other.id}): "
            "both were typed in here, or imported before the log kept the file's name.")


class RingRoom(QStyledItemDelegate):
    """Each record with room above and below its words for the ring the chosen one is drawn in
    (ui.theme, AA66-03): Qt makes a wrapped record as high as its lines alone, and at 150% the
    ring lay over the tops of its first line and the tails of its last (H416-02)."""

    ROOM = 3  # the ring's 2 pixels, 1 in from the edge

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        return super().sizeHint(option, index) + QSize(0, 2 * self.ROOM)


class RecordsList(QListWidget):
    """The other records, no taller than they are: a list's 192 pixels whatever it held left one
    record's four lines over an empty half, and What the merge does, under it, four lines of its
    ten at 200% (M89-03).  Qt's own height stays the most it asks: more records scroll."""

    def _records_height(self) -> int:
        """Their height as laid out, each wrapped at the list's width (a row's own size hint
        is one line), with the frame."""
        self.doItemsLayout()
        return sum(self.visualItemRect(self.item(row)).height() for row in range(self.count())) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self._records_height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        least = super().minimumSizeHint()
        return QSize(least.width(), min(least.height(), self.sizeHint().height()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its records wrap anew at the new width, to another height


class MergePreview(QPlainTextEdit):
    """What the merge does: asks a few lines' height, not Qt's 192 pixels, so that where the
    screen is short what the dialog says scrolls with it at a height that can be read (S105-01).
    Where there is room it takes the dialog's spare height, as before."""

    LINES = 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        return QSize(super().sizeHint().width(), self.LINES * self.fontMetrics().lineSpacing()
                     + 2 * round(self.document().documentMargin()) + margins.top() + margins.bottom())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Its first lines brought into sight whole, where what the dialog says scrolls: Qt scrolls
        a text box's cursor line into sight only, and a list of records a line longer (a case
        without a number named by what its record holds, K363) left two and a half lines shown."""
        super().focusInEvent(event)
        scroll = scroll_area_of(self)
        if scroll is not None and scroll.widget() is not None:
            top = self.mapTo(scroll.widget(), QPoint(0, 0)).y()
            room = scroll.viewport().height()
            bar = scroll.verticalScrollBar()
            if top < bar.value() or top + min(self.height(), room) > bar.value() + room:
                bar.setValue(top + min(self.height(), room) - room if self.height() < room else top)


class MergeDialog(QDialog):
    """Choose the other record; shown what the merge takes.  `chosen()` after accept."""

    def __init__(self, mine: Client, others: list[tuple[Client, Merged]], parent: QWidget | None = None, *,
                 found_by: dict[int, str] | None = None, imported: dict[int, tuple[str, datetime]] | None = None,
                 reviews: dict[int, list] | None = None):
        """`reviews`: each record's attorney reviews (Repository.exported_reviews), by id."""
        super().__init__(parent)
        self.setWindowTitle("Merge a duplicate into this client")
        self._mine, self._others = mine, others
        self._imported = imported or {}
        outer = QVBoxLayout(self)
        # What it says scrolls over its buttons where the screen is short: at 200% with 15 pt
        # text the intro and the line on the import were squeezed to 52 of their 72 pixels,
        # their first and last lines cut (S105-01).  With room nothing scrolls, as before.
        what_it_says, layout = dialog_part()
        intro = QLabel(f"Keep {record_named(mine)}, and take into it what the other record adds. "
                       "The other record then leaves the caseload (Edit > Undo puts both back).")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel("&Other record of this client:")
        self.records = RecordsList()
        self.records.setItemDelegate(RingRoom(self.records))
        self.records.setAccessibleName("Other record of this client")
        # What differs is read whole: on one line it ran off the list's right edge, read only by
        # scrolling sideways or in a tooltip the keyboard never shows (M44).
        self.records.setWordWrap(True)
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records.setResizeMode(QListView.ResizeMode.Adjust)
        label.setBuddy(self.records)
        for other, _merged in others:
            said = differences(mine, other, f"id {mine.id}", f"id {other.id}")
            # A review on one side only, as the import said it of the pair: left out here, the
            # list said "differs in nothing but the id" of a laptop's record an attorney reviewed.
            said += reviews_apart(*({review_fields(r) for r in (reviews or {}).get(client.id, [])} for client in (other, mine)),
                                  f"id {other.id}", f"id {mine.id}")
            # Not of this name and date of birth: why it is offered is said first (M44).
            why = (found_by or {}).get(other.id)
            item = QListWidgetItem(f"{record_named(other)}: " + (f"{why}; " if why else "")
                                   + "differs in " + ("; ".join(said) or "nothing but the id"))
            item.setToolTip(item.text())
            # Which of the two the import added, heard with the record as the arrows choose it:
            # said under the list alone, a screen-reader user choosing which to keep heard the ids
            # and never "to keep that one, open id 3001 and merge this client into it" (A141-04).
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, which_came_by_import(mine, other, self._imported))
            self.records.addItem(item)
        layout.addWidget(label)
        layout.addWidget(self.records)
        # Which record the import added, said of the record chosen: the list and the preview
        # named both by id alone, and which was the laptop's copy was only in the History tab.
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.origin)
        taken = QLabel("&What the merge does:")
        self.preview = MergePreview()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("What the merge does")
        taken.setBuddy(self.preview)
        layout.addWidget(taken)
        layout.addWidget(self.preview, 1)
        outer.addWidget(what_it_says, 1)
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton("&Merge into this client")
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        # As "Delete client": nothing is changed by an Enter pressed too fast.  Made the default
        # once in the dialog: made it before, while the buttons had no dialog yet, the dialog
        # did not know it and made the first button after the list its default when shown,
        # "Merge into this client", and Enter in the list merged (F63-02).
        cancel.setDefault(True)
        self.records.currentRowChanged.connect(self._show_merge)
        self.records.setCurrentRow(0)
        self.records.setFocus()
        # Within the screen: 460 high, its buttons were below the taskbar of a 1366 x 768 laptop
        # at 150% (512 for Qt, 464 above the taskbar, less its title bar) (F63-03).
        self.resize(on_screen(self, 720, 460))

    def _show_merge(self, row: int) -> None:
        if not 0 <= row < len(self._others):
            self.preview.clear()
            self.origin.clear()
            return
        other, merged = self._others[row]
        self.origin.setText(self.records.item(row).data(Qt.ItemDataRole.AccessibleDescriptionRole))
        # A merge the program will refuse (a record stored before K386 with a fault): said in its
        # place, and no Merge to press.  Its preview was shown, the refusal only after Merge was
        # pressed: read as a merge about to be made, of a merge that could not be (K427-03).
        refused = merge_refused(self._mine, other, merged, lead="It cannot be merged")
        self.preview.setPlainText(refused if refused is not None else "\n".join(merged.lines(f"id {other.id}")))
        self.merge_button.setEnabled(refused is None)
        if self.isVisible():
            # Heard as the arrows choose it, after the record's line: the keyboard stays in the
            # list, and a screen-reader user choosing which to merge heard the record and never
            # what the preview now said it takes, keeps and leaves to check (K427-02).
            self._say_preview()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The record chosen on opening, when it cannot be merged, says so as the dialog opens:
        a screen reader reads the dialog's title and the record's line, not the preview."""
        super().showEvent(event)
        if not event.spontaneous() and not self.merge_button.isEnabled() and self.preview.toPlainText():
            self._say_preview()

    def _say_preview(self) -> None:
        announce(self.preview, f"{self.preview.accessibleName()}: {self.preview.toPlainText()}")

    def chosen(self) -> tuple[Client, Merged] | None:
        row = self.records.currentRow()
        return self._others[row] if 0 <= row < len(self._others) else None
