"""E96-01: the window's three application-wide filters (ui.keys.AltKeysAreNotText,
ui.undo.FieldUndoFallsThrough, ui.wheel.WheelScrollsThePage) see every event of the program:
paints, timers, moves, ~7,000 in a GUI test.  Each asked event.type(), which builds an enum, of
every one, to act on a few; they now ask the event's class first (a key is a QKeyEvent, a turn a
QWheelEvent, Polish a plain QEvent), and an event of none of those kinds passes without its type
asked.  What each does with the events it acts on is unchanged: shown here on the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


class _AskedEvent(QEvent):
    """An event that counts how often its type is asked (a filter receives this very object)."""

    def __init__(self, kind: QEvent.Type):
        super().__init__(kind)
        self.asked = 0

    def type(self) -> QEvent.Type:  # noqa: A003 - QEvent's name
        self.asked += 1
        return super().type()


def test_an_event_no_filter_acts_on_passes_without_its_type_asked(qtbot, window):
    assert window._alt_keys and window._field_undo and window._wheel  # the window's filters are on
    for kind in (QEvent.Type.LayoutRequest, QEvent.Type.User):  # events that are a plain QEvent
        event = _AskedEvent(kind)
        QApplication.sendEvent(window.centralWidget(), event)
        assert event.asked == 0, kind


def test_each_filter_still_acts_on_its_events(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(probation_client("Filtra Barata")))
    page = QWidget()
    layout = QVBoxLayout(page)
    name, box = QLineEdit(), QComboBox()
    box.addItems(["Probation", "No probation"])
    layout.addWidget(name)
    layout.addWidget(box)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    # Polish: a box made now no longer takes the focus from a wheel turn.
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # A wheel turn over the unfocused box: the box never sees it (no scroll area to hand it to).
    at = QPointF(box.width() / 2, box.height() / 2)
    turn = QWheelEvent(at, QPointF(box.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(box, turn)
    assert box.currentIndex() == 0
    # Alt+letter: not typed into the field.
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClick(name, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert name.text() == ""
    QTest.keyClicks(name, "Ana")
    assert name.text() == "Ana"
    # Ctrl+Z with nothing left to undo in the field: the field does not claim it.
    name.undo()
    assert name.text() == "" and not name.isUndoAvailable()
    # (Qt asks the focused widget with a ShortcutOverride before it runs a shortcut)
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(name, override)
    assert not override.isAccepted()
