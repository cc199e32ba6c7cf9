"""L64-04: "Add petition filed" had no Alt letter: on a client with six cases it was 83 Tabs
from Name (C64).  It is Alt+P now, taken from the client's Phone: every other letter of its
words was taken on the Record page.  And no page's Alt letters clash, counting the parts of a
page hidden for this case but shown for another (a sentence, an arrest, a program)."""

from __future__ import annotations

import copy
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from clinic_app.model import ArrestOffense, Money
from tests.gui.conftest import probation_client
from tests.gui.test_accessibility import _mnemonic

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT = Qt.KeyboardModifier.AltModifier


def six_cases():
    client = probation_client("Alta Teclas")
    client.cases[0].money = Money(fines_ordered=300)
    client.cases[0].arrest_offenses = [ArrestOffense(section="484")]
    for n in range(2, 7):
        case = copy.deepcopy(client.cases[0])
        case.id, case.case_number = f"c{n}", f"BA10000{n}"
        for k, conviction in enumerate(case.convictions, 1):
            conviction.id = f"c{n}-{k}"
        client.cases.append(case)
    return client


def test_alt_p_on_the_record_tab_adds_a_petition_filed_and_goes_to_it(qtbot, window, repo):
    client_id = repo.add_client(six_cases())
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.client_view.record.case_form
    name = window.client_view.record.person.name
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    assert form.petitions.rows == []
    qtbot.keyClick(name, Qt.Key.Key_P, ALT)  # it typed nothing and went nowhere: P was the Phone's
    qtbot.waitUntil(lambda: len(form.petitions.rows) == 1)  # a mnemonic clicks a moment later
    row = form.petitions.rows[0]
    assert row.isAncestorOf(QApplication.focusWidget())  # typed straight on in the new row
    assert name.text() == "Alta Teclas"


def _owners(window, root: QWidget) -> dict[str, list[tuple[str, str]]]:
    """Every Alt letter the window offers while `root` (a page) is shown: the menus, the tabs
    and controls shown outside the page, and every label, button and box of the page, shown
    or not (hidden for this case, shown for another), as {letter: [(kind, text)]}."""
    found: dict[str, list[tuple[str, str]]] = {}
    for action in window.menuBar().actions():
        found.setdefault(_mnemonic(action.text()), []).append(("menu", action.text()))
    for widget in window.findChildren(QWidget):
        inside = root.isAncestorOf(widget)
        if not inside and not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            kind = "label" if isinstance(widget, (QLabel, QGroupBox)) else "button"
            found.setdefault(_mnemonic(text), []).append((kind, text))
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible() or root.isAncestorOf(tabs):
            for i in range(tabs.count()):
                found.setdefault(_mnemonic(tabs.tabText(i)), []).append(("tab", tabs.tabText(i)))
    # And the keys a page gives by a shortcut of its own, with no letter shown (X74-02's Alt+X
    # in a case, Alt+P in a payment form): one key, however many forms of a page each give it.
    from PySide6.QtGui import QShortcut

    keys = {}
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if isinstance(owner, QWidget) and (owner is root or root.isAncestorOf(owner) or owner.isVisible()):
            letter = re.fullmatch(r"Alt\+([A-Z0-9])", shortcut.key().toString())
            if letter:
                keys[letter.group(1).lower()] = shortcut.key().toString()
    for letter, key in keys.items():
        found.setdefault(letter, []).append(("key", key))
    found.pop(None, None)
    return found


def test_no_page_shares_an_alt_letter_shown_or_hidden(qtbot, window, repo):
    client_id = repo.add_client(six_cases())
    window.load()
    pages = [("caseload", _owners(window, window.caseload))]
    window.open_client(client_id)
    view = window.client_view
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        pages.append((view.tabs.tabText(tab), _owners(window, view.tabs.widget(tab))))
    clashes = [(page, key, users) for page, found in pages for key, users in found.items()
               if len(users) > 1 and any(kind != "label" for kind, _ in users)]
    assert clashes == []
    record = dict(pages)["&Record"]
    assert [(key, users) for key, users in record.items() if len(users) > 1] == []  # K20-11: not even two labels
    assert record["p"] == [("button", "Add &petition filed")]
    assert record["x"] == [("key", "Alt+X")]  # the count's Trafficking / IPV box (X74-02)
    assert dict(pages)["Chec&klist"]["p"] == [("key", "Alt+P")]  # a payment form's Add payment (K38-07)
