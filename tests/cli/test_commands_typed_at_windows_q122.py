"""A command the program says to type names its files as this system's terminal reads them.

Said for a POSIX shell (shlex.quote), every Windows path came between single quotes, for its
backslashes, which cmd.exe reads as letters of the word: "clinic-app restore 'C:\\Users\\Maria
Lopez\\...\\pomona-STAMP.sqlite' --db '...'" typed there gave the program the file "'C:\\Users\\
Maria" and restored nothing (Q122-01).  On Windows a word is now said between double quotes
where it needs any, as cmd.exe, PowerShell and the C runtime's argument rules all read them;
on Linux and macOS it is said as before.  The platform is faked: these tests run on Linux.
"""

from __future__ import annotations

import shlex
import sys

import pytest

from clinic_app.cli_options import caseload_command, typed_word
from tests.cli.program_in_process import run_in_process
from clinic_app.handouts.document import awaiting_review_note
from clinic_app.model import Client
from clinic_app.wording import quoted
from db.backup import backup_rotating, restore_said
from db.repository import Repository

MARIAS = r"C:\Users\Maria Lopez\AppData\Local\Clinic Desk\caseload.sqlite"


def words_as_windows_reads(line: str) -> list[str]:
    """`line` cut into the words a Windows program is given (the C runtime's rules, which
    Python's own argv follows there): blanks part words outside quotes; 2n backslashes before a
    quote are n and the quote opens or closes, 2n+1 are n and a quote; other backslashes are
    themselves.  cmd.exe passes the line so; it reads a single quote as a letter."""
    words, word, inside, started, i = [], "", False, False, 0
    while i < len(line):
        if line[i] == "\\":
            run = len(line[i:]) - len(line[i:].lstrip("\\"))
            i += run
            if i < len(line) and line[i] == '"':
                word += "\\" * (run // 2)
                if run % 2:
                    word, i = word + '"', i + 1
            else:
                word += "\\" * run
            started = True
            continue
        if line[i] == '"':
            inside, started = not inside, True
        elif line[i] in " \t" and not inside:
            if started:
                words.append(word)
            word, started = "", False
        else:
            word, started = word + line[i], True
        i += 1
    return words + [word] if started else words


@pytest.fixture
def on_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")


@pytest.mark.parametrize("path", [MARIAS, r"C:\Users\ana\caseload.sqlite", r"E:\Smith & Jones (2026)\day.sqlite", "D:\\"])
def test_q122_a_windows_path_is_given_whole_to_the_program(on_windows, path):
    command = caseload_command("list", path, passphrase_file=r"E:\pass phrase.txt")
    assert "'" not in command.replace("Smith & Jones", "")
    assert words_as_windows_reads(command) == ["clinic-app", "list", "--db", path, "--passphrase-file", r"E:\pass phrase.txt"]


def test_q122_said_bare_where_nothing_needs_quoting(on_windows):
    assert caseload_command("list", r"C:\Users\ana\caseload.sqlite") == r"clinic-app list --db C:\Users\ana\caseload.sqlite"
    assert typed_word(MARIAS) == f'"{MARIAS}"'


def test_q122_an_event_named_in_a_command_is_in_double_quotes(on_windows):
    for event in ("Office walk-in", "St. Mary's Night", 'The "Second Chance" Night'):
        assert words_as_windows_reads(f"clinic-app list --event {typed_word(event, posix=quoted)}")[-1] == event
    note = awaiting_review_note(2, "Office walk-in", 0, "clinic-app {}".format)
    assert '--event "Office walk-in"' in note


def test_q122_a_damaged_caseload_restore_typed_at_cmd_restores_it(on_windows, tmp_path):
    """The restore said for a damaged caseload in a folder with a space, as a Windows account's is."""
    caseload = tmp_path / "Maria Lopez" / "pomona.sqlite"
    caseload.parent.mkdir()
    with Repository.open(caseload, create=True) as repo:
        repo.add_client(Client(name="Ana Ruiz"))
        backup = backup_rotating(repo.db)
    said = restore_said(caseload)
    command = said[said.index("clinic-app"):said.index(" (older ones")]
    assert words_as_windows_reads(command) == ["clinic-app", "restore", str(backup.absolute()), "--db", str(caseload)]


def test_q122_linux_and_macos_say_it_as_before(monkeypatch):
    for platform in ("linux", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert caseload_command("list", "/home/maria lopez/day.sqlite") == "clinic-app list --db '/home/maria lopez/day.sqlite'"
        assert typed_word("/home/ana/day.sqlite") == shlex.quote("/home/ana/day.sqlite")
        assert typed_word("Office walk-in", posix=quoted) == "'Office walk-in'"


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_q122_06_a_json_document_given_to_batch_is_said_screened_whole(tmp_path, monkeypatch, platform):
    """An indented request given to --batch is said with the command that screens it (C31-06):
    "clinic-app screen /…/case files/request.json", its path bare, screened "/…/case"."""
    request = tmp_path / "case files" / "request.json"
    request.parent.mkdir()
    request.write_text('{\n  "as_of": "2026-11-15"\n}\n', encoding="utf-8")
    monkeypatch.setattr(sys, "platform", platform)  # the command's modules are loaded already
    said = run_in_process(["screen", "--batch", str(request)], env={})
    assert said.returncode == 2
    command = said.stderr[said.stderr.index("clinic-app screen "):].split(", or ")[0]
    words = words_as_windows_reads(command) if platform == "win32" else shlex.split(command)
    assert words == ["clinic-app", "screen", str(request)]
