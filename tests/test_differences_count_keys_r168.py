"""R168-03: a returning client's case typed at the event on a laptop is the laptop record's first
case ("c1", its counts "c1-1", "c1-2" ...), where the office has it second ("c2").  E167-04 names
each fact of the counts that differs, and named those keys too: the import read "convictions
(count 1 id: c1-1 in id 7, c2-1 in id 1; count 2 id: ...; and 1 more)", four places taken by keys
that are each record's own (U67-01) and no fact a coordinator can put right, and the one fact the
laptop had put right (count 4's section) was left in "and 1 more".  A key is never named."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.differences import differences
from clinic_app.model import Conviction
from tests.test_merging import _office


def test_r168_03_the_counts_keys_are_not_named_as_facts_that_differ():
    office = _office()
    office.cases.reverse()  # the office's record has the case second, under its own key "c2"
    office.cases[0].id, office.cases[1].id = "c1", "c2"
    office.cases[1].convictions = [Conviction(id=f"c2-{n}", section=section, conviction_date=date(2021, 5, 1))
                                   for n, section in enumerate(("459", "484", "496(a)", "594(a)"), 1)]
    laptop = copy.deepcopy(office)
    laptop.id = 7
    (case,) = laptop.cases[1:]  # the laptop had only the day's case, its first: "c1"
    laptop.cases = [case]
    case.id = "c1"
    for n, count in enumerate(case.convictions, 1):
        count.id = f"c1-{n}"
    case.convictions[3].section = "594(b)"
    assert differences(office, laptop, "id 1", "id 7") == [
        "case BA-100 200: convictions (count 4 section: 594(b) in id 7, 594(a) in id 1)",
        "case c1 (Fresno County) only in id 1"]
