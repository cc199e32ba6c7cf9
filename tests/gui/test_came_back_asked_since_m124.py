"""M124-03: a client come back (C123-01) was told what the clinic said last time beside today's
answer, but the paralegal was not asked what the record cannot know: an arrest, a charge or a
case since the last visit, which would change every answer.  The note asks it, shown and said
to a screen reader, only where the last screening is of an earlier day."""

from __future__ import annotations

from datetime import date

from db.rescreen import rescreen_caseload
from tests.gui.conftest import let_go, probation_client
from tests.gui.test_came_back_said_c123 import BACK, SEEN, _window_on

ASKED = ("Ask the client about any arrest, charge or case since 2026-03-14: the record cannot know of one, "
         "and it would change every answer.")


def _opened_on_back(repo, screened_on: date):
    """Jose, on probation to 2027-06-03, last screened `screened_on`, opened on BACK."""
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, screened_on, workers=1)
    window = _window_on(repo, BACK)
    window.open_client(client_id)
    return window


def test_m124_a_client_come_back_is_asked_about_anything_since(qtbot, repo, announcements):
    window = _opened_on_back(repo, SEEN)
    try:
        assert ASKED in window.statusBar().currentMessage()
        opened = [said for _, said, _ in announcements if said.startswith("Opened Jose Ramirez")]
        assert opened and ASKED in opened[-1], announcements
    finally:
        let_go(window)


def test_m124_a_client_screened_today_is_not_asked(qtbot, repo, announcements):
    window = _opened_on_back(repo, BACK)
    try:
        assert "arrest, charge or case since" not in window.statusBar().currentMessage()
        assert not any("arrest, charge or case since" in said for _, said, _ in announcements)
    finally:
        let_go(window)
