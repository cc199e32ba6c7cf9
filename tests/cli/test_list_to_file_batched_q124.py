"""Q124-01: `clinic-app list --outcome eligible_now_to_file` said what each client still has to
file (P123-01) by reading their whole record and whole newest screening one client at a time:
on a 5,000-client caseload the list took 2.4 s where it had taken 1.2 s.  `still_to_file_of_many`
reads them 500 clients at a time, and the eligible results alone, and says the same as the
reading one by one did: a petition filed, granted or withdrawn counted as it was, the newest
screening the one read, a client never screened None, and a client not there left out."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.court import still_to_file, still_to_file_of_many
from clinic_app.model import Client, Person, Petition
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _one_by_one(repo: Repository, client_id: int) -> str | None:
    """What to file as P123-01 read it: the whole record, the whole newest screening."""
    stored = repo.latest_screening(client_id)
    return still_to_file(repo.get_client(client_id).cases, stored.screening.results) if stored is not None else None


def test_q124_01_what_to_file_is_read_in_a_few_reads_and_says_what_it_said(tmp_path):
    db = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "120", "--seed", "7").returncode == 0
    # Screened twice: the newest screening is the one said.
    assert clinic_app("rescreen", "--db", db, "--as-of", "2012-01-02").returncode == 0
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02").returncode == 0
    listed = clinic_app("list", "--db", db, "--outcome", "eligible_now_to_file")
    to_file = [int(line.split("\t")[0]) for line in listed.stdout.splitlines()]
    assert len(to_file) >= 40
    with Repository.open(db) as repo:
        # A petition filed, one granted and one withdrawn, each for a relief screened eligible.
        for client_id, ruling in zip(to_file[:3], (None, "granted", "withdrawn"), strict=True):
            client = repo.get_client(client_id)
            d = next(d for d in repo.latest_screening(client_id).screening.results if d.status == "eligible"
                     and _one_by_one(repo, client_id) and d.case in {case.id for case in client.cases})
            case = next(case for case in client.cases if case.id == d.case)
            case.petitions.append(Petition(d.remedy, date(2026, 10, 1), [d.conviction] if d.conviction else [], ruling=ruling,
                                           ruling_on=date(2026, 11, 2) if ruling else None))
            repo.save_client(client)
        never = repo.add_client(Client(name="Nadie Screened", person=Person(dob=date(1970, 1, 1))))
        expected = {client_id: _one_by_one(repo, client_id) for client_id in to_file + [never]}
        assert len(set(expected.values())) >= 10  # a varied caseload: many different lines

        statements: list[str] = []
        repo.db.conn.set_trace_callback(statements.append)
        said = still_to_file_of_many(repo, to_file + [never, 999_999])  # a client not there is left out
        repo.db.conn.set_trace_callback(None)
        assert said == expected
        assert said[never] is None
        # Seven reads (clients, cases, counts, conditions, payments, petitions, screenings), not two a client.
        assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 7, statements

    lines = clinic_app("list", "--db", db, "--outcome", "eligible_now_to_file", "--json")
    assert lines.returncode == 0, lines.stderr
    assert {line["id"]: line["to_file"] for line in map(json.loads, lines.stdout.splitlines())} == {
        client_id: expected[client_id] for client_id in to_file}
