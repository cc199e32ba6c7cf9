"""S104: the dialogs S100 did not reach, on a 1366 x 768 laptop at 200% scaling (683 x 384 for
Qt, 667 x 344 for a window inside its frame) with Windows' larger text (10.5 to 15 pt), measured
as S100 measured intake: `ui.screen_fit.room` patched to the laptop's room, the program's font
set before the dialog is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from tests.gui.conftest import show_active
from tests.gui.laid_out import laid_out
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.gui.test_review_dialog_list_by_keyboard_v100 import FIFTEEN

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def opened_within_the_laptop(qtbot, dialog):
    """`dialog` shown, laid out, and within the laptop's room (`ui.screen_fit.room` patched)."""
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    laid_out()
    assert dialog.width() <= LAPTOP_200.width() and dialog.height() <= LAPTOP_200.height(), dialog.size()
    return dialog


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
        dialog = opened_within_the_laptop(qtbot, ReviewDialog("A. Attorney", FIFTEEN if count == 15 else FIFTEEN.splitlines()[0], count=count))
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


@pytest.mark.parametrize("points", [10.5, 12, 15])
def test_s104_02_clinic_details_fit_a_laptop_at_200_percent_save_and_cancel_on_the_screen(qtbot, repo, monkeypatch, points):
    """File > Clinic details at 15 pt opened 765 x 398 (its least width 45 M's, its seven fields
    one under another), Cancel past the screen's right edge and Save and Cancel under its
    bottom.  It opens within the room now, the fields scrolling under the words over them, and
    the field an Alt letter goes to is scrolled into sight."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.clinic_dialog import ClinicDetailsDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        dialog = opened_within_the_laptop(qtbot, ClinicDetailsDialog(repo))
        buttons = dialog.findChild(QDialogButtonBox)
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            assert _whole_inside(buttons.button(which), dialog), which
        for field in (dialog.fields["name"], dialog.fields["hours_es"], dialog.fields["address"]):
            key = {"name": Qt.Key.Key_N, "hours_es": Qt.Key.Key_I, "address": Qt.Key.Key_A}[
                next(name for name, edit in dialog.fields.items() if edit is field)]
            qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
            assert dialog.focusWidget() is field
            assert field.visibleRegion().boundingRect().size() == field.size(), field.accessibleName()


def test_s104_02_with_room_clinic_details_open_at_their_usual_size(qtbot, repo):
    from ui.clinic_dialog import ClinicDetailsDialog

    dialog = ClinicDetailsDialog(repo)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.width() == dialog.fontMetrics().horizontalAdvance("M") * 45
    assert all(edit.visibleRegion().boundingRect().size() == edit.size() for edit in dialog.fields.values())


@pytest.mark.parametrize("points", [10.5, 12, 15])
def test_s104_03_a_new_passphrase_fits_a_laptop_at_200_percent_its_message_and_buttons_whole(qtbot, monkeypatch, points):
    """File > Encrypt the caseload at 15 pt opened 640 x 400 where the screen leaves 344
    high, Encrypt and Cancel under the screen's edge.  It opens within the room now, and what
    it says of a passphrase too short shows whole, the buttons still on the screen."""
    from ui.passphrase_dialog import NewPassphraseDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        dialog = opened_within_the_laptop(qtbot, NewPassphraseDialog())
        qtbot.keyClicks(dialog.first, "short")
        qtbot.keyClicks(dialog.second, "shorter")
        qtbot.wait(50)
        assert "at least" in dialog.message.text()
        assert dialog.width() <= LAPTOP_200.width() and dialog.height() <= LAPTOP_200.height(), dialog.size()
        for widget in (dialog.first, dialog.second, dialog.ok_button, dialog.message):
            assert _whole_inside(widget, dialog), widget
        message = dialog.message
        assert message.height() >= message.heightForWidth(message.width())
        # In sight, as the field typed in is: not scrolled away under the buttons.
        for widget in (message, dialog.second):
            assert widget.visibleRegion().boundingRect().size() == widget.size(), widget
