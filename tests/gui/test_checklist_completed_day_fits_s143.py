"""S143-02: at 15 pt in a 667-wide window, a Checklist condition ticked done showed "completed"
and its day field on the tick's line, the field 279 pixels wide: the page was 708 wide in a tab
of 631 and scrolled sideways, the day field cut at its edge.  The day goes under the tick, in
line with its words, where the line lacks the room (as the count and its bar do, L125-01);
beside the tick where it has the room, as before.  Looked at at 9, 12 and 15 pt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.gui.test_checklist_fits_667_l125 import all_in_sight
from tests.gui.test_checklist_notes_whole_s140 import _checklist, _cut
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _place(widget, port) -> QRect:
    return QRect(widget.mapTo(port, QPoint(0, 0)), widget.size())


def test_s143_02_at_15_pt_in_667_wide_the_completed_day_is_under_the_tick(qtbot, repo, monkeypatch):
    with program_font(15):
        checklist = _checklist(qtbot, repo, monkeypatch, 15, LAPTOP_200.width())
        qtbot.waitUntil(lambda: checklist.page.width() <= checklist.viewport().width(), timeout=1000)
        all_in_sight(checklist)
        port = checklist.viewport()
        tick, day = checklist.control("c1", "tick", 2), checklist.control("c1", "completed", 2)
        assert _place(day, port).top() >= _place(tick, port).bottom()
        assert _place(day, port).left() > _place(tick, port).left()
        assert not _cut(checklist.page)


@pytest.mark.parametrize("points,width", [(9, 1280), (12, 1366)])
def test_s143_02_with_room_the_completed_day_stays_beside_its_tick(qtbot, repo, monkeypatch, points, width):
    with program_font(points):
        checklist = _checklist(qtbot, repo, monkeypatch, points, width)
        all_in_sight(checklist)
        port = checklist.viewport()
        tick, day = checklist.control("c1", "tick", 2), checklist.control("c1", "completed", 2)
        assert _place(day, port).top() < _place(tick, port).bottom()
        assert _place(day, port).left() > _place(tick, port).right()
