"""K64-02: whose probation ended last month (who may be eligible for PC 1203.4 now) could not be
found: no filter, search or `clinic-app list` option read a probation's end (C64: 48 such clients
in a demo caseload of 5,000).  `list --probation-ended 2026-11` (a month, a day, or from..to)
lists them from the cases as stored, each line with the day and the case."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.model import Violation
from clinic_app.probation_ended import month, period
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client


def test_k64_02_the_period_typed():
    assert period("2026-11") == (date(2026, 11, 1), date(2026, 11, 30))
    assert period("2024-2") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period("2026-11-11") == (date(2026, 11, 11), date(2026, 11, 11))
    assert period("2026-10-15..2026-11-14") == (date(2026, 10, 15), date(2026, 11, 14))
    for wrong in ("2026-13", "November", "13/2026", "2026-11-31", "2026-11-14..2026-10-15", "2026-11.."):
        with pytest.raises(ValueError):
            period(wrong)
    assert month(date(2026, 1, 9), back=1) == (date(2025, 12, 1), date(2025, 12, 31))


@pytest.fixture
def caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(probation_client("Ana Ended", case_number="BA100001", probation_end=date(2026, 11, 11)))  # 1
        repo.add_client(probation_client("Bea Earlier", case_number="BA100002", probation_end=date(2026, 10, 31)))  # 2
        early = probation_client("Cruz Early", case_number="BA100003", probation_end=date(2027, 5, 1))  # 3: ended early
        early.cases[0].sentence.probation.early_termination = date(2026, 11, 2)
        repo.add_client(early)
        revoked = probation_client("Dora Revoked", case_number="BA100004", probation_end=date(2026, 11, 20))  # 4
        revoked.cases[0].sentence.probation.violations = [Violation(date(2025, 6, 1), "revoked")]
        repo.add_client(revoked)
        repo.add_client(probation_client("Eva Later", case_number="BA100005", probation_end=date(2026, 12, 20)))  # 5
    return db


def test_k64_02_list_probation_ended_in_a_month(caseload):
    result = clinic_app("list", "--db", caseload, "--probation-ended", "2026-11", "--as-of", "2026-12-03")
    assert (result.returncode, result.stderr) == (0, "")
    # The early end wins over the ordered end; a revoked grant's ordered end is not when it ended.
    assert result.stdout == ("1\tAna Ended\t1985-03-14\tprobation ended 2026-11-11 (case BA100001)\n"
                             "3\tCruz Early\t1985-03-14\tprobation ended 2026-11-02 (case BA100003)\n")


def test_k64_02_from_to_a_day_json_and_nobody(caseload):
    both = clinic_app("list", "--db", caseload, "--probation-ended", "2026-10-31..2026-11-11", "--json", "--as-of", "2026-12-03")
    lines = [json.loads(line) for line in both.stdout.splitlines()]
    assert [(line["id"], line["probation_ended"]) for line in lines] == [(1, "2026-11-11"), (2, "2026-10-31"), (3, "2026-11-02")]
    coming = clinic_app("list", "--db", caseload, "--probation-ended", "2026-12", "--as-of", "2026-12-03")
    assert coming.stdout == "5\tEva Later\t1985-03-14\tprobation ends 2026-12-20 (case BA100005)\n"
    nobody = clinic_app("list", "--db", caseload, "--probation-ended", "2026-11-12", "--search", "ana")
    assert (nobody.returncode, nobody.stdout) == (0, "")
    assert nobody.stderr == "clinic-app: no client matches --search 'ana' --probation-ended 2026-11-12\n"
    wrong = clinic_app("list", "--db", caseload, "--probation-ended", "2026-11-31")
    assert wrong.returncode != 0 and "--probation-ended: Not a date: there is no 2026-11-31 (November 2026 has 30 days)" in wrong.stderr  # S143-03, K306-01
