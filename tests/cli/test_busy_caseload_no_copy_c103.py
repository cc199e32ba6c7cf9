"""C103-04: `clinic-app rescreen` (or `demo --mix`) on a caseload another program was writing
to made its copy of the caseload and said "the caseload as it was before this rescreen is kept
in ...", then stopped at "The caseload ... is busy": the paralegal read that the re-screen had
begun, and each retry's copy pushed an older one out of the newest five kept.  The busy
caseload is said first, and no copy is made."""

from __future__ import annotations

import sqlite3

import pytest

import db.connection
from db.backup import backups_folder
from tests.cli.test_cli import clinic_app


@pytest.mark.parametrize("command", [["rescreen"], ["demo", "--clients", "2", "--mix"]])
def test_a_busy_caseload_is_said_before_any_copy_is_made(tmp_path, monkeypatch, command):
    caseload = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", caseload, "--clients", "3").returncode == 0
    monkeypatch.setattr(db.connection, "BUSY_TIMEOUT_MS", 50)  # not five seconds a test
    writer = sqlite3.connect(caseload, isolation_level=None)  # another desk, half-way through a write
    writer.execute("BEGIN IMMEDIATE")
    try:
        result = clinic_app(*command, "--db", caseload)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.returncode == 1
    assert result.stderr.startswith(f"clinic-app: The caseload {caseload} is busy")
    assert "kept in" not in result.stderr
    assert not list(backups_folder(caseload).glob("*.sqlite"))


@pytest.mark.parametrize("command", [["rescreen"], ["demo", "--clients", "2", "--mix"]])
def test_r283_01_a_read_only_caseload_is_said_before_any_copy_is_made(tmp_path, command):
    """The same on a caseload whose file cannot be written (K254): `rescreen` made its copy, said
    it was kept, then failed at its first save with "read-only", the copy pushing an older one out
    of the newest five kept; SQLite's BEGIN IMMEDIATE, which found a busy file, passes there."""
    from tests.gui.test_read_only_caseload_k254 import file_read_only

    caseload = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", caseload, "--clients", "3").returncode == 0
    with file_read_only(caseload):
        result = clinic_app(*command, "--db", caseload)
    assert result.returncode == 1
    assert result.stderr.startswith(f"clinic-app: The caseload {caseload} is read-only, so changes cannot be saved."), result.stderr
    assert "kept in" not in result.stderr
    assert not list(backups_folder(caseload).glob("*.sqlite"))
