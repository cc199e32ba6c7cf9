"""E70-04: intake takes the county of the court that has each case.  Every case taken at
intake was stored "Los Angeles", the record's default, with no field to say otherwise, so a
clinic in another county got LA on every worksheet it printed (J64, "Left alone").  The
County box shows the county a case is stored with.  It is kept for the next case and the
next client, it is not "typing" that Ctrl+N asks about, and blank is not recorded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active, type_intake_case, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[])
    show_active(qtbot, dialog)
    yield dialog
    dialog._clear_case()
    dialog.close()
    dialog.deleteLater()


def _start(qtbot, dialog, name: str) -> None:
    qtbot.keyClicks(dialog.name, name)
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "7/4/1990")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    assert dialog.client is not None


def test_e70_04_the_county_typed_is_stored_with_the_case_and_kept_for_the_next(qtbot, repo, intake):
    _start(qtbot, intake, "Ana Ortiz")
    assert intake.county.text() == "Los Angeles"  # what a case is stored with, in sight
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484")
    type_over(qtbot, intake.county, "Orange")
    type_intake_case(qtbot, intake, "21NM01234", "2/1/2020", offense="459")
    type_intake_case(qtbot, intake, "21NM01235", "3/1/2020", offense="459")  # kept for the next case
    intake.sentence.setFocus()
    intake.sentence.setCurrentIndex(intake.sentence.findData("dismissed"))
    type_over(qtbot, intake.county, "Riverside")
    type_intake_case(qtbot, intake, "RIF123", "4/1/2019", offense="484")  # an arrest's court too
    ana = intake.client.id
    assert [(c.case_number, c.county) for c in repo.get_client(ana).cases] == [
        ("BA100001", "Los Angeles"), ("21NM01234", "Orange"), ("21NM01235", "Orange"), ("RIF123", "Riverside")]

    # Next client: the county kept, as the event is, and nothing typed to ask about.
    assert not intake.typed_case()
    qtbot.keyClick(intake, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert intake.client is None and intake.county.text() == "Riverside"
    _start(qtbot, intake, "Ben Otro")
    intake.county.setFocus()
    intake.county.selectAll()
    qtbot.keyClick(intake.county, Qt.Key.Key_Backspace)
    type_intake_case(qtbot, intake, "X1", "1/15/2021", offense="484")
    assert [c.county for c in repo.get_client(intake.client.id).cases] == [None]  # not recorded


def test_e70_04_a_county_changed_alone_is_no_case_typed(qtbot, repo, intake):
    _start(qtbot, intake, "Ana Ortiz")
    type_over(qtbot, intake.county, "Kern")
    assert not intake.typed_case()
    intake.case_number.setFocus()
    qtbot.keyClicks(intake.case_number, "BA1")
    assert intake.typed_case()
