"""H94-03: J91-01 and V92-03 told how a file's lines end from its first megabyte alone.  Two
days' lists joined, the first (over a megabyte) with LF line ends and the second an old Mac's
(CR alone), were read as the first: the second day's requests were one line, "line 22: not valid
JSON: Extra data", in `screen --batch` and `import`.  A line that holds a CR alone between two
requests is now read as an editor shows it wherever it is in the file, and the batch's progress
count says the lines that are read."""

from __future__ import annotations

import json

from tests.cli.test_cli import clinic_app
from tests.cli.test_old_mac_line_ends_j91 import _named
from tests.cli.test_screen_robustness import screen

# Each request of the first day padded with spaces (JSON's whitespace) to 50 KB: its 21 lines
# fill more than the first megabyte, as a county's few thousand requests would.
PADDED = 50_000


def joined_days(first: list[str], second: list[str]) -> bytes:
    """A first day's requests, each ending in LF and over a megabyte in all, then a second day's
    ending in CR alone (an old Mac's)."""
    lf = "".join(line.ljust(PADDED) + "\n" for line in first)
    assert len(lf) > 1 << 20
    return (lf + "".join(line + "\r" for line in second)).encode()


def test_h94_03_an_old_macs_list_joined_after_a_megabyte_of_lf_lines_is_read_a_line_at_a_time(tmp_path):
    first = [_named(f"LA-{k}") for k in range(21)]
    second = [_named(f"LB-{k}") for k in range(3)]
    day = tmp_path / "two-days.jsonl"
    day.write_bytes(joined_days(first, second))
    done = screen("--batch", day)
    assert done.returncode == 0, done.stderr[-2000:]
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == 24
    assert "checking: 24/24 lines" in done.stderr, done.stderr[-2000:]  # the count agrees with the lines read
    done = clinic_app("import", day, "--db", tmp_path / "laptop.sqlite")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Imported 24 clients" in done.stdout


def test_h94_03_a_broken_line_there_is_named_at_its_own_line(tmp_path):
    first = [_named(f"LA-{k}") for k in range(21)]
    second = [_named("LB-0"), _named("LB-1")[:-9] + "x}", _named("LB-2")]
    day = tmp_path / "broken.jsonl"
    day.write_bytes(joined_days(first, second))
    done = screen("--batch", day)
    assert done.returncode == 2
    assert f"{day}:23: not valid JSON" in done.stderr, done.stderr[-2000:]
    assert "Extra data" not in done.stderr and ":22:" not in done.stderr
    done = clinic_app("import", day, "--db", tmp_path / "laptop.sqlite")
    assert done.returncode == 2
    assert "line 23: not valid JSON" in done.stderr and "Extra data" not in done.stderr, done.stderr[-2000:]
