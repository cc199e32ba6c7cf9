"""R123-02: a client come back (C123-01) was announced to a screen reader as one run-on
sentence, "Opened Jose Ramirez. Needs review: ... Last screened as of 2026-03-14: ...": the
header's outcome has no full stop, and the came-back sentence was joined to it with a space
alone, where the queue's place (A94-01) is joined after one.  A screen reader then reads the
outcome and "Last screened" with no pause, as one phrase."""

from __future__ import annotations

from datetime import date

from db.rescreen import rescreen_caseload
from tests.gui.conftest import let_go, probation_client
from tests.gui.test_came_back_said_c123 import BACK, SEEN, _window_on


def test_r123_02_the_came_back_sentence_is_heard_as_its_own(qtbot, repo, announcements):
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, SEEN, workers=1)
    window = _window_on(repo, BACK)
    try:
        window.open_client(client_id)
        view = window.client_view
        outcome = view.outcome.text().removeprefix("· ")
        opened = [said for _, said, _ in announcements if said.startswith("Opened Jose Ramirez")]
        assert opened, announcements
        stop = "" if outcome.endswith(".") else "."
        assert opened[-1] == f"Opened Jose Ramirez. {outcome}{stop} {view.came_back_said}"
    finally:
        let_go(window)
