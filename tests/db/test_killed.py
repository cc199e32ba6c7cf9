"""What a caseload keeps when Clinic Desk is killed half-way through a command (D28-01).

Volunteers run it on old laptops: batteries die, lids close, the program is killed.  Each
test runs a real `clinic-app` command in a child process (stopped_child.py), lets it stop
at a chosen point inside its work, kills it with SIGKILL there, and then looks at the
files: the caseload opens, passes ``PRAGMA integrity_check``, holds all or none of the
batch (or the part the command says it keeps), and the next run works.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from db.connection import open_caseload
from db.repository import Repository
from tests.stopped_process import kill_when_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

HERE = Path(__file__).parent
TREE = HERE.parent.parent


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(TREE), CLINIC_DESK_USER="volunteer-1")


def clinic_app(*args: str) -> subprocess.CompletedProcess:
    """The command run to its end, as the next run after a kill."""
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], cwd=TREE, env=_env(), capture_output=True, text=True,
                          timeout=120)


def killed_at(target: str, when: str, nth: int, *args: str) -> None:
    """Run ``clinic-app args``, wait until it reaches the `nth` call of `target` (`when`
    "before" or "after" it), and kill it there."""
    kill_when_stopped([sys.executable, str(HERE / "stopped_child.py"), target, when, str(nth), "--", *args], cwd=TREE, env=_env(),
                      what=f"the command did not reach {target}")


def sound(path: Path) -> sqlite3.Connection:
    """The caseload opened as the program opens it (recovering its -wal), then checked whole."""
    open_caseload(path, create=False).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def _running_with(argument: str) -> list[int]:
    """The processes whose command line holds `argument` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if argument.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue  # ended meanwhile
    return found


def _gone_soon(argument: str, within_s: float = 20.0) -> bool:
    """Whether every process run with `argument` has ended within `within_s` (a poll, not a
    measure: a worker that outlives its parent never ends)."""
    deadline = time.monotonic() + within_s
    while _running_with(argument):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def count(conn: sqlite3.Connection, sql: str) -> int:
    return conn.execute(sql).fetchone()[0]


def test_an_import_killed_half_way_stores_none_of_the_file_and_the_next_one_stores_it_all(tmp_path):
    source, path, jsonl = tmp_path / "laptop.sqlite", tmp_path / "clinic" / "caseload.sqlite", tmp_path / "event.jsonl"
    assert clinic_app("demo", "--db", str(source), "--clients", "300").returncode == 0
    exported = clinic_app("export", "--db", str(source), "--all")
    jsonl.write_text(exported.stdout, encoding="utf-8")
    assert clinic_app("demo", "--db", str(path), "--clients", "3", "--seed", "7").returncode == 0

    # Killed once the file's clients are written, inside the one transaction, before it ends.
    killed_at("db.repository:Repository._insert_records", "after", 1, "import", str(jsonl), "--db", str(path))

    conn = sound(path)
    assert count(conn, "SELECT COUNT(*) FROM clients") == 3
    assert count(conn, "SELECT COUNT(*) FROM audit WHERE action = 'create'") == 3
    conn.close()
    # The copy made before the import is whole, and no hidden half-file is left beside the caseload.
    (before,) = (path.parent / "backups").iterdir()
    assert before.name.startswith("caseload-before-import-")
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "caseload.sqlite"]
    again = clinic_app("import", str(jsonl), "--db", str(path))
    assert again.returncode == 0, again.stderr
    assert "Imported 300 clients" in again.stdout
    # W29-03: and it says, once, that the import before did not finish and kept nothing.
    said = " ".join(again.stderr.split())
    assert f"The import of {jsonl} (" in said and "did not finish" in said and "with 300 clients to bring in" in said
    assert "none of them was kept and nothing half-written is in the caseload" in said
    assert "did not finish" not in clinic_app("import", str(jsonl), "--db", str(path)).stderr
    conn = sound(path)
    assert count(conn, "SELECT COUNT(*) FROM clients") == 303
    conn.close()


