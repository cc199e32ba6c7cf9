"""K30-01: a client blocked or in review on something the record lacks had an empty
Outstanding column and nothing on the Checklist tab that said what stood in the way.

Demo client 2820 (`demo --clients 3000`, screened 2026-12-02): probation revoked 2026-11-01,
no later sentence entered, its community service done; the screening says "serving a
sentence in case 26CJCM21066; the record shows no end date", and the revocation's line was
given only while conditions were still to keep (K28-01)."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence, Violation
from clinic_app.summary import summarize

AS_OF = date(2026, 12, 2)
REVOKED = date(2026, 11, 1)


def revoked_client(completed: bool | None = False, conditions: list[Condition] | None = None) -> Client:
    """Demo client 2820's shape: a 2026 grant revoked, no later sentence; an old case whose
    relief the revocation's unknown sentence blocks."""
    revoked = Case(
        id="c1", case_number="26CJCM21066", disposition_date=date(2026, 7, 9),
        convictions=[Conviction(id="c1-1", section="484(a)/488", code="PC", level="misdemeanor", conviction_date=date(2026, 7, 9))],
        sentence=Sentence(type="probation", judgment_date=date(2026, 7, 9), completed=completed,
                          probation=Probation(kind="summary", start=date(2026, 7, 9), end=date(2029, 7, 8), status="revoked",
                                              violations=[Violation(REVOKED, "revoked")])),
        conditions=conditions if conditions is not None else
        [Condition(kind="community_service", label="Community service (40 hours)", required=40, done=40)])
    old = Case(
        id="c2", case_number="8MP22021", disposition_date=date(2018, 5, 8),
        convictions=[Conviction(id="c2-1", section="459", code="PC", level="misdemeanor", conviction_date=date(2018, 5, 8))],
        sentence=Sentence(type="probation", judgment_date=date(2018, 5, 8), completed=True,
                          probation=Probation(kind="summary", start=date(2018, 5, 8), end=date(2020, 5, 7), status="completed")))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[revoked, old])


def test_k30_01_a_revocation_with_nothing_left_to_keep_names_the_sentence_to_find_out():
    c = revoked_client()
    items = [i for i in checklist(c, AS_OF) if i.case == "c1"]
    assert [(i.kind, i.label, i.done) for i in items] == [
        ("revocation", "Probation revoked 2026-11-01, no later sentence recorded: "
                       "find out what sentence followed and when it ends", False),
        ("condition", "Community service (40 hours): 40 of 40 hours", True)]
    assert outstanding(c, AS_OF) == ["probation revoked 2026-11-01: sentence after it"]
    # The caseload line: blocked, end unknown, and now what blocks it.
    summary = summarize(c, screen(c.person, c.cases, AS_OF), AS_OF)
    assert summary.best == "blocked" and summary.best_date is None
    assert summary.outstanding == ["probation revoked 2026-11-01: sentence after it"]


def test_k30_01_with_no_conditions_at_all_the_line_is_the_same():
    c = revoked_client(conditions=[])
    assert outstanding(c, AS_OF) == ["probation revoked 2026-11-01: sentence after it"]


def test_k30_01_a_sentence_recorded_as_completed_after_the_revocation_asks_what_it_was_and_when():
    c = revoked_client(completed=True)
    (item,) = [i for i in checklist(c, AS_OF) if i.kind == "revocation"]
    assert item.label == ("Probation revoked 2026-11-01, no later sentence recorded: "
                          "the record says it was completed; find out what it was and when it ended")
    assert not item.done
    assert outstanding(c, AS_OF) == ["probation revoked 2026-11-01: sentence after it"]


def test_k30_01_conditions_still_to_keep_keep_the_k28_line():
    c = revoked_client(conditions=[Condition(kind="class", label="Outpatient drug program", required=26, done=5)])
    (item,) = [i for i in checklist(c, AS_OF) if i.kind == "revocation"]
    assert item.label.endswith("whether its conditions still bind is for a clinic lawyer to say")
    assert outstanding(c, AS_OF) == ["probation revoked 2026-11-01"]


def test_k30_01_before_the_revocation_there_is_no_revocation_line():
    c = revoked_client()
    assert not [i for i in checklist(c, date(2026, 10, 1)) if i.kind == "revocation"]
