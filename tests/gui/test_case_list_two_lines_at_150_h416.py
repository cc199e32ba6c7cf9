"""H416-01: a volunteer attorney's 1366 x 768 laptop at 150% leaves the window 910 x 485 (Qt's
pixels).  On the Record tab of a client with six cases, the Cases list showed its first case and
the top of the second: the list was two lines high, and the scroll bar across it, there for a
case's counts longer than the narrow pane, took the second line.  The list now asks the bar's
height too while the bar is shown: two cases whole under it.  With the room across (1280 wide)
the bar is not shown and the list is as high as before."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clinic_app.model import Conviction
from tests.gui.conftest import probation_client, window_of_this_font
from tests.gui.laid_out import laid_out

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _many_cases():
    """A client with three cases of four counts each: each case's line longer than the pane."""
    client = probation_client("Rosalba Prueba")
    first = client.cases[0]
    counts = [Conviction(id=f"k{n}", section=section, level="misdemeanor", conviction_date=first.disposition_date)
              for n, section in enumerate(("459", "484(a)", "148(a)(1)", "647(f)"))]
    client.cases = [replace(first, id=f"c{n}", case_number=f"BA10000{n}",
                            convictions=[replace(count, id=f"c{n}-{count.id}") for count in counts])
                    for n in range(1, 4)]
    return client


def _cases_list(qtbot, repo, width: int, height: int):
    window = window_of_this_font(qtbot, repo, width, height)
    window.open_client(repo.add_client(_many_cases()))
    window.client_view.tabs.setCurrentIndex(0)
    laid_out()
    return window.client_view.record.cases


def _rows_whole(cases) -> int:
    """How many of the list's lines are in sight whole, from its top."""
    room = cases.viewport().height()
    return sum(1 for row in range(cases.count()) if cases.visualItemRect(cases.item(row)).bottom() < room)


def test_h416_01_at_150_percent_two_cases_are_whole_over_the_bar_across(qtbot, repo):
    cases = _cases_list(qtbot, repo, 910, 485)
    assert cases.horizontalScrollBar().isVisible()  # the counts run past the narrow pane
    assert _rows_whole(cases) >= 2, (cases.viewport().height(), cases.visualItemRect(cases.item(1)))


def test_h416_01_with_room_across_the_list_is_as_high_as_before(qtbot, repo):
    cases = _cases_list(qtbot, repo, 1280, 760)
    assert not cases.horizontalScrollBar().isVisible()
    assert cases.minimumSizeHint().height() == 2 * (cases.fontMetrics().height() + 4) + 2 * cases.frameWidth()
    assert _rows_whole(cases) >= 2
