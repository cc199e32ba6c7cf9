"""R95-03: `clinic_app(...)` runs the command in the test's process (X94-01), but the stamp of the
program's code (`running_code.remember`, V28-05) was taken by the first command a test process ran
and kept for every later one, where each `python -m clinic_app` had stamped its own start.  The
files changed on disk once during a run (an edit saved, a `git checkout` or `git am` while the
suite ran), every later `rescreen`, `import` and `demo` of that test process said "Clinic Desk was
updated while it was running" and exited 1: 23 of the 603 CLI tests failed so in one run.
Each command now stamps the code as it starts, as its own process did."""

from __future__ import annotations

from program_in_process import run_in_process

from clinic_app import running_code
from clinic_app.demo import generate_clients
from db.repository import Repository


def test_r95_03_each_command_stamps_the_code_as_it_starts(tmp_path, monkeypatch):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload, user="cli-test") as repo:
        repo.add_clients(generate_clients(5, seed=95))
    # What an earlier command of this test process stamped, before the files changed on disk.
    monkeypatch.setattr(running_code, "_started_with", "the code as an earlier command found it")
    done = run_in_process(["rescreen", "--db", str(caseload), "--as-of", "2026-12-05"], env={"CLINIC_DESK_USER": "cli-test"})
    assert done.returncode == 0, done.stderr
    assert "Screened 5 clients as of 2026-12-05" in done.stdout
    # and the test's process is left with its own stamp, as it was
    assert running_code._started_with == "the code as an earlier command found it"  # noqa: SLF001
