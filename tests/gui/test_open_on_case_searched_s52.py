"""S52-03: a client found in the caseload search by one of their case numbers opens on that
case (C48-04), for every case of the client and however the number was typed as the search
finds it: with the name beside it ("Rosa LA 0056789"), by its last part alone ("0056789" of
"LA 0056789"), by the start of one case's number ("Teclado BA2"), and from the list when
several clients match.  Those opened on the first case, the one any search opened on."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Case
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import two_cases

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def _four_cases():
    """Rosa's cases: the first two as C48's tests have them, a third and fourth numbered as
    other courts write them (a dash, a space)."""
    client = two_cases()
    for case_id, number in (("c3", "24CR-012345"), ("c4", "LA 0056789")):
        case: Case = copy.deepcopy(client.cases[1])
        case.id, case.case_number = case_id, number
        client.cases.append(case)
    return client


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _search(qtbot, window, words: str) -> None:
    """Ctrl+F, the words typed over what the box held, Enter."""
    _key(qtbot, Qt.Key.Key_F, CTRL)
    search = window.caseload.search
    assert QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(search, words)
    qtbot.keyClick(search, Qt.Key.Key_Return)


@pytest.fixture
def rosa(qtbot, window, repo):
    client_id = repo.add_client(_four_cases())
    repo.add_client(probation_client("Ben Otro", case_number="23CR-012399"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return client_id


def _opened_on(qtbot, window, client_id: int) -> str:
    view = window.client_view
    qtbot.waitUntil(lambda: view is not None and window.pages.currentWidget() is view)
    assert view.client.id == client_id
    shown = view.record.case_form.case_number.text()
    assert view.record.cases.currentItem().text().startswith(shown)  # the case list says the same one
    _key(qtbot, Qt.Key.Key_L, CTRL)  # back to the caseload for the next search
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
    return shown


def test_each_case_of_a_client_is_opened_on_by_its_number(qtbot, window, rosa):
    opened = {}
    for words in ("BA100001", "ba-200002", "24cr 012345", "LA 0056789",   # as C48-04 found them
                  "Rosa LA 0056789", "Teclado 24CR-012345",               # the name beside the number
                  "0056789", "012345",                                    # a number's last part
                  "Teclado BA2",                                          # the start of one case's number
                  "Rosa"):                                                # no number: the first case
        _search(qtbot, window, words)
        opened[words] = _opened_on(qtbot, window, rosa)
    assert opened == {
        "BA100001": "BA100001", "ba-200002": "BA200002", "24cr 012345": "24CR-012345", "LA 0056789": "LA 0056789",
        "Rosa LA 0056789": "LA 0056789", "Teclado 24CR-012345": "24CR-012345",
        "0056789": "LA 0056789", "012345": "24CR-012345",
        "Teclado BA2": "BA200002",
        "Rosa": "BA100001",
    }


def test_a_case_number_two_clients_share_a_part_of_opens_from_the_list_on_the_one_searched(qtbot, window, rosa):
    """"0123" starts Rosa's 24CR-012345 and Ben's 23CR-012399: Enter goes to the list, and the
    client chosen there opens on the case of theirs the search found."""
    _search(qtbot, window, "0123")
    table = window.caseload.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert window.caseload.proxy.rowCount() == 2
    window.caseload.select_client(rosa)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert _opened_on(qtbot, window, rosa) == "24CR-012345"


def test_a_date_of_birth_searched_names_no_case():
    """"3/2/1985" finds a client by their date of birth: a case numbered "1985-0302" is not
    the one searched for."""
    from ui.client_view import case_found

    cases = _four_cases().cases
    cases[3].case_number = "1985-0302"
    assert case_found(cases, "3/2/1985") is None and case_found(cases, "1985-03-02") is None  # opened on the first case
    assert case_found(cases, "1985-0302") == 3


def test_the_case_opened_on_is_said_first_case_too(qtbot, window, rosa, monkeypatch):
    """S52-04: opened on the Record tab's tab (F49), a screen reader heard "Record" and nothing
    of the case shown: the first case searched for was heard as a name searched for.  The case
    found by its number is now announced, from the tab bar the keyboard is on."""
    heard = []
    monkeypatch.setattr("ui.client_view.announce", lambda source, said: heard.append((source, said)))
    said = {}
    for words in ("BA100001", "Rosa 0056789", "Rosa"):
        heard.clear()
        _search(qtbot, window, words)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_view)
        said[words] = [text for source, text in heard if source is window.client_view.tabs.tabBar()]
        _key(qtbot, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
    assert said == {"BA100001": ["Opened on case BA100001 (1 of 4), the case number searched for."],
                    "Rosa 0056789": ["Opened on case LA 0056789 (4 of 4), the case number searched for."],
                    "Rosa": []}
