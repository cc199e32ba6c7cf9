"""X123-01: at 200% the caseload list's Outstanding column comes next to the name (W122-02).  Once
the paralegal had dragged a divider there, widening the window left it next to the name, at its
least, until Column widths > Reset: the program's fitting stopped at any width the user chose.
Widened, it goes back to the end where it has room, the widths the paralegal dragged kept."""

from __future__ import annotations

import pytest

from tests.gui.test_outstanding_in_sight_at_200_w122 import beside_the_name_at_200
from ui.models.caseload_model import COL_NAME, COL_OUTSTANDING

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_x123_01_a_divider_dragged_at_200_then_widened_it_goes_back_to_the_end(qtbot, repo, monkeypatch):
    window, view, header = beside_the_name_at_200(qtbot, repo, monkeypatch)
    chosen = header.sectionSize(COL_NAME) + 10
    header.resizeSection(COL_NAME, chosen)  # the paralegal drags the name's divider
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: header.visualIndex(COL_OUTSTANDING) == header.count() - 1)
    assert header.sectionSize(COL_NAME) == chosen
    port = view.table.viewport().width()
    qtbot.waitUntil(lambda: header.sectionPosition(COL_OUTSTANDING) + header.sectionSize(COL_OUTSTANDING) == port)
    assert header.sectionSize(COL_OUTSTANDING) >= view._outstanding_header
    assert not view.table.horizontalScrollBar().isVisible()
