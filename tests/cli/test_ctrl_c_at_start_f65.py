"""F65-06: a Ctrl-C while a command was still starting (each command's module is loaded to build
its help: half a second on a busy laptop) printed Python's traceback, ending in
"KeyboardInterrupt", of `clinic-app backup` or `restore`: the paralegal was left to wonder what
had been done.  Nothing had: that is said, with exit status 130 as any Ctrl-C."""

from __future__ import annotations

import pytest

import clinic_app.cli as cli


def test_f65_06_a_ctrl_c_while_the_command_starts_says_nothing_was_done(tmp_path, monkeypatch, capsys):
    def stopped():
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", stopped)
    caseload = tmp_path / "caseload.sqlite"
    try:
        status = cli.main(["restore", "--db", str(caseload), str(tmp_path / "backup.sqlite")])
    except KeyboardInterrupt:  # caught here: escaped, it would stop the whole test run
        pytest.fail("the Ctrl-C went through main as a traceback")
    assert status == 130
    said = capsys.readouterr()
    assert said.err == "clinic-app: interrupted before the command began; nothing was read or written.\n"
    assert "Traceback" not in said.err and said.out == ""
    assert list(tmp_path.iterdir()) == []


def test_r66_01_a_ctrl_c_while_the_code_is_stamped_says_nothing_was_done_too(tmp_path, monkeypatch, capsys):
    """After the parser, main reads and hashes the program's files (running_code.remember, tens
    of milliseconds) before the command begins: a Ctrl-C there printed the traceback still."""
    import clinic_app.running_code as running_code

    def stopped():
        raise KeyboardInterrupt

    monkeypatch.setattr(running_code, "remember", stopped)
    try:
        status = cli.main(["backup", "--db", str(tmp_path / "caseload.sqlite"), "--to", str(tmp_path / "copy.sqlite")])
    except KeyboardInterrupt:
        pytest.fail("the Ctrl-C went through main as a traceback")
    assert status == 130
    said = capsys.readouterr()
    assert said.err == "clinic-app: interrupted before the command began; nothing was read or written.\n"
    assert list(tmp_path.iterdir()) == []
