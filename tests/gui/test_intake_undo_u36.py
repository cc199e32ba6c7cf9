"""U36: clinic intake and the window's history: Undo and Redo of intake's own steps inside
intake, and the record open left (saved, or asked about) before intake starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import probation_client, show_active, type_over

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# The modal intake dialog, offscreen, asks what the offscreen platform does not do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _in_intake(qtbot, window, at_the_table, press) -> list:
    """`press()` (Ctrl+I, say); if intake opens, `at_the_table(dialog)` runs in it, then Done.
    Returns [what at_the_table returned] when intake opened, [] when it did not."""
    from ui.intake import IntakeDialog

    seen: list = []
    pressed = []

    def in_it() -> None:
        if pressed:
            return  # intake did not open: nothing to do here, nor in a later test's intake
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, IntakeDialog):
            QTimer.singleShot(10, in_it)
            return
        try:
            seen.append(at_the_table(dialog))
        finally:
            dialog._clear_case()  # whatever happened, no "case not added" question on Done
            dialog.name.clear()
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_it)
    press()
    pressed.append(True)
    return seen


def _on_record(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Rosa Diaz"))
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    return window.client_view, client_id


# ---- U36-02: Ctrl+I with typing not saved on the Record page ------------------------------

def test_u36_02_typing_on_the_record_is_saved_before_intake_so_undo_takes_back_intakes_steps_first(qtbot, window, repo):
    # The name corrected (the field not left), then Ctrl+I: intake opened over the typing, not
    # saved; the first Ctrl+Z after intake saved it and took it back, before intake's steps.
    view, client_id = _on_record(qtbot, window, repo)
    field = view.record.person.name
    type_over(qtbot, field, "Rosa Diaz Ruiz")
    seen = _in_intake(qtbot, window, lambda dialog: (repo.get_client(client_id).name, window.undo_action.text()),
                      lambda: qtbot.keyClick(field, Qt.Key.Key_I, CTRL))
    assert seen == [("Rosa Diaz Ruiz", "&Undo Edit name (Rosa Diaz Ruiz)")]
    assert window.pages.currentWidget() is not view  # left, as for any other client: the list shows intake's


def test_u36_02_typing_that_cannot_be_saved_is_asked_about_before_intake(qtbot, window, repo, monkeypatch):
    view, client_id = _on_record(qtbot, window, repo)
    field = view.record.person.dob
    type_over(qtbot, field, "1985-13-01")
    asked = []
    answer = [False]
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append((problem, where)) or answer[0])

    seen = _in_intake(qtbot, window, lambda dialog: "opened", lambda: qtbot.keyClick(field, Qt.Key.Key_I, CTRL))
    assert seen == [] and window.pages.currentWidget() is view and field.text() == "1985-13-01"  # stayed to fix it
    assert [where for _problem, where in asked] == ["start clinic intake"]
    assert asked[0][0].startswith("Date of birth: Not a date")

    answer[0] = True
    seen = _in_intake(qtbot, window, lambda dialog: "opened", lambda: qtbot.keyClick(field, Qt.Key.Key_I, CTRL))
    assert seen == ["opened"] and len(asked) == 2
    assert str(repo.get_client(client_id).person.dob) == "1985-03-14"  # discarded, as chosen


# ---- U36-01: Undo and Redo of intake's own steps, inside intake ----------------------------

def _start(qtbot, dialog, name: str) -> None:
    type_over(qtbot, dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)


def _add_case(qtbot, dialog, case_number: str) -> None:
    qtbot.keyClicks(dialog.case_number, case_number)
    dialog.conviction.offense.setFocus()
    qtbot.keyClicks(dialog.conviction.offense, "PC 459")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)


def _stored(path) -> list[tuple[int, str, int]]:
    """The caseload's clients, read afresh (a second Repository, as another desk)."""
    from db.repository import Repository

    with Repository.open(path, user="desk-2") as other:
        return [(c.id, c.name, len(c.cases)) for c in other.iter_clients()]


def _boxes(dialog) -> tuple:
    """What intake shows: the client's number, box 1's name, box 3's lines."""
    return (dialog.client.id if dialog.client else None, dialog.name.text(),
            [dialog.results.item(row).text().split(":")[0] for row in range(dialog.results.count())])


