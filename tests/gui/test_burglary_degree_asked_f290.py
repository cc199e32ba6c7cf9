"""F290-04: a volunteer new to intake typed a RAP sheet's "459" for a second-degree burglary and read
"PC 459 Burglary (wobbler): choose Felony, Misdemeanor or Infraction ...": nothing said the degree
is typed too (the catalog has a row for each, first degree a straight felony), and the screening
then asked it of the attorney.  The count's line says how each degree is typed; typed so, it is
that row, and the line no longer asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_f290_04_459_alone_says_how_its_degree_is_typed_and_so_typed_it_is_that_row(qtbot, repo, started_intake):
    dialog = started_intake
    type_intake_case(qtbot, dialog, "KA108877", "03-10-2015", offense="459", enter=False)
    said = dialog.conviction.message.text()
    assert said.startswith("PC 459 Burglary (wobbler): choose Felony, Misdemeanor or Infraction"), said
    assert said.endswith(". Its degree, where the record gives one: type 459 1st for first-degree (residential) "
                         "burglary, or 459 2nd for second-degree (commercial) burglary"), said
    # Typed as said, it is the second degree's row, and the line says that row, not the degree.
    dialog.conviction.offense.setFocus()
    dialog.conviction.offense.selectAll()
    qtbot.keyClicks(dialog.conviction.offense, "459 2nd")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    said = dialog.conviction.message.text()
    assert "Second-degree (commercial) burglary" in said and "Its degree" not in said, said
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    (case,) = repo.get_client(dialog.client.id).cases
    assert [(count.code, count.section) for count in case.convictions] == [("PC", "459/460(b)")]


def test_f290_04_a_section_with_no_degree_rows_is_said_as_before(qtbot, started_intake):
    type_intake_case(qtbot, started_intake, "KA108878", "03-10-2015", offense="PC 487", enter=False)
    said = started_intake.conviction.message.text()
    assert said.startswith("PC 487") and "Its degree" not in said, said
