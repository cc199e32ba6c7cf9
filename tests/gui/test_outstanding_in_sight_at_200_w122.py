"""W122-02: on a 1366 x 768 laptop at 200% with larger text (12 or 15 pt), the caseload list's
Outstanding column, the last, began past the list's right edge: a paralegal scrolled sideways
to see what a client still owes.  Where the other columns at their least leave it no room for
its header, it comes next to the name, one label whole with how many more; the others follow
it.  With the room (1366 at 100%, a 944-wide window), it is last as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_caseload_filters_large_font_s102 import _window, large_font  # noqa: F401 - a fixture
from tests.gui.test_intake_large_font_s100 import LAPTOP_200
from ui.models.caseload_model import COL_NAME, COL_OUTSTANDING
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _in_sight(view, row: int = 0) -> bool:
    """The Outstanding cell of `row` whole inside the list, with no scrolling sideways."""
    table = view.table
    table.horizontalScrollBar().setValue(0)
    cell = table.visualRect(view.proxy.index(row, COL_OUTSTANDING))
    return not cell.isEmpty() and table.viewport().rect().contains(cell)


def test_w122_02_at_200_percent_what_is_owed_is_in_sight_next_to_the_name(qtbot, repo, large_font, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    client = probation_client("Aarón Abad", probation_end=date(2027, 3, 2), restitution_ordered=500)
    client.id = repo.add_client(client)
    screen_and_store(repo, client, TODAY)
    view = _window(qtbot, repo, LAPTOP_200).caseload
    header = view.table.horizontalHeader()
    assert _in_sight(view)
    assert header.visualIndex(COL_OUTSTANDING) == header.visualIndex(COL_NAME) + 1
    assert view.proxy.index(0, COL_NAME).data() == "Aarón Abad"
    assert view.proxy.index(0, COL_OUTSTANDING).data().startswith("probation to 2027-03-02")
    # The paralegal can still scroll to the others, each in its order.
    assert [header.logicalIndex(place) for place in range(header.count())] == [COL_NAME, COL_OUTSTANDING] + [
        column for column in range(header.count()) if column not in (COL_NAME, COL_OUTSTANDING)]


@pytest.mark.parametrize("size", [QSize(1366, 728), QSize(944, 500)])
def test_w122_02_with_room_it_stays_last_as_before(qtbot, repo, size, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: size)
    window = _window(qtbot, repo, size)
    view = window.caseload
    header = view.table.horizontalHeader()
    assert header.visualIndex(COL_OUTSTANDING) == header.count() - 1
    assert _in_sight(view)


def beside_the_name_at_200(qtbot, repo, monkeypatch):
    """The window at 200% on a laptop that can be widened to 1366: Outstanding next to the name."""
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: QSize(1366, 728))
    window = _window(qtbot, repo, LAPTOP_200)
    header = window.caseload.table.horizontalHeader()
    assert header.visualIndex(COL_OUTSTANDING) == 1
    return window, window.caseload, header


def test_w122_02_widened_again_it_goes_back_to_the_end_taking_the_room_left(qtbot, repo, monkeypatch):
    window, view, header = beside_the_name_at_200(qtbot, repo, monkeypatch)
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: header.visualIndex(COL_OUTSTANDING) == header.count() - 1)
    port = view.table.viewport().width()
    qtbot.waitUntil(lambda: header.sectionPosition(COL_OUTSTANDING) + header.sectionSize(COL_OUTSTANDING) == port)
    assert not view.table.horizontalScrollBar().isVisible()
