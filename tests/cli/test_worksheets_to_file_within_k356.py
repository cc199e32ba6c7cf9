"""K356-01: on Monday the paralegal listed the week's filings with `clinic-app list
--to-file-within 7`, and then wrote each client's filing worksheet by its number, one command a
client: `worksheet` took --client, --event, --hearing-within or --reviewed-since, and the week's
filings were of no one event.  `worksheet --to-file-within DAYS --out DIR` writes the worksheet
of every client `list --to-file-within DAYS` lists, found by the list's own code, in its order."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app.model import Client
from clinic_app.screening_format import read_request
from clinic_app.worksheet.command import to_file_clients
from db.repository import Repository
from tests.automatic_relief import _probation_case, arrest_relief_soon, to_file
from tests.cli.test_cli import clinic_app

MONDAY = "2026-12-07"


def _on_probation_to(name: str, end: str) -> Client:
    """A 2025 misdemeanor on probation to `end`, fines paid: PC 1203.4 to file the day after."""
    request = read_request({"person": {"dob": "1990-12-15", "us_citizen": True}, "cases": [_probation_case(end)]})
    return Client(name=name, person=request.person, cases=request.cases)


@pytest.fixture
def week(tmp_path):
    """A caseload re-screened on Monday: two petitions to file this week (Tuesday, and Monday
    next, the seventh day), one the day after, one eligible now, automatic relief alone soon."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(_on_probation_to("Zoe Martes", "2026-12-07"))  # to file from 2026-12-08
        repo.add_client(_on_probation_to("Beto Despues", "2026-12-14"))  # from 2026-12-15: the eighth day
        repo.add_client(_on_probation_to("Ana Septimo", "2026-12-13"))  # from 2026-12-14: the seventh day
        repo.add_client(to_file("Cora Ahora"))  # eligible now: `list --outcome eligible_now_to_file`'s
        repo.add_client(arrest_relief_soon("Pablo Pronto"))  # automatic relief: nothing to file
    assert clinic_app("rescreen", "--db", str(db), "--as-of", MONDAY).returncode == 0
    return db


def test_k356_01_the_worksheets_of_the_clients_list_to_file_within_lists(week, tmp_path):
    listed = clinic_app("list", "--db", str(week), "--as-of", MONDAY, "--to-file-within", "7")
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == ["Ana Septimo", "Zoe Martes"]
    with Repository.open(week) as repo:  # the same clients, in the list's order, by the list's code
        clients, skipped = to_file_clients(repo, date.fromisoformat(MONDAY), 7)
    assert [client.name for client in clients] == ["Ana Septimo", "Zoe Martes"] and not skipped
    out = tmp_path / "week"
    result = clinic_app("worksheet", "--db", str(week), "--as-of", MONDAY, "--to-file-within", "7", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ana-septimo-0003-worksheet.pdf", "zoe-martes-0001-worksheet.pdf"]
    assert "2 worksheets" in result.stdout and "2/2" in result.stderr  # the batches' report and progress
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO((out / "zoe-martes-0001-worksheet.pdf").read_bytes())).pages)
    assert "Zoe Martes" in text
    # --as-of a day later counts its seven days from that day, as `list` does: Beto's comes in.
    later = clinic_app("worksheet", "--db", str(week), "--as-of", "2026-12-08", "--to-file-within", "7", "--out", str(tmp_path / "tue"))
    assert later.returncode == 0, later.stderr
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "tue").iterdir()) == ["ana", "beto", "zoe"]


def test_k356_01_none_to_file_in_the_days_is_said_and_no_folder_is_made(week, tmp_path):
    none = clinic_app("worksheet", "--db", str(week), "--as-of", "2026-11-01", "--to-file-within", "3",
                      "--out", str(tmp_path / "none"))
    assert none.returncode == 2, none.stderr
    assert "no client has a petition to file by 2026-11-04" in none.stderr
    assert not (tmp_path / "none").exists()


