"""S80-02: intake at 200% on a 1366 x 768 laptop (the dialog 667 x 344).  Enter adding a case
put the keyboard back in box 2's "Case number" for the next case (Z77-01 scrolled it into
sight), and "Case 1 added and screened." under box 2, with the outcome in box 3 under it, stayed
below the fold: the volunteer saw the fields cleared and no word of what was added or found.
Now the boxes scroll on as far as the message and the outcome's line, while the case number
the keyboard is in stays in sight."""

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


def _add_a_case(qtbot, dialog, number: str) -> None:
    type_intake_case(qtbot, dialog, number, "1/5/2018", offense="11377")


@pytest.mark.parametrize("cases", [1, 2])
def test_s80_02_the_case_added_and_its_outcome_are_in_sight_the_keyboard_in_the_case_number(qtbot, intake, cases):
    qtbot.keyClicks(intake.name, "Dora Escala")
    qtbot.keyClick(intake.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.dob, "5/6/1970")
    qtbot.keyClick(intake.dob, Qt.Key.Key_Return)
    for n in range(cases):
        _add_a_case(qtbot, intake, f"BA12345{n}")
    assert intake.case_message.text() == f"Case {cases} added and screened."
    assert intake.case_number.hasFocus()
    qtbot.waitUntil(lambda: _in_sight(intake.case_message, intake.scroll))
    assert _in_sight(intake.best, intake.scroll)
    assert "Dora Escala:" in intake.best.text()
    assert _in_sight(intake.case_number, intake.scroll)  # the keyboard's place in sight too
    qtbot.keyClicks(intake.case_number, "LA9")
    assert intake.case_number.text() == "LA9"
    intake.case_number.clear()


def test_s80_02_at_a_normal_size_nothing_scrolls(qtbot, intake):
    intake.resize(1280, 900)
    qtbot.waitUntil(lambda: intake.scroll.verticalScrollBar().maximum() == 0)
    qtbot.keyClicks(intake.name, "Dora Escala")
    qtbot.keyClick(intake.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.dob, "5/6/1970")
    qtbot.keyClick(intake.dob, Qt.Key.Key_Return)
    _add_a_case(qtbot, intake, "BA123450")
    assert intake.case_number.hasFocus() and intake.scroll.verticalScrollBar().value() == 0
