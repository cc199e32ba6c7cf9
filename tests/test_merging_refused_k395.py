"""K395-01: `merge_refused`, the words `clinic-app merge` and the window's merge both refuse in,
where neither record alone is refused but the record the merge makes is: a date of birth put
right on a laptop, and a case of the other record convicted before it."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into, merge_refused
from tests.gui.test_future_dates_i59 import no_sentence


def test_k395_01_a_merge_refused_for_the_record_it_makes_names_both_records():
    mine, theirs = no_sentence(), no_sentence()
    mine.id, theirs.id = 1, 2
    mine.person.dob = date(1990, 4, 4)  # put right here; the laptop kept 1980
    older = copy.deepcopy(theirs.cases[0])
    older.id, older.case_number, older.convictions[0].id = "c2", "85CR001", "c2-1"
    older.disposition_date = older.convictions[0].conviction_date = date(1985, 6, 1)
    theirs.cases.append(older)
    assert merge_refused(mine, theirs, merge_into(mine, no_sentence())) is None  # nothing taken: saved as it is
    said = merge_refused(mine, theirs, merge_into(mine, theirs))
    assert said == ("Nothing was merged: the record the merge would make cannot be saved: Case 85CR001, conviction 1, "
                    "Convicted: 1985-06-01 is before the date of birth 1990-04-04. Put right the record of Rita "
                    "Sinsentencia (id 1) or of Rita Sinsentencia (id 2) on its Record tab, and merge again.")
