"""K374-04: of a caseload of 3,000, the status line said "428 clients screened by older rules,
whose answers may have changed", and nothing in the window listed them: a paralegal could
re-screen everyone or open clients one by one to find them.  A count beside the others, "Older
rules: N", shown where there are any, lists them (Repository.screened_by_older_rules, the rule
the status line counts by, and `clinic-app list --older-rules`), reached by Tab as the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY
from tests.older_rules import told_by_older_rules
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown(window) -> list[str]:
    model = window.caseload.model
    return [model.row_at(n).name for n in range(model.rowCount())]


def test_k374_04_the_clients_screened_by_older_rules_are_listed_by_their_count(qtbot, window, repo):
    ids = {}
    for name in ("Olga Older", "Nina Now", "Otto Older"):
        client = to_file(name)
        client.id = ids[name] = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    told_by_older_rules(repo, ids["Olga Older"])
    told_by_older_rules(repo, ids["Otto Older"])
    window.load()
    caseload = window.caseload
    button = caseload.older_rules_button
    assert button.isVisibleTo(window) and button.text() == "Older rules: 2"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert caseload.count_buttons["duplicates"].nextInFocusChain() is button  # Tab from the counts before it

    button.click()
    assert _shown(window) == ["Olga Older", "Otto Older"]
    assert "Older rules" in caseload.filters_said()
    assert caseload.shown_label.text().startswith("Showing 2 of 3")

    # Opening one stores today's rules' result: it leaves the count and the list.
    window.open_client(ids["Olga Older"])
    window.show_caseload()
    qtbot.waitUntil(lambda: button.text() == "Older rules: 1")
    assert _shown(window) == ["Otto Older"]

    caseload.show_every_client()
    assert not button.isChecked() and len(_shown(window)) == 3
