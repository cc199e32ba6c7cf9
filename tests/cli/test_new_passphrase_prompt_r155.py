"""R155-02: L154-02 and L154-03 mended the prompt for a caseload's passphrase; `clinic-app encrypt`
(and `clinic-app passphrase`) ask a new one at the terminal, "New passphrase:", and had neither
mend.  Ctrl-D there (a director deciding not to encrypt yet) printed "Clinic Desk crash report"
and Python's traceback; and where SQLCipher is missing the new passphrase was asked, typed twice,
before "Encrypted caseloads need SQLCipher" was said.  Now Ctrl-D says in one line that nothing
was done, exit status 2, and the missing SQLCipher is said before anything is asked."""

from __future__ import annotations

import io
import sys

import pytest

from clinic_app import cli
from clinic_app.model import Client
from db.repository import Repository


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def at_a_terminal(tmp_path, monkeypatch):
    """A plain caseload with one client, the command run at a terminal, no passphrase given."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Tomás Herrera"))
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal(""))
    return path


def test_r155_02_ctrl_d_at_the_new_passphrase_prompt_says_nothing_was_done(at_a_terminal, capsys, monkeypatch):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    asked = []

    def ctrl_d(prompt: str) -> str:
        asked.append(prompt)
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    assert cli.main(["encrypt", "--db", str(at_a_terminal)]) == 2
    said = capsys.readouterr().err
    assert asked == ["New passphrase: "]
    assert "crash report" not in said and "Traceback" not in said
    assert "no new passphrase was typed; nothing was changed" in said
    with Repository.open(at_a_terminal) as repo:  # still plain: opens with no passphrase
        assert [client.name for client in repo.list_clients()] == ["Tomás Herrera"]


def test_r155_02_without_sqlcipher_no_new_passphrase_is_asked(at_a_terminal, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # the import fails, as on a laptop without it
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "river lantern orchard")
    assert cli.main(["encrypt", "--db", str(at_a_terminal)]) == 1
    assert asked == []
    assert "Encrypted caseloads need SQLCipher, which is not installed here" in capsys.readouterr().err
