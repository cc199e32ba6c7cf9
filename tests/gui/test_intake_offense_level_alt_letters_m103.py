"""M103-05: at intake, the count's Offense and Level had no Alt letter (K99-01 gave the date
one, and left them to Tab): a volunteer back on a case's line to put a wrong section or level
right went by Tab or the mouse.  Every letter of their words was another control's, so two
letters were freed: Handout language takes G, as the Record tab's "Handout lan&guage:" does
(intake's had kept L), and the sentence's "Sentence done:" is "Sentence co&mpleted:", the
Record tab's words and the field's accessible name, M its letter.  Offense is Alt+O, Level
Alt+L; no two controls of intake share a letter, whatever the sentence (K99-01's check), and
the Record tab's count rows keep none (a letter on every row only moves among them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.test_intake_case_line_alt_letters_k99 import _alt, _label_of, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_m103_05_offense_and_level_are_reached_by_their_alt_letters(qtbot, intake):  # noqa: F811
    dialog = intake
    row = dialog.conviction
    assert (_label_of(dialog, row.offense).text(), _label_of(dialog, row.level).text()) == ("&Offense:", "&Level:")
    assert _label_of(dialog, dialog.language).text() == "Handout lan&guage:"
    qtbot.keyClicks(dialog.name, "Rosa Teclas")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.case_number.hasFocus()
    qtbot.keyClicks(dialog.case_number, "BA200200")
    _alt(qtbot, Qt.Key.Key_O)
    assert QApplication.focusWidget() is row.offense
    qtbot.keyClicks(row.offense, "487")
    _alt(qtbot, Qt.Key.Key_L)  # with the offense's suggestions up, or not
    assert QApplication.focusWidget() is row.level and not row.offense.completer().popup().isVisible()
    qtbot.keyClick(row.level, Qt.Key.Key_F)  # Felony, by its first letter
    assert row.level.currentData() == "felony"
    _alt(qtbot, Qt.Key.Key_E)
    qtbot.keyClicks(row.date, "3/2/2015")
    _alt(qtbot, Qt.Key.Key_O)  # back to the offense to put it right
    assert QApplication.focusWidget() is row.offense
    row.offense.selectAll()
    qtbot.keyClicks(row.offense, "459")
    _alt(qtbot, Qt.Key.Key_T)
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("no_probation"))
    assert _label_of(dialog, dialog.completed).text() == "Sentence co&mpleted:"
    _alt(qtbot, Qt.Key.Key_M)
    assert QApplication.focusWidget() is dialog.completed
    _alt(qtbot, Qt.Key.Key_G)
    assert QApplication.focusWidget() is dialog.language

    # The Record tab's count rows keep no letters.
    from clinic_app.model import Conviction
    from tests.gui.conftest import TODAY
    from ui.case_rows import ConvictionRow

    record_row = ConvictionRow(Conviction(id="c1-1", section="", level=None), today=lambda: TODAY)
    labels = {label.buddy(): label.text() for label in record_row.findChildren(QLabel) if label.buddy() is not None}
    assert (labels[record_row.offense], labels[record_row.level]) == ("Offense:", "Level:")
    record_row.deleteLater()
