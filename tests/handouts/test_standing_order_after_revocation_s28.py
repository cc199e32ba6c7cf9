"""S28-01: a probation revoked, reinstated and then run to its end: its stay-away order lasted
until then, so the day after, the handout gives it no task (the checklist had kept it open)."""

from __future__ import annotations

from datetime import date

from handout_clients import CLINIC, screened

from clinic_app.handouts import compose
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence, Violation


def client() -> Client:
    conv = Conviction(id="A1", section="242", conviction_date=date(2025, 6, 1))
    probation = Probation(start=date(2025, 6, 1), end=date(2026, 6, 1), status="completed",
                          violations=[Violation(date(2025, 12, 1), "revoked"), Violation(date(2026, 1, 10), "reinstated")])
    case = Case(id="A", convictions=[conv], conditions=[Condition(kind="stay_away", label="Stay away from the protected person")],
                sentence=Sentence(type="probation", judgment_date=date(2025, 6, 1), probation=probation))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def tasks(as_of: date) -> list[str]:
    c = client()
    return [t.text for t in compose(c, screened(c, as_of), CLINIC).section("checklist").blocks]


def test_s28_01_the_order_is_obeyed_while_probation_runs_and_no_task_after():
    assert "Obey the court's stay-away order, “Stay away from the protected person” (as written in your papers), until June 1, 2026." in tasks(date(2026, 5, 1))
    assert not any("Stay away" in text for text in tasks(date(2026, 7, 1)))
