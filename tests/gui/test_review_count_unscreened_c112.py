"""C112-01: an event's handouts are made from a fresh screening, but the count of the clients
still awaiting an attorney's review was read from the stored screenings: a client imported and
never screened, whose fresh result needs review, was not counted, and the note undercounted
what went out unreviewed.  It counts what the batch prints: the window's two batches and
`clinic-app handout --event` alike."""

from __future__ import annotations

from tests.cli.test_help_width_j59 import words
from tests.gui.conftest import batch_question_asked, probation_client
from tests.gui.test_opened_from_review_queue_u93 import _eligible_then_to_review


def _event_with_one_never_screened(window, repo) -> None:
    """Alejandra screened and stored (the window's way); Bruno added as an import adds him,
    never screened; Rosa screened, nothing to review."""
    repo.set_setting("clinic_phone", "(213) 555-0100")  # this note alone
    for client, opened in ((_eligible_then_to_review("Alejandra Orozco"), True), (_eligible_then_to_review("Bruno Ramos"), False),
                           (probation_client("Rosa Concaso"), True)):
        client.event = "First Saturday"
        client_id = repo.add_client(client)
        if opened:
            window.load()
            window.open_client(client_id)  # screened and stored, as the window does
            assert window.show_caseload()
    window.load()


# Alejandra on the queue, and Bruno apart: on no review list until screened (C113-03).
SAID = ("1 client still awaits an attorney's review: their handout would go out before it",
        "1 client not screened yet has results that need an attorney's review: their handout would go out before it")


def test_c112_01_a_client_never_screened_whose_handout_needs_review_is_counted_in_the_window(qtbot, window, repo):
    _event_with_one_never_screened(window, repo)
    assert sum(row.best is None for row in window.caseload.model.all_rows()) == 1  # Bruno: not screened yet
    for action in (window.print_event_action, window.shown_handouts_action):
        seen = batch_question_asked(qtbot)
        action.trigger()
        assert len(seen) == 1 and seen[0][1].startswith(SAID[0]) and SAID[1] in seen[0][1], seen


def test_c112_01_a_client_never_screened_whose_handout_needs_review_is_counted_at_the_terminal(qtbot, window, repo, tmp_path,
                                                                                                capsys):
    from clinic_app.cli import main

    _event_with_one_never_screened(window, repo)
    assert main(["handout", "--db", str(repo.path), "--event", "First Saturday", "--out", str(tmp_path / "day")]) == 0
    said = words(capsys.readouterr().err)
    assert [said.count(part) for part in SAID] == [1, 1]
