"""K29: the payment ledger on the Checklist tab, as a paralegal keeps it over a month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from clinic_app.checklist import outstanding
from clinic_app.model import Condition, Payment
from tests.gui.conftest import TODAY, probation_client


def labels(view) -> list[str]:
    return [label.text() for label in view.checklist.page.findChildren(QLabel)]


def open_on_checklist(window, repo, client):
    window.load()
    window.open_client(repo.add_client(client))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    return view


def pay(qtbot, view, amount: int, day: date = date(2026, 11, 20)) -> None:
    form = view.checklist.payment_forms["c1"]
    form.date.setText(day.isoformat())
    form.amount.setText(str(amount))
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)


def test_k29_01_a_payment_entered_twice_is_removed_from_the_ledger_after_other_edits(qtbot, window, repo):
    client = probation_client("Dora Doble", probation_end=date(2027, 6, 1), restitution_ordered=1500)
    client.cases[0].conditions = [Condition(kind="class", label="Theft awareness class")]
    view = open_on_checklist(window, repo, client)
    pay(qtbot, view, 200)
    pay(qtbot, view, 200)  # the same receipt, entered twice by mistake
    assert "Restitution: $400 of $1,500 paid - $1,100 to go; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed" in labels(view)
    view.checklist.condition_boxes[0].click()  # later edits: Undo would take them back first
    table = view.checklist.control("c1", "payments")
    assert isinstance(table, QTableView) and table.model().rowCount() == 2
    remove = view.checklist.control("c1", "remove payment")
    assert isinstance(remove, QPushButton) and not remove.isEnabled()  # nothing chosen yet
    table.selectionModel().select(table.model().index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)

    assert "Restitution: $200 of $1,500 paid - $1,300 to go; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed" in labels(view)
    assert view.checklist.control("c1", "payments").model().rowCount() == 1
    stored = repo.get_client(view.client.id)
    assert stored.cases[0].money.payments == [Payment(kind="restitution", date=date(2026, 11, 20), amount=200)]
    assert stored.cases[0].money.restitution_paid == 200
    assert "restitution $1,300" in outstanding(stored, TODAY)
    assert stored.cases[0].conditions[0].completed_on == TODAY  # the later tick stays
    assert window.undo_stack.undoText().startswith("Remove payment of $200 toward restitution")

    window.undo_stack.undo()  # puts the payment back, and the total with it
    assert "Restitution: $400 of $1,500 paid - $1,100 to go; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed" in labels(view)
    assert repo.get_client(view.client.id).cases[0].money.restitution_paid == 400


def test_k29_02_a_payment_dated_before_the_judgment_is_noted_before_it_is_added(qtbot, window, repo):
    # Judgment 2021-05-01 (probation_client): "2019" for "2026" counted $300 as paid with
    # not a word, and the ledger listed it last, after the payments of 2026.
    view = open_on_checklist(window, repo, probation_client("Tomás Tecla", probation_end=date(2027, 6, 1),
                                                            restitution_ordered=1500))
    form = view.checklist.payment_forms["c1"]
    form.date.setText("2019-11-20")
    form.amount.setText("300")
    assert form.message.isVisibleTo(form) and form.message.kind == "note"
    assert form.message.text() == "Date: before the judgment of 2021-05-01 in this case: check the year"
    assert form.button.isEnabled()  # a note: restitution may be paid before judgment
    form.date.setText("2026-11-20")
    assert not form.message.isVisibleTo(form)


def test_k29_03_an_over_payment_is_said_in_the_checklist_and_on_the_form(qtbot, window, repo):
    view = open_on_checklist(window, repo, probation_client("Olga Sobra", probation_end=date(2027, 6, 1),
                                                            restitution_ordered=100))
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("150")
    # Nothing recorded paid yet (not known, U52-01): more than ordered, not "still owed".
    assert form.message.text() == "More than the $100 ordered on the restitution: check the amount"
    pay(qtbot, view, 150)
    # "Restitution: $150 of $100 paid", ticked done, said nothing of the $50 too many.
    assert "Restitution: $150 of $100 paid ($50 more than ordered: check the ledger)" in labels(view)
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("20")
    # Not "More than the $0 still owed on the restitution".
    assert form.message.text() == "Nothing is still owed on the restitution ($100 ordered, $150 paid): check the amount"


def test_k29_04_a_payment_brought_in_late_takes_its_place_by_date_in_the_ledger(qtbot, window, repo):
    view = open_on_checklist(window, repo, probation_client("Lupe Tarde", probation_end=date(2027, 6, 1),
                                                            restitution_ordered=1500))
    pay(qtbot, view, 200, date(2026, 11, 20))
    pay(qtbot, view, 100, date(2026, 10, 2))  # last month's receipt, brought in today
    model = view.checklist.control("c1", "payments").model()
    # It had been listed last, under the November payment, as if paid after it.
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == ["2026-10-02", "2026-11-20"]
    # Remove takes out the payment chosen, in the order shown.
    view.checklist.control("c1", "payments").selectRow(0)
    qtbot.mouseClick(view.checklist.control("c1", "remove payment"), Qt.MouseButton.LeftButton)
    assert [p.amount for p in repo.get_client(view.client.id).cases[0].money.payments] == [200]


def test_k29_05_a_payment_already_in_the_ledger_is_noted_before_it_is_added_again(qtbot, window, repo):
    view = open_on_checklist(window, repo, probation_client("Nora Nota", probation_end=date(2027, 6, 1),
                                                            restitution_ordered=1500))
    form = view.checklist.payment_forms["c1"]
    form.receipt.setText("R-1042")
    pay(qtbot, view, 200, date(2026, 11, 20))
    form = view.checklist.payment_forms["c1"]
    form.date.setText("2026-11-20")
    form.amount.setText("200")
    form.receipt.setText("R-1042")
    # The same receipt, typed again from the stack of papers: added with not a word.
    assert form.message.kind == "note"
    assert form.message.text() == ("The ledger already has this payment ($200 toward restitution on 2026-11-20, "
                                   "receipt R-1042): check it is not entered twice")
    assert form.button.isEnabled()  # two equal installments on one day can happen
    form.amount.setText("250")
    assert not form.message.isVisibleTo(form)


def two_payments_in_the_ledger(qtbot, window, repo, name: str):
    """A client with a class and restitution, open on the Checklist in the active window,
    with payments of $200 and $300 in case c1's ledger; (the client view, that ledger)."""
    client = probation_client(name, probation_end=date(2027, 6, 1), restitution_ordered=1500)
    client.cases[0].conditions = [Condition(kind="class", label="Theft awareness class")]
    view = open_on_checklist(window, repo, client)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    pay(qtbot, view, 200)
    pay(qtbot, view, 300)
    return view, view.checklist.control("c1", "payments")


