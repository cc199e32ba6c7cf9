"""G63-05: after an intake day, a client with no case entered yet is screened "Nothing
available" (nothing to screen), and the window lists them under "Cases still to enter"; the
report said each "Nothing available" with no word of it, as if screened and found to have no
relief, nothing to be done for them.  It now says them apart under the outcome, as "convictions still to type" is under needs review (R61-01)."""

from __future__ import annotations

import json
import re

from clinic_app.model import Client
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path, *clients):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_clients(list(clients))
    assert clinic_app("rescreen", "--db", str(db)).returncode == 0
    return db


def test_g63_05_the_report_says_apart_those_with_no_case_entered(tmp_path):
    db = _caseload(tmp_path, Client(name="Nadia Nueva"), Client(name="Iris Intake", language="es"), to_file())
    text = clinic_app("report", "--db", str(db)).stdout
    lines = text.splitlines()
    under = lines.index(next(line for line in lines if line.strip().startswith("Nothing available")))
    assert re.fullmatch(r"  Nothing available +2", lines[under])
    assert re.fullmatch(r"    no case entered yet +2", lines[under + 1])
    assert len(clinic_app("list", "--db", str(db), "--outcome", "to_enter").stdout.splitlines()) == 2
    counts = json.loads(clinic_app("report", "--db", str(db), "--json").stdout)
    assert counts["outcomes"]["nothing_available"] == 2 and counts["nothing_available_no_case_entered"] == 2


def test_g63_05_a_caseload_with_every_case_entered_reads_as_before(tmp_path):
    db = _caseload(tmp_path, to_file())
    assert "no case entered yet" not in clinic_app("report", "--db", str(db)).stdout
