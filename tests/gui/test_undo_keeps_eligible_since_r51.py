"""R51-02: an edit that took a client out of "eligible now", taken back by Edit > Undo, made
them "Newly eligible" that day: the undo screened the record put back as a line that had just
become eligible, and the day the client had been eligible since (or "not known", for one
eligible before the day was kept) was lost.  An undo now puts the line's day back with it."""

from __future__ import annotations

import copy
from datetime import date

from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client


def _probation_ends(client, end: date):
    after = copy.deepcopy(client)
    after.cases[0].sentence.probation.end = end
    return after


def test_an_undone_edit_leaves_a_long_eligible_client_out_of_newly_eligible(qtbot, window, repo):
    ana = repo.add_client(probation_client("Ana Long-Ago", case_number="BA1", probation_end=date(2024, 5, 1)))
    bea = repo.add_client(probation_client("Bea This-Week", case_number="BA2", probation_end=date(2026, 11, 10)))
    rescreen_caseload(repo, date(2026, 10, 20), workers=1)
    rescreen_caseload(repo, date(2026, 11, 12), workers=1)  # Bea eligible now from then; Ana since before anyone knew
    window.load()
    caseload = window.caseload
    assert (repo.eligible_now_since(ana), repo.eligible_now_since(bea)) == (None, date(2026, 11, 12))
    assert not caseload.newly_eligible_button.isVisibleTo(caseload)  # since 2026-11-16: nobody

    for client_id in (ana, bea):
        window.open_client(client_id)
        view = window.client_view
        view.commit(_probation_ends(view.client, date(2027, 6, 1)), "Edit record")  # a slip: eligible later
        assert repo.eligible_now_since(client_id) is None
        window.undo_stack.undo()
        assert repo.get_client(client_id).cases[0].sentence.probation.end != date(2027, 6, 1)
        assert [row.best for row in repo.list_clients() if row.id == client_id] == ["eligible_now"]

    # As they were before the slip: Ana since a day unknown, Bea since 2026-11-12, not today.
    assert (repo.eligible_now_since(ana), repo.eligible_now_since(bea)) == (None, date(2026, 11, 12))
    assert [row.eligible_now_since for row in caseload.model.all_rows()] == [None, date(2026, 11, 12)]
    assert caseload.newly_eligible_counts() == (0, 0, 0)
    assert not caseload.newly_eligible_button.isVisibleTo(caseload)

    # Redo makes the edit again, and its undo puts the day back again.
    window.undo_stack.redo()
    assert repo.eligible_now_since(bea) is None
    window.undo_stack.undo()
    assert repo.eligible_now_since(bea) == date(2026, 11, 12)


def test_an_undone_edit_that_made_a_client_eligible_leaves_no_day(qtbot, window, repo):
    """The other way: an edit that made the client eligible now (a new filing, since today),
    undone, leaves them eligible later with no day, as before it."""
    cai = repo.add_client(probation_client("Cai Next-Year", case_number="BA3", probation_end=date(2027, 9, 1)))
    rescreen_caseload(repo, date(2026, 11, 12), workers=1)
    window.load()
    window.open_client(cai)
    view = window.client_view
    view.commit(_probation_ends(view.client, date(2026, 11, 1)), "Edit record")
    assert repo.eligible_now_since(cai) == TODAY
    window.undo_stack.undo()
    assert repo.eligible_now_since(cai) is None
    window.undo_stack.redo()
    assert repo.eligible_now_since(cai) == TODAY


def test_an_undone_merge_leaves_the_kept_client_s_day_as_it_was(qtbot, window, repo):
    """Merge a duplicate whose other record has a case on probation: the kept client is
    eligible later; Edit > Undo puts both records back, and the kept one's line with its day."""
    from clinic_app.merging import merge_into

    ana = repo.add_client(probation_client("Ana Long-Ago", case_number="BA1", probation_end=date(2024, 5, 1)))
    other = repo.add_client(probation_client("Ana Long-Ago", case_number="BA9", probation_end=date(2027, 9, 1)))
    rescreen_caseload(repo, date(2026, 10, 20), workers=1)
    assert repo.eligible_now_since(ana) is None  # eligible at her first screening: since a day not known
    window.load()
    window.open_client(ana)
    mine, theirs = repo.get_client(ana), repo.get_client(other)
    merged = merge_into(mine, theirs, my_reviews=[], their_reviews=[], keys_used=repo.record_keys_used(ana))
    window.client_view.merge_duplicate(merged, other, (mine, theirs), ([], []), "Merge")
    assert [row.best for row in repo.list_clients()] == ["eligible_on"]
    window.undo_stack.undo()
    assert {row.id: (row.best, row.eligible_now_since) for row in repo.list_clients()}[ana] == ("eligible_now", None)
    assert window.caseload.newly_eligible_counts() == (0, 0, 0)
