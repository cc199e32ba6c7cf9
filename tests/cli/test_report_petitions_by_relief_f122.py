"""F122-02: the report said the petitions filed by ruling ("granted 4"), and not of which
relief: a funder asks how many arrests were sealed and how many convictions dismissed, and the
director had to count them client by client.  The report now counts the petitions relief by
relief, filed and by ruling, and says the arrests sealed; `--json` has them too."""

from __future__ import annotations

import json
import re
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import AS_OF, arrest_relief_only, to_file
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        sealed, denied, dismissed = arrest_relief_only(), arrest_relief_only("Dora Denied"), to_file()
        sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 9, 1), ruling="granted", ruling_on=date(2026, 11, 2))]
        denied.cases[0].petitions = [Petition("pc851_91", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 2)),
                                     Petition("pc851_91", date(2026, 11, 20))]
        dismissed.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="granted", ruling_on=date(2026, 10, 5))]
        repo.add_clients([sealed, denied, dismissed])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    return db


def _row(text: str, relief: str) -> list[int]:
    return [int(n) for n in re.search(rf"^  {re.escape(relief)} +(\d+) +(\d+) +(\d+) +(\d+) +(\d+)$", text, re.M).groups()]


def test_f122_02_the_petitions_are_counted_relief_by_relief(tmp_path):
    text = clinic_app("report", "--db", _caseload(tmp_path)).stdout
    assert re.search(r"^  By relief asked for +filed +awaiting +granted +denied +withdrawn$", text, re.M)
    assert _row(text, "PC 1203.4 dismissal") == [1, 0, 1, 0, 0]
    assert _row(text, "PC 851.91 seal the arrest") == [3, 1, 1, 1, 0]
    assert "  Arrests sealed (PC 851.91 petitions granted): 1\n" in text


def test_f122_02_the_rows_fit_80_columns(tmp_path):
    text = clinic_app("report", "--db", _caseload(tmp_path)).stdout
    block = text[text.index("Petitions filed"):text.index("Languages")]
    assert max(map(len, block.splitlines())) <= 80


def test_f122_02_json_has_the_petitions_by_relief(tmp_path):
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path), "--json").stdout)
    assert counts["petitions_by_relief"] == {
        "pc1203_4": {"filed": 1, "awaiting": 0, "granted": 1, "denied": 0, "withdrawn": 0},
        "pc851_91": {"filed": 3, "awaiting": 1, "granted": 1, "denied": 1, "withdrawn": 0},
    }
    assert counts["petitions_filed"]["filed"] == 4  # the totals, as before


def test_f122_02_no_petition_no_table(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(to_file())
    assert "By relief" not in clinic_app("report", "--db", db).stdout


def test_f122_02_at_60_columns_each_reliefs_counts_go_under_it():
    from collections import Counter

    from clinic_app.report import Report, report_text

    report = Report(event=None, clients=1, petitions=Counter({"granted": 2, "clients": 1}),
                    by_relief=Counter({("pc17b", "filed"): 1, ("pc17b", "granted"): 1,
                                       ("pc1203_4", "filed"): 1, ("pc1203_4", "granted"): 1}))
    lines = report_text(report, width=60).splitlines()
    assert max(map(len, lines)) <= 60
    at = lines.index("  PC 17(b) reduce to misdemeanor")
    assert lines[at + 1].split() == ["1", "0", "1", "0", "0"]
