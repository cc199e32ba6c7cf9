"""U64-04: a payment typed on the Checklist that could not be done again over another desk's
record (A64-03) was said "the payment of $75 toward fine on 2026-11-22" ("toward fine" is no
English), and a payment taken out here that the other desk had changed or taken out already
"Case BA100001, payments: ..., was changed or taken out there: theirs is kept".  Each is now
said as the merge says a payment ("the fine payment of $75 on 2026-11-22") and where the other
lines say the change was made ("in another window or on another desk")."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Payment
from clinic_app.screening_format import client_to_request_dict
from tests.gui.conftest import probation_client
from ui.client_view import ClientWorkspace

FINE = Payment(kind="fine", date=date(2026, 11, 22), amount=75)


def _said(typed_on, typed, stored) -> list[str]:
    _put, said = ClientWorkspace._typing_over(stored, client_to_request_dict(typed_on), client_to_request_dict(typed), typed)
    return said


def _client(*payments):
    client = probation_client("Dora Pago", restitution_ordered=1500)
    client.cases[0].case_number = "BA100001"
    for payment in payments:
        client.cases[0].money.record_payment(payment)
    return client


def test_u64_04_a_fine_added_to_a_case_removed_there_is_said_in_english():
    typed_on, typed = _client(), _client(FINE)
    stored = copy.deepcopy(typed_on)
    stored.phone = "(213) 555-0199"
    stored.cases = []
    said = _said(typed_on, typed, stored)
    assert ("Case BA100001: removed in another window or on another desk, so the fine payment of $75 on 2026-11-22 "
            "is not put back") in said, said


def test_u64_04_a_payment_taken_out_here_and_changed_there_is_said_in_words():
    typed_on, typed, stored = _client(FINE), _client(), _client(Payment(kind="fine", date=date(2026, 11, 22), amount=70))
    said = _said(typed_on, typed, stored)
    assert ("Case BA100001: the fine payment of $75 on 2026-11-22, taken out here, was changed or taken out in another "
            "window or on another desk: their ledger is kept") in said, said
