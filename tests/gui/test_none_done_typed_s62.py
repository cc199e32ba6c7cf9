"""S62-01: "0" typed over a class's "done so far ? of 30" (nothing recorded, Z62-04) is the
answer "none done yet".  The box's value was 0 already, so nothing was saved: the box went
back to "? of 30" beside "How many done not recorded: ask the client or the program", the
question just answered asked again, while Up then Down saved 0 in two steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_checklist_keyboard import _focus, open_on_checklist
from tests.gui.test_class_count_tally_z62 import class_and_hours, type_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def unrecorded(qtbot, window, repo):
    """A class (30) and community service (40 hours), neither count asked yet: "? of 30"."""
    client = class_and_hours()
    for condition in client.cases[0].conditions:
        condition.done = None
    opened = open_on_checklist(qtbot, window, repo, client)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert opened[0].checklist.control("c1", "count", 0).text() == "done so far ? of 30"
    return opened


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
@pytest.mark.parametrize("position, shown", [(0, "done so far 0 of 30"), (1, "0 of 40 hours")])
def test_s62_01_zero_typed_over_the_question_mark_records_none_done(qtbot, unrecorded, repo, window, key, position, shown):
    view, client_id = unrecorded
    steps = window.undo_stack.count()
    type_in(qtbot, view.checklist.control("c1", "count", position), "0", key)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[position].done == 0
    assert window.undo_stack.count() == steps + 1  # one edit, not one for Enter and one for leaving
    assert window.client_view.checklist.control("c1", "count", position).text() == shown
    assert "not recorded" not in window.client_view.checklist.notes[("c1", "tick", position)].text()


def test_s62_01_a_zero_typed_and_not_yet_left_is_kept_in_the_draft(qtbot, unrecorded):
    view, _client_id = unrecorded
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "0")
    assert view.checklist.typed_checks() == [{"case": "c1", "position": 0, "kind": "count", "text": "0"}]


@pytest.mark.parametrize("typed", ["", "-2", "1.5"])
def test_s62_01_nothing_or_a_refused_count_over_the_question_mark_still_records_nothing(qtbot, unrecorded, repo, typed):
    view, client_id = unrecorded
    type_in(qtbot, view.checklist.control("c1", "count", 0), typed, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[0].done is None