def test_k356_01_to_file_within_is_one_of_the_batches_and_0_or_more(tmp_path):
    db = str(tmp_path / "none.sqlite")
    for given, clash in ((["--client", "1"], "--client and --to-file-within"), (["--event", "Fair"], "--event and --to-file-within"),
                         (["--hearing-within", "1"], "--hearing-within and --to-file-within")):
        result = clinic_app("worksheet", "--db", db, *given, "--to-file-within", "7", "--out", str(tmp_path / "out"))
        assert result.returncode == 2, result.stderr
        assert ("give one of --client, --event, --hearing-within, --reviewed-since or --to-file-within, not " + clash
                ) in result.stderr
    negative = clinic_app("worksheet", "--db", db, "--to-file-within", "-1", "--out", str(tmp_path / "out"))
    assert negative.returncode == 2 and "--to-file-within must be 0 or more" in negative.stderr
    assert not (tmp_path / "out").exists()


def test_k356_02_clients_not_screened_yet_are_said_as_the_list_says_them(week, tmp_path):
    """A client added and never screened (an import, say) is on no list read from the screenings:
    `list --to-file-within` says so and names the re-screen; the worksheets of that list were
    written in silence, and a petition to file this week could be missed."""
    with Repository.open(week) as repo:
        repo.add_client(_on_probation_to("Dina Nueva", "2026-12-09"))  # added after the re-screen
    listed = clinic_app("list", "--db", str(week), "--as-of", MONDAY, "--to-file-within", "7")
    said = f"1 client is not screened yet, so their results are not known: clinic-app rescreen --db {week} screens them"
    assert said in listed.stderr
    result = clinic_app("worksheet", "--db", str(week), "--as-of", MONDAY, "--to-file-within", "7", "--out", str(tmp_path / "w"))
    assert result.returncode == 0, result.stderr
    assert f"note: {said}" in result.stderr and len(list((tmp_path / "w").iterdir())) == 2
    none = clinic_app("worksheet", "--db", str(week), "--as-of", "2026-11-01", "--to-file-within", "3", "--out", str(tmp_path / "n"))
    assert none.returncode == 2 and "no client has a petition to file by 2026-11-04" in none.stderr and said in none.stderr


def test_k356_03_a_day_come_since_the_last_screening_is_said_as_the_list_says_it(week, tmp_path):
    """A client last screened "Blocked until" a day gone by Monday may have a petition to file
    now, on no list read from that screening: `list --to-file-within` says so and names the
    re-screen for the day; the worksheets of that list were written in silence."""
    from dataclasses import replace

    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    earlier = date(2026, 11, 1)
    with Repository.open(week) as repo:
        client_id = repo.add_client(_on_probation_to("Elsa Bloqueada", "2027-06-30"))
        client = repo.get_client(client_id)
        screening = screen(client.person, client.cases, earlier)
        summary = replace(summarize(client, screening, earlier), best="blocked", best_date=date(2026, 12, 4))
        repo.store_screening(client_id, screening, facts_hash(client.person, client.cases), summary)
    said = ("1 client whose date (eligible on, blocked until, or to screen again) has come by 2026-12-07 since the last "
            f"screening is listed as then screened: clinic-app rescreen --db {week} --as-of 2026-12-07 screens them for that day")
    assert said in clinic_app("list", "--db", str(week), "--as-of", MONDAY, "--to-file-within", "7").stderr
    result = clinic_app("worksheet", "--db", str(week), "--as-of", "12/7/2026", "--to-file-within", "7", "--out", str(tmp_path / "w"))
    assert result.returncode == 0, result.stderr
    assert f"note: {said}" in result.stderr and len(list((tmp_path / "w").iterdir())) == 2


def test_r362_03_the_command_list_and_the_help_name_the_reviews_and_the_filings_folders():
    """R362-03: `clinic-app --help` listed `worksheet` as "a client's filing worksheet for staff
    (PDF), or a whole event's, or those of the coming hearings", and `worksheet --help` began so:
    the paralegal reading them on Monday was told neither of --to-file-within (K356-01) nor of
    --reviewed-since (H337-01), as R170-02 found of --hearing-within."""
    import argparse

    from clinic_app.cli import build_parser

    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    listed = {choice.dest: choice.help for choice in sub._choices_actions}
    assert listed["worksheet"].endswith("or a whole event's, or those of the coming hearings, of the reviews since a "
                                        "day or of the petitions to file soon")
    assert " ".join(sub.choices["worksheet"].description.split()).endswith(
        "or every one of an event's, of the coming hearings, of the reviews since a day or of the petitions to file soon.")
