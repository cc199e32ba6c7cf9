"""R385-02: `list --outstanding --probation-ended` with `--eligible-within` (or `--to-file-within`):
a line whose only outstanding item was the probation its words say (R380-03 leaves it out) lost
its Outstanding column, so its "eligible on" day stood in that column, where the next line's
says "restitution $400": a spreadsheet (or `cut -f5`) read the day as what the client owes.
The column is kept, empty, as the window's Outstanding cell is."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Money
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_list_probation_ended_runs_on_b118 import _two_grants
from tests.gui.conftest import probation_client


def test_r385_02_a_line_with_nothing_else_outstanding_keeps_its_column(tmp_path):
    db = _two_grants(tmp_path)
    owes = probation_client("Rita Owes", case_number="6MT00003", probation_end=date(2027, 6, 20),
                            restitution_ordered=500, restitution_paid=100)
    runs_on = copy.deepcopy(owes.cases[0])  # a grant that runs on: eligible on a day to come, as Marisol
    runs_on.id, runs_on.case_number, runs_on.convictions[0].id = "c2", "BA200003", "c2-1"
    runs_on.sentence.probation.end, runs_on.money = date(2028, 1, 1), Money()
    owes.cases.append(runs_on)
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(owes)
    assert clinic_app("rescreen", "--db", db, "--as-of", "2027-07-10").returncode == 0
    listed = clinic_app("list", "--db", db, "--outstanding", "--probation-ended", "2027-06", "--eligible-within", "400",
                        "--as-of", "2027-07-10")
    assert listed.returncode == 0, listed.stderr
    lines = {line.split("\t")[1]: line.split("\t") for line in listed.stdout.splitlines()}
    assert lines["Rita Owes"][4].startswith("restitution")
    assert lines["Marisol Prueba"][4] == ""  # said in the probation's words, column 4 (R380-03)
    assert lines["Marisol Prueba"][5] == "eligible on 2028-03-02" and lines["Rita Owes"][5] == "eligible on 2028-01-02"
