"""N61-01: a client whose only gap is a case marked convicted with no count typed yet has the
Next action "Enter the convictions": the paralegal's work, listed under "Cases still to enter".
They were also in the attorney's queue (the "Attorney review" count and filter, and
`list --outcome needs_review`), where an attorney found nothing to review yet.  A client with
another answer awaiting review stays in the queue."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from clinic_app.line_action import next_action
from clinic_app.model import Case, Client, Conviction, Person
from clinic_app.review import answer_key, review_keys
from clinic_app.summary import line_listed_under
from db import migrations
from db.connection import connect
from db.records import _json, screening_from_stored
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import CaseloadFilter
from ui.services import screen_and_store

TODAY = date(2026, 11, 22)


def counts_not_typed(name: str = "Carlos Cuenta") -> Client:
    """A case as "Add case" stores it: convicted, its counts still to type."""
    return Client(name=name, person=Person(dob=date(1988, 6, 7)), cases=[Case(id="c1", case_number="24CR001")])


def and_a_count_to_review(name: str = "Rosa Díaz") -> Client:
    """The same gap, and a count with no sentence entered on another case: the attorney's too."""
    return Client(name=name, person=Person(dob=date(1985, 3, 14)), cases=[
        Case(id="c1", case_number="25CR002"),
        Case(id="c2", case_number="BA100001", disposition_date=date(2021, 5, 1), convictions=[
            Conviction(id="c2-1", section="459", level="misdemeanor", conviction_date=date(2021, 5, 1))])])


def _line(repo: Repository, client_id: int):
    return next(row for row in repo.list_clients() if row.id == client_id)


def _stored(repo: Repository, make) -> int:
    client_id = repo.add_client(make())
    screen_and_store(repo, repo.get_client(client_id), TODAY)
    return client_id


def test_a_client_with_only_counts_to_type_is_not_in_the_attorneys_queue(repo):
    carlos = _line(repo, _stored(repo, counts_not_typed))
    assert next_action(carlos, TODAY) == ("Enter the convictions", None)
    assert not carlos.awaiting_review
    assert not CaseloadFilter(review=True).accepts(carlos)
    assert not line_listed_under("needs_review", carlos)
    assert line_listed_under("to_enter", carlos)
    assert carlos.best == "needs_review" and carlos.needs_review  # the screening still says so


def test_another_answer_to_review_keeps_the_client_in_the_queue(repo):
    rosa = _line(repo, _stored(repo, and_a_count_to_review))
    assert rosa.awaiting_review
    assert CaseloadFilter(review=True).accepts(rosa)
    assert line_listed_under("needs_review", rosa) and line_listed_under("to_enter", rosa)


def test_only_the_rows_waiting_for_the_counts_are_left_out_of_the_review_keys(repo):
    rosa = screen_and_store(repo, repo.get_client(repo.add_client(and_a_count_to_review())), TODAY)
    waiting = [d for d in rosa.screening.results if d.status == "needs_review"]
    assert {d.case for d in waiting} == {"c1", "c2"}
    assert len(review_keys(rosa.screening)) == sum(d.case == "c2" for d in waiting) > 0


def test_list_outcome_needs_review_after_a_rescreen(tmp_path):
    """`clinic-app rescreen` stores the lines by the batch path; `list` reads them."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = {name: repo.add_client(make()) for name, make in (("carlos", counts_not_typed), ("rosa", and_a_count_to_review))}
    assert clinic_app("rescreen", "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    listed = clinic_app("list", "--db", str(db), "--outcome", "needs_review")
    assert listed.returncode == 0, listed.stderr
    assert [int(line.split("\t")[0]) for line in listed.stdout.splitlines()] == [ids["rosa"]]
    to_enter = clinic_app("list", "--db", str(db), "--outcome", "to_enter").stdout.splitlines()
    assert sorted(int(line.split("\t")[0]) for line in to_enter) == sorted(ids.values())
    with Repository.open(db) as repo:
        assert {row.id for row in repo.list_clients() if row.awaiting_review} == {ids["rosa"]}


def back_to_schema_14(path, *client_ids: int) -> None:
    """The caseload at `path` made as schema 14 left it, by hand: the newest screening's answer
    keys held every needs-review row, counts' rows too, and each client awaited review."""
    old = Database(connect(path))
    for client_id in client_ids:
        sid, result = old.execute("SELECT id, result FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT 1",
                                  [client_id]).fetchone()
        every = [answer_key(d) for d in screening_from_stored(result).results if d.status == "needs_review"]
        old.execute("UPDATE screenings SET review_keys = ? WHERE id = ?", [_json(every), sid])
    old.execute("UPDATE clients SET awaiting_review = 1")
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 14")
    old.conn.commit()
    old.conn.close()


def test_a_caseload_saved_before_leaves_them_out_of_the_queue_once_opened(tmp_path):
    """m015 makes the newest screening's answer keys again and the client's awaiting_review."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        carlos, rosa = _stored(repo, counts_not_typed), _stored(repo, and_a_count_to_review)
    back_to_schema_14(path, carlos, rosa)
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        assert not _line(repo, carlos).awaiting_review
        assert _line(repo, rosa).awaiting_review
        assert not line_listed_under("needs_review", _line(repo, carlos))
