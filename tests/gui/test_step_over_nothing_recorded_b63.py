"""B63-03: "+6" typed over "done so far ? of 30" (nothing recorded) saved 6 done with not a word.
"+6" is "6 more than the count recorded" (K45-04): with none recorded, the 6 may be on top of
hours the client did before and nobody wrote down.  It is refused, and the note says to enter
how many are done in all (6, if these are the first); "6" typed plainly is taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_class_count_tally_z62 import type_in
from tests.gui.test_none_done_typed_s62 import unrecorded  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
@pytest.mark.parametrize("position, what, shown", [(0, "How many done", "done so far ? of 30"), (1, "Hours done", "? of 40 hours")])
def test_b63_03_a_step_over_nothing_recorded_asks_for_the_count_in_all(qtbot, unrecorded, repo, window, key, position, what, shown):  # noqa: F811
    view, client_id = unrecorded
    steps = window.undo_stack.count()
    type_in(qtbot, view.checklist.control("c1", "count", position), "+6", key)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[position].done is None  # it was 6
    assert window.undo_stack.count() == steps
    checklist = window.client_view.checklist
    assert checklist.control("c1", "count", position).text() == shown
    note = checklist.notes[("c1", "tick", position)].text()
    assert note.startswith(f"{what}: +6 adds to the count recorded, and none is recorded: enter how many are done in all "
                           "(6, if these are the first)")
    assert checklist.control("c1", "count", position).accessibleDescription().endswith(note)
    assert checklist.count_not_taken() is not None  # asked about before the client is left


def test_b63_03_minus_over_nothing_recorded_does_not_say_zero_are_done(qtbot, unrecorded, repo, window):  # noqa: F811
    view, client_id = unrecorded
    type_in(qtbot, view.checklist.control("c1", "count", 1), "-2", Qt.Key.Key_Return)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[1].done is None
    # It read "Hours done: -2 is not taken: only 0 of 40 hours are done", a 0 nobody recorded.
    note = window.client_view.checklist.notes[("c1", "tick", 1)].text()
    assert note.startswith("Hours done: -2 takes from the count recorded, and none is recorded: enter how many are done in all")


def test_b63_03_the_count_typed_plainly_over_nothing_recorded_is_taken(qtbot, unrecorded, repo, window):  # noqa: F811
    view, client_id = unrecorded
    type_in(qtbot, view.checklist.control("c1", "count", 1), "6", Qt.Key.Key_Return)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[1].done == 6


def test_b63_03_a_step_over_nothing_recorded_on_the_record_tab_asks_too(qtbot, window, repo):
    from tests.gui.test_checklist_keyboard import open_on_tab, two_cases
    from tests.gui.test_review_r46 import type_done
    from ui.forms import MessageLabel

    client = two_cases()
    client.cases[0].conditions[0].done = None  # community service, 40 hours, none recorded
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    type_done(qtbot, view, "+6")
    assert repo.get_client(client_id).cases[0].conditions[0].done is None  # it was 6
    said = [label.text() for label in view.record.findChildren(MessageLabel) if label.isVisibleTo(view.record) and label.text()]
    assert any("+6 adds to the count recorded, and none is recorded: enter how many are done in all (6, if these are the first)"
               in text for text in said), said
