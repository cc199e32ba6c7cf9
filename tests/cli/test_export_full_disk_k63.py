"""An export to a full disk names the file it could not write (K63-05).

`clinic-app export --all --out /media/usb/day.jsonl` on a full USB stick said
"clinic-app: a file: No space left on device": the write's own error names no file, and
which file, the caseload or the export, was not said.  /dev/full is a disk always full.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TREE = Path(__file__).parent.parent.parent


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_an_export_to_a_full_disk_says_which_file_could_not_be_written(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(TREE), CLINIC_DESK_USER="volunteer-1")
    caseload = tmp_path / "caseload.sqlite"
    subprocess.run([sys.executable, "-m", "clinic_app", "demo", "--db", str(caseload), "--clients", "3"], cwd=TREE, env=env, check=True,
                   capture_output=True, timeout=120)
    done = subprocess.run([sys.executable, "-m", "clinic_app", "export", "--db", str(caseload), "--all", "--out", "/dev/full", "--force"],
                          cwd=TREE, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    # H99-04 added what to do: the system's words alone had been all it said.
    assert done.stderr.strip() == ("clinic-app: /dev/full: No space left on device. The drive is full: free some space "
                                   "on it, or choose another drive, and try again.")
