"""S71-01: `clinic-app list --review` said each queued client's words (C70-01) by reading their
whole record, their whole newest screening and their reviews one client at a time: 28-35 s for
the 52,792 clients on the queue of a 100,000-client caseload.  `awaiting_of_many` reads them 500
clients at a time, and says the same words as the reading one by one did: the reviews that count
take a result off, one on other facts does not, the newest screening is the one said, and a
client not screened or not there is left out."""

from __future__ import annotations

from clinic_app.review import answer_key, attorney_waits_for, awaiting_of_many, awaiting_said
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _one_by_one(repo: Repository, client_id: int) -> str | None:
    """The words as C70-01 read them: the whole record, the newest screening, every review."""
    stored = repo.latest_screening(client_id)
    return awaiting_said(repo.get_client(client_id).cases, stored.screening.results, stored.facts_hash, repo.reviews(client_id))


def test_s71_01_the_queue_is_read_in_a_few_reads_and_says_what_it_said(tmp_path):
    db = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "60").returncode == 0
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02").returncode == 0
    with Repository.open(db) as repo:
        queued = [row.id for row in repo.list_clients() if row.awaiting_review]
        assert len(queued) >= 10
        # A review that counts (on these facts, of this answer), and one kept on other facts.
        counted, other = queued[0], queued[1]
        for client_id, facts in ((counted, None), (other, "facts since changed")):
            stored = repo.latest_screening(client_id)
            d = next(d for d in stored.screening.results if d.status == "needs_review")
            repo.record_review(client_id, d.case, d.conviction, d.remedy, facts_hash=facts or stored.facts_hash,
                               answer=answer_key(d), reviewer="attorney-ana")
        stored = repo.latest_screening(counted)
        assert _one_by_one(repo, counted) != awaiting_said(repo.get_client(counted).cases, stored.screening.results,
                                                           stored.facts_hash, [])  # the review took a result off
        expected = {client_id: _one_by_one(repo, client_id) for client_id in queued}

        statements: list[str] = []
        repo.db.conn.set_trace_callback(statements.append)
        said = awaiting_of_many(repo, queued + [999_999])  # a client not there is left out
        repo.db.conn.set_trace_callback(None)
        assert said == expected
        # Four reads (screenings, cases, counts, reviews) in one snapshot, not three a client.
        assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 4, statements
        rows = {row.id: row for row in repo.list_clients() if row.awaiting_review}  # the one reviewed in full has left

    listed = clinic_app("list", "--db", db, "--review")
    assert listed.returncode == 0, listed.stderr
    words = {int(line.split("\t")[0]): line.split("\t")[3] for line in listed.stdout.splitlines()}
    assert {i: words[i] for i in rows} == {i: attorney_waits_for(row, expected[i]) for i, row in rows.items()}
    assert other in rows and words[other].startswith("to review: ")
