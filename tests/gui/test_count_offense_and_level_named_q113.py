"""Q113-02: a paralegal who put right a count typed wrong (a theft typed as PC 484 that the
docket says is PC 488, a felony that was a misdemeanor) in one save read its Edit > Undo item
and History as "Case BA100001: conviction 2, section; PC 488, level and more": the one count
named twice, by its place and by its new offense, as if two counts had changed.  U110-03 names
a count by its offense, except where its offense is what changed; a count whose offense changed
in the save is now named by its place in each of its fields, and said once before them:
"Case BA100001, conviction 2: section, level"."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, type_over
from tests.gui.test_count_named_by_offense_u110 import _three_counts
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_q113_02_a_count_s_offense_and_level_put_right_together_are_one_count(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _three_counts())
    row = form.convictions.rows[1]
    type_over(qtbot, row.offense, "488")
    row.level.setFocus()
    row.level.setCurrentIndex(row.level.findData("misdemeanor"))
    window.client_view.save()
    count = repo.get_client(client_id).cases[0].convictions[1]
    assert (count.section, count.level) == ("488", "misdemeanor")
    shown = _details_of(qtbot, window, "Record edited")
    assert window.undo_action.text() == "&Undo Edit Case BA100001, conviction 2: section, level and more (Marta Reyes)", shown
    # The catalog's answer to "wobbler" for PC 488, set by the same save, is the count's too.
    assert shown.splitlines()[1:] == ["  Case BA100001, conviction 2, section: “484” → “488”",
                                      "  Case BA100001, conviction 2, level: “felony” → “misdemeanor”",
                                      "  Case BA100001, conviction 2, wobbler: (nothing) → no"], shown
    history = window.client_view.history
    assert history.model.index(history.table.currentIndex().row(), 3).data() == "Case BA100001, conviction 2: section, level, wobbler"


def test_q113_02_another_count_s_level_in_the_same_save_keeps_its_offense(qtbot, window, repo):
    """Only the count whose offense changed is named by its place: the theft's level set in the
    same save is still "PC 459 (conviction 3)"'s, as U110-03 names it."""
    import copy

    from ui.client_view import edit_title

    before = _three_counts()
    after = copy.deepcopy(before)
    after.cases[0].convictions[1].section = "488"
    after.cases[0].convictions[2].level = "felony"
    assert edit_title(before, after) == "Edit Case BA100001: conviction 2, section; PC 459 (conviction 3), level"
