"""Stored screenings, the caseload-list summary, staleness, reviews and settings."""

from __future__ import annotations

from datetime import date, datetime

from clinic_app.model import Client, ClientSummary, Determination, Reason, Screening
from db.repository import KEEP_SCREENINGS, ScreeningCounts, StoredScreening, is_stale


def _screening(as_of=date(2026, 6, 1), rules="2026.06"):
    return Screening(
        as_of=as_of,
        rules_version=rules,
        results=[
            Determination(
                case="c1",
                conviction="c1-1",
                remedy="pc1203.4",
                status="eligible_on",
                mode="mandatory",
                date=date(2027, 3, 2),
                reasons=[Reason("Probation ends on 2027-03-02.", "PC 1203.4(a)(1)")],
                next_steps=["Finish probation"],
                confidence="M",
            )
        ],
    )


def test_clients_screened_by_other_rules_are_counted_by_their_newest_screening(repo):
    old, upgraded, never = (repo.add_client(Client(name=n)) for n in ("Old Rules", "Upgraded", "Never Screened"))
    repo.store_screening(old, _screening(rules="2026.06"), "f1", ClientSummary(best="blocked"))
    repo.store_screening(upgraded, _screening(rules="2026.06"), "f2", ClientSummary(best="blocked"))
    repo.store_screening(upgraded, _screening(rules="2026.11.30"), "f2", ClientSummary(best="eligible_now"))
    day = date(2026, 6, 1)  # the day _screening speaks for: none is for a later day
    # Only Old Rules; never-screened clients are not "older".
    assert repo.screening_counts("2026.11.30", day) == ScreeningCounts(older=1)
    # For a copy of Clinic Desk with the older rules, Upgraded's newest is newer (store check
    # S18-12: it was counted as "older" and offered a re-screen that would undo the upgrade).
    assert repo.screening_counts("2026.06", day) == ScreeningCounts(newer=1, newest_rules="2026.11.30")
    assert repo.screening_counts("2026.11.30a", day) == ScreeningCounts(older=2)
    assert repo.screening_counts("2026.11.29", day) == ScreeningCounts(older=1, newer=1, newest_rules="2026.11.30")
    repo.store_screening(old, _screening(rules="2026.11.30zb"), "f1", ClientSummary(best="eligible_now"))
    assert repo.screening_counts("2026.11.30z", day) == ScreeningCounts(older=1, newer=1, newest_rules="2026.11.30zb")
    repo.store_screening(old, _screening(rules="2026.11.30"), "f1", ClientSummary(best="eligible_now"))
    assert repo.screening_counts("2026.11.30", day) == ScreeningCounts()
    assert repo.screening_counts("2026.11.30", date(2026, 5, 1)) == ScreeningCounts(later={day: 2})  # a planning run's day


def test_a_stored_screening_comes_back_with_its_provenance(repo):
    client_id = repo.add_client(Client(name="Irma Soto"))
    summary = ClientSummary(best="eligible_on", best_date=date(2027, 3, 2), next_action_date=date(2026, 7, 1), outstanding=["restitution $800", "class 10/52"], needs_review=True)
    repo.store_screening(client_id, _screening(), "facts-1", summary)
    stored = repo.latest_screening(client_id)
    assert stored.screening == _screening()
    assert (stored.facts_hash, stored.rules_version, stored.as_of) == ("facts-1", "2026.06", date(2026, 6, 1))
    assert isinstance(stored.created_at, datetime) and stored.summary == summary
    row = repo.list_clients()[0]
    assert (row.best, row.best_date, row.next_action_date, row.outstanding, row.needs_review) == ("eligible_on", date(2027, 3, 2), date(2026, 7, 1), ["restitution $800", "class 10/52"], True)


def test_an_unscreened_client_has_no_summary(repo):
    client_id = repo.add_client(Client(name="Nadie"))
    assert repo.latest_screening(client_id) is None
    row = repo.list_clients()[0]
    assert (row.best, row.outstanding, row.needs_review) == (None, [], False)


def test_the_newest_screening_wins_and_old_ones_are_pruned(repo):
    client_id = repo.add_client(Client(name="Irma Soto"))
    for day in range(1, KEEP_SCREENINGS + 4):
        repo.store_screening(client_id, _screening(as_of=date(2026, 6, day)), f"h{day}", ClientSummary(best="blocked"))
    assert repo.latest_screening(client_id).as_of == date(2026, 6, KEEP_SCREENINGS + 3)
    assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == KEEP_SCREENINGS


def test_bulk_rescreen_stores_one_screening_per_client(repo):
    from clinic_app.eligibility import facts_hash

    ids = repo.add_clients([Client(name=f"Client {n}") for n in range(30)])
    # Each screened from the facts the client has (a row for other facts is not written:
    # tests/db/test_rescreen.py).
    hashes = {cid: facts_hash(c.person, c.cases) for cid, c in ((cid, repo.get_client(cid)) for cid in ids)}
    count = repo.store_screenings((cid, _screening(), hashes[cid], ClientSummary(best="eligible_now")) for cid in ids)
    assert count == 30
    assert {row.best for row in repo.list_clients()} == {"eligible_now"}
    assert repo.latest_screening(ids[7]).facts_hash == hashes[ids[7]]


