"""D70-01: `clinic-app encrypt` and `clinic-app restore` open the caseload themselves (db.cipher,
db.backup), not through the commands' own open, so on a caseload (or a backup) made by an older
Clinic Desk they backed it up and updated it with nothing said at the terminal: seconds on a busy
clinic's caseload, where every other command says each step on stderr since N66.  They say the
same steps now.  `clinic-app passphrase` opens through the commands' open and said them already:
kept so here."""

from __future__ import annotations

import pytest

import clinic_app.cli as cli
from db.backup import backups_folder
from db.cipher import key_statement, looks_encrypted
from db.connection import open_caseload, schema_version
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.older_caseload import PENDING, older_caseload

STEPS = [
    "clinic-app: backing up the caseload before updating it...",
    "clinic-app: updating the caseload (1 of 2)...",
    "clinic-app: updating the caseload (2 of 2)...",
]
PASSPHRASE = "correct horse battery"


def _passphrase_file(tmp_path, passphrase: str, name: str = "passphrase.txt"):
    file = tmp_path / name
    file.write_text(passphrase + "\n", encoding="utf-8")
    return file


def _names(path, passphrase: str | None = None) -> list[str]:
    with Repository(open_caseload(path, create=False, passphrase=passphrase)) as repo:
        return [row.name for row in repo.list_clients()]


def test_encrypt_on_an_older_caseload_says_each_step_of_its_update(tmp_path, capsys):
    pytest.importorskip("sqlcipher3")
    older = older_caseload(tmp_path / "older.sqlite")
    file = _passphrase_file(tmp_path, PASSPHRASE)
    assert cli.main(["encrypt", "--db", str(older), "--passphrase-file", str(file)]) == 0
    said = capsys.readouterr()
    assert said.err.splitlines() == STEPS
    (kept,) = [p for p in backups_folder(older).iterdir() if p.name.startswith("older-before-migration-")]
    # The copy made before the update is plain, and named as such by the command, as before.
    assert said.out.splitlines()[0].startswith(f"Encrypted {older}.")
    assert str(kept) in said.out
    assert looks_encrypted(older) and _names(older, PASSPHRASE) == ["Olga Older", "Osvaldo Older"]


def test_restore_of_a_backup_made_by_an_older_clinic_desk_says_each_step_of_its_update(tmp_path, capsys):
    backup = older_caseload(tmp_path / "usb" / "older-backup.sqlite")
    caseload = tmp_path / "office" / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(to_file("Nadia Newer"))
    assert cli.main(["restore", str(backup), "--db", str(caseload)]) == 0
    said = capsys.readouterr()
    assert said.err.splitlines() == STEPS
    assert said.out.splitlines()[0] == f"Restored {caseload} from {backup}."
    assert _names(caseload) == ["Olga Older", "Osvaldo Older"]
    with Repository(open_caseload(caseload, create=False)) as repo:
        assert schema_version(repo.db) == 17


def test_restore_onto_an_older_encrypted_caseload_says_its_update_too(tmp_path, capsys):
    """The caseload restored over is opened first (to keep a copy of it): an older one is
    updated then, and that is said too."""
    pytest.importorskip("sqlcipher3")
    caseload = _older_encrypted(tmp_path / "office" / "caseload.sqlite")
    backup = tmp_path / "usb" / "backup.sqlite"
    backup.parent.mkdir()
    with Repository.open(backup, passphrase=PASSPHRASE) as repo:
        repo.add_client(to_file("Bea Backup"))
    file = _passphrase_file(tmp_path, PASSPHRASE)
    assert cli.main(["restore", str(backup), "--db", str(caseload), "--passphrase-file", str(file)]) == 0
    said = capsys.readouterr()
    assert said.err.splitlines() == STEPS
    assert _names(caseload, PASSPHRASE) == ["Bea Backup"]


def _older_encrypted(path):
    """An encrypted caseload at schema 15, as `older_caseload` makes a plain one."""
    from sqlcipher3 import dbapi2

    path.parent.mkdir(parents=True, exist_ok=True)
    with Repository.open(path, passphrase=PASSPHRASE) as repo:
        repo.add_client(to_file("Olga Older"))
    old = dbapi2.connect(str(path))
    old.execute(key_statement(PASSPHRASE))
    old.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({', '.join('?' * len(PENDING))})", PENDING)
    old.execute("DROP INDEX IF EXISTS audit_denial")
    old.execute("PRAGMA user_version = 15")
    old.commit()
    old.close()
    return path


def test_passphrase_on_an_older_encrypted_caseload_says_each_step_of_its_update(tmp_path, capsys):
    pytest.importorskip("sqlcipher3")
    older = _older_encrypted(tmp_path / "older.sqlite")
    old_file = _passphrase_file(tmp_path, PASSPHRASE)
    new_file = _passphrase_file(tmp_path, "a new one for the new year", "new.txt")
    assert cli.main(["passphrase", "--db", str(older), "--passphrase-file", str(old_file),
                     "--new-passphrase-file", str(new_file)]) == 0
    said = capsys.readouterr()
    (kept,) = [p for p in backups_folder(older).iterdir() if p.name.startswith("older-before-migration-")]
    assert said.err.splitlines() == [*STEPS, f"clinic-app: the caseload as it was before this update is kept in {kept}."]
    assert _names(older, "a new one for the new year") == ["Olga Older"]
