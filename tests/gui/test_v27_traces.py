"""What the program leaves outside the caseload and the files the user saves (privacy audit V27)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.gui
def test_a_screenshot_run_writes_nothing_in_the_users_home(tmp_path):
    """V27-02: `clinic-app --screenshot` (the documentation's screenshots, and the test suite's
    end-to-end run, under the developer's own HOME) saved its offscreen window's size in the
    user's settings (~/.config/ClinicDesk/Clinic Desk.conf), replacing their own window's."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "clinic_app", "--db", str(tmp_path / "c.sqlite"), "--demo",
                             "--screenshot", str(shot)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == []


@pytest.mark.gui
def test_k155_03_a_screenshot_run_leaves_no_backup_behind(tmp_path):
    """K155-03: `clinic-app --screenshot FILE.png` (a look at the window, for the docs) closed the
    window as a session of work closes, and its automatic backup took a place in the caseload's
    backups folder, pushing out the oldest of the clinic's own when the folder was full."""
    from clinic_app import cli

    db = tmp_path / "c.sqlite"
    assert cli.main(["demo", "--db", str(db), "--clients", "12", "--seed", "3"]) == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "clinic_app", "--db", str(db), "--screenshot", str(shot)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    assert not (tmp_path / "backups").exists(), sorted(p.name for p in (tmp_path / "backups").iterdir())


@pytest.mark.gui
def test_the_screenshot_tool_leaves_the_caseloads_settings_as_they_were(tmp_path):
    """V27-06: `python -m ui.screenshots --db CASELOAD` wrote a demo clinic's name and phone into
    the caseload's settings when it had none, for its handout picture: run on a clinic's own
    caseload, every later handout printed "Eastside Record Clearance Clinic (demo)" and a
    made-up phone.  The picture still shows them; the caseload is left as it was."""
    from clinic_app import cli
    from db.repository import Repository

    db = tmp_path / "c.sqlite"
    assert cli.main(["demo", "--db", str(db), "--clients", "30", "--seed", "7"]) == 0  # a demo caseload (V28-03)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "ui.screenshots", "--db", str(db), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (out / "handout-preview.png").stat().st_size > 10_000
    assert (out / "remedies.png").stat().st_size > 10_000  # Help > Remedies at a glance
    with Repository.open(db) as repo:
        assert repo.get_setting("clinic_name") is None and repo.get_setting("clinic_phone") is None
    assert not (tmp_path / "backups").exists()  # pictures, not a session of work (K155-03)


@pytest.mark.gui
def test_the_screenshot_tool_refuses_a_caseload_with_real_clients(tmp_path):
    """V28-03: `python -m ui.screenshots --db CASELOAD` made pictures, to be published, of
    whatever caseload it was given: run on the clinic's own, it wrote PNGs of real clients'
    names and convictions.  It now takes only a demo caseload (every client added by
    `clinic-app demo`, which marks them) unless told --any-caseload."""
    from clinic_app import cli
    from clinic_app.model import Client
    from db.repository import Repository
    from ui.screenshots import not_a_demo

    demo, real, mixed = tmp_path / "demo.sqlite", tmp_path / "clinic.sqlite", tmp_path / "mixed.sqlite"
    for db in (demo, mixed):
        assert cli.main(["demo", "--db", str(db), "--clients", "12", "--seed", "3"]) == 0
    with Repository.open(mixed) as repo:
        repo.add_client(Client(name="Rosa Real"))  # a real client, typed in later
    with Repository.open(real) as repo:
        repo.add_client(Client(name="Rosa Real"))
    assert cli.main(["demo", "--db", str(real), "--clients", "12", "--mix"]) == 0  # synthetic ones mixed in

    assert not_a_demo(demo) is None
    for db in (mixed, real):
        said = not_a_demo(db)
        assert said is not None and said.startswith(f"1 of the 13 clients in {db} were not made by `clinic-app demo`")

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "ui.screenshots", "--db", str(real), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 2 and "the pictures would show real people" in done.stderr and "--any-caseload" in done.stderr
    assert not out.exists()
    done = subprocess.run([sys.executable, "-m", "ui.screenshots", "--db", str(real), "--out", str(out), "--any-caseload"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (out / "caseload.png").is_file()
