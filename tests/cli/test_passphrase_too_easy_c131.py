"""C131-01: `clinic-app encrypt` (the README's command for a laptop that travels to clinic events)
and `clinic-app passphrase` took "password" or "12345678" as a caseload's passphrase, as the
window's dialog did.  Refused at the terminal and in a passphrase file alike, nothing changed."""

from __future__ import annotations

import getpass
import io

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app import cli  # noqa: E402
from db.cipher import looks_encrypted, too_easy  # noqa: E402
from db.repository import Repository  # noqa: E402

SAID = ("clinic-app: that passphrase is too easy to guess: {why}. A few words of your own are harder to guess and "
        "easier to remember; nothing was changed\n")


@pytest.fixture
def caseload(tmp_path, monkeypatch):
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    path = tmp_path / "caseload.sqlite"
    Repository.open(path, user="t").close()
    return path


@pytest.mark.parametrize(("typed", "why"), [("password", "it is among the passphrases tried first"),
                                            ("PassWord123", "it is among the passphrases tried first"),
                                            ("12345678", "it is a run of keys"), ("98765432", "it is a run of keys"),
                                            ("        ", "it is one key typed over and over")])
def test_a_passphrase_tried_first_typed_at_the_terminal_does_not_encrypt(caseload, monkeypatch, capsys, typed, why):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    answers = [typed, typed]
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    assert cli.main(["--db", str(caseload), "encrypt"]) == 2
    assert capsys.readouterr().err == SAID.format(why=why)
    assert not looks_encrypted(caseload)


def test_a_new_passphrase_tried_first_does_not_replace_the_old_one(caseload, tmp_path, capsys):
    old, easy = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("una frase de paso larga\n", encoding="utf-8")
    easy.write_text("qwertyuiop\n", encoding="utf-8")
    assert cli.main(["--db", str(caseload), "--passphrase-file", str(old), "encrypt"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(caseload), "--passphrase-file", str(old), "passphrase", "--new-passphrase-file", str(easy)]) == 2
    assert capsys.readouterr().err == SAID.format(why="it is among the passphrases tried first")
    Repository.open(caseload, passphrase="una frase de paso larga").close()  # the old one still opens it


@pytest.mark.parametrize("chosen", ["correct horse battery staple", "la frase nueva", "8 chars!", "password in a sentence",
                                    "13572468"])
def test_a_passphrase_of_ones_own_is_not_too_easy(chosen):
    assert too_easy(chosen) is None
