"""K224-01: the caseload's six filter boxes were polished before the window's application filter
was on, so they kept Qt's focus by the wheel (P213): a paralegal's wheel turn over one of them,
scrolling the list, gave it the focus and then changed the filter.  A turn over a box not being
edited never changes it (ui.wheel), these six included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k224_01_a_wheel_turn_over_a_caseload_filter_leaves_the_filter_as_it_was(qtbot, window, repo):
    repo.add_client(probation_client("Ada Aguilar", event="Pasadena 2026-11", language="es"))
    repo.add_client(probation_client("Bea Bravo", event="Compton 2026-10"))
    window.load()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the filters' row laid out: a turn aimed at a box meets it
    caseload = window.caseload
    boxes = (caseload.event, caseload.remedy, caseload.outcome, caseload.language, caseload.county, caseload.newly_since)
    changed = []
    for box in boxes:
        before = _value(box)
        # A real turn, through the window as the pointer gives it (spontaneous: Qt gives a box
        # that takes the focus by the wheel the focus first, then the turn).
        QTest.wheelEvent(window.windowHandle(), box.mapTo(window, box.rect().center()), QPoint(0, -120))
        if _value(box) != before or box.hasFocus():
            changed.append(box.accessibleName())
    assert changed == []
    # Clicked into first, a filter box still steps through its choices by the wheel.
    window.activateWindow()
    caseload.remedy.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(caseload.remedy.hasFocus)
    QTest.wheelEvent(window.windowHandle(), caseload.remedy.mapTo(window, caseload.remedy.rect().center()), QPoint(0, -120))
    assert caseload.remedy.currentIndex() == 1


def _value(box):
    return box.currentIndex() if isinstance(box, QComboBox) else box.date()

