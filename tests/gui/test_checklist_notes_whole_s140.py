"""S140-04: a note said beside a condition's tick once the Checklist was shown started cut, and
stayed so (a resize did not mend it).  A completed day typed after the checklist's day said
"Completed: after 2026-11-22, the day of this checklist; enter the date once it is done" in a
box beside the tick, which its line did not give the height its wrapped words need: at 12 pt in
a 1366-wide window one line of its two, cut top and bottom; at 15 pt in a 667-wide window a
column 123 pixels wide and one line of its nine tall, the page wider than its tab.  The notes go
under the tick, in line with its words, as the words of what is left do (R120-03) and as the
payment form's note goes under its two lines (L135-01).  The other wrapping words of a case box
(the probation and fines lines beside their bars, the AB 1950 note, the words under the ticks,
a count refused) start whole, or are whole by the next turn of the event loop, at 9, 12, 15 pt."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import TODAY
from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _cut(page) -> list[tuple[int, int, str]]:
    """Each wrapped label shown with less height than its words need at its width."""
    return [(label.height(), label.heightForWidth(label.width()), label.text()[:40]) for label in page.findChildren(QLabel)
            if label.wordWrap() and label.isVisible() and label.text() and label.height() < label.heightForWidth(label.width())]


def _letter_written():
    """on_probation's client, the letter of apology written on 2026-11-01."""
    client = on_probation()
    client.cases[0].conditions[2].completed_on = date(2026, 11, 1)
    return client


def _checklist(qtbot, repo, monkeypatch, points: float, width: int):
    from ui.main_window import MainWindow

    if width == LAPTOP_200.width():
        monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.resize(width, 688)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    window.open_client(repo.add_client(_letter_written()))
    window.client_view.tabs.setCurrentIndex(1)
    checklist = window.client_view.checklist
    qtbot.waitUntil(lambda: not _cut(checklist.page))  # the page as it first stands: nothing cut
    return checklist


def _typed(field, text: str) -> None:
    """`text` typed over the field's and the field left."""
    field.setText(text)
    field.editingFinished.emit()


@pytest.mark.parametrize("points,width", [(9, 1280), (12, 1366), (15, LAPTOP_200.width())])
def test_a_completed_day_refused_is_said_whole_under_the_tick(qtbot, repo, monkeypatch, points, width):
    with program_font(points):
        checklist = _checklist(qtbot, repo, monkeypatch, points, width)
        tick, day = checklist.control("c1", "tick", 2), checklist.control("c1", "completed", 2)
        _typed(day, "2030-01-01")
        note = checklist.notes[("c1", "tick", 2)]
        assert note.text().startswith("Completed: after 2026-11-22") and note.isVisible()
        qtbot.waitUntil(lambda: not _cut(checklist.page), timeout=1000)
        port = checklist.viewport()
        assert note.mapTo(port, note.rect().topLeft()).y() >= day.mapTo(port, day.rect().bottomLeft()).y()  # under the line
        assert note.mapTo(port, note.rect().topLeft()).x() + note.indent() >= tick.mapTo(port, tick.rect().topLeft()).x()

