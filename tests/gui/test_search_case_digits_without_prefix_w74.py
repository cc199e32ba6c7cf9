"""W74-02 in the window: Ctrl+F and "3-4-05", the digits of Carla's case "19CR 3-4-05" read
off a docket without the court's letters, was searched as a date of birth (March 4, 2005)
alone and left the list empty.  It lists Carla, and Enter opens her on that case, not her
first; "12-3-45" lists Ana's case and the client born December 3, 1945."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from ui.models.caseload_model import COL_NAME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _client(name: str, dob: date, *numbers: str):
    client = probation_client(name, case_number=numbers[0])
    client.person.dob = dob
    for n, number in enumerate(numbers[1:], start=2):
        case = copy.deepcopy(client.cases[0])
        case.id, case.case_number = f"c{n}", number
        client.cases.append(case)
    return client


def test_w74_02_the_search_box_finds_a_case_by_its_digits_and_opens_on_it(qtbot, window, repo):
    repo.add_client(_client("Ana Ortiz", date(1970, 1, 1), "CR 12-3-45"))
    repo.add_client(_client("Cr Tran", date(1945, 12, 3), "BA100002"))
    carla = repo.add_client(_client("Carla Guiones", date(1990, 1, 2), "BA100004", "19CR 3-4-05"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    proxy = window.caseload.proxy

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.caseload.search, "12-3-45")
    qtbot.waitUntil(lambda: proxy.rowCount() == 2)
    assert sorted(proxy.index(row, COL_NAME).data().split("\n")[0] for row in range(2)) == ["Ana Ortiz", "Cr Tran"]

    qtbot.keyClick(window.caseload.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.caseload.search, "3-4-05")
    qtbot.waitUntil(lambda: proxy.rowCount() == 1)
    assert proxy.index(0, COL_NAME).data().startswith("Carla Guiones")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: view.client is not None and window.pages.currentWidget() is view)
    assert view.client.id == carla
    assert view.record.case_form.case_number.text() == "19CR 3-4-05"
