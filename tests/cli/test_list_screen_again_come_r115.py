"""R115-02: a "Nothing available" line whose day to screen again has come reads "Screen again:
DAY has come" in the window, and its status line counts it among the clients "whose date has
come since the last screening" (Y114-04); `clinic-app list --outcome nothing_available` listed
the client as then screened and said nothing of it, the window's count one more than the
list's.  The list's note counts it as the window does (line_action.line_day_awaited)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client


def test_r115_02_nothing_available_whose_day_to_screen_again_has_come_is_said_by_the_list(tmp_path):
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    db = tmp_path / "caseload.sqlite"
    today = date.today()
    earlier = today - timedelta(days=60)
    with Repository.open(db) as repo:
        client_id = repo.add_client(probation_client("Nina Nada", probation_end=today + timedelta(days=300)))
        client = repo.get_client(client_id)
        screening = screen(client.person, client.cases, earlier)
        # As stored of a client with nothing available, to be screened again 30 days on (as Y114-04's test).
        summary = replace(summarize(client, screening, earlier), best="nothing_available", best_date=None,
                          next_action_date=earlier + timedelta(days=30))
        repo.store_screening(client_id, screening, facts_hash(client.person, client.cases), summary)
    result = clinic_app("list", "--db", db, "--outcome", "nothing_available")
    assert result.returncode == 0 and result.stdout.startswith(f"{client_id}\tNina Nada")
    assert result.stderr.strip() == (
        "clinic-app: note: 1 client whose date (eligible on, blocked until, or to screen again) has come since the last "
        f"screening is listed as then screened: clinic-app rescreen --db {db} screens them for today")
    # Before that day, nothing said: as the window's status line.
    early = clinic_app("list", "--db", db, "--outcome", "nothing_available", "--as-of", (earlier + timedelta(days=29)).isoformat())
    assert "has come" not in early.stderr
