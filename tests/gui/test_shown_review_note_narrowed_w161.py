"""W161-04: a paralegal with the list filtered to "Eligible now: to file" made the handouts of the
1,485 clients shown and read "719 clients still await an attorney's review: ... (Review needed, or
clinic-app list --review, lists them)": that command lists the whole caseload's queue, 1,035
clients, not the 719 said (C111-04 mended it for an event's batch only).  Where the list is
narrowed by more than its Event filter, the note now names the list's own way to them, Review
needed ticked on this list, and no command that lists others; a list narrowed by nothing but
its event names the event's command as before."""

from __future__ import annotations

from tests.gui.conftest import batch_question_asked
from tests.gui.test_opened_from_review_queue_u93 import _stored

SAID = "1 client still awaits an attorney's review: their handout would go out before it"


def _queue_of_three(window, repo) -> None:
    repo.set_setting("clinic_phone", "(213) 555-0100")  # this note alone
    for name in ("Alejandra Orozco", "Bruno Ramos", "Carla Ruiz"):
        _stored(window, repo, name, event="First Saturday")  # screened and stored, as the window does
    window.load()


def test_w161_04_a_list_narrowed_by_a_search_names_no_command_listing_the_whole_queue(qtbot, window, repo):
    _queue_of_three(window, repo)
    view = window.caseload
    view.search.setText("Orozco")
    view.apply_filters()
    assert view.model.rowCount() == 1
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    (question,) = seen
    assert question[1].startswith(f"{SAID} (Review needed, ticked on this list, shows them)."), question[1]
    assert "--review" not in question[1]


def test_w161_04_a_list_of_one_event_whole_still_names_its_command(qtbot, window, repo):
    _queue_of_three(window, repo)
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("First Saturday"))
    view.apply_filters()
    assert view.model.rowCount() == 3
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    (question,) = seen
    assert question[1].startswith("3 clients still await an attorney's review: their handouts would go out before it "
                                  "(Review needed, or clinic-app list "), question[1]
    assert "--review --event 'First Saturday', lists them)." in question[1]


def test_r237_02_lines_chosen_are_said_shown_still_chosen_among_the_lists_others(qtbot, window, repo):
    """Of 2 lines chosen of 3, each awaiting review, "Review needed, ticked on this list, shows them" showed
    every line of the list awaiting review, the one said among them told by nothing said."""
    _queue_of_three(window, repo)
    view = window.caseload
    view.choose_clients([row.id for row in view.model.all_rows() if row.name in ("Alejandra Orozco", "Bruno Ramos")])
    seen = batch_question_asked(qtbot)
    window.chosen_handouts_action.trigger()
    (question,) = seen
    assert question[1].startswith("2 clients still await an attorney's review: their handouts would go out before it "
                                  "(Review needed, ticked on this list, shows them still chosen, among any others "
                                  "awaiting review)."), question[1]
    view.review.setChecked(True)  # and so it does
    assert view.proxy.rowCount() == 3 and len(view.chosen_rows()) == 2
