"""Y73-01: intake's line of a year alone follows its case when the cases change (the window's
steps are tested in tests/gui/test_year_alone_follows_its_case_y73.py): renamed to the case's
new place or number, taken out with a case removed; the rest of the notes as written."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Case, Client, Conviction, Person
from clinic_app.years_alone import years_alone_kept

LINE = "Case {}: probation end {}, the year alone (the day was not known at intake)."


def _case(key: str, number: str | None = None) -> Case:
    return Case(id=key, case_number=number, convictions=[Conviction(id=f"{key}-1", section="484(a)", level="misdemeanor")])


def _client(cases: list[Case], *lines: str) -> Client:
    return Client(id=1, name="Yara Anos", person=Person(dob=date(1985, 3, 14)), cases=cases, notes="\n".join(lines))


def test_a_number_changed_or_cleared_renames_the_line():
    before = _client([_case("c1", "21M05678"), _case("c2", "BA1")], "Left msg.", LINE.format("21M05678", 2019),
                     LINE.format("BA1", 2012))
    after = copy.deepcopy(before)
    after.cases[0].case_number, after.cases[1].case_number = "21M05679", None
    assert years_alone_kept(before, after).notes == "\n".join(
        ["Left msg.", LINE.format("21M05679", 2019), LINE.format("2 (no case number)", 2012)])
    assert after.notes == before.notes  # not changed itself


def test_lines_naming_no_case_of_before_are_as_written():
    # A case added in the step (its line names a place before had not), a line the user wrote
    # about a case as they name it, and a case removed whose number another case still has.
    before = _client([_case("c1", "BA1"), _case("c2", "BA1"), _case("c3")], LINE.format("BA1", 2019),
                     "Case 3 probation end 2015?", LINE.format("4 (no case number)", 2001))
    after = copy.deepcopy(before)
    del after.cases[0]
    after.cases.append(_case("c4"))
    assert years_alone_kept(before, after).notes == "\n".join(
        [LINE.format("BA1", 2019), "Case 3 probation end 2015?", LINE.format("4 (no case number)", 2001)])
    unchanged = copy.deepcopy(before)
    assert years_alone_kept(before, unchanged) is unchanged


def test_a_case_removed_takes_its_line_and_the_next_moves_up():
    before = _client([_case("c1"), _case("c2", "BA2"), _case("c3")], LINE.format("1 (no case number)", 2019),
                     LINE.format("BA2", 2015), LINE.format("3 (no case number)", 2012), "")
    after = copy.deepcopy(before)
    del after.cases[0]
    assert years_alone_kept(before, after).notes == "\n".join([LINE.format("BA2", 2015), LINE.format("2 (no case number)", 2012), ""])
    numbered = copy.deepcopy(before)
    del numbered.cases[1]
    assert years_alone_kept(before, numbered).notes == "\n".join(
        [LINE.format("1 (no case number)", 2019), LINE.format("2 (no case number)", 2012), ""])


def test_r362_01_a_line_of_a_year_counted_is_renamed_and_removed_with_its_case():
    """R362-01's line, "...; counted from “PROB 3 YRS”, ...", names its case by its place as the
    others do: a case removed before it moves it up, as R72 made intake's lines move."""
    from dataclasses import replace as _replace

    from clinic_app.years_alone import year_alone_line

    first, second = Case(id="a", county="Los Angeles"), Case(id="b", county="Los Angeles")
    counted = "counted from “PROB 3 YRS”, 3 years from a conviction in 2012: the client did not give this year"
    line = year_alone_line(second, 2, "probation end", 2015, counted)
    assert line == ("Case 2 (no case number): probation end 2015, the year alone (the day was not known at intake; "
                    f"{counted}).")
    before = Client(name="A B", person=Person(), notes=line, cases=[first, second])
    after = years_alone_kept(before, _replace(before, cases=[second]))
    assert after.notes == line.replace("Case 2", "Case 1")
    assert years_alone_kept(before, _replace(before, cases=[first])).notes == ""
