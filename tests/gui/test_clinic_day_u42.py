"""U42: a volunteer attorney's first clinic day, from the README, at the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TODAY

# The event box's completion list is a popup the offscreen platform cannot raise or grab for.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_u42_01_enter_in_the_event_kept_from_the_last_client_starts_the_next_one(qtbot, repo):
    """The second walk-in of the day: name, Tab, date of birth, Tab to the Event the first one
    left ("Pomona fair", all of it selected by the Tab), Enter.  The Enter only took the box's
    completion: no client was started, and the case number typed next went into the event's
    name ("Pomona fairLA200002")."""
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=["Pomona fair"])
    qtbot.addWidget(dialog)
    dialog.event.setCurrentIndex(0)  # kept from the client before, as Next client keeps it
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Luis Testcliente")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "1975-07-02")
    for _ in range(3):  # US citizen, Handout language, Event
        _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.event.hasFocus() and dialog.event.lineEdit().selectedText() == "Pomona fair"
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.case_number.hasFocus()
    (client_id,) = repo.search_ids("Testcliente")
    assert repo.get_client(client_id).event == "Pomona fair"
    qtbot.keyClicks(QApplication.focusWidget(), "LA200002")
    assert dialog.event.currentText() == "Pomona fair" and dialog.case_number.text() == "LA200002"
