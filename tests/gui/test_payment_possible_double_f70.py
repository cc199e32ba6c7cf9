"""F70-01 (Z64's "left alone" 2) on the window's widgets: receipt R-1001 recorded for $50 at the
front desk while the paralegal typed it on the Checklist as $500.  Put back over the front desk's
save, both were in the ledger, $550 counted paid on one receipt, and nothing said (the ledger's
"in the ledger twice" note asks for the same amount).  Neither is guessed: both stay and count,
the put-back says the pair, and the Checklist says it under the balance until one is taken out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clinic_app.model import Payment
from db.errors import ChangedElsewhere
from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import open_on_checklist
from tests.gui.test_class_count_tally_z62 import class_and_hours
from tests.gui.test_typing_over_theirs_s64 import _saved_on_another_desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NOTE = (f"Check: $50 and $500 paid toward the restitution on {TODAY.isoformat()} (receipt R-1001): two payments, or one "
        "typed twice with another amount? Both count in the amount paid; if it is one, remove the wrong one from the ledger")


def _notes(view) -> list[str]:
    return [label.text() for label in view.checklist.findChildren(QLabel) if label.text().startswith("Check: ")]


def test_f70_01_one_receipt_typed_with_another_amount_on_each_desk_is_kept_and_said_as_a_possible_double(qtbot, window, repo):
    view, client_id = open_on_checklist(qtbot, window, repo, class_and_hours())
    _saved_on_another_desk(repo, client_id, lambda theirs: theirs.cases[0].money.record_payment(
        Payment(kind="restitution", date=TODAY, amount=50, receipt="R-1001")))
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("500")
    form.receipt.setText("R-1001")
    with qtbot.captureExceptions() as raised:
        qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    said = " ".join(str(error) for _type, error, _tb in raised if isinstance(error, ChangedElsewhere))
    assert (f"Case BA100001: the restitution payment of $500 on {TODAY.isoformat()}, receipt R-1001, added here, and one of "
            "$50, receipt R-1001, on the same day, added in another window or on another desk, are both in the ledger now: two "
            "payments, or one typed twice with another amount? If it is one, remove the wrong one") in said, said
    assert "their change is kept there" not in said, said
    view.save()
    stored = repo.get_client(client_id).cases[0].money
    assert sorted(p.amount for p in stored.payments if p.receipt == "R-1001") == [50, 500]
    assert stored.restitution_paid == 550
    qtbot.waitUntil(lambda: _notes(view) == [NOTE])

    # The wrong one taken out: nothing left to check.
    ledger = view.checklist.control("c1", "payments", 0)
    row = next(r for r in range(ledger.model().rowCount()) if "500" in ledger.model().index(r, 2).data())
    ledger.setFocus()
    ledger.selectRow(row)
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [50])
    qtbot.waitUntil(lambda: _notes(view) == [])
