"""Q54-01 in the window: the caseload's Next action speaks for the window's day (MainWindow
today, TODAY here): a hearing passed with no ruling entered reads "Hearing <day> held: record
the ruling" and sorts with today's work, before the hearings to come."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.automatic_relief import to_file
from tests.gui.caseload_lines import lines, load_caseload
from tests.gui.conftest import TODAY
from ui.models.caseload_model import COL_NAME, COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

HELD, COMING = TODAY - timedelta(days=8), TODAY + timedelta(days=12)


def _filed(name: str, *hearings):
    def make():
        client = to_file(name)
        client.cases[0].petitions = [Petition("pc1203_4", TODAY - timedelta(days=30), ["a1"], hearing_on=day) for day in hearings]
        return client
    return make


def test_q54_the_list_says_a_hearing_held_and_puts_it_first(qtbot, window, repo):
    view = load_caseload(window, repo, (_filed("Carla Coming", COMING), _filed("Hugo Held", HELD)))
    shown = lines(view)
    assert shown["Hugo Held"][1] == f"Hearing {HELD.isoformat()} held: record the ruling"
    assert shown["Carla Coming"][1] == f"Filed {(TODAY - timedelta(days=30)).isoformat()}; hearing {COMING.isoformat()}"
    view.table.sortByColumn(COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert [view.proxy.index(i, COL_NAME).data() for i in range(view.proxy.rowCount())] == ["Hugo Held", "Carla Coming"]
