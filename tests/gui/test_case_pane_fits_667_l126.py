"""L126-01: on the Record tab at 200% with 12 pt text, in the window a 1366 x 768 laptop gives
(667 wide), the case pane scrolled both ways: its form was 441 pixels wide in a view of 298.
Two box titles do not wrap ("Conditions (classes, programs, community service)", 441 pixels;
"Diversion or deferred entry of judgment", 351) and the Program drop-down asked the width of
"Deferred entry of judgment (DEJ)".  Where the pane lacks the room, the titles are shorter
("Conditions", "Diversion or DEJ") and the drop-down, closed, says "Deferred entry (DEJ)", its
list the whole title; with the room, all as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, laptop_200, program_font  # noqa: F401 - a fixture
from ui.forms import set_combo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

DEJ = "Deferred entry of judgment (DEJ)"


def _case_pane(qtbot, window, repo, width: int, height: int):
    window.load()
    window.open_client(repo.add_client(on_probation()))
    view = window.client_view
    view.tabs.setCurrentIndex(0)
    set_combo(view.record.case_form.program_kind, "dej")
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(50)
    return view.record.case_scroll, view.record.case_form


def test_l126_01_at_667_wide_with_12_pt_the_case_form_fits_its_pane(qtbot, window, repo, laptop_200):
    with program_font(12):
        scroll, form = _case_pane(qtbot, window, repo, LAPTOP_200.width(), LAPTOP_200.height())
        port = scroll.viewport()
        assert form.width() <= port.width(), (form.width(), port.width())
        assert not scroll.horizontalScrollBar().isVisible()
        for widget in form.findChildren(QWidget):
            if widget.isVisible() and all(parent.isVisible() for parent in (widget.parentWidget(),)):
                place = QRect(widget.mapTo(port, QPoint(0, 0)), widget.size())
                assert place.right() < port.width(), (type(widget).__name__, place, port.width())
        assert form.conditions_box.title() == "Conditions"
        assert form.conditions_box.accessibleName() == "Conditions (classes, programs, community service)"
        program = form.program_kind
        assert program.parentWidget().parentWidget().title() == "Diversion or DEJ"
        # Closed, the shorter words, whole in the box; its list and a screen reader the whole title.
        assert program.currentText() == DEJ and program.shown_text() == "Deferred entry (DEJ)"
        assert program.fontMetrics().horizontalAdvance(program.shown_text()) < program.width()
        assert program.toolTip() == DEJ
        assert DEJ in [program.itemText(i) for i in range(program.count())]


def test_l126_01_with_room_the_titles_and_the_program_are_whole(qtbot, window, repo):
    scroll, form = _case_pane(qtbot, window, repo, 1280, 760)
    assert form.conditions_box.title() == "Conditions (classes, programs, community service)"
    assert form.program_kind.parentWidget().parentWidget().title() == "Diversion or deferred entry of judgment"
    assert form.program_kind.shown_text() == DEJ and not form.program_kind.toolTip()
    assert not scroll.horizontalScrollBar().isVisible()
