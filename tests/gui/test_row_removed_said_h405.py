"""H405-01: a count (or a condition) removed by its row's Remove button is said by what it was,
and how to get it back.

A tired paralegal clicked Remove on the wrong count: it was gone at once, saved, and the status
bar said only "Saved: Edit Case BA100001, convictions (Rosa Tired)": not which count went, nor
that Edit > Undo brings it back, as "Remove case" says ("Removed case ... Edit > Undo (Ctrl+Z)
puts it back").  Now the saved line names the row removed and the way back; Ctrl+Z puts the
record back as it was, field by field.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Condition, Conviction
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _two_counts_two_conditions():
    client = probation_client("Rosa Tired")
    case = client.cases[0]
    case.convictions.append(Conviction(id="c1-2", section="484", level="misdemeanor", conviction_date=date(2021, 5, 1)))
    case.conditions = [Condition(kind="class", label="Anger management", required=12, done=12),
                       Condition(kind="community_service", label="Caltrans", required=40, done=40)]
    return client


def _opened(qtbot, window, repo):
    client_id = repo.add_client(_two_counts_two_conditions())
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return client_id, repo.get_client(client_id)


@pytest.mark.parametrize(("rows", "removed", "said"), [
    ("convictions", 1, "Removed the conviction PC 484"),
    ("conditions", 0, "Removed the condition Anger management"),
])
def test_h405_01_a_row_removed_is_named_with_the_way_back(qtbot, window, repo, rows, removed, said):
    client_id, stored = _opened(qtbot, window, repo)
    form = window.client_view.record.case_form
    qtbot.mouseClick(getattr(form, rows).rows[removed].remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved: Edit Case BA100001")
    assert f"{said}. Edit > Undo (Ctrl+Z) puts it back." in message

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 2)
    assert repo.get_client(client_id) == stored  # the record as it was, field by field
