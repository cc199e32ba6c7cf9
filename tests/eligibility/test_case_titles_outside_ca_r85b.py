"""R85b-01: a case from another state or a federal court, with no court number, was titled with
a California county it was never heard in.  FORMAT.md's county defaults to Los Angeles when a
request gives none, and a Nevada case from `clinic-app screen` was headed "CASE c1  (convicted
2019-01-05, NRS 205.240, Los Angeles County, NV)" (B84-01; before it, "CASE c1  (NV)"), and
named by another case's sentence "case unknown (convicted 2017-08-19, Los Angeles County, NV)".
The text report named such a case by its jurisdiction alone (O21-07), as the handout's cards do
(they name a county only for a California case): so does its title now."""

from __future__ import annotations

import json
from datetime import date

from clinic_app import cli
from clinic_app.case_titles import case_heading, case_title, case_title_day_first
from clinic_app.model import Case, Conviction

ON = date(2019, 1, 5)


def _nevada(number: str | None, county: str | None = "Los Angeles") -> Case:
    return Case(id="c1", case_number=number, jurisdiction="NV", county=county, disposition_date=ON,
                convictions=[Conviction(id="c1-1", code="other", section="NRS 205.240", level="misdemeanor", conviction_date=ON)])


def test_r85b_01_a_case_of_another_state_is_titled_by_its_state_not_a_california_county():
    left_blank, not_known = _nevada(None), _nevada("unknown")
    assert case_heading(left_blank) == "c1 (NRS 205.240, convicted 2019-01-05, NV)"
    assert case_title_day_first(left_blank) == "c1 (convicted 2019-01-05, NRS 205.240, NV)"
    assert case_title(not_known) == "unknown (NRS 205.240, convicted 2019-01-05, NV)"
    # A California case keeps its county.
    california = _nevada(None)
    california.jurisdiction = "CA"
    assert case_heading(california) == "c1 (NRS 205.240, convicted 2019-01-05, Los Angeles County)"


def test_r85b_01_the_text_report_heads_a_nevada_case_without_los_angeles(tmp_path, capsys):
    request = {"as_of": "2026-12-04", "person": {"dob": "1980-01-02", "us_citizen": True},
               "cases": [{"id": "c1", "jurisdiction": "NV", "disposition_date": ON.isoformat(),
                          "convictions": [{"id": "c1-1", "code": "other", "section": "NRS 205.240",
                                           "level": "misdemeanor", "conviction_date": ON.isoformat()}],
                          "sentence": {"type": "no_probation", "judgment_date": ON.isoformat(), "completed": True}}]}
    path = tmp_path / "request.json"
    path.write_text(json.dumps(request))
    assert cli.main(["screen", str(path), "--format", "text"]) == 0
    text = capsys.readouterr().out
    heading = next(line for line in text.splitlines() if line.startswith("CASE c1"))
    assert heading == "CASE c1  (convicted 2019-01-05, NRS 205.240, NV)  - convicted", heading
