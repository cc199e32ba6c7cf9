"""V92-02: an input method may put right a letter already typed, not only add one: the Mac's
press-and-hold accent ("e" held, then "é" chosen) and the Vietnamese Telex input methods of IBus
(ibus-bamboo: "Nguyeen" -> "Nguyên") send the new letter as an input-method commit that replaces
the letters before the cursor, or delete them with an input-method event that commits nothing.
Typed at once after Ctrl+I, R91-01's TextTypedAhead held such a commit's text alone and dropped
a deletion, so intake's Name box read "Joseé Ruiz" for "José Ruiz".  What the input method
replaces is now replaced in the Name box too, as it would have been in the field it was meant for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent

from tests.gui.test_intake_keeps_keys_typed_ahead_m89 import _name_at_intake, _on_the_list, _posted_while_intake_is_built

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

NO = Qt.KeyboardModifier.NoModifier


def _typed_ahead(qtbot, window, repo, monkeypatch, queued) -> tuple[str, str]:
    _on_the_list(qtbot, window, repo)
    box = window.caseload.search
    box.setFocus()
    _posted_while_intake_is_built(monkeypatch, lambda: [(box, event) for event in queued()])
    return _name_at_intake(qtbot, window, " Ruiz"), box.text()


def _keys(text: str) -> list[QKeyEvent]:
    return [QKeyEvent(kind, Qt.Key(ord(letter.upper())), NO, letter)
            for letter in text for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)]


def _commit(text: str, start: int = 0, length: int = 0) -> QInputMethodEvent:
    event = QInputMethodEvent()
    event.setCommitString(text, start, length)
    return event


def test_v92_02_a_commit_that_replaces_the_letter_before_it_replaces_it_in_the_name_box(qtbot, window, repo, monkeypatch):
    # "e" held down, then "é" chosen from the accents offered: "é" replaces the "e" before it.
    name, search = _typed_ahead(qtbot, window, repo, monkeypatch, lambda: _keys("Jose") + [_commit("é", -1, 1)])
    assert name == "José Ruiz"
    assert search == ""


def test_v92_02_a_deletion_then_a_commit_from_the_input_method(qtbot, window, repo, monkeypatch):
    # ibus-bamboo's Telex: "Jos", "e", "e" typed; it deletes the "e" before the cursor (an event
    # that commits nothing), then commits "ê".
    name, search = _typed_ahead(qtbot, window, repo, monkeypatch,
                                lambda: _keys("Jose") + [_commit("", -1, 1), _commit("ê")])
    assert name == "Josê Ruiz"
    assert search == ""
