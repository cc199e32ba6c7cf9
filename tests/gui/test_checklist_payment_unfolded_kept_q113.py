"""Q113-04: a paralegal opened a paid-up case's "Enter a payment" fold to type a late receipt,
then added the installment she had in hand on another case first: the Checklist rebuilt, and the
fold she had opened, still empty, was shut again behind its button (only a form with typing in
it came back open, Q110-02).  A fold opened stays open while the client is shown; another client
opened, and this one again, starts folded as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_small_mends_q110 import paid_up_and_owing
from tests.gui.test_checklist_ledger_k29 import open_on_checklist


def test_q113_04_an_opened_payment_fold_stays_open_through_a_rebuild(qtbot, window, repo):
    view = open_on_checklist(window, repo, paid_up_and_owing("Paz Abierta"))
    checklist = view.checklist
    enter = checklist.control("c1", "enter payment")
    enter.setFocus()
    qtbot.keyClick(enter, Qt.Key.Key_Space)
    assert checklist.payment_forms["c1"].isVisibleTo(checklist)

    owing = checklist.payment_forms["c2"]  # a payment on the other case rebuilds the page
    owing.setFocus()
    owing.date.setText("2026-11-20")
    owing.amount.setText("100")
    qtbot.keyClick(owing.amount, Qt.Key.Key_Return)
    assert repo.get_client(view.client.id).cases[1].money.restitution_paid == 200
    assert checklist.payment_forms["c2"] is not owing  # rebuilt
    assert checklist.payment_forms["c1"].isVisibleTo(checklist)
    assert not checklist.control("c1", "enter payment").isVisibleTo(checklist)


def test_q113_04_another_client_opened_and_back_starts_folded(qtbot, window, repo):
    view = open_on_checklist(window, repo, paid_up_and_owing("Paz Vuelta"))
    client_id = view.client.id
    checklist = view.checklist
    enter = checklist.control("c1", "enter payment")
    enter.setFocus()
    qtbot.keyClick(enter, Qt.Key.Key_Space)
    view.tabs.setCurrentIndex(0)  # the Record tab in front: the Checklist is not rebuilt for the other client
    other = repo.add_client(probation_client("Otra Persona"))
    window.load()
    window.open_client(other)
    window.open_client(client_id)
    view.tabs.setCurrentIndex(1)
    assert not checklist.payment_forms["c1"].isVisibleTo(checklist)
    assert checklist.control("c1", "enter payment").isVisibleTo(checklist)
