"""R56-03: a condition completed on the Record tab with no count typed in "Done:" showed, on
the Checklist tab, its tick and its day beside a box reading "0 of 40 hours", and nothing
else: R55-09 took its 0% bar away, but the box still said none done beside the tick.  As for
a count not recorded on a condition not completed (U52-04), it is said beside the box that
the count is not recorded; completed, there is nobody to ask."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Condition
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _checklist(window, repo, done, completed_on):
    client = probation_client("Cumplida Sin Cuenta", probation_end=date(2027, 3, 1))
    client.cases[0].conditions = [Condition("community_service", "Caltrans", required=40, done=done,
                                            completed_on=completed_on)]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    from ui.client_view import TAB_CHECKLIST

    view = window.client_view
    view.tabs.setCurrentIndex(TAB_CHECKLIST)
    return view.checklist


def test_r56_03_a_completed_condition_with_no_count_says_so_beside_its_box(qtbot, window, repo):
    checklist = _checklist(window, repo, None, date(2026, 1, 5))
    assert checklist.controls[("c1", "tick", 0)].isChecked()
    spin = checklist.controls[("c1", "count", 0)]
    assert spin.text() == "? of 40 hours"  # not a 0 nobody recorded (Z62-04)
    note = checklist.notes[("c1", "tick", 0)]
    assert note.text() == "Completed; hours done not recorded"
    assert spin.accessibleDescription().endswith("Completed; hours done not recorded")


def test_r56_03_a_count_typed_or_not_completed_is_said_as_before(qtbot, window, repo):
    checklist = _checklist(window, repo, 40, date(2026, 1, 5))
    assert checklist.notes[("c1", "tick", 0)].text() == ""
    checklist = _checklist(window, repo, None, None)
    assert checklist.notes[("c1", "tick", 0)].text() == "Hours done not recorded: ask the client or the program"
