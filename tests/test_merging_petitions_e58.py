"""E58-02: a petition denied (or withdrawn) with no ruling day entered, then filed again on a
laptop, merged as the same petition: the new filing day was lost ("Keeps this record's filing
day 2026-09-02 ... (id 7 has 2026-11-20)"), or the denial was taken onto the filing that
stands.  The data cannot tell a petition filed again from a filing day put right (Y55-04), so
the merge no longer guesses: both petitions are kept and a To check line names the case, the
remedy and both days, for a person to decide."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.test_merging_petitions_y55 import _pair

FIRST, AGAIN = date(2026, 9, 2), date(2026, 11, 20)


@pytest.mark.parametrize("ruling", ["denied", "withdrawn"])
def test_e58_02_filed_again_on_the_laptop_after_a_ruling_with_no_day_keeps_both_days(ruling):
    ruled = Petition("pc1203_4", FIRST, ruling=ruling)
    again = Petition("pc1203_4", AGAIN)
    merged = _pair([ruled], [again])
    assert merged.client.cases[0].petitions == [ruled, again]
    assert not any("filing day" in line for line in merged.kept)
    assert merged.lines("id 7")[1:] == [
        f"To check: case LA100200: the PC 1203.4 dismissal petition filed 2026-09-02 here and 2026-11-20 in id 7, "
        f"the one of 2026-09-02 {ruling} with no ruling day: filed again after it, or one petition whose filing day "
        f"was put right? Both are kept; if it is one petition, remove the one filed on the wrong day on the Record tab."]


def test_e58_02_the_ruling_with_no_day_on_the_laptop_is_not_taken_onto_the_filing_that_stands_here():
    again = Petition("pc1203_4", AGAIN, hearing_on=date(2027, 1, 10))
    denied = Petition("pc1203_4", FIRST, ruling="denied")
    merged = _pair([again], [denied])
    assert merged.client.cases[0].petitions == [again, denied]  # not 'again' denied
    assert merged.to_check == [
        "case LA100200: the PC 1203.4 dismissal petition filed 2026-11-20 here and 2026-09-02 in id 7, the one of "
        "2026-09-02 denied with no ruling day: filed again after it, or one petition whose filing day was put right? "
        "Both are kept; if it is one petition, remove the one filed on the wrong day on the Record tab"]


def test_e58_02_a_day_put_right_with_no_ruling_or_a_ruling_day_is_decided_as_before():
    # No ruling: the day put right (Y55-04); a ruling with its day: filed after it or not.
    merged = _pair([Petition("pc1203_4", FIRST)], [Petition("pc1203_4", AGAIN)])
    assert merged.client.cases[0].petitions == [Petition("pc1203_4", FIRST)] and merged.to_check == []
    denied = Petition("pc1203_4", FIRST, ruling="denied", ruling_on=date(2026, 10, 1))
    merged = _pair([denied], [Petition("pc1203_4", AGAIN)])
    assert merged.client.cases[0].petitions == [denied, Petition("pc1203_4", AGAIN)] and merged.to_check == []
    # The later filed is the one ruled on with no day: the earlier cannot be it filed again.
    late = Petition("pc1203_4", AGAIN, ruling="denied")
    merged = _pair([Petition("pc1203_4", FIRST)], [late])
    assert merged.client.cases[0].petitions == [Petition("pc1203_4", FIRST, ruling="denied")] and merged.to_check == []
