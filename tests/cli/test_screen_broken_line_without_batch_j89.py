"""J89-01: a referral list of requests, one a line, with one line broken in it (cut short, a
quote lost), given to `clinic-app screen` without --batch said only "not valid JSON: Extra data
at line 2, column 1".  Line 2 was a whole request; the broken line went unnamed, and nothing
said that --batch screens such a file.  It now names the broken line (and its column) and
--batch, with exit status 2 and nothing on standard output.  A single request broken keeps
JSON's own complaint, which names its line and column."""

from __future__ import annotations

import json

from tests.cli.test_screen_robustness import GOOD, LINE, refused, screen


def test_a_broken_line_among_requests_one_a_line_is_named_with_batch(tmp_path):
    day = tmp_path / "day.jsonl"
    day.write_text("\n".join([LINE, LINE, LINE[:60], LINE, LINE]) + "\n", encoding="utf-8")
    done = screen(day)
    refused(done, f"{day} holds one request a line (JSON Lines), not one request, and line 3 of it is not valid JSON "
                  "(Unterminated string starting at column 57): "
                  f"screen the file with clinic-app screen --batch {day}, which names every bad line to put right")
    assert "Extra data" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    # the first line broken, the others whole; and from standard input, lines counted with the blank ones
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join([LINE[:60], LINE]) + "\n", encoding="utf-8")
    refused(screen(first), "and line 1 of it is not valid JSON", "--batch")
    done = screen("-", stdin=("\n".join([LINE, "", "{\"as_of\": 2026-01-01}"]) + "\n").encode("utf-8"))
    refused(done, "standard input holds one request a line (JSON Lines), not one request, and line 3 of it is not valid JSON",
            "clinic-app screen --batch -")


def test_a_single_request_broken_keeps_its_line_and_column(tmp_path):
    written = json.dumps(GOOD, indent=2).splitlines()
    comma_lost = next(n for n, line in enumerate(written) if line.endswith(","))
    written[comma_lost] = written[comma_lost][:-1]
    one = tmp_path / "one.json"
    one.write_text("\n".join(written) + "\n", encoding="utf-8")
    done = screen(one)
    refused(done, f"{one}: not valid JSON: Expecting ',' delimiter at line {comma_lost + 2}, column")
    assert "--batch" not in done.stderr
    # a list printed one request a line, broken: one line of four is whole, and it is no batch
    listed = tmp_path / "list.json"
    listed.write_text("\n".join(["[", LINE[:60] + ",", LINE, "]"]) + "\n", encoding="utf-8")
    done = screen(listed)
    refused(done, f"{listed}: not valid JSON")
    assert "--batch" not in done.stderr
