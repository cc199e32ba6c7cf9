"""H58-02: `clinic-app rescreen` stopped with Ctrl-C said "interrupted; nothing more was
written.", while the ranges of clients stored before it kept their new answers: the paralegal
read that the caseload was as it was, and the list and the report mixed two days ("Screened as
of: 2027-06-01 to 2027-09-01").  It now says how far it got, that those are stored, and how to
finish (the same command again) or go back (the copy made before it)."""

from __future__ import annotations

from datetime import date

from clinic_app import cli
from clinic_app.demo import generate_clients
from db import rescreen as rescreen_module
from db.repository import Repository


def test_a_rescreen_stopped_half_way_says_what_it_stored_and_how_to_finish(tmp_path, monkeypatch, capsys):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(35, seed=5))
    assert cli.main(["--db", str(db), "rescreen", "--as-of", "2026-12-01"]) == 0
    capsys.readouterr()

    monkeypatch.setattr(rescreen_module, "RANGE_SIZE", 10)
    store = Repository.store_screening_rows
    calls = []

    def stored_then_ctrl_c(self, rows, **run):  # run: what the range is of its run (R126-02)
        calls.append(1)
        if len(calls) == 3:  # Ctrl-C after two ranges of ten are stored
            raise KeyboardInterrupt
        return store(self, rows, **run)

    monkeypatch.setattr(Repository, "store_screening_rows", stored_then_ctrl_c)
    assert cli.main(["--db", str(db), "rescreen", "--as-of", "2027-09-01"]) == 130
    err = capsys.readouterr().err
    said = err.strip().splitlines()[-1]
    assert said.startswith("clinic-app: interrupted after 20 of 35 clients: those were screened again as of 2027-09-01 and stored, "
                           "the others keep their last screening."), err
    assert f"run it again: clinic-app rescreen --db {db} --as-of 2027-09-01" in said
    kept = sorted((tmp_path / "backups").glob("caseload-before-rescreen-*.sqlite"))[-1]  # this one's
    assert f"clinic-app restore --db {db} {kept}" in said
    assert f"clinic-app list --db {db} --newly-eligible-since {date.today().isoformat()}" in said
    assert "nothing more was written" not in err
    with Repository.open(db) as repo:  # what it said: 20 stored as of the new day
        sql = "SELECT COUNT(DISTINCT client_id) FROM screenings WHERE as_of = '2027-09-01'"
        assert repo.db.conn.execute(sql).fetchone()[0] == 20
