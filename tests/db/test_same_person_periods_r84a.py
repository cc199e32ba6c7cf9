"""R84a-03: a client back at an event typed "Jose Luis Perez Jr" (no accents, no period), born
the day of "José Luis Pérez Jr." of the caseload, met nobody: intake said nothing (Z83-01's
note), and the caseload's "Possible duplicates" never paired them, though a search for either
found both.  A period or a comma in a name ("Jr.", "Ana M. Ruiz", "Pérez, Jr.") is now set aside
as an apostrophe or a hyphen is (X62, clinic_app.matching)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import person_key
from clinic_app.model import Client, Person

BORN = date(1979, 8, 2)


@pytest.mark.parametrize("stored, typed", [
    ("José Luis Pérez Jr.", "Jose Luis Perez Jr"),
    ("José Luis Pérez, Jr.", "jose luis perez jr"),
    ("Ana M. Ruiz", "Ana M Ruiz"),
    ("Ana M.Ruiz", "Ana M Ruiz"),
])
def test_r84a_03_a_period_or_a_comma_in_a_name_is_set_aside(stored, typed):
    assert person_key(stored, BORN) == person_key(typed, BORN)


def test_r84a_03_a_name_stays_itself():
    assert person_key("José Luis Pérez Jr.", BORN) != person_key("José Luis Pérez", BORN)  # the son is another person
    assert person_key("Ana M. Ruiz", BORN) != person_key("Ana Ruiz", BORN)
    assert person_key("Ana M. Ruiz", BORN) != person_key("AnaM Ruiz", BORN)


def test_r84a_03_intake_and_possible_duplicates_meet_him(repo):
    stored = repo.add_client(Client(name="José Luis Pérez Jr.", person=Person(dob=BORN)))
    typed = repo.add_client(Client(name="Jose Luis Perez Jr", person=Person(dob=BORN)))
    assert [found[0] for found in repo.same_person("Jose Luis Perez Jr", BORN, besides=typed)] == [stored]
    assert repo.people_sharing() == [{stored, typed}]
