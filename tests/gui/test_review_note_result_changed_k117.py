"""K117-01: a review note kept when Clinic Desk stopped (K114-02) is kept under its results'
words, status and all.  Screened anew before the next review, a status changed, and the note was
never offered again: it lay in the caseload, unseen.  It is now offered where the same count and
remedy are next reviewed, saying the result changed since."""

from __future__ import annotations

import json

from tests.gui.test_export_drafts_f65 import _left_by_a_stopped_window
from tests.gui.test_review_note_when_killed_k114 import NOTE, TYPED_FOR, _review_row
from tests.gui.test_review_queue_a29 import unsentenced

# The note's results as the dialog named them before a re-screen changed their status.
TYPED_WHEN = "Case BA100001, PC 459\nDismissal after probation (PC 1203.4): Not eligible"


def test_k117_01_a_note_kept_for_a_result_changed_since_is_offered_at_the_same_count_and_remedy(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    _left_by_a_stopped_window(repo, client_id, {"notes": {TYPED_WHEN: NOTE}}, "review")

    note, hint = _review_row(window, client_id, monkeypatch, TYPED_FOR, add=" Ok.")
    assert note == NOTE
    assert hint.startswith("This note was typed when Clinic Desk stopped at ") and "The result changed since" in hint, hint
    assert "Not eligible" in hint
    (review,) = repo.reviews(client_id)
    assert review.note == NOTE + " Ok."
    assert repo.draft(client_id, of="review") is None  # recorded: not kept, not offered again


def test_k117_01_a_note_for_another_count_is_still_not_offered_here(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    _left_by_a_stopped_window(repo, client_id, {"notes": {TYPED_WHEN: NOTE}}, "review")

    other = ("BA100001", "PC 484", "Dismissal after probation (PC 1203.4)")
    note, hint = _review_row(window, client_id, monkeypatch, other, add="Sentence checked")
    assert note == "" and not hint.startswith("This note was typed")


def test_k117_01_a_note_for_a_count_the_record_no_longer_has_is_dropped_once_the_client_is_screened(qtbot, window, repo):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    gone = "Case BA999999, PC 211\nDismissal after probation (PC 1203.4): Eligible now"  # a case removed since
    _left_by_a_stopped_window(repo, client_id, {"notes": {TYPED_WHEN: NOTE, gone: "Robbery case: checked the plea form."}}, "review")

    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.client_view.eligibility.model.rowCount() > 0)

    assert json.loads(repo.get_setting(f"draft:review:{client_id}"))["record"] == {"notes": {TYPED_WHEN: NOTE}}
