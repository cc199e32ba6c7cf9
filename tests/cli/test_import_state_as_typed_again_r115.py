"""R115-01: a caseload holding a case whose "State or court:" was stored as typed ("Calif."
before R110-02, "nv" before Z112-01), exported and imported back, added its client again."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person
from tests.cli.test_import_number_of_spaces_again_r86 import assert_the_same_when_it_comes_back


@pytest.mark.parametrize("stored", ["Calif.", "nv"])
def test_r115_01_a_state_stored_as_typed_is_the_same_record_when_it_comes_back(tmp_path, stored):
    """The export writes the case as stored ("Calif."), and the import reads it as the request
    reader does ("CA", docs/screening-format.md), so the caseload's own export, imported back (a
    laptop's day, a copy for another desk), no longer met the record it came from: "Check 1
    client who shares a name and date of birth ...: case BA495552: court details", a duplicate
    to merge of a record nobody changed.  It is skipped as the same record, as a case number of
    spaces is (R86-05); a client whose record differs otherwise is still added beside it."""

    def stored_as(name: str) -> Client:
        return Client(name=name, person=Person(dob=date(1985, 3, 14)),
                      cases=[Case(id="c1", case_number="BA495552", jurisdiction=stored, disposition_date=date(2021, 5, 1),
                                  convictions=[Conviction(id="c1-1", section="459", level="misdemeanor",
                                                          conviction_date=date(2021, 5, 1))])])

    with assert_the_same_when_it_comes_back(tmp_path, stored_as, f'"{stored}"', "Stored") as repo:
        assert repo.get_client(1).cases[0].jurisdiction == stored  # the stored record as it was
