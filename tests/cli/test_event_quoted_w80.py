"""W80-03: an event whose name holds both quote marks, St. Mary's "Second Chance" Night, was named
with a backslash where `list`, `report` and `export` answer an event typed wrong (R75): Python's
repr gave 'St. Mary\\'s "Second Chance" Night', and the name copied from between its quotes,
backslash and all, was refused again.  It is now quoted with marks it does not hold, and copied
from between them it is taken; a name without quote marks is quoted as before."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Client, Person
from clinic_app.wording import quoted
from db.repository import Repository
from tests.cli.test_cli import clinic_app

NIGHT = 'St. Mary\'s "Second Chance" Night'


def test_w80_03_an_event_with_both_quote_marks_is_named_without_a_backslash(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(str(db), user="paralegal") as repo:
        repo.add_client(Client(name="Ana Prueba", person=Person(dob=date(1980, 1, 2)), event=NIGHT))
    for command in (("list",), ("report",), ("export", "--out", str(tmp_path / "day.jsonl"))):
        result = clinic_app(*command, "--db", db, "--event", "Second Chance")
        assert result.returncode == 2
        assert "\\" not in result.stderr
        named = result.stderr.split("(events: ", 1)[1].split("\u201d", 1)[0] + "\u201d"
        assert named == f"\u201c{NIGHT}\u201d"
    copied = named[1:-1]
    listed = clinic_app("list", "--db", db, "--event", copied)
    assert listed.returncode == 0 and "Ana Prueba" in listed.stdout
    # Searched with it, and nobody found: said without a backslash too.
    nobody = clinic_app("list", "--db", db, "--event", copied, "--search", "nobody")
    assert f"--event \u201c{NIGHT}\u201d" in nobody.stderr and "\\" not in nobody.stderr


def test_w80_03_names_are_quoted_as_before_where_they_can_be():
    assert quoted("Office walk-in") == "'Office walk-in'"
    assert quoted("Expungement Fair \u2014 Compton, 2026-10-17") == "'Expungement Fair \u2014 Compton, 2026-10-17'"
    assert quoted("St. Mary's Night") == '"St. Mary\'s Night"'
