"""L51: a client newly eligible now by automatic relief (PC 1203.425 / 851.93) with a petition
after it (J50's "Automatic; file on <day>") was said, after a re-screen in the window and in
the "Newly eligible" button's tooltip, to be among those "by automatic relief alone (nothing
to file)": a petition is to be filed, on its day.  They are said apart."""

from __future__ import annotations

from datetime import date

import pytest

from tests.automatic_relief import arrest_relief_later, arrest_relief_later_petition_after
from tests.gui.conftest import TODAY
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_l51_a_rescreen_says_apart_those_with_a_petition_after_automatic_relief(qtbot, window, repo, monkeypatch):
    from ui import tasks

    for make in (arrest_relief_later_petition_after, arrest_relief_later):
        client = make()
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    # 2030-09-29: Teodoro's and Armando's PC 851.93 relief; Teodoro's 1203.4 petition from 2031-07-01.
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: date(2030, 9, 29))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    qtbot.waitUntil(lambda: "became eligible now" in window.statusBar().currentMessage())
    assert ("1 client became eligible now by automatic relief alone (nothing to file), and 1 by automatic relief, "
            "with a petition to file later: “Newly eligible” above the list shows them.") in window.statusBar().currentMessage()
    newly = window.caseload.newly_eligible_button
    assert newly.text().replace("&", "") == "Newly eligible: 0 + 2 automatic"
    tip = newly.toolTip()
    assert "and 1 with automatic relief only (PC 1203.425 / 851.93: nothing to file" in tip
    assert "and 1 with automatic relief now and a petition to file later (listed “Automatic; file on” its day)" in tip
    # Heard as it reads, the file said as "--db CASELOAD", not its path (K409-01).
    caseload = window.caseload
    assert newly.accessibleDescription() == tip.replace(caseload.command("list"), caseload.heard_command("list"))
    assert "--db CASELOAD --newly-eligible-since" in newly.accessibleDescription()


def test_l51_the_rescreen_message_says_each_group_however_many_there_are(window):
    said = {}
    for args in ((0, 1, 0), (0, 1, 1), (0, 3, 1), (2, 0, 0)):
        window._say_rescreened(date(2030, 9, 29), 5, [], None, *args)
        said[args] = window.statusBar().currentMessage()
    assert "1 client became eligible now by automatic relief alone (nothing to file): " in said[(0, 1, 0)]
    assert "1 client became eligible now by automatic relief, with a petition to file later: " in said[(0, 1, 1)]
    assert ("2 clients became eligible now by automatic relief alone (nothing to file), and 1 by automatic relief, "
            "with a petition to file later: ") in said[(0, 3, 1)]
    assert "2 clients became eligible now: " in said[(2, 0, 0)]
