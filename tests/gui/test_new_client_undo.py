"""Adding a client is one undo step: undo removes them through the repository, redo adds them back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import CASELOAD_PAGE


def _names(window) -> list[str]:
    model = window.caseload.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_new_client_undo_removes_and_redo_restores_with_later_edits(qtbot, window, repo):
    window.load()
    window.new_action.trigger()
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, "Ulises Undo")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    first_id = view.client.id
    assert repo.count_clients() == 1 and _names(window) == ["Ulises Undo"]
    assert window.undo_stack.undoText() == "Add client (Ulises Undo)"

    # A later edit of the same client, so redo has to find the client again.
    qtbot.keyClicks(view.record.person.dob, "1980-04-05")
    view.save()
    assert repo.get_client(first_id).person.dob.isoformat() == "1980-04-05"

    window.undo_action.trigger()  # the date of birth
    assert repo.get_client(first_id).person.dob is None
    window.undo_action.trigger()  # the client
    assert repo.count_clients() == 0
    assert _names(window) == []
    assert window.pages.currentIndex() == CASELOAD_PAGE  # nothing left to show
    assert any(e.action == "delete" for e in repo.history(first_id))  # the audit log keeps it

    window.redo_action.trigger()  # the client comes back, under their own number, as an undone delete does (U33-02)
    assert repo.count_clients() == 1
    (row,) = repo.list_clients()
    assert row.name == "Ulises Undo" and _names(window) == ["Ulises Undo"] and row.id == first_id
    window.redo_action.trigger()  # and the later edit finds them
    assert repo.get_client(row.id).person.dob.isoformat() == "1980-04-05"

    # Undo and redo once more: the forwarding of numbers holds over repeated round trips.
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    window.redo_action.trigger()
    (row,) = repo.list_clients()
    assert repo.get_client(row.id).person.dob.isoformat() == "1980-04-05"
    assert window.caseload.model.rowCount() == 1


def test_undo_of_new_client_with_a_case_removes_the_whole_record(qtbot, window, repo):
    window.load()
    window.new_action.trigger()
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, "Celia Caso")
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)  # stores the client, then the case
    client_id = view.client.id
    assert repo.get_client(client_id).cases
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    assert repo.count_clients() == 0
    while window.undo_stack.canRedo():
        window.redo_action.trigger()
    (row,) = repo.list_clients()
    assert row.name == "Celia Caso" and len(repo.get_client(row.id).cases) == 1
