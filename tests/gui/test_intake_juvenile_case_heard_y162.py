"""Y162-03: at intake a blind volunteer typed a client's juvenile-court case as her sheet wrote
it, "WI 602", and pressed Enter; box 3 then said of it "WI 602 is the juvenile court's law, not
an offense: ... Clinic Desk does not clear it (... refer the client)" (M160-03), and the screen
reader, the keyboard back in the case number, heard only "Case 2 added and screened." and the
client's best outcome from the adult case, as if the juvenile case were screened with it.  What
box 3 says of it is heard with that, as a case from another state's is (X110-02)."""

from __future__ import annotations

import pytest
from tests.gui.test_intake_federal_case_f161 import _intake as _started
from tests.gui.test_intake_juvenile_court_case_m160 import _case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _added_heard(announcements) -> list[str]:
    return [message for _source, message, _politeness in announcements if "added and screened" in message]


def test_y162_03_a_juvenile_court_case_added_is_heard_as_box_3_says_it(qtbot, repo, announcements):
    dialog = _started(qtbot, repo)
    _case(qtbot, dialog, "LAM20T0002", "PC 484(a)", "2020-08-10")
    announcements.clear()
    _case(qtbot, dialog, "J0001", "WI 602", "2015-10-01")
    heard = _added_heard(announcements)
    assert len(heard) == 1, heard
    assert heard[0].startswith("Case 2 added and screened. J0001 WI 602: WI 602 is the juvenile court's law, not an "
                               "offense: a juvenile court's finding is not a conviction, and Clinic Desk does not clear it"), heard
    assert f"{dialog.best.text()}" in heard[0]  # the outcome, as before
    assert dialog.case_message.text() == "Case 2 added and screened."  # shown as before: box 3 shows the rest


def test_y162_03_an_adult_case_added_is_heard_as_before(qtbot, repo, announcements):
    dialog = _started(qtbot, repo)
    announcements.clear()
    _case(qtbot, dialog, "LAM20T0002", "PC 484(a)", "2020-08-10")
    first = "First: the client's citizenship is unknown, so immigration counsel comes before anything is filed."  # I165-01
    assert _added_heard(announcements) == [f"Case 1 added and screened. {dialog.best.text()} {first}"]
