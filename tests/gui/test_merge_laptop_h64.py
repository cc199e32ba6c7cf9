"""H64 in the window: Caseload > Merge a duplicate into this client, with an event laptop's
copy that put right what the office still has.  The dialog's preview says each thing this
record keeps against the laptop, and the merge stores what the preview said."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from clinic_app.model import Condition, Payment
from tests.gui.conftest import probation_client
from tests.gui.test_merge_duplicate_m44 import merge_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h64_the_merge_dialog_says_what_the_laptop_put_right_and_takes_the_hours_ordered(qtbot, window, repo):
    office = probation_client("Ramona Ibarra", restitution_ordered=900)
    case = office.cases[0]
    case.conditions = [Condition(kind="class", label="Theft awareness", required=8, done=7),
                       Condition(kind="community_service", label="Service hours")]
    case.money.record_payment(Payment(kind="fine", date=date(2026, 5, 4), amount=24, receipt="R-1"))
    case.money.record_payment(Payment(kind="restitution", date=date(2026, 6, 1), amount=50, receipt="R-9"))
    office_id = repo.add_client(office)
    there = copy.deepcopy(repo.get_client(office_id))
    there.id = None
    case = there.cases[0]
    case.conditions[0].done = 5  # 7 was a typo, put right at the event
    case.conditions[1].required, case.conditions[1].done = 60, 12  # the order, shown at the event
    case.money.remove_payment(0)  # typed on the wrong client, removed at the event
    case.money.remove_payment(0)
    case.money.record_payment(Payment(kind="fine", date=date(2026, 6, 1), amount=50, receipt="R-9"))  # it paid the fine
    (laptop_id,) = repo.import_clients([there]).ids
    window.load()
    window.open_client(office_id)

    seen = merge_by_keyboard(qtbot, window)

    preview = seen["preview"]
    assert "Takes from id %d: Service hours progress in case BA100001; 60 hours ordered for Service hours in case BA100001." % laptop_id in preview
    assert "Theft awareness in case BA100001: 5 of 8 done in id %d, 7 of 8 in this record, which is kept" % laptop_id in preview
    assert "1 payment of case BA100001 in this record is not in id %d (fine $24 on 2026-05-04, receipt R-1), kept" % laptop_id in preview
    assert "receipt R-9 in case BA100001 is a fine payment of $50 on 2026-06-01 in id %d, a restitution payment" % laptop_id in preview
    assert laptop_id not in repo.client_ids()
    kept = repo.get_client(office_id).cases[0]
    assert [(c.required, c.done) for c in kept.conditions] == [(8, 7), (60, 12)]
    assert [(p.kind, p.amount, p.receipt) for p in kept.money.payments] == [("fine", 24, "R-1"), ("restitution", 50, "R-9")]
    assert (kept.money.fines_paid, kept.money.restitution_paid) == (24, 50)
