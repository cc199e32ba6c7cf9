"""U82-03: `clinic-app import ... 2>&1 | tail` (Z81) read its output and its notes on standard
error as one stream.  Standard output to a pipe is held in a buffer until the command ends,
standard error is written at once: a note said after a line of output came out before it.
Every line now ends with a newline, and standard output is flushed before anything is said on
standard error, so one pipe reads in the order the lines were written."""

from __future__ import annotations

import os
import subprocess
import sys

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import ROOT, clinic_app


def _one_pipe(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    env.pop("PYTHONUNBUFFERED", None)  # as a clinic's shell runs it: standard output to a pipe is buffered
    return subprocess.run([sys.executable, *argv], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env=env, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


def test_a_note_on_stderr_comes_after_the_output_written_before_it():
    result = _one_pipe("-c", "from clinic_app import cli\nprint('Imported 3 clients.')\ncli._say('a note after it.')")
    assert result.stdout == "Imported 3 clients.\nclinic-app: a note after it.\n"


def test_an_import_on_one_pipe_reads_line_by_line_in_order(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    referrals = tmp_path / "referrals.jsonl"
    other = tmp_path / "other.sqlite"
    with Repository.open(other, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=81))
    assert clinic_app("export", "--db", other, "--all", "--out", referrals).returncode == 0

    result = _one_pipe("-m", "clinic_app", "import", str(referrals), "--db", str(db))
    assert result.returncode == 0, result.stdout
    assert result.stdout.endswith("\n")
    lines = result.stdout.splitlines()
    # The copy kept is said first, as it is made first; then the import's own lines, each whole.
    assert lines[0].startswith("clinic-app: the caseload as it was before this import is kept in ")
    assert lines[1].startswith("Imported 3 clients")
    assert lines[-1].startswith("They are not screened yet: ")
    assert sum("clinic-app: " in line for line in lines) == 1
