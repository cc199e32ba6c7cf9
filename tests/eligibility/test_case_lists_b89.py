"""B89: the screening's words over several cases, read aloud at a clinic table.

B89-01: PC 1203.4b's list of jail or prison terms read "this case, case P (...) and case Q
(...)", and PC 851.91's list of the sections the offense catalog does not know read "this case
and cases B (PC 99999, arrested 2019-06-09, Los Angeles County), C (...)": one kind of list in
two forms, and in the second the titles' commas ran into the list's.  Both say it the first way
now, through one case_titles.listed_cases."""

from __future__ import annotations

from engine_builders import run


def test_b89_01_sealings_list_names_each_case_as_the_fire_camp_dismissal_does():
    from tests.eligibility.test_pc851_91 import _five_arrests

    s = run(*_five_arrests("99999"), as_of="2026-11-15")
    said = {d.case: d.reasons[-1].text for d in s.results if d.remedy == "pc851_91"}
    titles = {k: f"case {k} (PC 99999, arrested {day}, Los Angeles County)"
              for k, day in (("A", "2019-01-10"), ("B", "2019-06-09"), ("C", "2019-11-06"), ("D", "2020-04-04"), ("E", "2020-09-01"))}
    assert f"(PC 99999: this case, {titles['B']}, {titles['C']}, {titles['D']} and {titles['E']});" in said["A"], said["A"]
    assert f"(PC 99999: this case, {titles['A']}, {titles['B']}, {titles['D']} and {titles['E']});" in said["C"], said["C"]
    assert "cases " not in said["A"]


def test_b89_01_the_fire_camp_dismissals_terms_and_the_sealings_list_are_one_list():
    from clinic_app.case_titles import listed_cases
    from tests.eligibility.test_pc1203_4b import camp, prison

    # Given in the order Q, A, P: the others are said sorted, whatever the request's order.
    q = prison("11378", id="Q", judgment="2012-02-01", release="2013-01-15", supervision_end="2014-01-15")
    p = prison("11378", id="P", judgment="2008-02-01", release="2010-01-15", supervision_end="2012-01-15")
    d = camp(q, prison(), p)
    assert ("more than one jail or prison term (this case, case P (PC 11378, convicted 2008-02-01, Los Angeles County)"
            " and case Q (PC 11378, convicted 2012-02-01, Los Angeles County))") in d.reasons[0].text, d.reasons[0].text
    # The one function both say it with: a case without its own among them, and with one other.
    assert listed_cases([(q, None), (p, None)]) == ("case P (PC 11378, convicted 2008-02-01, Los Angeles County)"
                                                   " and case Q (PC 11378, convicted 2012-02-01, Los Angeles County)")
    assert listed_cases([(p, None), (q, None)], q) == "this case and case P (PC 11378, convicted 2008-02-01, Los Angeles County)"
