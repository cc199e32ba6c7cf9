"""J59-02: `clinic-app import` made its copy of the caseload "before" the import even when
every client of the file was skipped (the same record already here): a file imported again
each evening filled the backups folder with copies of nothing changed, and, as only the
newest five such copies are kept, pushed out the one made before a real import.  Now the copy
is made only when the import will change something (a client to add, or an attorney review a
client here lacks), and the output says when nothing changed, so no copy was needed."""

from __future__ import annotations

from db.backup import before_change_backups
from db.repository import Repository
from clinic_app.demo import generate_clients
from clinic_app.screening_format import ExportedReview
from tests.cli.test_cli import clinic_app

NOTHING_CHANGED = "Nothing in the caseload changed, so no copy of it was made before this import.\n"


def _caseload_and_its_export(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    day = tmp_path / "day.jsonl"
    assert clinic_app("export", "--db", db, "--all", "--out", day).returncode == 0
    return db, day


def test_a_file_imported_again_makes_no_copy_and_says_nothing_changed(tmp_path):
    db, day = _caseload_and_its_export(tmp_path)
    result = clinic_app("import", day, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Skipped 3 clients already in the caseload with the same record" in result.stdout
    assert result.stdout.endswith(NOTHING_CHANGED)
    assert "kept in" not in result.stderr
    assert before_change_backups(db.parent / "backups", db, "import") == []
    with Repository.open(db) as repo:
        assert repo.count_clients() == 3


def test_the_copy_before_a_real_import_outlives_the_evenings_reimports(tmp_path):
    db, day = _caseload_and_its_export(tmp_path)
    new = tmp_path / "new.jsonl"
    other = tmp_path / "other.sqlite"
    with Repository.open(other, user="cli-test") as repo:
        repo.add_clients(generate_clients(1, seed=99))
    assert clinic_app("export", "--db", other, "--all", "--out", new).returncode == 0
    real = clinic_app("import", new, "--db", db)
    assert real.returncode == 0 and "kept in" in real.stderr and NOTHING_CHANGED not in real.stdout
    (kept,) = before_change_backups(db.parent / "backups", db, "import")
    for _evening in range(5):  # five copies "before" are kept: a sixth pushed this one out
        again = clinic_app("import", new, "--db", db)
        assert again.returncode == 0 and again.stdout.endswith(NOTHING_CHANGED)
    assert before_change_backups(db.parent / "backups", db, "import") == [kept]


def test_an_attorney_review_the_caseload_lacks_is_a_change(tmp_path):
    db, _day = _caseload_and_its_export(tmp_path)
    with Repository.open(db) as repo:
        clients = [repo.get_client(1)]
        review = ExportedReview(case=clients[0].cases[0].id, conviction=None, remedy="pc1203_4", reviewer="Atty. Reyes", at="2026-12-02T18:00:00+00:00")
        assert repo.import_would_change(clients) is False  # the same record: skipped
        assert repo.import_would_change(clients, reviews=[[review]]) is True
        audited = repo.db.conn.execute("SELECT count(*) FROM audit").fetchone()
        repo.import_would_change(clients, reviews=[[review]])
        assert repo.db.conn.execute("SELECT count(*) FROM audit").fetchone() == audited  # a trial writes nothing
