"""R380-04: under a search or another filter the counts above the list say how many of theirs it
shows ("Eligible now: 62 of 15,751", P80-01), and "Older rules" said the whole caseload's: a
search of "Garcia" read "Older rules: 2,857" above 562 lines, and pressed, showed 81.  It says
"81 of 2,857" too, to the eye and to a screen reader."""

from __future__ import annotations

import pytest

from tests.gui.conftest import TODAY
from tests.older_rules import screened_some_by_older_rules

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r380_04_older_rules_says_how_many_of_them_the_filtered_list_holds(qtbot, window, repo):
    screened_some_by_older_rules(repo, ("Olga Older", "Nina Now", "Otto Older"), ("Olga Older", "Otto Older"), TODAY)
    window.load()
    caseload, button = window.caseload, window.caseload.older_rules_button
    assert button.text() == "Older rules: 2"

    caseload.search.setText("Olga")
    caseload.apply_filters()
    assert button.text() == "Older rules: 1 of 2"
    assert button.accessibleName() == "Show only those screened by older rules: 1 of 2 clients, as the list is filtered"
    button.click()  # pressed under the search: the one it shows
    assert caseload.shown_label.text().startswith("Showing 1 of 3") and button.text() == "Older rules: 1 of 2"

    caseload.search.setText("")
    caseload.apply_filters()
    assert button.text() == "Older rules: 2"
    assert button.accessibleName() == "Show only those screened by older rules: 2 clients"
