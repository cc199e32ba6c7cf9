"""R75-02: "12-3-45", the digits of a case number read off a docket without the court's
letters, lists that case's client and anyone born December 3, 1945 (W74-02, "that case's
client first").  The window lists them in its sort order, by name, and Enter put the keyboard
on the list's first line: a stranger born that day, where the client with the case sorted after
them, and a second Enter opened the stranger.  Enter now puts it on the client with that case."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from ui.models.caseload_model import ClientIdRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _client(name: str, dob: date, *numbers: str):
    client = probation_client(name, case_number=numbers[0])
    client.person.dob = dob
    for n, number in enumerate(numbers[1:], start=2):
        case = copy.deepcopy(client.cases[0])
        case.id, case.case_number = f"c{n}", number
        client.cases.append(case)
    return client


def test_r75_02_enter_on_a_case_numbers_digits_goes_to_the_client_with_that_case(qtbot, window, repo):
    born = [repo.add_client(_client(f"Abel Born {n}", date(1945, 12, 3), f"BA10000{n}")) for n in range(3)]
    zoe = repo.add_client(_client("Zoe Zamora", date(1970, 1, 1), "BA999", "CR 12-3-45"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    proxy = window.caseload.proxy

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.caseload.search, "12-3-45")
    qtbot.waitUntil(lambda: proxy.rowCount() == 4)
    # The list keeps its order (by name): those born that day, then Zoe.
    assert [proxy.index(row, 0).data(ClientIdRole) for row in range(4)] == [*born, zoe]

    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    table = window.caseload.table
    assert QApplication.focusWidget() is table
    assert table.currentIndex().data(ClientIdRole) == zoe
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: view.client is not None and window.pages.currentWidget() is view)
    assert view.client.id == zoe
    assert view.record.case_form.case_number.text() == "CR 12-3-45"


def test_r75_02_a_date_of_birth_alone_still_goes_to_the_lists_first_line(qtbot, window, repo):
    born = [repo.add_client(_client(f"Abel Born {n}", date(1945, 12, 3), f"BA10000{n}")) for n in range(3)]
    window.load()
    window.caseload.search.setText("12/3/1945")
    window.caseload.search.setFocus()
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert window.caseload.proxy.rowCount() == 3
    assert window.caseload.table.currentIndex().data(ClientIdRole) == born[0]
