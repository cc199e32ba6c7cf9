"""The test's watch for an unanswered box gives each box its own full wait (P80-02, from R74)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

import tests.gui.conftest as gui_conftest
from tests.gui.conftest import BoxWatch, UnansweredBoxes


def _modal_box(title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text)
    box.setModal(True)
    box.show()
    return box


def test_p80_02_a_box_opened_as_another_closes_waits_its_own_time(qtbot, monkeypatch):
    """A test answers one box and the program at once asks another, between two of the watch's
    looks.  Kept by id(), the second box could take the first's number (CPython and Qt reuse
    a freed box's memory) and its time: it was closed as unanswered one look after it opened,
    failing a test that was about to answer it.  Here every box gets one number, as that reuse
    would give them."""
    monkeypatch.setattr(gui_conftest, "id", lambda _box: 1, raising=False)
    now = [0.0]
    unanswered = UnansweredBoxes()
    unanswered.limit_s = 20
    watch = BoxWatch(unanswered, clock=lambda: now[0])

    first = _modal_box("First question", "Back up now?")
    watch.look()  # seen at 0 s
    now[0] = 15.0
    watch.look()
    first.done(QMessageBox.StandardButton.Yes)  # answered by the test
    second = _modal_box("Second question", "Replace last week's backup?")
    qtbot.addWidget(second)
    now[0] = 21.0  # the first would have waited 21 s; the second has waited under 6
    watch.look()
    assert second.isVisible() and unanswered.said == []

    now[0] = 36.0  # first seen at 21 s: 15 s
    watch.look()
    assert second.isVisible() and unanswered.said == []
    now[0] = 41.0  # 20 s of its own: nobody will answer it
    watch.look()
    assert not second.isVisible()
    assert unanswered.said == ["Second question Replace last week's backup?"]
    qtbot.addWidget(first)
