"""R84b-01: two of a walk-in's cases numbered "unknown" with the same offense, day and county
have the same title (E83-01), and PC 1203.45's "other convictions" grouped the counts by that
title: "PC 484(a) and PC 484(a) in case unknown (PC 484(a), convicted 2015-03-02, Los Angeles
County)", two counts said of one case where the record has two cases.  Each case is named apart."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Person

from tests.eligibility.test_case_named_e83 import AS_OF, _case

THEFT = "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"


def _single_conviction_text(cases, key: str) -> str:
    screening = screen(Person(dob=date(2001, 1, 2), us_citizen=True), cases, AS_OF)
    (said,) = [r.text for d in screening.results if d.case == key and d.remedy == "pc1203_45"
               for r in d.reasons if "other convictions" in r.text]
    return said


def test_r84b_01_two_cases_of_one_title_are_two_cases_in_the_sentence():
    cases = [_case("c1", "BA100001", date(2016, 3, 2), "647(f)"),
             _case("c4", "unknown", date(2015, 3, 2), "484(a)"), _case("c5", "unknown", date(2015, 3, 2), "484(a)")]
    said = _single_conviction_text(cases, "c1")
    assert f"PC 484(a) and PC 484(a) in case {THEFT}" not in said, said
    assert said.count(f"PC 484(a) in case {THEFT}") == 2, said


def test_r84b_01_the_cases_counted_beyond_those_named_are_counted_apart():
    """Beyond the cases named, the rest are counted by case, not by title."""
    cases = [_case("c1", "BA100001", date(2016, 3, 2), "647(f)"), _case("c2", "BA100002", date(2016, 5, 9), "602"),
             _case("c3", "BA100003", date(2016, 7, 9), "415"),
             _case("c4", "unknown", date(2015, 3, 2), "484(a)"), _case("c5", "unknown", date(2015, 3, 2), "484(a)")]
    said = _single_conviction_text(cases, "c1")
    assert "and 2 more in 2 other cases" in said, said


def test_r84b_01_two_counts_of_one_unknown_case_are_still_one_case():
    cases = [_case("c1", "BA100001", date(2016, 3, 2), "647(f)"), _case("c4", "unknown", date(2015, 3, 2), "484(a)")]
    cases[1].convictions.append(type(cases[1].convictions[0])(id="c4-2", code="PC", section="594(a)", level="misdemeanor",
                                                              conviction_date=date(2015, 3, 2)))
    said = _single_conviction_text(cases, "c1")
    assert "PC 484(a) and PC 594(a) in case unknown (PC 484(a) and PC 594(a), convicted 2015-03-02, Los Angeles County)" in said, said
