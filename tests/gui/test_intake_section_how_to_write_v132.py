"""V132-02 at the table: a section the catalog has, written in a way it does not read ("PC
245(A)1", as a RAP sheet may print PC 245(a)(1)), was "not written as the offense catalog
reads it (PC 245 ... is in it)" with not a word of how to write it, where the screening's step
says it: the attorney guessed.  The field now says it as the step does, and keeps what was
typed; typed so, the count is read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_and_leave

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_v132_02_the_offense_field_says_how_to_write_a_section_it_does_not_read(qtbot, started_intake):
    dialog = started_intake
    offense = dialog.conviction.offense
    offense.setFocus()
    qtbot.keyClicks(offense, "PC 245(A)1")
    qtbot.keyClick(offense, Qt.Key.Key_Tab)
    said = dialog.conviction.message.text()
    assert said.startswith("PC 245(a)1: not written as the offense catalog reads it (")
    assert 'type the section, each subdivision in brackets ("245(a)(1)"), and "/" between two sections ("459/460(b)")' in said
    assert offense.text() == "PC 245(A)1"
    type_and_leave(qtbot, offense, "PC 245(a)(1)")
    assert "not written as" not in dialog.conviction.message.text()
    assert "245(a)(1)" in dialog.conviction.message.text()
