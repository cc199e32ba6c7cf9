"""H63-04: a petition denied read "Denied <day>: attorney to review" on the caseload line and the
client's header for ever: marking the denied result reviewed on the Eligibility tab changed
nothing, the line being made of the petitions alone.  A review that counts (on these facts and
this answer), made on or after the ruling's day, now moves it on: "Denied <day>: reviewed by the
attorney <day>", no longer first among the day's work; Edit > Undo of the review takes it back."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from clinic_app.court import CourtLine, court_action, court_day, denial_reviewed
from clinic_app.line_action import next_action
from clinic_app.model import Petition
from tests.gui.conftest import TODAY, probation_client
from ui.eligibility_view import ReviewDialog
from ui.models.caseload_model import COL_NAME, COL_NEXT
from ui.models.determination_model import COL_REMEDY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

RULED = date(2026, 11, 20)


def _line(repo, client_id):
    return next(row for row in repo.list_clients() if row.id == client_id)


def _next_shown(window, name: str) -> str:
    model = window.caseload.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == name)
    return model.index(row, COL_NEXT).data(Qt.ItemDataRole.ToolTipRole) or model.index(row, COL_NEXT).data()


def _review(qtbot, monkeypatch, panel, note: str) -> None:
    """The attorney marks the row selected reviewed: the note typed in the real dialog, which
    is accepted (as Mark reviewed does) without a nested modal loop (test_review_queue_a29)."""

    def accept(dialog: ReviewDialog):
        qtbot.keyClicks(dialog.note, note)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)


def test_h63_04_the_attorneys_review_of_a_denial_moves_the_line_on(qtbot, window, repo, monkeypatch):
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=RULED)]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    assert next_action(_line(repo, client_id), TODAY)[0] == "Denied 2026-11-20: attorney to review"
    assert "denied\u00a02026-11-20: attorney\u00a0to\u00a0review" in view.outcome.text()  # the last words kept on a line (S80-05)

    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    row = next(r for r in range(panel.proxy.rowCount()) if "1203.4" in panel.proxy.index(r, COL_REMEDY).data()
               and "1203.4" in panel.proxy.index(r, COL_REMEDY).data().split("(")[-1].split(")")[0])
    panel.table.selectRow(row)
    _review(qtbot, monkeypatch, panel, "Read the minute order: not filing again")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)
    today = datetime.now().astimezone().date()  # the review's own day, as the Reviewed column says it
    said = f"Denied 2026-11-20: reviewed by the attorney {today.isoformat()}"
    assert next_action(_line(repo, client_id), TODAY) == (said, None)  # no longer today's work
    assert _next_shown(window, "Dora Denegada") == said
    assert f"denied\u00a02026-11-20: reviewed by the attorney\u00a0{today.isoformat()}" in view.outcome.text()

    window.undo_action.trigger()  # the review taken back: the denial is the attorney's again
    assert next_action(_line(repo, client_id), TODAY)[0] == "Denied 2026-11-20: attorney to review"
    assert "denied\u00a02026-11-20: attorney\u00a0to\u00a0review" in view.outcome.text()  # the last words kept on a line (S80-05)


def test_h63_04_a_review_before_the_ruling_or_a_denial_with_no_day_is_not_of_the_denial():
    line = CourtLine("denied", ruling_on=RULED, denials=("k1", "k2"))
    assert denial_reviewed(line, [("k1", date(2026, 11, 19)), ("k2", RULED)]) == line  # k1 reviewed before the denial
    assert denial_reviewed(line, [("k1", RULED)]) == line  # k2 not reviewed
    reviewed = denial_reviewed(line, [("k1", date(2026, 11, 21)), ("k2", RULED), ("k3", date(2026, 11, 30))])
    assert reviewed.reviewed_on == date(2026, 11, 21)
    assert court_action(reviewed, TODAY) == "Denied 2026-11-20: reviewed by the attorney 2026-11-21"
    assert court_day(reviewed, TODAY) is None
    undated = CourtLine("denied", denials=("k1",))
    assert denial_reviewed(undated, [("k1", TODAY)]) == undated
