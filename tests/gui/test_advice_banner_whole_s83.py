"""S83-03 (K81, left alone): at the window's least height (667 wide, 1366 x 768 at 200%, made
as short as it goes) with a header of four lines, the Eligibility page's "Screening, not legal
advice" banner was squeezed to 29 of its 42 pixels, its two lines cut at the top and the bottom.
It now keeps its lines' height; the window's least height is 14 pixels more there (273, under
the 344 the laptop leaves), and the page's scroll area under the banner gives up the room."""

from __future__ import annotations

import pytest

from tests.gui.test_new_client_opens_at_top_x76 import LAPTOP_200, _with_a_hearing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_at_the_least_height_the_not_advice_banner_is_whole(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(_with_a_hearing("Beto Salas Núñez de la Fuente")))
    view = window.client_view
    view.tabs.setCurrentWidget(view.eligibility)
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    least = (LAPTOP_200[0], window.minimumSizeHint().height())
    window.resize(*least)
    qtbot.waitUntil(lambda: window.size().toTuple() == least)
    qtbot.wait(50)
    banner = view.eligibility.banner
    assert banner.height() >= banner.heightForWidth(banner.width())  # 29 of 42 pixels
    assert banner.visibleRegion().boundingRect().height() == banner.height()
    assert least[1] <= LAPTOP_200[1]  # the laptop at 200% still holds the window
