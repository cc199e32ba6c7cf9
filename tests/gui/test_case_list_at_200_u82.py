"""U82-01: at 200% (a 1366 x 768 laptop, the window 667 x 344) the Record tab's list of cases is
about 214 pixels wide, and W80-01's titles of a walk-in's two petty thefts numbered "unknown",
"unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)" and "... 2018-06-09 ...", both
showed "unknown (PC 484(a), convicted 201": they looked the same, the year out of sight to the
right.  The list now puts the day first, "unknown · convicted 2015-03-02 · PC 484(a) · Los Angeles
County" (a court's number reads as before, "BA123456 · convicted · PC 459"), and each line's
tooltip is the whole title, as the worksheet and the Checklist give it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.test_case_titles_w80 import walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py has it


def _shown(cases) -> list[str]:
    """Each line of the list as far as it shows without scrolling sideways."""
    room = cases.viewport().width() - 2 * cases.style().pixelMetric(cases.style().PixelMetric.PM_FocusFrameHMargin)
    metrics = cases.fontMetrics()
    return [metrics.elidedText(cases.item(i).text(), Qt.TextElideMode.ElideRight, room) for i in range(cases.count())]


def test_at_200_percent_the_two_unknown_thefts_read_apart_in_the_list(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(walk_in()))
    show_active(qtbot, window)
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    cases = window.client_view.record.cases
    qtbot.waitUntil(lambda: cases.viewport().width() > 0)
    assert cases.viewport().width() < 300  # the narrow list the test is about
    first, second, _blank = _shown(cases)
    assert first != second, (first, second)  # both read "unknown (PC 484(a), convicted 201…"
    assert "2015-03-02" in first and "2018-06-09" in second
    assert [cases.item(i).text() for i in range(cases.count())] == [
        "unknown · convicted 2015-03-02 · PC 484(a) · Los Angeles County",
        "unknown · convicted 2018-06-09 · PC 484(a) · Los Angeles County",
        "(case c3) · convicted 2019-01-05 · PC 647(f) · Orange County"]  # a blank number too (B84-01)
    # The whole title, as the worksheet and the Checklist name the case, on the pointer.
    assert [cases.item(i).toolTip() for i in range(2)] == [
        "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)",
        "unknown (PC 484(a), convicted 2018-06-09, Los Angeles County)"]
