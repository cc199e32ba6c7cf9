"""`clinic-app encrypt` and the passphrase on the command line (db.cipher)."""

from __future__ import annotations

import os
import sys
from datetime import date

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.demo import generate_clients  # noqa: E402
from db.cipher import looks_encrypted  # noqa: E402
from db.repository import Repository  # noqa: E402
from test_cli import assert_plain_error  # noqa: E402
from test_cli import clinic_app_with_passphrase as run  # noqa: E402
from test_cli import clinic_app_process_with_passphrase as run_process  # noqa: E402
from tests.made_once import made_once  # noqa: E402

SECRET = "una frase de paso larga"


@pytest.fixture
def caseload(tmp_path):
    return _plain_caseload(tmp_path)


def _plain_caseload(folder):
    path = folder / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients(generate_clients(12, seed=3))
        names = sorted(row.name for row in repo.list_clients())
    return path, names


@pytest.fixture
def encrypted_caseload(tmp_path):
    """`caseload`'s caseload as `clinic-app encrypt` left it with SECRET, made once a test process
    and copied: five tests each paid for encrypting it to start (S368-01)."""
    return made_once(_make_cli_encrypted_caseload, tmp_path)


def _make_cli_encrypted_caseload(folder):
    folder.mkdir()
    path, names = _plain_caseload(folder)
    done = run("encrypt", "--db", path, passphrase=SECRET)
    assert done.returncode == 0, done.stderr
    return path, names


def test_encrypt_then_every_command_needs_the_passphrase(tmp_path, caseload):
    path, names = caseload
    # Processes of their own, as a user runs them: `encrypt`, and commands given a passphrase or none.
    done = run_process("encrypt", "--db", path, passphrase=SECRET)
    assert done.returncode == 0, done.stderr
    assert "Encrypted" in done.stdout and "Keep the passphrase safe" in done.stdout
    assert looks_encrypted(path)
    # No passphrase (and no terminal to type it at): one plain line, exit 1.
    assert_plain_error(run_process("list", "--db", path), 1, "is encrypted", "passphrase")
    assert_plain_error(run_process("list", "--db", path, passphrase="not it"), 1, "does not open")
    listed = run_process("list", "--db", path, passphrase=SECRET)
    assert listed.returncode == 0 and sorted(line.split("\t")[1] for line in listed.stdout.splitlines()) == names
    key_file = tmp_path / "key.txt"
    key_file.write_text(SECRET + "\n", encoding="utf-8")
    backup = run_process("backup", "--db", path, "--passphrase-file", key_file, "--to", tmp_path / "b.sqlite")
    assert backup.returncode == 0, backup.stderr
    assert looks_encrypted(tmp_path / "b.sqlite")


def test_encrypt_without_a_passphrase_or_terminal_changes_nothing(caseload):
    path, _ = caseload
    # A process whose standard input is no terminal (/dev/null).
    before = path.read_bytes()
    assert_plain_error(run_process("encrypt", "--db", path), 2, "--passphrase-file")
    assert path.read_bytes() == before and not looks_encrypted(path)


@pytest.mark.parametrize("count, said", [(1, "1 older backup beside it is not encrypted"), (2, "2 older backups beside it are not encrypted")])
def test_encrypt_names_the_plain_backups_left_beside_the_caseload(tmp_path, caseload, count, said):
    path, _ = caseload
    for n in range(count):
        made = run("backup", "--db", path, "--to", path.parent / "backups" / f"plain-{n}.sqlite")
        assert made.returncode == 0, made.stderr
    done = run("encrypt", "--db", path, passphrase=SECRET)
    assert done.returncode == 0, done.stderr
    assert said in done.stdout and str(path.parent / "backups") in done.stdout


