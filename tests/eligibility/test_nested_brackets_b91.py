"""B91: the case titles B90 left inside another bracket, read aloud at a clinic table.

A case with no court number is titled by what its record holds, in a bracket of its own
("case B (Los Angeles County)", B86).  The certificate's later convictions, PC 1203.4(a)'s
later conviction and PC 1203.425's new felony and pending arrest put that title inside another
bracket; each now says its case after "in", outside any bracket, one thing at a time."""

from __future__ import annotations

from tests.eligibility.test_nested_brackets_b90 import _no_nested_bracket


def test_b91_01_the_certificates_later_convictions_are_listed_outside_a_bracket():
    """"A later conviction (PC 484(a)/488 in case B (Los Angeles County), 2023-10-18) may
    interrupt the period of rehabilitation; an attorney decides." (60 sentences in the demo
    caseload with every 5th client's numbers blanked), "Later convictions (...; ...) may ...",
    and "Later convictions, 17 in all (the first ...; the last ...), may ...": the sentence says
    what they may do, then the convictions, each its case and day, outside any bracket."""
    from engine_builders import conviction, probation_case
    from tests.eligibility.test_cor import cor, robbery

    later = probation_case("594(a)", id="B", start="2021-07-09", end="2022-07-09", status="completed")
    later.convictions.insert(0, conviction("21310", id="B0", convicted="2021-07-09"))
    other = probation_case("647(f)", id="C", start="2022-03-01", end="2023-03-01", status="completed")
    said = [r.text for r in cor(robbery(), later, other).reasons if "interrupt the period" in r.text]
    assert said == ["Later convictions may interrupt the period of rehabilitation: PC 21310 and PC 594(a) in case B (Los Angeles County) "
                    "on 2021-07-09; PC 647(f) in case C (Los Angeles County) on 2022-03-01. An attorney decides."], said
    one = [r.text for r in cor(robbery(), other).reasons if "interrupt the period" in r.text]
    assert one == ["A later conviction may interrupt the period of rehabilitation: PC 647(f) in case C (Los Angeles County) on 2022-03-01. "
                   "An attorney decides."], one
    # A case with a court number reads the same way.
    other.case_number = "BA123456"
    one = [r.text for r in cor(robbery(), other).reasons if "interrupt the period" in r.text]
    assert one == ["A later conviction may interrupt the period of rehabilitation: PC 647(f) in case BA123456 on 2022-03-01. An attorney decides."], one
    assert all(_no_nested_bracket(t) for t in said + one)

