"""The event report (clinic_app.report) in a window: read, copy, or save as text, JSON or CSV."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from clinic_app.private_files import write_private
from clinic_app.model import LANGUAGES
from clinic_app.report import (LANGUAGE_NAMES, Report, period_in_a_name, periods_offered, petitions_said, report_csv, report_json,
                                report_text, speakers)
from ui.caseload_view import CHOOSING_PAUSE_MS
from ui.clipboard import copy_text
from ui.forms import announce, folder_last_used, named_with_suffix
from ui.screen_fit import on_screen

REPORT_FOLDER_SETTING = "reports/folder"  # where the last report saved went (a folder only: no name)
# The types Save writes besides text, by suffix, and the start of their names in the chooser.
SAVED_AS = {".json": "JSON", ".csv": "Spreadsheet"}
ENTER_IN_THE_TEXT = "Enter copies nothing here: Copy (Alt+C) puts the report on the clipboard."


class SettledChoice(QComboBox):
    """A drop-down whose choice costs a count: `settled` once the user has settled on one.
    Stepped through closed with the arrow keys, each step counted the whole caseload behind its
    progress (Any language to Spanish by Down counted English first), and the next key went to
    the progress (A320, K323-01); each of the Period box's counted the petitions again, and
    said each period's counts aloud, the ones passed over too (K326-03).  A step by a key or the
    wheel is counted after a pause of CHOOSING_PAUSE_MS with no other, at Enter, or as the
    keyboard leaves the box; a choice from the open list, or the program's, at once."""

    settled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._stepping = False
        self._pause = QTimer(self, singleShot=True, interval=CHOOSING_PAUSE_MS)
        self._pause.timeout.connect(self._paused)
        self.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        if self._stepping:
            self._pause.start()
        else:
            self._pause.stop()
            self.settled.emit()

    def _paused(self) -> None:
        if self.view().isVisible():  # the list opened meanwhile: its choice, or its closing, decides
            self._pause.start()
        else:
            self.settled.emit()

    def settle(self) -> bool:
        """A step not counted yet is counted now: whether there was one."""
        if self._pause.isActive():
            self._pause.stop()
            self.settled.emit()
            return True
        return False

    def forget(self) -> None:
        """The window closes: a step not counted yet is not counted."""
        self._pause.stop()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The choice made: no wait for the pause.  Made already (the pause passed), Enter
            # went on to the window's Copy button: the clipboard overwritten, "Copied the
            # report" said, of a key pressed to choose (A333-04).  Enter here chooses, always.
            event.accept()
            self.settle()
            return
        self._step(super().keyPressEvent, event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._step(super().wheelEvent, event)

    def _step(self, handle: Callable[[Any], None], event) -> None:
        """`event` handled as a step through the box, whose change waits for the pause."""
        self._stepping = True
        try:
            handle(event)
        finally:
            self._stepping = False

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its own list opening: not left
            self.settle()


class ReportDialog(QDialog):
    """The counts as fixed-width text, with Copy and Save."""

    def __init__(self, report: Report, parent: QWidget | None = None, *,
                 recount: Callable[..., dict[str, Any]] | None = None,
                 count_language: Callable[["ReportDialog", str | None, tuple[date, date] | None], Any] | None = None):
        """`recount`: the petitions of a period, of a handout language's clients where one is
        given (Repository.petitions_counted), where the window can count them: a Period box
        above the text then offers this quarter, the last, and months (F122-06: a funder's
        quarter could be chosen at a terminal only).  `count_language`: counts the report again
        for the language chosen in the Language box it adds, of the period chosen, and hands
        it to `counted` (K315-02: `clinic-app report --language` had the choice, the window not)."""
        super().__init__(parent)
        self.report = report
        self.recount = recount
        self.count_language = count_language
        # Copy or Save pressed while the Language box's step was being counted: done once counted.
        self._after_count: Callable[[], Any] | None = None
        self._name_window()
        layout = QVBoxLayout(self)
        self.period: SettledChoice | None = None
        self.language: SettledChoice | None = None
        row = QHBoxLayout()
        if recount is not None:
            self.period = SettledChoice()
            self.period.setAccessibleName("Petitions and rulings of")
            for words, days in periods_offered(report.counted_on or date.today()):
                self.period.addItem(words, days)
            self.period.settled.connect(self._period_chosen)
        if count_language is not None:
            # The caseload list's Language filter's words: a funder's form asks each count of
            # English and of Spanish speakers.
            self.language = SettledChoice()
            self.language.setAccessibleName("Clients of the language")
            self.language.addItem("Any language", None)
            for code in LANGUAGES:
                self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
            self.language.setCurrentIndex(max(0, self.language.findData(report.language)))
            self.language.settled.connect(self._language_chosen)
        for title, box in (("&Petitions and rulings of:", self.period), ("&Language:", self.language)):
            if box is not None:
                label = QLabel(title)
                label.setBuddy(box)
                row.addWidget(label)
                row.addWidget(box)
        if self.period is not None or self.language is not None:
            row.addStretch(1)
            layout.addLayout(row)
        self.text = QPlainTextEdit(report_text(report))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName("Report")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("&Copy", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("&Save...", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        # No button is the window's default: Copy was, and Enter in the report's text copied it
        # over what the user had on the clipboard (A333).  Enter on a button presses it (below).
        for button in buttons.buttons():
            button.setAutoDefault(False)
        # What Copy and Save did, beside them and aloud: they said nothing at all, and a
        # screen-reader user (or anyone) pressing Copy could not tell it had copied, nor where
        # Save had put the file (F63-07).  On the line over the buttons, wrapped rather than
        # widening the dialog: beside them, a period's counts were cut after "rulings made
        # 2026-10-01 to 2026-12-31:", its granted and denied out of sight (K315-03).
        self.said = QLabel()
        self.said.setAccessibleName("What was done")
        self.said.setWordWrap(True)
        self.said.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.said.hide()  # no empty line over the buttons before anything is done
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        # Tab in the order the buttons show: Close, made first, came first, at the right end
        # (K38-05).  Every platform's button order puts action buttons before Close.
        chain = [*(box for box in (self.period, self.language) if box is not None), self.text, self.copy_button, self.save_button,
                 buttons.button(QDialogButtonBox.StandardButton.Close)]
        for here, there in zip(chain, chain[1:]):
            QWidget.setTabOrder(here, there)
        width = self.text.fontMetrics().horizontalAdvance("x" * 150)
        self._narrow: bool | None = None
        self.resize(on_screen(self, min(width, 1400), 620))
        self._fit_text()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_text()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter on a button presses that button (Save saves); Enter elsewhere (the report's text)
        presses none, and says how to copy: it had copied, unasked (K350-01)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        button = QApplication.focusWidget()
        if isinstance(button, QPushButton) and button.window() is self:
            if button.isEnabled():
                button.click()
        else:
            self._say(ENTER_IN_THE_TEXT)

    def done(self, result: int) -> None:
        for box in (self.period, self.language):
            if box is not None:
                box.forget()  # Down then Escape: no count for a window gone
        super().done(result)

    def _fit_text(self) -> None:
        """The report as it is saved where its widest line fits; where it does not (837
        pixels: 1280 x 800 at 150%), each remedy's counts go under its title and the words
        wrap, so nothing scrolls sideways (W28-01).  Save writes the wide text either way."""
        wide = report_text(self.report)
        room = self.text.width() - 2 * self.text.frameWidth() - self.text.verticalScrollBar().sizeHint().width() - 12
        widest = max(self.text.fontMetrics().horizontalAdvance(line) for line in wide.splitlines())
        narrow = widest > room
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth if narrow else QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(report_text(self.report, narrow=True) if narrow else wide)

    def _name_window(self) -> None:
        whose = f"Report: {self.report.event}" if self.report.event else "Report: whole caseload"
        self.setWindowTitle(f"{whose}: {speakers(self.report.language)}" if self.report.language else whose)

    def _language_chosen(self) -> None:
        """Count the report again, of the clients of the language chosen, in the period chosen."""
        language = self.language.currentData()
        if language != self.report.language:
            self.count_language(self, language, self.report.period)

    def counted(self, report: Report) -> None:
        """Show `report`, counted again for the language chosen, and say so, as a period chosen is said."""
        self.report = report
        self._name_window()
        self._narrow = None
        self._fit_text()
        whose = speakers(report.language) if report.language else "Every language"
        self._say(f"{whose}: {report.clients:,} {'person' if report.clients == 1 else 'people'}. {petitions_said(report)}")
        then, self._after_count = self._after_count, None
        if then is not None:
            then()

    def not_counted(self) -> None:
        """The count stopped (or failed): the box back on the language the report shown is of."""
        self._after_count = None  # Copy or Save waiting for it: not done, of a count not made
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.report.language)))
        self.language.blockSignals(False)

    def _period_chosen(self) -> None:
        """Count the petitions of the period chosen, the rest of the report as it was, and show it."""
        if self.period.currentData() == self.report.period:
            return  # stepped away and back before the pause: the period shown, counted
        self.report = replace(self.report, **self.recount(self.period.currentData(), self.report.language))
        self._narrow = None
        self._fit_text()
        # Said, as a caseload filter chosen says how many it shows (X30-02): chosen with the
        # arrows, the period was heard by its name alone, the counts changing in the text away
        # from the focus; and "Copied the report" stayed beside the buttons, of another period.
        self._say(petitions_said(self.report))

    def _as_the_boxes_show(self, act: Callable[[], Any]) -> bool:
        """Whether Copy or Save may act now on the report of the period and language the boxes
        show.  Alt+C or Alt+S pressed within the pause after an arrow step leaves the keyboard in
        the box, and copied (or saved) the report of the choice before (A333-01): the step is
        counted first; a language's count runs behind its progress, and `act` once it is done."""
        if self.period is not None:
            self.period.settle()
        if self.language is not None and self.language.settle() and self.language.currentData() != self.report.language:
            self._after_count = act
            return False
        return True

    def copy(self) -> None:
        if not self._as_the_boxes_show(self.copy):
            return
        # Taken off the clipboard when the program quits (V28-02): E27B-07 says why the counts
        # are kept private.
        copy_text(self.text.toPlainText())
        self._say("Copied the report: paste it where it is needed.")

    def save(self) -> Path | None:
        """Save as .txt (the text), .json (the counts for a script or a funder's form) or .csv
        (rows for a funder's spreadsheet, T140-02)."""
        if not self._as_the_boxes_show(self.save):
            return None
        # With the period chosen in it: each month's report was offered as report-caseload.txt,
        # over last month's in the funder's folder, and named no month once sent (T140-03).
        period = f"-{period_in_a_name(self.report.period)}" if self.report.period else ""
        # And its language, where the Language box chose one (K315-02): the Spanish speakers'
        # report was offered as the English one's name, over it in the funder's folder (R318-03).
        language = f"-{LANGUAGE_NAMES.get(self.report.language, self.report.language).lower()}" if self.report.language else ""
        name = f"report-{self.report.event or 'caseload'}{language}{period}".replace("/", "-")
        # Where the last report went, while it is there: the home folder was offered each time,
        # and the month's report walked back to the funder's folder on the shared drive (S139-03).
        folder = folder_last_used(REPORT_FOLDER_SETTING) or Path.home()
        target, chosen = QFileDialog.getSaveFileName(self, "Save the report", str(folder / f"{name}.txt"),
                                                     "Text (*.txt);;JSON (*.json);;Spreadsheet (*.csv)")
        if not target:
            return None
        # A bare name gets the suffix of the type chosen (W22-01), as Save PDF's does; a name
        # typed with .json or .csv is of that type whichever type was chosen.
        typed = Path(target).suffix.lower()
        suffix = typed if typed in SAVED_AS else next((s for s, words in SAVED_AS.items() if chosen.startswith(words)), ".txt")
        path = named_with_suffix(self, "Save the report", target, suffix)
        if path is None:
            return None
        text = {".json": report_json, ".csv": report_csv}.get(path.suffix.lower(), report_text)(self.report)
        # Made as every other file the program writes is (clinic_app.private_files), not by the
        # umask (0644 on most systems): the counts name nobody, but an event's name, its date and
        # a count of 1 in a language or a remedy can point to a person (E27B-07).
        write_private(path, text.encode("utf-8"))
        QSettings().setValue(REPORT_FOLDER_SETTING, str(path.resolve().parent))
        self._say(f"Saved {path.name} in {path.resolve().parent}")
        return path

    def _say(self, said: str) -> None:
        self.said.setText(said)
        self.said.show()
        self.said.setToolTip(said)
        announce(self.said, said)
