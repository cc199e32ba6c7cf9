"""W141-04: `clinic-app encrypt --help` said only "writes: the caseload, encrypted in place with a new
passphrase" and "asks for the new passphrase twice"; its --passphrase-file reads "an encrypted
caseload's passphrase".  A coordinator readying event laptops by script (C131) read nowhere that
the file's first line is the new passphrase encrypt takes, nor which passphrases it refuses (C131-01,
R136-03: a run of keys too, which the README left out).  Both helps say it, and it is so."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import clinic_app

RULE = ('A new passphrase has at least 8 characters, and one of the kind tried first is refused: "password", '
        '"12345678", one key typed over and over, a run of keys ("abcdefgh").')


def _help(command: str) -> str:
    return " ".join(clinic_app(command, "--help").stdout.split())


def test_w141_04_encrypt_help_says_where_the_new_passphrase_comes_from_and_the_rule():
    said = _help("encrypt")
    assert ("reads: the caseload; writes: the caseload, encrypted in place with the new passphrase: typed twice at "
            "the terminal, or the first line of --passphrase-file FILE (or CLINIC_DESK_PASSPHRASE)") in said
    assert RULE in said
    assert "clinic-app encrypt --passphrase-file new.txt the new passphrase from a file's first line" in said
    assert RULE in _help("passphrase")


def test_w141_04_encrypt_takes_the_files_passphrase_and_refuses_a_run_of_keys(tmp_path, monkeypatch):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    from db.cipher import looks_encrypted
    from db.repository import Repository

    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    caseload, given = tmp_path / "caseload.sqlite", tmp_path / "new.txt"
    Repository.open(caseload, user="t").close()
    given.write_text("abcdefgh\n", encoding="utf-8")
    refused = clinic_app("--db", caseload, "--passphrase-file", given, "encrypt")
    assert refused.returncode == 2 and "it is a run of keys" in refused.stderr
    assert not looks_encrypted(caseload)
    given.write_text("river stone lamp\n", encoding="utf-8")
    assert clinic_app("--db", caseload, "--passphrase-file", given, "encrypt").returncode == 0
    assert looks_encrypted(caseload)
