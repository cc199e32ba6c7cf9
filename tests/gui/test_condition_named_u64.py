"""U64-03 in the window: hours typed on the Checklist while another desk changed the same
hours are said by the condition's label, as the Checklist shows it, not "condition 2"."""

from __future__ import annotations

import pytest

from tests.gui.test_checklist_keyboard import open_on_checklist
from tests.gui.test_checklist_refused_keeps_typing_a64 import _refused, _saved_on_another_desk
from tests.gui.test_class_count_tally_z62 import class_and_hours, type_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_u64_03_hours_both_desks_changed_are_said_by_the_condition_s_label(qtbot, window, repo):
    view, client_id = open_on_checklist(qtbot, window, repo, class_and_hours())

    def their_hours(client) -> None:
        client.cases[0].conditions[1].done = 20

    _saved_on_another_desk(repo, client_id, their_hours)
    said = _refused(qtbot, lambda: type_in(qtbot, view.checklist.control("c1", "count", 1), "+6"))
    number = repo.get_client(client_id).cases[0].case_number
    assert f"Case {number}, Caltrans, done: 16" in said, said
    assert "condition 2" not in said
