"""H371-02: a paralegal taking over a caseload of 3,000 sorted it by Next action to see what was
overdue: the 53 hearings held with no ruling entered (one a month gone) sorted among the 2,300
lines "File now", by name, so the oldest ruling to chase was wherever its name fell.  Among
today's work, a hearing held with no ruling entered now comes first, the longest waiting first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.caseload_lines import lines, load_caseload
from tests.gui.conftest import TODAY
from tests.gui.test_hearing_held_q54 import _filed
from tests.automatic_relief import to_file
from ui.models.caseload_model import COL_NAME, COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h371_02_hearings_held_with_no_ruling_sort_first_the_longest_waiting_first(qtbot, window, repo):
    recent, oldest = TODAY - timedelta(days=3), TODAY - timedelta(days=28)
    view = load_caseload(window, repo, (_filed("Ana Recent", recent), lambda: to_file("Bea Files"),
                                        _filed("Carla Coming", TODAY + timedelta(days=12)), _filed("Zed Oldest", oldest)))
    assert lines(view)["Bea Files"][1] == "File now"
    view.table.sortByColumn(COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert [view.proxy.index(i, COL_NAME).data() for i in range(view.proxy.rowCount())] == [
        "Zed Oldest", "Ana Recent", "Bea Files", "Carla Coming"]
