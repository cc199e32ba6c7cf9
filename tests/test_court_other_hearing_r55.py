"""R55-06: a client line naming its hearing and one more to come read "Filed 2026-11-02;
hearing 2026-11-25; other hearings 2026-11-26", one day said as many (the list's tooltip,
`clinic-app list --outcome filed` and `--hearing-within`).  One is "another hearing"; two or
more, "other hearings"."""

from __future__ import annotations

from datetime import date

from clinic_app.court import CourtLine, with_hearings

TODAY = date(2026, 11, 22)


def _line(*hearings: date) -> CourtLine:
    return CourtLine("filed", filed_on=date(2026, 11, 2), hearings=hearings)


def test_r55_06_one_more_hearing_is_said_as_one():
    said = "Filed 2026-11-02; hearing 2026-11-25"
    assert with_hearings(said, _line(date(2026, 11, 25), date(2026, 11, 26)), TODAY) == (
        "Filed 2026-11-02; hearing 2026-11-25; another hearing 2026-11-26")
    assert with_hearings(said, _line(date(2026, 11, 25), date(2026, 11, 26), date(2026, 12, 3)), TODAY) == (
        "Filed 2026-11-02; hearing 2026-11-25; other hearings 2026-11-26, 2026-12-03")


def test_r55_06_a_line_naming_no_hearing_is_unchanged():
    assert with_hearings("File now", _line(date(2026, 11, 26)), TODAY) == "File now; hearing 2026-11-26"
    assert with_hearings("File now", _line(date(2026, 11, 26), date(2026, 12, 3)), TODAY) == (
        "File now; hearings 2026-11-26, 2026-12-03")
