"""B87-01: beside a count whose conviction day the sentence says, the title of a case with no
court number said that day again: "A later conviction (PC 647(f), case B (convicted
2016-05-09, Los Angeles County), 2016-05-09)" (128 sentences in the 5,000-client demo caseload, seed 83, with every 5th
client's numbers blanked).  As the title leaves out the offense a
sentence names (B84-02's `named`), it leaves out the day a sentence says (`on`); a sentence that
does not say the day keeps it in the title."""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named, case_title
from clinic_app.wording import listed
from engine_builders import conviction, no_probation_case, probation_case, run


def _texts(screening, case: str, remedy: str) -> list[str]:
    d = next(d for d in screening.results if d.case == case and d.remedy == remedy)
    return [*(r.text for r in d.reasons), *d.next_steps]


def test_b87_01_a_title_beside_the_conviction_day_does_not_say_it_again():
    later = probation_case("647(f)", id="B", start="2016-05-09", end="2017-05-09")
    s = run(no_probation_case("415(1)", judgment="2015-02-10"), later)
    said = _texts(s, "A", "pc1203_4a")
    assert any(t.startswith("The record shows a later conviction: PC 647(f) in case B (Los Angeles County) on 2016-05-09. It is read as showing") for t in said), said
    assert "To confirm the route, find out when the offense was committed that led to the conviction of PC 647(f) in case B (Los Angeles County) on 2016-05-09: the complaint or the police report gives it." in said, said
    assert not any("convicted 2016-05-09, Los Angeles County" in t for t in said), said
    # A sentence that does not say the day keeps it in the title: it tells the case apart.
    assert "The person has other convictions: PC 647(f) in case B (convicted 2016-05-09, Los Angeles County). PC 1203.45 is generally for a single conviction." in _texts(s, "A", "pc1203_45")


def test_b87_01_the_day_is_left_out_only_where_it_is_the_titles_own():
    case = probation_case("647(f)", id="B", start="2016-05-09", end="2017-05-09")
    case.convictions.append(conviction("594", id="B2", convicted="2016-08-01"))
    first, second = case.convictions
    assert case_title(case, first, date(2016, 5, 9)) == "B (Los Angeles County)"
    # The case's title says its first conviction's day; beside its later count's day it keeps it.
    assert case_title(case, second, date(2016, 8, 1)) == "B (convicted 2016-05-09, Los Angeles County)"
    assert case_title(case, first) == "B (convicted 2016-05-09, Los Angeles County)"
    assert case_named(case, None, first, date(2016, 5, 9)) == "case B (Los Angeles County)"
    # A number typed where none was known is titled the same way (E83); a court's number is said as typed.
    case.case_number = "unknown"
    assert case_title(case, first, date(2016, 5, 9)) == "unknown (Los Angeles County)"
    case.case_number = "BA123456"
    assert case_title(case, first, date(2016, 5, 9)) == "BA123456"


def test_b87_02_sealings_list_of_sections_the_catalog_does_not_know_says_this_case():
    """PC 851.91's list of the sections the offense catalog does not know named every case that
    has one, the sealing's own among them, under that case's own heading: "PC 99999: cases A
    (PC 99999, arrested 2019-01-10, Los Angeles County), B (...), ...".  Its own case is "this
    case" now, as in B86-03's other sentences over the whole record."""
    from tests.eligibility.test_pc851_91 import _five_arrests

    s = run(*_five_arrests("99999"), as_of="2026-11-15")
    said = {d.case: d.reasons[-1].text for d in s.results if d.remedy == "pc851_91"}
    # Titled without the section they are listed under since B89-04.
    others = ["A (arrested 2019-01-10, Los Angeles County)", "B (arrested 2019-06-09, Los Angeles County)",
              "C (arrested 2019-11-06, Los Angeles County)", "D (arrested 2020-04-04, Los Angeles County)",
              "E (arrested 2020-09-01, Los Angeles County)"]
    # Said as PC 1203.4b says its terms since B89-01: "this case, case B (...) and case E (...)".
    assert said["A"].startswith(f"The offense catalog does not know some sections of this record (PC 99999: this case, {listed(['case ' + o for o in others[1:]])}); if they were"), said["A"]
    assert f"(PC 99999: this case, {listed(['case ' + o for o in others[:2] + others[3:]])});" in said["C"], said["C"]


def test_b87_02_a_count_naming_two_offenses_in_the_sealings_own_case_is_in_this_case():
    """A count naming two offenses is asked about by its case; the sealing's own arrest, under
    its own heading, "in this case" (it read "PC 243(e)(1)/(d) in case A (PC 243(e)(1)/(d),
    arrested 2024-01-10, Los Angeles County)" under A)."""
    from tests.eligibility.test_pc851_91 import arrest

    cases = [probation_case("243(e)(1)/(d)", id=i, start=day, end=None, status="completed") for i, day in (("B", "2021-05-01"), ("C", "2023-02-01"))]
    s = run(*cases, arrest("dismissed", when="2024-01-10", offenses=[("PC", "243(e)(1)/(d)")]), as_of="2026-11-15")
    said = next(d for d in s.results if d.remedy == "pc851_91" and d.case == "A").reasons[-1].text
    assert "PC 243(e)(1)/(d) in case B (convicted 2021-05-01, Los Angeles County) names two offenses (" in said, said
    assert "; PC 243(e)(1)/(d) in this case names two offenses (PC 243(e)(1) and PC 243(d)), and the record does not say which one the arrest is for;" in said, said
    assert "case A" not in said
