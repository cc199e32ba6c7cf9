"""X94: most command-line tests run `clinic-app` in the test's own process
(tests/cli/program_in_process.py), a second each saved.  These hold that stand-in to the real
thing: the same command, run both ways, prints the same and ends with the same status, and the
test's process is left as it was."""

from __future__ import annotations

import os
import re
import signal
import sys

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.program_in_process import _dumpable, run_in_process
from tests.cli.test_cli import clinic_app, clinic_app_process, clinic_app_process_with_passphrase, clinic_app_with_passphrase
from tests.cli.test_screen_robustness import LINE, batch_file


@pytest.fixture
def caseload(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(generate_clients(6, seed=94))
    return path


def _commands(tmp_path, caseload):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a caseload at all" * 100)
    requests = batch_file(tmp_path, [LINE, LINE])
    return [
        ("list", "--db", caseload),  # a listing, exit 0
        ("list", "--db", caseload, "--outcome", "nonsense"),  # argparse's usage error, exit 2
        ("list", "--db", damaged),  # a plain error, exit 1
        ("list", "--db", tmp_path / "none.sqlite"),  # no such caseload
        ("export", "--db", caseload, "--all"),  # lines written straight to the descriptor
        ("report", "--db", caseload, "--as-of", "2026-12-01"),
        ("screen", "--batch", requests),  # results on standard output, progress on standard error
        ("screen", "--help"),  # SystemExit(0) from argparse
        ("--version",),
    ]


def _timeless(said: str) -> str:
    """A progress line without its time and rate ("done in 0.0 s (178/s)"), which differ run to run."""
    return re.sub(r"in [\d.,]+ s \([\d.,]+/s\)", "in T", said)


def test_each_command_prints_and_ends_as_its_own_process_does(tmp_path, caseload):
    for command in _commands(tmp_path, caseload):
        by_process = clinic_app_process(*command)
        in_process = clinic_app(*command)
        assert (in_process.returncode, in_process.stdout, _timeless(in_process.stderr)) == (
            by_process.returncode, by_process.stdout, _timeless(by_process.stderr)), command


def test_no_passphrase_and_no_terminal_is_said_as_a_process_says_it(tmp_path, caseload):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    assert clinic_app_with_passphrase("encrypt", "--db", caseload, passphrase="una frase de paso larga").returncode == 0
    for passphrase in (None, "not it", "una frase de paso larga"):
        by_process = clinic_app_process_with_passphrase("list", "--db", caseload, passphrase=passphrase)
        in_process = clinic_app_with_passphrase("list", "--db", caseload, passphrase=passphrase)
        assert (in_process.returncode, in_process.stdout, in_process.stderr) == (
            by_process.returncode, by_process.stdout, by_process.stderr), passphrase


def test_an_uncaught_exception_is_the_crash_report_and_status_1(tmp_path, caseload, monkeypatch):
    from clinic_app import cli

    def broken(_args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_list", broken)
    done = clinic_app("list", "--db", caseload)
    assert done.returncode == 1
    assert done.stderr.startswith("Clinic Desk crash report\n") and "RuntimeError" in done.stderr


def test_the_tests_process_is_left_as_it_was(tmp_path, caseload):
    before = (os.getcwd(), dict(os.environ), sys.stdin, sys.stdout, sys.stderr, sys.argv, sys.excepthook,
              signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), _dumpable())
    done = run_in_process(["export", "--db", str(caseload), "--all"], env={"CLINIC_DESK_USER": "someone else"},
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    after = (os.getcwd(), dict(os.environ), sys.stdin, sys.stdout, sys.stderr, sys.argv, sys.excepthook,
             signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), _dumpable())
    assert after == before
