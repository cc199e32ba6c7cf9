"""X45: Merge a duplicate after the end-of-day import: the dialog says which of the two
records the import added (the laptop's copy), and the caseload window counts the pairs the
import found by a name put right on a laptop under "Possible duplicates"."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from ui.merge_dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

def today() -> str:
    """The day where the clinic is, as the dialog says it (R46-03): asked when the dialog is read,
    not once as the module was collected, which a run crossing midnight found a day behind."""
    return datetime.now().astimezone().date().isoformat()


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
        f"The other record, id {laptop_id}, came by import: the import of fresno-clinic-day.jsonl added it on "
        f"{today()}. This client, id {office_id}, was in the caseload before it."]

    window.open_client(laptop_id)  # the paralegal opened the laptop's copy first
    assert merge_dialog_says(qtbot, window) == [
        f"This client, id {laptop_id}, came by import: the import of fresno-clinic-day.jsonl added it on {today()}. "
        f"The other record, id {office_id}, was in the caseload before it; to keep that one, open id {office_id} and "
        "merge this client into it."]


def test_a_record_typed_here_after_the_import_is_not_said_to_be_the_earlier(qtbot, window, repo):
    (laptop_id,) = repo.import_clients([probation_client("Rosa Delgado")], source="fresno-clinic-day.jsonl").ids
    typed_id = repo.add_client(probation_client("Rosa Delgado", case_number="BA100002"))  # typed in the next morning
    window.load()
    window.open_client(typed_id)
    assert merge_dialog_says(qtbot, window) == [
        f"The other record, id {laptop_id}, came by import: the import of fresno-clinic-day.jsonl added it on "
        f"{today()}. This client, id {typed_id}, was added to the caseload after it."]


def test_the_dialog_says_when_neither_record_came_from_an_import(qtbot, window, repo):
    first = repo.add_client(probation_client("Rosa Delgado"))
    second = repo.add_client(probation_client("Rosa Delgado", case_number="BA100002"))
    window.load()
    window.open_client(first)
    assert merge_dialog_says(qtbot, window) == [
        f"The caseload's log names no import for either record (this client, id {first}; the other, id {second}): "
        "both were typed in here, or imported before the log kept the file's name."]


def test_a_name_put_right_on_a_laptop_is_counted_under_possible_duplicates(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Ángel Villaseñor", case_number="TA681172"))
    repo.add_client(probation_client("Darnell Brooks", case_number="BA200002"))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.name = None, "Ángel Villaseñor Ramírez"  # the second surname added on the laptop
    result = repo.import_clients([there], source="fresno-clinic-day.jsonl")
    (laptop_id,) = result.ids
    assert result.renamed and not result.similar  # named by the import; not one name and birth date
    with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=30_000):
        window.load_in_background()  # as after an import (the pairs put right read after the list: L47-01)
    view = window.caseload
    button = view.count_buttons["duplicates"]
    assert button.text() == "Possible d&uplicates: 2"

    button.click()
    assert view.model.current_filter().duplicates == {office_id, laptop_id}
    assert view.model.rowCount() == 2

    # Merged: the pair is one record, and the count goes.
    window.open_client(office_id)
    mine, other = repo.get_client(office_id), repo.get_client(laptop_id)
    from clinic_app.merging import merge_into
    merged = merge_into(mine, other, my_reviews=[], their_reviews=[], keys_used=repo.record_keys_used(office_id))
    window._client_view().merge_duplicate(merged, laptop_id, (mine, other), ([], []), "Merge")
    qtbot.waitUntil(lambda: button.text() == "Possible d&uplicates: 0")


def test_the_put_right_pairs_are_those_the_merge_offers():
    """As clinic_app.matching.put_right_elsewhere decides pair by pair: another name with the
    same facts and birth date, or a shared case number with one of name and birth date the same."""
    from datetime import date

    from clinic_app.matching import put_right_pairs

    born, other_day = date(1985, 3, 14), date(1985, 4, 1)
    people = [(1, "Ana Peña", born, "h1"), (2, "Ana Pena Ruiz", born, "h1"),  # same facts, another name
              (3, "Luis Ortiz", born, "h2"), (4, "Luis Ortiz", other_day, "h3"),  # case number, birth date put right
              (5, "Mia Chen", born, "h4"), (6, "Bo Park", other_day, "h5"),  # a number, but nothing else: two people
              (7, "Rosa Díaz", born, "h6"), (8, "Rosa Diaz", born, "h7"),  # one person key: counted as such already
              (9, "Kim Lee", born, None), (10, "Kim Leigh", born, None)]  # no cases: no facts to meet
    numbers = [(3, "BA-123 456"), (4, "ba123456"), (5, "LA1"), (6, "la-1"), (7, "X9"), (8, "X9")]
    assert put_right_pairs(people, numbers) == {frozenset((1, 2)), frozenset((3, 4))}
