"""U71-02: after the last case was removed, the Record page still showed that case's fields,
greyed, under "No case yet" (A70); a new client opened after a client with a case showed that
client's case the same way.  The case form is hidden while there is no case: only the words
saying how to add one are there.  Add case or Ctrl+Z brings the form back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import probation_client, show_active


def _shown_texts(window) -> set[str]:
    return {field.text() for field in window.findChildren(QLineEdit) if field.isVisible() and field.text()}


def test_removing_the_last_case_leaves_no_case_fields_in_view(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Rosa Quintero", case_number="BA100001"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    record = window.client_view.record
    assert "BA100001" in _shown_texts(window) and record.case_form.isVisible()
    record.cases.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(record.cases.hasFocus)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Remove case
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases == [])  # a mnemonic clicks a moment later
    qtbot.waitUntil(record.no_case.isVisible)
    assert not record.case_form.isVisible()
    assert "BA100001" not in _shown_texts(window)
    assert "Add case" in record.no_case.text()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the case back
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 1)
    qtbot.waitUntil(record.case_form.isVisible)
    assert not record.no_case.isVisible() and record.case_form.case_number.text() == "BA100001"


def test_a_new_client_shows_no_case_of_the_client_before(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Rosa Quintero", case_number="BA100001"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    window.new_action.trigger()  # Ctrl+N
    record = window.client_view.record
    qtbot.waitUntil(record.no_case.isVisible)
    assert not record.case_form.isVisible() and "BA100001" not in _shown_texts(window)
    qtbot.keyClicks(record.person.name, "Ana Nueva")
    qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)
    assert record.case_form.isVisible() and record.case_form.isEnabled() and not record.no_case.isVisible()
    assert record.case_form.case_number.text() != "BA100001"
