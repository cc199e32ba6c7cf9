"""K99-01: intake's case line, typed keyboard only at a clinic table.  From the case number the
conviction date was three Tabs on (Offense, Level, Wobbler), and Sentence eleven; Alt+T and
Alt+U went to Sentence and Until, but the count's own labels (Offense, Level, Convicted) had no
letter underlined, nor anything else on the line a shorter way than Tab.  The count's date has
a letter now, underlined on its label as every other field of intake: Alt+E, "Convict&ed:",
still Alt+E when an arrest makes it "Arr&ested:" (the event, typed once a day and kept, takes
V: "E&vent:").  Offense is one Tab from the case number (Alt+C), Level one from the offense; the
count's rarer facts (Wobbler to Add relief) are passed by Alt+T.  No two controls of intake
share a letter, whatever the sentence, and each letter is on a label shown with its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import TODAY, show_active
from tests.gui.test_keyboard_x30 import _mnemonics

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def intake(qtbot, repo, monkeypatch):
    from ui.intake import IntakeDialog

    # A case left typed when the test closes the dialog is discarded, not asked about.
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    dialog = IntakeDialog(repo, today=TODAY, events=["Eastside clinic"])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _alt(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, ALT)


def _label_of(dialog, field) -> QLabel:
    return next(label for label in dialog.findChildren(QLabel) if label.buddy() is field)


def test_k99_01_a_case_typed_with_alt_letters_case_offense_date_level_sentence(qtbot, intake):
    dialog = intake
    qtbot.keyClicks(dialog.name, "Rosa Teclas")
    _alt(qtbot, Qt.Key.Key_V)  # the event
    assert QApplication.focusWidget() in (dialog.event, dialog.event.lineEdit())
    qtbot.keyClicks(QApplication.focusWidget(), "Eastside clinic")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.case_number.hasFocus()

    qtbot.keyClicks(dialog.case_number, "BA200100")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.conviction.offense
    qtbot.keyClicks(dialog.conviction.offense, "487")
    popup = dialog.conviction.offense.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    _alt(qtbot, Qt.Key.Key_E)  # past Level and Wobbler to the conviction's date
    assert QApplication.focusWidget() is dialog.conviction.date
    qtbot.keyClicks(dialog.conviction.date, "3/2/2015")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # the flag, the catalog's
    qtbot.keyClick(dialog.conviction.wobbler, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.conviction.level  # PC 487 is a wobbler: its level asked
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_F)  # Felony, by its first letter
    assert dialog.conviction.level.currentData() == "felony"
    _alt(qtbot, Qt.Key.Key_T)  # past the count's eight rarer stops to the sentence
    assert QApplication.focusWidget() is dialog.sentence
    _alt(qtbot, Qt.Key.Key_U)
    qtbot.keyClicks(dialog.probation_end, "3/2/2018")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (case,) = dialog.repo.get_client(dialog.client.id).cases
    assert (case.case_number, case.convictions[0].section, case.convictions[0].level) == ("BA200100", "487", "felony")
    assert str(case.convictions[0].conviction_date) == "2015-03-02" and str(case.sentence.probation.end) == "2018-03-02"

    # An arrest's date is reached by the same letter, said on its label.
    qtbot.keyClicks(dialog.case_number, "LA9")
    _alt(qtbot, Qt.Key.Key_T)
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("dismissed"))
    assert _label_of(dialog, dialog.conviction.date).text() == "Arr&ested:"
    _alt(qtbot, Qt.Key.Key_E)
    assert QApplication.focusWidget() is dialog.conviction.date


def test_k99_01_every_alt_letter_of_intake_is_one_controls_and_shown_with_its_field(qtbot, intake):
    dialog = intake
    qtbot.keyClicks(dialog.name, "Rosa Teclas")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    row = dialog.conviction
    for field, text in ((row.date, "Convict&ed:"), (dialog.event, "E&vent:")):
        assert _label_of(dialog, field).text() == text
    for index in range(dialog.sentence.count()):
        dialog.sentence.setCurrentIndex(index)
        shared = {key: texts for key, texts in _mnemonics(dialog).items() if len(texts) > 1}
        assert shared == {}, (dialog.sentence.currentText(), shared)
        # Said: a field shown has its letter's label shown beside it.
        for label in dialog.findChildren(QLabel):
            if "&" in label.text() and label.buddy() is not None and label.buddy().isVisible():
                assert label.isVisible(), label.text()
    # The Record tab's count rows keep no letters (a letter on every row only moves among them).
    from clinic_app.model import Conviction
    from ui.case_rows import ConvictionRow

    record_row = ConvictionRow(Conviction(id="c1-1", section="", level=None), today=lambda: TODAY)
    assert [label.text() for label in record_row.findChildren(QLabel) if label.buddy() is record_row.date] == ["Convicted:"]
    record_row.deleteLater()
