"""R58-03: `list --newly-eligible-since` says beside a client whose every petition to file is
filed already where the court stands ("Filed 2024-10-07; awaiting ruling", E58-01), in place of
a filing to make; its --json said only "all_filed": true, so a script or a spreadsheet of the
week's list had no word of the court for them, where the text line has one.  The JSON line now
carries it as "court", as --outcome filed's does; a line with a filing to make has no such key."""

from __future__ import annotations

import json
from tests.cli.test_cli import clinic_app
from tests.cli.test_newly_eligible_filed_e58 import bea_to_file_and_dora_filed


def test_r58_03_the_json_line_says_where_the_court_stands_as_the_text_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    bea, dora = bea_to_file_and_dora_filed(db)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-05").returncode == 0
    result = clinic_app("list", "--db", str(db), "--newly-eligible-since", "2024-10-01", "--as-of", "2024-10-08", "--json")
    assert result.returncode == 0, result.stderr
    lines = {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert lines[dora]["all_filed"] is True and lines[dora]["court"] == "Filed 2024-10-01; hearing 2024-11-20"
    assert lines[bea]["all_filed"] is False and "court" not in lines[bea]
