"""I109-01: a returning client whose name was typed another way at intake.  Last year's record
is "John Smith", born 5/14/1979; this year the volunteer typed "Jon Smith", "Smith John" or
"John A. Smith", and Enter started a new record with not a word: Z83-01's note met only the
same name (accents, case and spacing aside).  Intake now says who, born the same day, has a
name close to the one typed (matching.names_alike, the search's start of a word and its close
spelling), and names them; a namesake born that day with a wholly other name (a twin) is no note."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import names_alike
from clinic_app.model import Person
from tests.gui.conftest import probation_client
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _stored(repo, name: str, born: date, event: str | None = "Clean Slate Day 2025-06-07") -> int:
    before = probation_client(name, event=event)
    before.person = Person(dob=born)
    return repo.add_client(before)


@pytest.mark.parametrize(("typed", "stored"), [("Jon Smith", "John Smith"), ("Maria Garcia Lopez", "María García"),
                                               ("Smith John", "John Smith"), ("John Smith", "John Albert Smith"),
                                               ("Ana M. Ruiz", "Ana María Ruiz")])
def test_i109_01_names_typed_another_way_are_alike(typed, stored):
    assert names_alike(typed, stored) and names_alike(stored, typed)


@pytest.mark.parametrize(("typed", "stored"), [("Carlos Lopez", "Maria Lopez"), ("Tom Lee", "Kim Park"), ("Maria", "Maria Lopez")])
def test_i109_01_other_names_are_not(typed, stored):
    assert not names_alike(typed, stored)


@pytest.mark.parametrize(("typed", "stored"), [("Jon Smith", "John Smith"), ("Maria Garcia Lopez", "María García"),
                                               ("Smith John", "John Smith"), ("John Smith", "John Albert Smith")])
def test_i109_01_a_name_typed_another_way_is_named_at_start(qtbot, repo, intake, typed, stored):
    before_id = _stored(repo, stored, date(1979, 5, 14))
    _stored(repo, stored, date(1980, 1, 1))  # another day: another person

    _start(qtbot, intake, typed, "5/14/1979")

    said = intake.seen_before
    assert said.isVisible() and said.kind == "note", said.text()
    text = said.text()
    assert text.startswith(f"The same date of birth and a name close to {typed}, written another way: "
                           f"{stored} (id {before_id}, 1 case, Clean Slate Day 2025-06-07), in the caseload already."), text
    assert text.count("(id ") == 1 and "put the name right in box 1" in text
    assert intake.client.id != before_id  # started all the same: nothing merged
    assert len(repo.list_clients()) == 3
    assert intake.case_number.hasFocus()


def test_i109_01_a_twin_born_the_same_day_is_no_note(qtbot, repo, intake):
    _stored(repo, "Maria Lopez", date(1979, 5, 14))
    _start(qtbot, intake, "Carlos Lopez", "5/14/1979")
    assert not intake.seen_before.text()


def test_i109_01_the_same_name_and_a_close_one_both_said(qtbot, repo, intake):
    same = _stored(repo, "John Smith", date(1979, 5, 14))
    close = _stored(repo, "Jon Smith", date(1979, 5, 14), event=None)
    _start(qtbot, intake, "John Smith", "5/14/1979")
    text = intake.seen_before.text()
    assert text.startswith(f"Same name and date of birth as John Smith (id {same}, 1 case, Clean Slate Day 2025-06-07), and "
                           f"the same date of birth and a name close to John Smith, written another way: Jon Smith (id {close}, "
                           "1 case), in the caseload already."), text
    assert "put the name right" not in text  # the namesake is merged as it is
