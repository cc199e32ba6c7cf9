"""Z119-02: `list --probation-ended 2027-06` listed a client whose probation on 6MT00002 ended
2027-06-15 by that alone, "probation ended 2027-06-15 (case 6MT00002)", though her probation on
BA200001 has no end date recorded and may well run on: B118-03 said another grant only by its
day.  The line now says it ("; another, case BA200001, has no end date recorded";
probation_end_not_recorded in --json), and the window's "Probation ended last month" line in the
same words (tests/gui/test_probation_ended_runs_on_said_z119.py); a grant marked completed is
not said."""

from __future__ import annotations

import copy
import json
from datetime import date

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client


def _no_end(name, ended, *, status=None):
    client = probation_client(name, case_number="6MT00002", probation_end=ended)
    felony = copy.deepcopy(client.cases[0])
    felony.id, felony.case_number = "c2", "BA200001"
    felony.convictions[0].id = "c2-1"
    felony.sentence.probation.end = None
    felony.sentence.probation.status = status
    client.cases.append(felony)
    return client


def test_z119_02_a_line_says_the_probation_with_no_end_recorded(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(_no_end("Marisol Prueba", date(2027, 6, 15)))
        repo.add_client(_no_end("Lena Done", date(2027, 6, 20), status="completed"))
    result = clinic_app("list", "--db", db, "--probation-ended", "2027-06", "--as-of", "2027-07-10")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ("2\tLena Done\t1985-03-14\tprobation ended 2027-06-20 (case 6MT00002)\n"
                             "1\tMarisol Prueba\t1985-03-14\tprobation ended 2027-06-15 (case 6MT00002); "
                             "another, case BA200001, has no end date recorded\n")
    lines = [json.loads(line) for line in clinic_app("list", "--db", db, "--probation-ended", "2027-06", "--as-of",
                                                      "2027-07-10", "--json").stdout.splitlines()]
    assert [(line["id"], line["probation_runs_to"], line["probation_end_not_recorded"]) for line in lines] == [
        (2, None, []), (1, None, ["BA200001"])]


def test_z119_02_two_grants_with_no_end_and_one_without_a_number():
    from clinic_app.probation_ended import OthersRunning, said

    day, today = date(2027, 6, 15), date(2027, 7, 10)
    assert said(day, "6MT00002", today, OthersRunning(no_end=(None,))) == (
        "probation ended 2027-06-15 (case 6MT00002); another has no end date recorded")
    assert said(day, "6MT00002", today, OthersRunning((date(2028, 3, 1), "BA200001"), ("BA200002", "BA200003"))) == (
        "probation ended 2027-06-15 (case 6MT00002); another runs to 2028-03-01 (case BA200001); "
        "2 others, cases BA200002 and BA200003, have no end date recorded")
