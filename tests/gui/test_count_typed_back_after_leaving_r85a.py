"""R85a-01: R84a-05 kept the level box as it stood when the record's own count was typed back.
Typed over with another section and the field left ("488" then Tab: the catalog's Misdemeanor
and "not a wobbler" fill the boxes, as I29-02 wants for a section typed anew), then typed back
as the record shows it ("PC 459" then Tab), the count kept 488's facts: a felony burglary,
flagged a wobbler, was saved a misdemeanor and not a wobbler, an edit nobody made that changes
its screening.  The record's own count typed back now puts back the record's level and flag
where the catalog had filled them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _typed_and_left(qtbot, field, text: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("section, level, wobbler", [
    ("459", "felony", True),  # the clinic's own count
    ("PC 459", "felony", None),  # imported: the code in the section, the flag not known
])
def test_r85a_01_the_records_count_typed_back_after_another_puts_back_its_facts(qtbot, window, repo, section, level, wobbler):
    client = probation_client("Rita Retype", section=section)
    count = client.cases[0].convictions[0]
    count.level, count.wobbler = level, wobbler
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    row = view.record.case_form.convictions.rows[0]
    assert row.offense.text() == "PC 459"
    _typed_and_left(qtbot, row.offense, "488")
    assert row.level.currentData() == "misdemeanor"  # the catalog's, for the section typed anew
    _typed_and_left(qtbot, row.offense, "PC 459")
    assert (row.level.currentData(), row.wobbler.currentData()) == (level, wobbler)
    qtbot.keyClick(row.window().focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = repo.get_client(client_id).cases[0].convictions[0]
    assert (stored.section, stored.level, stored.wobbler) == (section, level, wobbler)
