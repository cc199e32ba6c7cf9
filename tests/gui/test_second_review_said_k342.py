"""K342-01: Alt+D (Mark reviewed...) on a result already reviewed recorded a second review
without a word (H337's audit): the dialog read as for a first review, and the status bar said
"1 result marked reviewed by ...".  The dialog now says who reviewed it and when, and that
marking it again records a second review (the first stays); its button says "Mark reviewed
again", the status bar "marked reviewed again", and Edit > Undo takes back the second alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import show_active
from tests.gui.test_next_result_to_review_v102 import _partly_reviewed
from ui.client_view import TAB_ELIGIBILITY
from ui.eligibility_view import ReviewDialog


def test_k342_01_a_result_already_reviewed_is_said_so_and_its_second_review_is_one(qtbot, window, repo, monkeypatch):
    view = _partly_reviewed(qtbot, window, repo, monkeypatch, "Alejandra Orozco")  # row 0 reviewed: "Docket checked"
    panel = view.eligibility
    client_id = view.client.id
    first = repo.reviews(client_id)
    seen = {}

    def accept(dialog):
        seen["before"] = dialog.before.text() if hasattr(dialog, "before") else ""
        seen["button"] = dialog.mark_button.text()
        seen["heard"] = dialog.note.accessibleDescription()
        dialog.note.setPlainText("Second look: the minute order")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel.table.selectRow(0)
    show_active(qtbot, window)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == len(first) + 1)
    reviewer = first[0].reviewer
    assert seen["before"].startswith(f"Already reviewed: {reviewer}, ")
    assert ": Docket checked. Marking it again records a second review; the first stays." in seen["before"]
    assert seen["heard"].startswith("Already reviewed: ")
    assert seen["button"] == "&Mark reviewed again"
    said = window.statusBar().currentMessage()
    assert said.startswith("1 result marked reviewed by ")
    assert " again: a second review, the first stays. Edit > Undo takes the review back." in said

    # Undo takes back the second review alone; the first stays.
    view.undo_stack.undo()
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == len(first))
    assert [rv.note for rv in repo.reviews(client_id)] == [rv.note for rv in first]

    # A result never reviewed (row 1) is asked as before.
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == len(first) + 1)
    assert seen["before"] == "" and seen["button"] == "&Mark reviewed"
    assert " again" not in window.statusBar().currentMessage()


@pytest.fixture
def read_only_eligibility(qtbot, tmp_path, new_caseload_made):
    """Rosa's Eligibility tab, her first result chosen, on a caseload whose file is read-only."""
    import shutil
    from pathlib import Path

    from db.repository import Repository
    from tests.gui.conftest import TODAY, probation_client
    from tests.gui.test_read_only_caseload_k254 import window_on_read_only
    from ui.services import screen_and_store

    path = Path(shutil.copy(new_caseload_made, tmp_path / "caseload.sqlite"))
    with Repository.open(path, user="paralegal-test") as repo:
        screen_and_store(repo, repo.get_client(repo.add_client(probation_client("Rosa Ríos"))), TODAY)
    with window_on_read_only(path) as window:
        window.open_client(1)
        view = window.client_view
        view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
        view.eligibility.table.selectRow(0)
        yield window


def test_k346_01_mark_reviewed_on_a_read_only_file_is_refused_before_the_dialog(qtbot, read_only_eligibility, monkeypatch):
    """K346-01: on a read-only caseload Alt+D opened the review dialog, the attorney typed a note,
    and only then was the write refused.  Refused first, in the file's words, nothing asked."""
    from db.errors import ReadOnly

    window = read_only_eligibility
    opened = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda dialog: opened.append(dialog) or QDialog.DialogCode.Rejected)
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(window.client_view.eligibility.review_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, *_ in raised] == [ReadOnly]
    assert "read-only" in str(raised[0][1])
    assert opened == [], "the dialog opened to take a note the file refuses"
    assert window.repo.reviews(1) == []


def test_k349_02_mark_reviewed_on_a_read_only_file_says_why_before_it_is_pressed(qtbot, read_only_eligibility):
    """K346-01 refused Mark reviewed... on a read-only file once pressed; before, the button read
    as on any file, its tip "Record that an attorney reviewed ...".  It says, as the window's
    items the file refuses do (Caseload > Re-screen whole caseload..., File > Delete client...),
    that a review cannot be saved there: on the button's tip, and heard with it."""
    from PySide6.QtGui import QAccessible

    from ui.eligibility_view import REVIEW_CANNOT_BE_SAVED_SAID

    button = read_only_eligibility.client_view.eligibility.review_button
    assert REVIEW_CANNOT_BE_SAVED_SAID == "A review cannot be saved in a read-only file: nothing is marked reviewed."
    assert button.isEnabled() and button.toolTip() == REVIEW_CANNOT_BE_SAVED_SAID
    heard = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Description)
    assert heard == REVIEW_CANNOT_BE_SAVED_SAID


