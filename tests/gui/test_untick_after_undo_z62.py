"""Z62-03: an untick gives back the count from before the tick (K29B-02) only while the record
is as that tick left it.  A tick undone with Edit > Undo, and the count typed on the Record tab
since, was unticked back to the count from before the undone tick: 30 of 30 typed became 12."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Condition
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_checklist_keyboard import _focus, open_on_checklist
from tests.gui.test_review_r46 import type_done

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def checklist(qtbot, window, repo):
    client = probation_client("Marta Ejemplo", restitution_ordered=1500)
    client.cases[0].conditions = [Condition(kind="class", label="First-offender DUI program", required=30, done=12)]
    return open_on_checklist(qtbot, window, repo, client)


def space_on_tick(qtbot, view) -> None:
    tick = view.checklist.control("c1", "tick", 0)
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)


def stored(repo, client_id) -> Condition:
    return repo.get_client(client_id).cases[0].conditions[0]


def test_z62_03_an_untick_after_the_tick_was_undone_and_the_count_typed_gives_back_none(qtbot, window, checklist, repo):
    view, client_id = checklist
    space_on_tick(qtbot, view)  # ticked by mistake: 30 of 30
    window.undo_stack.undo()  # undone: 12 of 30, not ticked
    assert (stored(repo, client_id).done, stored(repo, client_id).completed_on) == (12, None)
    view.tabs.setCurrentIndex(0)
    type_done(qtbot, view, "30")  # later the program's sheet: all 30 done
    view.tabs.setCurrentIndex(1)
    assert view.checklist.control("c1", "tick", 0).isChecked()
    space_on_tick(qtbot, view)
    # It set 12 of 30, the count from before the undone tick, over the 30 typed since.
    assert stored(repo, client_id).done == 30
    assert view.checklist.control("c1", "tick", 0).isChecked()
    assert view.checklist.notes[("c1", "tick", 0)].text().startswith("Still done: 30 of 30 counts it done")


def test_z62_03_an_untick_after_undo_and_redo_of_the_tick_still_gives_back_the_count(qtbot, window, checklist, repo):
    view, client_id = checklist
    space_on_tick(qtbot, view)
    window.undo_stack.undo()
    window.undo_stack.redo()  # the record as the tick left it
    space_on_tick(qtbot, view)
    assert (stored(repo, client_id).done, stored(repo, client_id).completed_on) == (12, None)


def test_z62_03_an_untick_after_the_real_completion_day_typed_still_gives_back_the_count(qtbot, checklist, repo):
    view, client_id = checklist
    space_on_tick(qtbot, view)
    field = view.checklist.control("c1", "completed", 0)
    _focus(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "2026-10-01")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert stored(repo, client_id).completed_on == date(2026, 10, 1)
    space_on_tick(qtbot, view)  # the tick was a mistake after all
    assert (stored(repo, client_id).done, stored(repo, client_id).completed_on) == (12, None)
    assert TODAY != date(2026, 10, 1)


def test_b63_01_an_untick_after_undo_and_the_same_count_and_day_typed_again_gives_back_none(qtbot, window, checklist, repo):
    """The tick undone, then its very count and day typed on the Record tab (the program's
    sheet: all 30 done, finished today): the record read as the undone tick had left it, so
    the untick gave back 12, the count from before that tick, over the 30 the paralegal typed.
    Only a tick still done on the undo stack is one to give back the count of."""
    view, client_id = checklist
    space_on_tick(qtbot, view)  # ticked by mistake: 30 of 30, completed today
    window.undo_stack.undo()
    assert (stored(repo, client_id).done, stored(repo, client_id).completed_on) == (12, None)
    view.tabs.setCurrentIndex(0)
    row = view.record.case_form.conditions.rows[0]
    _focus(qtbot, row.completed)
    qtbot.keyClicks(row.completed, TODAY.isoformat())
    qtbot.keyClick(row.completed, Qt.Key.Key_Tab)
    type_done(qtbot, view, "30")
    assert (stored(repo, client_id).done, stored(repo, client_id).completed_on) == (30, TODAY)
    view.tabs.setCurrentIndex(1)

    space_on_tick(qtbot, view)

    assert stored(repo, client_id).done == 30  # it was 12
    assert view.checklist.control("c1", "tick", 0).isChecked()
    assert view.checklist.notes[("c1", "tick", 0)].text().startswith("Still done: 30 of 30 counts it done")
