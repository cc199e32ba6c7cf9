"""J59-03: `clinic-app --help` printed its description and examples as written in the source
(up to 87 columns), and `list --help` argparse's `{eligible_now,...,filed}` for --outcome, a
word of 170 columns in the usage and on the option's line: an 80-column terminal broke them
mid-word.  Every command's help now fits 79 columns, every word kept: a long example command
is continued after its "&&" or with the shell's " \\", so it still runs as copied."""

from __future__ import annotations

import pytest

from clinic_app import cli
from clinic_app.help_text import examples
from tests.cli.test_cli import commands_joined

COMMANDS = ["", *cli.build_parser()._subparsers._group_actions[0].choices]


def help_of(command: str, capsys, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", "80")  # argparse fills the options' help to the terminal's width
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--help"] if command else ["--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def words(text: str) -> str:
    """The words of `text`, one space between, the shell's line continuations left out."""
    return " ".join(word for word in text.split() if word != "\\")


def test_every_command_is_asked():
    assert {"list", "screen", "handout", "worksheet", "merge"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_no_line_of_any_help_passes_79_columns(command, capsys, monkeypatch):
    too_wide = [line for line in help_of(command, capsys, monkeypatch).splitlines() if len(line) > 79]
    assert too_wide == []


def test_the_command_lists_description_and_examples_keep_every_word(capsys, monkeypatch):
    shown = words(help_of("", capsys, monkeypatch))
    assert "Clinic Desk: record-clearance screening and caseload for California legal clinics." in shown
    for example in cli.EXAMPLES.splitlines():
        assert words(example) in shown, example
    assert shown.endswith("Each command says more: clinic-app COMMAND --help.")


@pytest.mark.parametrize("command", sorted(cli.COMMAND_USES))
def test_what_each_command_reads_and_writes_and_its_examples_keep_every_word(command, capsys, monkeypatch):
    shown = words(help_of(command, capsys, monkeypatch))
    reads_writes, its_examples = cli.COMMAND_USES[command]
    assert words(reads_writes) + "." in shown
    for example in its_examples.splitlines():
        assert words(example) in shown, example


def test_list_help_names_every_outcome_it_takes(capsys, monkeypatch):
    shown = words(help_of("list", capsys, monkeypatch))
    assert "[--outcome OUTCOME]" in shown
    for outcome in cli.build_parser()._subparsers._group_actions[0].choices["list"]._option_string_actions["--outcome"].choices:
        assert f" {outcome}," in shown or f" {outcome};" in shown, outcome


def test_a_long_example_is_continued_where_the_shell_continues_it():
    shown = examples("clinic-app export --client 12 --out 12.json && clinic-app screen 12.json --format text   read aloud\n"
                     "clinic-app screen --batch requests.jsonl --out results.jsonl --as-of 2026-11-15   a file of requests")
    assert shown.splitlines() == [
        "examples:",
        "  clinic-app export --client 12 --out 12.json &&",
        "    clinic-app screen 12.json --format text",
        "      read aloud",
        "  clinic-app screen --batch requests.jsonl --out results.jsonl \\",
        "    --as-of 2026-11-15",  # an option and its value are not parted
        "      a file of requests",
    ]
    assert commands_joined(shown).splitlines()[1] == ("  clinic-app export --client 12 --out 12.json && "
                                                      "clinic-app screen 12.json --format text")
