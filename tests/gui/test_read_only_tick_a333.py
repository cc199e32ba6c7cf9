"""A333-03: a tick the read-only file refused stayed ticked on the Checklist.

On a read-only caseload, Space on "Anger management" said the file's refusal, stored nothing, and
left the box ticked: "Anger management, checked" to a screen reader, done to the eye, on "10 of 40
hours" for a count, and leaving the client asked nothing of it (K329-01 refuses a tick beside
typing not valid the same way, where Stay had put it back).  The box shows what is stored again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.errors import ReadOnly
from db.repository import Repository
from tests.gui.conftest import type_over
from tests.gui.test_checklist_keyboard import _focus, two_cases
from tests.gui.test_read_only_caseload_k254 import window_on_read_only
from ui.client_view import TAB_CHECKLIST

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def read_only_checklist(qtbot, tmp_path, new_caseload_made):
    """Rosa Teclado's Checklist (hours 10 of 40 and a class on case 1) on a read-only caseload."""
    path = Path(shutil.copy(new_caseload_made, tmp_path / "caseload.sqlite"))
    with Repository.open(path, user="paralegal-test") as repo:
        client_id = repo.add_client(two_cases())
    with window_on_read_only(path) as window:
        window.open_client(client_id)
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow)
        yield window


@pytest.mark.parametrize("typed", [False, True], ids=["alone", "beside a birth date half typed"])
def test_a333_03_a_tick_the_read_only_file_refused_shows_what_is_stored(qtbot, read_only_checklist, typed):
    window = read_only_checklist
    view = window.client_view
    if typed:
        type_over(qtbot, view.record.person.dob, "3/")  # not a date yet (K329-01: refused, not asked)
    view.tabs.setCurrentIndex(TAB_CHECKLIST)
    for place in (("c1", "tick", 1), ("c1", "tick", 0)):  # Anger management, then hours 10 of 40
        tick = view.checklist.control(*place)
        _focus(qtbot, tick)
        with qtbot.capture_exceptions() as raised:
            qtbot.keyClick(tick, Qt.Key.Key_Space)
        assert [kind for kind, *_ in raised] == [ReadOnly]
        tick = view.checklist.control(*place)
        assert not tick.isChecked(), f"{tick.accessibleName()}: shown ticked, stored not done"
        assert tick.hasFocus()  # the keyboard where it was
    assert view.checklist.control("c1", "count", 0).text() == "10 of 40 hours"
    stored = window.repo.get_client(view.client.id).cases[0].conditions
    assert [condition.is_met for condition in stored] == [False, False]
    assert view.record.person.dob.text() == ("3/" if typed else "1985-03-14")



def _rosa_class_done():
    """Rosa Teclado (`two_cases`), her Anger management done on 2026-09-01: its day to type over."""
    from datetime import date

    rosa = two_cases()
    rosa.cases[0].conditions[1].completed_on = date(2026, 9, 1)
    return rosa


def _ctrl_s_with_typed(qtbot, window, client_id: int, kind: str, position: int, typed: str):
    """`typed` over her Checklist box (`kind`, `position`) of case c1, not left, then Ctrl+S:
    the errors raised and the box's words after."""
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_CHECKLIST)
    box = view.checklist.control("c1", kind, position)
    _focus(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, typed)
    with qtbot.capture_exceptions() as raised:
        qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return [kind for kind, *_ in raised], view.checklist.control("c1", kind, position).text()


CTRL_S_TYPED = pytest.mark.parametrize("kind, position, typed", [("count", 0, "25"), ("completed", 1, "2026-10-01")])


@CTRL_S_TYPED
def test_k349_03_ctrl_s_with_a_count_or_day_typed_on_a_read_only_checklist_is_refused_showing_what_is_stored(
        qtbot, tmp_path, new_caseload_made, kind, position, typed):
    """K349-03: Ctrl+S in a Checklist count or completed day, its box not left, saved nothing and
    said "Everything is saved.": on a read-only file the 25 typed stayed beside the 10 stored, no
    refusal said, where a tick refused shows what is stored (A333-03).  Refused as leaving the box
    is, in the file's words, once, and the box shows what is stored."""
    path = Path(shutil.copy(new_caseload_made, tmp_path / "caseload.sqlite"))
    with Repository.open(path, user="paralegal-test") as repo:
        client_id = repo.add_client(_rosa_class_done())
    with window_on_read_only(path) as window:
        raised, shown = _ctrl_s_with_typed(qtbot, window, client_id, kind, position, typed)
        assert raised == [ReadOnly], "not refused: the typing shown, not stored"
        assert window.statusBar().currentMessage() != "Everything is saved."
        stored = window.repo.get_client(client_id).cases[0].conditions[position]
        assert (stored.done, shown) == (10, "10 of 40 hours") if kind == "count" else (str(stored.completed_on), shown) == ("2026-09-01",) * 2


@CTRL_S_TYPED
def test_k349_03_ctrl_s_with_a_count_or_day_typed_on_the_checklist_saves_it(qtbot, window, repo, kind, position, typed):
    """The same Ctrl+S on a file that can be written said "Everything is saved." and stored
    nothing until the box was left: saved, and said so."""
    client_id = repo.add_client(_rosa_class_done())
    window.load()
    raised, shown = _ctrl_s_with_typed(qtbot, window, client_id, kind, position, typed)
    stored = repo.get_client(client_id).cases[0].conditions[position]
    assert raised == [] and window.statusBar().currentMessage().startswith("Saved: ")
    assert (stored.done, shown) == (25, "25 of 40 hours") if kind == "count" else (str(stored.completed_on), shown) == (typed,) * 2
