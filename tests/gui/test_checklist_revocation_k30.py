"""K30-01: a client "Blocked, end unknown" by a revoked probation whose later sentence is not
entered (demo client 2820) showed an empty Outstanding column, and the Checklist tab no line
on what stood in the way.  The line and the tab now say the revocation and the fact to find."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import TODAY
from tests.test_checklist_k30 import REVOKED, revoked_client
from ui.models.caseload_model import COL_BEST, COL_OUTSTANDING

LINE = "Probation revoked 2026-11-01, no later sentence recorded: find out what sentence followed and when it ends"
SHORT = "probation revoked 2026-11-01: sentence after it"


def test_k30_01_the_checklist_and_the_caseload_line_say_what_blocks_it(qtbot, window, repo):
    assert TODAY >= REVOKED
    client_id = repo.add_client(revoked_client())
    window.load()
    window.open_client(client_id)  # screened on opening, and its caseload line stored
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    labels = [label.text() for label in view.checklist.page.findChildren(QLabel)]
    assert LINE in labels
    assert labels[labels.index(LINE) - 1] == "•"  # to do
    assert view.checklist.condition_boxes[0].isChecked()  # the community service done stays a row

    window.load()
    model = window.caseload.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).best is not None)
    assert model.index(0, COL_BEST).data() == "Blocked, end unknown"
    assert model.index(0, COL_OUTSTANDING).data() == SHORT
    assert model.index(0, COL_OUTSTANDING).data(Qt.ItemDataRole.ToolTipRole) == SHORT
