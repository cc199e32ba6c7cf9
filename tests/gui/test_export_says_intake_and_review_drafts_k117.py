"""K117-02: File > Export said of the typing a stopped Clinic Desk kept as a draft, not in the
file (F65-03), only the Record tab's.  Intake's box 2 and an attorney's review note are kept as
drafts too (K114-01, K114-02): a case typed at the event, never added, and a review note never
recorded were left out with not a word.  They are said now, with where each is offered back."""

from __future__ import annotations

from tests.gui.conftest import probation_client
from tests.gui.test_export_drafts_f65 import _export_shown, _left_by_a_stopped_window


def test_k117_02_a_case_typed_at_intake_and_a_review_note_kept_as_drafts_are_said_at_export(qtbot, window, repo, monkeypatch, tmp_path):
    ana = repo.add_client(probation_client("Ana Peña-O'Neill", case_number="19CR01234"))
    dwayne = repo.add_client(probation_client("Dwayne Carter", case_number="BA412233"))
    _left_by_a_stopped_window(repo, ana, {"case_number": "BA555001", "offense": "PC 484"}, "intake")
    _left_by_a_stopped_window(repo, dwayne, {"notes": {"Case BA412233, PC 459\nDismissal after probation (PC 1203.4): Eligible now":
                                                       "Docket checked."}}, "review")
    told = _export_shown(qtbot, window, monkeypatch, tmp_path / "day.jsonl")

    (said,) = told
    assert said.startswith("warned: "), said
    assert (f"is not in this export: a case typed at intake and not added, for Ana Peña-O'Neill (id {ana}) (it is back in box 2 "
            "at their next intake") in said, said
    assert f"an attorney's review note not recorded, for Dwayne Carter (id {dwayne}) (it is back when that count" in said, said
