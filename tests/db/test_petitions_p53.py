"""P53: a petition filed with the court is kept under its case (`Case.petitions`), survives a
save and a reload, is left out of the screening's facts (FORMAT.md carries none), and an older
caseload opens with none (migration m010)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from clinic_app.eligibility import facts_hash, screen
from clinic_app.model import Petition
from clinic_app.screening_format import client_to_request_dict
from db import migrations
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file

FILED = Petition("pc1203_4", date(2026, 11, 2), ["a1"], hearing_on=date(2027, 1, 10), note="CR-180 at Dept. 30")


def test_p53_a_petition_filed_is_kept_under_its_case_and_read_back(repo):
    client_id = repo.add_client(to_file())
    client = repo.get_client(client_id)
    client.cases[0].petitions.append(FILED)
    repo.save_client(client)
    assert repo.get_client(client_id).cases[0].petitions == [FILED]
    ruled = repo.get_client(client_id)
    ruled.cases[0].petitions[0] = replace(FILED, ruling="granted", ruling_on=date(2027, 1, 10))
    repo.save_client(ruled)
    assert repo.get_client(client_id).cases[0].petitions[0].ruling == "granted"
    assert [entry.action for entry in repo.history(client_id)].count("update") == 2  # audited
    ruled.cases[0].petitions.clear()
    repo.save_client(ruled)
    assert repo.get_client(client_id).cases[0].petitions == []


def test_p53_a_petition_is_no_screening_fact():
    """Recording a petition changes neither the facts hash (no stale result, no re-screen
    answer) nor what screen() says, nor the FORMAT.md request."""
    bare, filed = to_file(), to_file()
    filed.cases[0].petitions.append(FILED)
    assert facts_hash(filed.person, filed.cases) == facts_hash(bare.person, bare.cases)
    assert screen(filed.person, filed.cases, AS_OF) == screen(bare.person, bare.cases, AS_OF)
    assert "petitions" not in client_to_request_dict(filed)["cases"][0]


def test_p53_an_older_caseload_opens_with_no_petitions(tmp_path):
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        client_id = repo.add_client(to_file())
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE petitions")
    conn.execute("ALTER TABLE clients DROP COLUMN court")
    conn.execute("ALTER TABLE screenings DROP COLUMN court")
    # (m011, which came after, runs again: a convictions table that takes no level already is left as it is.)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m010_petitions_filed', 'm011_conviction_level_not_known', "
                 "'m012_petition_counts_removed', 'm013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        client = repo.get_client(client_id)
        assert client.cases[0].petitions == []
        client.cases[0].petitions.append(FILED)
        repo.save_client(client)
        assert repo.get_client(client_id).cases[0].petitions == [FILED]


def test_p53_the_line_stored_says_filed_and_a_rescreen_keeps_it(repo):
    """Saved and screened as the window does, the caseload line (list_clients) carries where the
    petitions stand; a whole-caseload re-screen writes it too, and a petition added with no
    other change is stored as a new line (the facts hash is the same)."""
    from db.rescreen import rescreen_caseload
    from ui.services import screen_and_store

    client_id = repo.add_client(to_file())
    screen_and_store(repo, repo.get_client(client_id), AS_OF)
    assert repo.list_clients()[0].court is None
    client = repo.get_client(client_id)
    client.cases[0].petitions.append(FILED)
    repo.save_client(client)
    screen_and_store(repo, repo.get_client(client_id), AS_OF)
    row = repo.list_clients()[0]
    assert (row.court.state, row.court.filed_on, row.court.hearings) == ("filed", FILED.filed_on, (FILED.hearing_on,))
    assert repo.latest_screening(client_id).summary.court == row.court
    repo.db.conn.execute("UPDATE clients SET court = NULL")
    rescreen_caseload(repo, date(2026, 12, 3), workers=1)
    assert repo.list_clients()[0].court == row.court
