"""Z114-04: Caseload > Rename clinic event, undone by Ctrl+Z, read "Record edited" in each client's
History, like the rename it took back and any edit, where an edit undone reads "Undone: ..."
(Q113-01).  The undo says what it undid there too: "Undone: Rename clinic event “A” to “B”"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_history_said_in_words_x69 import _details_of
from tests.gui.test_rename_event_n106 import DAY, TYPO, _caseload, _typo_joined_to_the_day

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

UNDONE = f"Undone: Rename clinic event “{TYPO}” to “{DAY}”"


def test_z114_04_a_rename_undone_says_what_it_undid_in_each_clients_history(qtbot, window, repo):
    ids = _caseload(repo)
    window.load()
    _typo_joined_to_the_day(qtbot, window)
    assert repo.event_counts()[DAY] == 3
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.event_counts()[TYPO] == 2

    window.open_client(ids["luz"])
    shown = _details_of(qtbot, window, UNDONE)
    history = window.client_view.history
    titles = [said for row in range(history.model.rowCount()) if (said := history.model.index(row, 2).data()) != "Screened"]
    assert titles[:2] == [UNDONE, "Record edited"], titles  # the rename itself stays an edit
    # What it put back, as under the rename; the step's words are no field of the record.
    assert shown.splitlines()[1:] == [f"  clinic event: “{DAY}” → “{TYPO}”"], shown
    assert [entry.after.get("undone") for entry in repo.history(ids["rosa"])[:1]] == [UNDONE.removeprefix("Undone: ")]
    assert repo.history(ids["ana"])[0].after.get("undone") is None  # the day's own client, not moved: no undo of hers
