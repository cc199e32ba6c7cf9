"""I264-01: a volunteer who opened Marisol, a green-card holder with three convictions, met
over every tab the header "· Eligible now: PC 1203.4 dismissal, PC 1203.425 automatic relief",
where the caseload list she came from said "Immigration counsel first, then file now" and only
the Eligibility tab said, above its table, that counsel comes before anything is filed.  The
header, read first on the Record, Checklist and History tabs, says it first too; a citizen's,
and one whose citizenship is not known (the list's "File now": the clinic's decision), as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from ui.client_view import TAB_RECORD
from tests.green_card_client import marisol

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _header(qtbot, window, repo, client) -> str:
    window.load()
    window.open_client(repo.add_client(client))
    view = window.client_view
    qtbot.waitUntil(lambda: "Eligible" in view.outcome.text() or "filed" in view.outcome.text())
    assert view.tabs.currentIndex() == TAB_RECORD
    return view.outcome.text().replace("\u00a0", " ")


def test_i264_01_the_header_says_immigration_counsel_first_before_anything_is_filed(qtbot, window, repo):
    said = _header(qtbot, window, repo, marisol("es", us_citizen=False))
    assert said == "· Immigration counsel first · Eligible now: PC 1203.4 dismissal, PC 1203.425 automatic relief"
    assert window.client_view.outcome.accessibleName().startswith("Best outcome: Immigration counsel first · Eligible now")
    # A citizen, and citizenship not known, read as the caseload line does.
    for citizen, name in ((True, "Marisol Testciudadana"), (None, "Marisol Testnosabe")):
        said = _header(qtbot, window, repo, marisol("es", us_citizen=citizen, name=name))
        assert said == "· Eligible now: PC 1203.4 dismissal, PC 1203.425 automatic relief"
    # Relief to file on a later day comes after the consult too.
    later = marisol("es", us_citizen=False, name="Marisol Testdespues")
    later.cases[2].sentence.probation.end = date(2027, 6, 3)
    later.cases[2].sentence.probation.status = "active"
    later.cases[2].sentence.completed = False
    assert _header(qtbot, window, repo, later).startswith("· Immigration counsel first · Eligible on 2027-06-04: PC 1203.4 dismissal")
    # Once a petition is filed, the header says the court's words, as the list does.
    filed = marisol("es", us_citizen=False, name="Marisol Testpresentada")
    for case in filed.cases:
        case.petitions = [Petition("pc1203_4", date(2026, 9, 1))]
    assert "Immigration" not in _header(qtbot, window, repo, filed)


def test_r270_01_the_header_says_counsel_first_where_the_list_does_with_a_petition_recorded():
    # One case's petition filed (the others still to file) or withdrawn: the list's line said
    # "Immigration counsel first, then file now" and the header "· Eligible now: ..." alone, as
    # if a petition recorded anywhere meant the consult was behind her.
    from clinic_app.eligibility import screen
    from clinic_app.eligibility.immigration import counsel_first_of_record
    from clinic_app.line_action import next_action_said
    from clinic_app.summary import summarize
    from ui.client_view import outcome_line
    from ui.services import client_row

    today = date(2026, 12, 7)
    filed, withdrawn, all_filed = (marisol("es", us_citizen=False) for _ in range(3))
    filed.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1))]
    withdrawn.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="withdrawn", ruling_on=date(2026, 10, 1))]
    for case in all_filed.cases:
        case.petitions = [Petition("pc1203_4", date(2026, 9, 1))]
    for client, counsel_first in ((filed, True), (withdrawn, True), (all_filed, False)):
        client.id = 1
        screening = screen(client.person, client.cases, today)
        summary = summarize(client, screening, today)
        listed = next_action_said(client_row(client, summary), today)[0].full
        header = outcome_line(summary, screening, today, counsel_first_of_record(client.person, client.cases))
        assert listed.startswith("Immigration counsel first") is counsel_first
        assert header.startswith("· Immigration counsel first · Eligible now: PC 1203.4 dismissal") is counsel_first
