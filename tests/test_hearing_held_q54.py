"""Q54-01: a hearing passed with no ruling entered read "Filed 2026-11-02; hearing 2026-11-25"
on 2026-12-03, as if it were still to come; the line now says what to do, "Hearing <day> held:
record the ruling", as today's work (sorted first, as a denial), naming the next hearing coming
if there is one; `clinic-app list` says the same with its own today (--as-of, or the clock).
Every hearing day here is counted from the day the list speaks for, never written out."""

from __future__ import annotations

from datetime import date, timedelta

from clinic_app.court import court_action, court_day
from clinic_app.eligibility import screen
from clinic_app.line_action import next_action
from clinic_app.model import Petition
from clinic_app.summary import summarize
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import COL_NEXT, _sort_key
from ui.services import client_row


def _row(petitions: list[Petition], name: str = "Olga Oida"):
    client = to_file(name)
    client.id = 1
    client.cases[0].petitions.extend(petitions)
    return client_row(client, summarize(client, screen(client.person, client.cases, AS_OF), AS_OF))


def test_q54_a_hearing_passed_with_no_ruling_asks_for_the_ruling_today():
    held = AS_OF - timedelta(days=8)
    row = _row([Petition("pc1203_4", AS_OF - timedelta(days=30), ["a1"], hearing_on=held)])
    assert next_action(row, AS_OF) == (f"Hearing {held.isoformat()} held: record the ruling", date.min)
    # The day before, and on the hearing day itself, it is the hearing to come, not yet held.
    waiting = (f"Filed {(AS_OF - timedelta(days=30)).isoformat()}; hearing {held.isoformat()}", held)
    assert next_action(row, held - timedelta(days=1)) == next_action(row, held) == waiting


def test_q54_a_hearing_held_names_the_next_one_coming():
    held, coming = AS_OF - timedelta(days=3), AS_OF + timedelta(days=20)
    row = _row([Petition("pc1203_4", AS_OF - timedelta(days=40), ["a1"], hearing_on=held),
                Petition("pc1203_4", AS_OF - timedelta(days=35), ["a1"], hearing_on=coming)])
    # The petition last filed stands: the line is filed, its hearing to come, the other's held.
    assert court_action(row.court, AS_OF) == f"Hearing {held.isoformat()} held: record the ruling; next {coming.isoformat()}"
    assert court_day(row.court, AS_OF) == date.min


def test_q54_held_sorts_with_todays_work_before_hearings_to_come():
    held = _row([Petition("pc1203_4", AS_OF - timedelta(days=30), ["a1"], hearing_on=AS_OF - timedelta(days=1))])
    later = _row([Petition("pc1203_4", AS_OF - timedelta(days=30), ["a1"], hearing_on=AS_OF + timedelta(days=1))])
    key = _sort_key(COL_NEXT, AS_OF)
    assert key(held) < key(later)


def test_q54_clinic_app_list_says_the_hearing_was_held_with_its_own_today(tmp_path):
    db = tmp_path / "caseload.sqlite"
    today = date.today()  # `list` without --as-of speaks for the computer's day
    held, coming = today - timedelta(days=8), today + timedelta(days=5)
    with Repository.open(db) as repo:
        for name, hearings in (("Hilda Held", [held]), ("Nico Next", [held, coming])):
            client = to_file(name)
            client.cases[0].petitions = [Petition("pc1203_4", today - timedelta(days=40 - n), ["a1"], hearing_on=day)
                                         for n, day in enumerate(hearings)]
            repo.add_client(client)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", today.isoformat()).returncode == 0
    result = clinic_app("list", "--db", str(db), "--outcome", "filed")
    assert result.returncode == 0, result.stderr
    said = {line.split("\t")[1]: line.split("\t")[3] for line in result.stdout.splitlines()}
    assert said == {"Hilda Held": f"Hearing {held.isoformat()} held: record the ruling",
                    "Nico Next": f"Hearing {held.isoformat()} held: record the ruling; next {coming.isoformat()}"}
    # As of the day before the first hearing, nothing was held yet.
    result = clinic_app("list", "--db", str(db), "--outcome", "filed", "--as-of", (held - timedelta(days=1)).isoformat())
    assert [line.split("\t")[3] for line in result.stdout.splitlines()] == [
        f"Filed {(today - timedelta(days=40)).isoformat()}; hearing {held.isoformat()}",
        # The petition filed last stands (P53), its hearing after the other's.
        f"Filed {(today - timedelta(days=39)).isoformat()}; hearing {held.isoformat()}; another hearing {coming.isoformat()}"]
