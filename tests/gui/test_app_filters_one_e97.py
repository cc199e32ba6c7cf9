"""E97-03: every event of the program (moves, resizes, layouts, paints: ~1,440 when a client is
opened) passed through the window's three application-wide filters in turn, a Python call each.
They are now asked through one filter on the application (ui.app_filters.ApplicationFilters),
each of the events of its own kinds only: a key to the Alt+letter and Ctrl+Z filters, a wheel
turn or a plain event (Polish) to the wheel's.  What each does with its events is
test_app_filters_cheap_e96's and the key, undo and wheel tests' (unchanged)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimerEvent
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.keys import AltKeysAreNotText
from ui.undo import FieldUndoFallsThrough
from ui.wheel import WheelScrollsThePage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


class _Asked:
    """The filters each event sent to `target` was handed to, by name (a key no widget takes
    goes on to the parent, and the filters see it again there: not counted)."""

    def __init__(self) -> None:
        self.target: QObject | None = None
        self.seen: list[tuple[str, QEvent]] = []

    def handed(self, event: QEvent) -> list[str]:
        return [name for name, handed in self.seen if handed is event]


@pytest.fixture
def asked(monkeypatch):
    """Patched before the window is made: PySide finds a filter's Python eventFilter when it is
    installed.  Nothing but the event is kept (a widget's Python object kept while it is being
    made takes the wrong class)."""
    asked = _Asked()
    for name, kind in (("alt", AltKeysAreNotText), ("undo", FieldUndoFallsThrough), ("wheel", WheelScrollsThePage)):
        real = kind.eventFilter

        def counted(self, watched, event, real=real, name=name):
            if asked.target is not None and watched is asked.target:
                asked.seen.append((name, event))
            return real(self, watched, event)

        monkeypatch.setattr(kind, "eventFilter", counted)
    return asked


def test_each_filter_is_handed_only_the_events_of_its_kinds(qtbot, asked, window):
    target = asked.target = window.centralWidget()
    _handed = asked.handed
    timer = QTimerEvent(12345)  # a kind none of them acts on: passed with none of them asked
    QApplication.sendEvent(target, timer)
    assert _handed(timer) == []  # ["wheel", "alt", "undo"] before
    key = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(target, key)
    assert _handed(key) == ["alt", "undo"]  # in the order Qt asked them
    plain = QEvent(QEvent.Type.LayoutRequest)
    QApplication.sendEvent(target, plain)
    assert _handed(plain) == ["wheel"]
    at = QPointF(5, 5)
    turn = QWheelEvent(at, QPointF(target.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, turn)
    assert _handed(turn) == ["wheel"]
