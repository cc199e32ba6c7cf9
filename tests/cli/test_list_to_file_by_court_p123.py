"""P123-01: the paralegal filing an event's petitions listed its clients "to file"
(`clinic-app list --event ... --outcome eligible_now_to_file`) and got names and dates of birth
only: what to file, on which case and in which court, was found by opening each client.  Each
line now ends with the petitions still to file, by case and court; one filed already is the
court's, not said again."""

from __future__ import annotations

import copy
import json
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


def test_p123_list_to_file_says_what_to_file_by_case_and_court(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        client = to_file("Rosa Dos Casos")
        second = copy.deepcopy(client.cases[0])
        second.id, second.case_number, second.county = "b", "30-2015-00123", "Orange"
        client.cases.append(second)
        client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 20)))
        repo.add_client(client)
        granted = to_file("Gloria Granted")
        granted.cases[0].petitions.append(Petition("pc1203_4", date(2026, 10, 1), ruling="granted", ruling_on=date(2026, 11, 30)))
        repo.add_client(granted)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    result = clinic_app("list", "--db", str(db), "--outcome", "eligible_now_to_file")
    assert result.returncode == 0, result.stderr
    # Filed and granted, its relief not yet on the count: still on the list, by what the court did.
    assert [line.split("\t")[1:2] + line.split("\t")[3:] for line in result.stdout.splitlines()] == [
        ["Gloria Granted", "Granted 2026-11-30: record the relief on the count"],
        ["Rosa Dos Casos", "case 30-2015-00123, Orange County, CA: PC 1203.4 dismissal"]]
    listed = clinic_app("list", "--db", str(db), "--outcome", "eligible_now_to_file", "--json")
    assert [(line["to_file"], line.get("court")) for line in map(json.loads, listed.stdout.splitlines())] == [
        (None, "Granted 2026-11-30: record the relief on the count"),
        ("case 30-2015-00123, Orange County, CA: PC 1203.4 dismissal", None)]
