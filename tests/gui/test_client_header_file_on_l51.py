"""L51: the client page's header said of a client whose relief comes first automatic (PC
1203.425 / 851.93) "..., nothing to file", and not the day a petition can be filed after it,
which the caseload list says ("Automatic; file on 2026-12-21", J50): opened from the list,
the client's page read as if there would never be anything to file.  It now says "nothing to
file now; file on <day>", and a screen reader hears the outcome, not the label's fixed name
"Best outcome" in its place."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from tests.automatic_relief import arrest_relief_later, arrest_relief_later_petition_after, arrest_relief_now_petition_soon
from tests.gui.conftest import TODAY
from ui.client_view import NBSP
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _spoken(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_l51_the_client_header_says_the_petitions_day_after_automatic_relief(qtbot, window, repo):
    ids = {}
    for make in (arrest_relief_now_petition_soon, arrest_relief_later_petition_after, arrest_relief_later):
        client = make()
        ids[client.name] = client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    window.open_client(ids["Nadia Ahora"])
    header = window.client_view.outcome
    qtbot.waitUntil(lambda: header.text() != "")
    # "file on <day>" is not broken where the header wraps (at 1280 pixels wide, the day stood alone).
    assert header.text() == f"· Eligible now: PC 851.93 automatic arrest relief, nothing to file now; file{NBSP}on{NBSP}2026-12-21"
    assert _spoken(header) == "Best outcome: Eligible now: PC 851.93 automatic arrest relief, nothing to file now; file on 2026-12-21"

    window.open_client(ids["Teodoro Tarde"])
    qtbot.waitUntil(lambda: "2031-07-01" in header.text())
    assert header.text() == f"· Eligible on 2030-09-29: PC 851.93 automatic arrest relief, nothing to file then; file{NBSP}on{NBSP}2031-07-01"
    assert _spoken(header).startswith("Best outcome: Eligible on 2030-09-29: ") and _spoken(header).endswith("file on 2031-07-01")

    # Automatic relief with no petition after it: as before (A48), and heard too.
    window.open_client(ids["Armando Arresto"])
    qtbot.waitUntil(lambda: "file on" not in header.text())
    assert header.text() == f"· Eligible on 2030-09-29: PC 851.93 automatic arrest relief, nothing{NBSP}to{NBSP}file"  # S80-05
    assert _spoken(header) == "Best outcome: Eligible on 2030-09-29: PC 851.93 automatic arrest relief, nothing to file"
