"""N163-02: Andre (synthetic, F161) served his 2016 federal wire fraud, "18 U.S.C. § 1343", in
federal prison; the volunteer left the case's State or court blank, so the record says it is
California's.  K162-01's note says the count is federal law, yet his Eligibility tab (and
intake's box 3, and the text report) asked "Did the client serve on a fire crew or hand crew
while in custody? If so, PC 1203.4b dismissal may fit." of its prison term: the hand crews are
California's and its counties' (ca-rules.md 3.14), as F161-05 says of a case marked federal.  A
case whose only counts are United States Code law is not asked of; one with a Penal Code count
beside such a count, or in its place, still is.  screen()'s answers unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Conviction
from tests.federal_court_client import andre
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ASKED = "Did the client serve on a fire crew or hand crew while in custody?"
GRAND_THEFT = Conviction(id="c1-2", section="487", level="felony", conviction_date=date(2016, 5, 10))


def _report(client) -> str:
    return " ".join(render_text(screen(client.person, client.cases, date(2026, 12, 6)), client.person, client.cases).split())


def _fraud_case_with(client, counts):
    fraud, *rest = client.cases
    return replace(client, cases=[replace(fraud, convictions=counts(fraud.convictions)), *rest])


def test_n163_02_a_federal_count_in_a_case_left_californias_asks_nothing_of_fire_crews(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, andre("en", "CA"))
    assert ASKED not in panel.ask_note.text() and not panel.ask_note.isVisible()
    assert ASKED not in _report(andre("en", "CA"))


def test_n163_02_a_penal_code_count_in_its_prison_case_still_asks():
    assert ASKED in _report(_fraud_case_with(andre("en", "CA"), lambda counts: [*counts, GRAND_THEFT]))
    assert ASKED in _report(_fraud_case_with(andre("en", "CA"), lambda counts: [GRAND_THEFT]))
