"""F109-04: the report's "Remedy by remedy (convictions, or cases for case-level remedies)" did not
say which remedies are case-level: "Early termination of probation (PC 1203.3): eligible 136"
and "Petition to seal an arrest (PC 851.91): 204" are cases, the rows around them convictions,
and a director summing a client's relief could not tell; the JSON's counts said neither.  Each
row counted by case now says so, and the JSON names each remedy's unit, as the screenings count
them (a case-level result names no conviction)."""

from __future__ import annotations

import json

from clinic_app.eligibility import remedy_title
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_f109_04_the_remedies_counted_by_case_say_so(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    assert clinic_app("demo", "--db", db, "--clients", "60", "--seed", "5").returncode == 0
    assert clinic_app("rescreen", "--db", db).returncode == 0
    with Repository.open(db) as repo:
        by_case = {remedy: conviction is None for _line, screening in repo.counted_screenings() if screening
                   for _case, conviction, remedy, status in screening.results if status != "not_applicable"}
    counts = json.loads(clinic_app("report", "--db", db, "--json").stdout)
    assert counts["remedy_counts_of"] == {key: "cases" if by_case[key] else "convictions" for key in counts["remedies"]}
    assert {"pc1203_3", "pc851_91"} <= {key for key, case in by_case.items() if case} and not by_case["pc1203_4"]
    table = clinic_app("report", "--db", db).stdout.split("Remedy by remedy", 1)[1].split("\n\n", 1)[0]
    assert "(convictions; cases where a title says \"by case\")" in table.splitlines()[0]
    for key in counts["remedies"]:
        (line,) = [line for line in table.splitlines() if line.strip().startswith(remedy_title(key))]
        assert ("by case" in line) == by_case[key], line
