"""M124-04: a whole-caseload re-screen's audit-log row said how many clients and which rules,
not the day it screened for: a re-screen for the spring event's day, run months later, read in
the log as one of the day it ran (C123).  The row keeps the day screened for."""

from __future__ import annotations

from datetime import date

from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file


def test_m124_a_rescreen_logs_the_day_it_screened_for(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        repo.add_client(to_file())
        rescreen_caseload(repo, date(2026, 3, 14), workers=1)
        (logged,) = [entry for entry in repo.history() if entry.action == "rescreen"]
        assert logged.client_id is None and logged.after["clients"] == 1
        assert logged.after["as_of"] == ["2026-03-14"]
