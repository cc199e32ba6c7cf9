"""R85b-02: a case number of spaces alone ("   ", as a spreadsheet's empty cell can export it)
was read as a number typed where it was not known (E83-01) and printed as one: the other case's
sentences said "The person is on probation in case     (PC 484(a), convicted 2015-03-02, Los
Angeles County)" and `clinic-app screen --format text` headed it "CASE c2  (   , convicted
2015-03-02, ...)".  A number of spaces is a number left blank: the request reads it as none, so
the case is "c2", headed by what the record holds (B84-01), as a blank one is."""

from __future__ import annotations

import json

from clinic_app import cli
from clinic_app.screening_format import read_request


def _request() -> dict:
    return {"as_of": "2026-12-04", "person": {"dob": "1980-01-02", "us_citizen": True}, "cases": [
        {"id": "c1", "case_number": "BA100001", "disposition_date": "2016-03-02",
         "convictions": [{"id": "c1-1", "code": "PC", "section": "647(f)", "level": "misdemeanor", "conviction_date": "2016-03-02"}],
         "sentence": {"type": "no_probation", "judgment_date": "2016-03-02", "completed": True}},
        {"id": "c2", "case_number": "   ", "disposition_date": "2015-03-02",
         "convictions": [{"id": "c2-1", "code": "PC", "section": "484(a)", "level": "misdemeanor", "conviction_date": "2015-03-02"}],
         "sentence": {"type": "probation", "judgment_date": "2015-03-02", "imposition_suspended": True, "completed": False,
                      "probation": {"kind": "summary", "start": "2015-03-02", "end": "2028-03-02", "status": "active"}}}]}


def test_r85b_02_a_number_of_spaces_is_read_as_none():
    request = read_request(_request())
    assert [case.case_number for case in request.cases] == ["BA100001", None]


def test_r85b_02_the_sentences_and_the_heading_name_it_as_a_case_left_blank(tmp_path, capsys):
    path = tmp_path / "request.json"
    path.write_text(json.dumps(_request()))
    assert cli.main(["screen", str(path), "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "CASE c2  (convicted 2015-03-02, PC 484(a), Los Angeles County)  - convicted" in text, text[:3000]
    assert "in case c2 (PC 484(a), convicted 2015-03-02, Los Angeles County) through 2028-03-02" in " ".join(text.split()), text
    assert "case    " not in text
