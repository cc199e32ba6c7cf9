"""R86-06: a wobbler flag chosen by hand between a slip and its correction was put back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab
from tests.gui.test_count_typed_back_after_leaving_r85a import _typed_and_left

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _choose(qtbot, combo, data) -> None:
    """Choose an item of `combo` with the keyboard, as a user does (activated, not set by code)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    for key in (Qt.Key.Key_Home, *[Qt.Key.Key_Down] * combo.count()):
        if combo.currentData() == data and key != Qt.Key.Key_Home:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data, [combo.itemData(i) for i in range(combo.count())]


def test_r86_06_a_flag_chosen_after_the_slip_stays_when_the_records_count_is_typed_back(qtbot, window, repo):
    """An imported 'PC 459', its wobbler flag not known: '488' typed over it and Tab (the catalog
    fills 'No'), the Wobbler box set to 'Yes' by hand (the paralegal reading the docket), then
    'PC 459' typed back and Tab.  R85a-01 put the record's flag back over the one just chosen,
    'Unknown', as it does the catalog's: an edit undone that nobody asked to undo.  A level
    chosen so has stayed since R85a-01; the flag now does too, and the catalog's still goes."""
    client = probation_client("Rita Retype", section="PC 459")
    count = client.cases[0].convictions[0]
    count.level, count.wobbler = "felony", None
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    row = view.record.case_form.convictions.rows[0]
    _typed_and_left(qtbot, row.offense, "488")
    assert row.wobbler.currentData() is False  # the catalog's, for the section typed anew
    _choose(qtbot, row.wobbler, True)
    _typed_and_left(qtbot, row.offense, "PC 459")
    assert (row.level.currentData(), row.wobbler.currentData()) == ("felony", True)
    qtbot.keyClick(row.window().focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = repo.get_client(client_id).cases[0].convictions[0]
    assert (stored.section, stored.level, stored.wobbler) == ("PC 459", "felony", True)
