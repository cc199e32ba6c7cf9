"""F24-03: the README's commands are the ones `clinic-app` has, with the options it takes.

A volunteer types them as written, on a laptop with no network and nobody to ask.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from clinic_app.cli import build_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return {"": parser, **sub.choices}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def test_every_command_the_readme_names_exists():
    commands = _commands()
    named = set(re.findall(r"clinic-app ([a-z]+)\b", README))
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


def test_the_install_line_starts_the_program_on_the_clinics_caseload_not_a_demo():
    """The first command filled the real caseload with synthetic clients (`--demo`), who could
    not be told apart from real ones later; the demo now gets a caseload of its own."""
    first_command = README.split("```sh", 1)[1].split("```", 1)[0]
    assert first_command.strip().endswith(".venv/bin/clinic-app")
    assert ".venv/bin/clinic-app --db demo.sqlite --demo" in README


def test_the_missing_library_message_installs_what_the_readme_installs(tmp_path, monkeypatch, capsys):
    """F24-08: the window's "a system library is missing" line named five of the README's seven libraries."""
    import ui.app
    from clinic_app import cli

    def run_without_libegl(db_path, *, screenshot=None, passphrase=None):
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ui.app, "run", run_without_libegl)
    assert cli.main(["--db", str(tmp_path / "c.sqlite")]) == 1
    said = capsys.readouterr().err.split("sudo apt-get install ", 1)[1].split()
    install_line = README.split("```sh", 1)[1].split("```", 1)[0]
    readme_libraries = {word for word in install_line.split("&&")[0].split() if word.startswith("lib")}
    assert set(said) == readme_libraries
