"""V92-03: J91-01 read a file as ending its lines in CR alone only when its first megabyte held
no LF at all.  An old Mac's referral list with one line added in TextEdit, or with a final LF
(CR, CR, LF), or two day's lists joined (one an old Mac's, one not), holds both: `screen --batch`
and `import` read its first lines as one, "line 1: not valid JSON: Extra data at column 402",
where every editor shows one request a line.  A CR alone between one request's closing brace and
the next one's opening brace can be no JSON line's whitespace (the two values would need a comma),
so such a file now ends its lines at CR, LF and CRLF alike, numbered as an editor numbers them.
A CR between two values inside a request, in a file with LFs, is still JSON's whitespace."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app
from tests.cli.test_old_mac_line_ends_j91 import _named
from tests.cli.test_screen_robustness import screen


def _file(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


def test_v92_03_a_file_with_lines_ending_in_cr_and_in_lf_is_read_a_line_at_a_time(tmp_path):
    one, two, three = _named("LA-1"), _named("LA-2"), _named("LA-3")
    for n, text in enumerate((f"{one}\r{two}\r{three}\n",          # an old Mac's, with a final LF
                              f"{one}\r{two}\n{three}\r",          # one line added in TextEdit
                              f"{one}\r\n{two}\r{three}\r\r",      # Windows' joined to an old Mac's
                              f"{one}\n{two}\r{three}")):          # an old Mac's added to a Unix one
        day = _file(tmp_path, text, f"day{n}.jsonl")
        done = screen("--batch", day)
        assert done.returncode == 0, (n, done.stderr)
        assert len(done.stdout.splitlines()) == 3
        assert "checking: 3/3 lines" in done.stderr or "checking: 4/4 lines" in done.stderr, done.stderr
        done = clinic_app("import", day, "--db", tmp_path / f"{n}.sqlite")
        assert done.returncode == 0, (n, done.stderr)
        assert "Imported 3 clients" in done.stdout


def test_v92_03_a_broken_line_of_such_a_file_is_named_at_its_own_line(tmp_path):
    one, two, three = _named("LA-1"), _named("LA-2"), _named("LA-3")
    broken = _file(tmp_path, f"{one}\r{two[:-9]}x}}\n{three}\r", "broken.jsonl")
    done = screen("--batch", broken)
    assert done.returncode == 2
    assert f"{broken}:2: not valid JSON" in done.stderr, done.stderr
    assert "Extra data" not in done.stderr
    done = clinic_app("import", broken, "--db", tmp_path / "b.sqlite")
    assert done.returncode == 2
    assert "line 2: not valid JSON" in done.stderr, done.stderr
    assert "Extra data" not in done.stderr
