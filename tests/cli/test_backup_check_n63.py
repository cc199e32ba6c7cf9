"""N63-01: `clinic-app backup --check` checks every backup of the caseload in its backups folder
as a restore checks the one chosen (db.backup.verify).  A backup is verified when made and
again only when chosen in Restore: one damaged since sat in the folder unseen until the day
it was needed."""

from __future__ import annotations

import pytest

from clinic_app.demo import generate_clients
from db.backup import backup_before, backup_rotating, made_at, made_said
from db.repository import Repository
from tests.cli.test_cli import clinic_app_with_passphrase as run

SECRET = "una frase de paso larga"


def _line_of(output: str, backup) -> str:
    (line,) = [line for line in output.splitlines() if line.startswith(backup.name)]
    return line


def _flip_bytes(path, start: int, count: int = 200) -> None:
    data = bytearray(path.read_bytes())
    for i in range(start, start + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_and_a_truncated_backup_are_named_and_the_exit_status_says_so(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients(generate_clients(40, seed=5))
        sound = backup_rotating(repo.db)
        flipped = backup_before(repo.db, "import")
        truncated = backup_before(repo.db, "rescreen")
    _flip_bytes(flipped, 4096 * 3)  # a page of clients' rows
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])

    result = run("backup", "--db", caseload, "--check")

    assert result.returncode == 1, result.stdout + result.stderr
    assert _line_of(result.stdout, sound).endswith("Automatic backup  ok")
    assert "Before an import  DAMAGED: the file is damaged" in _line_of(result.stdout, flipped)
    assert "Before a re-screen  DAMAGED: the file is damaged" in _line_of(result.stdout, truncated)
    assert "3 backups checked: 1 ok, 2 damaged." in result.stdout
    # When it was made, from its name (UTC), in this computer's time, as Restore says it (Q289-01).
    assert f"  {made_said(made_at(sound))}  Automatic backup" in _line_of(result.stdout, sound)
    # Nothing was changed: the check only reads.
    assert sorted(p.name for p in sound.parent.iterdir()) == sorted([sound.name, flipped.name, truncated.name])


def test_sound_backups_pass_and_no_backup_is_said(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients(generate_clients(5, seed=1))

    none = run("backup", "--db", caseload, "--check")
    assert none.returncode == 0, none.stderr
    assert f"There is no backup of the caseload {caseload}" in none.stdout

    with Repository.open(caseload) as repo:
        made = backup_before(repo.db, "merge")
    result = run("backup", "--db", caseload, "--check")
    assert result.returncode == 0, result.stderr
    assert _line_of(result.stdout, made).endswith("Before a merge at a terminal  ok")


def test_the_help_says_check_and_to_are_one_or_the_other(tmp_path):
    helped = run("backup", "--help")
    assert "--check" in helped.stdout and "clinic-app backup --check" in helped.stdout
    both = run("backup", "--db", tmp_path / "c.sqlite", "--check", "--to", tmp_path / "b.sqlite")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_an_encrypted_backup_is_checked_with_the_caseloads_passphrase_and_another_passphrase_is_not_damage(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    from db.cipher import change_passphrase, encrypt_caseload

    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients(generate_clients(20, seed=2))
        plain = backup_before(repo.db, "import")
    encrypt_caseload(caseload, "la frase de antes")
    with Repository.open(caseload, passphrase="la frase de antes") as repo:
        before = backup_before(repo.db, "rescreen")
    change_passphrase(caseload, "la frase de antes", SECRET)
    with Repository.open(caseload, passphrase=SECRET) as repo:
        now = backup_rotating(repo.db)
        damaged = backup_before(repo.db, "merge")
    _flip_bytes(damaged, 4096 * 2)
    _flip_bytes(plain, 0, 16)  # its first bytes: it now reads as encrypted, but is a damaged plain backup

    result = run("backup", "--db", caseload, "--check", passphrase=SECRET)

    assert result.returncode == 1, result.stdout + result.stderr
    assert _line_of(result.stdout, now).endswith("Automatic backup  ok")
    before_line = _line_of(result.stdout, before)
    assert "not checked: encrypted, and the caseload's passphrase does not open it" in before_line
    assert "DAMAGED" not in before_line
    assert "DAMAGED" in _line_of(result.stdout, damaged)
    assert "DAMAGED: the file is damaged (its first bytes are not SQLite's)" in _line_of(result.stdout, plain)
    assert "4 backups checked: 1 ok, 2 damaged, 1 not checked or not for this version." in result.stdout

    # No passphrase: the encrypted ones are not checked, and not called damaged either.
    unasked = run("backup", "--db", caseload, "--check")
    assert "not checked: encrypted, and no passphrase was given" in _line_of(unasked.stdout, now)


def plain_backup_then_encrypted(tmp_path):
    """A caseload of 5 clients backed up before an import, then encrypted with SECRET and backed
    up again: (the caseload, its plain backup, its encrypted one)."""
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    from db.cipher import encrypt_caseload

    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients(generate_clients(5, seed=3))
        plain = backup_before(repo.db, "import")
    encrypt_caseload(caseload, SECRET)
    with Repository.open(caseload, passphrase=SECRET) as repo:
        now = backup_rotating(repo.db)
    return caseload, plain, now


def test_k155_02_a_plain_backup_beside_an_encrypted_caseload_is_said_not_encrypted(tmp_path):
    """K155-02: a plain backup from before the encryption, beside the encrypted caseload, was
    listed "ok" and nothing more: a director could carry it off believing it protected."""
    caseload, plain, now = plain_backup_then_encrypted(tmp_path)

    result = run("backup", "--db", caseload, "--check", passphrase=SECRET)

    assert result.returncode == 0, result.stdout + result.stderr
    assert _line_of(result.stdout, now).endswith("Automatic backup  ok")
    assert _line_of(result.stdout, plain).endswith(
        "Before an import  ok, but not encrypted: whoever has this file can read it without a passphrase (made before "
        "the caseload was encrypted, or copied here): delete it or keep it somewhere safe")
    assert "2 backups checked: 2 ok, 0 damaged.\n1 of them is not encrypted, though the caseload is.\n" in result.stdout


def test_q289_01_a_backup_made_at_5_30_pm_in_los_angeles_is_said_on_its_day_there(tmp_path, monkeypatch):
    """Q289-01: the re-screen's backup made at 17:30 on December 7 in Los Angeles (01:30 on
    December 8 in UTC, as its name keeps it) was listed by `backup --check` as made
    "2026-12-08 01:30 UTC", the next day, where the window's Restore list and the same file
    opened with --db say "2026-12-07 17:30": asked for Monday evening's copy, the paralegal
    found none dated Monday.  It is said in the computer's own time, as they say it."""
    import time

    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients(generate_clients(2, seed=5))
        made = backup_before(repo.db, "rescreen")
    evening = made.with_name("caseload-before-rescreen-20261208-013000-000000.sqlite")
    made.rename(evening)
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        result = run("backup", "--db", caseload, "--check")
        opened = run("list", "--db", evening)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert result.returncode == 0, result.stderr
    assert _line_of(result.stdout, evening) == f"{evening.name}  2026-12-07 17:30  Before a re-screen  ok"
    # R292-02: the name's "20261208-013000" beside it read as a second day; the list says which is which.
    assert result.stdout.splitlines()[0].endswith(
        ", newest first (made in this computer's time; the time in a file's name is UTC):")
    assert "made 2026-12-07 17:30:" in opened.stderr  # the same day and time, however the file is met
