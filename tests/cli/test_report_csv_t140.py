"""T140-02: a paralegal copying a month's figures into a funder's spreadsheet had the report as
text or JSON, neither of which a spreadsheet opens as rows.  `clinic-app report --csv` (and the
window's Save, as "Spreadsheet (*.csv)") writes one count a row, section, what is counted,
number, under the report's head, in UTF-8 with the byte-order mark Excel needs to read "—"
and "í"; a cell a spreadsheet would run as a formula is kept as text."""

from __future__ import annotations

import csv
import io
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import AS_OF, arrest_relief_only, to_file
from tests.cli.test_cli import clinic_app

EVENT = "Clínica — Pomona, 2026-11-07"


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        sealed, dismissed, walk_in = arrest_relief_only(), to_file(), arrest_relief_only("Wanda Walk-in")
        sealed.event = dismissed.event = EVENT
        sealed.language = "es"
        walk_in.event = "+1 Saturday"
        sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 11, 9), ruling="granted", ruling_on=date(2026, 11, 20))]
        repo.add_clients([sealed, dismissed, walk_in])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    return db


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # Excel reads UTF-8 by it
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def _number(rows, section: str, counted: str) -> int:
    (number,) = [row[2] for row in rows if row[:2] == [section, counted]]
    return int(number)


def test_t140_02_a_months_report_as_rows_for_a_spreadsheet(tmp_path):
    result = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-11", "--csv")
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    assert rows[0] == ["Section", "Counted", "Number"]
    assert all(len(row) == 3 for row in rows)
    assert ["Report", "Petitions and rulings of", "2026-11-01 to 2026-11-30"] in rows
    assert ["Report", "Note", "Counts only: no client is named. Screening results, not legal advice."] in rows
    assert any(row[:2] == ["Report", "Rules"] and row[2].startswith("2026.") for row in rows)
    # An event's name with its comma, accents and dash, whole in its one cell.
    assert _number(rows, "People by clinic event", EVENT) == 2
    assert _number(rows, "People by clinic event", "'+1 Saturday") == 1  # text, not a formula
    assert _number(rows, "Languages", "Spanish") == 1
    assert _number(rows, "Petitions filed 2026-11-01 to 2026-11-30", "Filed") == 1
    assert _number(rows, "Rulings made 2026-11-01 to 2026-11-30", "Granted") == 1
    assert _number(rows, "Petitions filed 2026-11-01 to 2026-11-30, by relief asked for", "PC 851.91 seal the arrest: granted") == 1
    # The totals add up: each person in one outcome, one language, one event.
    people = _number(rows, "People", "People")
    for section in ("Where people stand (best outcome of each)", "Languages", "People by clinic event"):
        assert sum(int(row[2]) for row in rows if row[0] == section) == people == 3


def test_t140_02_csv_and_json_are_one_or_the_other(tmp_path):
    result = clinic_app("report", "--db", _caseload(tmp_path), "--csv", "--json")
    assert result.returncode == 2
    assert "not allowed with" in result.stderr
