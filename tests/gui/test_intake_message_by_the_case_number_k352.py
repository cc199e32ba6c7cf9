"""K352-01: intake at 12 pt (Windows' "Make text bigger") on a 1366 x 768 laptop at 200% (the
dialog 667 x 344).  Enter added a case and cleared box 2's fields, the keyboard back in Case
number, and "Case 1 added and screened." stood under box 2's last line: box 2 was 539 pixels
tall in a view of 289, so no scroll showed the case number and the message together, and the
volunteer saw nothing happen.  The message now stands under the Case number field, in its
column, so the field and what Enter did are seen together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.gui.conftest import type_intake_case
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, _intake, font_12, laptop_200  # noqa: F401 - fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _in_sight(widget, scroll) -> bool:
    port = scroll.viewport()
    return widget.isVisible() and port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()))


def start_at_200(qtbot, dialog) -> None:
    """`dialog` (intake) made 667 x 344, Dora Escala started by the keyboard (K364's tests too)."""
    dialog.resize(LAPTOP_200)
    qtbot.waitUntil(lambda: dialog.size() == LAPTOP_200)
    qtbot.keyClicks(dialog.name, "Dora Escala")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.dob, "5/6/1970")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)


def test_k352_01_at_12_pt_the_case_added_is_said_in_sight_of_the_case_number(qtbot, repo, font_12, laptop_200):
    dialog = _intake(qtbot, repo)
    start_at_200(qtbot, dialog)
    type_intake_case(qtbot, dialog, "BA123450", "1/5/2018", offense="11377")
    assert dialog.case_message.text() == "Case 1 added and screened."
    assert dialog.case_number.hasFocus() and not dialog.case_number.text()
    qtbot.waitUntil(lambda: _in_sight(dialog.case_message, dialog.scroll))
    assert _in_sight(dialog.case_number, dialog.scroll)
    # Under the field, in its column: not beside the count's fields, nor under box 2's last line.
    field = dialog.case_number.mapTo(dialog.case_box, QPoint(0, dialog.case_number.height()))
    said = dialog.case_message.mapTo(dialog.case_box, QPoint(0, 0))
    assert field.y() <= said.y() < field.y() + 3 * dialog.case_number.height()
    assert said.x() + dialog.case_message.width() <= dialog.conviction.mapTo(dialog.case_box, QPoint(0, 0)).x()
    dialog._clear_case()
