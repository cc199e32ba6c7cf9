"""H371-03: the attorney, reviewing a petition the court denied (the row's Reviewed column:
"Denied 2026-11-20: attorney to review"), signed a dialog that named the result only by its
screening, "Dismissal after probation (PC 1203.4): Eligible now", not the denial being reviewed.  The dialog
names the denial beside the result now."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from tests.gui.test_denial_reviewed_h63 import RULED
from ui.eligibility_view import ReviewDialog
from ui.models.determination_model import COL_REMEDY

DISMISSAL = "Dismissal after probation (PC 1203.4)"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _dialog_words(qtbot, monkeypatch, panel) -> list[str]:
    seen: list[str] = []

    def shown(dialog: ReviewDialog):
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        seen.extend(listed.toPlainText() for listed in dialog.findChildren(QPlainTextEdit))  # several results
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReviewDialog, "exec", shown)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    return seen


def _open_denied(window, repo, **opened) -> None:
    """A client whose PC 1203.4 petition the court denied on RULED, opened in the window."""
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=RULED)]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id, **opened)


def test_h371_03_the_review_dialog_names_the_denial_it_reviews(qtbot, window, repo, monkeypatch):
    _open_denied(window, repo)
    view = window.client_view
    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    rows = {panel.proxy.index(r, COL_REMEDY).data(): r for r in range(panel.proxy.rowCount())}
    panel.table.selectRow(rows[DISMISSAL])
    words = _dialog_words(qtbot, monkeypatch, panel)
    assert any(f"{DISMISSAL}: Eligible now; Denied 2026-11-20: attorney to review" in said for said in words), words

    other, row = next((title, r) for title, r in rows.items() if title != DISMISSAL)
    panel.table.selectRow(row)  # a result with no denial: named as before, in a dialog that opens
    words = _dialog_words(qtbot, monkeypatch, panel)
    assert any(f"{other}: " in said for said in words) and not any("Denied" in said for said in words), words

    panel.table.selectAll()  # both: the denial named on its own result's line only
    lines = [line for said in _dialog_words(qtbot, monkeypatch, panel) for line in said.splitlines()]
    assert [line.split(": ", 1)[1] for line in lines if "Denied" in line] == [
        f"{DISMISSAL}: Eligible now; Denied 2026-11-20: attorney to review"], lines
    assert any(f": {other}: " in line and "Denied" not in line for line in lines), lines


def test_h371_04_f8_and_review_needed_name_the_denial_they_go_to(qtbot, window, repo, announcements):
    """F8 (View > Next result to review) and a client opened from Review needed both said
    "...: Eligible now.", not the court's denial that waits for the attorney."""
    from tests.gui.conftest import show_active

    denied = f"{DISMISSAL}: Eligible now; Denied 2026-11-20: attorney to review."
    _open_denied(window, repo)  # on the Record tab
    show_active(qtbot, window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F8)
    panel = window.client_view.eligibility
    assert window.client_view.tabs.currentWidget() is panel and panel.table.hasFocus()
    said = window.statusBar().currentMessage()
    assert said.startswith("Result to review 1 of 1: ") and said.endswith(denied), said

    window.show_caseload()
    del announcements[:]
    window.open_client(panel.client.id, to_review=True)  # as from Review needed: on the result to review
    said = window.statusBar().currentMessage()
    assert said.startswith("Result to review 1 of 1: ") and said.endswith(denied), said
    heard = [message for _object, message, _politeness in announcements if message.startswith("Opened Dora")]
    assert len(heard) == 1 and heard[0].endswith(f"the first result to review, row {panel.table.currentIndex().row() + 1} "
                                                 f"of {panel.proxy.rowCount()}: Case BA100001, PC 459, {denied}"), heard
