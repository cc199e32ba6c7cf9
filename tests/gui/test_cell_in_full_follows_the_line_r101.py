"""R101-03: the caseload's cut cell said whole in the status bar (K97-01) kept its words when the
line changed under the keyboard: on Ana Peña's Clinic event, cut in its column, the bar said
"Clinic event for Ana Peña: Compton expungement fair ..."; another desk then put her at the
Pomona event, and the window come back to followed it (her line now "Pomona record clearance
...", D32-03), but the bar still named Compton until the keyboard moved (R100's "Left alone").
The words now follow the cell the keyboard is on when its line's data changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from db.repository import Repository
from tests.gui.conftest import probation_client, show_active
from ui.models.caseload_model import COL_EVENT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

COMPTON = "Compton expungement fair and Saturday record clearance clinic at the courthouse"
POMONA = "Pomona record clearance night at the public library, second floor meeting room"


def test_r101_03_the_cut_cell_s_words_follow_a_change_of_its_line(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Ana Peña", event=COMPTON))
    window.load()
    window.resize(900, 600)
    show_active(qtbot, window)
    table = window.caseload.table
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    for _ in range(COL_EVENT):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.hasFocus() and table.currentIndex().column() == COL_EVENT
    assert window.statusBar().currentMessage() == f"Clinic event for Ana Peña: {COMPTON}"

    with Repository.open(repo.path, user="desk-2") as desk_2:
        ana = desk_2.get_client(client_id)
        desk_2.save_client(replace(ana, event=POMONA), expected=ana)
    window._follow_other_desks()  # the window come back to
    assert table.currentIndex().data() == POMONA and table.hasFocus()
    assert window.statusBar().currentMessage() == f"Clinic event for Ana Peña: {POMONA}"
