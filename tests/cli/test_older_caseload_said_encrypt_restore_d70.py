"""D70-01: `clinic-app encrypt` and `clinic-app restore` open the caseload themselves (db.cipher,
db.backup), not through the commands' own open, so on a caseload (or a backup) made by an older
Clinic Desk they backed it up and updated it with nothing said at the terminal: seconds on a busy
clinic's caseload, where every other command says each step on stderr since N66.  They say the
same steps now.  `clinic-app passphrase` opens through the commands' open and said them already:
kept so here.

D70-05: and their own steps where they take seconds (a caseload or backup over 64 MB; 1 GB here
for the figures), which they did not say either: encrypting the caseload (14 s on 1 GB after the
update), and the restore's check of the backup, its copy of the caseload it replaces and its
putting the backup in place (11-12 s on 1 GB).  On a small caseload they say nothing more than
before, and an error stays one line."""

from __future__ import annotations

import pytest

import clinic_app.cli as cli
from db.backup import backups_folder
from db.cipher import key_statement, looks_encrypted
from db.connection import open_caseload, schema_version
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.older_caseload import PENDING, UPDATING, older_caseload

STEPS = [
    "clinic-app: backing up the caseload before updating it...",
    *(f"clinic-app: {said[0].lower()}{said[1:]}" for said in UPDATING),
]
RESTORE_STEPS = [
    "clinic-app: checking the backup...",
    "clinic-app: backing up the caseload before restoring the backup...",
    "clinic-app: putting the backup in the caseload's place...",
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
    # No backing up before the update: the backup is that copy already (U71-03).
    assert said.err.splitlines() == STEPS[1:]
    assert said.out.splitlines()[0] == f"Restored {caseload} from {backup}."
    assert _names(caseload) == ["Olga Older", "Osvaldo Older"]
    with Repository(open_caseload(caseload, create=False)) as repo:
        assert schema_version(repo.db) == 20


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


def test_restore_where_both_caseloads_are_older_says_both_updates(tmp_path, capsys):
    """The caseload replaced is updated (to keep a copy of it), then the backup restored: each
    update said, the second not taken for the first already said."""
    caseload = older_caseload(tmp_path / "office" / "caseload.sqlite", names=("Carla Current",))
    backup = older_caseload(tmp_path / "usb" / "older-backup.sqlite")
    assert cli.main(["restore", str(backup), "--db", str(caseload)]) == 0
    # The caseload replaced is backed up before its update; the backup is not (U71-03).
    assert capsys.readouterr().err.splitlines() == [*STEPS, *STEPS[1:]]
    assert _names(caseload) == ["Olga Older", "Osvaldo Older"]


def _current_with_a_backup(tmp_path):
    from db.backup import backup_rotating

    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(to_file("Nadia Newer"))
        return caseload, backup_rotating(repo.db)


@pytest.mark.parametrize("large", [True, False], ids=["large", "small"])
def test_encrypt_and_restore_say_their_own_steps_where_they_take_seconds(tmp_path, capsys, monkeypatch, large):
    pytest.importorskip("sqlcipher3")
    if large:  # a caseload of 64 MB or more, as a busy clinic's (one of 1 GB is in the report's figures)
        monkeypatch.setattr("db.connection.LONG_STEPS_BYTES", 0, raising=False)
    caseload, backup = _current_with_a_backup(tmp_path)
    assert cli.main(["restore", str(backup), "--db", str(caseload)]) == 0
    assert capsys.readouterr().err.splitlines() == (RESTORE_STEPS if large else [])
    file = _passphrase_file(tmp_path, PASSPHRASE)
    assert cli.main(["encrypt", "--db", str(caseload), "--passphrase-file", str(file)]) == 0
    assert capsys.readouterr().err.splitlines() == (["clinic-app: encrypting the caseload..."] if large else [])


def test_a_large_restore_refused_says_its_check_then_why(tmp_path, capsys, monkeypatch):
    """The check of the backup is said before it ends: what it found follows (the error's own line)."""
    monkeypatch.setattr("db.connection.LONG_STEPS_BYTES", 0, raising=False)
    caseload, backup = _current_with_a_backup(tmp_path)
    backup.write_bytes(backup.read_bytes()[:4096] + b"\0" * 4096)
    assert cli.main(["restore", str(backup), "--db", str(caseload)]) != 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == RESTORE_STEPS[0] and len(err) == 2 and "damaged" in err[1]
    assert _names(caseload) == ["Nadia Newer"]
