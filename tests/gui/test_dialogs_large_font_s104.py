"""S104: the dialogs S100 did not reach, on a 1366 x 768 laptop at 200% scaling (683 x 384 for
Qt, 667 x 344 for a window inside its frame) with Windows' larger text (10.5 to 15 pt), measured
as S100 measured intake: `ui.screen_fit.room` patched to the laptop's room, the program's font
set before the dialog is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from tests.gui.conftest import show_active
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.gui.test_review_dialog_list_by_keyboard_v100 import FIFTEEN

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _whole_inside(widget, dialog) -> bool:
    """`widget` shown and all of it within the dialog's own rectangle."""
    shown = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and dialog.rect().contains(shown)


@pytest.mark.parametrize("points", [10.5, 12, 15])
@pytest.mark.parametrize("count", [1, 15])
def test_s104_01_the_attorney_s_review_fits_a_laptop_at_200_percent_its_buttons_on_the_screen(qtbot, monkeypatch, points, count):
    """The review of fifteen results opened 533 pixels high at every size of text (its
    list twelve lines, its note 192), Mark reviewed and Cancel under the screen's edge; at
    12 pt its list asked 685 pixels across, at 15 pt 782: the dialog wider than the screen.
    The review of one result opened 355 to 398 high.  It opens within the room now, the list
    scrolling where it has not the room for its lines."""
    from ui.eligibility_view import ReviewDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        dialog = ReviewDialog("A. Attorney", FIFTEEN if count == 15 else FIFTEEN.splitlines()[0], count=count)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        qtbot.wait(50)
        assert dialog.width() <= LAPTOP_200.width() and dialog.height() <= LAPTOP_200.height(), dialog.size()
        for widget in (dialog.note, dialog.reviewer, dialog.mark_button, dialog.hint):
            assert _whole_inside(widget, dialog), widget
        assert dialog.note.height() >= 3 * dialog.note.fontMetrics().lineSpacing()  # room to write in
        if count == 15:
            assert _whole_inside(dialog.what, dialog)
            assert dialog.what.verticalScrollBar().maximum() > 0  # the rest reached by scrolling


def test_s104_01_with_room_the_review_opens_at_its_usual_size(qtbot, monkeypatch):
    from ui.eligibility_view import ReviewDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: QSize(1350, 730))
    dialog = ReviewDialog("A. Attorney", FIFTEEN, count=15)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.size() == dialog.sizeHint()
    longest = dialog.what.fontMetrics().horizontalAdvance(FIFTEEN.splitlines()[0])
    assert dialog.what.width() >= longest + 40  # every line whole across, as before
