"""C178: C171 made `screen --batch --out`, `export` and `rescreen` stop on SIGTERM (a `kill`, a
laptop shutting down) and SIGHUP (the terminal window closed) as on Ctrl-C; `import`, `merge`,
`backup` and `restore` still took Ctrl-C alone, and ended at once with nothing said.  Each run
here is stopped at a chosen point (tests/db/stopped_child.py) on a caseload of three records."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.cli import main
from clinic_app.demo import generate_clients
from db.backup import backup_to
from db.export import exported
from db.repository import Repository
from tests.cli.ctrl_c import stops_heard
from tests.cli.test_stopped_runs_c171 import stopped
from tests.db.test_killed import HERE, TREE, _env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGHUP")


def three_clients(path: Path, twice: bool = False) -> Path:
    """A caseload of two clients, and (`twice`) the first of them again as id 3: a duplicate."""
    first, second = generate_clients(2, seed=7)
    with Repository.open(path, create=True) as repo:
        repo.add_clients([first, second, first] if twice else [first, second])
    return path


def laptop_day(tmp_path: Path) -> tuple[Path, Path]:
    """An event laptop's export of two clients, and the office's caseload of one other."""
    day = tmp_path / "day.jsonl"
    with Repository.open(three_clients(tmp_path / "laptop.db"), create=False) as laptop:
        day.write_text("".join(json.dumps(exported(laptop, n)) + "\n" for n in laptop.client_ids()), encoding="utf-8")
    caseload = tmp_path / "office.db"
    with Repository.open(caseload, create=True) as office:
        office.add_clients(list(generate_clients(1, seed=9)))
    return day, caseload


def test_c178_01_import_stopped_inside_its_transaction_adds_no_one_and_says_so(tmp_path):
    day, caseload = laptop_day(tmp_path)
    # Stopped with the first clients written in the import's transaction, not yet committed.
    done = stopped(signal.SIGTERM, "db.repository:Repository._store_chunk", "after", 1, "import", "--db", str(caseload),
                   str(day))
    assert ("clinic-app: stopped (SIGTERM): no client was added and the caseload is as it was (an import is all or "
            f"nothing); import {day} again to add its 2 clients.") in done.stderr
    with Repository.open(caseload, create=False) as office:
        assert office.count_clients() == 1  # as said: all or nothing
        assert office.unfinished_imports() == []  # said now, not again at the next opening
        office.add_clients(list(generate_clients(1, seed=11)))  # its write lock went with the stop


def test_c178_01_import_stopped_while_the_copy_before_it_is_made_adds_no_one(tmp_path):
    day, caseload = laptop_day(tmp_path)
    done = stopped(signal.SIGHUP, "clinic_app.cli:_backup_before", "before", 1, "import", "--db", str(caseload), str(day))
    assert "clinic-app: stopped (SIGHUP): no client was added and the caseload is as it was" in done.stderr


def test_c178_01_merge_stopped_as_it_is_stored_ends_it_and_says_so(tmp_path):
    caseload = three_clients(tmp_path / "caseload.db", twice=True)
    # The terminal closed as the merge was being stored: it waits until stored, screened and said.
    done = stopped(signal.SIGHUP, "db.repository:Repository.merge_clients", "after", 1, "merge", "--db", str(caseload),
                   "--into", "1", "--from", "3")
    assert "Merged id 3 into" in done.stdout
    assert "clinic-app: stopped (SIGHUP) as the merge ended: it was stored whole, as said above." in done.stderr
    with Repository.open(caseload, create=False) as repo:
        lines = {row.id: row for row in repo.list_clients()}
    assert sorted(lines) == [1, 2] and lines[1].best is not None  # merged, and screened again


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_c178_02_backup_to_a_stick_stopped_leaves_no_partial_copy_there(tmp_path, signum):
    caseload = three_clients(tmp_path / "caseload.db")
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = stick / "caseload.sqlite"
    # Stopped with the whole copy written to the stick's hidden partial file, before it is checked.
    done = stopped(signum, "db.backup:verify", "before", 1, "backup", "--db", str(caseload), "--to", str(backup))
    name = signal.Signals(signum).name
    assert (f"clinic-app: stopped ({name}): no backup was written (no {backup} was made); the caseload is unchanged. "
            f"To back it up: clinic-app backup --db {caseload} --to {backup}") in done.stderr
    assert list(stick.iterdir()) == []  # no hidden .caseload.sqlite.partial, every client in it


@pytest.fixture
def backed_up(tmp_path) -> tuple[Path, Path]:
    """A caseload of two clients, its backup, and a third client added since."""
    caseload = three_clients(tmp_path / "caseload.db")
    backup = tmp_path / "monday.sqlite"
    with Repository.open(caseload, create=False) as repo:
        backup_to(repo.db, backup)
        repo.add_clients(list(generate_clients(1, seed=11)))
    return caseload, backup


def test_c178_03_restore_stopped_before_the_backup_is_put_in_place_changes_nothing(backed_up):
    caseload, backup = backed_up
    done = stopped(signal.SIGTERM, "db.backup:backup_before", "after", 1, "restore", "--db", str(caseload), str(backup))
    assert (f"clinic-app: stopped (SIGTERM) before the backup was put in place: nothing was changed ({caseload} is as it "
            f"was). To restore it: clinic-app restore --db {caseload} {backup}") in done.stderr
    with Repository.open(caseload, create=False) as repo:
        assert repo.count_clients() == 3


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGHUP])
def test_c178_03_restore_stopped_as_the_backup_is_put_in_place_finishes_it_and_says_so(backed_up, signum):
    caseload, backup = backed_up
    # Stopped with the backup copied into the caseload's place, its audit line not yet written:
    # a Ctrl-C said "interrupted; nothing more was written." whether or not the copy was made.
    done = stopped(signum, "db.backup:_copy_in", "before", 1, "restore", "--db", str(caseload), str(backup))
    how = "interrupted" if signum == signal.SIGINT else "stopped (SIGHUP)"
    assert f"Restored {caseload} from {backup}." in done.stdout
    assert f"clinic-app: {how} as the restore ended: it was finished, as said above." in done.stderr
    with Repository.open(caseload, create=False) as repo:
        assert repo.count_clients() == 2  # the backup's
    assert list(caseload.parent.glob(".*restore-begun")) == []  # finished: no note of a restore stopped half-way


def closed_at(point: str, *command: str) -> int:
    """How `command` ends when its terminal closes while it is held at `point` (stopped_child.py),
    then SIGHUP comes: its stdout and stderr a real pty, whose lines then fail (EIO)."""
    argv = [sys.executable, str(HERE / "stopped_child.py"), *point.rsplit(" ", 2), "--", *command]
    terminal, its_end = pty.openpty()
    with stops_heard():
        child = subprocess.Popen(argv, cwd=TREE, env=_env(), stdin=subprocess.DEVNULL, stdout=its_end, stderr=its_end)
    with child:
        os.close(its_end)
        try:
            seen = b""
            while b"STOPPED\r\n" not in seen:  # the whole line: closed before its end, its print failed
                assert select.select([terminal], [], [], 30)[0], seen
                seen += os.read(terminal, 4096)
        finally:
            os.close(terminal)  # the window closed: its lines now fail
        child.send_signal(signal.SIGHUP)
        return child.wait(timeout=30)


def test_k191_02_restore_whose_terminal_closed_as_the_backup_is_put_in_place_exits_129(backed_up):
    """The terminal really gone: its lines then fail (EIO), "Restored ..." first, and the restore
    ended as main ends a failed write, exit 1 (C178, R180), where the other commands end 129."""
    caseload, backup = backed_up
    assert closed_at("db.backup:_copy_in before 1", "restore", "--db", str(caseload), str(backup)) == 129
    with Repository.open(caseload, create=False) as repo:
        assert repo.count_clients() == 2  # the backup's: the restore finished
    assert list(caseload.parent.glob(".*restore-begun")) == []


def test_k202_01_merge_whose_terminal_closed_as_it_is_stored_exits_129(tmp_path):
    """As K191-02's restore: its "Merged id ..." failed on the closed terminal, and main took that
    for a file it could not write, exit 1, the merge stored and screened."""
    caseload = three_clients(tmp_path / "caseload.db", twice=True)
    assert closed_at("db.repository:Repository.merge_clients after 1", "merge", "--db", str(caseload), "--into", "1",
                     "--from", "3") == 129
    with Repository.open(caseload, create=False) as repo:
        lines = {row.id: row for row in repo.list_clients()}
    assert sorted(lines) == [1, 2] and lines[1].best is not None  # merged, and screened again


def test_c178_03_restore_stopped_again_as_it_copies_says_which_caseload_may_be_in_place(backed_up, monkeypatch, capsys):
    import db.backup

    def second_ctrl_c(*_args, **_kwargs):  # a stop the first made wait, then another that does not
        raise KeyboardInterrupt

    caseload, backup = backed_up
    monkeypatch.setattr(db.backup, "_copy_in", second_ctrl_c)
    assert main(["restore", "--db", str(caseload), str(backup)]) == 130
    said = " ".join(capsys.readouterr().err.split())
    assert ("clinic-app: interrupted again as the backup was being put in place, so it did not finish: the caseload is "
            "whole, with nothing half-written, but it may be the caseload as it was before the restore or the backup's") in said
    assert "nothing was changed" not in said
    assert f"The caseload as it was before is kept at {caseload.parent / 'backups'}" in said


@pytest.mark.parametrize("when", ["before", "after"])
def test_r180_01_merge_stopped_again_as_it_is_stored_says_whether_it_was(tmp_path, monkeypatch, capsys, when):
    import os

    caseload = three_clients(tmp_path / "caseload.db", twice=True)
    merge_clients = Repository.merge_clients

    def twice_stopped(repo, *args, **kwargs):  # a kill the first made wait, then another that does not
        if when == "after":
            merge_clients(repo, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)
        os.kill(os.getpid(), signal.SIGTERM)
        merge_clients(repo, *args, **kwargs)  # not reached: the second stop is raised at once

    monkeypatch.setattr(Repository, "merge_clients", twice_stopped)
    assert main(["merge", "--db", str(caseload), "--into", "1", "--from", "3"]) == 143
    said = capsys.readouterr()
    err = " ".join(said.err.split())
    assert "Merged id 3" not in said.out and "as said above" not in err  # it said "stored whole, as said above"
    with Repository.open(caseload, create=False) as repo:
        ids = repo.client_ids()
    assert "clinic-app: stopped (SIGTERM) again as the merge was being stored, so it did not finish: " in err
    if when == "before":
        assert ids == [1, 2, 3]
        assert ("nothing was merged and the caseload is as it was; to merge them: "
                f"clinic-app merge --db {caseload} --into 1 --from 3") in err
    else:
        assert ids == [1, 2]
        assert ("id 3 was merged into id 1 and is no longer in the caseload (its record is kept in the audit log), "
                f"but id 1 was not screened again: clinic-app rescreen --db {caseload} screens the caseload again") in err
