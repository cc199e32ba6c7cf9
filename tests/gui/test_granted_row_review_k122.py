"""An "Already granted" row of the Eligibility tab (O118-02) said in its details "Attorney review:
not reviewed yet", as every row does, and with a review kept from before the grant, "not
reviewed for this answer on these facts; review it again": for relief the court already granted,
it asked the attorney for a review nobody waits for (the attorney's queue and F8 pass the row
by).  It now says none is waiting, and why; a review can still be marked, and one marked is
shown as on any row.  The rows the screening still weighs say what they said (K122)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from clinic_app.model import Petition, ReliefGranted
from tests.gui.test_eligibility_granted_shown_o118 import RULED
from tests.gui.test_petition_counts_y55 import two_counts
from ui.eligibility_view import ReviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

NONE_WAITING = "and none is waiting: the court already granted this relief."


def _opened(qtbot, window, repo, reviews=()):
    """The Eligibility tab of a client whose PC 1203.4 the court granted on one count and denied
    on the other, the grant on its count; `reviews` (conviction, note) kept before it opens."""
    client = two_counts("Gloria Concedida")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 6, 1), ["c1-1"], ruling="granted", ruling_on=RULED),
                                 Petition("pc1203_4", date(2026, 6, 1), ["c1-2"], ruling="denied", ruling_on=RULED)]
    client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", RULED)]
    client_id = repo.add_client(client)
    for conviction, note in reviews:
        repo.record_review(client_id, "c1", conviction, "pc1203_4", note, reviewer="A. Abogada")
    window.load()
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
    return panel


def _chosen(panel, conviction: str) -> str:
    """The details of the count's PC 1203.4 row, chosen in the table."""
    for row in range(panel.proxy.rowCount()):
        d = panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row())
        if (d.conviction, d.remedy) == (conviction, "pc1203_4"):
            panel.table.selectRow(row)
            assert panel.review_button.isEnabled()  # a review can still be marked, on any row
            return panel.details.toPlainText()
    raise AssertionError(f"no PC 1203.4 row shown for {conviction}")


def test_k122_an_already_granted_row_does_not_ask_for_a_review(qtbot, window, repo):
    panel = _opened(qtbot, window, repo)
    granted = _chosen(panel, "c1-1")
    assert "(PC 1203.4): Already granted" in granted
    assert f"Attorney review: none recorded, {NONE_WAITING}" in granted
    assert "not reviewed yet" not in granted
    assert "Attorney review: not reviewed yet" in _chosen(panel, "c1-2")  # the count denied: to file again, after review


def test_k122_a_review_kept_from_before_the_grant_is_shown_not_asked_again(qtbot, window, repo):
    panel = _opened(qtbot, window, repo, [("c1-1", "File it"), ("c1-2", "File it")])
    granted = _chosen(panel, "c1-1")
    assert f"Attorney review: none for this answer, {NONE_WAITING} Earlier review, of facts not recorded: A. Abogada, " in granted
    assert "review it again" not in granted
    assert "Attorney review: not reviewed for this answer on these facts; review it again." in _chosen(panel, "c1-2")


def test_k122_a_review_marked_on_the_granted_row_is_shown_as_on_any_row(qtbot, window, repo, monkeypatch):
    def accept(dialog):
        dialog.reviewer.setText("A. Abogada")
        dialog.note.setPlainText("Grant order on file")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    panel = _opened(qtbot, window, repo)
    _chosen(panel, "c1-1")
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    granted = _chosen(panel, "c1-1")
    assert "Attorney review: A. Abogada, " in granted and ": Grant order on file" in granted
    assert "none is waiting" not in granted
