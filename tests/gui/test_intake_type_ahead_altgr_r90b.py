"""R90b-02: on Windows a letter typed with AltGr (Ł, ą, ß on Polish or German keyboards, @ on
Spanish ones) comes to Qt as Ctrl+Alt with its text, and a line edit types it (Qt's own rule:
only Ctrl alone, or Ctrl+Shift, is a command there).  M89-02 held for intake's Name box only
keys with no Ctrl or Alt, so "Łukasz" typed at once after Ctrl+I came in as "ukasz".  A key
with Ctrl and Alt together and printable text is now held as the text it types; Ctrl+N,
Ctrl+Shift+letters and Alt+letters are still dropped (M89-02's second test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_intake_keeps_keys_typed_ahead_m89 import _name_at_intake, _on_the_list, _typed_while_intake_is_built

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
NO = Qt.KeyboardModifier.NoModifier


def test_r90b_02_a_letter_typed_with_altgr_as_intake_opens_is_in_its_name_box(qtbot, window, repo, monkeypatch):
    _on_the_list(qtbot, window, repo)
    _typed_while_intake_is_built(monkeypatch, window, [(Qt.Key.Key_L, "Ł", ALT_GR | Qt.KeyboardModifier.ShiftModifier),
                                                       (Qt.Key.Key_U, "u", NO)])
    assert _name_at_intake(qtbot, window, "kasz") == "Łukasz"


def test_r90b_02_alt_or_ctrl_with_a_letter_is_still_not_typed(qtbot, window, repo, monkeypatch):
    _on_the_list(qtbot, window, repo)
    _typed_while_intake_is_built(monkeypatch, window, [(Qt.Key.Key_S, "s", Qt.KeyboardModifier.AltModifier),
                                                       (Qt.Key.Key_X, "X", Qt.KeyboardModifier.ControlModifier
                                                        | Qt.KeyboardModifier.ShiftModifier),
                                                       (Qt.Key.Key_R, "R", Qt.KeyboardModifier.ShiftModifier)])
    assert _name_at_intake(qtbot, window, "osa") == "Rosa"
