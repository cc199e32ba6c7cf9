"""B90: the screening's last brackets inside brackets, read aloud at a clinic table.

A case with no court number is titled by what its record holds, in a bracket of its own
("case B (arrested 2026-08-20, Los Angeles County)", B86).  Three sentences put that title
inside another bracket, and read aloud a paralegal could not tell where one bracket ended and
the next began: each now says the case after "in", outside any bracket."""

from __future__ import annotations

from datetime import date

from engine_builders import probation_case, row, run

from clinic_app.model import Case


def _no_nested_bracket(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth > 1:
            return False
    return True


def test_b90_01_a_pending_charge_names_its_case_after_in_not_in_a_bracket():
    """"The person is charged with an offense that is still pending (case B (arrested
    2026-08-20, Los Angeles County))." and the early end of probation's step "... still waits
    while the person is charged with an offense that is still pending (case B (...))"."""
    running = probation_case("459/460(b)", level="felony", start="2024-06-01", end="2027-06-01", status="active", kind="formal", wobbler=True)
    pending = Case(id="B", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    s = run(running, pending)
    said = row(s, "pc1203_4").reasons[0].text
    assert said == "The person is charged with an offense that is still pending in case B (arrested 2026-08-20, Los Angeles County).", said
    step = row(s, "pc1203_3", conv=None).next_steps[0]
    assert step.endswith("while the person is charged with an offense that is still pending in case B (arrested 2026-08-20, Los Angeles County)."), step
    assert _no_nested_bracket(said) and _no_nested_bracket(step)
    # A case with a court number reads the same way.
    numbered = Case(id="B", case_number="BA123456", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    said = row(run(running, numbered), "pc1203_4").reasons[0].text
    assert said == "The person is charged with an offense that is still pending in case BA123456.", said


def test_b90_02_a_new_offense_during_probation_names_its_case_outside_a_bracket():
    """"The record shows a new offense during this probation (PC 647(f) in case unknown
    (convicted 2017-12-01, Kern County), committed 2017-08-19); that most likely broke ...", and
    a conviction with no offense day "(PC 647(b) in case B (Los Angeles County), on
    2017-06-10) but not when ...": the day, then the count and its case."""
    from clinic_app.eligibility import screen
    from clinic_app.model import Person
    from tests.eligibility.test_case_named_e83 import AS_OF
    from tests.eligibility.test_case_named_short_b84 import _theft_then_drunk_in_public

    s = screen(Person(dob=date(1980, 1, 2), us_citizen=True), _theft_then_drunk_in_public(), AS_OF)
    said = next(r.text for d in s.results if d.case == "c1" and d.remedy == "pc1203_4" for r in d.reasons if "new offense" in r.text)
    assert said.startswith("The record shows a new offense during this probation, committed on 2017-08-19: PC 647(f) in case unknown "
                           "(convicted 2017-12-01, Kern County). That most likely broke the condition to obey all laws, "), said
    assert _no_nested_bracket(said), said

    a = probation_case("647(b)", start="2016-03-01", end="2019-03-01")
    b = probation_case("647(b)", id="B", start="2017-06-10", end="2020-06-10")
    said = next(r.text for r in row(run(a, b), "pc1203_4").reasons if "during this probation" in r.text)
    assert said.startswith("The record shows a conviction entered during this probation, on 2017-06-10: PC 647(b) in case B (Los Angeles County). "
                           "It does not show when that offense was committed: the route is mandatory unless it was committed during this "
                           "probation (2016-03-01 to 2019-03-01), "), said
    assert _no_nested_bracket(said), said
    # With a court number: the same words, the case by its number.
    b.case_number = "BA123456"
    said = next(r.text for r in row(run(a, b), "pc1203_4").reasons if "during this probation" in r.text)
    assert said.startswith("The record shows a conviction entered during this probation, on 2017-06-10: PC 647(b) in case BA123456. It does not"), said


def test_b90_03_a_prior_the_catalog_does_not_know_names_its_case_outside_a_bracket():
    """Prop 47's priors: "Check that PC 99999 (case P (PC 99999, convicted 2001-03-01, Los
    Angeles County)) is not a super-strike or a registration offense; ...".  Now the count in
    its case, as the priors the catalog knows are said ("PC 187/245(a)(1) in case P (...)",
    record_facts.prior_sentence); a count of the result's own case is "in this case"."""
    from engine_builders import custody_case

    from tests.eligibility.test_prop47 import drug_case

    prior = custody_case("99999", id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    d = row(run(prior, drug_case()), "prop47")
    said = next(r.text for r in d.reasons if "catalog does not know" in r.text)
    assert said == ("Check that PC 99999 in case P (convicted 2001-03-01, Los Angeles County) is not a super-strike or a registration "
                    "offense; the offense catalog does not know it."), said
    # Two of them: each in its case, the list said with "and", the words plural.
    other = custody_case("88888", id="Q", code="PC", judgment="2003-03-01", release="2008-05-01", supervision_end="2011-05-01")
    d = row(run(prior, other, drug_case()), "prop47")
    said = next(r.text for r in d.reasons if "catalog does not know" in r.text)
    assert said == ("Check that PC 99999 in case P (convicted 2001-03-01, Los Angeles County) and PC 88888 in case Q (convicted "
                    "2003-03-01, Los Angeles County) are not super-strikes or registration offenses; the offense catalog does not "
                    "know them."), said
    assert _no_nested_bracket(said)
    # With a court number: "PC 99999 in case BA123456".
    prior.case_number = "BA123456"
    d = row(run(prior, drug_case()), "prop47")
    assert "Check that PC 99999 in case BA123456 is not a super-strike" in " ".join(r.text for r in d.reasons)
    # A count of the result's own case, under its heading: "in this case", as its other priors.
    from engine_builders import conviction

    own = drug_case()
    own.convictions.append(conviction("99999", id="A2", level="misdemeanor", convicted="2012-07-11"))
    d = row(run(own), "prop47")
    assert "Check that PC 99999 in this case is not a super-strike" in " ".join(r.text for r in d.reasons), [r.text for r in d.reasons]


def test_b90_04_a_blocked_results_reasons_title_one_case_once():
    """A result blocked by one case's prison term and the PRCS after it said the whole title in
    each reason: "The person is serving a sentence in case B (PC 211, convicted 2026-01-21, Los
    Angeles County) through 2028-01-28." then "After release on 2028-01-28, the person will be on
    post-release community supervision (PRCS) in case B (PC 211, convicted 2026-01-21, Los Angeles
    County) through 2029-12-28." (B89's Left alone).  Said right after, it is its record's key,
    "in case B", which the title began with; not "the same case", which names no case where the
    text report lifts the reasons out to say once at the top (bars_said_once)."""
    from clinic_app.eligibility.text_report import render_text
    from clinic_app.model import Person
    from tests.eligibility.test_case_lists_b89 import _a_prison_term_then_prcs_in_case_b
    from tests.eligibility.test_t32_said_once import _said_at_top, flat

    b, _c = _a_prison_term_then_prcs_in_case_b()
    title = "case B (PC 211, convicted 2026-01-21, Los Angeles County)"
    # Four old thefts, each its probation completed, which that prison term and PRCS block.
    thefts = [probation_case("484(a)/488", id=x, start=f"201{i}-03-02", end=f"201{i + 1}-03-02") for i, x in enumerate("ACDE")]
    cases = [*thefts, b]
    s = run(*cases)
    said = [r.text for r in row(s, "pc1203_425").reasons]
    assert said[:2] == [f"The person is serving a sentence in {title} through 2028-01-28.",
                        "After release on 2028-01-28, the person will be on post-release community supervision (PRCS) in case B through 2029-12-28."], said
    # The text report says them once at the top, the title with them, and points there by case.
    lines = render_text(s, Person(), cases).splitlines()
    (top,) = [e for e in _said_at_top(lines) if "PRCS" in e]
    assert f"The person is serving a sentence in {title} through 2028-01-28. After release on 2028-01-28, the person will be on " \
           "post-release community supervision (PRCS) in case B through 2029-12-28. Relief is blocked until" in top, top
    assert any("Blocked by the sentence in case B and the PRCS in case B (see the top)." in x for x in lines), flat("\n".join(lines))
    # A case with a court number reads as before.
    b.case_number = "BA100200"
    said = [r.text for r in row(run(*cases), "pc1203_425").reasons]
    assert said[1] == "After release on 2028-01-28, the person will be on post-release community supervision (PRCS) in case BA100200 through 2029-12-28.", said
