"""K99-06: at intake, a case added, Ctrl+P shows the client's handout; Escape closes it.  The
keyboard was then in the Offense, not in the Case number where it had been, and the next
case's number typed went into the offense ("LA700700" as the offense, the number blank), on a
real X server (Xvfb) as offscreen.  The keyboard is given back where it was when the preview
closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import show_active, type_intake_case
from tests.gui.test_dialog_keyboard import intake  # noqa: F401  (fixture: a client started by the keyboard)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k99_06_after_the_handout_preview_the_keyboard_is_back_in_the_case_number(qtbot, intake, monkeypatch):
    from ui.handout_dialog import HandoutDialog

    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    dialog = intake
    type_intake_case(qtbot, dialog, "BA500500", "3/5/2016", offense="484")
    assert dialog.case_message.text() == "Case 1 added and screened." and dialog.case_number.hasFocus()
    seen = []

    def escape_the_preview() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, HandoutDialog):
            QTimer.singleShot(20, escape_the_preview)
            return
        show_active(qtbot, preview)
        seen.append(type(preview).__name__)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape_the_preview)
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["HandoutDialog"]
    show_active(qtbot, dialog)  # the window system gives intake the keyboard back
    qtbot.keyClicks(QApplication.focusWidget(), "LA700700")
    assert (dialog.case_number.text(), dialog.conviction.offense.text()) == ("LA700700", "")
