"""The first row added to an empty list of the case form (a condition, a violation) keeps the
Tab chain whole (F58-01)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_checklist_keyboard import open_on_tab
from tests.gui.conftest import probation_client

# The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _tabs_from(qtbot, widget, count: int) -> list:
    """The widgets Tab goes to from `widget`, `count` presses."""
    reached = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


@pytest.mark.parametrize("rows, next_field", [("conditions", "fines_ordered"), ("violations", None)],
                         ids=["condition", "violation"])
def test_tab_goes_on_past_the_first_row_added(qtbot, window, repo, rows, next_field):
    """F58-01: on a case just added (Alt+D), "Add condition" (Alt+I) made a row and put the
    focus in it; Tab went through the row to "Add condition" and then to "← Caseload": the
    Money box (fines, restitution) and "Add petition filed" were no longer reached by Tab from
    the conditions (the new row and its button were moved to the far end of the window's Tab
    chain, after a Qt container).  The first violation did the same.  Tab now goes from the new
    row's button on to the next box, as before the row was added."""
    view, _client_id = open_on_tab(qtbot, window, repo, probation_client("Ada Tabulada"), 0)
    # A case added at the desk (Alt+D), as at intake of a new client, not one opened stored.
    view.record.person.name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.record.person.name.hasFocus)
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.record.cases.count() == 2)
    form = view.record.case_form
    row_list = getattr(form, rows)
    assert row_list.rows == []
    add = row_list.add_button
    add.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(add.hasFocus)
    qtbot.keyClick(add, Qt.Key.Key_Tab)
    after_add = QApplication.focusWidget()  # where Tab went before any row was added
    add.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(add.hasFocus)
    qtbot.keyClick(add, Qt.Key.Key_Space)
    row = row_list.rows[0]
    qtbot.waitUntil(row.isVisible)  # a widget added to a layout is shown by a posted event
    assert row.isAncestorOf(QApplication.focusWidget())
    reached = _tabs_from(qtbot, QApplication.focusWidget(), 12)
    assert add in reached, "Tab from the new row never came to its Add button"
    beyond = reached[reached.index(add) + 1]
    assert beyond is after_add, f"Tab from {add.text()!r} went to {beyond.accessibleName() or beyond}"
    if next_field is not None:
        assert beyond is getattr(form, next_field)
    # And Shift+Tab from there comes back to the button.
    beyond.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(beyond.hasFocus)
    qtbot.keyClick(beyond, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is add
