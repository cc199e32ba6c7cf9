"""R84a-05: a count's offense typed over and then typed back as the record shows it, before
the field is left (a slip: "488" typed in "PC 459", then "PC 459" again), took the catalog's
wobbler flag as a new section typed does (I29-02): an imported count's unknown flag was saved
"Yes" ("Saved: Edit Case 1, conviction 2, wobbler"), an edit nobody made, the offense being what
it was (F83's "put back to its first text writes nothing" held for the section alone).  The
record's own count typed back now keeps the record's level and flag; a section typed anew
takes the catalog's, as before."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _client(section: str, level: str, wobbler):
    client = probation_client("Rita Retype", section=section)
    count = client.cases[0].convictions[0]
    count.level, count.wobbler = level, wobbler
    return client


def _retype(qtbot, field, *texts: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    for text in texts:
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(field.window().focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # and saved


@pytest.mark.parametrize("section, level, wobbler, shown", [
    ("484(a)", "felony", True, "PC 484(a)"),  # the clinic's felony (a prior, PC 666), ticked a wobbler: held before too
    ("PC 459", "misdemeanor", None, "PC 459"),  # imported: the code in the section, the flag not known
])
def test_r84a_05_the_records_own_count_typed_back_writes_nothing(qtbot, window, repo, section, level, wobbler, shown):
    view, client_id = open_on_tab(qtbot, window, repo, _client(section, level, wobbler), 0)
    row = view.record.case_form.convictions.rows[0]
    assert row.offense.text() == shown
    steps = window.undo_stack.count()
    _retype(qtbot, row.offense, "488", shown)
    stored = repo.get_client(client_id).cases[0].convictions[0]
    assert (stored.section, stored.level, stored.wobbler) == (section, level, wobbler)
    assert window.undo_stack.count() == steps, window.undo_action.text()


def test_r84a_05_a_section_typed_anew_still_takes_the_catalogs_level(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _client("484(a)", "felony", True), 0)
    _retype(qtbot, view.record.case_form.convictions.rows[0].offense, "11350")
    stored = repo.get_client(client_id).cases[0].convictions[0]
    assert (stored.code, stored.section) == ("HS", "11350")
    assert stored.wobbler is False  # the catalog's flag for HS 11350, over the record's True
