"""L126-02: the attorney's queue (the caseload list with Review needed ticked) on a 1366 x 768
laptop at 200% with 12 pt text: what each client has to review ("To review: PC 1203.4
dismissal, ...", Next action) began past the list's right edge, beside an Outstanding column
empty for most of the queue, and was read only by scrolling sideways.  In the queue it comes
next to the name, before what is owed; the queue left, it is back in its place.  With the room,
the columns stay in their order."""

from __future__ import annotations

import pytest

from tests.gui.conftest import TODAY, window_of_this_font
from tests.gui.laid_out import laid_out
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, font_12  # noqa: F401 - a fixture
from tests.gui.test_opened_from_review_queue_u93 import _eligible_then_to_review
from ui.models.caseload_model import COL_BEST, COL_NAME, COL_NEXT, COL_OUTSTANDING
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _queue(qtbot, repo, width: int, height: int):
    for name in ("Alejandra Orozco", "Bruno Ramos"):
        client = _eligible_then_to_review(name)
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window = window_of_this_font(qtbot, repo, width, height)
    laid_out()
    return window.caseload


def _order(view) -> list[int]:
    header = view.table.horizontalHeader()
    return [header.logicalIndex(place) for place in range(header.count())]


def _in_sight(view, column: int) -> bool:
    table = view.table
    table.horizontalScrollBar().setValue(0)
    cell = table.visualRect(view.proxy.index(0, column))
    return not cell.isEmpty() and table.viewport().rect().contains(cell)


def test_l126_02_at_200_percent_the_queue_shows_what_to_review_next_to_the_name(qtbot, repo, font_12, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    view = _queue(qtbot, repo, LAPTOP_200.width(), LAPTOP_200.height())
    assert _order(view)[:2] == [COL_NAME, COL_OUTSTANDING]  # W122-02's, out of the queue
    view.review.setChecked(True)
    qtbot.wait(50)
    assert view.proxy.rowCount() == 2
    assert view.proxy.index(0, COL_NEXT).data().startswith("To review: ")
    assert _order(view)[:3] == [COL_NAME, COL_NEXT, COL_OUTSTANDING]
    assert _in_sight(view, COL_NEXT)
    # Out of the queue again, Next action is back after Best outcome, Outstanding next to the name.
    view.review.setChecked(False)
    qtbot.wait(50)
    order = _order(view)
    assert order[:2] == [COL_NAME, COL_OUTSTANDING] and order.index(COL_NEXT) == order.index(COL_BEST) + 1


def test_l126_02_with_room_the_queue_keeps_the_columns_order(qtbot, repo):
    view = _queue(qtbot, repo, 1280, 760)
    before = _order(view)
    view.review.setChecked(True)
    qtbot.wait(50)
    assert _order(view) == before and before[-1] == COL_OUTSTANDING
