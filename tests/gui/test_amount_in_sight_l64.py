"""L64-02: after a payment added with Enter, the amount field the focus stays in (ready for
the next payment) could end below the Checklist's visible area: the new ledger line pushed the
form down, and nothing scrolled it back into sight after the page was rebuilt (C64: cut by
7 px at 1360 x 820).  Also run with QT_SCALE_FACTOR=2."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Money, Payment
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_checklist

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def four_cases_owing(payments: int):
    client = probation_client("Rosa Vidal")
    client.cases[0].money = Money(fines_ordered=900, fines_paid=50 * payments, payments=[
        Payment("fine", date(2025, month, 5), 50, f"R-{month}") for month in range(1, payments + 1)])
    for n in range(2, 5):
        case = copy.deepcopy(client.cases[0])
        case.id, case.case_number = f"c{n}", f"BA10000{n}"
        case.convictions[0].id = f"c{n}-1"
        client.cases.append(case)
    return client


def in_sight(widget, scroll) -> bool:
    """`widget` lies whole within the scroll area's visible part."""
    top_left = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
    return scroll.viewport().rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("payments", [0, 2])  # the ledger's first line (a table where a note was), or one more line
def test_the_amount_field_stays_in_sight_after_a_payment_is_added(qtbot, window, repo, payments):
    view, client_id = open_on_checklist(qtbot, window, repo, four_cases_owing(payments))
    window.resize(1360, 820)
    qtbot.waitUntil(lambda: window.width() == 1360)
    scroll = view.checklist
    amount = scroll.payment_forms["c4"].amount
    amount.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(amount.hasFocus)
    qtbot.wait(20)  # laid out at this size
    # Its bottom at the visible area's bottom edge, as Tab down the page can leave it.
    scroll.verticalScrollBar().setValue(amount.mapTo(scroll.widget(), amount.rect().bottomLeft()).y() + 1
                                        - scroll.viewport().height())
    assert in_sight(amount, scroll)
    qtbot.keyClicks(amount, "40")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert [p.amount for p in repo.get_client(client_id).cases[3].money.payments][-1:] == [40]
    amount = scroll.payment_forms["c4"].amount
    assert QApplication.focusWidget() is amount  # ready for the next payment (K20-09)
    qtbot.wait(50)  # laid out
    assert in_sight(amount, scroll)  # it was below the visible area
