"""A caseload cut short (a copy to or from a USB stick pulled half-way, a battery dead while it
was written) is restored from its backup: its open answered "malformed" at its first pragma and
left that connection open, holding the file, so the restore that replaces it took it for
another window's, "damaged and open in another Clinic Desk window or program", with none open,
at a terminal (`clinic-app restore`, its own process) as in the window (Y119-03)."""

from __future__ import annotations

import pytest

from clinic_app.model import Client
from db import errors
from db.backup import backup_to, restore
from db.connection import connect
from db.repository import Repository


def _cut_short_with_a_backup(tmp_path):
    path = tmp_path / "pomona.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients([Client(name=f"Cliente número {n}" * 10) for n in range(500)])
        backup = backup_to(repo.db, tmp_path / "pomona-backup.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path, backup


def test_y119_a_caseload_cut_short_is_restored_from_its_backup(tmp_path):
    path, backup = _cut_short_with_a_backup(tmp_path)
    aside = restore(backup, path)
    assert aside.name.startswith("pomona.sqlite.damaged-")
    with Repository.open(path) as repo:
        assert repo.count_clients() == 500


def test_y119_the_refused_connection_leaves_nothing_beside_the_file(tmp_path):
    path, _ = _cut_short_with_a_backup(tmp_path)
    with pytest.raises(errors.Corrupt) as refused:
        connect(path, create=False)
    assert refused.value.path == path  # still held by the test: the connection it names is closed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pomona-backup.sqlite", "pomona.sqlite"]
