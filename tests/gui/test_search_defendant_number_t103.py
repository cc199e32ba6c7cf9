"""T103-02: the next person at the table brought a Los Angeles Superior Court case summary,
which prints the case number with the defendant's number after a dash: "BA350123-01".  Typed so
into the search box, it found nobody, though the caseload held case BA350123 (the search asked
for "BA350123" and "01" both).  It finds the case's client now, and Enter opens them on that
case; a number stored with the defendant's number is found first by it, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.matching import search_readings
from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("typed, case", [("BA350123-01", "BA350123"), ("ba350123-02", "ba350123"),
                                         ("24CJCM01234-01", "24CJCM01234"), (" LA012345-01 ", "LA012345")])
def test_t103_02_a_printed_defendant_number_is_also_read_without_it(typed, case):
    assert search_readings(typed, TODAY)[-1] == (case, None)
    assert search_readings(typed, TODAY)[0][0].strip() == typed.strip()  # as typed first


@pytest.mark.parametrize("typed", ["12-3-01", "CR 12-3-01", "Rosa Paz 3-2-85", "Ana-01", "BA350123-001", "BA350123"])
def test_t103_02_no_other_search_is_read_so(typed):
    assert all(words != typed.rsplit("-", 1)[0] for words, _born in search_readings(typed, TODAY)[1:])


def test_t103_02_the_number_as_the_court_prints_it_finds_and_opens_the_case(qtbot, window, repo):
    rosa = probation_client("Rosa Testmartinez", case_number="24CJCM05678")
    rosa.cases.append(probation_client("x", case_number="BA350123").cases[0])
    rosa.cases[1].id, rosa.cases[1].convictions[0].id = "c2", "c2-1"
    rosa_id = repo.add_client(rosa)
    other = repo.add_client(probation_client("Ana Otra", case_number="BA350124"))
    kept = repo.add_client(probation_client("Luz Guardada", case_number="VA777001-01"))
    window.load()
    show_active(qtbot, window)

    search = window.caseload.search
    for typed, client_id, case in (("BA350123-01", rosa_id, "BA350123"), ("VA777001-01", kept, "VA777001-01")):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(search, typed)
        qtbot.waitUntil(lambda: window.caseload.proxy.rowCount() == 1)
        assert repo.search_ids(typed) == [client_id]
        qtbot.keyClick(search, Qt.Key.Key_Return)
        view = window.client_view
        qtbot.waitUntil(lambda: view.client is not None and window.pages.currentWidget() is view)
        assert view.client.id == client_id and view.record.case_form.case_number.text() == case
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
    assert [row.id for row in repo.list_clients(search="BA350123-01")] == [rosa_id]
    assert other not in repo.search_ids("BA350123-01")
