"""F24-03: the README's commands are the ones `clinic-app` has, with the options it takes.

A volunteer types them as written, on a laptop with no network and nobody to ask.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from clinic_app.cli import build_parser
from db.repository import Repository

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return {"": parser, **sub.choices}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def test_every_command_the_readme_names_exists():
    commands = _commands()
    named = set(re.findall(r"clinic-app ([a-z]+(?:-[a-z]+)*)\b", README))  # rename-event (N106)
    assert named, "the README names no command"
    assert named - set(commands) == set()


def test_every_option_in_the_command_tables_rows_belongs_to_that_command():
    commands = _commands()
    rows = [line for line in README.splitlines() if line.startswith("| `clinic-app")]
    assert len(rows) >= 15
    for row in rows:
        for usage in re.findall(r"`(clinic-app[^`]*)`", row.split("|")[1]):
            words = usage.split()
            name = words[1] if len(words) > 1 and not words[1].startswith(("-", "[")) else ""
            known = _options(commands[name]) | _options(commands[""])
            for option in re.findall(r"(--[a-z][a-z-]*)", usage):
                assert option in known, f"{usage}: {option}"


def test_the_install_line_starts_the_program_on_a_demo_caseload_of_its_own(tmp_path, monkeypatch):
    """F24-03: the first command (`clinic-app --demo`) filled the clinic's own caseload, empty on
    a new laptop, with synthetic clients no one could later tell from real ones; `--demo`
    without `--db` now opens a demo caseload beside it, and the clinic's is never created."""
    import ui.app
    from clinic_app import cli

    first_command = README.split("```sh", 1)[1].split("```", 1)[0]
    assert first_command.strip().endswith(".venv/bin/clinic-app --demo")
    second_command = README.split("```sh", 2)[2].split("```", 1)[0]
    assert "pytest" in second_command  # the test command stays the README's second

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    opened = []
    monkeypatch.setattr(ui.app, "run", lambda db_path, *, screenshot=None, passphrase=None, passphrase_from_environment=False: opened.append(db_path) or 0)
    assert cli.main(["--demo"]) == 0
    folder = tmp_path / "data" / "ClinicDesk"
    assert opened == [folder / "demo.sqlite"]
    assert not (folder / "caseload.sqlite").exists()
    with Repository.open(folder / "demo.sqlite", create=False) as repo:
        assert repo.count_clients() == cli.DEMO_WINDOW_CLIENTS
    assert cli.main([]) == 0  # without --demo: the clinic's own caseload
    assert opened[-1] == folder / "caseload.sqlite"


def test_the_missing_library_message_installs_what_the_readme_installs(tmp_path, monkeypatch, capsys):
    """F24-08: the window's "a system library is missing" line named five of the README's seven libraries."""
    import ui.app
    from clinic_app import cli

    def run_without_libegl(db_path, *, screenshot=None, passphrase=None, passphrase_from_environment=False):
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ui.app, "run", run_without_libegl)
    assert cli.main(["--db", str(tmp_path / "c.sqlite")]) == 1
    said = capsys.readouterr().err.split("sudo apt-get install ", 1)[1].split()
    install_line = README.split("```sh", 1)[1].split("```", 1)[0]
    readme_libraries = {word for word in install_line.split("&&")[0].split() if word.startswith("lib")}
    assert set(said) == readme_libraries


def test_with_no_display_the_window_says_so_in_one_line_and_changes_nothing(tmp_path, monkeypatch, capsys):
    """First-run check: on a console or an SSH session Qt aborted with a core dump and a plugin
    list (after --demo had filled the caseload); the program now says what is missing."""
    import ui.app
    from clinic_app import cli

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(ui.app, "run", lambda *args, **kwargs: pytest.fail("Qt was started with no display"))
    monkeypatch.setattr(cli.sys, "platform", "linux")
    path = tmp_path / "demo.sqlite"
    assert cli.main(["--db", str(path), "--demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a desktop session" in err and "DISPLAY" in err
    assert not path.exists()
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(ui.app, "run", lambda db_path, **kwargs: 0)
    assert cli.main(["--db", str(path), "--demo"]) == 0


def test_the_readme_says_how_many_backups_of_each_kind_are_kept_and_where():
    """D26-05: the README gave the automatic backups' and the before-change copies' numbers,
    but not that a damaged caseload is set aside too, nor how many set-aside caseloads are
    kept, nor the whole count a small disk must make room for.  Its numbers are the program's."""
    import inspect

    from clinic_app import cli
    from db import backup, connection

    kinds = set(re.findall(r'backup_before\((?:repo\.db|repo|current|db), "(\w+)"', inspect.getsource(cli) + inspect.getsource(backup)
                           + inspect.getsource(connection)))
    kinds |= set(re.findall(r'_backup_before\(repo, "(\w+)"\)', inspect.getsource(cli)))
    assert kinds == {"migration", "restore", "import", "rescreen", "demo", "merge", "rename"}
    text = " ".join(README.split())
    assert f"keeps that caseload's newest {backup.KEEP_AUTOMATIC}" in text
    assert f"the newest {backup.KEEP_BEFORE_CHANGE} of each kind for each caseload" in text
    assert "`caseload.sqlite.damaged-…`" in text and "`caseload.sqlite.encrypted-…`" in text
    assert f"the newest {backup.KEEP_BEFORE_CHANGE} set aside of each kind are kept" in text
    assert (f"at most {backup.KEEP_AUTOMATIC} automatic backups, {backup.KEEP_BEFORE_CHANGE * len(kinds)} copies made "
            f"before a change ({len(kinds)} kinds) and {2 * backup.KEEP_BEFORE_CHANGE} caseloads set aside") in text


def test_every_command_has_a_row_in_the_command_table():
    """W64-02: `clinic-app merge` (the terminal's Merge a duplicate) had no row: the table
    is where a reader looks up what a command does and takes."""
    rows = [line.split("|")[1] for line in README.splitlines() if line.startswith("| `clinic-app")]
    named = set()
    for cell in rows:
        for usage in re.findall(r"`clinic-app ([a-z]+(?:-[a-z]+)*)\b", cell):
            named.add(usage)
    assert set(_commands()) - {""} - named == set()
