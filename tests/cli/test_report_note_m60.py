"""M60-01: `clinic-app report` at a 60-column terminal cut the note under "(with any result to
review)" line by line, each of its two source lines on its own: "window's" stood alone on a line,
then a line of 59, then "for review)".  The note is one paragraph, filled as one."""

from __future__ import annotations


from tests.cli.test_report_width_j59 import report


def note_lines(text: str) -> list[str]:
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("(with any result to review)"))
    # The note's lines, under the line's indent: "(waiting for the attorney: ...)" follows (S161-03).
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith("    "))
    return lines[at + 1:end]


def test_the_review_note_is_one_paragraph_at_60_columns(screened_caseload):
    note = note_lines(report(screened_caseload, "60"))
    assert note[0].startswith("    (any best outcome")
    # Every line under the same indent, each as full as the next word allows.
    assert all(line.startswith("    ") and not line.startswith("     ") for line in note)
    assert all(len(line) <= 60 for line in note)
    assert all(len(line) + 1 + len(after.split()[0]) > 60 for line, after in zip(note, note[1:])), note
    assert " ".join(" ".join(note).split()) == ("(any best outcome, reviewed or not; the caseload window's "
                                                "\"Attorney review\" count, below, also counts court denials to review)")


def test_a_pipe_keeps_the_note_on_its_two_lines(screened_caseload):
    assert note_lines(report(screened_caseload, None)) == [
        "    (any best outcome, reviewed or not; the caseload window's",
        "    \"Attorney review\" count, below, also counts court denials to review)"]


def test_s165_03_the_waiting_for_the_attorney_number_stands_in_the_column_above(screened_caseload):
    """S165-03: "(waiting for the attorney: results or denials)" is longer than the column's 30
    places: said whole, its number stood 16 places right of the numbers above it.  Cut between
    words, the number on its last line, it stands in their column, for a pipe and at 60."""
    for columns in (None, "60"):
        lines = report(screened_caseload, columns).splitlines()
        start = lines.index("Where people stand (best outcome of each):")
        block = lines[start + 1:lines.index("", start)]
        ends = {len(line) for line in block if line.split()[-1].isdigit()}
        assert ends == {2 + 30 + 1 + 6}, block  # the titles' column of 30, a space, six for the number
        at = next(i for i, line in enumerate(block) if line.startswith("  (waiting for the attorney:"))
        waiting = block[-1].split()[-1]
        assert block[at:] == ["  (waiting for the attorney:", f"    {'results or denials)':<28} {waiting:>6}"], block
