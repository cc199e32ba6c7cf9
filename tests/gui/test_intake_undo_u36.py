"""U36: clinic intake and the window's history: Undo and Redo of intake's own steps inside
intake, and the record open left (saved, or asked about) before intake starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

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
