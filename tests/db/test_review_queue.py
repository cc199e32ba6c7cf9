"""The attorney's review queue (A29-01): a client awaits review while some needs-review result
of their newest screening has no review kept for the facts and the answer it was made on."""

from __future__ import annotations

import copy
import sqlite3
from datetime import date

from clinic_app.eligibility import facts_hash
from clinic_app.model import Case, Client, Conviction, Person
from clinic_app.review import answer_key
from db import migrations
from db.repository import Repository
from ui.services import screen_and_store

TODAY = date(2026, 11, 22)


def unsentenced(name: str = "Rosa Díaz") -> Client:
    """Two counts with no sentence entered: each count's 1203.4, 1203.4a and 1203.425 need review."""
    return Client(name=name, person=Person(dob=date(1985, 3, 14)), cases=[Case(
        id="c1", case_number="BA100001", disposition_date=date(2021, 5, 1),
        convictions=[Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2021, 5, 1)),
                     Conviction(id="c1-2", section="484", level="misdemeanor", conviction_date=date(2021, 5, 1))])])


def line(repo: Repository, client_id: int):
    return next(row for row in repo.list_clients() if row.id == client_id)


def review_all(repo: Repository, client_id: int, screened, note: str = "Checked the docket") -> None:
    client = repo.get_client(client_id)
    hashed = facts_hash(client.person, client.cases)
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in screened.screening.results
                                    if d.status == "needs_review"], note, facts_hash=hashed)


def test_a_client_leaves_the_queue_once_every_needs_review_result_is_reviewed(repo):
    client_id = repo.add_client(unsentenced())
    screened = screen_and_store(repo, repo.get_client(client_id), TODAY)
    needing = [d for d in screened.screening.results if d.status == "needs_review"]
    assert len(needing) == 6
    assert line(repo, client_id).awaiting_review
    client = repo.get_client(client_id)
    for d in needing[:-1]:
        repo.record_review(client_id, d.case, d.conviction, d.remedy, "ok", facts_hash=facts_hash(client.person, client.cases),
                           answer=answer_key(d))
        assert line(repo, client_id).awaiting_review  # one still waits
    d = needing[-1]
    repo.record_review(client_id, d.case, d.conviction, d.remedy, "ok", facts_hash=facts_hash(client.person, client.cases),
                       answer=answer_key(d))
    row = line(repo, client_id)
    assert not row.awaiting_review and row.needs_review  # the screening still says "needs review"
    assert not repo.awaiting_review(client_id)


def test_changed_facts_put_the_client_back_in_the_queue_and_keep_the_old_review(repo):
    client_id = repo.add_client(unsentenced())
    screened = screen_and_store(repo, repo.get_client(client_id), TODAY)
    review_all(repo, client_id, screened)
    assert not line(repo, client_id).awaiting_review
    changed = copy.deepcopy(repo.get_client(client_id))
    changed.cases[0].convictions[1].offense_date = date(2021, 4, 2)  # a fact, not the answers' words
    repo.save_client(changed)
    again = screen_and_store(repo, repo.get_client(client_id), TODAY)
    assert [d.status for d in again.screening.results] == [d.status for d in screened.screening.results]
    assert line(repo, client_id).awaiting_review
    assert len(repo.reviews(client_id)) == 6  # kept, never deleted
    assert sum(e.entity == "review" for e in repo.history(client_id)) == 6


def test_a_new_answer_on_the_same_facts_puts_the_client_back_in_the_queue(repo):
    client_id = repo.add_client(unsentenced())
    screened = screen_and_store(repo, repo.get_client(client_id), TODAY)
    review_all(repo, client_id, screened)
    client = repo.get_client(client_id)
    reworded = copy.deepcopy(screened.screening)
    reworded.rules_version = screened.screening.rules_version + "z"
    first = next(d for d in reworded.results if d.status == "needs_review")
    first.reasons[0].text += " Ask the court for the minute order."
    repo.store_screening(client_id, reworded, screened.facts_hash, screened.summary, client.cases)
    assert line(repo, client_id).awaiting_review
    # The same answers by newer rules: the reviews still count.
    same = copy.deepcopy(screened.screening)
    same.rules_version = screened.screening.rules_version + "zz"
    repo.store_screening(client_id, same, screened.facts_hash, screened.summary, client.cases)
    assert not line(repo, client_id).awaiting_review


