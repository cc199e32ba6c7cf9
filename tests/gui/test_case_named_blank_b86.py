"""B86-01 in the window: the Eligibility tab's details put the case's day-first title after a
case's key in a step ("named as recorded"), and the engine now names a case left blank by its
title: the walk-in's theft read "Ask the court to end probation early in case c3 (convicted
2024-06-20, VC 23152(a), Los Angeles County) (VC 23152(a), convicted 2024-06-20, Los Angeles
County) (PC 1203.3)".  A case the step already names by what the record holds is left as it is."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Client, Person
from tests.eligibility.test_case_named_blank_b84 import blank_walk_in
from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

DUI = "c3 (VC 23152(a), convicted 2024-06-20, Los Angeles County)"


def test_b86_01_a_step_naming_a_case_left_blank_names_it_once(qtbot, window, repo):
    client_id = repo.add_client(Client(name="Walk In", person=Person(dob=date(1980, 1, 2), us_citizen=True), cases=blank_walk_in()))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    show_active(qtbot, window)
    view.tabs.setCurrentWidget(view.eligibility)
    panel = view.eligibility
    rows = [r for r in range(panel.proxy.rowCount())
            if (d := panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())).remedy == "pc1203_4" and d.case == "c1"]
    panel.table.selectRow(rows[0])
    shown = " ".join(panel.details.toPlainText().split())
    assert f"The person is on probation in case {DUI} through 2027-06-19." in shown, shown
    assert f"Ask the court to end probation early (PC 1203.3) in case {DUI}; relief can follow once it ends." in shown, shown
    assert "c3 (convicted 2024-06-20" not in shown, shown
