"""The program started with no standard output or error, as the packaged Windows program is
(PyInstaller's windowed clinic-desk.exe, like pythonw: sys.stdout and sys.stderr are None).

A word written to either was an AttributeError: `clinic-desk --demo` ended before its window
opened, at its note that it added the demo's clients (or that the demo has them already), with
not a word and status 1, and a command such as `list` ended at its first line (Q122-02).  Here Python
is started with its descriptors 1 and 2 closed, which gives it the same None streams."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clinic_app.model import Client
from db.repository import Repository

ROOT = Path(__file__).resolve().parents[2]


def _started_without_a_console(tmp_path: Path, *args: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}

    def no_console() -> None:
        os.close(1)
        os.close(2)

    return subprocess.run([sys.executable, "-m", "clinic_app", *args], preexec_fn=no_console, env=env, cwd=ROOT,
                          timeout=180).returncode


def test_q122_the_demo_window_opens_first_and_again(tmp_path):
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    assert _started_without_a_console(tmp_path, "--demo", "--screenshot", str(first)) == 0
    assert first.is_file()
    # Filled the first time, which the start notes on standard output; the second notes it is.
    assert _started_without_a_console(tmp_path, "--demo", "--screenshot", str(second)) == 0
    assert second.is_file()


def test_q122_a_command_runs_to_its_end(tmp_path):
    caseload = tmp_path / "day.sqlite"
    with Repository.open(caseload, create=True) as repo:
        repo.add_client(Client(name="Ana Ruiz"))
    assert _started_without_a_console(tmp_path, "list", "--db", str(caseload)) == 0
    assert _started_without_a_console(tmp_path, "backup", "--db", str(caseload), "--to", str(tmp_path / "copy.sqlite")) == 0
    with Repository.open(tmp_path / "copy.sqlite") as copy:
        assert copy.count_clients() == 1
