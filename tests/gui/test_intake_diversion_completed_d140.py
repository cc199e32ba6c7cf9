"""D140-01: at intake a client's completed deferred entry of judgment (a 2016 PC 1000 drug case:
pleaded guilty, program done, charges dismissed) or completed diversion had no choice of its
own beside "No conviction: case dismissed" and "no charges filed".  Typed as a dismissal, the
withdrawal of the DEJ plea (PC 1203.43, the relief that helps with immigration) was screened
"Does not fit this record" and the handout never said the plea may still count as a
conviction for immigration.  Intake now offers "No conviction: DEJ (PC 1000) completed" and
"No conviction: diversion completed", stored as the Record tab stores them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose, _intake_with_a_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _results(repo, client_id: int) -> dict[str, str]:
    return {d.remedy: d.status for d in repo.latest_screening(client_id).screening.results}


def test_d140_01_a_completed_dej_typed_at_intake_is_screened_for_the_pleas_withdrawal(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Rosa Testdej")
    _choose(qtbot, dialog.sentence, "No conviction: DEJ (PC 1000) completed")
    assert dialog.conviction.date.accessibleName() == "Arrested"  # an arrest's row, as for a dismissal
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.outcome == "diversion_completed"
    # Deferred entry of judgment was entered on a guilty plea (former PC 1000.1): the plea the
    # client may withdraw.
    assert (case.program.kind, case.program.plea_entered) == ("dej", True)
    results = _results(repo, dialog.client.id)
    assert results["pc1203_43"] == "eligible"  # was not_applicable, typed as "case dismissed"
    assert results["pc851_91"] == "eligible"


def test_d140_01_a_completed_diversion_typed_at_intake_is_stored_as_one(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Tomas Testdiversion")
    _choose(qtbot, dialog.sentence, "No conviction: diversion completed")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (case,) = repo.get_client(dialog.client.id).cases
    assert (case.outcome, case.program) == ("diversion_completed", None)
    assert case.arrest_offenses[0].section == "459"
    results = _results(repo, dialog.client.id)
    assert results["pc851_91"] == "eligible" and results["pc1203_43"] == "not_applicable"


def test_d140_01_a_pc_1000_case_of_2018_or_later_leaves_the_plea_to_ask(qtbot, repo):
    """From 2018-01-01 (AB 208) PC 1000 is pretrial diversion, entered with no guilty plea: the
    plea is not taken as entered, and the withdrawal waits on the question."""
    dialog = _intake_with_a_client(qtbot, repo, "Lena Testdej")
    dialog.conviction.date.clear()
    qtbot.keyClicks(dialog.conviction.date, "2019-06-01")
    _choose(qtbot, dialog.sentence, "No conviction: DEJ (PC 1000) completed")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (case,) = repo.get_client(dialog.client.id).cases
    assert (case.program.kind, case.program.plea_entered) == ("dej", None)
    assert _results(repo, dialog.client.id)["pc1203_43"] == "needs_review"
