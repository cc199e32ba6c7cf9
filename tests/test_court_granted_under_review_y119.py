"""Y119-05: a client's PC 17(b) reduction, left by the screening to the attorney, filed and
granted, its relief not yet typed on the count's Granted box.  O118-03 said the grant beside a
denial or a filing; the caseload line still said nothing of it where every petition to file now
is filed and awaiting the court ("Filed 2026-06-01; awaiting ruling"), or where the client's best
outcome is "Needs review" ("Attorney review").  It is said there too, until the relief is on the
count, in fewer words for a narrow list."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.line_action import next_action_said
from clinic_app.model import Petition, Violation
from clinic_app.summary import summarize
from tests.test_court_granted_under_review_o118 import FILED, REDUCED, TODAY, reduced_and_screened
from ui.services import client_row

HEARING = date(2027, 1, 12)


def _said(petitions: list[Petition], *, recorded: bool = False, revoked: bool = False, today: date = TODAY):
    """The line's next action, whole and short, and its day, for a 459 felony reduced under 17(b)."""
    if revoked:  # probation revoked: the dismissal is the attorney's to weigh too, nothing eligible
        client, _ = reduced_and_screened(petitions, recorded)
        client.cases[0].sentence.probation.violations = [Violation(date(2022, 1, 10), "revoked")]
        screening = screen(client.person, client.cases, TODAY)
    else:
        client, screening = reduced_and_screened(petitions, recorded)
    summary = summarize(client, screening, TODAY)
    said, day = next_action_said(client_row(client, summary, awaiting_review=summary.needs_review), today)
    return said.full, said.short, day, summary.best


def test_y119_05_a_grant_under_review_is_said_beside_the_court_awaited():
    dismissal = Petition("pc1203_4", FILED)
    full, short, day, best = _said([REDUCED, dismissal])
    assert best == "eligible_now"
    assert (full, short, day) == ("Filed 2026-06-01; awaiting ruling; granted 2026-09-15: record the relief on the count",
                                  "Awaiting; enter relief", date.min)
    assert _said([REDUCED, dismissal], recorded=True)[:3] == ("Filed 2026-06-01; awaiting ruling", "Awaiting ruling", None)


def test_y119_05_a_grant_under_review_is_said_beside_a_hearing_coming_or_held():
    heard = Petition("pc1203_4", FILED, hearing_on=HEARING)
    assert _said([REDUCED, heard])[:3] == (
        "Filed 2026-06-01; hearing 2027-01-12; granted 2026-09-15: record the relief on the count",
        "Hearing; enter relief", date.min)
    assert _said([REDUCED, heard], today=date(2027, 1, 13))[:2] == (
        "Hearing 2027-01-12 held: record the ruling; granted 2026-09-15: record the relief on the count",
        "Held: ruling; relief")
    assert _said([REDUCED, heard], recorded=True)[:3] == ("Filed 2026-06-01; hearing 2027-01-12", "Hearing 2027-01-12",
                                                          HEARING)


def test_y119_05_a_grant_under_review_is_said_beside_the_attorney_review():
    full, short, day, best = _said([REDUCED], revoked=True)
    assert best == "needs_review"
    assert (full, short, day) == ("Attorney review; granted 2026-09-15: record the relief on the count",
                                  "Review; enter relief", date.min)
    assert _said([REDUCED], recorded=True, revoked=True)[:3] == ("Attorney review", None, None)
