"""R385-03: "Older rules" pressed listed Olga and Otto; Olga screened again by today's rules, the
list, read again (K374-04, R380-01), showed Otto alone, but the counts above it still counted
the two: "Eligible now: 2 of 3" and "Possible duplicates: 2 of 3" above one line, until another
filter was chosen.  They count the lines the list now holds."""

from __future__ import annotations

import pytest

from tests.gui.conftest import TODAY
from tests.gui.test_older_rules_read_again_r380 import _shown
from tests.older_rules import screened_some_by_older_rules
from ui.caseload_view import COUNTS
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r385_03_the_counts_above_the_older_rules_list_read_again_count_its_lines(qtbot, window, repo):
    clients = screened_some_by_older_rules(repo, ("Olga Older", "Nina Now", "Otto Older"), ("Olga Older", "Otto Older"), TODAY)
    window.load()
    caseload = window.caseload
    caseload.older_rules_button.click()
    eligible_now = caseload.count_buttons[COUNTS[0][1]]
    assert (_shown(window), eligible_now.text()) == (["Olga Older", "Otto Older"], "Eligible now: 2 of 3")

    screen_and_store(repo, clients["Olga Older"], TODAY)
    window.load()
    assert (_shown(window), eligible_now.text()) == (["Otto Older"], "Eligible now: 1 of 3")
    assert eligible_now.accessibleName() == "Show only Eligible now: 1 of 3 clients, as the list is filtered"
