"""R63: review of round 63's Merge a duplicate, Checklist and handout changes."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_merge_duplicate_m44 import merge_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r63_01_a_pair_another_desk_merged_since_is_not_offered_and_nothing_crashes(qtbot, window, repo, tmp_path):
    """The list's line of the other record is older than another desk's merge of the pair (or
    its deletion): B63-07 reads each listed record as stored, and the one gone raised
    ClientNotFound, the crash dialog, where the caseload simply has no duplicate any more."""
    from db.repository import Repository

    kept = repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    other = repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    window.load()
    window.open_client(kept)
    with Repository.open(tmp_path / "caseload.sqlite", user="front-desk") as desk:
        desk.delete_client(other)  # the pair made one at the front desk, the list here not read again

    seen = merge_by_keyboard(qtbot, window)

    assert seen["items"] == [] and seen["message"].startswith("Rosa Delgado has no possible duplicate")
    assert repo.client_ids() == [kept]



def _caseload_menu(window):
    """The Caseload menu, opened and closed as a user would look at it (its actions updated)."""
    menu = next(m for m in window.merge_action.associatedObjects() if m is not window and hasattr(m, "popup"))
    menu.popup(window.mapToGlobal(window.rect().center()))
    menu.close()
    return menu


def test_r63_05_merge_is_offered_for_the_line_chosen_on_the_caseload(qtbot, window, repo):
    """A line clicked on the caseload list, then Caseload > Merge a duplicate into this
    client...: greyed, as on the list before any line was chosen; only opening the File menu
    (where Delete client is) or the client brought it back."""
    from PySide6.QtCore import Qt

    from tests.gui.conftest import show_active

    chosen = repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    window.load()
    show_active(qtbot, window)
    assert not window.merge_action.isEnabled()  # no line chosen yet
    table = window.caseload.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    assert window.caseload.selected_client_id() == chosen
    _caseload_menu(window)
    assert window.merge_action.isEnabled()



def test_r63_06_merge_on_the_line_of_a_client_another_desk_removed_says_so(qtbot, window, repo, monkeypatch):
    """On the caseload list, the chosen line's client merged away (or deleted) at another desk:
    Merge a duplicate read that record and showed the crash dialog ("There is no client number
    1"), where opening the same line says she is gone and takes her line off (U31B-03)."""
    from PySide6.QtWidgets import QMessageBox

    from db.repository import Repository

    gone = repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    stays = repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    window.load()
    assert window.caseload.select_client(gone) and window._client_to_delete() == gone
    with Repository.open(repo.path, user="front-desk") as desk:
        desk.delete_client(gone)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_rest: said.append(text))
    _caseload_menu(window)  # the item as the user finds it
    with qtbot.captureExceptions() as raised:
        window.merge_action.trigger()
    assert raised == []
    assert said == ["Rosa Delgado is no longer in this caseload: removed in another window or on another desk. "
                    "Their line is taken off the list."]
    assert window.caseload.model.row_of_client(gone) is None and repo.client_ids() == [stays]