def test_a_whole_caseload_rescreen_keeps_the_queue(repo):
    reviewed, waiting = repo.add_client(unsentenced()), repo.add_client(unsentenced("Ana Ruiz"))
    review_all(repo, reviewed, screen_and_store(repo, repo.get_client(reviewed), TODAY))
    from db.rescreen import screen_rows

    rows = screen_rows(repo.clients_to_screen_between(reviewed, waiting), date(2026, 11, 23))
    assert repo.store_screening_rows(rows) == 2
    assert (line(repo, reviewed).awaiting_review, line(repo, waiting).awaiting_review) == (False, True)


def test_a_whole_caseload_rescreen_gives_each_client_the_flag_worked_out_in_full(repo):
    """The re-screen writes the flag with the client's line and works it out in full only for
    clients with a review kept (db.repository._flush_screenings): each client's flag is the one
    _AWAITING_UPDATE gives, for clients reviewed in full, in part, on other facts and not at all."""
    from clinic_app.demo import generate_clients
    from db.rescreen import screen_rows

    ids = [repo.add_client(client) for client in generate_clients(40, seed=7)]
    for n, client_id in enumerate(ids):
        screened = screen_and_store(repo, repo.get_client(client_id), TODAY)
        if n % 4 == 1:
            review_all(repo, client_id, screened)
        elif n % 4 == 2:  # one result reviewed, on the facts
            client = repo.get_client(client_id)
            for d in [d for d in screened.screening.results if d.status == "needs_review"][:1]:
                repo.record_review(client_id, d.case, d.conviction, d.remedy, "one",
                                   facts_hash=facts_hash(client.person, client.cases), answer=answer_key(d))
        elif n % 4 == 3:  # reviewed before reviews kept their facts
            for d in [d for d in screened.screening.results if d.status == "needs_review"][:1]:
                repo.record_review(client_id, d.case, d.conviction, d.remedy, "old style")
    rows = screen_rows(repo.clients_to_screen_between(ids[0], ids[-1]), date(2027, 6, 1))
    assert repo.store_screening_rows(rows) == len(ids)
    stored = {row.id: row.awaiting_review for row in repo.list_clients()}
    assert 0 < sum(stored.values()) < len(ids)  # both kinds are there
    with repo.db.conn:
        repo.db.conn.executemany(Repository._AWAITING_UPDATE, [(client_id,) for client_id in ids])
    assert {row.id: row.awaiting_review for row in repo.list_clients()} == stored

def test_a_review_without_facts_is_kept_and_does_not_count(repo):
    """A review kept as before (no facts hash): given on facts nobody knows now."""
    client_id = repo.add_client(unsentenced())
    screened = screen_and_store(repo, repo.get_client(client_id), TODAY)
    for d in screened.screening.results:
        if d.status == "needs_review":
            repo.record_review(client_id, d.case, d.conviction, d.remedy, "old style")
    assert line(repo, client_id).awaiting_review
    assert [rv.facts_hash for rv in repo.reviews(client_id)] == [None] * 6


def test_the_queue_is_read_from_the_client_rows(repo):
    """The list reads the flag kept on the client row; writing it finds a client's screenings
    and reviews by their indexes (no scan of either table)."""
    plan = repo.db.conn.execute("EXPLAIN QUERY PLAN " + Repository._AWAITING_UPDATE, (1,)).fetchall()
    text = " | ".join(row[-1] for row in plan)
    assert "SCAN screenings" not in text and "SCAN reviews" not in text and "SCAN v" not in text and "SCAN s " not in text, text
    assert "reviews_client" in text and "screenings_client" in text, text