def test_restoring_a_plain_backup_over_an_encrypted_caseload_says_it_is_no_longer_encrypted(tmp_path, caseload):
    # Storage check D21-07: without the passphrase the encrypted caseload is set aside (as a
    # file it cannot read) and the plain backup put in its place; nothing said the caseload
    # was no longer encrypted.
    path, names = caseload
    assert run("backup", "--db", path, "--to", tmp_path / "plain.sqlite").returncode == 0
    assert run("encrypt", "--db", path, passphrase=SECRET).returncode == 0
    restored = run("restore", tmp_path / "plain.sqlite", "--db", path)
    assert restored.returncode == 0, restored.stderr
    assert "the restored caseload is NOT encrypted" in restored.stdout and "encrypt it again (clinic-app encrypt)" in restored.stdout
    assert not looks_encrypted(path)
    # D25-10: set aside as what it is, a sound encrypted caseload, not as "damaged".
    assert not list(tmp_path.glob("caseload.sqlite.damaged-*"))
    (kept,) = tmp_path.glob("caseload.sqlite.encrypted-*")
    assert f"no passphrase was given, so it is set aside whole, unchanged, at {kept}: it opens with its passphrase" in restored.stdout
    assert looks_encrypted(kept)
    with Repository.open(kept, passphrase=SECRET) as repo:  # the encrypted caseload, whole
        assert sorted(row.name for row in repo.list_clients()) == names


def test_a_passphrase_file_that_is_not_utf8_is_one_plain_line(tmp_path, caseload):
    # Storage check D21-10: a passphrase file saved as UTF-16 (Notepad's "Unicode") ended the
    # command with a UnicodeDecodeError traceback.
    path, _ = caseload
    key_file = tmp_path / "key.txt"
    key_file.write_bytes(SECRET.encode("utf-16"))
    assert_plain_error(run("list", "--db", path, "--passphrase-file", key_file), 2, "is not UTF-8 text: save it as UTF-8")


def test_passphrase_gives_the_caseload_a_new_one_and_names_the_backups_the_old_one_opens(tmp_path, encrypted_caseload):
    path, names = encrypted_caseload
    assert run("backup", "--db", path, "--to", tmp_path / "backups" / "old.sqlite", passphrase=SECRET).returncode == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text("otra frase nueva y larga\n", encoding="utf-8")
    changed = run("passphrase", "--db", path, "--new-passphrase-file", new_file, passphrase=SECRET)
    assert changed.returncode == 0, changed.stderr
    assert "now opens with the new passphrase only" in changed.stdout
    assert "1 backup beside it still opens with the old passphrase" in changed.stdout and "old.sqlite" in changed.stdout
    assert_plain_error(run("list", "--db", path, passphrase=SECRET), 1, "does not open")
    listed = run("list", "--db", path, passphrase="otra frase nueva y larga")
    assert sorted(line.split("\t")[1] for line in listed.stdout.splitlines()) == names


def test_passphrase_without_a_new_one_or_a_terminal_changes_nothing(encrypted_caseload):
    path, _ = encrypted_caseload
    # A process whose standard input is no terminal (/dev/null).
    before = path.read_bytes()
    assert_plain_error(run_process("passphrase", "--db", path, passphrase=SECRET), 2, "--new-passphrase-file")
    assert path.read_bytes() == before


def test_a_backup_made_before_a_passphrase_change_restores_with_its_own_passphrase(tmp_path, encrypted_caseload):
    """WD22B-02: restore took one passphrase, so a backup made before the passphrase was
    changed (it opens only with the old one) could not be restored over the caseload (the
    new one).  --backup-passphrase-file gives the backup's; the restored caseload opens with
    the caseload's current passphrase; a wrong one says whose it was, and nothing changes."""
    from db.backup import backup_to
    from db.cipher import change_passphrase

    path, names = encrypted_caseload
    with Repository.open(path, passphrase=SECRET) as repo:
        backup = backup_to(repo.db, tmp_path / "before-change.sqlite")
    change_passphrase(path, SECRET, "la frase nueva")
    with Repository.open(path, passphrase="la frase nueva") as repo:
        repo.add_clients(generate_clients(2, seed=4))
    old_file, wrong_file = tmp_path / "old.txt", tmp_path / "wrong.txt"
    old_file.write_text(SECRET + "\n", encoding="utf-8")
    wrong_file.write_text("not it\n", encoding="utf-8")

    refused = run("restore", backup, "--db", path, passphrase="la frase nueva")  # one passphrase: the backup's fails
    assert_plain_error(refused, 1, "passphrase given for the backup", str(backup))
    refused = run("restore", backup, "--db", path, "--backup-passphrase-file", wrong_file, passphrase="la frase nueva")
    assert_plain_error(refused, 1, "passphrase given for the backup", str(backup))
    refused = run("restore", backup, "--db", path, "--backup-passphrase-file", old_file, passphrase="not it")
    assert_plain_error(refused, 1, "caseload's passphrase does not open", str(path))
    with Repository.open(path, passphrase="la frase nueva") as repo:
        assert len(repo.list_clients()) == len(names) + 2  # nothing changed by the refusals

    done = run("restore", backup, "--db", path, "--backup-passphrase-file", old_file, passphrase="la frase nueva")
    assert done.returncode == 0, done.stderr
    # Which one it opens with now, as the window's box says it (K155-04).
    assert (f"The restored caseload opens with the passphrase given for the caseload, not the backup's (in {old_file}): "
            "it was encrypted with it as it was restored.") in done.stdout
    with Repository.open(path, passphrase="la frase nueva") as repo:
        assert sorted(row.name for row in repo.list_clients()) == names
    assert looks_encrypted(path)


