"""X45: Merge a duplicate after the end-of-day import: the dialog says which of the two
records the import added (the laptop's copy), and the caseload window counts the pairs the
import found by a name put right on a laptop under "Possible duplicates"."""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from ui.merge_dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

TODAY = datetime.now(timezone.utc).date().isoformat()


def merge_dialog_says(qtbot, window, shot: str | None = None) -> list[str]:
    """Caseload > Merge a duplicate into this client..., then Escape: what the dialog said of
    where each other record came from, as the user saw it."""
    seen: list[str] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(10, in_dialog)
            return
        try:
            for row in range(dialog.records.count()):
                dialog.records.setCurrentRow(row)
                origin = getattr(dialog, "origin", None)  # closed whatever it shows, or the test would hang
                seen.append(origin.text() if origin is not None and origin.isVisible() else "(not said)")
            dialog.records.setCurrentRow(0)
            if shot:
                dialog.grab().save(shot)
        finally:
            dialog.reject()

    QTimer.singleShot(0, in_dialog)
    window.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(seen) and not isinstance(QApplication.activeModalWidget(), MergeDialog))
    return seen


def test_the_dialog_says_which_record_is_the_laptops_copy(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Rosa Delgado"))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.phone = None, "(559) 555-0177"  # given a phone on the laptop: a possible duplicate
    (laptop_id,) = repo.import_clients([there], source="fresno-clinic-day.jsonl").ids
    window.load()

    window.open_client(office_id)
    assert merge_dialog_says(qtbot, window) == [
        f"The laptop's copy is the other record, id {laptop_id}: the import of fresno-clinic-day.jsonl added it on "
        f"{TODAY}. This client, id {office_id}, was in the caseload before it."]

    window.open_client(laptop_id)  # the paralegal opened the laptop's copy first
    assert merge_dialog_says(qtbot, window) == [
        f"The laptop's copy is this client, id {laptop_id}: the import of fresno-clinic-day.jsonl added it on {TODAY}. "
        f"The other record, id {office_id}, was in the caseload before it; to keep that one, open id {office_id} and "
        "merge this client into it."]


def test_a_record_typed_here_after_the_import_is_not_said_to_be_the_earlier(qtbot, window, repo):
    (laptop_id,) = repo.import_clients([probation_client("Rosa Delgado")], source="fresno-clinic-day.jsonl").ids
    typed_id = repo.add_client(probation_client("Rosa Delgado", case_number="BA100002"))  # typed in the next morning
    window.load()
    window.open_client(typed_id)
    assert merge_dialog_says(qtbot, window) == [
        f"The laptop's copy is the other record, id {laptop_id}: the import of fresno-clinic-day.jsonl added it on "
        f"{TODAY}. This client, id {typed_id}, was added to the caseload after it."]


def test_the_dialog_says_when_neither_record_came_from_an_import(qtbot, window, repo):
    first = repo.add_client(probation_client("Rosa Delgado"))
    second = repo.add_client(probation_client("Rosa Delgado", case_number="BA100002"))
    window.load()
    window.open_client(first)
    assert merge_dialog_says(qtbot, window) == [
        f"The caseload's log names no import for either record (this client, id {first}; the other, id {second}): "
        "both were typed in here, or imported before the log kept the file's name."]
