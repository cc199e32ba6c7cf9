"""R55-09: a condition completed on the Record tab ("Completed: 2026-01-05") with no count
typed in "Done:" showed, on the Checklist tab, its tick and its day beside "0 of 40 hours"
and a 0% bar: done and not begun at once.  U52-04 dropped the bar for a count not recorded,
but only where nothing was completed; the count is no better known when the day is.  No bar
now; a count typed still has its bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QProgressBar

from clinic_app.model import Condition
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _bars(qtbot, window, repo, done):
    client = probation_client("Cumplida Sin Horas", probation_end=date(2027, 3, 1))
    client.cases[0].conditions = [Condition("community_service", "Caltrans", required=40, done=done,
                                            completed_on=date(2026, 1, 5))]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    from ui.client_view import TAB_CHECKLIST

    view = window.client_view
    view.tabs.setCurrentIndex(TAB_CHECKLIST)
    checklist = view.checklist
    assert checklist.controls[("c1", "tick", 0)].isChecked()
    return {bar.accessibleName(): bar.value() for bar in checklist.findChildren(QProgressBar) if bar.isVisibleTo(checklist)}


def test_r55_09_a_completed_condition_with_no_count_has_no_0_percent_bar(qtbot, window, repo):
    bars = _bars(qtbot, window, repo, None)
    assert not [name for name in bars if name.startswith("Caltrans")], bars


def test_r55_09_a_count_typed_keeps_its_bar(qtbot, window, repo):
    bars = _bars(qtbot, window, repo, 40)
    assert [value for name, value in bars.items() if name.startswith("Caltrans")] == [100]
