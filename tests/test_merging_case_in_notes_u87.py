"""U87-02: since D86-03 merging's notes name a case with no court number as the window's lists
do, inside the note's own brackets: "fine payment $50 on 2019-04-01 (case c3 (convicted
2019-01-05, PC 647(f), Orange County))", brackets nested.  Every note that named its case in
brackets now says "in case ...": "fine payment $50 on 2019-04-01 in case c3 (convicted
2019-01-05, PC 647(f), Orange County)", and a numbered case "in case 30-2019-00012345"."""

from __future__ import annotations

import copy
import re
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Condition, Money, Payment
from tests.test_case_titles_w80 import walk_in

ORANGE = "case c3 (convicted 2019-01-05, PC 647(f), Orange County)"


def _laptop_took_a_payment_and_a_class(number: str | None = None):
    """Walk_in's Orange PC 647(f) (c3): the laptop has a payment and a class this record lacks,
    and this record service hours the laptop's copy lacks."""
    mine, theirs = walk_in(), walk_in()
    mine.id, theirs.id = 4, 7
    for record in (mine, theirs):
        if number is not None:
            record.cases[2].case_number = number
        record.cases[2].money = Money(fines_ordered=300, fines_paid=100, payments=[Payment("fine", date(2019, 3, 1), 100)])
    theirs.cases[2].money.record_payment(Payment("fine", date(2019, 4, 1), 50))
    theirs.cases[2].conditions.append(Condition("class", "Theft awareness"))
    mine.cases[2].conditions.append(Condition("community_service", "Service hours", required=40))
    return merge_into(mine, theirs)


def _nested(line: str) -> bool:
    """A bracket opened inside another one, a section's own subsection ("647(f)") aside."""
    depth = 0
    for char in re.sub(r"(?<=\w)\([^()]*\)", "", line):
        depth += char == "("
        if depth > 1:
            return True
        depth -= char == ")"
    return False


def test_u87_02_a_case_with_no_number_is_named_with_no_brackets_nested():
    merged = _laptop_took_a_payment_and_a_class()
    assert merged.taken == [f"condition Theft awareness in {ORANGE}", f"fine payment $50 on 2019-04-01 in {ORANGE}"]
    assert merged.to_check == [f"Service hours in {ORANGE} is in this record and not in id 7, kept: if removed or renamed "
                               "there, remove it on the Record tab"]
    lines = merged.lines("id 7")
    assert lines[0] == f"Takes from id 7: condition Theft awareness in {ORANGE}; fine payment $50 on 2019-04-01 in {ORANGE}."
    assert not any(_nested(line) for line in lines), lines


def test_u87_02_a_numbered_case_is_named_the_same_way():
    merged = _laptop_took_a_payment_and_a_class("30-2019-00012345")
    assert merged.taken == ["condition Theft awareness in case 30-2019-00012345",
                            "fine payment $50 on 2019-04-01 in case 30-2019-00012345"]
    assert not any(re.search(r"\(case ", line) for line in merged.lines("id 7"))


def test_u87_02_a_case_taken_whole_is_named_as_before():
    """A case the other record alone has is its own note, in no bracket: said as D86-03 says it."""
    mine, theirs = walk_in(), walk_in()
    mine.id, theirs.id = 4, 7
    kern = copy.deepcopy(theirs.cases[2])
    kern.id = "c9"
    theirs.cases.append(kern)
    assert merge_into(mine, theirs).taken == ["case c9 (convicted 2019-01-05, PC 647(f), Orange County)"]