def test_a_screening_is_stale_when_facts_or_rules_changed():
    stored = StoredScreening(screening=_screening(), facts_hash="f1", rules_version="r1", as_of=date(2026, 1, 1), created_at=datetime(2026, 1, 1))
    assert not is_stale(stored, "f1", "r1")
    assert is_stale(stored, "f2", "r1")
    assert is_stale(stored, "f1", "r2")


def test_screenings_and_reviews_survive_an_edit_of_the_client(repo):
    client_id = repo.add_client(Client(name="Irma Soto"))
    repo.store_screening(client_id, _screening(), "facts-1", ClientSummary(best="blocked"))
    repo.record_review(client_id, "c1", "c1-1", "pc1203.4", "Looks right.")
    client = repo.get_client(client_id)
    client.notes = "moved to Pomona"
    repo.save_client(client)
    assert repo.latest_screening(client_id).facts_hash == "facts-1"
    (review,) = repo.reviews(client_id)
    assert (review.case, review.conviction, review.remedy, review.reviewer, review.note) == ("c1", "c1-1", "pc1203.4", "paralegal-1", "Looks right.")


def test_settings_default_and_change(repo):
    assert repo.get_setting("clinic_phone") is None
    assert repo.get_setting("clinic_phone", "(000) 000-0000") == "(000) 000-0000"
    repo.set_setting("clinic_phone", "(562) 555-0100")
    repo.set_setting("clinic_phone", "(562) 555-0100")  # unchanged: not logged again
    assert repo.get_setting("clinic_phone") == "(562) 555-0100"
    assert len(repo.history()) == 1


def test_the_fast_screening_writer_matches_the_format_writer():
    import json

    from clinic_app.model import Consequence
    from clinic_app.screening_format import screening_to_dict
    from db.records import screening_json

    screening = _screening()
    screening.results[0].missing_facts = ["probation end date"]
    screening.results.append(Determination(case="c2", conviction=None, remedy="pc851.91", status="needs_review"))
    screening.consequences = [Consequence(case="c1", conviction="c1-1", topic="firearms", text="Still barred.", cite="PC 29800")]
    assert json.loads(screening_json(screening)) == screening_to_dict(screening)


def test_outstanding_labels_survive_quotes_commas_and_accents(repo):
    labels = ['restitution $1,200', 'class "Theft awareness" 3/8', 'multa pagada: sí', "back\\slash", '","']
    for n, outstanding in enumerate([labels, labels[:1], [], ["a", "b"]]):
        client_id = repo.add_client(Client(name=f"Client {n}"))
        repo.store_screening(client_id, _screening(), "h", ClientSummary(best="blocked", outstanding=outstanding))
        assert {row.id: row.outstanding for row in repo.list_clients()}[client_id] == outstanding


def test_the_same_screening_is_not_stored_again_so_older_results_are_kept(repo):
    """Store check S18-05: five saves of a note stored five copies and pruned the only result
    of the older rules."""
    client_id = repo.add_client(Client(name="Nora Notes"))
    repo.store_screening(client_id, _screening(rules="2026.05"), "h1", ClientSummary(best="blocked"))
    for _ in range(KEEP_SCREENINGS + 2):
        repo.store_screening(client_id, _screening(rules="2026.06"), "h1", ClientSummary(best="blocked"))
    rules = [row[0] for row in repo.db.conn.execute("SELECT rules_version FROM screenings WHERE client_id = ? ORDER BY id", (client_id,))]
    assert rules == ["2026.05", "2026.06"]
    # A different caseload line (a payment moved what is outstanding) is stored.
    repo.store_screening(client_id, _screening(rules="2026.06"), "h1", ClientSummary(best="blocked", outstanding=["fines $100"]))
    assert repo.list_clients()[0].outstanding == ["fines $100"]
    assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == 3


def test_pruning_keeps_the_newest_result_of_each_rules_version(repo):
    """GUI check G18-07: a few saves under new rules pruned the one result of the older rules,
    which 'shown as it was' needs."""
    client_id = repo.add_client(Client(name="Rita Rules"))
    repo.store_screening(client_id, _screening(rules="2026.05"), "h0", ClientSummary(best="blocked"))
    for n in range(KEEP_SCREENINGS + 3):
        repo.store_screening(client_id, _screening(rules="2026.06"), f"h{n + 1}", ClientSummary(best="blocked"))
    rules = [s.rules_version for s in repo.stored_screenings(client_id)]
    assert rules.count("2026.06") == KEEP_SCREENINGS and rules[-1] == "2026.05"
