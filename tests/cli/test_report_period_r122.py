"""R122: a second look at `clinic-app report --period` (F122-03), as a director reads the
quarter's report to a funder."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app
from tests.cli.test_report_period_f122 import _caseload, _count


def test_r122_01_a_period_with_no_petition_says_none(tmp_path):
    # January: nothing filed, nothing ruled on.  The top line named the period's petitions and
    # rulings, and then the report said not a word of them, as if it had not counted them.
    result = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-01")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Petitions filed 2026-01-01 to 2026-01-31: 0\n" in text
    assert "  Rulings made 2026-01-01 to 2026-01-31:\n" in text
    assert (_count(text, "awaiting the court's ruling"), _count(text, "granted"), _count(text, "denied"),
            _count(text, "withdrawn")) == (0, 0, 0, 0)
    assert "By relief asked for" not in text  # no relief to list

