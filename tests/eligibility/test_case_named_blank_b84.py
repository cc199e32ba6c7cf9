"""B84-01: a case whose number was left blank (the demo caseload has 587 of them, in 548 of
5,000 clients) was headed by its record's key alone: "CASE c3  (Los Angeles)" in `clinic-app
screen --format text`, "Case c3 — Los Angeles County, CA" on the worksheet.  Neither a paralegal
nor a client can tell which case "c3" is.  Its heading now says what the record holds, as a case
numbered "unknown" does (clinic_app/case_titles.case_heading): "c3 (VC 23152(a), convicted
2024-06-20, Los Angeles County)".  The screening's sentences still name it "case c3", the first
word of its heading; the JSON keeps the key in `case` (FORMAT.md)."""

from __future__ import annotations

import json

from clinic_app import cli
from clinic_app.case_titles import case_heading, case_title, case_title_day_first
from tests.eligibility.test_case_named_e83 import AS_OF, request_file, walk_in

DUI_TITLE = "c3 (VC 23152(a), convicted 2024-06-20, Los Angeles County)"


def blank_walk_in():
    """E83's walk-in (a 2015 theft, a 2016 PC 647(f), a 2024 DUI on probation until 2027-06-19),
    every number left blank."""
    cases = walk_in()
    for case in cases:
        case.case_number = None
    return cases


def test_b84_01_a_case_left_blank_is_headed_by_what_the_record_holds():
    cases = blank_walk_in()
    assert case_heading(cases[2]) == DUI_TITLE
    assert case_title_day_first(cases[2]) == "c3 (convicted 2024-06-20, VC 23152(a), Los Angeles County)"
    # The sentences' name for it is the first word of its heading.
    assert case_title(cases[2]) == DUI_TITLE


def test_b84_01_the_cli_json_keeps_the_key_and_the_text_report_heads_the_case_by_what_it_holds(tmp_path, capsys):
    cases = blank_walk_in()
    path = request_file(tmp_path, cases)
    assert cli.main(["screen", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {r["case"] for r in result["results"]} == {"c1", "c2", "c3"}
    assert cli.main(["screen", str(path), "--format", "text"]) == 0
    text = capsys.readouterr().out
    # The heading says what the key stands for; the report's lines name the case by the key under it.
    assert "CASE c3  (convicted 2024-06-20, VC 23152(a), Los Angeles County)  - convicted" in text, text[:3000]
    assert "CASE c1  (convicted 2015-03-02, PC 484(a), Los Angeles County)  - convicted" in text
