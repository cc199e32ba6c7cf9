"""N114-01: for a client who is not a US citizen (or whose citizenship is unknown), the
Eligibility tab said "Eligible now: Mandatory" for each dismissal with not a word above the
table that immigration counsel comes first: that was only in each dismissal's "What stays
true", a row's details away.  It says above the table what the text report's "In short" says
first, in its words; not for a citizen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _eligibility_of(qtbot, window, repo, citizen):
    client = probation_client("Ana Testimmigration")
    client.person.us_citizen = citizen
    open_on_record(window, repo, client)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the Eligibility tab
    panel = window.client_view.eligibility
    qtbot.waitUntil(panel.table.hasFocus)
    return panel


@pytest.mark.parametrize(("citizen", "said"), [
    (False, "First: the client is not a US citizen, so immigration counsel comes before anything is filed."),
    (None, "First: the client's citizenship is unknown, so immigration counsel comes before anything is filed."),
])
def test_n114_01_immigration_counsel_first_is_said_above_the_results(qtbot, window, repo, citizen, said):
    panel = _eligibility_of(qtbot, window, repo, citizen)
    assert panel.immigration_note.isVisible()
    assert panel.immigration_note.text() == said
    # Above the results, where it is read before the first "Eligible now".
    assert panel.immigration_note.mapTo(panel, panel.immigration_note.rect().bottomLeft()).y() < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()


def test_n114_01_a_citizen_is_told_nothing_of_immigration_first(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, True)
    assert not panel.immigration_note.isVisible()


def test_a125_03_a_screen_reader_hears_the_note_s_words_not_its_name_alone(qtbot, window, repo):
    """The note is read first by the eye, above the results; a screen reader coming upon it
    heard "Before anything is filed", its name, and not that immigration counsel comes first:
    of a label given a name Qt hands a reader the name alone."""
    from PySide6.QtGui import QAccessible

    panel = _eligibility_of(qtbot, window, repo, False)
    heard = QAccessible.queryAccessibleInterface(panel.immigration_note)
    assert heard.text(QAccessible.Text.Name) == "Before anything is filed"
    assert heard.text(QAccessible.Text.Description) == (
        "First: the client is not a US citizen, so immigration counsel comes before anything is filed.")
