"""R133-02: H130-03's "Still to do: N items, in case X (below)" counted every unticked line, and
E130-02's condition the court's early end of probation released stays unticked, its line saying
"Not finished when the court ended probation early on 2026-10-01 (PC 1203.3): no longer to be
done".  A four-case client whose DUI probation the court ended early with 40 of 80 hours undone,
all else done, opened the Checklist on "Still to do: 1 item, in case 24M08080 (below)", with
nothing outstanding in the caseload list.  Now a released condition is not counted: "Nothing
left to do in any of the 4 cases.", and the hours still counted while probation runs."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.checklist import checklist, outstanding, where_left_said
from clinic_app.model import Condition, Money
from tests.gui.conftest import TODAY, open_on_record
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _ended_early(early: date | None = date(2026, 10, 1)):
    client = long_record()
    dui = client.cases[3]
    dui.money = Money(fines_ordered=2000, fines_paid=2000)
    dui.conditions = [Condition(kind="community_service", label="Community service", required=80, done=40)]
    dui.sentence.probation.early_termination = early
    return client


def test_r133_02_a_condition_the_early_end_released_is_not_still_to_do(qtbot, window, repo):
    client = _ended_early()
    assert outstanding(client, TODAY) == []
    open_on_record(window, repo, client)
    window.client_view.tabs.setCurrentWidget(window.client_view.checklist)
    view = window.client_view.checklist
    assert view.where_left.isVisible()
    assert view.where_left.text() == "Nothing left to do in any of the 4 cases."


def test_r133_02_while_probation_runs_the_hours_are_still_to_do():
    client = _ended_early(None)
    assert where_left_said(client, checklist(client, TODAY), TODAY) == (
        "Still to do: 2 items, in case 24M08080 (below). The other 3 cases have nothing left.")
