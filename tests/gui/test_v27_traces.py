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
