"""S140-02: the empty caseload's steps were a line each (E138-01), but the first ran over two
("No clients yet: add one with ..., start Caseload > Clinic intake mode (Ctrl+I) for a clinic
event (...)," then "or bring in a laptop's clients ..."), and at 15 pt four of the six wrapped
in the window's first size (1,710 pixels for the first in a label of 1,264).  Each step is a
sentence of its own, whole on its line at the window's first size, at 9 pt and at 15 pt."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from tests.gui.conftest import TODAY
from tests.gui.test_intake_large_font_s100 import program_font


@pytest.mark.parametrize("points", [9, 12, 15])
def test_each_step_is_one_line_whole_at_the_windows_first_size(qtbot, repo, points):
    from ui.main_window import MainWindow

    with program_font(points):
        window = MainWindow(repo, today=TODAY, automatic_backups=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)  # the window's first size (MainWindow's, on a screen with the room)
        window.show()
        qtbot.waitExposed(window)
        window.load()
        label = window.caseload.empty_label
        qtbot.waitUntil(lambda: label.width() == window.caseload.table.width())  # laid out at the window's width
        lines = label.text().split("\n")
        assert len(lines) >= 6 and all(line[0].isupper() for line in lines)  # a sentence each, none begun "or ..."
        room = label.contentsRect().width() - 2 * label.margin()
        metrics = QFontMetrics(label.font())
        assert all(metrics.horizontalAdvance(line) <= room for line in lines), [
            (metrics.horizontalAdvance(line), room, line) for line in lines if metrics.horizontalAdvance(line) > room]
        assert label.heightForWidth(label.width()) <= len(lines) * metrics.lineSpacing() + label.contentsMargins().top() \
            + label.contentsMargins().bottom() + 2 * label.margin() + 1  # no line wrapped to a second
