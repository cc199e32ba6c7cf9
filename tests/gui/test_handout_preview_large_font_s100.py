"""S100-03: the handout preview on a 1366 x 768 laptop at 200% scaling (683 x 384 for Qt, 667 x
344 inside the frame) with a larger font (12 pt, Windows' "Make text bigger"): its buttons'
line asked 692 pixels, and the preview ran past the screen's right edge, Close off it.

The room a small screen leaves is given by patching `ui.screen_fit.room`, as F63's tests do.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.gui.laid_out import laid_out
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, font_12  # noqa: F401 - font_12: a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _preview(qtbot, repo):
    from tests.gui.conftest import probation_client, shown_handout_preview

    dialog = shown_handout_preview(qtbot, repo, probation_client("Ana Peña"))
    laid_out()
    return dialog


def _right_edge(widget, window) -> int:
    return widget.mapTo(window, widget.rect().bottomRight()).x()


def test_s100_03_the_handout_preview_with_a_larger_font_fits_a_laptop_at_200_percent(qtbot, repo, font_12, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    dialog = _preview(qtbot, repo)
    assert dialog.width() <= LAPTOP_200.width(), dialog.width()
    assert dialog.minimumSizeHint().width() <= LAPTOP_200.width(), dialog.minimumSizeHint()
    for button in (dialog.previous, dialog.next, dialog.print_button, dialog.save_button, dialog.close_button):
        assert button.isVisible() and _right_edge(button, dialog) < dialog.width(), button.text()
        assert button.mapTo(dialog, button.rect().bottomRight()).y() < dialog.height(), button.text()
    # No two buttons over each other: Print, Save PDF and Close went onto a line of their own.
    shown = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    places = [b.geometry().translated(b.parentWidget().mapTo(dialog, b.parentWidget().rect().topLeft())) for b in shown]
    assert not any(a.intersects(b) for i, a in enumerate(places) for b in places[i + 1:])
    assert dialog.page_label.text().startswith(("Page", "Preparing"))


def test_s100_03_with_room_the_buttons_stay_on_one_line_close_at_the_right(qtbot, repo):
    dialog = _preview(qtbot, repo)
    assert dialog.width() >= 760  # the offscreen screen's 800, less the frame
    assert dialog.previous.mapTo(dialog, dialog.previous.rect().center()).y() == \
        dialog.close_button.mapTo(dialog, dialog.close_button.rect().center()).y()
    margin = dialog.layout().contentsMargins().right()
    assert dialog.width() - margin - 1 - _right_edge(dialog.close_button, dialog) <= 1
