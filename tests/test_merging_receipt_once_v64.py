"""V64-03: a receipt on a payment of each kind, of other amounts (here restitution $75, R-9; on
the laptop a fine of $50, R-9, same day), made To check say this record's payment twice: "1
payment ... is not in id 7 (restitution $75 ..., receipt R-9), kept: if removed there ...,
remove it" and "receipt R-9 ... one receipt for both, or one payment whose kind was put right?
Both are kept; if it is one payment, remove the wrong one".  One payment, one question: the
receipt's line says it, and the "not in" line lists only the payments no other line names."""

from __future__ import annotations

from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office
from tests.test_merging_laptop_h64 import _laptop_of

DAY = date(2026, 11, 2)


def _receipt_on_each_side(extra_here: Payment | None = None):
    office = _office()
    office.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=75, receipt="R-9"))
    laptop = _laptop_of(office)
    laptop.cases[0].money.take_out(Payment(kind="restitution", date=DAY, amount=75, receipt="R-9"))
    laptop.cases[0].money.record_payment(Payment(kind="fine", date=DAY, amount=50, receipt="R-9"))
    if extra_here is not None:  # added here since the laptop's copy (or removed there)
        office.cases[0].money.record_payment(extra_here)
    return merge_into(office, laptop)


def test_v64_03_a_receipt_on_both_kinds_is_one_line_to_check():
    merged = _receipt_on_each_side()
    assert merged.to_check == [
        "receipt R-9 in case BA-100 200 is on this record's restitution payment of $75 on 2026-11-02 and on the fine "
        "payment of $50 on 2026-11-02 taken from id 7: one receipt for both, or one payment whose kind was put right? "
        "Both are kept; if it is one payment, remove the wrong one on the Checklist"]
    money = merged.client.cases[0].money
    assert sorted((p.kind, p.amount) for p in money.payments if p.receipt == "R-9") == [("fine", 50), ("restitution", 75)]


def test_v64_03_a_payment_only_here_that_no_receipt_names_is_still_said():
    merged = _receipt_on_each_side(Payment(kind="restitution", date=date(2026, 11, 9), amount=20))
    assert merged.to_check[0] == (
        "1 payment of case BA-100 200 in this record is not in id 7 (restitution $20 on 2026-11-09), kept: if removed "
        "there (typed twice, or on the wrong case), remove it on the Checklist")
    assert len(merged.to_check) == 2 and merged.to_check[1].startswith("receipt R-9 in case BA-100 200 is on this record's")
