"""Y55-01 in the window: a client with a petition filed whose hearing was held (no ruling
entered) and another still to file read "File now" in the caseload, and nothing of the
petition in the client's header; the list now reads "File; record ruling" (the column is a
filing's with its hearing wide), "File now; hearing <day> held: record the ruling" whole in
the tooltip, and the header says it too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.caseload_lines import load_caseload, row_of
from tests.gui.conftest import TODAY
from tests.gui.test_next_action_day_kept import _shown
from tests.test_court_not_all_filed_y55 import two_cases
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FILED, HELD, COMING = TODAY - timedelta(days=40), TODAY - timedelta(days=5), TODAY + timedelta(days=9)


def _held():
    return two_cases("Hilario Held", Petition("pc1203_4", FILED, ["a1"], hearing_on=HELD),
                     Petition("pc17b", FILED, ["a1"], hearing_on=COMING))


def _denied():
    return two_cases("Dulce Denied", Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=HELD))


@pytest.mark.parametrize("width", [1280, 853])
def test_y55_the_list_says_the_hearing_held_beside_the_filing(qtbot, window, repo, width):
    view = load_caseload(window, repo, (_held, _denied))
    window.resize(width, 600)
    qtbot.waitUntil(lambda: window.width() == width and view.table.viewport().width() < width)
    held = f"File now; hearing {HELD.isoformat()} held: record the ruling"
    denied = f"File now; denied {HELD.isoformat()}: attorney to review"
    # The column is as wide as a filing with its hearing (P53-04): shorter words, as Q54's
    # "Held: record ruling", the filing first; the whole in the tooltip.
    assert (_shown(view, "Hilario Held"), _shown(view, "Dulce Denied")) == ("File; record ruling", "File; to attorney")
    denied_tip = view.proxy.index(row_of(view, "Dulce Denied"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert denied_tip.startswith(denied)
    if width == 853:  # the list does not scroll sideways for them
        assert view.table.horizontalHeader().length() <= view.table.viewport().width()
    tip = view.proxy.index(row_of(view, "Hilario Held"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{held}; another hearing {COMING.isoformat()}")  # one day: R55-06


def test_y55_the_header_says_it_too(qtbot, window, repo):
    client = _held()
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    # With the hearing to come, as the list's tooltip says it (R55-07).
    assert view.outcome.accessibleName().endswith(f"; not all filed; hearing {HELD.isoformat()} held: record the ruling; "
                                                  f"another hearing {COMING.isoformat()}")
