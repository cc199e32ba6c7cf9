"""R71-03: the Checklist's note under a balance for two payments of one debt and day with other
amounts (F70-01) named one receipt number for the pair whenever either had one: $50 on receipt
R-1001 and $5 typed with no receipt read "$50 and $5 paid toward the restitution on ...
(receipt R-1001)", and the paralegal looked for $5 on R-1001.  A receipt is said as the pair's
only where both have it; otherwise each payment's own."""

from __future__ import annotations

import pytest

from clinic_app.model import Payment
from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import open_on_checklist
from tests.gui.test_class_count_tally_z62 import class_and_hours
from tests.gui.test_payment_possible_double_f70 import _notes

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ASK = ": two payments, or one typed twice with another amount? Both count in the amount paid; if it is one, remove the wrong one from the ledger"


def test_r71_03_a_receipt_number_is_said_of_the_payment_that_has_it(qtbot, window, repo):
    client = class_and_hours()
    money = client.cases[0].money
    money.record_payment(Payment(kind="restitution", date=TODAY, amount=50, receipt="R-1001"))
    money.record_payment(Payment(kind="restitution", date=TODAY, amount=500, receipt="R-1001"))
    money.record_payment(Payment(kind="restitution", date=TODAY, amount=5))
    view, _client_id = open_on_checklist(qtbot, window, repo, client)
    day = TODAY.isoformat()
    qtbot.waitUntil(lambda: len(_notes(view)) == 3)
    assert _notes(view) == [
        f"Check: $50 and $500 paid toward the restitution on {day} (receipt R-1001){ASK}",
        f"Check: $50 and $5 paid toward the restitution on {day} ($50 receipt R-1001, $5 no receipt number){ASK}",
        f"Check: $500 and $5 paid toward the restitution on {day} ($500 receipt R-1001, $5 no receipt number){ASK}",
    ]
