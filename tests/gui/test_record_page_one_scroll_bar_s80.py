"""S80-01: at 1366 x 768 at 200% (the window 667 x 344), the Record page showed two scroll bars
side by side at its right edge for clients with a long outcome in the header: the page's own
(X74-01) beside the case form's.  The page scrolled because the client pane and the Cases box
under it asked 183 pixels, more than the 158 a four-line outcome leaves the page; the case form
scrolls itself.  The client pane and the list of cases now ask less, so the page fits and only
the case form's bar shows; every field is still reached (the pane and the form scroll)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.client_view import PaneScroll
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py has it


def _open_at_200(qtbot, window, repo):
    """A long outcome, four lines in the header at 667 wide (demo client 31's has as many)."""
    client = probation_client("Alejandra Castañeda Peña de la Fuente", probation_end=date(2022, 5, 1))
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), hearing_on=date(2026, 11, 2))]
    window.load()
    window.open_client(repo.add_client(client))
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    return view


def test_the_record_page_shows_one_scroll_bar_at_its_right_edge_at_200_percent(qtbot, window, repo):
    view = _open_at_200(qtbot, window, repo)
    assert view.outcome.height() >= 4 * view.outcome.fontMetrics().lineSpacing()  # the long header
    record = view.record
    (page,) = record.findChildren(PageScroll)
    qtbot.waitUntil(lambda: record.case_scroll.verticalScrollBar().isVisible())  # the form scrolls
    # The page does not scroll as well: its bar was beside the form's.
    assert page.verticalScrollBar().maximum() == 0
    assert not page.verticalScrollBar().isVisible()


def test_every_field_is_still_reached_on_the_record_page_at_200_percent(qtbot, window, repo):
    view = _open_at_200(qtbot, window, repo)
    record = view.record
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    pane = next(p for p in record.findChildren(PaneScroll) if p.isAncestorOf(record.person))
    # The cases and their buttons are whole in sight, not under the fold.
    for widget in (record.cases, record.add_case, record.remove_case):
        top = widget.mapTo(record, widget.rect().topLeft()).y()
        assert 0 <= top and top + widget.height() <= record.height(), widget
    # Tab goes through the client's fields, each scrolled into sight in its pane, to the case form.
    record.person.name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(record.person.name.hasFocus)
    port = pane.viewport()
    while not record.person.notes.hasFocus():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        field = QApplication.focusWidget()
        if pane.widget().isAncestorOf(field):
            top = field.mapTo(port, field.rect().topLeft()).y()
            qtbot.waitUntil(lambda: 0 <= field.mapTo(port, field.rect().topLeft()).y() < port.height())
    assert pane.verticalScrollBar().value() > 0
