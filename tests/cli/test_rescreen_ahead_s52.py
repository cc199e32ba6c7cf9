"""S52-02: `clinic-app rescreen --as-of` a day to come stored that day as the day each client
it found eligible became so: `list --newly-eligible-since` then named a day that had not come,
and the line that said to list them again gave the planned day.  The day stored is today."""

from __future__ import annotations

import json
from datetime import date, timedelta

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


def test_a_rescreen_for_a_day_to_come_lists_them_since_today(tmp_path):
    today = date.today()  # the command's own day: `rescreen` reads this computer's clock
    planned = today + timedelta(days=60)
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        bea = repo.add_client(_on_probation_until("Bea Next-Month", "BA2", today + timedelta(days=20)))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", today.isoformat()).returncode == 0
    plan = clinic_app("rescreen", "--db", str(db), "--as-of", planned.isoformat())
    assert plan.returncode == 0, plan.stderr
    # The plan's own answer is still said: eligible now as of the day planned for.
    assert plan.stdout.splitlines()[1:] == ["1 client became eligible now:", f"{bea}\tBea Next-Month\t1985-03-14"]
    assert f"clinic-app list --db {db} --newly-eligible-since {today.isoformat()} lists them again." in plan.stderr  # X64-02

    def listed(*args: str) -> list[str]:
        result = clinic_app("list", "--db", str(db), *args)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    (line,) = listed("--newly-eligible-since", today.isoformat(), "--json")
    assert json.loads(line)["eligible_now_since"] == today.isoformat()  # was the day planned for
    assert listed("--newly-eligible-since", (today + timedelta(days=1)).isoformat()) == []
