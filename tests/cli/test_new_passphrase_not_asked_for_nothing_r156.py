"""R156-03: R155-02 said a missing SQLCipher before "New passphrase:" is asked, as L154-02 does
for a caseload's passphrase, not after it was typed twice for nothing.  `clinic-app encrypt` of a
caseload already encrypted (a director who forgot she did it last month) still asked a new
passphrase twice and only then said "The caseload ... is already encrypted."; and `clinic-app
passphrase` of a caseload never encrypted asked one twice before saying it is not.  Each is said
now before anything is asked, with the command that does what was meant."""

from __future__ import annotations

import pytest

from clinic_app import cli
from db.repository import Repository
from tests.cli.test_new_passphrase_prompt_r155 import at_a_terminal  # noqa: F401 (a fixture)

SECRET = "river lantern orchard"


def _typed(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or SECRET)
    return asked


def test_r156_03_encrypt_of_an_encrypted_caseload_asks_no_new_passphrase(at_a_terminal, capsys, monkeypatch):  # noqa: F811
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    from db.cipher import encrypt_caseload

    encrypt_caseload(at_a_terminal, SECRET)
    asked = _typed(monkeypatch)
    assert cli.main(["encrypt", "--db", str(at_a_terminal)]) == 1
    assert asked == []
    said = capsys.readouterr().err
    assert f"The caseload {at_a_terminal} is already encrypted" in said
    assert "clinic-app passphrase" in said  # to give it a new one
    with Repository.open(at_a_terminal, passphrase=SECRET) as repo:
        assert len(repo.list_clients()) == 1


def test_r156_03_passphrase_of_a_plain_caseload_asks_no_new_passphrase(at_a_terminal, capsys, monkeypatch):  # noqa: F811
    asked = _typed(monkeypatch)
    assert cli.main(["passphrase", "--db", str(at_a_terminal)]) != 0
    assert asked == []
    said = capsys.readouterr().err
    assert "is not encrypted" in said and "clinic-app encrypt" in said
    with Repository.open(at_a_terminal) as repo:  # still plain
        assert len(repo.list_clients()) == 1


def test_r156_04_ctrl_d_at_the_second_prompt_says_the_passphrase_was_not_typed_again(at_a_terminal, capsys,  # noqa: F811
                                                                                      monkeypatch):
    """R156-04: Ctrl-D at "The same passphrase again:" said "no new passphrase was typed" of the one
    just typed at "New passphrase:"."""
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    answers = iter([SECRET])

    def typed_once(prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("getpass.getpass", typed_once)
    assert cli.main(["encrypt", "--db", str(at_a_terminal)]) == 2
    said = capsys.readouterr().err
    assert "the new passphrase was not typed again; nothing was changed" in said
    assert "no new passphrase was typed" not in said
    with Repository.open(at_a_terminal) as repo:  # still plain
        assert len(repo.list_clients()) == 1
