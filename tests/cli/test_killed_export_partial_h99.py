"""H99-02: an export killed as it wrote the day's file (the laptop's battery, a forced quit, a
stick pulled) leaves its hidden ``.day.jsonl.partial`` beside where day.jsonl would be, its first
clients each on a whole line.  Seen on the stick (Windows shows it), it was imported as the
whole day: "Imported 10 clients", status 0, the rest never reaching the clinic.  `import` now
refuses it as an export never finished and says to export again; nothing is added."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app_process
from tests.db.test_killed import TREE, _env
from tests.stopped_process import kill_when_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

# `clinic-app export --all --out FILE`, the real command, stopped as its eleventh client is
# read (ten written, in the hidden partial file), to be killed there.
EXPORTING = """
import sys, time
from clinic_app import cli
from db import export
whole = export.exported
read = []
def exported(repo, client_id):
    read.append(client_id)
    if len(read) == 11:
        print("STOPPED", flush=True)
        time.sleep(120)
    return whole(repo, client_id)
export.exported = exported
cli.main(["export", "--db", sys.argv[1], "--all", "--out", sys.argv[2]])
"""


def killed_export(tmp_path: Path, name: str = "day.jsonl", clients: int = 30) -> Path:
    """A laptop's caseload of `clients`, its export to stick/`name` killed part-way: the
    partial file it left."""
    laptop = tmp_path / "laptop.sqlite"
    if not laptop.exists():
        with Repository.open(laptop) as repo:
            repo.add_clients(generate_clients(clients, seed=99))
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    kill_when_stopped([sys.executable, "-c", EXPORTING, str(laptop), str(stick / name)], cwd=TREE, env=_env(),
                      what="the export should have stopped at its eleventh client")
    partial = stick / f".{name}.partial"
    assert partial.is_file() and partial.stat().st_size > 0 and not (stick / name).exists()
    return partial


def test_h99_02_the_partial_file_of_a_killed_export_is_not_imported_as_the_day(tmp_path):
    partial = killed_export(tmp_path)
    clinic = tmp_path / "clinic.sqlite"
    with Repository.open(clinic) as repo:
        repo.add_clients(generate_clients(2, seed=7))
    done = clinic_app_process("import", partial, "--db", clinic)
    assert_plain_error(done, 2, "this is an export that was never finished", "may hold only some of the clients",
                       "none was added", "export the clients again on the laptop")
    with Repository.open(clinic) as repo:
        assert repo.count_clients() == 2


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_h99_03_the_next_export_into_the_folder_removes_a_killed_exports_partial(tmp_path):
    """H99-03: the killed export's partial went only at the next export to that very name, an
    hour after (D25-04); the next day's export, named after its own event (F97-03), left it on
    the stick for good.  The next export into the folder removes it once no export holds it
    and nothing has written to it for five minutes, as a killed backup's copy goes (P68-04)."""
    partial = killed_export(tmp_path, "saturday-expo.jsonl")
    _age(partial, 10 * 60)  # the next clinic day comes
    handout = partial.with_name(".Rosa-Paz.pdf.partial")  # not an export's: left to the handouts
    handout.write_bytes(b"%PDF-")
    _age(handout, 10 * 60)
    laptop = tmp_path / "laptop.sqlite"
    done = clinic_app_process("export", "--db", laptop, "--all", "--out", partial.parent / "sunday-fair.jsonl")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in partial.parent.iterdir()) == [".Rosa-Paz.pdf.partial", "sunday-fair.jsonl"]


def test_h99_03_an_export_still_being_written_is_left_whatever_its_age(tmp_path):
    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients(generate_clients(30, seed=99))
    stick = tmp_path / "stick"
    stick.mkdir()
    child = subprocess.Popen([sys.executable, "-c", EXPORTING, str(laptop), str(stick / "day.jsonl")], cwd=TREE,
                             env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "STOPPED", child.stderr.read()
        held = stick / ".day.jsonl.partial"
        _age(held, 30 * 60)  # a slow stick: nothing written to it for a while
        done = clinic_app_process("export", "--db", laptop, "--all", "--out", stick / "other.jsonl")
        assert done.returncode == 0, done.stderr
        assert held.is_file() and held.stat().st_size > 0
        # The same file exported meanwhile is refused, not written over the one being written.
        again = clinic_app_process("export", "--db", laptop, "--all", "--force", "--out", stick / "day.jsonl")
        assert_plain_error(again, 1, f"Another export to {stick / 'day.jsonl'} is being written now: nothing was written")
        assert held.is_file() and held.stat().st_size > 0
    finally:
        child.kill()
        child.communicate()
