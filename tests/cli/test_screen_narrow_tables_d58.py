"""D58-03: `COLUMNS=60 clinic-app screen R --format text` wrapped its prose to 60 columns, but
every table of remedies stayed 80 wide (270 lines over the 36 public cases, at any COLUMNS from
60 to 79), and the terminal broke them mid-word.  Now a table is as wide as its own words, and
where even those do not fit, each row takes two lines, its remedy's name whole above the rest;
from 80 columns it is as it was."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from clinic_app.screen_command import run_single
from tests.eligibility.test_t45_terminal import _names_broken
from tests.eligibility.test_wrap_whole_words_d58 import _words
from tests.public_cases import public_cases

PUBLIC = public_cases()


@cache
def _request_file(case_id: str, folder: Path) -> str:
    case = next(c for c in PUBLIC if c["id"] == case_id)
    path = folder / f"{case_id}.json"
    path.write_text(json.dumps(case["request"], default=str), encoding="utf-8")
    return str(path)


def _report(case_id: str, columns: str | None, folder: Path, monkeypatch) -> str:
    """The text report of a public case as `clinic-app screen` writes it to a file, COLUMNS
    exported (or not)."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    out = folder / f"{case_id}-{columns}.txt"
    with open(out, "w", encoding="utf-8") as stream:
        assert run_single(_request_file(case_id, folder), None, "text", out=stream) == 0
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("columns", [60, 72])
def test_d58_03_every_line_of_every_public_case_fits_a_narrow_columns(columns, tmp_path, monkeypatch):
    narrower_tables = 0
    for case_id in (c["id"] for c in PUBLIC):
        narrow = _report(case_id, str(columns), tmp_path, monkeypatch)
        lines = narrow.splitlines()
        assert [x for x in lines if len(x) > columns] == [], case_id
        assert _names_broken(narrow) == [], case_id  # a remedy's name whole on a line (T45-01)
        wide = _report(case_id, None, tmp_path, monkeypatch)
        assert _words(narrow) == _words(wide), case_id  # nothing lost, nothing added
        narrower_tables += sum(x.startswith("    Remedy") and len(x) < 80 for x in lines)
    assert narrower_tables > 36  # the tables were read, and narrowed


def test_d58_03_a_table_on_one_line_a_row_where_its_words_fit():
    """At 72 a table whose names and statuses are short keeps a row a line, as wide as its
    words; at 60 the rows with "PC 1203.425 automatic relief" take two lines; at 80, as before."""
    from clinic_app.eligibility import screen
    from clinic_app.eligibility.text_report import render_text
    from clinic_app.screening_format import read_request

    request = read_request(PUBLIC[0]["request"])  # S01: petty theft, summary probation completed
    s = screen(request.person, request.cases, request.as_of)
    at = {width: render_text(s, request.person, request.cases, width=width).splitlines() for width in (60, 72, 80)}
    row = next(x for x in at[72] if x.startswith("    PC 1203.4 dismissal "))
    assert row.split() == ["PC", "1203.4", "dismissal", "ELIGIBLE", "NOW", "mandatory", "H"] and len(row) <= 72
    two = at[60].index("    PC 1203.425 automatic relief")
    assert at[60][two + 1].split() == ["ELIGIBLE", "NOW", "automatic", "M"]
    assert "    PC 1203.4 dismissal                ELIGIBLE NOW              mandatory     H" in at[80]
