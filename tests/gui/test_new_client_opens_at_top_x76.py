"""X76-02: a client opened after another starts at the top of each page at 200% (the client
window 667 x 344, where the Record, Eligibility and History pages scroll, X74-01).  The scroll
of the last client's page carried over: their Eligibility page read to its foot, the next
client's opened there, its As-of date and the "Show remedies that do not apply" row out of sight
above the fold (R75, left alone 1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py


def _with_a_hearing(name):
    """An outcome that wraps to four lines in the header at 667 wide, as most demo clients' do
    (as in the X74 test): the pages have the least room."""
    client = probation_client(name, probation_end=date(2022, 5, 1))
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), hearing_on=date(2026, 11, 2))]
    return client


def test_the_next_client_opens_at_the_top_of_each_page_not_where_the_last_was_scrolled(qtbot, window, repo):
    window.load()
    first, second = (repo.add_client(_with_a_hearing(name)) for name in ("Alejandra Castañeda Peña de la Fuente", "Beto Salas Núñez de la Fuente"))
    window.open_client(first)
    view = window.client_view
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    pages = (view.eligibility, view.record)
    bars = {}
    for page in pages:  # each page of the first client read to its foot
        view.tabs.setCurrentWidget(page)
        if page is view.record:
            # The Record page fits at 667 x 344 since S80-01 (its panes scroll, not the page): it
            # scrolls at the window's least height, as with a taller header.
            window.resize(LAPTOP_200[0], window.minimumSizeHint().height())
        (scroll,) = page.findChildren(PageScroll)
        bar = bars[page] = scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # it scrolls at this size
        bar.setValue(bar.maximum())
    window.open_client(second)
    qtbot.waitUntil(lambda: view.client is not None and view.client.id == second)
    assert view.tabs.currentWidget() is view.record
    assert bars[view.record].value() == 0
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    view.tabs.setCurrentWidget(view.eligibility)  # shown, the keyboard not moved into it
    assert bars[view.eligibility].value() == 0
    assert view.eligibility.as_of.visibleRegion().boundingRect().height() == view.eligibility.as_of.height()
