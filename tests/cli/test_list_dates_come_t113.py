"""T113-01: a caseload screened at an event and listed months later: `clinic-app list --outcome
eligible_on` named, with nothing said, clients whose "Eligible on" day had come since (eligible
now, were they screened again), and `--outcome eligible_now` left them out, where the window's
status line counts them ("whose date has come since the last screening") and the report says
them (P101-01).  Every list read from the last screening now says how many such clients there
are, and the re-screen that brings them up to date, by --as-of's day where it is given."""

from __future__ import annotations

from datetime import date

import pytest

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


@pytest.fixture
def screened_at_the_event(tmp_path):
    """Two clients screened on 2026-12-05: one on probation to 2027-03-07 (eligible on 2027-03-08),
    one to 2030-06-30."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        march = repo.add_client(_on_probation_until("Bea March", "BA1", date(2027, 3, 7)))
        later = repo.add_client(_on_probation_until("Cai Later", "BA2", date(2030, 6, 30)))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-05").returncode == 0
    return db, march, later


def test_a_list_read_months_later_says_whose_date_has_come(screened_at_the_event):
    db, march, later = screened_at_the_event
    result = clinic_app("list", "--db", db, "--eligible-within", "30", "--as-of", "2027-07-05")
    assert [int(line.split("\t")[0]) for line in result.stdout.splitlines()] == [march]
    assert result.stderr.strip() == (
        "clinic-app: note: 1 client whose date (eligible on, blocked until, or to screen again) has come by 2027-07-05 since the last "
        f"screening is listed as then screened: clinic-app rescreen --db {db} --as-of 2027-07-05 screens them for that day")


def test_a_list_that_leaves_them_out_says_so_too(tmp_path):
    """Without --as-of, by today: screened 2022-12-05, eligible on 2023-03-08, a day come by now."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(_on_probation_until("Bea March", "BA1", date(2023, 3, 7)))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2022-12-05").returncode == 0
    result = clinic_app("list", "--db", db, "--outcome", "eligible_now")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == (
        "clinic-app: no client matches --outcome eligible_now; 1 client whose date (eligible on, blocked until, or to screen again) has come "
        f"since the last screening is listed as then screened: clinic-app rescreen --db {db} screens them for today")


def test_no_note_before_the_day_nor_after_the_re_screen(screened_at_the_event):
    db, march, later = screened_at_the_event
    result = clinic_app("list", "--db", db, "--eligible-within", "30", "--as-of", "2027-03-01")
    assert result.stdout.startswith(f"{march}\t") and result.stderr == ""
    assert clinic_app("rescreen", "--db", db, "--as-of", "2027-07-05").returncode == 0
    result = clinic_app("list", "--db", db, "--outcome", "eligible_now", "--as-of", "2027-07-05")
    assert result.stdout.startswith(f"{march}\t") and "has come" not in result.stderr
    # Nor on a list read from the names, not the screenings.
    assert clinic_app("list", "--db", db).stderr == ""


def test_t113_03_a_list_says_the_clients_screened_by_older_rules(tmp_path):
    """T113-03: the caseload opened with an updated Clinic Desk: a list read from screenings made
    by the older rules said nothing of it, where the window's status line says "1 client screened
    by older rules, whose answers may have changed" and the report's Rules line says to re-screen."""
    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.model import ClientSummary, Screening

    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        old = repo.add_client(_on_probation_until("Olga Older", "BA1", date(2022, 3, 7)))
        current = repo.add_client(_on_probation_until("Carl Current", "BA2", date(2022, 3, 7)))
        repo.store_screening(old, Screening(as_of=date(2026, 12, 5), rules_version="2026.01"), "old-facts",
                             ClientSummary(best="eligible_now"))
        repo.store_screening(current, Screening(as_of=date(2026, 12, 5), rules_version=RULES_VERSION), "facts",
                             ClientSummary(best="eligible_now"))
    result = clinic_app("list", "--db", db, "--outcome", "eligible_now")
    assert [int(line.split("\t")[0]) for line in result.stdout.splitlines()] == [current, old]
    assert result.stderr.strip() == (
        f"clinic-app: note: 1 client of the caseload was screened by older rules than this program's ({RULES_VERSION}), "
        f"whose answers may have changed: clinic-app rescreen --db {db} screens them again")
    assert clinic_app("list", "--db", db, "--search", "Olga").stderr == ""  # a list read from the names says nothing
    assert clinic_app("rescreen", "--db", db).returncode == 0
    assert clinic_app("list", "--db", db, "--outcome", "eligible_now").stderr == ""


def test_t113_05_newly_eligible_by_automatic_relief_a_petition_whose_day_has_come_is_to_file_now(tmp_path):
    """T113-05: `list --newly-eligible-since` said "file on 2031-07-01" of a client newly eligible by
    automatic relief, their petition's day, read on 2031-07-05 as on 2031-06-30: a day gone."""
    from tests.cli.test_report_petition_after_automatic_l51 import _caseload

    db, ids = _caseload(tmp_path)
    assert clinic_app("rescreen", "--db", db, "--as-of", "2030-09-29").returncode == 0  # Teodoro's 851.93 comes
    since = date.today().isoformat()  # a re-screen for a day to come keeps today as the day (S52-02)

    def teodoro(as_of: str) -> str:
        listed = clinic_app("list", "--db", db, "--newly-eligible-since", since, "--as-of", as_of).stdout.splitlines()
        return next(line for line in listed if line.startswith(f"{ids['Teodoro Tarde']}\t")).split("\t", 3)[3]

    assert teodoro("2031-06-30") == "automatic relief now: check the RAP sheet; file on 2031-07-01"
    assert teodoro("2031-07-05") == "automatic relief now: check the RAP sheet; file now (from 2031-07-01)"


def test_y114_03_as_of_on_a_list_that_reads_no_day_says_one_note(screened_at_the_event):
    """`--outcome eligible_on --as-of` read no day, so said "--as-of changes nothing in this list"
    and then T113-01's "1 client ... has come by 2027-07-05": two notes of one day, the first belied
    by the second (Y114-03).  The second alone, with the re-screen for that day; the first where
    no date has come by it."""
    db, march, later = screened_at_the_event
    result = clinic_app("list", "--db", db, "--outcome", "eligible_on", "--as-of", "2027-07-05")
    assert result.returncode == 0
    assert [int(line.split("\t")[0]) for line in result.stdout.splitlines()] == [march, later]
    assert result.stderr.strip() == (
        "clinic-app: note: 1 client whose date (eligible on, blocked until, or to screen again) has come by 2027-07-05 since the last "
        f"screening is listed as then screened: clinic-app rescreen --db {db} --as-of 2027-07-05 screens them for that day")
    result = clinic_app("list", "--db", db, "--outcome", "eligible_on", "--as-of", "2027-03-01")
    assert result.stderr.strip().startswith("clinic-app: note: --as-of 2027-03-01 changes nothing in this list")
    assert "has come" not in result.stderr
