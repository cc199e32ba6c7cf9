"""K30-02: the AB 1950 probation-cap flag (a grant since 2021 longer than the cap, flagged by
the engine, shown on the Eligibility tab and the handout) was not on the Checklist, where a
paralegal plans what to ask the court.  `probation_cap_items` gives it, in the engine's words,
one item per flagged case; the caseload's Outstanding column does not take it."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import KINDS, checklist, outstanding, probation_cap_items
from clinic_app.eligibility import screen
from clinic_app.eligibility.common import AB1950_CITE
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 11, 22)
CAP = ("AB 1950 caps misdemeanor probation at 1 year, save for the exceptions it lists, none of which the record shows; "
       "this probation, granted 2024-03-04, was ordered to 2027-03-03, longer than that. "
       "The record's end date is used here; an attorney checks whether an exception applies.")


def capped_client(end: date = date(2027, 3, 3)) -> Client:
    case = Case(
        id="c1", case_number="24CJCM00123", disposition_date=date(2024, 3, 4),
        convictions=[Conviction(id="c1-1", section="484(a)/488", code="PC", level="misdemeanor", conviction_date=date(2024, 3, 4))],
        sentence=Sentence(type="probation", judgment_date=date(2024, 3, 4),
                          probation=Probation(kind="summary", start=date(2024, 3, 4), end=end, status="active")))
    return Client(name="Synthetic Client", person=Person(dob=date(1990, 2, 2), us_citizen=True), cases=[case])


def test_k30_02_the_engine_s_cap_flag_is_one_checklist_item_in_its_words():
    c = capped_client()
    screening = screen(c.person, c.cases, AS_OF)
    flagged = {r.text for d in screening.results for r in d.reasons if r.cite == AB1950_CITE}
    assert flagged == {CAP}  # the engine's words, the same from every remedy that gives them
    (item,) = probation_cap_items(screening)
    assert (item.case, item.kind, item.label, item.done) == ("c1", "probation_cap", CAP, False)
    assert item.kind in KINDS
    # A note for the attorney, nothing the client still has to do: not on the caseload line,
    # and not among the record's own items.
    assert outstanding(c, AS_OF) == ["probation to 2027-03-03"]
    assert [i.kind for i in checklist(c, AS_OF)] == ["probation"]


def test_k30_02_no_flag_no_item():
    c = capped_client(end=date(2025, 3, 3))  # within the 1-year cap
    assert probation_cap_items(screen(c.person, c.cases, AS_OF)) == []
    assert probation_cap_items(None) == []


def test_a_misdemeanor_burglary_is_capped_though_a_felony_one_may_be_violent():
    # C37-11 gave PC 459 the violent flag on a fact (first degree, someone present: PC
    # 667.5(c)(21)); the cap's exception is for a violent *felony* (PC 1203.1(l)(1)), so a
    # misdemeanor (second-degree) 459 lost its flag, and a paralegal the question to ask.
    c = capped_client()
    c.cases[0].convictions[0] = Conviction(id="c1-1", section="459", code="PC", level="misdemeanor", conviction_date=date(2024, 3, 4))
    flagged = {r.text for d in screen(c.person, c.cases, AS_OF).results for r in d.reasons if r.cite == AB1950_CITE}
    assert flagged == {CAP}
