"""M58-05: Caseload > Print event handouts said "1 client still awaits an attorney's review ...
(Review needed, or clinic-app list --review, lists them)": typed at a terminal, that command
listed the whole caseload's queue, every event's, where `clinic-app handout --event` names the
event (C111-04).  The window's note names the event too, in both its commands."""

from __future__ import annotations

from tests.cli.test_help_width_j59 import words
from tests.gui.conftest import batch_question_asked
from tests.gui.test_review_count_unscreened_c112 import _event_with_one_never_screened


def _note_of(qtbot, window, repo, action) -> str:
    """The words the batch's question says before it starts, of the event with one never screened."""
    _event_with_one_never_screened(window, repo)
    seen = batch_question_asked(qtbot)
    action(window).trigger()
    assert len(seen) == 1
    return words(seen[0][1])


def test_m58_05_print_event_handouts_names_the_event_in_the_commands_it_says(qtbot, window, repo):
    said = _note_of(qtbot, window, repo, lambda w: w.print_event_action)
    assert f"(Review needed, or clinic-app list --db {repo.path} --review --event 'First Saturday', lists them)" in said, said
    assert f"clinic-app list --db {repo.path} --outcome not_screened --event 'First Saturday'" in said, said


def test_m58_05_the_clients_shown_are_no_event_and_name_none(qtbot, window, repo):
    said = _note_of(qtbot, window, repo, lambda w: w.shown_handouts_action)
    assert f"(Review needed, or clinic-app list --db {repo.path} --review, lists them)" in said, said
