"""R163-02: `list --probation-ended 2026-10` (and the window's "Probation ended last month",
read by the same function) listed Rosa, "probation ended 2026-10-09 (case BA500001)", whose
record shows probation reinstated after a violation on 2026-10-20, after that end: the court
extended it (E163), to an end the record does not show, and her screening asks for it.  A
paralegal working the list of who may be eligible now read her probation as over.  Her
recorded end is not the day it ended, as a revoked grant's is not: she is left out.  Rosa is
synthetic."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Violation
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client


def test_r163_02_a_probation_that_went_on_after_its_end_is_not_listed_as_ended(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        went_on = probation_client("Rosa Prueba", case_number="BA500001", probation_end=date(2026, 10, 9))
        went_on.cases[0].sentence.probation.violations = [Violation(date(2026, 10, 20), "reinstated")]
        repo.add_client(went_on)
        within = probation_client("Lena Done", case_number="BA500002", probation_end=date(2026, 10, 12))
        within.cases[0].sentence.probation.violations = [Violation(date(2026, 5, 1), "continued")]
        repo.add_client(within)
    result = clinic_app("list", "--db", db, "--probation-ended", "2026-10", "--as-of", "2026-11-22")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "2\tLena Done\t1985-03-14\tprobation ended 2026-10-12 (case BA500002)\n"
