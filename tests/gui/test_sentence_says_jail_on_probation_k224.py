"""K224-02: a volunteer with "1 year jail" as a condition of formal probation found nothing on
the Record tab saying such jail goes under Sentence "Probation" (Help says so; J216).  The
Sentence box says it, on hover and keyboard focus (its tooltip) and to a screen reader (Qt hands
it the tooltip where no description is set, as the form's other tips are heard); intake's Sentence
too (tests/gui/test_accessibility.py's dialogs test)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k224_02_the_sentence_box_says_jail_ordered_with_probation_is_probation(qtbot, window, repo):
    _, form = open_on_record(window, repo, probation_client("Jo Jail"))
    heard = QAccessible.queryAccessibleInterface(form.sentence_type).text(QAccessible.Text.Description)
    assert heard == form.sentence_type.toolTip()
    assert heard.startswith("Choose Probation when jail was a condition of probation")
    assert "“No probation” is a fine or jail with no probation granted" in heard
