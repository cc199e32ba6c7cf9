"""A64-03: payments added or taken out in the typing are done again on the ledger as stored,
the paid totals with them, when another desk recorded a payment of its own since."""

from datetime import date

from clinic_app.drafts import ledger_done, ledger_moves, ledger_undone, not_put_back, typing_over
from clinic_app.model import Payment
from clinic_app.screening_format import client_from_request, client_to_request_dict
from tests.gui.conftest import probation_client

THEIRS = Payment(kind="restitution", date=date(2026, 11, 20), amount=50, receipt="R-1001")
MINE = Payment(kind="restitution", date=date(2026, 11, 22), amount=75)
OLD = Payment(kind="restitution", date=date(2026, 1, 5), amount=100)


def _client(*payments):
    client = probation_client("Dora Pago", restitution_ordered=1500)
    for payment in payments:
        client.cases[0].money.record_payment(payment)
    return client


def _over(typed_on, typed, stored):
    moves = ledger_moves(typed_on, typed)
    rest = ledger_undone(typed_on, typed, moves)
    request = typing_over(client_to_request_dict(typed_on), client_to_request_dict(rest), client_to_request_dict(stored))
    assert not_put_back(client_to_request_dict(typed_on), client_to_request_dict(rest), request) == []
    return ledger_done(client_from_request(request), moves)


def test_a_payment_added_here_and_one_there_are_both_in_the_ledger_and_the_total():
    put, not_done = _over(_client(OLD), _client(OLD, MINE), _client(OLD, THEIRS))
    assert not_done == []
    assert put.cases[0].money.payments == [OLD, THEIRS, MINE]
    assert put.cases[0].money.restitution_paid == 225


def test_a_payment_taken_out_here_goes_and_theirs_stays():
    put, not_done = _over(_client(OLD), _client(), _client(OLD, THEIRS))
    assert not_done == []
    assert (put.cases[0].money.payments, put.cases[0].money.restitution_paid) == ([THEIRS], 50)


def test_a_payment_taken_out_here_that_they_took_out_too_is_said():
    put, not_done = _over(_client(OLD), _client(), _client(THEIRS))
    assert not_done == [("c1", "taken out", OLD)]
    assert put.cases[0].money.payments == [THEIRS]


def _none_paid(*payments):
    """Restitution "0" typed as paid (intake: nothing paid yet), then `payments` recorded."""
    client = probation_client("Dora Pago", restitution_ordered=1500, restitution_paid=0)
    for payment in payments:
        client.cases[0].money.record_payment(payment)
    return client


def test_a_payment_added_on_nothing_paid_typed_as_0_keeps_the_0_it_was_typed_on():
    """R64-01: a payment added here and one there, on a "0" typed as paid: taken back out of
    the typing, the total read as never recorded (not 0), a change `_over` found not put back."""
    put, not_done = _over(_none_paid(), _none_paid(MINE), _none_paid(THEIRS))
    assert not_done == []
    assert (put.cases[0].money.payments, put.cases[0].money.restitution_paid) == ([THEIRS, MINE], 125)
