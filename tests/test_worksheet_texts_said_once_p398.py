"""P398-01: the Eligibility tab lists its questions from the whole worksheet, composed at each
rebuild, and the worksheet said each count's same reasons and steps with their counties again,
once a count: other_counties_named 730 times for a case of 40 counts.  Each text is said once a
worksheet now, so the counts of a case do not add to it.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import sys
from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Conviction
from clinic_app.worksheet import compose
from tests.two_cases_to_ask import AS_OF, two_cases_to_ask


def _counties_said(monkeypatch, counts: int) -> int:
    """How often a worksheet of the Fresno case with `counts` alike counts names other counties."""
    composing = sys.modules[compose.__module__]
    client = two_cases_to_ask()
    client.cases[1].convictions = [Conviction(id=f"c2-{n}", section="487(a)", level="felony", value_dollars=300,
                                              conviction_date=date(2012, 6, 1)) for n in range(1, counts + 1)]
    said = []
    named = composing.other_counties_named
    monkeypatch.setattr(composing, "other_counties_named", lambda *args: (said.append(args), named(*args))[1])
    compose(client, screen(client.person, client.cases, AS_OF))
    return len(said)


def test_p398_01_a_worksheet_says_the_counts_same_texts_once(monkeypatch):
    one, sixteen = _counties_said(monkeypatch, 1), _counties_said(monkeypatch, 16)
    # Said anew for each count, 16 counts asked 326 times where one count asked 26.
    assert one > 0 and sixteen < one + 16, (one, sixteen)
