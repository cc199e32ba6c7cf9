"""R68-04: the copy made before an older caseload is updated, in steps (N66), is one snapshot.

N66 made the copy in steps of `COPY_STEP_PAGES` pages so that the opening could say how far it
is.  Between SQLite's steps the copy held no read of the caseload, and a save by another desk
(another laptop on the shared caseload, a draft kept as someone types) started the copy over
from its first page: on a busy caseload the dialog "Backing up the caseload before updating
it..." went back to the start at each save, for as long as desks saved.  The copy in one step
(without `copied`) read one snapshot, and so does the copy in steps now: another desk's save
meanwhile waits in the -wal, and the copy is of the caseload as it was when it began."""

from __future__ import annotations

import sqlite3

import db.backup as backup
from db.connection import open_caseload
from db.repository import Repository
from tests.automatic_relief import to_file


def test_r68_04_a_save_by_another_desk_while_the_copy_is_made_in_steps_does_not_start_it_over(tmp_path, monkeypatch):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        for n in range(60):
            repo.add_client(to_file(f"Client Number{n}"))
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 2)
    db = open_caseload(path)
    other_desk = sqlite3.connect(path)
    told: list[tuple[int, int]] = []

    def copied(done: int, total: int) -> None:
        told.append((done, total))
        if len(told) <= 10:  # a save of the other desk's after each of the first ten steps
            other_desk.execute("INSERT INTO settings (key, value) VALUES (?, 'saved there')", (f"desk-{len(told)}",))
            other_desk.commit()

    try:
        copy = backup.backup_to(db, tmp_path / "copy.sqlite", copied=copied)
    finally:
        other_desk.close()
    total = told[-1][1]
    done = [n for n, _total in told]
    assert all(a < b for a, b in zip(done, done[1:])), done[:12]  # never back to the start
    assert len(told) == (total + 1) // 2
    with sqlite3.connect(copy) as made:  # the caseload as it was when the copy began
        assert made.execute("SELECT COUNT(*) FROM settings WHERE value = 'saved there'").fetchone() == (0,)
        assert made.execute("SELECT COUNT(*) FROM clients").fetchone() == (60,)
    with sqlite3.connect(path) as caseload:  # and the other desk's saves in the caseload
        assert caseload.execute("SELECT COUNT(*) FROM settings WHERE value = 'saved there'").fetchone() == (10,)
    db.close()
