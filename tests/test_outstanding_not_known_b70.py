"""B70-01: a fine or restitution whose payments are not recorded sorted by Outstanding as $0
owed (R66): "fines: payments not recorded" came before "fines $5", as if it were the least
owed.  The amount is not known, not nothing: it sorts after the amounts known."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import outstanding
from clinic_app.model import Case, Client, Conviction, Money, Person
from clinic_app.outstanding_order import how_much_outstanding

AS_OF = date(2026, 11, 22)


def _order(*lines: list[str]) -> list[list[str]]:
    return sorted(lines, key=how_much_outstanding)


def test_b70_01_a_fine_not_recorded_paid_comes_after_every_known_fine_never_with_nothing():
    assert _order(["fines: payments not recorded"], ["fines $99,999"], ["fines $5"], []) == [
        [], ["fines $5"], ["fines $99,999"], ["fines: payments not recorded"]]
    # Still one thing in the way: before a client with two.
    assert _order(["fines $5", "class 1/8"], ["fines: payments not recorded"]) == [
        ["fines: payments not recorded"], ["fines $5", "class 1/8"]]


def test_b70_01_restitution_not_recorded_paid_comes_after_known_restitution_and_stays_aside():
    assert _order(["restitution: payments not recorded"], ["restitution $9,000"], ["fines $5"], []) == [
        [], ["restitution $9,000"], ["restitution: payments not recorded"], ["fines $5"]]


def test_b70_01_two_cases_not_recorded_after_one():
    assert _order(["probation end date", "fines: payments not recorded (2 cases)"],
                  ["probation end date", "fines: payments not recorded", "fines $9"]) == [
        ["probation end date", "fines: payments not recorded", "fines $9"],
        ["probation end date", "fines: payments not recorded (2 cases)"]]


def test_b70_01_the_checklist_s_own_label_of_a_fine_with_no_payment_recorded():
    def client(money: Money) -> Client:
        return Client(name="Synthetic Fine", person=Person(),
                      cases=[Case(id="1", case_number="24CR01", convictions=[Conviction(id="11", section="242")], money=money)])

    unknown = outstanding(client(Money(fines_ordered=500, fines_paid=None)), AS_OF)
    known = outstanding(client(Money(fines_ordered=500, fines_paid=495)), AS_OF)
    assert unknown == ["fines: payments not recorded"] and known == ["fines $5"]
    assert how_much_outstanding(unknown) > how_much_outstanding(known)


def test_b70_01_the_outstanding_header_says_where_an_amount_not_recorded_sorts():
    from PySide6.QtCore import Qt

    from ui.models.caseload_model import COL_OUTSTANDING, CaseloadModel

    tip = CaseloadModel().headerData(COL_OUTSTANDING, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "amount not recorded after the amounts known" in tip
    assert CaseloadModel().headerData(COL_OUTSTANDING, Qt.Orientation.Horizontal) == "Outstanding"
