"""V109: the supervising attorney going through an event's queue at the end of the day.

V109-01: a client opened from Review needed opened on the first result to review, and a screen
reader heard which row of how many; the status bar showed nothing of it, or still the last
client's "1 result marked reviewed by attorney. Edit > Undo takes the review back." (held 8 s),
read under the next client's name as if said of them.  Opened from the queue, the status bar now
says the row as F8 says it: "Result to review 1 of 5: row 2 of 6, ...", in place of the last
client's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import batch_question_asked, show_active
from tests.gui.test_opened_from_review_queue_u93 import _open_with_enter, _opened_from_the_queue, _stored
from ui.client_view import TAB_ELIGIBILITY
from ui.eligibility_view import ReviewDialog


def _notes_accepted(monkeypatch) -> None:
    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)


def test_v109_01_opened_from_the_queue_the_status_bar_says_which_result_of_how_many(qtbot, window, repo, monkeypatch):
    client_id = _opened_from_the_queue(qtbot, window, repo, monkeypatch)
    window.statusBar().showMessage("1 result marked reviewed by attorney. Edit > Undo takes the review back.", 8000)
    _open_with_enter(qtbot, window, client_id)
    panel = window.client_view.eligibility
    assert window.client_view.tabs.currentIndex() == TAB_ELIGIBILITY
    waiting = len(panel.rows_to_review())
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Result to review 1 of {waiting}: row 2 of 6, Case BA100001, PC 459"), said
    assert "marked reviewed" not in said


def test_v109_01_the_next_client_of_the_queue_is_not_told_the_last_ones_review(qtbot, window, repo, monkeypatch):
    _notes_accepted(monkeypatch)
    first, second = (_stored(window, repo, name) for name in ("Alejandra Orozco", "Bruno Ramos"))
    window.load()
    show_active(qtbot, window)  # Alt+D goes to the active window
    window.caseload.review.setChecked(True)
    _open_with_enter(qtbot, window, first)
    panel = window.client_view.eligibility
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # Mark reviewed...
    assert window.statusBar().currentMessage().startswith("1 result marked reviewed")
    assert window.show_caseload()
    _open_with_enter(qtbot, window, second)
    said = window.statusBar().currentMessage()
    assert said.startswith("Result to review 1 of "), said
    assert "marked reviewed" not in said


def _first_opened_from_the_queue(qtbot, window, repo, monkeypatch, names: tuple[str, ...]):
    """Clients of those `names` on the attorney's queue, the first opened from it with Enter,
    a review's note accepted as typed: their Eligibility panel."""
    _notes_accepted(monkeypatch)
    first, *_others = (_stored(window, repo, name) for name in names)
    window.load()
    show_active(qtbot, window)
    window.caseload.review.setChecked(True)
    _open_with_enter(qtbot, window, first)
    return window.client_view.eligibility


def _first_all_reviewed_then_f8(qtbot, window, repo, monkeypatch, names: tuple[str, ...]) -> None:
    """The first of `names` opened from the queue, all of their results marked reviewed with
    one note, then F8."""
    panel = _first_opened_from_the_queue(qtbot, window, repo, monkeypatch, names)
    panel.table.selectAll()
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # all of theirs, with one note
    assert panel.rows_to_review() == []
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F8)


def test_v109_02_f8_past_a_clients_last_review_says_who_is_left_and_the_way_to_the_next(qtbot, window, repo, monkeypatch):
    """F8 on a client with nothing left to review said "No result of Alejandra Orozco awaits an
    attorney's review on the Eligibility tab." and stopped there: not how many of the event's
    clients still wait, nor how to reach the next one without the mouse."""
    _first_all_reviewed_then_f8(qtbot, window, repo, monkeypatch, ("Alejandra Orozco", "Bruno Ramos"))
    said = window.statusBar().currentMessage()
    assert said.startswith("No result of Alejandra Orozco awaits an attorney's review"), said
    assert "1 client of the list still waits for one: Ctrl+L goes back to the list, where Enter opens the next." in said

    # Ctrl+L and Enter do so: Bruno, on his first result to review.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_view)
    assert window.client_view.client.name == "Bruno Ramos"
    assert window.statusBar().currentMessage().startswith("Result to review 1 of ")


