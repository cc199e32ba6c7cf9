"""U31B: the undo history after a refused step, drafts of Checklist typing, removed clients in the list."""

from __future__ import annotations

from tests.gui.conftest import probation_client
from tests.gui.test_undo_u31 import _desk_2_notes, _phone_edited


def test_u31b_01_an_undo_refused_for_another_desk_is_dropped_and_ctrl_z_reaches_the_step_before(qtbot, window, repo):
    # Refused once, the step stayed: every later Ctrl+Z tried it again and was refused again,
    # so Ann's edit (an older step, another client) could never be undone.
    ann = repo.add_client(probation_client("Ann Older"))
    ben = repo.add_client(probation_client("Ben Newer"))
    window.load()
    _phone_edited(qtbot, window, ann, "(213) 555-0101")
    _phone_edited(qtbot, window, ben, "(213) 555-0102")
    _desk_2_notes(repo, ben, "Has proof of the classes")
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert str(error).startswith('Cannot undo "Edit phone (Ben Newer)": the record was changed')
    assert "It is dropped from Undo" in str(error)
    assert window.undo_action.text() == "&Undo Edit phone (Ann Older)"
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()  # Ctrl+Z again: the step before it
    assert raised == []
    assert repo.get_client(ann).phone is None
    stored = repo.get_client(ben)
    assert (stored.notes, stored.phone) == ("Has proof of the classes", "(213) 555-0102")
    window.redo_action.trigger()  # Redo brings back Ann's edit, not the dropped one
    assert repo.get_client(ann).phone == "(213) 555-0101" and not window.undo_stack.canRedo()


def test_u31b_01_a_redo_refused_for_another_desk_is_dropped_and_redo_reaches_the_step_after(qtbot, window, repo):
    ann = repo.add_client(probation_client("Ann Older"))
    ben = repo.add_client(probation_client("Ben Newer"))
    window.load()
    _phone_edited(qtbot, window, ann, "(213) 555-0101")
    _phone_edited(qtbot, window, ben, "(213) 555-0102")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert repo.get_client(ann).phone is None and repo.get_client(ben).phone is None
    _desk_2_notes(repo, ann, "Moved to Fresno")
    with qtbot.captureExceptions() as raised:
        window.redo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert str(error).startswith('Cannot redo "Edit phone (Ann Older)"') and "It is dropped from Redo" in str(error)
    assert window.redo_action.text() == "&Redo Edit phone (Ben Newer)" and not window.undo_stack.canUndo()
    window.redo_action.trigger()
    assert repo.get_client(ben).phone == "(213) 555-0102" and repo.get_client(ann).phone is None


def test_u31b_01_an_undo_of_a_client_removed_on_another_desk_is_dropped(qtbot, window, repo):
    from db.repository import Repository

    ann = repo.add_client(probation_client("Ann Older"))
    ben = repo.add_client(probation_client("Ben Gone"))
    window.load()
    _phone_edited(qtbot, window, ann, "(213) 555-0101")
    _phone_edited(qtbot, window, ben, "(213) 555-0102")
    with Repository.open(repo.path, user="desk-2") as desk_2:
        desk_2.delete_client(ben)
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert "no longer in this caseload" in str(error) and "It is dropped from Undo" in str(error)
    window.undo_action.trigger()
    assert repo.get_client(ann).phone is None


def test_u31b_03_opening_a_client_another_desk_removed_says_so_and_drops_their_line(qtbot, window, repo, monkeypatch):
    # The list still showed Ben, removed on desk 2; opening him said only "There is no client
    # number 2 in this caseload." (the crash hook's words), and his line stayed.
    from PySide6.QtWidgets import QMessageBox

    from db.repository import Repository

    repo.add_client(probation_client("Ann Stays"))
    ben = repo.add_client(probation_client("Ben Gone"))
    window.load()
    assert window.caseload.model.row_of_client(ben) is not None
    with Repository.open(repo.path, user="desk-2") as desk_2:
        desk_2.delete_client(ben)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_rest: said.append(text))
    with qtbot.captureExceptions() as raised:
        window.open_client(ben)
    assert raised == []
    assert said == ["Ben Gone is no longer in this caseload: removed in another window or on another desk. "
                    "Their line is taken off the list."]
    assert window.caseload.model.row_of_client(ben) is None
    assert window.pages.currentWidget() is not window.client_view


def test_u31b_03_coming_back_to_the_window_takes_off_the_lines_of_clients_another_desk_removed(qtbot, window, repo):
    # The list is read once; Ben, removed on desk 2 while this window was in the background,
    # stayed on it until the caseload was loaded again.
    from PySide6.QtWidgets import QWidget

    from db.repository import Repository
    from tests.gui.conftest import show_active

    ann = repo.add_client(probation_client("Ann Stays"))
    ben = repo.add_client(probation_client("Ben Gone"))
    window.load()
    show_active(qtbot, window)
    elsewhere = QWidget()  # the user goes to another window (the other desk's program)
    qtbot.addWidget(elsewhere)
    show_active(qtbot, elsewhere)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        desk_2.delete_client(ben)
    show_active(qtbot, window)  # and comes back
    assert window.caseload.model.row_of_client(ben) is None
    assert window.caseload.model.row_of_client(ann) is not None
    assert "Ben Gone" in window.statusBar().currentMessage()
