"""H97-03: `clinic-app export | head -1`, the reader gone after the first client: `cli.main`
stops quietly (status 0) and points standard output at /dev/null, so that Python's last flush
at exit does not complain of the broken pipe.  It did so with ``os.dup2(os.open(os.devnull))``
and never closed the descriptor it had opened: one more open file for each such run of the
command line in one process (the in-process runner the CLI tests use, X94-01)."""

from __future__ import annotations

import errno
import os

from program_in_process import run_in_process

from clinic_app import screen_command
from clinic_app.demo import generate_clients
from db.repository import Repository


def _open_descriptors() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


def test_h97_03_a_reader_gone_leaves_no_descriptor_open(tmp_path, monkeypatch):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=97))

    def reader_gone(stream, line):  # what os.write on a pipe whose reader has exited raises
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    monkeypatch.setattr(screen_command, "write_whole_line", reader_gone)
    export = ["export", "--all", "--db", str(caseload)]
    first = run_in_process(export, env={"CLINIC_DESK_USER": "cli-test"})
    assert (first.returncode, first.stderr) == (0, "")  # stopped quietly, as Unix tools do
    before = _open_descriptors()
    for _run in range(3):
        assert run_in_process(export, env={"CLINIC_DESK_USER": "cli-test"}).returncode == 0
    assert _open_descriptors() - before == set()
