"""W74-01: at intake, "unknown" (or "pending", "N/A") typed as the case number is no number
(R46-06), as a blank is: a walk-in with two cases whose numbers he does not know had the
second refused, "Case unknown is entered already for this client...", and the volunteer had
to leave it blank or make a number up.  A real number typed twice is still refused (J64-03)."""

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
    qtbot.keyClicks(dialog.name, "Tomas Ejemplo")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "7/4/1990")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    yield dialog
    dialog._clear_case()
    dialog.close()
    dialog.deleteLater()


@pytest.mark.parametrize("first, second", [("unknown", "unknown"), ("Unknown", "UNKNOWN"), ("pending", "Pending"),
                                           ("N/A", "n/a"), ("unknown", "")])
def test_w74_01_a_second_case_of_unknown_number_is_added(qtbot, repo, intake, first, second):
    type_intake_case(qtbot, intake, first, "2/1/2020", offense="484")
    type_intake_case(qtbot, intake, second, "3/1/2021", offense="459")

    assert intake.case_message.text() == "Case 2 added and screened."
    assert len(repo.get_client(intake.client.id).cases) == 2
    assert intake.case_number.text() == ""  # box 2 cleared for the next case


def test_w74_01_a_real_number_typed_twice_is_still_refused_after_an_unknown_one(qtbot, repo, intake):
    type_intake_case(qtbot, intake, "unknown", "2/1/2020", offense="484")
    type_intake_case(qtbot, intake, "23CR7777", "1/15/2023", offense="10851 vc")
    type_intake_case(qtbot, intake, "23cr-7777", "1/15/2023", offense="20002 vc")

    assert len(repo.get_client(intake.client.id).cases) == 2
    assert intake.case_message.text().startswith("Case 23CR7777 is entered already for this client.")


def test_w74_01_two_unknown_cases_with_a_year_alone_each_name_each_by_its_place(qtbot, repo, intake):
    """The two cases now taken, each year is noted under its own case (R74-02), not under
    "Case unknown" twice, which the filing worksheet would print under both."""
    for day, year in (("6/10/2017", "2019"), ("3/1/2010", "2012")):
        type_intake_case(qtbot, intake, "unknown", day, offense="484", enter=False)
        intake.probation_end.setFocus()
        qtbot.keyClicks(intake.probation_end, year)
        qtbot.keyClick(intake.probation_end, Qt.Key.Key_Return)

    stored = repo.get_client(intake.client.id)
    assert [case.case_number for case in stored.cases] == ["unknown", "unknown"]
    assert stored.notes.splitlines() == [
        "Case 1 (no case number): probation end 2019, the year alone (the day was not known at intake).",
        "Case 2 (no case number): probation end 2012, the year alone (the day was not known at intake)."]
