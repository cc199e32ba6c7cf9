"""K363-03: a client from a phone intake, her case typed with no number, paying at the front desk
while the paralegal records the same receipt on the Checklist.  The save put the payment back
and said "Case 1: the restitution payment of $50 ... is in the ledger twice now", a "Case 1"
the Checklist and the Record tab's list do not show: they name the case by what its record
holds, as History and Edit > Undo do (K341)."""

from __future__ import annotations

import pytest

from tests.gui.test_typing_over_theirs_s64 import receipt_recorded_on_both_desks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_k363_03_a_receipt_on_both_desks_names_a_case_without_a_number_as_the_checklist_does(qtbot, window, repo):
    from tests.gui.conftest import TODAY
    from tests.gui.test_class_count_tally_z62 import class_and_hours

    client = class_and_hours()
    client.cases[0].case_number = None
    said = receipt_recorded_on_both_desks(qtbot, window, repo, client)
    assert (f"Case c1 (convicted 2021-05-01, PC 459, Los Angeles County): the restitution payment of $50 on {TODAY.isoformat()}, "
            "receipt R-1001, added here, was added in another window or on another desk too") in said, said
    assert "Case 1" not in said
