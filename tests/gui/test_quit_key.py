"""W29-02: File > Quit has a key on every platform: the platform's own, or Ctrl+Q where it has none."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.gui.conftest import TODAY, let_go
from tests.gui.menus import menu_item

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@contextmanager
def _window_on(monkeypatch, repo, platform_keys: list[str]):
    """The main window as on a platform whose StandardKey.Quit is `platform_keys` (Windows: none)."""
    from ui.main_window import MainWindow

    real = QKeySequence.keyBindings
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(
        lambda key: [QKeySequence(k) for k in platform_keys] if key == QKeySequence.StandardKey.Quit else real(key)))
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    window.show()
    try:
        yield window
    finally:
        let_go(window)


def _quit_action(window):
    return menu_item(window, "File", "Quit")


def test_w29_02_where_the_platform_has_no_quit_key_ctrl_q_quits(qtbot, monkeypatch, repo):
    with _window_on(monkeypatch, repo, []) as window:  # Windows: StandardKey.Quit is empty
        assert _quit_action(window).shortcuts() == [QKeySequence("Ctrl+Q")]
        window.load()
        window.activateWindow()  # a window's shortcuts answer only while it is the active one
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.caseload.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.parametrize("keys", [["Ctrl+Q"], ["Ctrl+Shift+Q", "Alt+F4"]])
def test_w29_02_the_platforms_own_quit_keys_are_kept(qtbot, monkeypatch, repo, keys):
    with _window_on(monkeypatch, repo, keys) as window:
        assert _quit_action(window).shortcuts() == [QKeySequence(k) for k in keys]
