"""J64-03: at intake, a case number this client has already is refused, with where a second
count goes.  Intake takes one count a case: the client's second count of the same case, typed
on a line of its own with its case number again, was made a second case (two cards on the
handout, two petitions on the filing worksheet, each case's probation read apart)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active, type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def intake(qtbot, repo):
    """Intake open with a client started; closed by the test with nothing typed left."""
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[])
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "John Smith")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "7/4/1990")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    yield dialog
    dialog._clear_case()
    dialog.close()
    dialog.deleteLater()


@pytest.mark.parametrize("typed_again", ["23CR7777", "23cr-7777", " 23CR 7777 "])
def test_j64_03_the_same_case_number_again_is_refused_and_says_where_a_second_count_goes(qtbot, repo, intake, typed_again):
    type_intake_case(qtbot, intake, "23CR7777", "1/15/2023", offense="10851 vc")
    assert len(intake.client.cases) == 1

    type_intake_case(qtbot, intake, typed_again, "1/15/2023", offense="20002 vc")

    assert len(intake.client.cases) == 1
    assert len(repo.get_client(intake.client.id).cases) == 1
    assert intake.case_message.text() == ("Case 23CR7777 is entered already for this client. A second count of it is added "
                                          "on the client's Record tab (Add conviction) after intake; or put the number right")
    assert intake.case_message.isVisible()


def test_j64_03_another_case_number_and_a_case_with_none_are_added(qtbot, repo, intake):
    type_intake_case(qtbot, intake, "23CR7777", "1/15/2023", offense="10851 vc")
    type_intake_case(qtbot, intake, "23CR7778", "1/15/2023", offense="20002 vc")
    type_intake_case(qtbot, intake, "", "2/1/2020", offense="484")
    type_intake_case(qtbot, intake, "", "3/1/2020", offense="484")  # numbers not known: not the same case
    assert [c.case_number for c in repo.get_client(intake.client.id).cases] == ["23CR7777", "23CR7778", None, None]


def test_j64_03_another_client_may_have_the_same_case_number(qtbot, repo, intake):
    # Co-defendants share a case number; the check is of this client's own cases.
    type_intake_case(qtbot, intake, "23CR7777", "1/15/2023", offense="10851 vc")
    qtbot.keyClick(intake, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(intake.name, "Jane Smith")
    intake.dob.setFocus()
    qtbot.keyClicks(intake.dob, "8/4/1991")
    qtbot.keyClick(intake.dob, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "23CR7777", "1/15/2023", offense="10851 vc")
    assert [c.case_number for c in repo.get_client(intake.client.id).cases] == ["23CR7777"]
