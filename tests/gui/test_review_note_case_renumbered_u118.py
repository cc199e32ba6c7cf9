"""U118-05: an attorney's review note being written when Clinic Desk stopped (K114-02) is kept
under its results' words, "Case BA100001, PC 459 ...".  The case's number then corrected (a
typo in the docket number, at this desk or another) before the review was marked, the note named
a case the record no longer had, and was dropped unseen once the client was screened (K117-01).
It is kept with the case renumbered, and put back at its next review."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

from tests.gui.test_review_note_when_killed_k114 import NOTE, _review_note_typed_then_killed, _review_row
from tests.gui.test_review_queue_a29 import unsentenced

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _renumbered(repo, client_id: int, number: str) -> None:
    client = repo.get_client(client_id)
    repo.save_client(dataclasses.replace(client, cases=[dataclasses.replace(client.cases[0], case_number=number)]))


def test_u118_05_a_review_note_kept_for_a_case_renumbered_since_is_put_back_at_its_review(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    _review_note_typed_then_killed(Path(repo.path), client_id)
    _renumbered(repo, client_id, "BA100007")  # the docket number's typo corrected

    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.client_view.eligibility.model.rowCount() > 0)
    kept = json.loads(repo.get_setting(f"draft:review:{client_id}"))["record"]["notes"]
    assert [what.split("\n")[0] for what in kept] == ["Case BA100007, PC 459"]  # kept, as the case is named now

    note, hint = _review_row(window, client_id, monkeypatch, ("BA100007", "PC 459", "Dismissal after probation (PC 1203.4)"),
                             add=" Ok.")
    assert note == NOTE
    assert hint.startswith("This note was typed when Clinic Desk stopped at "), hint
    (review,) = repo.reviews(client_id)
    assert review.note == NOTE + " Ok."
    assert repo.draft(client_id, of="review") is None


def test_u118_05_a_note_of_a_case_removed_since_is_still_dropped(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    _review_note_typed_then_killed(Path(repo.path), client_id)
    client = repo.get_client(client_id)
    moved = dataclasses.replace(client.cases[0], id="c2", case_number="LA200002")  # not the case the note was for
    repo.save_client(dataclasses.replace(client, cases=[moved]))

    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.client_view.eligibility.model.rowCount() > 0)
    assert repo.get_setting(f"draft:review:{client_id}") is None
