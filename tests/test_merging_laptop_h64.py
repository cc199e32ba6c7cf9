"""H64: a merge of an event laptop's record into the office's, where the laptop knew more, or
put right what the office still has.  The merge cannot tell which side changed last (it has no
copy of the record as it was when the laptop took it), so what it cannot decide it keeps and
says under "To check"; nothing is taken back or added without a word."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office


def _laptop_of(office):
    laptop = copy.deepcopy(office)
    laptop.id = 7
    return laptop


def test_h64_01_hours_ordered_known_only_on_the_laptop_are_taken():
    """The office had the service hours with no number ordered; at the event the client showed
    the order, 60 hours, and 12 were typed done.  The merge kept "no number" and took the 12:
    the Checklist read "12 done" with nothing owed, and To check said "no number hours"."""
    office = _office()
    office.cases[0].conditions[1].required, office.cases[0].conditions[1].done = None, None
    laptop = _laptop_of(office)
    laptop.cases[0].conditions[1].required, laptop.cases[0].conditions[1].done = 60, 12

    merged = merge_into(office, laptop)

    hours = merged.client.cases[0].conditions[1]
    assert (hours.required, hours.done) == (60, 12)
    assert "60 hours ordered for Service hours in case BA-100 200" in merged.taken
    assert not any("no number" in line for line in merged.lines("id 7"))
    assert office.cases[0].conditions[1].required is None  # the argument is not changed


def test_h64_01_hours_ordered_otherwise_here_are_still_kept_and_said():
    office = _office()
    laptop = _laptop_of(office)
    laptop.cases[0].conditions[1].required = 60
    merged = merge_into(office, laptop)
    assert merged.client.cases[0].conditions[1].required == 40
    assert any("60 hours ordered in id 7, 40 hours in this record" in line for line in merged.to_check)


def test_h64_02_a_count_put_right_downward_on_the_laptop_is_said_not_lost_silently():
    """7 of 8 classes typed here by mistake; at the event the client's sheet said 5 and the
    volunteer put it right.  The merge took the larger count, 7, and said nothing."""
    office = _office()
    office.cases[0].conditions[0].done = 7
    laptop = _laptop_of(office)
    laptop.cases[0].conditions[0].done = 5

    merged = merge_into(office, laptop)

    assert merged.client.cases[0].conditions[0].done == 7  # which is right cannot be told: this record's stays
    assert ("To check: Theft awareness in case BA-100 200: 5 of 8 done in id 7, 7 of 8 in this record, which is kept: "
            "if 5 is right (put right there), type it on the Checklist.") in merged.lines("id 7")
    assert merged.taken == []


def test_h64_02_a_tick_undone_on_the_laptop_is_said_and_more_done_there_is_taken_silently_as_before():
    office = _office()
    office.cases[0].conditions[0].completed_on = date(2026, 11, 2)
    laptop = _laptop_of(office)
    laptop.cases[0].conditions[0].completed_on = None
    laptop.cases[0].conditions[1].done = 30  # more hours done at the event: taken, as ever

    merged = merge_into(office, laptop)

    assert merged.client.cases[0].conditions[0].completed_on == date(2026, 11, 2)
    assert merged.client.cases[0].conditions[1].done == 30
    assert merged.taken == ["Service hours progress in case BA-100 200"]
    assert merged.to_check == ["Theft awareness in case BA-100 200: not completed in id 7, completed 2026-11-02 in this record, "
                               "which is kept: if it is not done (unticked there), untick it on the Checklist"]


def test_h64_03_a_payment_removed_on_the_laptop_is_kept_and_said():
    """$50 typed twice here; at the event the second was removed from the laptop's ledger.  The
    merge kept both with not a word ("Takes from id 7: nothing this record lacks"), $50 too much
    counted paid toward restitution."""
    office = _office()
    office.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 6, 1), amount=50, receipt="R-9"))
    laptop = _laptop_of(office)
    laptop.cases[0].money.remove_payment(1)

    merged = merge_into(office, laptop)

    assert merged.client.cases[0].money == office.cases[0].money  # kept: removed there, or added here since?
    assert ("To check: 1 payment of case BA-100 200 in this record is not in id 7 (restitution $50 on 2026-06-01, "
            "receipt R-9), kept: if removed there (typed twice, or on the wrong case), remove it on the Checklist."
            ) in merged.lines("id 7")


def test_h64_03_payments_both_have_are_not_said():
    office = _office()
    assert merge_into(office, _laptop_of(office)).to_check == []


def _with_receipt(office, kind, amount):
    office.cases[0].money.record_payment(Payment(kind=kind, date=date(2026, 6, 1), amount=amount, receipt="R-9"))
    return office


def test_h64_04_a_receipt_whose_kind_was_put_right_on_the_laptop_is_not_paid_twice():
    """R-9, $50 on 2026-06-01, typed here as restitution; at the event the volunteer saw it paid
    the fine and put the kind right.  The merge added it as a fine payment beside this record's
    restitution one: $50 counted paid twice, and not a word."""
    office = _with_receipt(_office(), "restitution", 50)
    laptop = _laptop_of(office)
    laptop.cases[0].money.remove_payment(1)
    laptop.cases[0].money.record_payment(Payment(kind="fine", date=date(2026, 6, 1), amount=50, receipt="R-9"))

    merged = merge_into(office, laptop)

    money = merged.client.cases[0].money
    assert [(p.kind, p.receipt) for p in money.payments if p.receipt == "R-9"] == [("restitution", "R-9")]
    assert (money.fines_paid or 0, money.restitution_paid) == (0, 150)
    assert merged.taken == []
    assert merged.to_check == ["receipt R-9 in case BA-100 200 is a fine payment of $50 on 2026-06-01 in id 7, a restitution "
                               "payment in this record, which is kept: if its kind was put right there, remove it and add "
                               "it as a fine payment on the Checklist; if the receipt paid both, add the fine payment"]


def test_h64_04_one_receipt_for_both_kinds_keeps_both_and_says_so():
    """R-9 paid $50 restitution (typed here) and a $30 fine (typed on the laptop): two payments,
    both kept, and the one receipt on two kinds said."""
    office = _with_receipt(_office(), "restitution", 50)
    laptop = _with_receipt(_laptop_of(office), "fine", 30)

    merged = merge_into(office, laptop)

    money = merged.client.cases[0].money
    assert sorted((p.kind, p.amount) for p in money.payments if p.receipt == "R-9") == [("fine", 30), ("restitution", 50)]
    assert merged.taken == ["fine payment $30 on 2026-06-01 in case BA-100 200"]
    assert any(line.startswith("receipt R-9 in case BA-100 200 is on this record's restitution payment of $50 on 2026-06-01 "
                               "and on the fine payment of $30") for line in merged.to_check)
    both = copy.deepcopy(laptop)  # the laptop's two, here too: nothing to say
    both.id = 1
    assert merge_into(both, laptop).to_check == []


def test_h64_05_a_condition_removed_or_renamed_on_the_laptop_is_kept_and_said():
    """The class typed on this case by mistake was removed at the event, and the service hours
    renamed: the merge kept the class and both names of the hours with not a word."""
    office = _office()
    laptop = _laptop_of(office)
    del laptop.cases[0].conditions[0]
    laptop.cases[0].conditions[0].label = "Community service"

    merged = merge_into(office, laptop)

    assert [c.label for c in merged.client.cases[0].conditions] == ["Theft awareness", "Service hours", "Community service"]
    assert merged.taken == ["condition Community service in case BA-100 200"]
    assert merged.to_check == ["Theft awareness and Service hours in case BA-100 200 are in this record and not in id 7, "
                               "kept: if removed or renamed there, remove them on the Record tab"]
