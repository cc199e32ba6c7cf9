"""B92: the last words a paralegal stumbles on when reading a result aloud.

A case with no court number is titled by what its record holds, in a bracket of its own
("case B (Los Angeles County)", B86).  B90 and B91 took those titles out of other brackets; these
are the last places where one bracket ran into another, or a title was said twice in a row."""

from __future__ import annotations

from engine_builders import no_probation_case, probation_case, row, run

from tests.eligibility.test_nested_brackets_b90 import _no_nested_bracket


def _side_by_side_brackets(text: str) -> bool:
    """A bracket closed and another opened at once, ") (", as "case B (Los Angeles County) (PC
    602, ...)" read aloud."""
    return ") (" in text


def test_b92_01_the_route_step_says_the_count_its_case_and_day_one_at_a_time():
    """"To confirm the route, find out when the offense in case B (Los Angeles County) (PC 602,
    convicted 2010-11-26) was committed: ...": a title followed at once by another bracket.  The
    step now says the conviction as PC 1203.4(a)'s reason beside it does ("PC 602 in case B (Los
    Angeles County) on 2010-11-26", common.count_on_day)."""
    # PC 1203.4: another case's conviction entered during this probation, with no offense day.
    a = probation_case("459/460(b)", level="felony", kind="formal", start="2009-05-12", end="2012-05-11")
    b = probation_case("602", id="B", start="2010-11-26", end="2011-11-26")
    step = row(run(a, b), "pc1203_4").next_steps[0]
    assert step == ("To confirm the route, find out when the offense was committed that led to the conviction of "
                    "PC 602 in case B (Los Angeles County) on 2010-11-26: the complaint or the police report gives it."), step
    # PC 1203.4(a): a later conviction with no offense day.
    later = no_probation_case("12500(a)", id="B", code="VC", judgment="2025-07-01")
    steps = row(run(no_probation_case("647(f)", judgment="2024-05-01"), later), "pc1203_4a").next_steps
    said = next(t for t in steps if t.startswith("To confirm the route"))
    assert said == ("To confirm the route, find out when the offense was committed that led to the conviction of "
                    "VC 12500(a) in case B (Los Angeles County) on 2025-07-01: the complaint or the police report gives it."), said
    assert not _side_by_side_brackets(step) and not _side_by_side_brackets(said)
    assert _no_nested_bracket(step) and _no_nested_bracket(said)
    # A case with a court number reads the same way.
    later.case_number = "5CJ07777"
    steps = row(run(no_probation_case("647(f)", judgment="2024-05-01"), later), "pc1203_4a").next_steps
    assert ("To confirm the route, find out when the offense was committed that led to the conviction of VC 12500(a) in case 5CJ07777 "
            "on 2025-07-01: the complaint or the police report gives it.") in steps, steps


def test_b92_02_a_needs_review_results_reasons_title_one_case_once():
    """A result that needs review, with another case's prison term and the parole after it
    stopping relief whatever the review decides, said the whole title in each reason: "The
    person is serving a sentence in case B (PC 211, convicted 2026-01-21, Los Angeles County)
    through 2028-01-28." then "After release on 2028-01-28, the person will be on parole in case
    B (PC 211, convicted 2026-01-21, Los Angeles County) through 2029-12-28." (21 results in the
    demo caseload with every 5th client's numbers blanked: PC 1473.7, 1203.4, 1203.425, 1203.41;
    B90's Left alone).  Said right after, it is its record's key, as a blocked result's reasons
    say it (B90-04, bars.bar_sentences)."""
    from engine_builders import custody_case

    from clinic_app.model import Person

    title = "case B (PC 211, convicted 2026-01-21, Los Angeles County)"
    b = custody_case("211", id="B", code="PC", judgment="2026-01-21", release="2028-01-28", supervision="parole", supervision_end="2029-12-28")
    pair = [f"The person is serving a sentence in {title} through 2028-01-28.",
            "After release on 2028-01-28, the person will be on parole in case B through 2029-12-28."]
    # PC 1203.4: revoked probation, whichever route follows (bars.waits_anyway).
    revoked = probation_case("484(a)/488", start="2019-03-01", end="2022-03-01", status="revoked", violations=[("2020-09-01", "revoked")])
    d = row(run(revoked, b), "pc1203_4")
    said = [r.text for r in d.reasons]
    assert d.status == "needs_review"
    assert said[2:5] == [*pair, "Whichever route follows the revocation, relief here waits until 2029-12-29 at the earliest."], said
    # PC 1473.7: custody on another conviction, an open question.
    done = probation_case("484(a)/488", start="2019-03-01", end="2022-03-01", status="completed")
    d = row(run(done, b, person=Person(us_citizen=False)), "pc1473_7")
    said = [r.text for r in d.reasons]
    assert d.status == "needs_review"
    assert said[:2] == pair, said
    assert all(_no_nested_bracket(t) for t in said)
    # PC 1473.7 while this case's own custody lasts and case B's outlasts it.
    serving = custody_case("459", id="A", code="PC", judgment="2025-01-21", release="2026-12-28", supervision="parole", supervision_end="2027-06-28")
    said = [r.text for r in row(run(serving, b, person=Person(us_citizen=False)), "pc1473_7").reasons]
    assert said[3:5] == pair, said
    # A case with a court number reads as before.
    b.case_number = "BA100200"
    said = [r.text for r in row(run(revoked, b), "pc1203_4").reasons]
    assert said[2:4] == ["The person is serving a sentence in case BA100200 through 2028-01-28.",
                         "After release on 2028-01-28, the person will be on parole in case BA100200 through 2029-12-28."], said


def test_b92_03_listed_cases_are_counted_whatever_their_letters_case():
    """R90 sorts listed cases as a person counts, "case c2, case c3 and case c10", but compared
    their letters as text, where every capital comes before every small letter: "case C10 (...)
    and case c2 (...)", and a court number typed in small letters, "ba99000", after "BA100200".
    Counted as a person counts, a letter's case aside."""
    from clinic_app.case_titles import listed_cases
    from tests.eligibility.test_pc1203_4b import prison

    def said(keys, numbers=None):
        terms = [prison("11378", id=key, judgment="2010-02-01", release="2011-01-15", supervision_end="2012-01-15") for key in keys]
        for case, number in zip(terms, numbers or [None] * len(terms)):
            case.case_number = number
        return listed_cases([(case, None) for case in terms])

    keys = said(("C10", "c2"))
    assert keys.index("case c2 (") < keys.index("case C10 ("), keys
    numbers = said(("B", "C"), ["BA100200", "ba99000"])
    assert numbers == "case ba99000 and case BA100200", numbers
    # The order does not follow the request's.
    assert said(("c2", "C10")) == keys and said(("C", "B"), ["ba99000", "BA100200"]) == numbers
