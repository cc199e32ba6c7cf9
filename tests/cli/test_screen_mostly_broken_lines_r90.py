"""R90-03: J89-01 names the first broken line of a referral list, one request a line, given to
`clinic-app screen` without --batch, but only while at least half its lines are whole: a day.jsonl
of five lines, three of them cut short (a copy stopped part way), was still "not valid JSON:
Extra data at line 2, column 1", the bug J89-01 fixed, with line 2 itself broken and --batch
unsaid.  Two whole requests on lines of their own are no single request whatever the other lines
are, so the file is said as J89-01 says it.  A list printed one request a line, broken, and a
single request written over many lines, broken, keep JSON's own complaint (J89-01's test)."""

from __future__ import annotations

from tests.cli.test_screen_robustness import LINE, refused, screen


def test_r90_03_mostly_broken_lines_among_whole_requests_are_named_with_batch(tmp_path):
    day = tmp_path / "day.jsonl"
    day.write_text("\n".join([LINE, LINE[:60], LINE[:60], LINE, LINE[:60]]) + "\n", encoding="utf-8")
    done = screen(day)
    refused(done, f"{day} holds one request a line (JSON Lines), not one request, and line 2 of it is not valid JSON "
                  "(Unterminated string starting at column 57): "
                  f"screen the file with clinic-app screen --batch {day}, which names every bad line to put right")
    assert "Extra data" not in done.stderr
