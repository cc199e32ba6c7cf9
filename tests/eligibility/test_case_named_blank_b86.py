"""B86: the screening's sentences named a case whose number was left blank by its record's key
alone.  A walk-in typed at intake with no numbers (a 2015 theft, a 2016 PC 647(f), a 2024 DUI on
probation until 2027-06-19) read, under the theft, "The person is on probation in case c3 through
2027-06-19", where the worksheet, the Checklist and the text report head that case "c3 (VC
23152(a), convicted 2024-06-20, Los Angeles County)" (B84-01): "case c3" said nothing of which
case it was.  Another case's sentences now name it as its heading does; its own sentences do not
name it.  The JSON keeps the key in `case` (FORMAT.md)."""

from __future__ import annotations

import re

from clinic_app.case_titles import case_named, case_title
from clinic_app.eligibility import screen
from clinic_app.model import Person
from tests.eligibility.test_case_named_blank_b84 import blank_walk_in
from tests.eligibility.test_case_named_e83 import AS_OF, _texts

DUI = "c3 (VC 23152(a), convicted 2024-06-20, Los Angeles County)"
PERSON = Person(us_citizen=True)


def _keyed_alone(texts: list[str], key: str) -> list[str]:
    """The sentences that name case `key` by its key alone."""
    return [t for t in texts if re.search(rf"\bcases? {key}\b(?! \()", t)]


def test_b86_01_a_bar_in_a_case_left_blank_is_named_by_what_the_record_holds():
    screening = screen(PERSON, blank_walk_in(), AS_OF)
    theft = _texts(screening, "c1")
    assert "The person is on probation in case c3 (VC 23152(a), convicted 2024-06-20, Los Angeles County) through 2027-06-19." in theft, theft
    assert f"Ask the court to end probation early (PC 1203.3) in case {DUI}; relief can follow once it ends." in theft, theft
    assert _keyed_alone([t for t in theft if "probation" in t], "c3") == []
    # The DUI's own results say its probation without naming the case they are under.
    assert not any("case c3" in t for t in _texts(screening, "c3"))
    assert {d.case for d in screening.results} == {"c1", "c2", "c3"}


def test_b86_02_another_cases_counts_name_a_case_left_blank_by_what_the_record_holds():
    """PC 1203.45's other convictions, and every sentence naming a count of another case, said
    "VC 23152(a) in case c3"; now the case's title, which beside the count named leaves its
    offense out (B84-02)."""
    screening = screen(PERSON, blank_walk_in(), AS_OF)
    theft = _texts(screening, "c1")
    assert ("The person has other convictions: PC 647(f) in case c2 (convicted 2016-05-09, Los Angeles County); "
            "VC 23152(a) in case c3 (convicted 2024-06-20, Los Angeles County). PC 1203.45 is generally for a single conviction.") in theft, theft
    assert _keyed_alone(theft, "c2") == [] and _keyed_alone(theft, "c3") == []


def test_b86_03_a_sentence_naming_its_own_case_says_this_case():
    """Among a case's own results, a sentence over the whole record named that case too, and
    with no court number at length, under its own heading: the certificate of a 2008 PC 288(a)
    read "PC 288(a) in case A (convicted 2008-04-01, Los Angeles County) is an offense for which
    no certificate of rehabilitation can be granted".  It says "this case" now, as a bar of its
    own case names none (S27-04); another case's results still name it by its title."""
    from engine_builders import custody_case, probation_case, row, run

    own = custody_case("288(a)", code="PC", judgment="2008-04-01", release="2010-06-01", supervision_end="2011-06-01")
    other = probation_case("484(a)/488", id="B", start="2015-03-02", end="2016-03-02")
    s = run(own, other)
    assert row(s, "cor").reasons[0].text == "PC 288(a) in this case is an offense for which no certificate of rehabilitation can be granted."
    assert case_named(own, own) == "this case" and case_named(own, other) == f"case {case_title(own)}"
    assert not any("case A" in t for d in s.results if d.case == "A" for t in [*(r.text for r in d.reasons), *d.next_steps])


def test_b86_03_a_prior_of_the_case_itself_is_in_this_case():
    """Prop 47's super-strike prior, when it is a count of the same case: "The record shows a
    super-strike conviction: PC 288(a) in case A (convicted 2015-03-02, Los Angeles County)"."""
    from engine_builders import conviction, probation_case, row, run

    both = probation_case("11350(a)", code="HS", level="felony", start="2015-03-02", end="2018-03-02")
    both.convictions.append(conviction("288(a)", id="A2", level="felony"))
    d = row(run(both), "prop47")
    assert "The record shows a super-strike conviction: PC 288(a) in this case." in [r.text for r in d.reasons], d.reasons
