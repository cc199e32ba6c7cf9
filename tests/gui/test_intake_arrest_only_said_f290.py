"""F290-03: a volunteer new to intake, a client's paper showing an arrest and no conviction, met a case
line reading "Convicted:" and found no way to say so: how the arrest ended is chosen in the Sentence
box below it ("No conviction: case dismissed", ...), which nothing on the line pointed to, nor Help >
First steps.  Box 2 says it as a client is started, until a case's own words take its place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_f290_03_a_started_client_is_told_where_an_arrest_with_no_conviction_is_chosen(qtbot, announcements,
                                                                                        started_intake):
    dialog = started_intake
    assert dialog.arrest_way.isVisible()
    assert dialog.arrest_way.text() == ("An arrest with no conviction? Choose how it ended in Sentence (Alt+T): "
                                        "case dismissed, no charges filed...")
    # Heard as it comes (A298): away from the focus, in Case number, no screen reader read it.
    assert [said for source, said, _ in announcements if source is dialog.arrest_way] == [dialog.arrest_way.text()]
    # A line of its own: the Sentence box's own description (K224-02) is not put over by it.
    said = QAccessible.queryAccessibleInterface(dialog.sentence).text(QAccessible.Text.Description)
    assert said.startswith("Choose Probation when jail was a condition of probation"), said
    # The way it names is there: Alt+T is Sentence's letter, and its choices say "No conviction".
    assert dialog._labels[dialog.sentence].text() == "Sen&tence:"
    assert dialog.sentence.findText("No conviction: case dismissed") >= 0
    assert dialog.sentence.findText("No conviction: no charges filed") >= 0
    # A case added says its own words in its place.
    type_intake_case(qtbot, dialog, "BA123456", "06-02-2014", offense="PC 148(A)(1)", enter=False)
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    assert not dialog.arrest_way.isVisible()  # the client has a case: the line has served


def test_f290_03_first_steps_say_where_an_arrest_with_no_conviction_goes():
    from ui import first_steps

    (add_a_case,) = [how for what, how in first_steps.STEPS if what == "Add a case"]
    assert ("An arrest with no conviction: choose how it ended (dismissed, no charges filed...) in the case's Outcome "
            "(at intake, in Sentence).") in add_a_case
