"""R63-03: B63-03's words for a step typed over a count nobody recorded were written twice, on
the Checklist and on the Record tab's "Done:", and read the same typing two ways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_class_count_tally_z62 import type_in
from tests.gui.test_none_done_typed_s62 import unrecorded  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r63_03_a_step_with_zero_cents_over_nothing_recorded_names_the_whole_count(qtbot, unrecorded, repo, window):  # noqa: F811
    """"+6.0" is 6 more (B48-03): the Checklist said "(6.0, if these are the first)", a count
    it would refuse as a fraction if typed; the Record tab said "(6, ...)"."""
    view, client_id = unrecorded
    type_in(qtbot, view.checklist.control("c1", "count", 1), "+6.0", Qt.Key.Key_Return)
    qtbot.wait(20)
    assert repo.get_client(client_id).cases[0].conditions[1].done is None
    note = window.client_view.checklist.notes[("c1", "tick", 1)].text()
    assert note.startswith("Hours done: +6.0 adds to the count recorded, and none is recorded: enter how many are done "
                           "in all (6, if these are the first)"), note


def test_r63_03_plus_zero_on_the_record_tab_is_not_said_to_take_from_the_count(qtbot, window, repo):
    """"+0" over nothing recorded read "+0 takes from the count recorded" on the Record tab
    (the sign read from the number, 0), "+0 adds to ... (0, if these are the first)" on the
    Checklist: it adds, and 0 is no count of the first ones done."""
    from tests.gui.test_checklist_keyboard import open_on_tab, two_cases
    from tests.gui.test_review_r46 import type_done
    from ui.forms import MessageLabel

    client = two_cases()
    client.cases[0].conditions[0].done = None
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    type_done(qtbot, view, "+0")
    said = [label.text() for label in view.record.findChildren(MessageLabel) if label.isVisibleTo(view.record) and label.text()]
    assert any(text.endswith("+0 adds to the count recorded, and none is recorded: enter how many are done in all")
               for text in said), said
    assert not any("takes from" in text for text in said)


def test_r63_03_one_wording_for_both_places():
    from clinic_app.typed_numbers import read_whole, step_over_nothing

    assert step_over_nothing(read_whole("+ 6")) == ("+6 adds to the count recorded, and none is recorded: enter how many "
                                                    "are done in all (6, if these are the first)")
    assert step_over_nothing(read_whole("-2")) == ("-2 takes from the count recorded, and none is recorded: enter how many "
                                                   "are done in all")
