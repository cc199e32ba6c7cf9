"""R91-01: a letter composed by the system's input method (an accent typed with a dead key,
"é" in "José", on a Linux laptop whose keyboard goes through IBus, or any letter an input method
commits) comes to Qt as an input-method event, not a key press.  Typed at once after Ctrl+I,
with the caseload's search box holding the keyboard, M89-02's TextTypedAhead held the key
presses ("Jos" reached intake's Name box) but let the "é" through to the search box behind
intake: the walk-in came in as "Jos" and the caseload was filtered by "é".  Text an input method
commits to the window behind intake is now held with the keys, in the order typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent

from tests.gui.test_intake_keeps_keys_typed_ahead_m89 import _name_at_intake, _on_the_list, _posted_while_intake_is_built

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

NO = Qt.KeyboardModifier.NoModifier


def test_r91_01_a_letter_an_input_method_commits_as_intake_opens_is_in_its_name_box(qtbot, window, repo, monkeypatch):
    _on_the_list(qtbot, window, repo)
    box = window.caseload.search
    box.setFocus()

    def typed():
        # As the system queues them: "J", "o", "s" as keys, then "é" committed by the input
        # method, to the field that had the keyboard (the search box).
        composed = QInputMethodEvent()
        composed.setCommitString("é")
        return [*((window.windowHandle(), QKeyEvent(kind, key, NO, text))
                  for key, text in ((Qt.Key.Key_J, "J"), (Qt.Key.Key_O, "o"), (Qt.Key.Key_S, "s"))
                  for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)),
                (box, composed)]

    _posted_while_intake_is_built(monkeypatch, typed)
    assert _name_at_intake(qtbot, window, " Ruiz") == "José Ruiz"
    assert box.text() == ""
