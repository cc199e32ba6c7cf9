"""B87-01: beside a count whose conviction day the sentence says, the title of a case with no
court number said that day again: "A later conviction (PC 647(f), case B (convicted
2016-05-09, Los Angeles County), 2016-05-09)" (128 sentences in the 5,000-client demo caseload, seed 83, with every 5th
client's numbers blanked).  As the title leaves out the offense a
sentence names (B84-02's `named`), it leaves out the day a sentence says (`on`); a sentence that
does not say the day keeps it in the title."""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named, case_title
from engine_builders import conviction, no_probation_case, probation_case, run


def _texts(screening, case: str, remedy: str) -> list[str]:
    d = next(d for d in screening.results if d.case == case and d.remedy == remedy)
    return [*(r.text for r in d.reasons), *d.next_steps]


def test_b87_01_a_title_beside_the_conviction_day_does_not_say_it_again():
    later = probation_case("647(f)", id="B", start="2016-05-09", end="2017-05-09")
    s = run(no_probation_case("415(1)", judgment="2015-02-10"), later)
    said = _texts(s, "A", "pc1203_4a")
    assert any(t.startswith("A later conviction (PC 647(f), case B (Los Angeles County), 2016-05-09) is read as showing") for t in said), said
    assert "To confirm the route, find out when the offense in case B (Los Angeles County) (PC 647(f), convicted 2016-05-09) was committed: the complaint or the police report gives it." in said, said
    assert not any("convicted 2016-05-09, Los Angeles County" in t for t in said), said
    # A sentence that does not say the day keeps it in the title: it tells the case apart.
    assert "The person has other convictions (PC 647(f) in case B (convicted 2016-05-09, Los Angeles County)); PC 1203.45 is generally for a single conviction." in _texts(s, "A", "pc1203_45")


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
