"""A command on an encrypted caseload given no passphrase, with no terminal to type it at
(a script, a scheduled `clinic-app rescreen`), says how to give it (Q61-04).

It said "The file ... is encrypted, or it is not a Clinic Desk caseload: an encrypted
caseload opens with its passphrase", and nothing of --passphrase-file or
CLINIC_DESK_PASSPHRASE: the user was left to find them in --help.
"""

from __future__ import annotations

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.model import Client  # noqa: E402
from db.repository import Repository  # noqa: E402
from test_cli import assert_plain_error  # noqa: E402
from test_cli_encryption import run  # noqa: E402

SECRET = "una frase de paso larga"


def test_q61_04_no_passphrase_and_no_terminal_says_how_to_give_it(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Cira Cifrada"))
    for command in (("list",), ("rescreen",)):
        result = run(*command, "--db", path)
        assert_plain_error(result, 1, f"The file {path} is encrypted", "--passphrase-file FILE", "CLINIC_DESK_PASSPHRASE")
    listed = run("list", "--db", path, passphrase=SECRET)
    assert listed.returncode == 0 and "Cira Cifrada" in listed.stdout
