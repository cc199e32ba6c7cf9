"""B63-02: one click on "Add payment" while a class's count is still being typed in its box
saves the count (on leaving the box, as always) and adds the payment.  The count's save
rebuilt the page under the click, and the payment was added only by a second click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Condition
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import _focus, open_on_checklist
from tests.gui.test_untick_after_undo_z62 import checklist  # noqa: F401  (fixture: a class 12 of 30 and $1,500 restitution)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_b63_02_one_click_on_add_payment_saves_the_count_typed_and_adds_the_payment(qtbot, window, checklist, repo):
    view, client_id = checklist
    form = view.checklist.payment_forms["c1"]
    _focus(qtbot, form.amount)
    qtbot.keyClicks(form.amount, "150")  # the receipt on the table
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)  # then the program's sheet: 20 of 30 done
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "20")
    steps = window.undo_stack.count()

    # A hand's click: the button pressed, the event loop turning, then let go where it was.
    pressed = view.checklist.control("c1", "add payment")
    at = pressed.mapTo(window, pressed.rect().center())
    qtbot.mousePress(pressed, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(20)

    stored = repo.get_client(client_id).cases[0]
    assert stored.conditions[0].done == 20
    assert [p.amount for p in stored.money.payments] == [150]  # it took a second click
    assert window.undo_stack.count() == steps + 2  # the count and the payment, each its own step
    assert view.checklist.payment_forms["c1"].amount.text() == ""


def type_count_and_payment(qtbot, view) -> None:
    form = view.checklist.payment_forms["c1"]
    _focus(qtbot, form.amount)
    qtbot.keyClicks(form.amount, "150")
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "20")


def test_b63_02_a_click_whose_release_reaches_the_old_button_adds_the_payment_once(qtbot, window, checklist, repo):
    """Press and release handled before the old page is deleted (a quick click): added once."""
    view, client_id = checklist
    type_count_and_payment(qtbot, view)
    qtbot.mouseClick(view.checklist.control("c1", "add payment"), Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    stored = repo.get_client(client_id).cases[0]
    assert (stored.conditions[0].done, [p.amount for p in stored.money.payments]) == (20, [150])


def test_b63_02_pressed_then_let_go_elsewhere_adds_no_payment(qtbot, window, checklist, repo):
    """A press dragged off the button is no click, as on any button: the count alone is saved."""
    view, client_id = checklist
    type_count_and_payment(qtbot, view)
    pressed = view.checklist.control("c1", "add payment")
    qtbot.mousePress(pressed, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=window.rect().topLeft() + window.rect().center() / 8)
    qtbot.wait(20)
    stored = repo.get_client(client_id).cases[0]
    assert (stored.conditions[0].done, stored.money.payments) == (20, [])
    assert view.checklist.payment_forms["c1"].amount.text() == "150"  # still typed, to add


def hand_click(qtbot, window, widget) -> None:
    """Pressed, the event loop turning, then let go where it was pressed."""
    at = widget.mapTo(window, widget.rect().center())
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(20)


def test_b63_02_a_tick_clicked_while_the_count_is_typed_is_ticked(qtbot, window, checklist, repo):
    view, client_id = checklist
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "20")
    tick = view.checklist.control("c1", "tick", 0)
    hand_click(qtbot, window, tick)
    stored = repo.get_client(client_id).cases[0].conditions[0]
    assert stored.completed_on is not None and stored.done == 30


def test_b63_02_a_tick_the_count_typed_has_ticked_already_is_not_unticked(qtbot, window, checklist, repo):
    """30 of 30 typed ticks it as it is saved: the click meant to tick it does not untick it."""
    view, client_id = checklist
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "30")
    hand_click(qtbot, window, view.checklist.control("c1", "tick", 0))
    assert repo.get_client(client_id).cases[0].conditions[0].done == 30
    assert view.checklist.control("c1", "tick", 0).isChecked()
    assert not view.checklist.notes[("c1", "tick", 0)].text().startswith("Still done")


def test_b63_13_a_ledger_line_clicked_while_the_count_is_typed_is_chosen(qtbot, window, repo):
    """A payment entered twice is found while counting: the line clicked was not chosen (the
    page rebuilt under the press), "Remove payment" stayed greyed, and Delete took nothing."""
    from datetime import date

    from clinic_app.model import Payment

    client = probation_client("Marta Ejemplo", restitution_ordered=1500)
    client.cases[0].conditions = [Condition(kind="class", label="First-offender DUI program", required=30, done=12)]
    for day in (date(2026, 3, 2), date(2026, 4, 6)):
        client.cases[0].money.record_payment(Payment(kind="restitution", date=day, amount=100))
    view, client_id = open_on_checklist(qtbot, window, repo, client)
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "20")
    ledger = view.checklist.control("c1", "payments")
    second = ledger.visualRect(ledger.model().index(1, 1)).center()
    at = ledger.viewport().mapTo(window, second)
    qtbot.mousePress(ledger.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.wait(50)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(20)

    assert repo.get_client(client_id).cases[0].conditions[0].done == 20
    ledger = view.checklist.control("c1", "payments")
    assert [index.row() for index in ledger.selectionModel().selectedRows()] == [1]
    assert view.checklist.control("c1", "remove payment").isEnabled()
    assert ledger.hasFocus()
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)  # the line clicked goes, not the first
    assert [p.date for p in repo.get_client(client_id).cases[0].money.payments] == [date(2026, 3, 2)]
