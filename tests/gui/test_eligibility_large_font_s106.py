"""S106: the client window's Eligibility tab on a 1366 x 768 laptop at 200% (667 x 344 for the
window), the "Screening, not legal advice" banner whole over the results at every font."""

from __future__ import annotations

import contextlib

import pytest

from tests.gui.test_advice_banner_after_tab_r84b import _resize
from tests.gui.test_client_header_large_font_s100 import _inside, laptop_window
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.gui.test_new_client_opens_at_top_x76 import _with_a_hearing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _banner_and_margin_whole(page) -> bool:
    banner = page.banner
    holder = banner.parentWidget()  # the margins round it, as a page's first row has them
    return banner.height() >= banner.heightForWidth(banner.width()) and \
        banner.visibleRegion().boundingRect().height() == banner.height() and \
        holder.height() >= holder.minimumSizeHint().height()


@pytest.mark.parametrize("points", [12])
def test_s106_01_at_the_least_height_the_banner_keeps_its_height_over_the_results(qtbot, repo, monkeypatch, points):
    # The outcome wraps over the tabs (four lines beside the name, two under the row at 10.5 pt):
    # Qt lays the lines out but asks the window one line's height, so that at the window's least
    # height the Eligibility page has less than its least, and Qt took it from the banner's
    # holder as from the results: its margin under it cut (51 of 57 pixels at the usual font).
    # Since E109-01 the window asks the outcome's lines where the screen has the room for them
    # (the usual font and 10.5 pt, tests/gui/test_eligibility_large_font_e109.py): the page is
    # short where it has not, at 12 pt.
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points) if points else contextlib.nullcontext():
        window = laptop_window(qtbot, repo)
        window.open_client(repo.add_client(_with_a_hearing("Beto Salas Núñez de la Fuente")))
        view = window.client_view
        view.tabs.setCurrentWidget(view.eligibility)
        qtbot.wait(50)
        outcome = view.outcome
        assert outcome.heightForWidth(outcome.width()) > outcome.minimumSizeHint().height()  # it wraps
        _resize(qtbot, window, (LAPTOP_200.width(), window.minimumSizeHint().height()))
        assert window.height() <= LAPTOP_200.height()
        page = view.eligibility
        assert page.height() < page.minimumSizeHint().height()  # the premise: the page is short
        assert _banner_and_margin_whole(page)
        assert _inside(window.status, window)
