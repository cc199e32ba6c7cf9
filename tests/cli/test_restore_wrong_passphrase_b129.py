"""B129-01: a mistyped passphrase given to `clinic-app restore` was said to be "the passphrase
given for the backup", with "a backup made before the passphrase was changed" as the reason:
the director, who had changed no passphrase and given no backup's, went looking for an older
one.  One passphrase that opens neither the backup nor the caseload is simply wrong, and said so."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.demo import generate_clients  # noqa: E402
from db.backup import backup_to  # noqa: E402
from db.cipher import change_passphrase, encrypt_caseload  # noqa: E402
from db.repository import Repository  # noqa: E402
from test_cli import assert_plain_error  # noqa: E402
from test_cli import clinic_app_with_passphrase as run  # noqa: E402
from tests.made_once import made_once  # noqa: E402

SECRET = "la frase de la clinica"


@pytest.fixture
def encrypted_with_backup(tmp_path):
    """An encrypted caseload of three clients and its backup of last week, both closed: made
    once a test process and copied into this test's folder (each open on the way pays
    SQLCipher's key derivation; seven tests here and in R130's file made the same two files)."""
    return made_once(_make_encrypted_with_backup, tmp_path)


def _make_encrypted_with_backup(folder):
    folder.mkdir()
    path = folder / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients(generate_clients(3, seed=5))
    encrypt_caseload(path, SECRET)
    with Repository.open(path, passphrase=SECRET) as repo:
        backup = backup_to(repo.db, folder / "last-week.sqlite")
    return path, backup


def test_a_mistyped_passphrase_is_said_wrong_not_an_older_ones(encrypted_with_backup):
    path, backup = encrypted_with_backup
    before = path.read_bytes()
    refused = run("restore", backup, "--db", path, passphrase="la frase de la clinca")
    assert_plain_error(refused, 1, "does not open", str(backup), str(path))
    assert "given for the backup" not in refused.stderr
    assert "passphrase was changed" not in refused.stderr
    assert path.read_bytes() == before


def test_a_backup_from_before_a_change_is_still_said_so(encrypted_with_backup):
    path, backup = encrypted_with_backup
    change_passphrase(path, SECRET, "la frase nueva")
    refused = run("restore", backup, "--db", path, passphrase="la frase nueva")
    assert_plain_error(refused, 1, "passphrase was changed", str(backup))


def test_a_wrong_passphrase_on_a_new_laptop_names_the_backup_alone(encrypted_with_backup, tmp_path):
    _, backup = encrypted_with_backup
    new = tmp_path / "new-laptop" / "caseload.sqlite"
    refused = run("restore", backup, "--db", new, passphrase="not it")
    assert_plain_error(refused, 1, "does not open", str(backup))
    assert "passphrase was changed" not in refused.stderr and not new.exists()


@pytest.mark.parametrize("given", ["--passphrase-file", "--backup-passphrase-file"])
def test_b130_03_a_wrong_passphrase_over_a_plain_caseload_is_said_wrong_not_an_older_ones(encrypted_with_backup, tmp_path, given):
    """B130-03: over a plain caseload the passphrase given is taken as the backup's, and a wrong one
    was still told "A backup made before the passphrase was changed opens only with the passphrase
    of then", of a caseload that has none."""
    _, backup = encrypted_with_backup
    plain = tmp_path / "plain" / "caseload.sqlite"
    plain.parent.mkdir()
    with Repository.open(plain) as repo:
        repo.add_clients(generate_clients(2, seed=7))
    before = plain.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("la frase de la clinca\n", encoding="utf-8")
    refused = run("restore", backup, "--db", plain, given, wrong)
    assert_plain_error(refused, 1, f"The passphrase does not open the backup {backup}: check it and try again. Nothing was changed.")
    assert "passphrase was changed" not in refused.stderr
    assert plain.read_bytes() == before