def test_v109_02_the_last_client_of_the_queue_is_said_to_be_the_last(qtbot, window, repo, monkeypatch):
    _first_all_reviewed_then_f8(qtbot, window, repo, monkeypatch, ("Alejandra Orozco",))
    said = window.statusBar().currentMessage()
    assert said.endswith("No other client of the list waits for an attorney's review."), said


def test_v109_03_an_events_handouts_say_how_many_clients_still_await_review(qtbot, window, repo, tmp_path, capsys):
    """The attorney at 5 pm: Caseload > Print handouts for this event asked Print or Save and said
    nothing of the event's clients whose results no attorney had looked at yet; nor did
    `clinic-app handout --event`.  The batch now counts them before it starts."""
    from clinic_app.cli import main
    from tests.gui.conftest import probation_client
    from tests.gui.test_opened_from_review_queue_u93 import _eligible_then_to_review

    repo.set_setting("clinic_phone", "(213) 555-0100")  # this note alone
    for client in (_eligible_then_to_review("Alejandra Orozco"), _eligible_then_to_review("Bruno Ramos"),
                   probation_client("Rosa Concaso")):
        client.event = "First Saturday"
        client_id = repo.add_client(client)
        window.load()
        window.open_client(client_id)  # screened and stored, as the window does
        assert window.show_caseload()
    window.load()
    said = "2 clients still await an attorney's review: their handouts would go out before it"
    for action in (window.print_event_action, window.shown_handouts_action):
        seen = batch_question_asked(qtbot)
        action.trigger()
        assert len(seen) == 1 and seen[0][1].startswith(said), seen
    assert main(["handout", "--db", str(repo.path), "--event", "First Saturday", "--out", str(tmp_path / "day")]) == 0
    assert capsys.readouterr().err.count(said) == 1


def test_v109_04_the_review_of_a_clients_last_result_says_so_and_who_is_left(qtbot, window, repo, monkeypatch):
    """Marking a client's last result reviewed said "3 results marked reviewed by attorney. Edit >
    Undo takes the review back." as for any other: whether any of theirs was left took F8 or the
    table read by eye, and the rest of the queue the list.  Said at once now."""
    panel = _first_opened_from_the_queue(qtbot, window, repo, monkeypatch, ("Alejandra Orozco", "Bruno Ramos"))
    rows = panel.rows_to_review()
    panel.table.selectRow(rows[0])
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # one of hers: others left
    said = window.statusBar().currentMessage()
    assert said.endswith("Edit > Undo takes the review back. 5 of Alejandra Orozco's results are still to review: "
                         "F8 goes to the next."), said  # before her last, what is left of hers (H337-03)
    assert "left to review" not in said
    panel.table.selectAll()
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # the rest
    said = window.statusBar().currentMessage()
    assert said.endswith("Edit > Undo takes the review back. None of Alejandra Orozco's results is left to review. "
                         "1 client of the list still waits for one: Ctrl+L goes back to the list, where Enter opens "
                         "the next."), said


def test_r111_01_the_review_of_a_clients_last_result_is_heard_whole(qtbot, window, repo, monkeypatch, announcements):
    """V109-04 showed "None of Alejandra Orozco's results is left to review. 1 client of the list
    still waits ..." in the status bar only: a screen reader heard "3 results marked reviewed by
    ...", and the attorney listening was not told that her last was done nor the way to the next."""
    panel = _first_opened_from_the_queue(qtbot, window, repo, monkeypatch, ("Alejandra Orozco", "Bruno Ramos"))
    panel.table.selectAll()
    announcements.clear()
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    heard = " ".join(message for _source, message, _politeness in announcements)
    assert "marked reviewed by" in heard, heard
    assert ("None of Alejandra Orozco's results is left to review. 1 client of the list still waits for one: "
            "Ctrl+L goes back to the list, where Enter opens the next.") in heard, heard
    assert heard.count("marked reviewed by") == 1, heard
