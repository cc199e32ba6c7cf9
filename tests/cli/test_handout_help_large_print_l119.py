"""L119-03: `clinic-app handout --help` said of --large-print only "bigger type and more space between
lines": not whom it is for, that the citations and the footer's "not legal advice" grow too, nor that
with --event every handout of the event is in large print; and no example used it.  It says so now."""

from __future__ import annotations

from tests.cli.program_in_process import run_in_process


def test_l119_03_handout_help_says_what_large_print_is_and_shows_it():
    said = run_in_process(["handout", "--help"], env={})
    assert said.returncode == 0, said.stderr
    words = " ".join(said.stdout.split())  # argparse wraps at any space
    large = words.split("--large-print ")[1].split("--as-of DATE")[0]
    assert large.startswith("for a client who reads only large print:")
    assert "the citations and the footer's notice too" in large
    assert "with --event, every handout of the event" in large
    assert "clinic-app handout --client 12 --large-print --out 12-large.pdf client 12's handout, in large print" in words
