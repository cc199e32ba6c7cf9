"""R122: a second look at `clinic-app report --period` (F122-03), as a director reads the
quarter's report to a funder."""

from __future__ import annotations

import json

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



def test_r122_02_a_past_quarters_petition_ruled_on_after_it_is_awaiting_in_it(tmp_path):
    # July to September: one PC 851.91 petition filed 2026-08-03 and granted 2026-10-20, one PC
    # 1203.4 filed and granted in the quarter.  The report said 2 filed, 0 awaiting and 1 granted:
    # the petition the court had not ruled on by the quarter's end was in no line of it.
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", db, "--period", "2026-07-01..2026-09-30").stdout
    assert "Petitions filed 2026-07-01 to 2026-09-30: 2 (of 2 clients)\n" in text
    assert (_count(text, "awaiting the court's ruling"), _count(text, "granted")) == (1, 1)
    said = " ".join(text.split("\n\n")[1].split())
    assert said.startswith("Petitions filed and rulings made: 2026-07-01 to 2026-09-30. A ruling is counted whenever "
                           "its petition was filed, and a petition as awaiting one where none was made by 2026-09-30.")
    counts = json.loads(clinic_app("report", "--db", db, "--period", "2026-07-01..2026-09-30", "--json").stdout)
    assert counts["petitions_by_relief"] == {"pc1203_4": {"filed": 1, "awaiting": 0, "granted": 1, "denied": 0, "withdrawn": 0},
                                             "pc851_91": {"filed": 1, "awaiting": 1, "granted": 0, "denied": 0, "withdrawn": 0}}
    # Without a period a petition awaits a ruling until one is entered, as before.
    assert json.loads(clinic_app("report", "--db", db, "--json").stdout)["petitions_filed"]["awaiting"] == 1
