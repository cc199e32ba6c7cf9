"""W64-08: the README names each thing Check backups (Restore from backup, G64-02) can say in a
row's Checked column: it named `ok`, `DAMAGED` and `not checked`, and a backup made by a newer
Clinic Desk read "sound, but made by a newer Clinic Desk" there, which the README never said."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from db import migrations
from db.backup import backup_before, backup_rotating
from ui.restore_dialog import RestoreDialog

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_every_finding_of_check_backups_in_its_column_is_named_in_the_readme(qtbot, repo):
    from tests.cli.test_backup_check_n63 import _flip_bytes
    from clinic_app.demo import generate_clients

    repo.add_clients(generate_clients(20, seed=3))
    backup_rotating(repo.db)
    _flip_bytes(backup_before(repo.db, "import"), 4096 * 3)
    newer = backup_before(repo.db, "rescreen")
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    db.close()
    dialog = RestoreDialog(repo.path, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.counting.finished.is_set(), timeout=60_000)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set() and dialog.check_button.isEnabled(), timeout=60_000)
    shown = {dialog.table.topLevelItem(i).text(3) for i in range(dialog.table.topLevelItemCount())}
    assert shown == {"ok", "DAMAGED", "sound, but made by a newer Clinic Desk"}
    paragraph = README.split("To check them all now:", 1)[1]
    for said in shown | {"not checked"}:
        assert f"`{said}`" in paragraph, said