def test_k29_01_after_remove_by_keyboard_the_focus_is_in_that_case_ledger(qtbot, window, repo):
    view, table = two_payments_in_the_ledger(qtbot, window, repo, "Kiko Teclas")
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    remove = view.checklist.control("c1", "remove payment")
    assert window.focusWidget() is remove
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert [p.amount for p in repo.get_client(view.client.id).cases[0].money.payments] == [200]
    # Not on the case's first control (the class's tick box): on the ledger, to go on from there.
    assert window.focusWidget() is view.checklist.control("c1", "payments")


def shows(table, row: int) -> bool:
    """Whether `row` of `table` is in sight, whole or in part."""
    return table.isVisible() and row in {table.rowAt(y) for y in range(0, table.viewport().height(), 4)}


def test_a38_02_the_payment_just_added_is_in_view_in_a_long_ledger(qtbot, window, repo):
    """A38-02: a ledger shows six rows and scrolls; a payment added to a client with eight
    already (a restitution plan of monthly $13) went in below them, out of sight: the paralegal
    saw the total change but not the line they had typed, to check it or choose it to remove.
    The ledger now shows the payment just added, where its date puts it."""
    client = probation_client("Ivo Plazos", probation_end=date(2027, 6, 1), restitution_ordered=1500)
    client.cases[0].money.payments = [Payment(kind="restitution", date=date(2025, month, 1), amount=13) for month in range(1, 9)]
    view = open_on_checklist(window, repo, client)
    qtbot.waitUntil(lambda: view.checklist.control("c1", "payments").isVisible())
    pay(qtbot, view, 200, date(2026, 11, 20))  # the newest: the last row
    table = view.checklist.control("c1", "payments")
    assert table.model().rowCount() == 9
    qtbot.waitUntil(lambda: shows(table, 8), timeout=2000)
    pay(qtbot, view, 50, date(2025, 3, 15))  # a receipt brought in late: among the first rows
    table = view.checklist.control("c1", "payments")
    assert table.model().data(table.model().index(3, 0)) == "2025-03-15"
    qtbot.waitUntil(lambda: shows(table, 3), timeout=2000)
