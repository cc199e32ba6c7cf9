"""B118-03: `list --probation-ended` finds who may file for PC 1203.4 now; a client whose other
probation runs on was listed by the one that ended alone, as if free to file."""

from __future__ import annotations

import copy
import json
from datetime import date

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client


def _two_grants(tmp_path):
    db = tmp_path / "caseload.sqlite"
    client = probation_client("Marisol Prueba", case_number="6MT00002", probation_end=date(2027, 6, 15))
    felony = copy.deepcopy(client.cases[0])
    felony.id, felony.case_number = "c2", "BA200001"
    felony.convictions[0].id = "c2-1"
    felony.sentence.probation.end = date(2028, 3, 1)
    client.cases.append(felony)
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(client)
        repo.add_client(probation_client("Ana Ended", case_number="BA100001", probation_end=date(2027, 6, 30)))
    return db


def test_b118_03_a_line_says_the_probation_that_runs_on(tmp_path):
    db = _two_grants(tmp_path)
    result = clinic_app("list", "--db", db, "--probation-ended", "2027-06", "--as-of", "2027-07-10")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ("2\tAna Ended\t1985-03-14\tprobation ended 2027-06-30 (case BA100001)\n"
                             "1\tMarisol Prueba\t1985-03-14\tprobation ended 2027-06-15 (case 6MT00002); "
                             "another runs to 2028-03-01 (case BA200001)\n")
    lines = [json.loads(line) for line in clinic_app("list", "--db", db, "--probation-ended", "2027-06", "--as-of",
                                                      "2027-07-10", "--json").stdout.splitlines()]
    assert [(line["id"], line["probation_ended"], line["probation_runs_to"]) for line in lines] == [
        (2, "2027-06-30", None), (1, "2027-06-15", "2028-03-01")]


def test_b118_03_once_the_last_grant_ended_its_line_is_as_before(tmp_path):
    db = _two_grants(tmp_path)
    result = clinic_app("list", "--db", db, "--probation-ended", "2028-03", "--as-of", "2028-04-01")
    assert result.stdout == "1\tMarisol Prueba\t1985-03-14\tprobation ended 2028-03-01 (case BA200001)\n"
