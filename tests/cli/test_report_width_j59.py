"""J59-05: `clinic-app report`'s "Remedy by remedy" table was 134 columns wide at any
terminal (a remedy's title, then five counts 14 wide): at 60 or 80 columns the terminal broke
its rows mid-word.  It now fits the terminal (or COLUMNS) as `screen --format text` does: the
counts under each title where the row is wider, their columns as wide as their headings where
even 72 is, a longer line cut between words; every word kept.  To a file or a pipe, and on a
terminal wide enough, the report is as it was."""

from __future__ import annotations

import pytest

from clinic_app.eligibility import REMEDIES, remedy_title
from clinic_app.report import _title_by_key
from tests.cli.program_in_process import run_in_process


def report(db, columns: str | None) -> str:
    """`clinic-app report` to a file, as to a pipe, with COLUMNS set to `columns` (None: not
    set).  Run in this process: the width is the command's (columns_asked reads COLUMNS, and a
    file is no terminal), not its process's; eleven processes started here took ~1 s each."""
    result = run_in_process(["report", "--db", str(db), "--as-of", "2026-12-01"], env={"COLUMNS": columns})
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [60, 72, 80, 100])
def test_every_line_fits_the_terminal_and_every_word_is_kept(screened_caseload, columns):
    as_it_was = report(screened_caseload, None)
    assert max(len(line) for line in as_it_was.splitlines()) > 130  # the table beside the titles
    fitted = report(screened_caseload, str(columns))
    # No line wider, but a word that is wider alone: the caseload's path in the command the report
    # says (R114-01), under pytest-xdist longer than 60 columns, kept whole to be copied (M58-03).
    assert [line for line in fitted.splitlines() if len(line) > columns and " " in line.strip()] == []
    assert fitted.split() == said_by_key(as_it_was, fitted).split()


def said_by_key(as_it_was: str, fitted: str) -> str:
    """`as_it_was`, but for the remedy titles `fitted` says by their KEY alone, without the
    statute the KEY spells, so that the row reads whole on its line (W122-01)."""
    for remedy in REMEDIES:
        whole, by_key = f"{remedy_title(remedy.key)}: {remedy.key}", _title_by_key(remedy.key)
        if by_key != whole and f"  {by_key} " in fitted:
            as_it_was = as_it_was.replace(f"  {whole} ", f"  {by_key} ")
    return as_it_was


def test_a_row_keeps_its_title_above_its_counts_under_the_headings(screened_caseload):
    fitted = report(screened_caseload, "60").splitlines()
    at = fitted.index("  Remedy")
    assert fitted[at + 1] == "   eligible eligible on blocked needs review not eligible"
    title = next(i for i, line in enumerate(fitted) if line == "  Dismissal after probation (PC 1203.4)")
    counts = fitted[title + 1]
    # Each count ends under the end of its heading.
    ends = [fitted[at + 1].index(word) + len(word) for word in ("eligible ", "eligible on", "blocked", "needs review", "not eligible")]
    ends[0] -= 1
    assert [counts[:end].rstrip()[-1:].isdigit() for end in ends] == [True] * 5


def test_a_wide_terminal_and_a_pipe_get_the_report_as_it_was(screened_caseload):
    assert report(screened_caseload, "200") == report(screened_caseload, None)
