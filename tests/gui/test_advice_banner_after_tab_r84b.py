"""R84b-05: S83-03 kept the "Screening, not legal advice" banner whole at the window's least
height only where the window was made short with the Eligibility tab in front.  Seen wide
(1280 x 800), left for the Record tab, the window made 667 wide and as short as it goes (259),
and the Eligibility tab opened again: the banner had 29 of its 42 pixels, its two lines cut, as
before S83-03.  The banner's size came while the page was hidden (sent as it is shown, before
it counts as shown), and the banner took no least height from it."""

from __future__ import annotations

import pytest

from tests.gui.laid_out import laid_out
from tests.gui.test_new_client_opens_at_top_x76 import LAPTOP_200, _with_a_hearing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _resize(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    laid_out()


def test_the_banner_is_whole_when_its_tab_is_opened_again_in_a_smaller_window(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(_with_a_hearing("Beto Salas Núñez de la Fuente")))
    view = window.client_view
    _resize(qtbot, window, (1280, 800))
    view.tabs.setCurrentWidget(view.eligibility)
    qtbot.wait(50)
    view.tabs.setCurrentWidget(view.record)
    _resize(qtbot, window, LAPTOP_200)
    _resize(qtbot, window, (LAPTOP_200[0], window.minimumSizeHint().height()))
    view.tabs.setCurrentWidget(view.eligibility)
    banner = view.eligibility.banner
    qtbot.waitUntil(lambda: banner.isVisible())

    def whole() -> bool:  # the window grows to its new least height (273) a moment later
        return banner.height() >= banner.heightForWidth(banner.width()) and \
            banner.visibleRegion().boundingRect().height() == banner.height()

    qtbot.waitUntil(whole, timeout=3000)  # it stayed at 29 of 42 pixels
    assert window.height() <= LAPTOP_200[1]
