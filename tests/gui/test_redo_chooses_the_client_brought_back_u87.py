"""U87-01: a Saturday clinic, keyboard only.  Maria was taken in (Ctrl+I, her name, a case,
Alt+D: Done leaves the list on her, Z86-01).  Back at the list the volunteer pressed Ctrl+Z
twice (her case, then Maria herself: a slip) and Ctrl+Shift+Z twice to bring her back: Maria
was in the caseload again, but the list stayed on Zoe Zamora, the line Qt moved to when
Maria's went, and Enter opened Zoe.  A step that brings a client back into the caseload (an
"Add client" redone, a "Delete client" undone) now chooses that client in the list, as Done
does, clearing a search or filter that hides them (Z86-02)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import answer_message_box, show_active
from tests.gui.test_intake_done_on_the_client_z86 import _at_intake, _on_the_list, _walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _in_the_list(qtbot, window, key, modifier) -> None:
    """`key` pressed in the caseload list, the window active again after intake."""
    show_active(qtbot, window)
    window.caseload.table.setFocus()
    qtbot.keyClick(window.caseload.table, key, modifier)


def _maria_taken_in_then_undone(qtbot, window, repo) -> int:
    _on_the_list(qtbot, window, repo, "Ana Peña", "Zoe Zamora")
    _at_intake(qtbot, window, lambda dialog: _walk_in(qtbot, dialog))
    (maria,) = [row.id for row in repo.list_clients() if row.name == "Maria Elena Guzman Rios"]
    assert window.caseload.selected_client_id() == maria  # Z86-01
    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL)  # her case
    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL)  # Maria herself
    assert maria not in [row.id for row in repo.list_clients()]
    assert window.caseload.selected_client_id() not in (None, maria)  # the line Qt moved to
    return maria


def _beto_deleted(qtbot, window, repo, seen: list) -> int:
    """Beto, between Alejandra and Zoe, deleted from the list (File > Delete client, the box's
    words in `seen`): his number."""
    _on_the_list(qtbot, window, repo, "Beto Bravo", "Zoe Zamora")
    (beto,) = [row.id for row in repo.list_clients() if row.name == "Beto Bravo"]
    window.caseload.select_client(beto)
    answer_message_box(qtbot, seen, click="Delete client")
    window.delete_client()
    return beto


def test_u87_01_redo_after_intake_chooses_the_client_brought_back(qtbot, window, repo):
    maria = _maria_taken_in_then_undone(qtbot, window, repo)

    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # Maria, under her own number
    assert maria in [row.id for row in repo.list_clients()]
    assert window.caseload.selected_client_id() == maria
    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # her case: she stays chosen
    assert len(repo.get_client(maria).cases) == 1
    assert window.caseload.selected_client_id() == maria
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view and window.client_view.client.id == maria


def test_u87_01_redo_clears_the_search_that_hides_the_client_brought_back(qtbot, window, repo):
    """Between the undo and the redo the list was searched "zamora": Maria, back, is not among
    its lines.  The search is cleared and she is chosen, as Done does (Z86-02)."""
    maria = _maria_taken_in_then_undone(qtbot, window, repo)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.caseload.search, "zamora")
    window.caseload.apply_filters()
    assert window.caseload.proxy.rowCount() == 1

    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.caseload.search.text() == ""
    assert window.caseload.selected_client_id() == maria
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.client_view.client.id == maria


def test_u87_01_undo_of_a_deletion_chooses_the_client_brought_back(qtbot, window, repo):
    """Beto deleted from the list by mistake (File > Delete client), Ctrl+Z: he is back, and
    the list is on him, not on Zoe, the line it moved to when his went."""
    seen: list = []
    beto = _beto_deleted(qtbot, window, repo, seen)
    assert seen[0][0].startswith("Delete Beto Bravo")
    assert window.caseload.selected_client_id() not in (None, beto)

    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beto in [row.id for row in repo.list_clients()]
    assert window.caseload.selected_client_id() == beto
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.client_view.client.id == beto


def test_u87_01_a_step_that_takes_a_client_out_chooses_nobody_anew(qtbot, window, repo):
    """Redo of the deletion takes Beto out again: the list is left where Qt leaves it, as an
    undone intake client leaves it (Z86-01); no client another step named is chosen."""
    beto = _beto_deleted(qtbot, window, repo, [])
    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL)
    _in_the_list(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert beto not in [row.id for row in repo.list_clients()]
    assert window.caseload.selected_client_id() not in (None, beto)