def test_k155_04_a_new_laptops_restore_of_an_encrypted_backup_says_which_passphrase_opens_it(tmp_path):
    """K155-04: on a new laptop (no caseload yet), `restore` of the old laptop's encrypted backup
    said "Restored X from Y." and nothing of the passphrase the restored caseload now opens with;
    the window's box says it."""
    from db.backup import backup_to

    with Repository.open(tmp_path / "old.sqlite", passphrase=SECRET) as old:  # the old laptop's
        old.add_clients(generate_clients(3, seed=9))
        backup = backup_to(old.db, tmp_path / "usb-backup.sqlite")
    new_laptop = tmp_path / "new" / "caseload.sqlite"
    new_laptop.parent.mkdir()

    done = run("restore", backup, "--db", new_laptop, passphrase=SECRET)

    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"Restored {new_laptop} from {backup}.\n"
                           "The backup is encrypted, so the restored caseload is encrypted: it opens with the backup's passphrase.\n")
    with Repository.open(new_laptop, passphrase=SECRET) as repo:
        assert len(repo.list_clients()) == 3


def test_an_encrypted_backup_restores_over_a_plain_caseload(tmp_path, caseload):
    """D23-09: an encrypted backup could not be restored over a plain caseload (say one a plain
    backup was restored over): "The caseload ... is not encrypted" whether its passphrase was
    given as the caseload's or with --backup-passphrase-file.  It takes the caseload's place,
    keeping its passphrase, and the command says the caseload is encrypted now."""
    from db.backup import backup_to

    path, names = caseload
    encrypted = tmp_path / "office.sqlite"
    with Repository.open(encrypted, passphrase=SECRET) as office:
        office.add_clients(generate_clients(3, seed=9))
        office_names = sorted(row.name for row in office.list_clients())
        backup = backup_to(office.db, tmp_path / "office-backup.sqlite")
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text(SECRET + "\n", encoding="utf-8")
    for how in (("--backup-passphrase-file", phrase_file), ()):
        done = run("restore", backup, "--db", path, *how, passphrase=None if how else SECRET)
        assert done.returncode == 0, done.stderr
        assert "the restored caseload is encrypted: it opens with the backup's passphrase" in done.stdout
        assert looks_encrypted(path)
        with Repository.open(path, passphrase=SECRET) as repo:
            assert sorted(row.name for row in repo.list_clients()) == office_names
        kept = done.stdout.split("kept at ")[1].split(".sqlite")[0] + ".sqlite"
        with Repository.open(kept) as before:
            assert sorted(row.name for row in before.list_clients()) == names
        path.unlink()
        os.replace(kept, path)  # the plain caseload back, for the second way of giving the passphrase


