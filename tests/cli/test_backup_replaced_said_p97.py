"""P97-03: Friday's `clinic-app backup --to /media/usb/caseload-backup.sqlite` onto the stick
that held last Friday's said "Backed up ... (verified)." and nothing of last week's copy, which
it had replaced: a paralegal who meant to keep one a week learnt it at the restore.  It is still
replaced (a backup file is one copy, kept up to date), and now the line says so, with the day
of the copy replaced and how to keep both."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from clinic_app.demo import generate_clients
from db.backup import made_said
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_p97_03_a_backup_that_replaced_an_older_one_says_so(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "caseload-backup.sqlite"
    first = clinic_app("backup", "--db", db, "--to", target)
    assert first.returncode == 0 and first.stdout == f"Backed up {db} to {target} (verified, {round(target.stat().st_size / 1000)} KB).\n"
    last_week = datetime(2026, 11, 27, 17, 30, tzinfo=timezone.utc).timestamp()
    os.utime(target, (last_week, last_week))
    second = clinic_app("backup", "--db", db, "--to", target)
    assert second.returncode == 0
    # In this computer's time, as `backup --check` and Restore say a backup's (Q289-01).
    made = made_said(datetime.fromtimestamp(last_week, tz=timezone.utc))
    assert second.stdout == (f"Backed up {db} to {target} (verified, {round(target.stat().st_size / 1000)} KB). It replaced the backup there made "
                             f"{made}; to keep both, give each its own file name.\n")
