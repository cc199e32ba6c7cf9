"""H63-03: a petition for two counts, unruled on the clinic's record, that a laptop recorded
granted in part (two petitions, H63-01: one granted for PC 459, one denied for VC 23152(a)).
Merge a duplicate paired the whole petition with the granted part by its filing day and took
its ruling, so the whole petition, both counts, stood granted beside the denial: the line and
the handout read the count the court denied as granted.  The parts are now taken for the whole
petition; where the whole one is ruled here, it is kept and the difference said to check."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Petition
from tests.test_merging_petitions_y55 import _pair  # an office record and a laptop's, its petitions as given

FILED, HEARING, RULED = date(2026, 9, 1), date(2026, 11, 20), date(2026, 11, 20)
WHOLE = Petition("pc1203_4", FILED, hearing_on=HEARING, note="CR-180")
PARTS = [Petition("pc1203_4", FILED, ["a1"], HEARING, "granted", RULED, "CR-180"),
         Petition("pc1203_4", FILED, ["a2"], HEARING, "denied", RULED, "CR-180")]


def test_h63_03_a_ruling_in_part_on_the_laptop_is_taken_for_the_whole_petition():
    merged = _pair([WHOLE], PARTS, counts=2)
    assert merged.client.cases[0].petitions == PARTS
    assert merged.taken == ["ruling of the PC 1203.4 dismissal petition filed 2026-09-01 in case LA100200 in part: "
                            "granted 2026-11-20 for PC 488; denied 2026-11-20 for VC 23152(a)"]
    assert merged.to_check == []
    # The count the court denied is asked for by the denial alone: no petition stands granted for it.
    assert [p.ruling for p in merged.client.cases[0].petitions if p.asks_for("pc1203_4", "a2")] == ["denied"]


def test_h63_03_the_whole_petition_ruled_here_is_kept_and_said_to_check():
    granted = Petition("pc1203_4", FILED, hearing_on=HEARING, ruling="granted", ruling_on=RULED)
    merged = _pair([granted], PARTS, counts=2)
    assert merged.client.cases[0].petitions == [granted]
    assert merged.to_check == [
        "the PC 1203.4 dismissal petition filed 2026-09-01 in case LA100200 is ruled granted 2026-11-20 here, and in part "
        "in id 7 (granted 2026-11-20 for PC 488; denied 2026-11-20 for VC 23152(a)): check the court's order; if it was "
        "granted in part, choose Granted in part... on the Record tab"]


def test_h63_03_the_same_parts_on_both_sides_are_paired_as_before():
    merged = _pair(PARTS, PARTS, counts=2)
    assert merged.client.cases[0].petitions == PARTS
    assert merged.taken == [] and merged.to_check == []


def test_two_petitions_granted_in_part_on_the_laptop_each_take_their_own_place():
    """Two petitions of one case (a CR-180 asking for 1203.4 and 17(b), recorded as two), each
    granted in part on the laptop and neither ruled here: each is taken for its own parts.  The
    first one made two in the case's list of petitions, and the second's place (by its index
    before) was then the first's denied part: it was replaced, and the 17(b) petition kept
    unruled beside a part of the 1203.4 one lost."""
    reduction = [Petition("pc17b", FILED, ["a1"], HEARING, "granted", RULED, "CR-180"),
                 Petition("pc17b", FILED, ["a2"], HEARING, "denied", RULED, "CR-180")]
    merged = _pair([WHOLE, Petition("pc17b", FILED, hearing_on=HEARING, note="CR-180")], PARTS + reduction, counts=2)
    assert merged.client.cases[0].petitions == PARTS + reduction
