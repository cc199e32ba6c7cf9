"""A70-01: every button on the client window has an Alt letter of its own.

"Add violation" and "Remove case" had none: every letter of their words was taken on the
Record page, so each was Tabs away (L64).  They are Alt+A and Alt+M now; Aliases gave up its A
(one Tab after Name) and the case number moved from M to U, which Outcome gave up (two Tabs
after the case number, and a case Add case makes is already "convicted").

The check walks each page of the client window as it shows, with a row of every kind put in
(a violation, a condition, a petition, relief granted), and finds no push button or tab without
a letter and no letter that two buttons, tabs or menus share.  Left without a letter, on
purpose and named here: the buttons repeated on every row (K20-11, K38-07), where one letter
would only move between them, and "← Caseload", whose key is Alt+Left (a letter of its word
is the Caseload menu's, K19-07).  Check boxes are fields, as the field labels are, and are
not counted.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget

from tests.gui.test_accessibility import _mnemonic
from tests.gui.test_alt_keys_l64 import six_cases

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT = Qt.KeyboardModifier.AltModifier
# On each row, or each case's payment form: one letter for all of them would only move the
# focus from one to the next (K20-11, K38-07); Alt+P adds the payment of the form it is in.
ON_EVERY_ROW = {"Remove", "Add relief already granted", "Add payment"}


def _every_row_kind_shown(window) -> None:
    form = window.client_view.record.case_form
    for rows in (form.violations, form.conditions, form.petitions):
        rows.add_button.click()
    next(b for b in form.findChildren(QPushButton) if b.text() == "Add relief already granted").click()


def _page_keys(window) -> tuple[list[str], dict[str, list[str]]]:
    """The visible push buttons and tabs with no letter, and {letter: [owners]} of the buttons,
    tabs and menus shown now, with the labels that share a letter with one of them."""
    without, owners, labels = [], {}, {}
    for action in window.menuBar().actions():
        owners.setdefault(_mnemonic(action.text()), []).append(f"menu {action.text()}")
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            for i in range(tabs.count()):
                key = _mnemonic(tabs.tabText(i))
                if key is None:
                    without.append(f"tab {tabs.tabText(i)}")
                owners.setdefault(key, []).append(f"tab {tabs.tabText(i)}")
    for button in window.findChildren(QPushButton):
        if not button.isVisible():
            continue
        key = _mnemonic(button.text())
        if key is None:
            if button.text() not in ON_EVERY_ROW and button is not window.client_view.back:
                without.append(f"button {button.text()}")
            continue
        owners.setdefault(key, []).append(f"button {button.text()}")
    for label in window.findChildren(QLabel):
        if label.isVisible() and _mnemonic(label.text()):
            labels.setdefault(_mnemonic(label.text()), []).append(f"label {label.text()}")
    owners.pop(None, None)
    return without, {key: users + labels.get(key, []) for key, users in owners.items()}


def test_every_button_and_tab_of_each_client_page_has_a_letter_no_other_shares(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(six_cases()))
    window.show()
    view = window.client_view
    _every_row_kind_shown(window)
    seen = {}
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        without, owners = _page_keys(window)
        seen[view.tabs.tabText(tab)] = (without, {key: users for key, users in owners.items() if len(users) > 1})
    assert seen == {tab: ([], {}) for tab in seen}
    # The exceptions are what they say: ← Caseload has its key, and each repeated button is repeated.
    assert any(key.key() == QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left) for key in view.findChildren(QShortcut))
    view.tabs.setCurrentIndex(0)
    shown = [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]
    assert shown.count("Remove") > 1 and shown.count("Add relief already granted") >= 1
    view.tabs.setCurrentIndex(1)
    assert [b.text() for b in window.findChildren(QPushButton) if b.isVisible()].count("Add payment") > 1


def test_alt_a_adds_a_violation_alt_u_goes_to_the_case_number_and_alt_m_removes_the_case(qtbot, window, repo, announcements):
    client_id = repo.add_client(six_cases())
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    name = record.person.name
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    form = record.case_form
    assert form.violations.rows == []
    qtbot.keyClick(name, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: len(form.violations.rows) == 1)  # a mnemonic clicks a moment later
    assert form.violations.rows[0].isAncestorOf(QApplication.focusWidget())
    assert name.text() == "Alta Teclas"
    form.violations.rows[0].remove.click()  # an undated violation would hold the case form
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, ALT)
    qtbot.waitUntil(form.case_number.hasFocus)
    assert form.case_number.text() == "BA100001"
    record.cases.setCurrentRow(2)
    qtbot.waitUntil(lambda: form.case_number.text() == "BA100003")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 5)
    assert "BA100003" not in [case.case_number for case in repo.get_client(client_id).cases]
    # One key, no question, and the keyboard left where it was: it is said (A70-05).
    assert window.statusBar().currentMessage() == "Removed case BA100003. Edit > Undo (Ctrl+Z) puts it back."
    assert any(message == "Removed case BA100003. Edit > Undo (Ctrl+Z) puts it back." for _, message, _ in announcements)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 6)
