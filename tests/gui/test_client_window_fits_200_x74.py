"""X74-01: the client window fits a 1366 x 768 laptop at 200% (683 x 384 for Qt; 667 x 344 for
the window, less its frame, title bar and the taskbar: ui.screen_fit.FRAME).

Its least height was its tallest page's: the Eligibility page asked 253 pixels, and the window
379, 35 more than the screen leaves (X72), so its status bar, where "Saved", the search hint
and the re-screen's result are said, was below the screen's edge.  The Record, Eligibility and
History pages now scroll where the window is shorter than they are, nothing on them squeezed,
and the control the keyboard goes to is scrolled into sight."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# 1366 x 768 at 200%, less the window's frame and title bar (ui.screen_fit.FRAME) and the
# taskbar's 40 logical pixels, as X72 measured it.
LAPTOP_200 = (683 - 16, 384 - 40)


def _client_with_a_long_outcome():
    """A long name, and an outcome that wraps to four lines in the header at 667 wide, as most
    demo clients' do: "Eligible now: ...; hearing ... held: record the ruling"."""
    client = probation_client("Alejandra Castañeda Peña de la Fuente", probation_end=date(2022, 5, 1))
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), hearing_on=date(2026, 11, 2))]
    return client


def _open_at_200(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(_client_with_a_long_outcome()))
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.width() == LAPTOP_200[0])  # its height is the tests' to check
    return view


def _in_sight(widget: QWidget, scroll: PageScroll) -> bool:
    """Whether the whole of `widget` shows in the scroll area's viewport."""
    port = scroll.viewport()
    top_left = widget.mapTo(port, QPoint(0, 0))
    return port.rect().contains(QRect(top_left, widget.size()))


def test_the_client_window_fits_a_laptop_at_200_percent_on_every_tab_its_status_bar_in_sight(qtbot, window, repo):
    view = _open_at_200(qtbot, window, repo)
    assert view.outcome.height() > 3 * view.outcome.fontMetrics().lineSpacing()  # the long header, wrapped
    width, height = LAPTOP_200
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        page = view.tabs.currentWidget()
        # The least the window can be, from its widgets as they are now: it was 379.
        assert window.minimumSizeHint().height() <= height, view.tabs.tabText(tab)
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)  # the window grew to its least before
        bar = window.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() < height, view.tabs.tabText(tab)
        scrolls = page.findChildren(PageScroll)
        if not scrolls:
            continue  # the Checklist scrolls itself (it is a scroll area)
        (scroll,) = scrolls
        body = scroll.widget()
        # Nothing on the page is squeezed below the least it needs to show whole: the page
        # scrolls instead (at 379 the Eligibility table had a header and half a row, X72).
        need = body.heightForWidth(body.width()) if body.hasHeightForWidth() else -1
        assert body.height() >= max(need, body.minimumSizeHint().height()), view.tabs.tabText(tab)
    # And with room to spare: the header's long outcome, the tab bar and the status bar as they
    # are, the pages ask no more than what is left.
    room = view.tabs.currentWidget().height()
    assert all(view.tabs.widget(i).minimumSizeHint().height() <= room for i in range(view.tabs.count()))


def test_where_the_page_scrolls_the_keyboard_s_control_is_scrolled_into_sight(qtbot, window, repo):
    """Tab, Shift+Tab and an Alt letter each bring the control they go to into sight."""
    view = _open_at_200(qtbot, window, repo)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    panel = view.eligibility
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the Eligibility tab
    qtbot.waitUntil(panel.table.hasFocus)
    (scroll,) = panel.findChildren(PageScroll)
    assert scroll.verticalScrollBar().maximum() > 0  # it does scroll here
    assert not _in_sight(panel.review_button, scroll)
    while not panel.review_button.hasFocus():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _in_sight(panel.review_button, scroll))
    assert not _in_sight(panel.as_of, scroll)
    qtbot.keyClick(panel.review_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "As of"
    qtbot.waitUntil(panel.as_of.hasFocus)
    qtbot.waitUntil(lambda: _in_sight(panel.as_of, scroll))
    assert not _in_sight(panel.review_button, scroll)
    # On the Record page, Tab from the client's fields on to the buttons under the cases.
    record = view.record
    qtbot.keyClick(panel.as_of, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is record)
    (scroll,) = record.findChildren(PageScroll)
    record.person.name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(record.person.name.hasFocus)
    while not record.remove_case.hasFocus():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _in_sight(record.remove_case, scroll))
