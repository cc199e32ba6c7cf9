"""The Checklist tab from the keyboard: every edit is made inside a widget's own key handler
(the spin box's Up arrow, Enter in a payment's amount, Space on a tick box), and the save
rebuilds the tab before that handler returns.  The app must survive it (keyboard check
K20-01: it segfaulted) and the edit must land in the caseload."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from clinic_app.model import Condition, Conviction, Money, Payment
from tests.gui.conftest import TODAY, probation_client, type_over

# The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def two_cases():
    """Hours of community service and a class on case 1, hours with the same label on case 2
    (so the two spin boxes read alike), and a ledger with a payment on each case."""
    client = probation_client("Rosa Teclado", restitution_ordered=500)
    first = client.cases[0]
    first.conditions = [Condition(kind="community_service", label="Community service", required=40, done=10),
                        Condition(kind="class", label="Anger management")]
    first.money.record_payment(Payment(kind="restitution", date=date(2026, 1, 5), amount=100))
    second = copy.deepcopy(first)
    second.id, second.case_number = "c2", "BA200002"
    second.convictions = [Conviction(id="c2-1", section="484", level="misdemeanor", conviction_date=second.disposition_date)]
    second.conditions = [Condition(kind="community_service", label="Community service", required=20, done=0)]
    second.money = Money(fines_ordered=300)
    second.money.record_payment(Payment(kind="fine", date=date(2026, 2, 5), amount=50))
    client.cases.append(second)
    return client


@pytest.fixture
def checklist(qtbot, window, repo):
    """The client open on the Checklist tab, the window active (keys go to the focus)."""
    return open_on_checklist(qtbot, window, repo, two_cases())


def open_on_checklist(qtbot, window, repo, client):
    """Store `client` and open it on the Checklist tab, the window active: (view, client id)."""
    return open_on_tab(qtbot, window, repo, client, 1)


def open_on_tab(qtbot, window, repo, client, tab: int):
    """Store `client` and open it on tab number `tab`, the window active: (view, client id)."""
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.client_view
    view.tabs.setCurrentIndex(tab)
    return view, client_id


def _hours_spin(view, case_index: int) -> QSpinBox:
    spins = view.checklist.findChildren(QSpinBox)
    return spins[case_index]  # one spin per case here, in the order of the cases


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_up_arrow_in_hours_done_is_saved_without_a_crash(qtbot, checklist, repo):
    view, client_id = checklist
    spin = _hours_spin(view, 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # 10 -> 11 hours: this deleted the spin box in its keyPressEvent
    assert repo.get_client(client_id).cases[0].conditions[0].done == 11
    qtbot.wait(20)  # the replaced page is deleted on the next turn of the event loop
    assert _hours_spin(view, 0).value() == 11


@pytest.mark.parametrize("leave", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_hours_typed_then_tab_or_enter_are_saved_without_a_crash(qtbot, checklist, repo, leave):
    view, client_id = checklist
    spin = _hours_spin(view, 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "50")
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10  # one edit per finished number
    qtbot.keyClick(spin, leave)
    stored = repo.get_client(client_id)
    assert [c.done for c in stored.cases[0].conditions] == [50, None]
    assert stored.cases[1].conditions[0].done == 0
    qtbot.wait(20)
    assert _hours_spin(view, 0).value() == 50


def test_enter_in_a_payment_amount_adds_it_without_a_crash(qtbot, checklist, repo):
    view, client_id = checklist
    amount = view.checklist.payment_forms["c1"].amount
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "25")
    qtbot.keyClick(amount, Qt.Key.Key_Return)  # "Enter adds the payment"
    stored = repo.get_client(client_id)
    assert stored.cases[0].money.payments[-1] == Payment(kind="restitution", date=TODAY, amount=25)
    assert len(stored.cases[1].money.payments) == 1
    qtbot.wait(20)
    assert view.checklist.ledger_models[0].rowCount() == 2


def test_space_on_a_tick_box_and_undo_from_the_checklist_survive(qtbot, checklist, repo, window):
    view, client_id = checklist
    tick = view.checklist.condition_boxes[1]  # "Anger management" on case 1
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on == TODAY
    here = QApplication.focusWidget() or window
    qtbot.keyClick(here, Qt.Key.Key_Z, CTRL)  # undo with the focus still in the checklist
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on is None
    qtbot.wait(20)
    assert not view.checklist.condition_boxes[1].isChecked()


# ---- the focus stays where the keyboard user is (keyboard check K20-09) ------------------------
# Each edit rebuilds the tab: the control that had the focus is gone, and its twin on the new
# page (same case, same control) must have it.  Both cases have a "Community service" spin box
# and a payment form whose fields read alike, so "the same name" is not enough.


def _focused():
    return QApplication.focusWidget()


def test_after_up_arrow_or_enter_the_focus_stays_in_the_same_hours_box(qtbot, checklist, repo):
    view, client_id = checklist
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    spin = view.checklist.control("c1", "count", 0)
    assert spin.value() == 11 and _focused() is spin
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # and the next key goes on in the same box
    assert repo.get_client(client_id).cases[0].conditions[0].done == 12
    spin = view.checklist.control("c1", "count", 0)
    assert _focused() is spin
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "30")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 30
    assert _focused() is view.checklist.control("c1", "count", 0)


def test_hours_typed_then_tab_go_on_to_the_next_control_of_the_case(qtbot, checklist, repo):
    view, client_id = checklist
    spin = view.checklist.control("c2", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "15")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)  # saved on leaving; Tab goes where it would have gone
    assert repo.get_client(client_id).cases[1].conditions[0].done == 15
    assert _focused() is view.checklist.control("c2", "payments")


def test_space_on_a_tick_box_keeps_the_focus_on_it_and_tab_goes_on(qtbot, checklist, repo):
    view, client_id = checklist
    tick = view.checklist.control("c2", "tick", 0)
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert repo.get_client(client_id).cases[1].conditions[0].completed_on == TODAY
    tick = view.checklist.control("c2", "tick", 0)
    assert tick.isChecked() and _focused() is tick
    qtbot.keyClick(tick, Qt.Key.Key_Tab)  # not back to "← Caseload"
    # To the completed date the tick recorded, to give the real one (K29B-04), then the count.
    assert _focused() is view.checklist.control("c2", "completed", 0)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is view.checklist.control("c2", "count", 0)


def test_undo_from_the_checklist_keeps_the_focus_on_the_same_control(qtbot, checklist, repo):
    view, client_id = checklist
    tick = view.checklist.control("c1", "tick", 1)
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    tick = view.checklist.control("c1", "tick", 1)
    qtbot.keyClick(tick, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on is None
    tick = view.checklist.control("c1", "tick", 1)
    assert not tick.isChecked() and _focused() is tick


def test_enter_in_the_first_case_amount_keeps_the_focus_in_that_case(qtbot, checklist, repo):
    view, client_id = checklist
    amount = view.checklist.control("c1", "amount")
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "25")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [100, 25]
    amount = view.checklist.control("c1", "amount")
    assert _focused() is amount  # it went to the last case's amount
    qtbot.keyClicks(amount, "5")  # the next payment is typed straight in
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [100, 25, 5]
    assert [p.amount for p in repo.get_client(client_id).cases[1].money.payments] == [50]
    assert _focused() is view.checklist.control("c1", "amount")


def test_the_add_payment_button_by_keyboard_leaves_the_focus_in_that_case_amount(qtbot, checklist, repo):
    view, client_id = checklist
    amount = view.checklist.control("c1", "amount")
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "40")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    assert _focused() is view.checklist.control("c1", "receipt")
    qtbot.keyClicks(_focused(), "R-77")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    button = view.checklist.control("c1", "add payment")
    assert _focused() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert repo.get_client(client_id).cases[0].money.payments[-1] == Payment(kind="restitution", date=TODAY, amount=40, receipt="R-77")
    # The new form's button is disabled until an amount is typed: the focus is in its amount.
    assert _focused() is view.checklist.control("c1", "amount")


def test_a_checklist_edit_asks_before_record_typing_that_cannot_be_saved_is_lost(qtbot, checklist, repo, window, monkeypatch):
    # Keyboard check K20-02: with "2025-02-30" typed in Probation end, ticking a class on the
    # Checklist saved the tick and silently put the stored date back in the Record tab.
    import ui.client_view

    view, client_id = checklist
    view.tabs.setCurrentIndex(0)
    end = view.record.case_form.probation_end
    type_over(qtbot, end, "2025-02-30")
    view.tabs.setCurrentIndex(1)
    asked = []
    monkeypatch.setattr(ui.client_view, "ask_discard", lambda parent, problem, where: asked.append(where) or False)
    tick = view.checklist.condition_boxes[1]
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert asked == ["save the checklist change"]
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on is None  # stayed: not saved
    assert not view.checklist.condition_boxes[1].isChecked() and end.text() == "2025-02-30"
    # A payment's Enter, stayed: its amount and receipt kept to add once the date is fixed, not
    # taken as added and emptied (K288-01; its read-only test is refused before any question now).
    form = view.checklist.payment_forms["c1"]
    _focus(qtbot, form.amount)
    qtbot.keyClicks(form.amount, "40")
    qtbot.keyClicks(form.receipt, "R-78")
    _focus(qtbot, form.amount)
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    form = view.checklist.payment_forms["c1"]
    assert asked[1:] == ["save the checklist change"] and (form.amount.text(), form.receipt.text()) == ("40", "R-78")
    assert len(repo.get_client(client_id).cases[0].money.payments) == 1
    form.amount.clear()
    form.receipt.clear()
    monkeypatch.setattr(ui.client_view, "ask_discard", lambda parent, problem, where: True)
    tick = view.checklist.condition_boxes[1]
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)  # discarded by choice: the tick is saved
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on == TODAY
    assert end.text() != "2025-02-30"


def test_alt_p_adds_the_payment_typed_in_its_own_case_s_form(qtbot, checklist, repo):
    """K38-07: with two cases owing money, "Add &payment" is on each form; with a payment typed
    on both, Alt+P only moved the focus between the two buttons and added neither.  Alt+P now
    adds the payment of the form the focus is in."""
    view, client_id = checklist
    view.checklist.payment_forms["c1"].amount.setText("25")  # typed on case 1, not added yet
    amount = view.checklist.payment_forms["c2"].amount
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "40")
    qtbot.keyClick(amount, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert [p.amount for p in repo.get_client(client_id).cases[1].money.payments] == [50, 40]
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [100]  # not case 1's



def test_a_payment_typed_on_one_case_stays_while_another_case_is_edited(qtbot, checklist, repo):
    """K38-09: a payment typed on case 1 and not yet added was wiped, without a word, when a
    payment was added on case 2 or a condition ticked (the page is rebuilt after each save)."""
    from PySide6.QtWidgets import QCheckBox

    view, client_id = checklist
    view.checklist.payment_forms["c1"].amount.setText("25")
    view.checklist.payment_forms["c1"].receipt.setText("R-77")
    amount = view.checklist.payment_forms["c2"].amount
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "40")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert [p.amount for p in repo.get_client(client_id).cases[1].money.payments] == [50, 40]
    forms = view.checklist.payment_forms
    assert (forms["c1"].amount.text(), forms["c1"].receipt.text(), forms["c2"].amount.text()) == ("25", "R-77", "")
    tick = next(box for box in view.checklist.findChildren(QCheckBox) if box.isVisible())
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert view.checklist.payment_forms["c1"].amount.text() == "25" and view.checklist.payment_forms["c1"].button.isEnabled()
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [100]  # typed, not added
