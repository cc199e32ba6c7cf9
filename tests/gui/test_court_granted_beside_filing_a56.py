"""A56-01 in the window: a client with a petition granted and another case still to file read
"File now" in the caseload; the list now reads "File; enter relief" where the column is
narrow, "File now; granted <day>: record the relief on the count" whole in the tooltip, and
the header says it too."""

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

FILED, GRANTED_ON = TODAY - timedelta(days=60), TODAY - timedelta(days=4)


def _granted():
    return two_cases("Gala Granted", Petition("pc1203_4", FILED, ["a1"], ruling="granted", ruling_on=GRANTED_ON))


@pytest.mark.parametrize("width", [1280, 853])
def test_a56_the_list_says_the_grant_beside_the_filing(qtbot, window, repo, width, tmp_path):
    view = load_caseload(window, repo, (_granted,))
    window.resize(width, 600)
    qtbot.waitUntil(lambda: window.width() == width and view.table.viewport().width() < width)
    whole = f"File now; granted {GRANTED_ON.isoformat()}: record the relief on the count"
    assert _shown(view, "Gala Granted") == "File; enter relief"
    tip = view.proxy.index(row_of(view, "Gala Granted"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(whole)
    if width == 853:  # the list does not scroll sideways for it
        assert view.table.horizontalHeader().length() <= view.table.viewport().width()
    window.grab().save(str(tmp_path / f"list_{width}.png"))


def test_a56_the_header_says_the_grant(qtbot, window, repo):
    client_id = repo.add_client(_granted())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    assert view.outcome.accessibleName().endswith(
        f"; not all filed; granted {GRANTED_ON.isoformat()}: record the relief on the count")
