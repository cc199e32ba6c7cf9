"""L125-02: with the program's text at 12 pt (Windows' "Make text bigger") the client window
would not be narrower than 751 pixels wherever the screen had the room for the best outcome
beside the name: snapped to half of a 1366-wide screen (667 inside its frame, what a 1366 x 768
laptop at 200% leaves too) it stayed 751 wide, Handout past the half's edge.  The outcome goes
under the name's row where the window is narrower than the row with it; widened, it comes back
beside the name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, font_12  # noqa: F401 - a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_l125_02_at_12_pt_the_client_window_narrows_to_667_with_every_word_whole(qtbot, window, repo, font_12):
    window.load()
    window.open_client(repo.add_client(on_probation()))
    view = window.client_view
    window.resize(LAPTOP_200.width(), 688)
    qtbot.wait(50)
    assert window.width() == LAPTOP_200.width(), window.width()  # was 751, no narrower
    for button in (view.back, view.save_button, view.handout_button):
        assert 0 <= button.mapTo(window, QPoint(0, 0)).x() and button.mapTo(window, button.rect().topRight()).x() < window.width()
    assert view.title.shown_text() == "Marisol Prueba"
    outcome = view.outcome
    assert outcome.isVisible() and view._header.indexOf(outcome) < 0  # under the row
    assert outcome.mapTo(window, outcome.rect().topRight()).x() < window.width()
    assert outcome.height() >= outcome.heightForWidth(outcome.width()), (outcome.height(), outcome.heightForWidth(outcome.width()))

    window.resize(1280, 688)
    qtbot.wait(50)
    assert view._header.indexOf(outcome) >= 0  # beside the name again, as before
