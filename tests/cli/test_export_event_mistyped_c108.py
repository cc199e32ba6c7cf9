"""`clinic-app export --event NAME` with the name typed wrong listed the events and then the
clients "changed here today" of other events, ten named and "490 more" on a fresh demo: words
meant for a day whose event was not set (M29-06).  A name only mistyped, close to an event, now
has that event said first and the day's clients counted, the first few named (C108-03)."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app

FAIR = "Expungement Fair — Compton, 2026-10-17"


def test_a_mistyped_event_is_answered_with_the_event_meant_first(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", caseload, "--clients", "40").returncode == 0
    result = clinic_app("export", "--db", caseload, "--event", "Expungment")
    assert result.returncode == 2, result.stderr
    said = result.stderr
    assert said.startswith(f"clinic-app: no client is in the event 'Expungment'; did you mean '{FAIR}'? (events: ")
    assert "40 clients changed here today are not of the event Expungment" in said
    assert said.count("(id ") == 3 and "and 37 more" in said
    assert "--since" in said  # how to take them all


def test_a_name_close_to_no_event_still_names_the_days_clients(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", caseload, "--clients", "40").returncode == 0
    result = clinic_app("export", "--db", caseload, "--event", "Saturday")
    assert result.returncode == 2, result.stderr
    assert "did you mean" not in result.stderr
    assert result.stderr.count("(id ") == 10 and "and 30 more" in result.stderr
