"""X69: the History tab's details said a client added, a screening, a petition recorded and a
denial entered as the audit log keeps them: "{'name': 'Rosa Díaz', 'person': {'dob': ...,
'registrant_290': False, ...}, 'cases': [{'id': 'c1', ...}]}", "{'as_of': '2026-12-04',
'rules_version': ..., 'best': 'eligible_now'}", "petitions: [] → [{'remedy': 'pc1203_4', ...}]",
"{'case': 'c1', 'remedy': 'pc1203_4', 'convictions': ['c1-1'], ...}" and "phone: None →
'555-0101'".  A paralegal or attorney reading History now reads each in the clinic's words: what
changed, from what to what (K66-04 had done it for reviews).  Each test opens the client in the
window, goes to History by Alt+Y and reads the details of a row chosen by keyboard."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# What a Python dict, a JSON key or a registry key in the details looks like.
RAW = re.compile(r"[{}\[\]]|'\w+': |\bNone\b|\bTrue\b|\bFalse\b|_hash|eligible_now|pc1203_4|\bc1(-1)?\b")


def _details_of(qtbot, window, title: str, nth: int = 0) -> str:
    """Alt+Y, then Down from the newest row to the `nth` row titled `title`: its details."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    history = window.client_view.history
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    qtbot.keyClick(history.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the newest row
    titles = [history.model.index(row, 2).data() for row in range(history.model.rowCount())]
    wanted = [row for row, said in enumerate(titles) if said == title][nth]
    for _ in range(wanted):
        qtbot.keyClick(history.table, Qt.Key.Key_Down)
    shown = history.details.toPlainText()
    assert shown.splitlines()[0].endswith(f": {title}"), (titles, wanted, history.table.currentIndex().row())
    if os.environ.get("X69_SHOTS"):
        window.grab().save(os.path.join(os.environ["X69_SHOTS"], f"{title.replace(' ', '-').lower()}-{nth}.png"))
    return shown


def test_x69_01_a_client_added_reads_as_the_record_typed(qtbot, window, repo):
    open_on_record(window, repo, probation_client("Rosa Díaz"))
    shown = _details_of(qtbot, window, "Client added")
    lines = shown.splitlines()
    assert lines[1] == "  Rosa Díaz, 1 case"
    assert "  date of birth: 1985-03-14" in lines
    assert "  Case BA100001, conviction 1, section: “459”" in lines
    assert "  Case BA100001, probation end: 2024-05-01" in lines
    assert "  language: English" in lines
    assert not RAW.search(shown), shown


def test_x69_01_a_screening_reads_as_its_result(qtbot, window, repo):
    open_on_record(window, repo, probation_client("Eva Elegible"))  # opening it screened it
    shown = _details_of(qtbot, window, "Screened")
    assert re.search(r"^  Screened as of \d{4}-\d{2}-\d{2} with the rules of \S+: best result Eligible now$", shown, re.M), shown
    assert not RAW.search(shown), shown


def test_x69_01_a_petition_recorded_and_its_denial_read_by_name(qtbot, window, repo):
    client = probation_client("Dora Denegada")
    client_id, form = open_on_record(window, repo, client)
    # A petition recorded from the desk (the Record tab's Alt+P row, saved)...
    stored = repo.get_client(client_id)
    stored.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ["c1-1"])]
    repo.save_client(stored)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    # ...and its ruling typed in the window: denied, on 2026-11-20.
    (row,) = form.petitions.rows
    row.ruling.setCurrentIndex(row.ruling.findData("denied"))
    type_over(qtbot, row.ruled, "2026-11-20")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling == "denied")

    recorded = _details_of(qtbot, window, "Record edited", nth=1)
    assert "  Case BA100001, petitions: added the PC 1203.4 dismissal petition filed 2026-09-01 (counts: PC 459)" in recorded.splitlines()
    assert not RAW.search(recorded), recorded
    ruled = _details_of(qtbot, window, "Record edited")
    assert "  Case BA100001, the PC 1203.4 dismissal petition filed 2026-09-01, ruling: (nothing) → “denied”" in ruled.splitlines()
    assert "  Case BA100001, the PC 1203.4 dismissal petition filed 2026-09-01, ruled on: (nothing) → 2026-11-20" in ruled.splitlines()
    denial = _details_of(qtbot, window, "Denial entered")
    assert denial.splitlines()[1] == ("  Dismissal after probation (PC 1203.4) on BA100001, counts PC 459, "
                                      "filed 2026-09-01: denied 2026-11-20")
    assert not RAW.search(ruled + denial), ruled + denial


def test_x69_01_a_client_deleted_and_put_back_reads_as_the_record(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Dora Devuelta"))
    repo.restore_client(repo.delete_client(client_id))
    window.load()
    window.open_client(client_id)
    for title in ("Deletion undone", "Client deleted"):
        shown = _details_of(qtbot, window, title)
        assert "  Case BA100001, probation end: 2024-05-01" in shown.splitlines(), shown
        assert not RAW.search(shown), shown


def test_x69_02_a_ruling_saved_before_its_day_says_its_day_was_not_typed(qtbot, window, repo):
    """Typing a ruling saves twice, the Ruling box on leaving it, then the day (K66): History
    read "Denial entered: ... on BA100001: denied", then "...: denied 2026-11-20", as if two
    denials.  The first now says its day was not typed."""
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1))]
    client_id, form = open_on_record(window, repo, client)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    (row,) = form.petitions.rows
    row.ruling.setFocus()
    qtbot.waitUntil(row.ruling.hasFocus)
    while row.ruling.currentData() != "denied":  # stepped to by the arrows, as K66 did
        qtbot.keyClick(row.ruling, Qt.Key.Key_Down)
    qtbot.keyClick(row.ruling, Qt.Key.Key_Tab)  # left: saved
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling == "denied")
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on is None
    (row,) = window.client_view.record.case_form.petitions.rows  # the form as saved
    type_over(qtbot, row.ruled, "2026-11-20")
    qtbot.keyClick(row.ruled, Qt.Key.Key_Tab)  # left: saved
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling_on == date(2026, 11, 20))

    newer = _details_of(qtbot, window, "Denial entered")
    history = window.client_view.history
    said = [history.model.index(r, 3).data() for r in range(history.model.rowCount())
            if history.model.index(r, 2).data() == "Denial entered"]
    assert said == ["Dismissal after probation (PC 1203.4) on BA100001: denied 2026-11-20",
                    "Dismissal after probation (PC 1203.4) on BA100001: denied, the ruling's day not typed"]
    older = _details_of(qtbot, window, "Denial entered", nth=1)
    assert older.splitlines()[1].endswith("filed 2026-09-01: denied, the ruling's day not typed")
    assert newer.splitlines()[1].endswith("filed 2026-09-01: denied 2026-11-20")
