"""Y64-01: D64-02 found when a denial was typed by reading, at every list load, report and
`denial_reviews`, every save of the client after the review and parsing its whole record before
and after: on a 20,000-client caseload with 2,072 denials and 30 saves each since, the list load
went from about half a second to 1.3-3.7 s (S64).  The save that types a denial now writes when,
once, as an audit row of its own ("denial" "entered"), and the three readers read those rows
only.  A denial saved before that row was written shows no moment, and the review's day decides,
as for a denial that came with the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from db.connection import open_caseload
from db import records as r
from db.rescreen import rescreen_caseload
from db.repository import Repository
from clinic_app.review import answer_key
from tests.automatic_relief import AS_OF, to_file
from tests.test_denial_review_before_entry_d64 import FILED, RULED, _moment, _said
from ui.models.history_model import ACTION_TITLES, describe


def _filed(tmp_path, clock) -> tuple[Repository, int]:
    repo = Repository(open_caseload(tmp_path / "caseload.sqlite"), user="paralegal", clock=lambda: clock["now"])
    client = to_file("Dora Denegada")
    client.cases[0].petitions = [FILED]
    client_id = repo.add_client(client)
    rescreen_caseload(repo, AS_OF, workers=1)
    return repo, client_id


def _entered(repo: Repository, client_id: int) -> list:
    return [e for e in repo.history(client_id) if (e.entity, e.action) == ("denial", "entered")]


def test_y64_01_the_save_that_types_a_denial_writes_when_and_later_saves_do_not(tmp_path):
    clock = {"now": _moment(9, day=date(2026, 11, 2))}
    repo, client_id = _filed(tmp_path, clock)
    with repo:
        clock["now"] = _moment(16)
        stored = repo.get_client(client_id)
        case = stored.cases[0].id
        stored.cases[0].petitions = [replace(FILED, ruling="denied", ruling_on=RULED)]
        repo.save_client(stored)
        for n in range(5):  # the phone, notes: a record kept for years
            clock["now"] = _moment(10 + n, day=date(2026, 11, 25))
            stored = repo.get_client(client_id)
            stored.notes = f"Call {n}"
            repo.save_client(stored)
        [entry] = _entered(repo, client_id)
        assert entry.at == _moment(16)
        assert entry.after == {"case": case, "remedy": "pc1203_4", "convictions": [], "filed_on": "2026-09-02", "ruling_on": "2026-11-20"}
        # The History tab names it in words.
        assert ACTION_TITLES[("denial", "entered")] == "Denial entered"
        assert describe(entry, {case: "LA100200"}).endswith("on LA100200: denied 2026-11-20")
        # The ruling's day corrected is a denial typed again: a review before it was of the old one.
        clock["now"] = _moment(9, day=date(2026, 11, 30))
        stored = repo.get_client(client_id)
        stored.cases[0].petitions = [replace(FILED, ruling="denied", ruling_on=date(2026, 11, 21))]
        repo.save_client(stored)
        assert [e.after["ruling_on"] for e in _entered(repo, client_id)] == ["2026-11-21", "2026-11-20"]


def test_y64_01_a_denial_saved_before_the_row_was_written_falls_back_on_the_reviews_day(tmp_path):
    """A caseload whose denial was typed before this change: its save ("client" "update") is in
    the log, but no "denial" row.  The readers no longer parse saves, so a review on or after the
    ruling's day counts, as for a denial that came with the record (D64-02 had it left out)."""
    clock = {"now": _moment(9, day=date(2026, 11, 2))}
    repo, client_id = _filed(tmp_path, clock)
    with repo:
        clock["now"] = _moment(10, day=date(2026, 11, 24))
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Looked at it",
                            facts_hash=stored.facts_hash, at=_moment(10, day=date(2026, 11, 24)))
        # The save as the program wrote it before Y64: the record and its "update" row alone.
        clock["now"] = _moment(11, day=date(2026, 11, 25))
        before = repo.get_client(client_id)
        after = repo.get_client(client_id)
        after.cases[0].petitions = [replace(FILED, ruling="denied", ruling_on=RULED)]
        with repo._write() as conn:
            repo._replace_record(conn, after)
            repo._audit(conn, client_id, "client", "update", r.client_json(before), r.client_json(after))
        rescreen_caseload(repo, AS_OF, workers=1)
        assert _entered(repo, client_id) == []
        line, in_report, _on_worksheet = _said(repo, client_id)
        assert line == "Denied 2026-11-20: reviewed by the attorney 2026-11-24"
        assert in_report is True
        assert repo.denial_reviews(client_id) == [(answer_key(d), date(2026, 11, 24))]


def test_y64_02_the_readers_find_the_denial_rows_by_an_index_also_in_a_caseload_made_before(tmp_path):
    """m016: the rows are found by client without reading the client's saves, in a new caseload
    and in one made before the index (opened: migrated)."""
    import sqlite3

    from db import migrations
    from db.repository import _LIST_SQL, _REVIEW_AFTER_DENIAL_ENTERED

    def plan(repo: Repository) -> str:
        said = [row[-1] for sql in (_LIST_SQL, "SELECT 1 FROM reviews AS v WHERE v.client_id = 1 AND " + _REVIEW_AFTER_DENIAL_ENTERED)
                for row in repo.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        return " | ".join(said)

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        assert "SEARCH a USING INDEX audit_denial (client_id=?)" in plan(repo)
    old = sqlite3.connect(path)
    old.execute("DROP INDEX audit_denial")
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 15")
    old.commit()
    old.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        assert "SEARCH a USING INDEX audit_denial (client_id=?)" in plan(repo)
