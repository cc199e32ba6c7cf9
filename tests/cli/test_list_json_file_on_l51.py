"""L51: `clinic-app list --json` says the day a petition can be filed after automatic relief
(ClientSummary.file_on, J50's "Automatic; file on <day>" in the window's list): a
paralegal's export or script saw id, name and date of birth only, so the petition's day,
which `--to-file-within` found the client by, was nowhere in what it wrote."""

from __future__ import annotations

import json

from db.repository import Repository
from tests.automatic_relief import (arrest_relief_later, arrest_relief_later_petition_after, arrest_relief_now_petition_soon,
                                    to_file)
from tests.cli.test_cli import clinic_app


def test_l51_list_json_says_the_petitions_day_after_automatic_relief(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        nadia, teodoro, armando, fernanda = (repo.add_client(make()) for make in (
            arrest_relief_now_petition_soon, arrest_relief_later_petition_after, arrest_relief_later, to_file))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    result = clinic_app("list", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    file_on = {line["id"]: line["file_on"] for line in map(json.loads, result.stdout.splitlines())}
    assert file_on == {
        nadia: "2026-12-21",    # eligible now by PC 851.93 alone, her 1203.4 petition from that day
        teodoro: "2031-07-01",  # 851.93 on 2030-09-29, then his 1203.4 petition
        armando: None,          # automatic relief alone, no petition after it
        fernanda: None,         # a petition to file now: "File now", no day to diarise
    }
    # The day the client is found by is the day the line says.
    within = clinic_app("list", "--db", str(db), "--json", "--as-of", "2026-12-02", "--to-file-within", "30")
    assert [json.loads(line) for line in within.stdout.splitlines()] == [
        {"id": nadia, "name": "Nadia Ahora", "dob": "1990-12-15", "file_on": "2026-12-21", "eligible_on": None}]
    assert "file_on" in clinic_app("list", "--help").stdout
