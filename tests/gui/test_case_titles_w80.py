"""W80-01: the window titles a case without a number as the filing worksheet does
(clinic_app.case_titles): two walk-in cases "unknown" of one offense were "unknown · convicted ·
PC 484(a)" twice on the Record tab's list, and "Case unknown: PC 484(a)" twice on the Checklist."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox

from tests.gui.conftest import show_active
from tests.test_case_titles_w80 import walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_w80_01_the_window_tells_the_two_unknown_cases_apart(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    show_active(qtbot, window)
    listed = [view.record.cases.item(i).text() for i in range(view.record.cases.count())]
    # The list puts the day first, to show at 200% (U82-01); its tooltip is the whole title.
    assert listed == ["unknown · convicted 2015-03-02 · PC 484(a) · Los Angeles County",
                      "unknown · convicted 2018-06-09 · PC 484(a) · Los Angeles County",
                      "(case c3) · convicted 2019-01-05 · PC 647(f) · Orange County"]  # a blank number too (B84-01)
    titles = [view.record.cases.item(i).toolTip() for i in range(2)]
    assert titles == ["unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)",
                      "unknown (PC 484(a), convicted 2018-06-09, Los Angeles County)"]
    view.tabs.setCurrentWidget(view.checklist)
    boxes = [box.title() for box in view.checklist.findChildren(QGroupBox) if box.title().startswith("Case ")]
    assert boxes == [f"Case {title}" for title in titles] + ["Case c3 (PC 647(f), convicted 2019-01-05, Orange County)"]  # B84-01
