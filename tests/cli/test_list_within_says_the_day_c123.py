"""C123: the clinic calling back the clients told at an event "come back after your probation
ends": `clinic-app list --eligible-within 30` (or `--to-file-within`) named them, id, name and
birth day, and not the day each is eligible, where `--hearing-within` and `--probation-ended`
say their day on each line; a day come since the last screening was not told from one to come.
Each line now says it: "eligible on 2027-03-08", or "eligible from 2027-03-08 (come since
the last screening)"."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app
from tests.cli.test_list_dates_come_t113 import screened_at_the_event  # noqa: F401 - the fixture


def _lines(result) -> list[list[str]]:
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_each_line_says_the_day_to_come(screened_at_the_event):  # noqa: F811 - the fixture
    db, march, later = screened_at_the_event
    for option in ("--eligible-within", "--to-file-within"):
        result = clinic_app("list", "--db", db, option, "30", "--as-of", "2027-02-20")
        assert _lines(result) == [[str(march), "Bea March", "1985-03-14", "eligible on 2027-03-08"]], option


def test_a_day_come_since_the_last_screening_is_told_apart(screened_at_the_event):  # noqa: F811
    db, march, later = screened_at_the_event
    result = clinic_app("list", "--db", db, "--eligible-within", "30", "--as-of", "2027-07-05")
    assert _lines(result)[0][3:] == ["eligible from 2027-03-08 (come since the last screening)"]


def test_the_json_lines_say_it_too(screened_at_the_event):  # noqa: F811
    import json

    db, march, later = screened_at_the_event
    result = clinic_app("list", "--db", db, "--eligible-within", "30", "--as-of", "2027-02-20", "--json")
    assert json.loads(result.stdout)["eligible_on"] == "2027-03-08"


def test_the_help_says_so():
    said = " ".join(clinic_app("list", "--help").stdout.split())
    assert "each line says the day (eligible_on in --json)" in said
