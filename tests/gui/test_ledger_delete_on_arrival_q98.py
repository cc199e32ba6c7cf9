"""Q98-01: a client with no class to tick has the payment ledger as the Checklist tab's first
control.  Opening the tab (Alt+K) put the keyboard there with the first payment chosen (K45-03
chooses the line the keyboard arrives on), and Delete (L64-01) took that payment out at once:
a paralegal arriving on the tab and pressing Delete to clear something else lost a payment
they never chose.  Now Delete on a line the keyboard only arrived on asks first, naming the
payment, and keeping it is the default; a line the user chose (an arrow, Home, End, Space, a
click) is taken out at once, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Money, Payment
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab
from ui.client_view import TAB_RECORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT = Qt.KeyboardModifier.AltModifier


def wei():
    """Fines paid in installments, no class or hours to tick: the ledger is the tab's first stop."""
    client = probation_client("Wei Wong")
    client.cases[0].money = Money(fines_ordered=500, fines_paid=357, payments=[
        Payment("fine", date(2025, 10, 15), 119, "R-67224"),
        Payment("fine", date(2025, 10, 29), 119, ""),
        Payment("fine", date(2025, 12, 22), 119, "R-87015")])
    return client


def receipts(repo, client_id) -> list:
    return [p.receipt for p in repo.get_client(client_id).cases[0].money.payments]


@pytest.fixture
def asked(monkeypatch):
    """What the ledger asks before a removal, answered by `answer[0]` (keep, the default)."""
    questions, answer = [], [False]

    def ask(_parent, payment_said, case_said):
        questions.append(f"{payment_said} on case {case_said}")
        return answer[0]

    monkeypatch.setattr("ui.checklist_view.ask_remove_payment", ask)
    return questions, answer


def arrive_on_checklist(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, wei(), TAB_RECORD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, ALT)  # the Checklist tab, as a paralegal opens it
    ledger = view.checklist.control("c1", "payments")
    qtbot.waitUntil(ledger.hasFocus)
    return view, client_id, ledger


def test_delete_on_arriving_at_the_tab_asks_and_keeps_the_payment(qtbot, window, repo, asked):
    questions, _answer = asked
    view, client_id, ledger = arrive_on_checklist(qtbot, window, repo)
    # Where the keyboard is, a screen reader still hears it: the line is shown chosen (K45-03).
    assert ledger.selectionModel().isRowSelected(0)
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert questions == ["$119 toward fine (2025-10-15, receipt R-67224) on case BA100001"]  # the payment it was about to take out
    assert receipts(repo, client_id) == ["R-67224", "", "R-87015"]  # kept: it was taken out at once
    ledger = view.checklist.control("c1", "payments")
    assert ledger.hasFocus()


def test_delete_asked_and_answered_remove_takes_it_out(qtbot, window, repo, asked):
    questions, answer = asked
    answer[0] = True
    view, client_id, ledger = arrive_on_checklist(qtbot, window, repo)
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert len(questions) == 1
    assert receipts(repo, client_id) == ["", "R-87015"]
    # The next line is chosen by the removal (K38-03): a second Delete goes on without asking.
    ledger = view.checklist.control("c1", "payments")
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert len(questions) == 1
    assert receipts(repo, client_id) == ["R-87015"]


@pytest.mark.parametrize("keys", [[Qt.Key.Key_Space], [Qt.Key.Key_Down, Qt.Key.Key_Up], [Qt.Key.Key_End], [Qt.Key.Key_Home]])
def test_a_line_the_user_chose_is_taken_out_at_once(qtbot, window, repo, asked, keys):
    questions, _answer = asked
    view, client_id, ledger = arrive_on_checklist(qtbot, window, repo)
    for key in keys:
        qtbot.keyClick(ledger, key)
    chosen = ledger.selectionModel().selectedRows()[0].row()
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert questions == []
    expected = ["R-67224", "", "R-87015"]
    del expected[chosen]
    assert receipts(repo, client_id) == expected


def test_a_click_on_a_line_chooses_it(qtbot, window, repo, asked):
    questions, _answer = asked
    view, client_id, ledger = arrive_on_checklist(qtbot, window, repo)
    qtbot.mouseClick(ledger.viewport(), Qt.MouseButton.LeftButton, pos=ledger.visualRect(ledger.model().index(0, 1)).center())
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert questions == []
    assert receipts(repo, client_id) == ["", "R-87015"]


def test_the_first_line_clicked_while_a_count_is_typed_is_chosen(qtbot, window, repo, asked):
    """The click's press saves the count and rebuilds the page under it (B63-13): the new
    ledger, given the focus back, shows its first line chosen as the keyboard's arriving does;
    the click's release on that same line is the user's choice, and Delete takes it out."""
    from clinic_app.model import Condition

    questions, _answer = asked
    client = wei()
    client.cases[0].conditions = [Condition(kind="class", label="First-offender DUI program", required=30, done=12)]
    view, client_id = open_on_tab(qtbot, window, repo, client, 1)
    spin = view.checklist.control("c1", "count", 0)
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(spin.hasFocus)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "20")
    ledger = view.checklist.control("c1", "payments")
    first = ledger.visualRect(ledger.model().index(0, 1)).center()
    at = ledger.viewport().mapTo(window, first)
    qtbot.mousePress(ledger.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.wait(50)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 20
    ledger = view.checklist.control("c1", "payments")
    assert ledger.hasFocus()
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert questions == []
    assert receipts(repo, client_id) == ["", "R-87015"]
