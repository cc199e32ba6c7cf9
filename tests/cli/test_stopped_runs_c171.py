"""C171-01: C165 made the papers' batches stop cleanly on SIGTERM (a `kill`, a laptop shutting
down) and SIGHUP (the terminal window closed); `screen --batch --out` took SIGTERM but not
SIGHUP, `export` Ctrl-C alone, and `rescreen` neither.  Each ended at once with nothing said:
`screen --batch --out` and `export --out` left their hidden temporary file of clients' records
beside FILE (removed only by a later run), `export` to standard output a file cut short that
`import` takes as whole, `rescreen` a caseload part re-screened with no word of it.  Each now
stops as Ctrl-C stops it: nothing half-written is left, what was done is said, and it exits
128 + the signal.  Each run is stopped at a chosen point (tests/db/stopped_child.py) on tiny
inputs: no race, no long batch."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from clinic_app.demo import generate_clients
from clinic_app.screen_command import CONTRACT
from db.repository import Repository
from tests.cli.test_screen_robustness import LINE, batch_file
from tests.db.test_killed import HERE, TREE, _env
from tests.stopped_process import signal_when_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGHUP")


def stopped(signum: int, target: str, when: str, nth: int, *args: str):
    """`clinic-app ARGS`, sent `signum` at the `nth` call of `target`."""
    argv = [sys.executable, str(HERE / "stopped_child.py"), target, when, str(nth), "--", *args]
    done = signal_when_stopped(argv, signum, cwd=TREE, env=_env(), what=f"the command did not reach {target}")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 128 + signum, done.stderr
    return done


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("c171") / "caseload.db"
    with Repository.open(path, create=True) as repo:
        repo.add_clients(list(generate_clients(3, seed=7)))
    return path


def test_screen_batch_out_stopped_by_the_terminal_closing_keeps_the_results_file(tmp_path):
    src = batch_file(tmp_path, [LINE, LINE])
    out = tmp_path / "results.jsonl"
    out.write_text("yesterday's results\n", encoding="utf-8")
    done = stopped(signal.SIGHUP, "clinic_app.screen_command:Results.write", "after", 1, "screen", "--batch", str(src),
                   "--out", str(out))
    assert f"clinic-app screen: stopped (SIGHUP) after 1 of 2 requests: no results were written ({out} is as it was)" in done.stderr
    assert out.read_text(encoding="utf-8") == "yesterday's results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "results.jsonl"]  # no temporary file
    assert "129 stopped as its terminal closed (SIGHUP; under nohup it runs on)" in " ".join(CONTRACT.split())  # --help


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_export_out_stopped_keeps_the_earlier_export_and_leaves_no_partial(caseload, tmp_path, signum):
    out = tmp_path / "all.jsonl"
    out.write_text("yesterday's export\n", encoding="utf-8")
    done = stopped(signum, "db.export:exported", "before", 2, "export", "--db", str(caseload), "--all", "--out", str(out),
                   "--force")
    name = signal.Signals(signum).name
    assert (f"clinic-app: stopped ({name}) after 1 of 3 clients: nothing was exported ({out} is as it was); the same "
            "command exports them all again.") in done.stderr
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.jsonl"]  # no hidden .all.jsonl.partial


def test_export_to_standard_output_stopped_says_it_is_incomplete(caseload):
    # Stopped before its first client (the child's marker goes to standard output first).
    done = stopped(signal.SIGTERM, "db.export:exported", "before", 1, "export", "--db", str(caseload), "--all")
    assert done.stdout == ""
    assert ("clinic-app: stopped (SIGTERM) after 0 of 3 clients: the export on standard output is incomplete; "
            "export again, or use --out FILE, which is written only once whole.") in done.stderr


def test_rescreen_stopped_says_the_caseload_is_as_it_was(caseload):
    # Stopped as its first range is screened: one stopped while a range is stored waits until it
    # is stored and counted (R173-01).
    done = stopped(signal.SIGTERM, "db.rescreen:screen_rows", "before", 1, "rescreen", "--db",
                   str(caseload), "--as-of", "2026-12-07")
    assert ("clinic-app: stopped (SIGTERM) before any client was screened again: the caseload is as it was. To re-screen: "
            "clinic-app rescreen") in done.stderr
    with Repository.open(caseload) as repo:
        assert all(row.best is None for row in repo.list_clients())  # not screened, as said


def test_r180_02_rescreen_stopped_as_it_copies_the_caseload_first_says_so(caseload):
    # Stopped with the copy before the re-screen written, not yet checked: the one stretch of a
    # rescreen a `kill` or the terminal closing still ended at once and unsaid (import's and
    # merge's copies take the stop since C178-01).  At 100,000 clients the copy takes seconds.
    done = stopped(signal.SIGHUP, "db.backup:verify", "before", 1, "rescreen", "--db", str(caseload),
                   "--as-of", "2026-12-07")
    assert ("clinic-app: stopped (SIGHUP) before any client was screened again: the caseload is as it was. To re-screen: "
            f"clinic-app rescreen --db {caseload} --as-of 2026-12-07") in done.stderr
    assert not [p.name for p in (caseload.parent / "backups").iterdir() if p.name.endswith(".partial")]


def test_k191_03_rescreen_stopped_between_its_copy_and_the_re_screen_says_so(caseload):
    # Stopped with the copy made and said, the caseload read for the re-screen: between the
    # copy's stop handlers and the re-screen's, a SIGTERM ended it at once and unsaid (-15,
    # K190: 4 of 30 random stops).
    done = stopped(signal.SIGTERM, "db.repository:Repository.list_clients", "before", 1, "rescreen", "--db",
                   str(caseload), "--as-of", "2026-12-07")
    assert "the caseload as it was before this rescreen is kept in" in done.stderr
    assert ("clinic-app: stopped (SIGTERM) before any client was screened again: the caseload is as it was. To re-screen: "
            f"clinic-app rescreen --db {caseload} --as-of 2026-12-07") in done.stderr
    with Repository.open(caseload) as repo:
        assert all(row.best is None for row in repo.list_clients())  # not screened, as said
