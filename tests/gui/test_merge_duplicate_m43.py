"""M43: Caseload > Merge a duplicate into this client, by the keyboard: the other record of the
pair named with what differs, what the merge takes shown before it is done, one record made,
and Edit > Undo putting both back as they were."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from clinic_app.model import Payment
from tests.gui.conftest import probation_client
from tests.gui.menus import menu
from ui.merge_dialog import MergeDialog

# The offscreen platform cannot raise a menu or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_merge_a_laptops_record_into_the_open_client_and_undo_it(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Rosa Delgado", restitution_ordered=600, restitution_paid=0))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.phone = None, "(559) 555-0177"
    there.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 21), amount=120, receipt="R-9"))
    (laptop_id,) = repo.import_clients([there]).ids  # back from the laptop: a possible duplicate
    before = (repo.get_client(office_id), repo.get_client(laptop_id))
    window.load()
    assert window.caseload.model.counts()["duplicates"] == 2
    window.open_client(office_id)

    seen: list = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(10, choose)
            return
        dialog.windowHandle().requestActivate()  # as opening it does for a user: its Alt letters go to it
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append((dialog.records.item(0).text(), dialog.preview.toPlainText(), dialog.records.hasFocus()))
        qtbot.keyClick(dialog.records, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # the button's letter
        try:
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)  # a button's letter clicks it after a moment
        except Exception:
            seen.append("Alt+M did not merge")  # closed, or the test would wait for ever
            dialog.reject()

    QTimer.singleShot(0, choose)
    caseload_menu = menu(window, "Caseload")
    caseload_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitUntil(caseload_menu.isVisible)
    qtbot.keyClick(caseload_menu, Qt.Key.Key_M)  # Caseload > Merge a duplicate into this client...
    qtbot.waitUntil(lambda: bool(seen) and not isinstance(QApplication.activeModalWidget(), MergeDialog))
    assert "Alt+M did not merge" not in seen and laptop_id not in repo.client_ids()

    item, preview, focused = seen[0]
    assert item.startswith(f"id {laptop_id}, Rosa Delgado, born 1985-03-14: differs in phone ((559) 555-0177 in id {laptop_id}")
    assert "1 payment only in id" in item and focused
    assert preview.startswith(f"Takes from id {laptop_id}: phone (559) 555-0177; restitution payment $120 on 2026-11-21")
    kept = repo.get_client(office_id)
    assert kept.phone == "(559) 555-0177" and kept.cases[0].money.restitution_paid == 120
    assert window.client_view.client.phone == "(559) 555-0177"  # the page shows the record made
    assert window.caseload.model.row_of_client(laptop_id) is None and window.caseload.model.counts()["duplicates"] == 0
    # Screened again: the restitution the laptop recorded is off what is still owed.
    assert "restitution $480" in repo.latest_screening(office_id).summary.outstanding
    assert "Merge" in window.undo_action.text()

    window.undo_action.trigger()
    assert (repo.get_client(office_id), repo.get_client(laptop_id)) == before
    assert window.client_view.client.phone is None
    assert window.caseload.model.row_of_client(laptop_id) is not None and window.caseload.model.counts()["duplicates"] == 2
    window.redo_action.trigger()
    assert laptop_id not in repo.client_ids() and repo.get_client(office_id).phone == "(559) 555-0177"