def test_backup_over_its_own_backup_from_before_a_passphrase_change_says_what_to_do(tmp_path, encrypted_caseload):
    """D24-02: after `clinic-app passphrase`, `backup --to` the clinic's usual backup file
    (made with the old passphrase) was refused as "not a backup of this caseload" with
    "Choose another file" only.  Refusing is right (an encrypted file the passphrase does not
    open cannot be told from another caseload), but the message now says it may be this
    caseload's old backup, that it opens with the old passphrase, what to do with it, and
    a free name to back up to; that name works."""
    path, names = encrypted_caseload
    usual = tmp_path / "friday.sqlite"
    assert run("backup", "--db", path, "--to", usual, passphrase=SECRET).returncode == 0
    new_key = tmp_path / "new.txt"
    new_key.write_text("otra frase de paso nueva\n", encoding="utf-8")
    assert run("passphrase", "--db", path, "--new-passphrase-file", new_key, passphrase=SECRET).returncode == 0
    before = usual.read_bytes()

    refused = run("backup", "--db", path, "--to", usual, passphrase="otra frase de paso nueva")
    assert_plain_error(refused, 1, "left as it is", "older backup of this caseload from before its passphrase was changed",
                       "--backup-passphrase-file", "delete it yourself")
    suggested = tmp_path / f"friday-{date.today().isoformat()}.sqlite"
    assert f"for example {suggested}." in refused.stderr, refused.stderr
    assert usual.read_bytes() == before
    assert not suggested.exists()
    done = run("backup", "--db", path, "--to", suggested, passphrase="otra frase de paso nueva")
    assert done.returncode == 0, done.stderr
    with Repository.open(suggested, passphrase="otra frase de paso nueva") as repo:
        assert sorted(row.name for row in repo.list_clients()) == names


