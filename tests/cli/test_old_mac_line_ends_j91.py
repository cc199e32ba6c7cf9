"""J91-01: a referral list saved with old-Mac line ends, CR alone (old Excel's "CSV (Macintosh)",
an old Mac editor), has no LF in it.  `screen --batch` and `import` read it as one line: "line 1:
not valid JSON: Extra data at column 399".  Its lines are now its requests, numbered as the file's
lines are (blank ones too), and a broken one is named at its own line.  LF and CRLF files are read
as before; a CR inside a line of a file with LFs is still JSON's whitespace."""

from __future__ import annotations

import copy
import json

from tests.cli.test_cli import clinic_app
from tests.cli.test_screen_robustness import GOOD, screen


def _named(case: str) -> str:
    """A request of its own case number, so that an import keeps each as a client of its own."""
    request = copy.deepcopy(GOOD)
    request["cases"][0]["id"] = case
    return json.dumps(request)


def _day(tmp_path, lines: list[str], end: str, name: str = "day.jsonl"):
    path = tmp_path / name
    path.write_bytes((end.join(lines) + end).encode())
    return path


def test_a_batch_with_cr_alone_is_screened_a_line_at_a_time(tmp_path):
    day = _day(tmp_path, [_named("LA-1"), "", _named("LA-2")], "\r")
    done = screen("--batch", day)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2
    assert "Extra data" not in done.stderr

    broken = _day(tmp_path, [_named("LA-1"), "", _named("LA-2")[:-9], _named("LA-3")], "\r", "broken.jsonl")
    done = screen("--batch", broken)
    assert done.returncode == 2
    assert f"{broken}:3: the line ends early" in done.stderr, done.stderr  # cut short: said so (H100-01)
    assert "Extra data" not in done.stderr and ":1:" not in done.stderr


def test_an_import_with_cr_alone_adds_every_client(tmp_path):
    day = _day(tmp_path, [_named("LA-1"), _named("LA-2"), _named("LA-3")], "\r")
    done = clinic_app("import", day, "--db", tmp_path / "laptop.sqlite")
    assert done.returncode == 0, done.stderr
    assert "Imported 3 clients" in done.stdout

    broken = _day(tmp_path, [_named("LA-1"), _named("LA-2")[:-9] + "x}", _named("LA-3")], "\r", "broken.jsonl")
    done = clinic_app("import", broken, "--db", tmp_path / "other.sqlite")
    assert done.returncode == 2
    assert "line 2: not valid JSON" in done.stderr, done.stderr
    assert "Extra data" not in done.stderr


def test_lf_and_crlf_are_read_as_before(tmp_path):
    # A CR between two values of a line is JSON's whitespace in a file that has LFs.
    first = _named("LA-1").replace(', "', ',\r"', 1)
    for end in ("\n", "\r\n"):
        day = _day(tmp_path, [first, _named("LA-2")], end)
        done = screen("--batch", day)
        assert done.returncode == 0, done.stderr
        assert len(done.stdout.splitlines()) == 2
        done = clinic_app("import", day, "--db", tmp_path / f"{len(end)}.sqlite")
        assert "Imported 2 clients" in done.stdout, done.stderr
