"""U64-07: Restore from backup's Check backups said of a damaged backup chosen "The backup
chosen, NAME: DAMAGED: the file is damaged (...)": three colons, "damaged" twice.  The chosen
backup's finding is now one sentence; the row's Checked column keeps "DAMAGED"."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from db.backup import Backup, Checked
from ui.restore_dialog import _chosen_said

NAME = "caseload-before-import-20261203-225220-841405.sqlite"


def _said(found: str, damaged: bool = False) -> str:
    return _chosen_said(Checked(Backup(Path("/b") / NAME, datetime(2026, 12, 3, tzinfo=timezone.utc), "Before an import"), found, damaged))


def test_u64_07_the_backup_chosen_is_said_in_one_sentence():
    assert _said("DAMAGED: the file is damaged (its first bytes are not SQLite's); it cannot be used.", True) == \
        f"The backup chosen, {NAME}, is damaged (its first bytes are not SQLite's); it cannot be used."
    assert _said("not checked: encrypted, and no passphrase was given") == \
        f"The backup chosen, {NAME}, was not checked: encrypted, and no passphrase was given."
    assert _said("sound, but made by a newer Clinic Desk: this version cannot restore it") == \
        f"The backup chosen, {NAME}, is sound, but made by a newer Clinic Desk: this version cannot restore it."
