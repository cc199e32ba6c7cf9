"""R84b-01, -02: two of a walk-in's cases numbered "unknown" with the same offense, day and county
have the same title (E83-01), and PC 1203.45's "other convictions" grouped the counts by that
title: "PC 484(a) and PC 484(a) in case unknown (PC 484(a), convicted 2015-03-02, Los Angeles
County)", two counts said of one case where the record has two cases (-01); and two such DUIs on
probation were "end probation early in case unknown (...)", one case (-02).  Each case is named
apart."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Person

from tests.eligibility.test_case_named_e83 import AS_OF, _case


def _single_conviction_text(cases, key: str) -> str:
    screening = screen(Person(dob=date(2001, 1, 2), us_citizen=True), cases, AS_OF)
    (said,) = [r.text for d in screening.results if d.case == key and d.remedy == "pc1203_45"
               for r in d.reasons if "other convictions" in r.text]
    return said


def test_r84b_01_two_cases_of_one_title_are_two_cases_in_the_sentence():
    cases = [_case("c1", "BA100001", date(2016, 3, 2), "647(f)"),
             _case("c4", "unknown", date(2015, 3, 2), "484(a)"), _case("c5", "unknown", date(2015, 3, 2), "484(a)")]
    said = _single_conviction_text(cases, "c1")
    assert "PC 484(a) and PC 484(a) in case unknown" not in said, said
    # Beside the count it names, the title leaves the offense out (B86-02, as B84-02 beside one count).
    assert said.count("PC 484(a) in case unknown (convicted 2015-03-02, Los Angeles County)") == 2, said


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
    assert "PC 484(a) and PC 594(a) in case unknown (convicted 2015-03-02, Los Angeles County)" in said, said


DUI = "unknown (VC 23152(a), convicted 2024-06-20, Los Angeles County)"


def _two_duis_on_probation(kind_known: bool = True):
    cases = [_case("c1", "unknown", date(2015, 3, 2), "484(a)"),
             _case("c2", "unknown", date(2024, 6, 20), "23152(a)", "VC", ends=date(2027, 6, 19)),
             _case("c3", "unknown", date(2024, 6, 20), "23152(a)", "VC", ends=date(2027, 6, 19))]
    if not kind_known:
        for case in cases[1:]:
            case.sentence.probation.kind = None
    screening = screen(Person(dob=date(1980, 1, 2), us_citizen=True), cases, AS_OF)
    return {d.remedy: [*(r.text for r in d.reasons), *d.next_steps] for d in screening.results if d.case == "c1"}


def test_r84b_02_probation_to_end_early_in_two_cases_of_one_title_names_both():
    """Two DUIs of one day, both "unknown", both on probation: the theft's 1203.4 asked to end
    probation early "in case unknown (...)", one case, where both must end."""
    said = _two_duis_on_probation()["pc1203_4"]
    assert f"Ask the court to end probation early (PC 1203.3) in cases {DUI} and {DUI}; relief can follow once they end." in said, said


def test_r84b_02_probation_of_unknown_kind_in_two_cases_of_one_title_names_both():
    said = _two_duis_on_probation(kind_known=False)["pc1203_425"]
    assert any(f"whether probation in cases {DUI} and {DUI} is formal or summary" in t for t in said), said
