"""E83-01: the screening's own sentences named a case by its number, and a number typed where it
was not known ("unknown", R46-06) is shared: "The person is on probation in case unknown through
2027-06-20" and "Ask the court to end probation early in case unknown" did not say which of the
client's "unknown" cases (W80, Z81).  Such a case is now named as its title names it
(clinic_app/case_titles.py: offense, day, county).  A case with a court number, or a number left
blank, is named as before; the JSON keeps the case's key in `case` (FORMAT.md)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from clinic_app import cli
from clinic_app.eligibility import screen
from clinic_app.model import Case, Conviction, Person, Probation, ScreeningRequest, Sentence
from clinic_app.screening_format import request_to_dict

AS_OF = date(2026, 12, 4)
DUI_TITLE = "unknown (VC 23152(a), convicted 2024-06-20, Los Angeles County)"


def _case(key: str, number: str | None, convicted: date, section: str, code: str = "PC", ends: date | None = None) -> Case:
    ends = ends or convicted.replace(year=convicted.year + 1)
    over = ends <= AS_OF
    return Case(id=key, case_number=number, county="Los Angeles", disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", code=code, section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=over,
                                  probation=Probation(kind="summary", start=convicted, end=ends,
                                                      status="completed" if over else "active")))


def walk_in(dui_number: str | None = "unknown") -> list[Case]:
    """A 2015 theft and a 2016 public drunkenness done with, and a 2024 DUI on probation until 2027-06-19,
    all three numbered "unknown"."""
    return [_case("c1", "unknown", date(2015, 3, 2), "484(a)"), _case("c2", "unknown", date(2016, 5, 9), "647(f)"),
            _case("c3", dui_number, date(2024, 6, 20), "23152(a)", "VC", ends=date(2027, 6, 19))]


def _texts(screening, case_id: str) -> list[str]:
    return [t for d in screening.results if d.case == case_id
            for t in [*(r.text for r in d.reasons), *d.next_steps]]


def test_e83_01_another_unknown_case_is_named_by_what_the_record_holds():
    screening = screen(Person(dob=date(1980, 1, 2), us_citizen=True), walk_in(), AS_OF)
    theft = _texts(screening, "c1")
    assert any(f"in case {DUI_TITLE}" in t for t in theft), theft
    assert not any(re.search(r"case unknown(?! \()", t) for t in theft), theft
    # Every status, date and key is what it was: only the words name the case.
    assert {d.case for d in screening.results} == {"c1", "c2", "c3"}


def test_e83_01_a_case_with_a_court_number_is_named_by_it_as_before():
    screening = screen(Person(dob=date(1980, 1, 2), us_citizen=True), walk_in("LAM4CR01234"), AS_OF)
    theft = _texts(screening, "c1")
    assert any("in case LAM4CR01234" in t for t in theft), theft
    assert not any("LAM4CR01234 (VC" in t for t in theft), theft


def request_file(tmp_path, cases: list[Case]) -> Path:
    """The walk-in's request as `clinic-app screen` reads it, written by the program's own
    serializer (screening_format.request_to_dict), in `tmp_path`."""
    request = ScreeningRequest(person=Person(dob=date(1980, 1, 2), us_citizen=True), cases=cases, as_of=AS_OF)
    path = tmp_path / "request.json"
    path.write_text(json.dumps(request_to_dict(request)))
    return path


def test_e83_01_the_cli_json_and_text_name_it_and_keep_the_key(tmp_path, capsys):
    cases = walk_in()
    path = request_file(tmp_path, cases)
    assert cli.main(["screen", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {r["case"] for r in result["results"]} == {"c1", "c2", "c3"}  # the key, as FORMAT.md has it
    said = [r["text"] for row in result["results"] if row["case"] == "c1" for r in row["reasons"]]
    assert any(DUI_TITLE in t for t in said), said
    assert cli.main(["screen", str(path), "--format", "text"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert f"in case {DUI_TITLE}" in text