def test_a_rescreen_killed_half_way_keeps_whole_ranges_and_the_next_one_finishes(tmp_path):
    path = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", str(path), "--clients", "1200").returncode == 0

    # Killed once the first range of 500 clients was stored, the others still being screened.
    killed_at("db.repository:Repository.store_screening_rows", "after", 1, "rescreen", "--db", str(path))

    # Its worker processes end with it: an executor's workers, whose parent was killed, had
    # waited for work forever (each holding the caseload open and its memory).
    assert _gone_soon(str(path)), "a worker of the killed re-screen is still running"

    conn = sound(path)
    assert count(conn, "SELECT COUNT(DISTINCT client_id) FROM screenings") == 500
    # Each stored client's list line agrees with its stored screening: none half-written.
    assert count(conn, "SELECT COUNT(*) FROM clients WHERE best IS NOT NULL") == 500
    conn.close()
    again = clinic_app("rescreen", "--db", str(path))
    assert again.returncode == 0, again.stderr
    conn = sound(path)
    assert count(conn, "SELECT COUNT(*) FROM clients WHERE best IS NULL") == 0
    conn.close()


def test_a_backup_killed_before_its_check_leaves_no_backup_and_the_next_one_is_whole(tmp_path):
    path, usb = tmp_path / "caseload.sqlite", tmp_path / "usb"
    usb.mkdir()  # the stick is in (B105)
    assert clinic_app("demo", "--db", str(path), "--clients", "50").returncode == 0

    killed_at("db.backup:verify", "before", 1, "backup", "--db", str(path), "--to", str(usb / "monday.sqlite"))

    # Only the hidden partial copy: nothing named as the backup that a restore could take for one.
    assert [p.name for p in usb.iterdir()] == [".monday.sqlite.partial"]
    sound(path).close()
    again = clinic_app("backup", "--db", str(path), "--to", str(usb / "monday.sqlite"))
    assert again.returncode == 0, again.stderr
    assert [p.name for p in usb.iterdir()] == ["monday.sqlite"]
    conn = sound(usb / "monday.sqlite")
    assert count(conn, "SELECT COUNT(*) FROM clients") == 50
    conn.close()


def test_a_restore_killed_after_its_copy_leaves_the_backup_whole_in_place(tmp_path, in_los_angeles):
    path, backup = tmp_path / "caseload.sqlite", tmp_path / "friday.sqlite"
    assert clinic_app("demo", "--db", str(path), "--clients", "20").returncode == 0
    assert clinic_app("backup", "--db", str(path), "--to", str(backup)).returncode == 0
    assert clinic_app("demo", "--db", str(path), "--clients", "5", "--mix").returncode == 0

    # Killed once the backup is copied in, before the restore is written in the audit log.
    killed_at("db.repository:Repository._audit", "before", 1, "restore", str(backup), "--db", str(path))

    conn = sound(path)
    assert count(conn, "SELECT COUNT(*) FROM clients") == 20
    conn.close()
    (before,) = (tmp_path / "backups").glob("caseload-before-restore-*.sqlite")
    conn = sound(before)
    assert count(conn, "SELECT COUNT(*) FROM clients") == 25  # the caseload as it was, kept
    conn.close()
    # W29-04: the next open records the restore that did not finish in the audit log, and says
    # it once, with the backup and the copy of before.
    from db.backup import restore_not_finished

    note = json.loads((tmp_path / ".caseload.sqlite.restore-begun").read_text(encoding="utf-8"))
    with Repository.open(path, create=False, user="paralegal") as repo:
        said = restore_not_finished(repo, path)
        assert said is not None
        # When it began, in this computer's time, as the backups are said beside it (R292-03).
        began = datetime.fromisoformat(note["at"]).astimezone(ZoneInfo("America/Los_Angeles"))
        assert said.startswith(f"A restore from the backup {backup} ({began:%Y-%m-%d %H:%M}, by volunteer-1) did not finish")
        assert "it may be the caseload as it was before the restore or the backup's" in said and f"kept at {before}" in said
        assert restore_not_finished(repo, path) is None  # said once
        (line,) = [e for e in repo.history() if e.entity == "caseload"]
        assert (line.action, line.user, line.after["from"], line.after["safety_backup"]) == ("restore not finished", "paralegal", str(backup), str(before))
    # A restore that finishes leaves nothing to say.
    assert clinic_app("restore", str(backup), "--db", str(path)).returncode == 0
    with Repository.open(path, create=False) as repo:
        assert restore_not_finished(repo, path) is None
    assert not any(p.name.endswith(".restore-begun") for p in tmp_path.iterdir())


