"""P105: a laptop at a weekend event typed a client already in the office's caseload in small
letters with a doubled space ("arsen  johnson" for "Arsen Johnson").  Merging it took the laptop's
spelling as an alias: the staff worksheet then said "Also known as: arsen  johnson", a name the
search already finds under the record's own.  A name written otherwise only in its capitals and
spaces is no other name: not taken, and said as kept, so the paralegal can put it right."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Client, Person


def _pair(office_name: str, laptop_name: str) -> tuple[Client, Client]:
    office = Client(name=office_name, id=10, person=Person(dob=date(1973, 6, 2)), notes="")
    laptop = copy.deepcopy(office)
    laptop.id, laptop.name = 1002, laptop_name
    return office, laptop


def test_p105_01_a_name_typed_in_small_letters_and_a_doubled_space_is_not_taken_as_an_alias():
    office, laptop = _pair("Arsen Johnson", "arsen  johnson")
    merged = merge_into(office, laptop)
    assert merged.client.aliases == []
    assert not any(taken.startswith("alias") for taken in merged.taken)
    assert "name Arsen Johnson (id 1002 has arsen  johnson)" in merged.kept


def test_p105_01_a_name_written_with_its_accents_there_is_still_taken_as_an_alias():
    office, laptop = _pair("Joaquin Sanchez", "Joaquín Sánchez")
    merged = merge_into(office, laptop)
    assert merged.client.aliases == ["Joaquín Sánchez"]
    assert "alias Joaquín Sánchez" in merged.taken
