"""H58-06: `clinic-app screen --help` printed its contract (what a request may hold, how a
batch and --out behave, the exit statuses) as written in the source, with lines of up to 130
columns where an edit had lengthened one: an 80-column terminal broke them mid-word.  Its
paragraphs are now filled to 79 columns, as the other commands' descriptions are, every
word kept."""

from __future__ import annotations

from clinic_app.screen_command import CONTRACT
from tests.cli.test_cli import clinic_app


def test_screen_help_fits_an_80_column_terminal_and_keeps_every_word():
    result = clinic_app("screen", "--help")
    assert result.returncode == 0, result.stderr
    contract = result.stdout[result.stdout.index("A request is FORMAT.md's"):]
    too_wide = [line for line in contract.splitlines() if len(line) > 79]
    assert too_wide == []
    assert contract.split() == CONTRACT.split()
    # Its paragraphs are still paragraphs: a blank line before each.
    for start in ("In YAML only", "--batch: one JSON request", "--out FILE is replaced", "Exit status: 0 done"):
        assert f"\n\n{start}" in contract, start
