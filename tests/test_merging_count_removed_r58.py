"""R58-02: Merge a duplicate took the other record's petition on its count keys, a count since
removed there (VC 23152(a), `counts_removed`, E58-03) on its old key too: where this record's
case gives that key to another count (PC 459, typed here), the merged petition asked relief for
PC 459, a count nobody filed for (the line then read "Filed ..." where "File now" was due, and
the Record tab ticked PC 459 in the petition).  The count removed there now takes a key of its
own here, and is said as written ("VC 23152(a) (no longer on the case)"); where this record's
count on that key is the same count, the petition still asks for it.

R58-04: the merge's "Keeps this record's counts PC 488, a2 of the ... petition" named a count
removed from the case by its key; it now says it as the Record tab does."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Conviction, CountRemoved, Petition
from tests.automatic_relief import to_file

FILED = date(2026, 11, 2)
DUI = CountRemoved("a2", "23152(a)", "VC", "misdemeanor")


def _merged(second_count_here: Conviction):
    """The office's record: case LA100200 of PC 488 (a1) and `second_count_here` (a2).  The
    laptop's: the same case, its a2 (VC 23152(a)) removed after a petition for a1 and a2."""
    office = to_file("Lidia Laptop")
    office.id = 1
    laptop = copy.deepcopy(office)
    laptop.id = 7
    office.cases[0].convictions.append(second_count_here)
    laptop.cases[0].petitions = [Petition("pc1203_4", FILED, ["a1", "a2"], counts_removed=[DUI])]
    return merge_into(office, laptop)


def test_r58_02_a_count_removed_there_is_not_taken_as_another_count_here():
    burglary = Conviction(id="a2", section="459", level="misdemeanor", conviction_date=date(2015, 3, 3))
    merged = _merged(burglary)
    case = merged.client.cases[0]
    assert [c.id for c in case.convictions] == ["a1", "a2"]
    (petition,) = case.petitions
    assert petition.convictions == ["a1", "a-1"]
    assert petition.counts_removed == [CountRemoved("a-1", "23152(a)", "VC", "misdemeanor")]
    assert not petition.asks_for("pc1203_4", "a2")  # PC 459: nobody filed for it


def test_r58_02_the_same_count_still_on_the_case_here_keeps_its_key():
    dui = Conviction(id="a2", section="23152(a)", code="VC", level="misdemeanor", conviction_date=date(2015, 3, 3))
    (petition,) = _merged(dui).client.cases[0].petitions
    assert petition.convictions == ["a1", "a2"]
    assert petition.asks_for("pc1203_4", "a2")


def test_r58_04_the_counts_kept_name_a_count_removed_as_written_not_by_its_key():
    # This record's petition names a2, removed from the case here (VC 23152(a)); the laptop's, a1 alone.
    office = to_file("Lidia Laptop")
    office.id = 1
    laptop = copy.deepcopy(office)
    laptop.id = 7
    office.cases[0].petitions = [Petition("pc1203_4", FILED, ["a1", "a2"], counts_removed=[DUI])]
    laptop.cases[0].petitions = [Petition("pc1203_4", FILED, ["a1"])]
    assert merge_into(office, laptop).lines("id 7")[1] == (
        "Keeps this record's counts PC 488, VC 23152(a) (no longer on the case) of the PC 1203.4 dismissal petition "
        "in case LA100200 (id 7 has PC 488).")
