"""Y114-02: a client's clinic event renamed (Caseload > Rename clinic event..., or typed in the
Record tab) read "event: “A” → “B”" in History's details, and "event" in its Changed column,
where the Record tab's box is "Clinic event:": it is named as the form names it."""

from __future__ import annotations

import pytest

from tests.gui.test_history_said_in_words_x69 import _details_of
from tests.gui.test_rename_event_n106 import DAY, TYPO, _caseload, _typo_joined_to_the_day

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_y114_02_a_renamed_clinic_event_reads_as_the_form_names_it(qtbot, window, repo):
    ids = _caseload(repo)
    window.load()
    _typo_joined_to_the_day(qtbot, window)
    assert repo.event_counts()[DAY] == 3

    window.open_client(ids["rosa"])
    shown = _details_of(qtbot, window, "Record edited")
    assert shown.splitlines()[1:] == [f"  clinic event: “{TYPO}” → “{DAY}”"], shown
    history = window.client_view.history
    changed = [history.model.index(row, 3).data() for row in range(history.model.rowCount())
               if history.model.index(row, 2).data() == "Record edited"]
    assert changed == ["clinic event"], changed
