"""P213-01: the client page's ~900 widgets, made at a window's first open (or ahead of it), sent
~3,900 events as they were made, each a Python call to the window's application filter that no
filter acted on but for a box's Polish: ~20 ms of the first open.  The page is made with the
filter off the application now; on again after, the boxes polished meanwhile left as the wheel's
filter leaves them (no focus by the wheel), and a key is handed to the filters as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from tests.gui.conftest import probation_client
from ui.app_filters import ApplicationFilters

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def handed(monkeypatch):
    """The events handed to any window's application filter, by kind (patched before the window
    is made: PySide finds a filter's Python eventFilter when it is installed)."""
    seen: list[QEvent.Type] = []
    real = ApplicationFilters.eventFilter

    def counted(self, watched, event):
        seen.append(event.type())
        return real(self, watched, event)

    monkeypatch.setattr(ApplicationFilters, "eventFilter", counted)
    return seen


def test_the_client_page_is_made_out_of_the_filters_way_and_they_come_back(qtbot, handed, window, repo):
    client_id = repo.add_client(probation_client("Amaya Reyes"))
    window.load()
    handed.clear()
    page = window._client_view()
    assert len(handed) < 50  # 3,869 before, none of them acted on but a box's Polish
    boxes = [box for kind in (QComboBox, QAbstractSpinBox) for box in page.findChildren(kind)]
    polished = [box for box in boxes if box.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)]
    assert polished  # made with the filter off: their Polish is caught up after
    assert all(box.focusPolicy() == Qt.FocusPolicy.StrongFocus for box in polished)
    # On the application again: a key to the page is handed to the filters, and the boxes
    # polished as it is shown are left as the wheel's filter leaves them.
    key = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    handed.clear()
    QApplication.sendEvent(page, key)
    assert QEvent.Type.KeyRelease in handed
    window.open_client(client_id)
    qtbot.waitUntil(lambda: all(box.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
                                for box in page.findChildren(QComboBox) if box.isVisible()))
    shown = [box for kind in (QComboBox, QAbstractSpinBox) for box in page.findChildren(kind)
             if box.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)]
    assert len(shown) > len(polished)
    assert all(box.focusPolicy() == Qt.FocusPolicy.StrongFocus for box in shown)


def test_intake_first_makes_the_client_page_before_holding_the_typing(qtbot, monkeypatch, window):
    """Made while the keys typed ahead were held (ui.keys.TextTypedAhead, M89-02), the page's
    filter, put back on the application, was asked before the holder: an Alt+letter or a Ctrl+Z
    typed then went to the window's filters first."""
    import ui.intake
    import ui.keys

    held_with_the_page: list[bool] = []
    holding = ui.keys.TextTypedAhead.__enter__

    def enter(typed):
        held_with_the_page.append(window.client_view is not None)
        return holding(typed)

    monkeypatch.setattr(ui.keys.TextTypedAhead, "__enter__", enter)
    monkeypatch.setattr(ui.intake.IntakeDialog, "exec", lambda dialog: dialog.reject())
    assert window.client_view is None  # intake the window's first use of the page
    window.start_intake()
    assert held_with_the_page == [True]  # [False] before
