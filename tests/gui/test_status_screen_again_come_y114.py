"""Y114-04: a "Nothing available" line whose day to screen again had come said "Screen again:
2026-11-05 has come" in its Next action (T113-02), and the README says the status line counts
such lines and offers Re-screen now; the status line left it out, and offered nothing.  It
counts it now, as a line "Eligible on" a day come.  The report's "Dates come" keeps its rule
(eligible on, or blocked until), and a line "Automatic; file now" (T113-04) is not counted: its
screening said that day's action, to file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.automatic_relief import arrest_relief_now_petition_soon
from tests.gui.caseload_lines import lines, load_caseload
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_y114_04_nothing_available_whose_day_to_screen_again_has_come_is_counted(window, repo):
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    today = window.today
    client_id = repo.add_client(probation_client("Nina Nada", probation_end=today + timedelta(days=300)))
    client = repo.get_client(client_id)
    earlier = today - timedelta(days=60)
    screening = screen(client.person, client.cases, earlier)
    # As stored of a client with nothing available, to be screened again 30 days on.
    summary = replace(summarize(client, screening, earlier), best="nothing_available", best_date=None,
                      next_action_date=earlier + timedelta(days=30))
    repo.store_screening(client_id, screening, facts_hash(client.person, client.cases), summary)
    window.load()
    assert window.caseload.model.listed(client_id).best == "nothing_available"
    assert lines(window.caseload)["Nina Nada"][1] == f"Screen again: {(earlier + timedelta(days=30)).isoformat()} has come"
    assert window.status.text().endswith("; 1 client whose date has come since the last screening"), window.status.text()
    assert window.rescreen_button.isVisibleTo(window)


def test_y114_04_automatic_relief_whose_petition_day_has_come_is_not_counted(window, repo):
    caseload = load_caseload(window, repo, (arrest_relief_now_petition_soon,))
    window._fixed_today = date(2027, 1, 5)
    window.show_caseload()
    assert lines(caseload) == {"Nadia Ahora": ("Eligible now", "Automatic; file now")}
    assert "whose date has come" not in window.status.text()
