"""A388: this stop's new controls, by the keyboard and a screen reader.

A388-01: the status line's "typing left unsaved when Clinic Desk stopped: ..." (H371-01) was
shown and never said: a caseload whose answers all hold (nothing screened by older rules, no
date come) read aloud nothing of it, and a blind attorney taking over a departed colleague's
caseload never learned whose typing waits.  It is heard once when the caseload is read, and
again only where it changes, as what the list needs is (F63-09)."""

from __future__ import annotations

from tests.gui.conftest import probation_client
from tests.gui.test_export_drafts_f65 import _left_by_a_stopped_window


def _heard(announcements) -> list[str]:
    return [message for _object, message, _politeness in announcements]


def test_a388_01_typing_left_unsaved_is_heard_once(qtbot, window, repo, announcements):
    ana = repo.add_client(probation_client("Ana Peña-O'Neill", case_number="19CR01234"))
    window.load()
    assert not any("typing" in said for said in _heard(announcements))

    _left_by_a_stopped_window(repo, ana, {"client": {"name": "Ana Peña-O'Neill", "phone": "213-555-0101"}})
    window.load()
    left = [said for said in _heard(announcements) if "typing left unsaved" in said.lower()]
    assert len(left) == 1 and f"Ana Peña-O'Neill (id {ana}), open them to get it back" in left[0]
    # The line's own words, not the caseload's count again.
    assert f"; {left[0][:1].lower()}{left[0][1:-1]}" in window.status.text() and left[0].startswith("Typing ")

    window.load()  # read again, the same typing left: not said over again
    assert len([said for said in _heard(announcements) if "typing left unsaved" in said.lower()]) == 1
