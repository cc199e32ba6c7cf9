"""T154-01: at intake a client acquitted by a jury (a 2023 felony PC 459 arrest, found not guilty
in 2024) had no choice of her own: "No conviction: case dismissed", "no charges filed",
"diversion completed" or "DEJ completed".  Typed as a dismissal, her felony arrest's automatic
relief (PC 851.93) was screened "Needs review" at low confidence, as a dismissed felony charge
is, where an acquittal is one of the statute's own grounds (ca-rules.md 3.11, "the person was
acquitted"), eligible now.  Intake now offers "No conviction: acquitted at trial", stored as
the Record tab's "Acquitted"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose, _intake_with_a_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_t154_01_an_acquittal_typed_at_intake_is_stored_as_one_and_screened_so(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Dana Testacquit")  # PC 459, a felony
    dialog.conviction.date.clear()
    qtbot.keyClicks(dialog.conviction.date, "2023-03-14")
    _choose(qtbot, dialog.sentence, "No conviction: acquitted at trial")
    assert dialog.conviction.date.accessibleName() == "Arrested"  # an arrest's row, as for a dismissal
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."

    (case,) = repo.get_client(dialog.client.id).cases
    assert (case.outcome, case.arrest_date, case.arrest_level) == ("acquitted", date(2023, 3, 14), "felony")
    assert case.convictions == [] and case.sentence is None and case.program is None
    results = {d.remedy: d for d in repo.latest_screening(dialog.client.id).screening.results}
    # Typed as "case dismissed": needs_review at L (a felony charge filed, then dismissed).
    assert (results["pc851_93"].status, results["pc851_93"].confidence) == ("eligible", "H")
    assert results["pc851_91"].status == "eligible"
