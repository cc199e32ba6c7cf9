"""B118-01: a payment entered on the Checklist after the case's "Fines paid" total was cleared
on the Record tab (or a request imported with a ledger and no totals)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clinic_app.model import Money, Payment
from tests.gui.conftest import probation_client


def test_b118_01_a_payment_adds_to_the_ledger_already_paid_when_no_total_is_recorded(qtbot, window, repo):
    # $200 in the ledger, the total blank: the Checklist read "Fines: $200 of $500 paid".  The
    # $300 that paid the rest made the total $300, the ledger's $200 lost: "Fines: $300 of $500
    # paid (the ledger's 2 payments total $500)", and the screening "Fines of $200 are unpaid".
    client = probation_client("Marisol Prueba", probation_end=date(2027, 6, 15))
    client.cases[0].money = Money(fines_ordered=500, payments=[Payment(kind="fine", date=date(2025, 9, 1), amount=200)])
    window.load()
    window.open_client(repo.add_client(client))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    form = view.checklist.payment_forms["c1"]
    form.date.setText("2026-11-20")
    form.amount.setText("300")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)

    labels = [label.text() for label in view.checklist.page.findChildren(QLabel)]
    assert "Fines: $500 of $500 paid" in labels
    money = repo.get_client(view.client.id).cases[0].money
    assert money.fines_paid == 500 and money.fines_owed == 0


def test_b118_01_the_total_made_from_the_ledger_is_what_paid_reads(qtbot):
    money = Money(restitution_ordered=3000, payments=[Payment(kind="restitution", date=date(2025, m, 5), amount=100)
                                                      for m in range(1, 13)])
    assert money.paid("restitution") == 1200
    money.record_payment(Payment(kind="restitution", date=date(2026, 1, 5), amount=100))
    assert money.restitution_paid == 1300 and money.paid("restitution") == 1300
    money.remove_payment(len(money.payments) - 1)
    assert money.paid("restitution") == 1200