def test_u36_01_a_client_made_twice_is_taken_back_inside_intake_by_ctrl_z_and_its_steps_follow(qtbot, window, repo, monkeypatch):
    # Intake is modal: Ctrl+Z there undid only a field's typing, and the client made twice at
    # the table could be taken back only after Done, in the window.
    older = repo.add_client(probation_client("Rosa Diaz"))  # a step of the window's, before intake
    window.load()
    window.caseload.select_client(older)
    monkeypatch.setattr("ui.main_window.ask_delete_client", lambda _parent, _client: True)
    window.delete_client()
    asked = []
    answer = [False]
    monkeypatch.setattr("ui.intake.ask_lose_typing", lambda _parent, typed, step, _does=None: asked.append((typed, step)) or answer[0],
                        raising=False)

    def at_the_table(dialog) -> list:
        show_active(qtbot, dialog)
        _start(qtbot, dialog, "Maria Lopez")
        _add_case(qtbot, dialog, "BA300003")
        first = dialog.client.id
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_N, CTRL)
        _start(qtbot, dialog, "Maria Lopez")  # the same client again, by mistake
        # Its steps name it apart from the first, as any namesake's are (K370-02).
        second = dialog.client.id
        assert _stored(repo.path) == [(first, "Maria Lopez", 1), (second, "Maria Lopez", 0)]

        # A case typed for the second, not added: the step would show no client, so it is asked.
        qtbot.keyClicks(dialog.case_number, "LA1")
        dialog.conviction.offense.setFocus()
        qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Z, CTRL)
        assert asked == [("The case typed in box 2", 'undoing "Add client at intake (Maria Lopez, no date of birth)"')]
        assert len(_stored(repo.path)) == 2 and dialog.case_number.text() == "LA1"  # stayed
        assert dialog.undo_button.isEnabled() and dialog.undo_button.toolTip().startswith(
            "Undo Add client at intake (Maria Lopez, no date of birth)")
        answer[0] = True
        qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Z, CTRL)
        assert _stored(repo.path) == [(first, "Maria Lopez", 1)]
        assert _boxes(dialog) == (None, "", []) and dialog.case_number.text() == ""
        assert dialog.person_rows[0].message.text() == ("Undone: Add client at intake (Maria Lopez, no date of birth). "
                                                        "They are no longer in the caseload; box 1 is empty for the next client.")
        assert [row.name for row in window.caseload.model.all_rows()] == ["Maria Lopez"]

        qtbot.keyClick(dialog.name, Qt.Key.Key_Z, CTRL | SHIFT)  # back under the same number
        assert _stored(repo.path) == [(first, "Maria Lopez", 1), (second, "Maria Lopez", 0)]
        assert _boxes(dialog) == (second, "Maria Lopez", []) and dialog.case_box.isEnabled()
        assert dialog.case_message.text() == "Redone: Add client at intake (Maria Lopez, no date of birth)."
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        assert _boxes(dialog) == (None, "", [])

        # Then the first client's case: the boxes show them, the case gone from box 3.
        dialog.undo_button.click()
        assert _stored(repo.path) == [(first, "Maria Lopez", 0)]
        assert _boxes(dialog) == (first, "Maria Lopez", []) and dialog.best.text() == "Maria Lopez: No case entered yet"
        assert dialog.case_message.text() == ("Undone: Add case BA300003 (Maria Lopez). Its typing is back in box 2: "
                                              "correct it and press Enter to add it again.")  # I98-01
        assert dialog.case_number.text() == "BA300003"
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Y, CTRL)
        assert _stored(repo.path) == [(first, "Maria Lopez", 1)] and _boxes(dialog)[2] and all(line.startswith("BA300003 ") for line in _boxes(dialog)[2])
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        assert _stored(repo.path) == [] and _boxes(dialog) == (None, "", [])
        # The window's delete, from before intake, is not intake's to undo.
        assert not dialog.undo_button.isEnabled()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Z, CTRL)
        return _stored(repo.path)

    seen = _in_intake(qtbot, window, at_the_table, window.intake_action.trigger)
    assert seen == [[]]
    assert window.undo_action.text() == "&Undo Delete client (Rosa Diaz)"
    assert window.redo_action.text() == "&Redo Add client at intake (Maria Lopez)"  # the first, alone when added


def test_u36_01_a_step_refused_inside_intake_is_said_as_in_the_window_and_the_boxes_stay(qtbot, window, repo):
    from db.repository import Repository
    from ui.undo import refused_text

    window.load()

    def at_the_table(dialog) -> list:
        show_active(qtbot, dialog)
        _start(qtbot, dialog, "Maria Lopez")
        _add_case(qtbot, dialog, "BA300003")
        shown = _boxes(dialog)
        with Repository.open(repo.path, user="desk-2") as desk_2:  # another desk corrects the record
            record = desk_2.get_client(dialog.client.id)
            record.cases[0].case_number = "BA300004"
            desk_2.save_client(record, expected=desk_2.get_client(record.id))
        said: list = []

        def read_and_close() -> None:  # the window's warning, parented on intake, read and closed
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                if dialog.isVisible():  # none came: nothing to close after intake
                    QTimer.singleShot(10, read_and_close)
                return
            said.append((box.text(), box.parent() is dialog))
            qtbot.keyClick(box, Qt.Key.Key_Return)

        QTimer.singleShot(0, read_and_close)
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        assert said == [(refused_text("Add case BA300003 (Maria Lopez)", undo=True), True)]
        assert _boxes(dialog) == shown and [(n, c) for _i, n, c in _stored(repo.path)] == [("Maria Lopez", 1)]
        # Dropped, as in the window: the next step of intake's is the client's, refused too.
        assert dialog.undo_button.toolTip().startswith("Undo Add client at intake (Maria Lopez)")
        return True

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [True]
