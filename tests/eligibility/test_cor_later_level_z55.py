"""Z55: the certificate of rehabilitation read a later conviction whose level the record does
not give (V53-02) as one that "may interrupt the period; an attorney decides", and named no
missing fact, where were it an infraction it would not count at all (PC 4852.05's later
convictions are misdemeanors and felonies).  It now names the count's level by its FORMAT.md
path, as W54 does for the rules that ask another count's level; with one later count's level
known, that conviction counts whatever the others were, and nothing is asked."""

from __future__ import annotations

import pytest

from tests.eligibility.test_other_count_level_not_known_w54 import _cor, _count, _probation_case


@pytest.mark.parametrize("level, status", [("infraction", "eligible"), ("misdemeanor", "needs_review"), (None, "needs_review")])
def test_z55_cor_a_later_count_of_unknown_level_is_asked_by_its_level(level, status):
    row = _cor(_probation_case("B", "602", level, "2020-01-01", "2021-01-01"))
    assert row.status == status
    if level == "misdemeanor":
        assert row.missing_facts == []  # it interrupts, or not, as an attorney decides: as before
    if level is None:
        assert row.missing_facts == ["cases[B].convictions[B1].level"]
        assert [r.text for r in row.reasons[-2:]] == [
            "A later conviction may interrupt the period of rehabilitation: PC 602 in case B (Los Angeles County) on 2020-01-01. An attorney decides.",
            "The record does not give the level of PC 602 in case B (convicted 2020-01-01, Los Angeles County): if it was an infraction, it does not interrupt the period."]
        assert row.confidence == "M"


def test_z55_cor_a_later_misdemeanor_beside_one_of_unknown_level_asks_nothing():
    later = _probation_case("B", "602", None, "2020-01-01", "2021-01-01")
    later["convictions"].append(_count("B2", "484(a)", "misdemeanor", "2020-01-01"))
    row = _cor(later)
    assert row.status == "needs_review" and row.missing_facts == []
    assert not any("does not give the level" in r.text for r in row.reasons)
