"""S52-02: a re-screen for a day to come (planning ahead: the window's Re-screen dialog, or
`clinic-app rescreen --as-of`) stored that day as the day a client became eligible now: a day
that had not come, so "Newly eligible" counted them as this week's new filings until it came
and went.  The day stored is now the day the screening was made on (today), never after it."""

from __future__ import annotations

from datetime import date, datetime, timezone

from clinic_app.summary import eligible_now_since, newly_eligible
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until
from ui.services import screen_and_store


class Clock:
    """A clock a test sets: the repository reads the day from it (noon UTC, the same day in
    any time zone a clinic in California or a CI runner has)."""

    def __init__(self, day: date):
        self.day = day

    def __call__(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 12, tzinfo=timezone.utc)


def _repo(tmp_path, clock: Clock) -> Repository:
    plain = Repository.open(tmp_path / "caseload.sqlite")
    return Repository(plain.db, user="paralegal-1", clock=clock)


def test_the_rule_never_gives_a_day_after_today():
    was_waiting = ("eligible_on", False, None)
    assert eligible_now_since(was_waiting, "eligible_now", False, date(2025, 3, 1), date(2024, 12, 3)) == date(2024, 12, 3)
    assert eligible_now_since(was_waiting, "eligible_now", False, date(2024, 11, 20), date(2024, 12, 3)) == date(2024, 11, 20)
    # Eligible before the plan: the day kept, whatever day is planned for.
    kept = ("eligible_now", False, date(2024, 10, 5))
    assert eligible_now_since(kept, "eligible_now", False, date(2025, 3, 1), date(2024, 12, 3)) == date(2024, 10, 5)


def test_a_rescreen_planned_ahead_stores_today_not_the_day_planned(tmp_path):
    clock = Clock(date(2024, 9, 20))
    repo = _repo(tmp_path, clock)
    bea = repo.add_client(_on_probation_until("Bea Next-Month", "BA2", date(2024, 10, 20)))
    rescreen_caseload(repo, date(2024, 9, 20), workers=1)  # today: eligible later
    assert repo.eligible_now_since(bea) is None

    rescreen_caseload(repo, date(2024, 11, 15), workers=1)  # a plan for mid-November
    (row,) = repo.list_clients()
    assert row.best == "eligible_now"  # the list shows the plan's answers, as before
    assert repo.eligible_now_since(bea) == date(2024, 9, 20)  # was 2024-11-15, a day to come
    # "Newly eligible since" a day after today (a day typed by mistake, or the plan's day)
    # names nobody: nobody became eligible on a day that has not come.
    assert not newly_eligible(row.eligible_now_since, date(2024, 11, 15))

    # The next re-screen for today puts her back to eligible later, and the one after her
    # probation ended finds her newly eligible on its own day.
    clock.day = date(2024, 9, 27)
    rescreen_caseload(repo, date(2024, 9, 27), workers=1)
    assert repo.eligible_now_since(bea) is None
    clock.day = date(2024, 10, 25)
    rescreen_caseload(repo, date(2024, 10, 25), workers=1)
    assert repo.eligible_now_since(bea) == date(2024, 10, 25)
    repo.close()


def test_a_window_screening_for_a_day_to_come_stores_today_too(tmp_path):
    """The same rule for a screening the window stores one client at a time."""
    repo = _repo(tmp_path, Clock(date(2024, 9, 20)))
    bea = repo.add_client(_on_probation_until("Bea Next-Month", "BA2", date(2024, 10, 20)))
    screen_and_store(repo, repo.get_client(bea), date(2024, 9, 20))
    screen_and_store(repo, repo.get_client(bea), date(2024, 11, 15))
    assert repo.eligible_now_since(bea) == date(2024, 9, 20)
    repo.close()
