"""G63-04: the report's court lines count clients ("filed, awaiting the court": a client whose
every petition to file now is filed), and the JSON named them "petitions": a client with a
petition denied and filed again, beside one with a petition awaiting the court, read as 1
petition "filed" where 3 were, and the denial nowhere.  The report now counts the petitions
themselves, by the court's ruling, and says they are petitions, not people."""

from __future__ import annotations

import json
import re
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app

TODAY = date(2026, 11, 22)


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        again = to_file("Dana Denegada")
        again.cases[0].petitions = [Petition("pc1203_4", date(2026, 6, 1), ruling="denied", ruling_on=date(2026, 8, 1)),
                                    Petition("pc1203_4", date(2026, 9, 1))]
        waiting = to_file("Walter Waiting")
        waiting.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 1), hearing_on=date(2026, 12, 10))]
        waiting.event = "Compton fair"
        repo.add_clients([again, waiting, to_file("Nadia Nothing Filed")])
    assert clinic_app("rescreen", "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    return db


def _count(text: str, words: str) -> int:
    return int(re.search(rf"^  {re.escape(words)} +(\d+)$", text, re.M).group(1))


def test_g63_04_the_report_counts_the_petitions_filed_by_ruling(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout
    assert "Petitions filed: 3 (petitions, not people; of 2 clients)" in text
    assert (_count(text, "awaiting the court's ruling"), _count(text, "granted"), _count(text, "denied")) == (2, 0, 1)
    counts = json.loads(clinic_app("report", "--db", str(db), "--json").stdout)
    assert counts["petitions_filed"] == {"filed": 3, "awaiting": 2, "granted": 0, "denied": 1, "withdrawn": 0, "clients": 2}
    assert counts["petitions"]["filed"] == 2  # clients, as before: each with every petition to file now filed


def test_g63_04_an_events_report_counts_its_clients_petitions(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", str(db), "--event", "Compton fair").stdout
    assert "Petitions filed: 1 (petitions, not people; of 1 client)" in text


def test_g63_04_a_caseload_with_none_filed_says_nothing_of_them(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(to_file())
    assert "Petitions filed" not in clinic_app("report", "--db", str(db)).stdout
