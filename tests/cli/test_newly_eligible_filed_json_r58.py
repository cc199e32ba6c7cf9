"""R58-03: `list --newly-eligible-since` says beside a client whose every petition to file is
filed already where the court stands ("Filed 2024-10-07; awaiting ruling", E58-01), in place of
a filing to make; its --json said only "all_filed": true, so a script or a spreadsheet of the
week's list had no word of the court for them, where the text line has one.  The JSON line now
carries it as "court", as --outcome filed's does; a line with a filing to make has no such key."""

from __future__ import annotations

import json
from datetime import date

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_newly_eligible_filed_e58 import _filed
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


def test_r58_03_the_json_line_says_where_the_court_stands_as_the_text_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        bea = repo.add_client(_on_probation_until("Bea To-File", "BA2", date(2024, 9, 28)))
        dora = repo.add_client(_filed(_on_probation_until("Dora Filed", "BA3", date(2024, 9, 28)), date(2024, 10, 1),
                                      hearing_on=date(2024, 11, 20)))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-09-20").returncode == 0
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-05").returncode == 0
    result = clinic_app("list", "--db", str(db), "--newly-eligible-since", "2024-10-01", "--as-of", "2024-10-08", "--json")
    assert result.returncode == 0, result.stderr
    lines = {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert lines[dora]["all_filed"] is True and lines[dora]["court"] == "Filed 2024-10-01; hearing 2024-11-20"
    assert lines[bea]["all_filed"] is False and "court" not in lines[bea]
