"""H328-01: a client back a year later keeps, among their stored results, what the last visit said.

The client's page says, on opening, "The Eligibility tab's Showing list keeps the earlier result"
(C123).  A paralegal then ticked the class done, gave its day, typed the hours, added a payment
and marked probation completed: each save stored today's screening, the newest five were kept,
and last year's result was pruned.  The Showing list listed five of today's, four "Out of date",
and nothing of what she was told a year ago.
"""

from __future__ import annotations

from datetime import date

from clinic_app.model import Client, ClientSummary
from db.repository import KEEP_SCREENINGS
from tests.db.test_screenings import _screening


def test_h328_01_a_visits_saves_keep_the_last_visits_result(repo):
    client_id = repo.add_client(Client(name="Rosa Delgado Ortiz"))
    last_year = date(2025, 12, 8)
    repo.store_screening(client_id, _screening(as_of=last_year), "facts-last-year", ClientSummary(best="eligible_on"))
    today = date(2026, 12, 7)
    for save in range(KEEP_SCREENINGS + 2):  # a tick, its day, the hours, a payment, probation ended, ...
        repo.store_screening(client_id, _screening(as_of=today), f"facts-{save}", ClientSummary(best="needs_review"))
    kept = [stored.as_of for stored in repo.stored_screenings(client_id)]
    assert kept[0] == today
    assert last_year in kept
    # No more than the newest five and that one: the rest of today's are still pruned.
    assert len(kept) == KEEP_SCREENINGS + 1


def test_h328_01_a_day_planned_ahead_keeps_the_visit_it_was_planned_from(repo):
    """A re-screen for a later day (planning ahead) stores the newest rows; the one kept beside
    them is the newest of an earlier day, today's: one row more, not every day's."""
    client_id = repo.add_client(Client(name="Rosa Delgado Ortiz"))
    for day in range(1, KEEP_SCREENINGS + 3):
        repo.store_screening(client_id, _screening(as_of=date(2026, 6, 1)), f"f{day}", ClientSummary(best="blocked"))
    for day in range(1, KEEP_SCREENINGS + 3):
        repo.store_screening(client_id, _screening(as_of=date(2027, 1, 1)), f"g{day}", ClientSummary(best="blocked"))
    kept = [stored.as_of for stored in repo.stored_screenings(client_id)]
    assert kept == [date(2027, 1, 1)] * KEEP_SCREENINGS + [date(2026, 6, 1)]
