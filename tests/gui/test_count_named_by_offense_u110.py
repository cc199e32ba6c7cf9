"""U110-03: a paralegal putting right Saturday's typing in a case of several counts (a theft
entered as a felony, a trespass convicted a year off) read what she had changed, in Edit >
Undo, the status bar and History, as "Case BA100001, conviction 2, level": which count was
count 2 she had to work out by counting the Convictions rows (U64-03 had named conditions by
their labels for the same reason).  A count is named by its offense, as its row shows it: "Case
BA100001, PC 484, level"; by its offense and place where two counts of the case share one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Conviction
from tests.gui.conftest import open_on_record, probation_client, type_and_leave
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _three_counts():
    client = probation_client("Marta Reyes")
    client.cases[0].convictions += [Conviction(id="c1-2", section="484", level="felony", conviction_date=date(2021, 5, 1)),
                                    Conviction(id="c1-3", section="459", level="misdemeanor", conviction_date=date(2021, 5, 1))]
    return client


def theft_made_a_misdemeanor(window, repo) -> int:
    """Marta Reyes's record opened, her theft (count 2, PC 484) set from felony to misdemeanor
    and saved: her client number."""
    client_id, form = open_on_record(window, repo, _three_counts())
    level = form.convictions.rows[1].level
    level.setFocus()
    level.setCurrentIndex(level.findData("misdemeanor"))
    window.client_view.save()
    return client_id


def test_u110_03_a_count_s_level_put_right_is_named_by_its_offense(qtbot, window, repo):
    client_id = theft_made_a_misdemeanor(window, repo)
    assert repo.get_client(client_id).cases[0].convictions[1].level == "misdemeanor"
    assert window.undo_action.text() == "&Undo Edit Case BA100001, PC 484, level (Marta Reyes)"
    assert window.statusBar().currentMessage().startswith("Saved: Edit Case BA100001, PC 484, level (Marta Reyes).")
    history = window.client_view.history
    shown = _details_of(qtbot, window, "Record edited")
    assert "  Case BA100001, PC 484, level: “felony” → “misdemeanor”" in shown.splitlines(), shown
    assert history.model.index(history.table.currentIndex().row(), 3).data() == "Case BA100001, PC 484, level"


def test_u110_03_two_counts_of_one_offense_are_told_apart_by_their_place(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _three_counts())
    type_and_leave(qtbot, form.convictions.rows[2].date, "2020-05-01")
    assert repo.get_client(client_id).cases[0].convictions[2].conviction_date == date(2020, 5, 1)
    assert window.undo_action.text() == "&Undo Edit Case BA100001, PC 459 (conviction 3), Convicted (Marta Reyes)"
    shown = _details_of(qtbot, window, "Record edited")
    assert "  Case BA100001, PC 459 (conviction 3), Convicted: 2021-05-01 → 2020-05-01" in shown.splitlines(), shown


def test_u110_03_a_count_s_offense_put_right_keeps_its_number():
    """Where the offense itself is what changed, the count is named by its place: "PC 484,
    section: “459” → “484”" would name it by what it was not before the edit."""
    import copy

    from ui.client_view import edit_title

    before = _three_counts()
    after = copy.deepcopy(before)
    after.cases[0].convictions[1].section = "488"
    assert edit_title(before, after) == "Edit Case BA100001, conviction 2, section"
