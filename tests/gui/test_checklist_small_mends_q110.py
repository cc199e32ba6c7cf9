"""Q110: small mends on the Checklist's payment ledger."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Money
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_ledger_k29 import labels, open_on_checklist


def test_q110_01_a_paid_total_without_payments_is_not_said_as_nothing_paid(qtbot, window, repo):
    # An import's `paid` amount (a request carries the totals only, D23-04), no payment lines:
    # "Fines: $200 of $600 paid" stood over "No payments recorded yet.", read as a contradiction.
    client = probation_client("Ida Importe", probation_end=date(2027, 6, 1))
    client.cases[0].money = Money(fines_ordered=600, fines_paid=200)
    view = open_on_checklist(window, repo, client)
    said = labels(view)
    assert "Fines: $200 of $600 paid" in said
    assert "No payments recorded yet." not in said
    assert ("No payments entered one by one; $200 of the fines paid as a total "
            "(the case's \u201cFines paid\u201d, typed or imported).") in said


def test_q110_01_both_totals_are_said_and_a_zero_total_is_none_paid(qtbot, window, repo):
    client = probation_client("Ida Ambos", probation_end=date(2027, 6, 1), restitution_ordered=900, restitution_paid=300)
    client.cases[0].money.fines_ordered = 600
    client.cases[0].money.fines_paid = 200
    view = open_on_checklist(window, repo, client)
    assert ("No payments entered one by one; $200 of the fines and $300 of the restitution paid as totals "
            "(the case's \u201cFines paid\u201d and \u201cRestitution paid\u201d, typed or imported).") in labels(view)


def test_q110_01_nothing_paid_still_reads_no_payments_recorded(qtbot, window, repo):
    client = probation_client("Ida Cero", probation_end=date(2027, 6, 1), restitution_ordered=900, restitution_paid=0)
    view = open_on_checklist(window, repo, client)
    assert "No payments recorded yet." in labels(view)
