"""G65-04: `clinic-app encrypt`, the README's command, encrypted the caseload with "abc" typed at the
terminal (or given in --passphrase-file), where File > Encrypt caseload... asks for 8 characters
or more; `clinic-app passphrase --new-passphrase-file` took one as short.  A new passphrase has the
window's minimum at the terminal too, and a shorter one changes nothing."""

from __future__ import annotations

import getpass
import io

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app import cli  # noqa: E402
from clinic_app.demo import generate_clients  # noqa: E402
from db.cipher import looks_encrypted  # noqa: E402
from db.repository import Repository  # noqa: E402

SAID = "clinic-app: the passphrase needs at least 8 characters (a few words are easier to remember); nothing was changed\n"


@pytest.fixture
def caseload(tmp_path, monkeypatch):
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="t") as repo:
        repo.add_clients(generate_clients(2, seed=4))
    return path


@pytest.fixture
def typed(monkeypatch):
    """What is typed at the terminal's passphrase prompts, one answer a prompt."""
    answers: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    return answers


def test_a_short_passphrase_typed_at_the_terminal_does_not_encrypt(caseload, typed, capsys):
    typed += ["abc", "abc"]
    assert cli.main(["--db", str(caseload), "encrypt"]) == 2
    assert capsys.readouterr().err == SAID
    assert not looks_encrypted(caseload)
    with Repository.open(caseload) as repo:  # still the plain caseload, whole
        assert repo.count_clients() == 2


def test_eight_characters_typed_at_the_terminal_encrypt(caseload, typed, capsys):
    typed += ["8 chars!", "8 chars!"]
    assert cli.main(["--db", str(caseload), "encrypt"]) == 0
    assert looks_encrypted(caseload)
    with Repository.open(caseload, passphrase="8 chars!") as repo:
        assert repo.count_clients() == 2


def test_a_short_passphrase_in_a_file_does_not_encrypt(caseload, tmp_path, capsys):
    short = tmp_path / "key.txt"
    short.write_text("abc\n", encoding="utf-8")
    assert cli.main(["--db", str(caseload), "--passphrase-file", str(short), "encrypt"]) == 2
    assert capsys.readouterr().err == SAID
    assert not looks_encrypted(caseload)


def test_a_short_new_passphrase_does_not_replace_the_old_one(caseload, tmp_path, capsys):
    old, short = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("una frase de paso larga\n", encoding="utf-8")
    short.write_text("abc\n", encoding="utf-8")
    assert cli.main(["--db", str(caseload), "--passphrase-file", str(old), "encrypt"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(caseload), "--passphrase-file", str(old), "passphrase",
                     "--new-passphrase-file", str(short)]) == 2
    assert capsys.readouterr().err == SAID
    with Repository.open(caseload, passphrase="una frase de paso larga") as repo:
        assert repo.count_clients() == 2


def test_r66_04_a_caseload_made_with_a_short_passphrase_given_is_refused_too(tmp_path, monkeypatch, capsys):
    """CLINIC_DESK_PASSPHRASE set (or --passphrase-file) and a command that makes a new caseload:
    the caseload was made encrypted with "abc", which neither the window nor `encrypt` takes."""
    command = ["demo", "--clients", "2"]
    new = tmp_path / "new.sqlite"
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", "abc")
    assert cli.main([*command, "--db", str(new)]) == 2
    assert capsys.readouterr().err == SAID
    assert not new.exists()
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", "una frase de paso larga")  # long enough: made, encrypted
    assert cli.main([*command, "--db", str(new)]) == 0
    assert looks_encrypted(new)
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", "abc")  # not a new one: the caseload's, said to be wrong as before
    assert cli.main(["list", "--db", str(new)]) == 1
    assert "does not open" in capsys.readouterr().err


def test_r66_05_a_passphrase_file_saved_with_a_bom_gives_the_passphrase_typed(caseload, tmp_path, capsys):
    """Windows Notepad's "UTF-8 with BOM": the file's U+FEFF was read as the passphrase's first
    character, and the caseload encrypted with a passphrase the window could never be typed."""
    file = tmp_path / "frase.txt"
    file.write_bytes("\ufeffuna frase de paso larga\r\n".encode())
    assert cli.main(["encrypt", "--db", str(caseload), "--passphrase-file", str(file)]) == 0
    with Repository.open(caseload, passphrase="una frase de paso larga") as repo:
        assert len(repo.list_clients()) == 2
    assert cli.main(["list", "--db", str(caseload), "--passphrase-file", str(file)]) == 0


def test_r66_04_the_window_s_first_start_with_a_short_passphrase_given_makes_no_caseload(tmp_path, monkeypatch, capsys):
    """`clinic-app --db new.sqlite --demo` with CLINIC_DESK_PASSPHRASE set: the window's start
    made the caseload (and the demo filled it) encrypted with "abc"."""
    import ui.app

    opened = []
    monkeypatch.setattr(ui.app, "run", lambda db_path, **kwargs: opened.append(db_path) or 0)
    monkeypatch.setattr(cli, "_no_display", lambda: False)
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", "abc")
    new = tmp_path / "new.sqlite"
    assert cli.main(["--db", str(new), "--demo"]) == 2
    assert capsys.readouterr().err == SAID
    assert not new.exists() and opened == []