def test_a_plain_backup_restored_with_the_caseloads_passphrase_keeps_the_caseload_encrypted(tmp_path, caseload, monkeypatch, capsys):
    """D25-09: at a terminal, `restore plain.sqlite` over an encrypted caseload asked the
    passphrase "for plain.sqlite", then failed "The caseload plain.sqlite is not encrypted";
    the right passphrase made the restore impossible.  Now it is asked for the caseload, and
    the backup is restored encrypted with it, and said so."""
    import getpass

    from clinic_app import cli

    path, names = caseload
    assert run("backup", "--db", path, "--to", tmp_path / "plain.sqlite").returncode == 0
    with Repository.open(path) as repo:
        repo.add_clients(generate_clients(1, seed=99))
    assert run("encrypt", "--db", path, passphrase=SECRET).returncode == 0
    asked: list[str] = []
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert cli.main(["restore", str(tmp_path / "plain.sqlite"), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert asked == [f"Passphrase for {path}: "]
    assert "the restored caseload is encrypted with the caseload's passphrase" in out and "NOT encrypted" not in out
    assert looks_encrypted(path)
    with Repository.open(path, passphrase=SECRET) as repo:
        assert sorted(row.name for row in repo.list_clients()) == names


def test_an_encrypted_caseload_set_aside_for_an_encrypted_backup_says_which_passphrase_opens_what(tmp_path, encrypted_caseload):
    """D25-10: given only the backup's passphrase, the encrypted caseload is set aside as
    ``.encrypted-<stamp>`` (not "damaged"), and the restored one opens with the backup's."""
    path, names = encrypted_caseload
    assert run("backup", "--db", path, "--to", tmp_path / "enc.sqlite", passphrase=SECRET).returncode == 0
    key_file = tmp_path / "key.txt"
    key_file.write_text(SECRET + "\n", encoding="utf-8")
    done = run("restore", tmp_path / "enc.sqlite", "--db", path, "--backup-passphrase-file", key_file)
    assert done.returncode == 0, done.stderr
    (kept,) = tmp_path.glob("caseload.sqlite.encrypted-*")
    assert f"set aside whole, unchanged, at {kept}: it opens with its passphrase" in done.stdout
    assert "The restored caseload is encrypted: it opens with the backup's passphrase." in done.stdout
    assert "NOT encrypted" not in done.stdout and not list(tmp_path.glob("caseload.sqlite.damaged-*"))
    with Repository.open(path, passphrase=SECRET) as repo:
        assert sorted(row.name for row in repo.list_clients()) == names


def test_an_export_of_an_encrypted_caseload_says_the_file_is_not_encrypted(tmp_path, caseload):
    """V27-01: the export of an encrypted caseload is plain JSON text (another laptop imports it),
    and it was said only to be "readable by you only": the clinic that encrypted its caseload
    was not told the file it carries on a USB stick names its clients and convictions in clear."""
    path, names = caseload
    plain_out = tmp_path / "plain-day.jsonl"
    plain = run("export", "--db", path, "--all", "--out", plain_out)
    assert plain.returncode == 0, plain.stderr
    assert "not encrypted" not in plain.stdout + plain.stderr  # a plain caseload's export: nothing to add
    assert run("encrypt", "--db", path, passphrase=SECRET).returncode == 0
    out = tmp_path / "day.jsonl"
    done = run("export", "--db", path, "--all", "--out", out, passphrase=SECRET)
    assert done.returncode == 0, done.stderr
    assert names[0] in out.read_text(encoding="utf-8")  # the file is indeed plain text
    assert "is not encrypted, as the caseload is" in done.stdout and "Carry it encrypted" in done.stdout
    piped = run("export", "--db", path, "--client", "1", passphrase=SECRET)
    assert piped.returncode == 0 and piped.stdout.lstrip().startswith("{")  # standard output stays the request alone
    assert "not encrypted, as the caseload is" in piped.stderr


def test_m42_03_a_laptops_encrypted_caseload_given_to_import_says_to_export_its_clients(tmp_path, capsys):
    """M42-03: a plain caseload given to `import` says to export its clients first (D26-09);
    a laptop's encrypted one, given at the end of a clinic day, was refused as "(top level):
    not UTF-8 text (byte 0x.. at offset 0); save it as UTF-8 ... put that record right".
    It says what the file is and the export to make, with the passphrase."""
    from clinic_app import cli

    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients(generate_clients(1, seed=42))
        repo.encrypt(SECRET)
    clinic = tmp_path / "clinic.sqlite"
    Repository.open(clinic).close()
    assert cli.main(["import", str(laptop), "--db", str(clinic)]) == 2
    err = capsys.readouterr().err
    assert "this is an encrypted caseload or a backup of one, not a file of clients: export its clients first" in err
    assert f"clinic-app export --db {laptop} --passphrase-file FILE --all --out clients.jsonl" in err
    assert "UTF-8" not in err and "put that record right" not in err
    with Repository.open(clinic) as repo:
        assert repo.count_clients() == 0


@pytest.mark.parametrize("command", ["handout", "worksheet"])
def test_p68_01_papers_saved_from_an_encrypted_caseload_say_they_are_not_encrypted(tmp_path, caseload, command):
    """P68-01: a handout or filing worksheet saved to file (one client's, or an event's folder of
    them) is a plain PDF naming the client and their convictions; from an encrypted caseload
    it was said only as "12.pdf (2 pages)" or "3 handouts, 7 pages in fair", where the export
    says its file is not encrypted.  Said as the export says it, and only when the caseload is."""
    path, _names = caseload
    with Repository.open(path) as repo:
        event = next(row.event for row in repo.list_clients() if row.event)
        client = next(row.id for row in repo.list_clients() if row.event == event)
    plain_one = run(command, "--db", path, "--client", client, "--out", tmp_path / "plain.pdf")
    plain_all = run(command, "--db", path, "--event", event, "--out", tmp_path / "plain-folder")
    for done in (plain_one, plain_all):
        assert done.returncode == 0, done.stderr
        assert "not encrypted" not in done.stdout + done.stderr  # a plain caseload's papers: nothing to add
    assert run("encrypt", "--db", path, passphrase=SECRET).returncode == 0
    one = run(command, "--db", path, "--client", client, "--out", tmp_path / "one.pdf", passphrase=SECRET)
    assert one.returncode == 0, one.stderr
    assert ("The PDF is not encrypted, as the caseload is: it names the client and their convictions in plain text. "
            "Carry it encrypted, and delete it once printed.") in one.stdout
    folder = tmp_path / "fair"
    every = run(command, "--db", path, "--event", event, "--out", folder, passphrase=SECRET)
    assert every.returncode == 0, every.stderr
    assert list(folder.glob("*.pdf"))  # the PDFs are written as before
    assert ("The PDFs are not encrypted, as the caseload is: they name clients and their convictions in plain text. "
            "Carry them encrypted, and delete them once printed.") in every.stdout
