"""C160-01: a clinic director who opened the report's spreadsheet (`clinic-app report --csv`, the
window's Save as "Spreadsheet (*.csv)") found no row for four things the text report says: the
clients with a hearing to come, those with any result to review, those whose day (eligible on,
blocked until) has come by the report's day, and the records possibly of a person with another
record (and how many people fewer that may make).  They are rows now, each a count in the
Number column, the same numbers as the text and the JSON, a 0 where there are none."""

from __future__ import annotations

import json
import re
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import AS_OF, clean_slate_only, to_file, to_file_later
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows

DAY = "2030-10-01"  # after Felipe's probation ends (2030-09-28): his "eligible on" day has come
HEARING = "Where the court stands (clients)"
REVIEW = "Attorney review (clients)"
DATES_COME = "Dates come (counted as screened: re-screen as of 2030-10-01 for that day's answers)"
PART = "Where people stand, in part (of the outcome named)"
DUPLICATES = "Possible duplicates (records counted as people until merged)"


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        heard = to_file("Helena Hearing")
        heard.person.dob = date(1975, 1, 1)  # another person, not a possible duplicate of Fernanda's
        heard.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 1), hearing_on=date(2030, 11, 5))]
        # The same name and date of birth twice: the window's "Possible duplicates".
        repo.add_clients([heard, to_file(), to_file(), to_file_later(), clean_slate_only()])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    return db


def _text_count(text: str, words: str) -> int:
    return int(re.search(rf"^  {re.escape(words)} +(\d+)", text, re.M).group(1))


def test_c160_01_the_spreadsheet_says_what_the_text_says(tmp_path):
    db = _caseload(tmp_path)
    counted = json.loads(clinic_app("report", "--db", db, "--as-of", DAY, "--json").stdout)
    text = clinic_app("report", "--db", db, "--as-of", DAY).stdout
    rows = _rows(clinic_app("report", "--db", db, "--as-of", DAY, "--csv").stdout)
    assert all(len(row) == 3 for row in rows)

    assert counted["hearings_to_come"] == _text_count(text, "(with a hearing to come)") == 1
    assert _number(rows, HEARING, f"With a hearing to come (on or after {DAY})") == 1

    assert counted["needs_review"] == _text_count(text, "(with any result to review)") >= 1
    assert _number(rows, REVIEW, "With any result to review (any best outcome, reviewed or not)") == counted["needs_review"]

    assert counted["dates_come"] == 1 and "Dates come: 1 client whose date" in text
    assert _number(rows, DATES_COME, f"Clients eligible on, or blocked until, a day come by {DAY}") == 1

    assert (counted["possible_duplicates"], counted["possible_duplicates_people_fewer"]) == (2, 1)
    said = " ".join(text.split())  # the text wraps its lines
    assert "of them, 2 records possibly of a person" in said and "as many as 1 fewer person" in said
    assert _number(rows, DUPLICATES, "Records possibly of a person with another record") == 2
    assert _number(rows, DUPLICATES, "People there may be fewer by, as many as") == 1

    # The lines under an outcome too, in a section of their own: the outcomes still add up to the people.
    automatic = counted["eligible_now_automatic"] - counted["eligible_now_automatic_petition_later"]
    assert automatic == _text_count(text, "  automatic only, none to file") == 1
    assert _number(rows, PART, "Eligible now: automatic only, none to file") == 1
    assert sum(int(row[2]) for row in rows if row[0] == "Where people stand (best outcome of each)") == counted["clients"]


def test_c160_01_none_is_a_zero_not_a_missing_row(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(to_file())
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    rows = _rows(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--csv").stdout)
    day = AS_OF.isoformat()
    assert _number(rows, HEARING, f"With a hearing to come (on or after {day})") == 0
    assert _number(rows, REVIEW, "With any result to review (any best outcome, reviewed or not)") == 0
    assert _number(rows, f"Dates come (counted as screened: re-screen as of {day} for that day's answers)",
                   f"Clients eligible on, or blocked until, a day come by {day}") == 0
    assert _number(rows, DUPLICATES, "Records possibly of a person with another record") == 0
    assert _number(rows, DUPLICATES, "People there may be fewer by, as many as") == 0
