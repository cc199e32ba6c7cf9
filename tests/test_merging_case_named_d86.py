"""D86-03: merging's notes named a case whose number was left blank by its record's key: "Takes
from id 7: case c9." and "fine payment $50 on 2019-04-01 (case c3)", where the window's
lists say "c3 (convicted 2019-01-05, PC 647(f), Orange County)" (K85-02): which case is c9?  The
notes name such a case as the lists do; a case with a court number reads as before."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Money, Payment
from tests.test_case_titles_w80 import walk_in


def _pair():
    mine, theirs = walk_in(), walk_in()
    mine.id, theirs.id = 4, 7
    return mine, theirs


def test_d86_03_a_case_taken_is_named_by_what_its_record_holds():
    mine, theirs = _pair()
    kern = copy.deepcopy(theirs.cases[2])
    kern.id, kern.county = "c9", "Kern"  # typed on the laptop: a case this record lacks
    theirs.cases.append(kern)
    merged = merge_into(mine, theirs)
    assert merged.taken == ["case c9 (convicted 2019-01-05, PC 647(f), Kern County)"]
    assert merged.lines("id 7")[0] == "Takes from id 7: case c9 (convicted 2019-01-05, PC 647(f), Kern County)."


def test_d86_03_what_is_taken_into_a_case_names_it_so():
    mine, theirs = _pair()
    mine.cases[2].money = Money(fines_ordered=300, fines_paid=100, payments=[Payment("fine", date(2019, 3, 1), 100)])
    theirs.cases[2].money = Money(fines_ordered=300, fines_paid=150,
                                  payments=[Payment("fine", date(2019, 3, 1), 100), Payment("fine", date(2019, 4, 1), 50)])
    merged = merge_into(mine, theirs)
    assert merged.taken == ["fine payment $50 on 2019-04-01 in case c3 (convicted 2019-01-05, PC 647(f), Orange County)"]


def test_d86_03_a_numbered_case_is_named_by_its_number():
    """By its number alone, "in case ..." since U87-02 (it read "(case 30-2019-00012345)")."""
    mine, theirs = _pair()
    for record in (mine, theirs):
        record.cases[2].case_number = "30-2019-00012345"
    theirs.cases[2].money = Money(fines_ordered=300, fines_paid=50, payments=[Payment("fine", date(2019, 4, 1), 50)])
    assert merge_into(mine, theirs).taken == ["fine payment $50 on 2019-04-01 in case 30-2019-00012345"]
