"""X76: the Eligibility page at 200% (a 1366 x 768 laptop, the client window 667 x 344).

X74-01 put the page in a scroll area.  The keyboard going to the results (Alt+L, a click on the
tab) scrolled it so the table was in sight, and the "Screening, not legal advice" banner went
above the fold with the As-of row (R75, left alone 1).  The banner is on every screen that shows
determinations, as on every printed page: it is in sight whenever the page shows (X76-01)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py


def _at_200(qtbot, window, repo, name="Alejandra Castañeda Peña de la Fuente"):
    window.load()
    client = probation_client(name, probation_end=date(2022, 5, 1))
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), hearing_on=date(2026, 11, 2))]
    window.open_client(repo.add_client(client))
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return view


def _whole_in_sight(widget: QWidget) -> bool:
    """Whether all of `widget` shows: inside each widget it lies in, up to its window."""
    if not widget.isVisible():
        return False
    rect = QRect(QPoint(0, 0), widget.size())
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if not parent.rect().contains(rect):
            return False
        child, parent = parent, parent.parentWidget()
    return True


def test_the_not_advice_banner_stays_in_sight_however_the_page_is_scrolled(qtbot, window, repo):
    view = _at_200(qtbot, window, repo)
    panel = view.eligibility
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the keyboard on the results
    qtbot.waitUntil(panel.table.hasFocus)
    (scroll,) = panel.findChildren(PageScroll)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the page does scroll at this size
    banner = panel.banner
    assert "not legal advice" in banner.text()
    assert _whole_in_sight(banner)
    bar.setValue(bar.maximum())  # the page scrolled to its foot: the review button
    assert _whole_in_sight(panel.review_button)
    assert _whole_in_sight(banner)
    # A click on the tab, from the Record tab, as the keyboard: the banner in sight.
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view.record)
    tab_bar = view.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(view.tabs.indexOf(panel)).center())
    qtbot.waitUntil(panel.table.hasFocus)
    assert _whole_in_sight(banner)
    # And the window still fits the laptop at 200% (X74-01).
    assert window.minimumSizeHint().height() <= LAPTOP_200[1]