def test_k346_02_again_is_said_only_where_every_result_chosen_was_reviewed(qtbot, window, repo, monkeypatch):
    """K346-02: eleven results chosen, four of them reviewed, the button said "Mark reviewed
    again" and the title "a second review" of seven first reviews, and the line over the note
    named all four, each with its note.  "Again" only where all chosen were; at most three named."""
    from PySide6.QtCore import QItemSelectionModel

    view = _partly_reviewed(qtbot, window, repo, monkeypatch, "Alejandra Orozco")  # four of eleven reviewed
    panel = view.eligibility
    seen = {}

    def look(dialog):
        seen.update(before=dialog.before.text(), button=dialog.mark_button.text(), title=dialog.windowTitle(),
                    heard=dialog.note.accessibleDescription())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReviewDialog, "exec", look)
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    show_active(qtbot, window)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    assert seen["button"] == "&Mark reviewed"
    assert seen["title"] == "Attorney review of 11 results"
    assert seen["before"].startswith("4 of these 11 results are already reviewed (")
    assert seen["before"].count(": Docket checked") == 3 and "; and 1 more): " in seen["before"], seen["before"]
    assert seen["before"].endswith("a second review of those, the first staying; a first review of the others.")
    assert seen["heard"].startswith(seen["before"])

    # The four reviewed alone: a second review of each, said so.
    model = panel.model
    reviewed = [row for row in range(model.rowCount()) if model.reviewed_note(model.determination(row))]
    assert len(reviewed) == 4
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for row in reviewed:
        selection.select(panel.proxy.mapFromSource(model.index(row, 0)),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    assert seen["button"] == "&Mark reviewed again"
    assert seen["title"] == "Attorney review of 4 results: a second review"
    assert seen["before"].startswith("All 4 of these results are already reviewed (") and "; and 1 more). " in seen["before"]


def test_k346_03_undo_and_redo_name_a_second_review_as_the_status_line_does(qtbot, window, repo, monkeypatch):
    """K346-03: a second review marked, the status line said "again: a second review", while
    Edit > Undo and, once undone, Edit > Redo read "Review of ..." as of a first.  Named one."""
    view = _partly_reviewed(qtbot, window, repo, monkeypatch, "Alejandra Orozco")  # row 0 reviewed
    panel = view.eligibility
    client_id = view.client.id
    first = len(repo.reviews(client_id))
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # "Docket checked" again
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == first + 1)
    assert " again: a second review" in window.statusBar().currentMessage()
    assert window.undo_action.text().startswith("&Undo Second review of PC 1203.4, "), window.undo_action.text()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == first)
    assert window.statusBar().currentMessage().startswith("Undone: Second review of PC 1203.4, ")
    assert window.redo_action.text().startswith("&Redo Second review of PC 1203.4, "), window.redo_action.text()

    # Of several, some reviewed: a review, with how many of them are second ones.
    qtbot.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == first + 11)
    assert window.undo_action.text() == "&Undo Review of 11 results, 4 of them a second review (Alejandra Orozco)"


def test_k349_04_undo_names_the_reviewed_client_with_the_birth_date_where_another_shares_the_name(
        qtbot, window, repo, monkeypatch):
    """K349-04 (H337's Left alone): with two Alejandra Cortés in the caseload, one reviewed, then the
    next client opened, Edit > Undo read "Undo Review of PC 1203.4, Case BA100001, ... (Alejandra
    Cortés)": which of the two?  Named with the date of birth, as the status bar tells namesakes
    apart; a name no other client has is said alone, as before."""
    from datetime import date

    from tests.gui.conftest import probation_client
    from tests.gui.test_next_result_to_review_v102 import _opened

    namesake = probation_client("Alejandra Cortés", case_number="BA900009")
    namesake.person.dob = date(1973, 3, 19)
    repo.add_client(namesake)
    monkeypatch.setattr(ReviewDialog, "exec", lambda dialog: dialog.note.setPlainText("Docket checked") or QDialog.DialogCode.Accepted)
    view = _opened(qtbot, window, repo, probation_client("Alejandra Cortés"))
    born = view.client.person.dob
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    view.eligibility.table.selectRow(0)
    qtbot.mouseClick(view.eligibility.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(repo.reviews(view.client.id)))
    assert window.undo_action.text().startswith("&Undo Review of PC 1203.4, Case BA100001")
    assert window.undo_action.text().endswith(f" (Alejandra Cortés, born {born.isoformat()})"), window.undo_action.text()

    alone = _opened(qtbot, window, repo, probation_client("Rosa Ríos", case_number="BA300003"))
    alone.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    alone.eligibility.table.selectRow(0)
    qtbot.mouseClick(alone.eligibility.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(repo.reviews(alone.client.id)))
    assert window.undo_action.text() == "&Undo Review of PC 1203.4, Case BA300003, PC 459 (Rosa Ríos)"
