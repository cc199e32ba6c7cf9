"""Q46-02: `clinic-app rescreen` names the clients it made eligible now."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _on_probation_until(name: str, number: str, end: date) -> Client:
    return Client(name=name, person=Person(dob=date(1985, 3, 14)), cases=[Case(
        id="c1", case_number=number, disposition_date=date(2021, 5, 1),
        convictions=[Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2021, 5, 1))],
        sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2021, 5, 1), end=end)))])


def test_a_weekly_rescreen_names_who_became_eligible_now(tmp_path):
    """The weekly re-screen said only "Screened 3 clients": who became eligible since last
    week was not said, and `list` cannot narrow by outcome, so the week's filings were not
    found from a terminal.  It now names them, one a line (number, name, date of birth)."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(_on_probation_until("Ana Long-Ago", "BA1", date(2024, 5, 1)))
        this_week = repo.add_client(_on_probation_until("Bea This-Week", "BA2", date(2026, 11, 18)))
        repo.add_client(_on_probation_until("Cai Next-Year", "BA3", date(2027, 9, 1)))
    first = clinic_app("rescreen", "--db", str(db), "--as-of", "2026-11-15")
    assert first.returncode == 0, first.stderr
    assert "became eligible" not in first.stdout  # never screened before: nobody became anything
    week = clinic_app("rescreen", "--db", str(db), "--as-of", "2026-11-22")
    assert week.returncode == 0, week.stderr
    lines = week.stdout.splitlines()
    assert lines[1:] == ["1 client became eligible now:", f"{this_week}\tBea This-Week\t1985-03-14"]
    again = clinic_app("rescreen", "--db", str(db), "--as-of", "2026-11-22")
    assert again.stdout.splitlines()[1:] == ["No client became eligible now."]
