"""R385-01: another desk opened a client screened by older rules (stored today's rules' result)
and this window, come back to, followed the line but not the counts: "Older rules: 2" and the
status line's "2 clients screened by older rules" stood, and the list pressed named her, whom
nothing was left to screen again, until the caseload was loaded again (R380-01's fault, by the
other road: the few lines another desk changed are followed, not counted again)."""

from __future__ import annotations

import pytest

from db.repository import Repository
from tests.gui.conftest import TODAY
from tests.gui.test_older_rules_read_again_r380 import _shown
from tests.older_rules import screened_some_by_older_rules
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r385_01_another_desk_s_screening_by_today_s_rules_leaves_the_older_rules_count(qtbot, window, repo):
    clients = screened_some_by_older_rules(repo, ("Olga Older", "Nina Now", "Otto Older"), ("Olga Older", "Otto Older"), TODAY)
    window.load()
    button = window.caseload.older_rules_button
    button.click()
    assert _shown(window) == ["Olga Older", "Otto Older"]

    with Repository.open(repo.path, user="desk-2") as desk_2:  # Olga opened there: screened by today's rules
        screen_and_store(desk_2, desk_2.get_client(clients["Olga Older"].id), TODAY)
    window._follow_other_desks()  # this window come back to
    assert window.screening_counts.older == 1
    assert button.text() == "Older rules: 1"
    assert "1 client screened by older rules" in window.status.text()
    assert _shown(window) == ["Otto Older"]
