"""Q113-01: a paralegal who set a count's level and took it back with Edit > Undo read, in the
History tab, two rows alike, "Record edited", the newest the undo: which of them was the edit
and which put it back she could tell only by reading the fields' values.  An undone save says
so, in the words the undone step had in Edit > Undo: "Undone: Edit Case BA100001, PC 484,
level", in the History's row and in its details; the edit itself stays "Record edited"."""

from __future__ import annotations

import pytest

from tests.gui.test_count_named_by_offense_u110 import theft_made_a_misdemeanor
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_q113_01_an_undone_edit_says_what_it_undid(qtbot, window, repo):
    client_id = theft_made_a_misdemeanor(window, repo)
    assert window.undo_action.text() == "&Undo Edit Case BA100001, PC 484, level (Marta Reyes)"
    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].convictions[1].level == "felony"

    shown = _details_of(qtbot, window, "Undone: Edit Case BA100001, PC 484, level")
    history = window.client_view.history
    titles = [said for row in range(history.model.rowCount()) if (said := history.model.index(row, 2).data()) != "Screened"]
    assert titles[:2] == ["Undone: Edit Case BA100001, PC 484, level", "Record edited"], titles
    lines = shown.splitlines()
    assert lines[0].endswith(": Undone: Edit Case BA100001, PC 484, level"), shown
    # What it put back, from what to what, as under the edit; the step's words are no field of it.
    assert lines[1:] == ["  Case BA100001, PC 484, level: “misdemeanor” → “felony”"], shown
    assert history.model.index(history.table.currentIndex().row(), 3).data() == "Case BA100001, PC 484, level"


def test_q113_01_a_redo_is_the_edit_again(qtbot, window, repo):
    """The edit made again by Edit > Redo is an edit: it is titled as one, not as an undo."""
    client_id = theft_made_a_misdemeanor(window, repo)
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].convictions[1].level == "misdemeanor"
    _details_of(qtbot, window, "Record edited")
    history = window.client_view.history
    titles = [said for row in range(history.model.rowCount()) if (said := history.model.index(row, 2).data()) != "Screened"]
    assert titles[:3] == ["Record edited", "Undone: Edit Case BA100001, PC 484, level", "Record edited"], titles
