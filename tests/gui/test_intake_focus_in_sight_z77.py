"""Z77-01: intake at 200% on a 1366 x 768 laptop (the dialog 667 x 344) scrolls its three boxes
(W27C-03), but the keyboard going to a field by Enter or an Alt letter left the boxes where
they were: Enter in the date of birth started the client and put the keyboard in box 2's "Case
number", below the fold, and Alt+U (Until:) put it in the probation's end, out of sight too;
what the volunteer typed went into a field nobody saw.  Tab scrolled (a scroll area does so for
Tab); now the field the keyboard goes to is scrolled into sight, as the client's case form does
(R75-04: ui.page_scroll.FocusInSight)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.gui.conftest import show_active, type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py


def _in_sight(widget, scroll) -> bool:
    port = scroll.viewport()
    return port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()))


@pytest.fixture
def intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[])
    dialog.resize(*LAPTOP_200)
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.size().toTuple() == LAPTOP_200)
    yield dialog
    dialog._clear_case()
    dialog.close()
    dialog.deleteLater()


def _start(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.name, "Dora Escala")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.dob, "5/6/1970")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)


def test_z77_01_enter_starting_the_client_scrolls_to_the_case_number(qtbot, intake):
    assert intake.scroll.verticalScrollBar().maximum() > 0  # the boxes scroll at this size
    assert not _in_sight(intake.case_number, intake.scroll)  # below the fold as intake opens
    _start(qtbot, intake)

    assert intake.case_number.hasFocus()
    assert _in_sight(intake.case_number, intake.scroll)


def test_z77_01_an_alt_letter_scrolls_to_its_field(qtbot, intake):
    _start(qtbot, intake)
    type_intake_case(qtbot, intake, "BA123456", "1/5/2018", offense="11377", enter=False)
    bar = intake.scroll.verticalScrollBar()
    bar.setValue(0)  # the boxes scrolled back up with the wheel, to read the person's box
    assert not _in_sight(intake.probation_end, intake.scroll)

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Until:

    assert intake.probation_end.hasFocus()
    assert _in_sight(intake.probation_end, intake.scroll)
    qtbot.keyClicks(intake.probation_end, "1/5/2020")
    qtbot.keyClick(intake.probation_end, Qt.Key.Key_Return)
    assert intake.case_message.text() == "Case 1 added and screened."


def test_z77_01_at_a_normal_size_nothing_scrolls(qtbot, intake):
    intake.resize(1280, 900)
    qtbot.waitUntil(lambda: intake.scroll.verticalScrollBar().maximum() == 0)
    _start(qtbot, intake)
    assert intake.case_number.hasFocus() and intake.scroll.verticalScrollBar().value() == 0
