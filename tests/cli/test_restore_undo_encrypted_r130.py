"""R130-01: on an encrypted caseload B129-04's undo command ended "--passphrase-file FILE", a
word to replace: typed as printed it failed ("there is no file FILE"), though the restore had
been given its passphrase file by name, and a passphrase from CLINIC_DESK_PASSPHRASE or typed
at the terminal needs no file at all.  The undo is said as the terminal's other next commands
are (`next_command`): the file given, by its name, or none."""

from __future__ import annotations

import re
import shlex

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.model import Client  # noqa: E402
from db.repository import Repository  # noqa: E402
from test_cli import clinic_app_with_passphrase as run  # noqa: E402
from test_restore_wrong_passphrase_b129 import SECRET, encrypted_with_backup  # noqa: E402, F401 - a fixture


@pytest.fixture
def restored_last_week(encrypted_with_backup):  # noqa: F811
    """An encrypted caseload, its backup of last week, a client added since."""
    caseload, backup = encrypted_with_backup
    with Repository.open(caseload, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Seen Today"))
    return caseload, backup


def _undone(caseload, undo: str, passphrase: str | None) -> list[str]:
    assert run(*shlex.split(undo)[1:], passphrase=passphrase).returncode == 0
    with Repository.open(caseload, create=False, passphrase=SECRET) as repo:
        return [c.name for c in repo.list_clients()]


def test_the_undo_names_the_passphrase_file_the_restore_was_given(restored_last_week, tmp_path):
    caseload, backup = restored_last_week
    given = tmp_path / "clinic passphrase.txt"
    given.write_text(SECRET + "\n", encoding="utf-8")
    done = run("restore", backup, "--db", caseload, "--passphrase-file", given)
    assert done.returncode == 0, done.stderr
    (undo,) = re.findall(r"To undo the restore: (clinic-app [^\n]*)", done.stdout)
    assert "FILE" not in undo and shlex.quote(str(given)) in undo
    assert "Seen Today" in _undone(caseload, undo, passphrase=None)


def test_the_undo_asks_no_file_of_a_passphrase_from_the_environment(restored_last_week):
    caseload, backup = restored_last_week
    done = run("restore", backup, "--db", caseload, passphrase=SECRET)
    assert done.returncode == 0, done.stderr
    (undo,) = re.findall(r"To undo the restore: (clinic-app [^\n]*)", done.stdout)
    assert "--passphrase-file" not in undo
    assert "Seen Today" in _undone(caseload, undo, passphrase=SECRET)
