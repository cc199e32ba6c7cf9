"""B84-02: a sentence that names another case's count named the case by a title that said the
count again: "The record shows a new offense during this probation (PC 647(f) in case unknown
(PC 647(f), convicted 2017-12-01, Kern County), committed 2017-08-19)" (E83, Left alone).  Beside
the count it names, the title leaves the offense out: "PC 647(f) in case unknown (convicted
2017-12-01, Kern County)".  Where a sentence names no count of the case ("on probation in case
unknown (VC 23152(a), ...)"), the title is whole, as before."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Case, Conviction, Person, Probation, Sentence
from tests.eligibility.test_case_named_e83 import AS_OF, DUI_TITLE, _texts, walk_in


def _theft_then_drunk_in_public() -> list[Case]:
    """A 2015 theft on probation to 2018-03-02, and a PC 647(f) committed in Kern on 2017-08-19,
    during it; both numbered "unknown"."""
    theft = Case(id="c1", case_number="unknown", county="Los Angeles", disposition_date=date(2015, 3, 2),
                 convictions=[Conviction(id="c1-1", section="484(a)", level="misdemeanor", conviction_date=date(2015, 3, 2))],
                 sentence=Sentence(type="probation", judgment_date=date(2015, 3, 2), completed=True,
                                   probation=Probation(kind="summary", start=date(2015, 3, 2), end=date(2018, 3, 2), status="completed")))
    drunk = Case(id="c2", case_number="unknown", county="Kern", disposition_date=date(2017, 12, 1),
                 convictions=[Conviction(id="c2-1", section="647(f)", level="misdemeanor", conviction_date=date(2017, 12, 1),
                                         offense_date=date(2017, 8, 19))],
                 sentence=Sentence(type="probation", judgment_date=date(2017, 12, 1), completed=True,
                                   probation=Probation(kind="summary", start=date(2017, 12, 1), end=date(2018, 12, 1), status="completed")))
    return [theft, drunk]


def test_b84_02_beside_the_count_it_names_the_title_does_not_say_the_offense_again():
    screening = screen(Person(dob=date(1980, 1, 2), us_citizen=True), _theft_then_drunk_in_public(), AS_OF)
    theft = _texts(screening, "c1")
    said = "a new offense during this probation, committed on 2017-08-19: PC 647(f) in case unknown (convicted 2017-12-01, Kern County)."
    assert any(said in t for t in theft), theft
    assert not any("PC 647(f) in case unknown (PC 647(f)" in t for t in theft), theft


def test_b84_02_a_sentence_naming_no_count_of_the_case_keeps_the_whole_title():
    screening = screen(Person(dob=date(1980, 1, 2), us_citizen=True), walk_in(), AS_OF)
    assert any(f"The person is on probation in case {DUI_TITLE} through 2027-06-19" in t for t in _texts(screening, "c1"))