def test_a_schema_upgrade_killed_half_way_is_finished_by_the_next_opening(tmp_path):
    from sqlite_utils import Database

    from db import migrations
    from db.connection import connect

    path = tmp_path / "caseload.sqlite"
    old = Database(connect(path))  # a schema 1 caseload, made as tests/db/test_schema.py makes one
    migrations.migrations.apply(old, stop_before="m002_client_summary")
    now = "2026-01-01T00:00:00+00:00"
    old.execute("INSERT INTO clients (id, name, registrant_290, pending_charges, fire_camp, trafficking_survivor, created_at, updated_at) "
                "VALUES (1, 'Old Client', 0, 0, 0, 0, ?, ?)", [now, now])
    old.execute("INSERT INTO cases (client_id, position, case_key, outcome, case_number, has_probation, has_custody, has_money) "
                "VALUES (1, 0, 'a', 'convicted', 'BA-1', 0, 0, 0)")
    old.execute("INSERT INTO client_search (rowid, name, aliases, case_numbers) VALUES (1, 'Old Client', '', 'BA-1')")
    old.conn.commit()
    old.close()

    # `list` opens the caseload, which upgrades it: killed inside the last step (m004).
    killed_at("db.records:searched_case_numbers", "before", 1, "list", "--db", str(path))

    conn = sound(path)
    assert count(conn, "PRAGMA user_version") == migrations.SCHEMA_VERSION
    assert count(conn, "SELECT COUNT(*) FROM clients WHERE name = 'Old Client'") == 1
    conn.close()
    with Repository.open(path) as repo:
        assert repo.search_ids("BA1") == [1]  # the step killed was done again, whole
    assert len(list((tmp_path / "backups").glob("caseload-before-migration-*.sqlite"))) >= 1


def test_a_demo_killed_as_it_stores_its_clients_marks_all_it_stored_as_synthetic_or_stores_none(tmp_path):
    """D28-03: the clients and the setting that marks them synthetic were two transactions:
    killed between them, 40 made-up people stayed in the caseload marked as nobody, counted
    as real clients (db.demo_caseload.not_synthetic: ui.screenshots refuses the caseload)."""
    from db.demo_caseload import not_synthetic

    path = tmp_path / "demo.sqlite"

    killed_at("db.repository:Repository.add_clients", "after", 1, "demo", "--db", str(path), "--clients", "40")

    sound(path).close()
    with Repository.open(path) as repo:
        assert not_synthetic(repo) == 0
        stored = repo.count_clients()
    again = clinic_app("demo", "--db", str(path), "--clients", "40")
    assert again.returncode == 0, again.stderr  # a caseload with no client: no --mix asked for
    with Repository.open(path) as repo:
        assert (stored, repo.count_clients(), not_synthetic(repo)) == (0, 40, 0)


def test_a_handout_saved_again_and_killed_half_way_leaves_the_one_of_before_whole(tmp_path):
    """D28-05: a file was written in place, cut to nothing first: killed as a client's
    handout was saved again over the one of before, an empty file was left where a good
    handout had been.  Now the new one is written beside it and takes its place whole."""
    path, pdf = tmp_path / "caseload.sqlite", tmp_path / "handouts" / "client-1.pdf"
    assert clinic_app("demo", "--db", str(path), "--clients", "2").returncode == 0
    pdf.parent.mkdir()
    first = clinic_app("handout", "--db", str(path), "--client", "1", "--out", str(pdf))
    assert first.returncode == 0, first.stderr
    before = pdf.read_bytes()
    assert before.startswith(b"%PDF") and before.rstrip().endswith(b"%%EOF")

    # Killed once the file to write is open, before a byte of the new handout is in it.
    killed_at("clinic_app.private_files:open_private", "after", 1, "handout", "--db", str(path), "--client", "1",
              "--large-print", "--out", str(pdf))

    assert pdf.read_bytes() == before
    again = clinic_app("handout", "--db", str(path), "--client", "1", "--large-print", "--out", str(pdf))
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["client-1.pdf"]  # the hidden partial went with it
    assert pdf.read_bytes() != before and pdf.read_bytes().rstrip().endswith(b"%%EOF")
    assert pdf.stat().st_mode & 0o077 == 0
