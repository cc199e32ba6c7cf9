"""R61-02: a client an attorney has reviewed, whose other case's counts are still to type.

N61-01 left out of "Needs review" a line still to enter with nothing *awaiting* review, to
leave out a client whose only gap is the counts.  A client whose other answer the attorney
had reviewed also has nothing awaiting, and left the list too: `list --outcome needs_review`
and the window's Outcome "Needs review" (whose tooltip names only the counts as the reason)
no longer named them, while every other reviewed client stays listed there.  They stay now;
a client whose only gap is the counts is still left out."""

from __future__ import annotations

from clinic_app.review import answer_key, review_keys
from clinic_app.eligibility import facts_hash
from clinic_app.summary import line_listed_under
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.db.test_convictions_to_enter_not_reviewed_n61 import TODAY, and_a_count_to_review, back_to_schema_14, counts_not_typed
from ui.services import client_row, screen_and_store


def _reviewed(repo: Repository) -> int:
    """Rosa, her count on the other case reviewed by an attorney."""
    rosa = repo.add_client(and_a_count_to_review())
    screened = screen_and_store(repo, repo.get_client(rosa), TODAY)
    client = repo.get_client(rosa)
    keys = set(review_keys(screened.screening))
    repo.record_reviews(rosa, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in screened.screening.results
                               if answer_key(d) in keys], "Checked the docket",
                        facts_hash=facts_hash(client.person, client.cases))
    return rosa


def _line(repo: Repository, client_id: int):
    return next(row for row in repo.list_clients() if row.id == client_id)


def test_r61_02_a_reviewed_client_with_counts_to_type_stays_under_needs_review(repo):
    rosa = _line(repo, _reviewed(repo))
    assert not rosa.awaiting_review and rosa.attorney_answers
    assert line_listed_under("needs_review", rosa) and line_listed_under("to_enter", rosa)
    carlos = _line(repo, _stored_carlos(repo))
    assert not carlos.attorney_answers and not line_listed_under("needs_review", carlos)


def _stored_carlos(repo: Repository) -> int:
    carlos = repo.add_client(counts_not_typed())
    screen_and_store(repo, repo.get_client(carlos), TODAY)
    return carlos


def test_r61_02_the_window_s_line_after_a_save_says_it_as_the_list_does(repo):
    rosa = _reviewed(repo)
    client = repo.get_client(rosa)
    screened = screen_and_store(repo, client, TODAY)
    row = client_row(client, screened.summary, repo.awaiting_review(rosa), None, repo.attorney_answers(rosa))
    assert line_listed_under("needs_review", row) == line_listed_under("needs_review", _line(repo, rosa)) is True


def test_r61_02_list_and_report_agree(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        rosa, carlos = _reviewed(repo), _stored_carlos(repo)
    listed = clinic_app("list", "--db", str(db), "--outcome", "needs_review")
    assert listed.returncode == 0, listed.stderr
    assert [int(line.split("\t")[0]) for line in listed.stdout.splitlines()] == [rosa]
    report = clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout
    counts = {line.strip().rsplit(None, 1)[0]: int(line.split()[-1]) for line in report.splitlines()
              if line.startswith("  ") and line.split()[-1].isdigit()}
    assert counts["Needs an attorney's review"] == 2 and counts["convictions still to type"] == 1
    assert carlos != rosa


def test_r61_02_a_caseload_saved_before_m015_keeps_her_listed(tmp_path):
    """Schema 14 kept every needs-review row among her answer keys (her counts' rows not
    reviewed: awaiting); m015 makes them again, and she is listed as one reviewed."""
    from db import migrations

    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        rosa = _reviewed(repo)
    back_to_schema_14(path, rosa)
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        row = _line(repo, rosa)
        assert not row.awaiting_review and row.attorney_answers and line_listed_under("needs_review", row)
