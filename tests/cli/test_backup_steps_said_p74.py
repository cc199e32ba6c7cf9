"""P74-07: `clinic-app backup --to FILE` said nothing until "Backed up ... (verified).": 6.3 s at
100,000 clients (1.1 GB), longer onto a USB stick, as `encrypt` and `restore` were silent before
D70.  The copy and its check are each said once on standard error; standard output is as it was."""

from __future__ import annotations

import clinic_app.cli as cli
import db.backup
from clinic_app.demo import generate_clients
from db.repository import Repository


def test_p74_07_the_backups_copy_and_check_are_said_once_each(tmp_path, monkeypatch, capsys):
    caseload, usb = tmp_path / "caseload.sqlite", tmp_path / "usb.sqlite"
    with Repository.open(caseload, user="cli-test") as repo:
        repo.add_clients(generate_clients(30, seed=3))
    monkeypatch.setattr(db.backup, "COPY_STEP_PAGES", 4)  # a big caseload's steps, on a small one
    assert cli.main(["backup", "--db", str(caseload), "--to", str(usb)]) == 0
    out, err = capsys.readouterr()
    assert out == f"Backed up {caseload} to {usb} (verified, {round(usb.stat().st_size / 1000)} KB).\n"
    assert err.splitlines() == [f"clinic-app: copying the caseload to {usb}...", "clinic-app: checking the copy..."]
