"""K85-02: the case whose number was left blank, named by its key ("c3") where a person reads it
after B84-01 titled it elsewhere: the History tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.test_case_titles_w80 import walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# walk_in's third case: a 2019 PC 647(f) in Orange County, its number left blank (key c3); the
# day first, as the window's lists put it (case_titles.case_title_day_first).
DAY_FIRST = "c3 (convicted 2019-01-05, PC 647(f), Orange County)"


def history_lines(qtbot, window, client_id) -> list[str]:
    """The client opened on the History tab, the window active: its Changed column, line by line."""
    window.load()
    window.open_client(client_id)
    view = window.client_view
    show_active(qtbot, window)
    view.tabs.setCurrentWidget(view.history)
    model = view.history.model
    return [model.index(row, 3).data() for row in range(model.rowCount())]


def test_k85_02_the_history_tab_names_a_case_left_blank_by_what_the_record_holds(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    repo.record_review(client_id, "c3", None, "pc1203_4", "Docket read")
    changed = history_lines(qtbot, window, client_id)
    (review,) = [line for line in changed if "Docket read" in line]
    view, model = window.client_view, window.client_view.history.model
    assert f"on {DAY_FIRST}, whole case: Docket read" in review, review
    # Whole on hover, where the column cuts it.
    row = changed.index(review)
    assert model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == review
    view.history.table.selectRow(row)
    assert DAY_FIRST in view.history.details.toPlainText()


def test_k85_05_the_checklist_names_a_case_left_blank_in_its_payment_words(qtbot, window, repo):
    """The Checklist's box was titled by what the record holds (B84-01), but the words about its
    money still said the key: leaving a payment typed and not added, "Checklist: the payment typed
    for case c3 is not added"; each field's and the ledger's spoken name, "... on case c3"."""
    from clinic_app.model import Money, Payment

    client = walk_in()
    client.cases[2].money = Money(fines_ordered=300, fines_paid=100, payments=[Payment("fine", date(2019, 3, 1), 100)])
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    show_active(qtbot, window)
    view.tabs.setCurrentWidget(view.checklist)
    checklist = view.checklist
    form = checklist.payment_forms["c3"]
    qtbot.keyClicks(form.amount, "50")
    assert checklist.payment_not_added() == \
        "Checklist: the payment of $50 typed for case c3 (PC 647(f), convicted 2019-01-05, Orange County) is not added (Add payment records it)"
    assert form.button.accessibleName() == "Add payment to case c3 (PC 647(f), convicted 2019-01-05, Orange County)"
    assert checklist.controls[("c3", "payments", 0)].accessibleName() == \
        "Payments on case c3 (PC 647(f), convicted 2019-01-05, Orange County)"
