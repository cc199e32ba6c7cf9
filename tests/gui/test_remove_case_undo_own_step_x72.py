"""X72-02: typing pending in another field when Remove case (Alt+M) removes a case is saved
as its own undo step, first.

The removal stored the forms as typed less the case, one step: Ctrl+Z put the case back and
took back the name typed just before with it (R71; the mouse's click did the same before
A70).  Now the typing is saved first ("Edit name"), then the removal: Ctrl+Z puts back only
the case, a second Ctrl+Z the name.  Typing in the case removed still goes with the case: it
is no typing to keep (R71 saw it hold).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_alt_keys_l64 import six_cases

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _open_on_third_case(qtbot, window, repo) -> int:
    client_id = repo.add_client(six_cases())
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    record.cases.setCurrentRow(2)
    qtbot.waitUntil(lambda: record.case_form.case_number.text() == "BA100003")
    return client_id


def _numbers(repo, client_id) -> list[str]:
    return [case.case_number for case in repo.get_client(client_id).cases]


def test_a_name_typed_then_alt_m_undo_puts_back_the_case_and_keeps_the_name(qtbot, window, repo):
    client_id = _open_on_third_case(qtbot, window, repo)
    name = window.client_view.record.person.name
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " Ruiz")
    assert repo.get_client(client_id).name == "Alta Teclas"  # still typing: not saved yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: "BA100003" not in _numbers(repo, client_id))
    assert repo.get_client(client_id).name == "Alta Teclas Ruiz"
    stack = window.undo_stack
    assert stack.undoText() == "Remove case BA100003 (Alta Teclas Ruiz)"
    assert stack.text(stack.index() - 2).startswith("Edit name")  # the typing, its own step before

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(_numbers(repo, client_id)) == 6)
    stored = repo.get_client(client_id)
    assert stored.name == "Alta Teclas Ruiz"  # only the case came back
    assert _numbers(repo, client_id) == [f"BA10000{n}" for n in range(1, 7)]
    assert name.text() == "Alta Teclas Ruiz"
    assert stack.undoText().startswith("Edit name")

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # and the name, a step of its own
    qtbot.waitUntil(lambda: repo.get_client(client_id).name == "Alta Teclas")
    assert len(_numbers(repo, client_id)) == 6


def test_typing_in_the_case_removed_goes_with_it_and_undo_brings_it_back_as_stored(qtbot, window, repo):
    client_id = _open_on_third_case(qtbot, window, repo)
    county = window.client_view.record.case_form.county
    county.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(county.hasFocus)
    county.selectAll()
    qtbot.keyClicks(county, "Kern")
    depth = window.undo_stack.index()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: "BA100003" not in _numbers(repo, client_id))
    assert window.undo_stack.index() == depth + 1  # one step: nothing of the case removed saved first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(_numbers(repo, client_id)) == 6)
    back = next(case for case in repo.get_client(client_id).cases if case.case_number == "BA100003")
    assert back.county != "Kern"
