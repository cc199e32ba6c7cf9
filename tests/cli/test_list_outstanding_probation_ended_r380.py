"""R380-03: `list --outstanding --probation-ended` said a probation twice, "...; another runs to
2028-03-01 (case BA200001)" then "probation to 2028-03-01", where the window's Outstanding cell,
under "Probation ended last month", says it once (Z119-01).  Both now leave out the "probation
to" label the probation's words say, by one domain function (probation_ended.outstanding_besides)."""

from __future__ import annotations

from datetime import date

from clinic_app.probation_ended import OthersRunning, outstanding_besides
from tests.cli.test_cli import clinic_app
from tests.cli.test_list_probation_ended_runs_on_b118 import _two_grants


def test_r380_03_outstanding_with_probation_ended_says_a_probation_once(tmp_path):
    db = _two_grants(tmp_path)
    assert clinic_app("rescreen", "--db", db, "--as-of", "2027-07-10").returncode == 0
    listed = clinic_app("list", "--db", db, "--outstanding", "--probation-ended", "2027-06", "--as-of", "2027-07-10")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == ("1\tMarisol Prueba\t1985-03-14\tprobation ended 2027-06-15 (case 6MT00002); "
                             "another runs to 2028-03-01 (case BA200001)\t\n")  # the Outstanding column empty (R385-02)
    others = OthersRunning(runs_to=(date(2028, 3, 1), "BA200001"))
    assert outstanding_besides(["probation to 2028-03-01", "fines $90"], date(2027, 6, 15), others) == ["fines $90"]
