"""R380-01: the "Older rules: N" count's list kept the clients it read when first pressed while
its number stayed the same: a caseload counted again (a load, another desk's re-screen) where
one client was screened again by today's rules and another stored by older rules listed the
first, no longer under older rules, and missed the second.  A count read again reads them again."""

from __future__ import annotations

import pytest

from tests.gui.conftest import TODAY
from tests.older_rules import screened_some_by_older_rules, told_by_older_rules
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown(window) -> list[str]:
    model = window.caseload.model
    return [model.row_at(n).name for n in range(model.rowCount())]


def test_r380_01_a_caseload_counted_again_lists_whom_older_rules_screened_now(qtbot, window, repo):
    clients = screened_some_by_older_rules(repo, ("Olga Older", "Nina Now", "Otto Older"), ("Olga Older", "Otto Older"), TODAY)
    window.load()
    button = window.caseload.older_rules_button
    button.click()
    assert _shown(window) == ["Olga Older", "Otto Older"]

    # Olga screened again by today's rules, Nina stored by older ones: still two of them.
    screen_and_store(repo, clients["Olga Older"], TODAY)
    told_by_older_rules(repo, clients["Nina Now"].id)
    window.load()
    assert button.isChecked() and button.text() == "Older rules: 2"
    assert _shown(window) == ["Nina Now", "Otto Older"]

    # Let go and pressed again after another such change: the list as counted, not as first read.
    button.click()
    screen_and_store(repo, clients["Otto Older"], TODAY)
    told_by_older_rules(repo, clients["Olga Older"].id)
    window.load()
    button.click()
    assert _shown(window) == ["Nina Now", "Olga Older"]
