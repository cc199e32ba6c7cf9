"""S154-05: `clinic-app report` says, in its text and JSON, how many clients still wait (eligible
on a later date, or blocked for now) and what they wait for ("probation to end 29", "fines to pay
16", F122-04), the count a funder asks; its spreadsheet (`--csv`, and the window's Save as
"Spreadsheet (*.csv)") had none of it, so a paralegal copied it from the text by hand.  The rows
are there now, in the text's words and numbers."""

from __future__ import annotations

import json

from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file, to_file_later
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows

WAITING = "Still waiting (eligible on a later date, or blocked for now)"
WAIT_FOR = "Still waiting, by what they wait for (a client may be counted more than once)"


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_clients([to_file(), to_file_later(), to_file_later("Fabiola Filing")])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    return db


def test_s154_05_the_spreadsheet_says_who_still_waits_and_for_what(tmp_path):
    db = _caseload(tmp_path)
    counted = json.loads(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--json").stdout)
    assert counted["waiting_for"] == {"probation to end": 2}

    text = clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat()).stdout
    assert f"{WAITING}: 2 clients" in text

    rows = _rows(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--csv").stdout)
    assert _number(rows, WAITING, "Clients") == 2
    assert _number(rows, WAIT_FOR, "Probation to end") == 2
    # Each thing waited for in the JSON is a row, with its number.
    said = {row[1]: int(row[2]) for row in rows if row[0] == WAIT_FOR}
    assert said == {words[0].upper() + words[1:]: n for words, n in counted["waiting_for"].items()}


def test_s154_05_none_waiting_is_a_zero_not_a_missing_row(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(to_file())
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    rows = _rows(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--csv").stdout)
    assert _number(rows, WAITING, "Clients") == 0
    assert not [row for row in rows if row[0] == WAIT_FOR]