def test_an_older_caseload_keeps_its_reviews_and_queues_its_needs_review_clients(tmp_path):
    """A caseload from schema 4: its reviews are kept (no facts) and its clients with a
    needs-review result are in the queue; one whose record only lacks its counts is not."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path, user="attorney-1") as repo:
        client_id = repo.add_client(unsentenced())
        screened = screen_and_store(repo, repo.get_client(client_id), TODAY)
        d = screened.screening.results[0]
        repo.record_review(client_id, d.case, d.conviction, d.remedy, "before the upgrade")
        plain = repo.add_client(Client(name="Sin Casos", person=Person(dob=date(1990, 1, 1))))
        screen_and_store(repo, repo.get_client(plain), TODAY)
    conn = sqlite3.connect(path)
    # Back to schema 4 as it was: the columns m005 (and m006, m008, m009, m010) add, gone.
    for table, column in (("reviews", "facts_hash"), ("reviews", "answer"), ("screenings", "review_keys"), ("clients", "awaiting_review"),
                          ("screenings", "automatic_only"), ("clients", "automatic_only"), ("clients", "eligible_now_since"),
                          ("screenings", "file_on"), ("clients", "file_on"), ("screenings", "court"), ("clients", "court")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DROP TABLE petitions")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m005_reviews_keep_their_facts', 'm006_eligible_now_by_automatic_relief_alone', "
                 "'m007_eligible_later_by_automatic_relief_alone', 'm008_eligible_now_since', 'm009_petition_after_automatic_relief', "
                 "'m010_petitions_filed', 'm011_conviction_level_not_known', 'm012_petition_counts_removed', 'm013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert [(rv.note, rv.facts_hash) for rv in repo.reviews(client_id)] == [("before the upgrade", None)]
        assert line(repo, client_id).awaiting_review and not line(repo, plain).awaiting_review
        review_all(repo, client_id, screened)
        assert not line(repo, client_id).awaiting_review


def test_reviews_merged_from_an_event_laptop_still_count_for_the_same_facts(tmp_path):
    """A29-04: an export carried a review without what it was given on, so after the end-of-day
    merge the clinic's copy of a client reviewed in full was back in the attorney's queue."""
    import json

    from db.export import exported as _exported
    from clinic_app.screening_format import client_and_reviews_from_request

    with Repository.open(tmp_path / "clinic.sqlite", user="office") as clinic, \
            Repository.open(tmp_path / "laptop.sqlite", user="laptop") as laptop:
        at_clinic = clinic.add_client(unsentenced())
        screen_and_store(clinic, clinic.get_client(at_clinic), TODAY)
        assert line(clinic, at_clinic).awaiting_review
        on_laptop = laptop.add_client(unsentenced())
        review_all(laptop, on_laptop, screen_and_store(laptop, laptop.get_client(on_laptop), TODAY))
        d = screen_and_store(laptop, laptop.get_client(on_laptop), TODAY).screening.results[0]
        laptop.record_review(on_laptop, d.case, d.conviction, d.remedy, "an old-style review")  # no facts: none written
        exported = json.loads(json.dumps(_exported(laptop, on_laptop)))
        carried = exported["client"]["reviews"]
        assert [("facts_hash" in rv, "answer" in rv) for rv in carried] == [(True, True)] * 6 + [(False, False)]
        client, reviews = client_and_reviews_from_request(exported)
        result = clinic.import_clients([client], reviews=[reviews])
        assert result.skipped == [("Rosa Díaz", at_clinic)]  # the same client, already here
        assert not line(clinic, at_clinic).awaiting_review
        assert [rv.facts_hash for rv in clinic.reviews(at_clinic)][-1] is None
