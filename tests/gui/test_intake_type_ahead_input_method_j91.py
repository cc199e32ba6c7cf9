"""J91-02 (R90b's "Left alone"): a name typed with an input method (ibus, a Vietnamese or CJK
one; a dead-key compose on some systems) comes to Qt as a QInputMethodEvent carrying the text it
commits, sent to the field that has the keyboard, not as key presses.  While intake was built
after Ctrl+I, TextTypedAhead held key presses only: a commit went on to the caseload window's
search box, which filtered the list by it, and intake's Name box never had it.  It is now held,
as text, and given to the Name box with the keys typed, in the order typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent

from tests.gui.test_intake_keeps_keys_typed_ahead_m89 import _name_at_intake, _on_the_list, _posted_while_intake_is_built

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _committed(text: str) -> QInputMethodEvent:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    return event


def test_j91_02_text_an_input_method_commits_as_intake_opens_is_in_its_name_box(qtbot, window, repo, monkeypatch):
    _on_the_list(qtbot, window, repo)
    search = window.caseload.search
    search.setFocus()
    # As an input method sends them: a composition shown (preedit), then committed, to the
    # field with the keyboard; a plain key between them.
    _posted_while_intake_is_built(monkeypatch, lambda: [
        (search, QInputMethodEvent("Nguy", [])),
        (search, _committed("Nguyễn")),
        *((window.windowHandle(), QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " "))
          for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)),
        (search, _committed("Thị"))])
    assert _name_at_intake(qtbot, window, " Lan") == "Nguyễn Thị Lan"
    assert search.text() == ""
