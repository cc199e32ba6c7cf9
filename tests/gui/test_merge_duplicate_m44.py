"""M44: Merge a duplicate at the end of a clinic day, as the paralegal does it by the keyboard:
pairs the import named but the dialog did not offer, the dialog's words and focus, what the
History tab and the status bar say."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clinic_app.model import Payment
from tests.gui.conftest import probation_client
from ui.merge_dialog import MergeDialog

# The offscreen platform cannot raise a menu or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def merge_by_keyboard(qtbot, window, keys=((Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier),)) -> dict:
    """Caseload > Merge a duplicate into this client..., then `keys` in the dialog; what the
    dialog showed, as the user saw it."""
    seen: dict = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):  # "no possible duplicate": said, and the test goes on to fail
            seen.update(items=[], message=dialog.text())
            dialog.close()
            return
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(10, in_dialog)
            return
        dialog.windowHandle().requestActivate()  # as opening it does for a user: its Alt letters go to it
        qtbot.waitUntil(dialog.isActiveWindow)
        records = dialog.records
        seen.update(items=[records.item(n).text() for n in range(records.count())], preview=dialog.preview.toPlainText(),
                    # the first record's line within the list's width, nothing to scroll sideways for
                    fits=records.horizontalScrollBar().maximum() == 0
                    and records.visualItemRect(records.item(0)).width() <= records.viewport().width(),
                    lines=records.visualItemRect(records.item(0)).height() // records.fontMetrics().lineSpacing())
        for key, modifier in keys:
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        try:
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
        except Exception:
            seen["left open"] = True
            dialog.reject()
        QTimer.singleShot(0, after_dialog)

    def after_dialog() -> None:
        box = QApplication.activeModalWidget()  # what the merge says it kept or left to check, if anything
        if isinstance(box, QMessageBox):
            seen["after"] = box.text()
            box.accept()

    QTimer.singleShot(0, in_dialog)
    window.merge_action.trigger()
    qtbot.waitUntil(lambda: "items" in seen and not isinstance(QApplication.activeModalWidget(), MergeDialog))
    assert "left open" not in seen
    return seen


def test_a_name_put_right_on_the_laptop_is_offered_with_what_differs(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Ángel Villaseñor", case_number="TA681172"))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.name = None, "Ángel Villaseñor Ramírez"  # the second surname added on the laptop
    result = repo.import_clients([there])
    (laptop_id,) = result.ids
    assert result.renamed  # the import named the pair
    window.load()
    window.open_client(office_id)

    seen = merge_by_keyboard(qtbot, window)

    assert seen["items"] == [f"id {laptop_id}, Ángel Villaseñor Ramírez, born 1985-03-14: another name, but case TA681172 in "
                             f"both; differs in the name ('Ángel Villaseñor Ramírez' in id {laptop_id}, 'Ángel Villaseñor' "
                             f"in id {office_id})"]
    assert "Keeps this record's name Ángel Villaseñor (id " in seen["preview"]
    assert laptop_id not in repo.client_ids()
    assert repo.get_client(office_id).aliases == ["Ángel Villaseñor Ramírez"]


def test_what_differs_is_read_whole_in_the_list_of_other_records(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Rosa Delgado", restitution_ordered=600, restitution_paid=0))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.phone = None, "(559) 555-0177"
    there.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 21), amount=120, receipt="R-9"))
    repo.import_clients([there])
    window.load()
    window.open_client(office_id)

    seen = merge_by_keyboard(qtbot, window, keys=[(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)])

    assert len(seen["items"][0]) > 120  # more than the list's width holds on one line
    assert seen["fits"] and seen["lines"] >= 2  # wrapped, not run off the right edge


def history_lines(window) -> list[str]:
    """The History tab of the open client, as it reads: what, then what changed."""
    window.client_view.tabs.setCurrentWidget(window.client_view.history)
    model = window.client_view.history.model
    return [f"{model.index(row, 2).data()}: {model.index(row, 3).data()}" for row in range(model.rowCount())]


def test_the_history_tab_says_which_way_a_merge_and_its_undo_went(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Rosa Delgado", restitution_ordered=600, restitution_paid=0))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id = None
    there.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 21), amount=120, receipt="R-9"))
    (laptop_id,) = repo.import_clients([there]).ids
    window.load()
    window.open_client(office_id)
    merge_by_keyboard(qtbot, window)
    window.undo_action.trigger()

    said = [line for line in history_lines(window) if line.startswith(("Duplicate merged in", "Merge undone"))]
    assert said == [f"Merge undone: id {laptop_id} back as a record of its own; taken back out: Case BA100001: restitution paid, payments",
                    f"Duplicate merged in: from id {laptop_id}, taken in: Case BA100001: restitution paid, payments"]
    window.open_client(laptop_id)
    said = [line for line in history_lines(window) if line.startswith(("Merged into", "Merge undone"))]
    assert said == [f"Merge undone: back as a record of its own, out of id {office_id}", f"Merged into another record: into id {office_id}"]


def test_the_status_bar_says_what_the_merge_took_and_a_phone_kept_is_said(qtbot, window, repo):
    office = probation_client("Ana Peña", restitution_ordered=600, restitution_paid=0)
    office.phone = "(310) 555-0118"
    office_id = repo.add_client(office)
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.phone = None, "(323) 555-0142"  # a new phone, taken down at the fair
    there.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 21), amount=120, receipt="R-9"))
    (laptop_id,) = repo.import_clients([there]).ids
    window.load()
    window.open_client(office_id)

    seen = merge_by_keyboard(qtbot, window)

    said = window.statusBar().currentMessage()
    assert said.startswith(f"Merged id {laptop_id} into Ana Peña (id {office_id}): took restitution payment $120 on 2026-11-21")
    assert said.endswith("Edit > Undo puts both back.")
    assert "To check" not in seen["after"] and seen["after"].startswith(said) and f"Keeps this record's phone (310) 555-0118 (id {laptop_id} has (323) 555-0142)" in seen["after"]
