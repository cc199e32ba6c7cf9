"""Z85-01: a referral list of requests, one a line (`day.jsonl`, as `clinic-app export --event`
writes it and `import` reads it), given to `clinic-app screen` without --batch said only
"day.jsonl: not valid JSON: Extra data at line 2, column 1": nothing said that the file holds
one request a line, nor that --batch screens such a file. It is now said so, with the command
to run, and the exit status stays 2 with nothing on standard output."""

from __future__ import annotations

import json

from tests.cli.test_screen_robustness import GOOD, LINE, refused, screen


def test_a_file_of_one_request_a_line_given_as_one_request_names_batch(tmp_path):
    lines = tmp_path / "day.jsonl"
    lines.write_bytes(("\ufeff" + "\r\n".join([LINE] * 3) + "\r\n").encode("utf-8"))
    done = screen(lines, "--format", "text")
    refused(done, f"{lines} holds 3 requests, one a line (JSON Lines), not one request: "
                  f"screen them with clinic-app screen --batch {lines}")
    assert "Extra data" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    # from standard input too
    done = screen("-", stdin=("\n".join([LINE] * 2) + "\n").encode("utf-8"))
    refused(done, "standard input holds 2 requests, one a line (JSON Lines), not one request: "
                  "screen them with clinic-app screen --batch -")


def test_a_broken_single_request_is_still_named_as_before(tmp_path):
    """Only a file with a whole request on a line of its own is told to use --batch: a request
    written over many lines and broken half-way keeps JSON's own complaint.  (A whole line
    followed by a broken one was kept so too, until J89-01 named that line and --batch.)"""
    broken = tmp_path / "one.json"
    broken.write_text(json.dumps(GOOD, indent=2)[:200] + "\n", encoding="utf-8")
    done = screen(broken)
    refused(done, f"{broken}: not valid JSON")
    assert "--batch" not in done.stderr
    single = tmp_path / "single.json"
    single.write_text(json.dumps(GOOD), encoding="utf-8")
    assert screen(single).returncode == 0
