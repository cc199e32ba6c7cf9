"""K364-02: at intake, a volunteer typed the conviction date first, as the docket gives it, and
mistyped it ("13/45/2018"); then the offense, "11377", and Tab.  Leaving the offense showed it as
the record stores it ("HS 11377", I50-02) by reading the whole count, its date too, which is no
date: the error ended in Clinic Desk's crash dialog, and the field kept "11377" (so too with a
wrong offense date or relief date; the Record tab's count rows are the same rows).  The offense
is shown as stored, and the date's refusal said, as for a date typed after it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k364_02_leaving_the_offense_after_a_date_that_is_no_day_shows_it_as_stored(qtbot, started_intake):
    dialog = started_intake
    dialog.conviction.date.setFocus()
    qtbot.keyClicks(dialog.conviction.date, "13/45/2018")
    dialog.conviction.offense.setFocus()
    qtbot.keyClicks(dialog.conviction.offense, "11377")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert dialog.conviction.offense.text() == "HS 11377"
    assert dialog.conviction.message.text() == "Convicted: Not a date: there is no 13/45/2018 (there is no month 13)"
