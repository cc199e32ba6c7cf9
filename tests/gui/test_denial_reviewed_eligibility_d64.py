"""D64-01: the Eligibility tab's "At the court" line of a denied petition kept "an attorney
reviews before it is filed again" after the attorney marked the denied result reviewed there
(the client's line moved on, H63-04).  It now says the review and its day, as the worksheet
does (court.petition_said), and Undo of the review brings the old words back."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_denial_reviewed_h63 import _review
from ui.models.determination_model import COL_REMEDY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def on_its_dismissal(window, repo, client):
    """`client` stored and opened on the Eligibility tab, its PC 1203.4 row selected: the id, and
    the tab (its details say the row's "At the court")."""
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, COL_REMEDY).data().endswith("(PC 1203.4)"))
    panel.table.selectRow(row)
    return client_id, panel


def test_d64_01_the_eligibility_tab_says_the_denial_reviewed(qtbot, window, repo, monkeypatch):
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20))]
    client_id, panel = on_its_dismissal(window, repo, client)
    before = "Petition filed 2026-09-01, denied 2026-11-20: an attorney reviews before it is filed again."
    assert before in panel.details.toPlainText()

    # Reviewed on the window's day: the tab speaks for today, and a review made after the day
    # it speaks for is not said (V64-01).
    monkeypatch.setattr(repo, "_clock", lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 20, tzinfo=timezone.utc))
    _review(qtbot, monkeypatch, panel, "Read the minute order: refile once restitution is paid")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)
    today = TODAY.isoformat()  # the review's own day
    qtbot.waitUntil(lambda: f"reviewed by the attorney {today}" in panel.details.toPlainText())
    shown = panel.details.toPlainText()
    assert (f"At the court: Petition filed 2026-09-01, denied 2026-11-20; reviewed by the attorney {today}: "
            "file again only as the review says.") in shown
    assert "an attorney reviews before" not in shown

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: before in panel.details.toPlainText())
