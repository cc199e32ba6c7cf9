"""An export is on the disk before it takes its name (K63-03).

`clinic-app export --out day.jsonl` (and the window's Export) wrote a hidden ``.partial``
and renamed it, but never asked the system to write it to the disk first: renamed with its
bytes still in memory, a power cut or a USB stick pulled once "Exported" was said could
leave the day's file empty, or cut after a whole line, which `import` takes as the whole
day.  A handout is written to the disk before its rename (D28-05); an export now is too.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.strace_here import strace_works

TREE = Path(__file__).parent.parent.parent


@pytest.mark.skipif(not strace_works(), reason="strace watches the disk writes (missing, or ptrace not allowed here)")
def test_the_exported_file_is_written_to_the_disk_before_it_is_renamed(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(TREE), CLINIC_DESK_USER="volunteer-1")
    caseload, day = tmp_path / "caseload.sqlite", tmp_path / "day.jsonl"
    subprocess.run([sys.executable, "-m", "clinic_app", "demo", "--db", str(caseload), "--clients", "5"], cwd=TREE, env=env, check=True,
                   capture_output=True, timeout=120)
    trace = tmp_path / "trace.txt"
    subprocess.run(["strace", "-f", "-y", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2", "-o", str(trace),
                    sys.executable, "-m", "clinic_app", "export", "--db", str(caseload), "--all", "--out", str(day)],
                   cwd=TREE, env=env, check=True, capture_output=True, timeout=120)
    assert len(day.read_text().splitlines()) == 5
    lines = trace.read_text().splitlines()
    renamed = next(i for i, line in enumerate(lines) if re.search(r"rename\w*\(.*\.day\.jsonl\.partial", line))
    assert any("sync(" in line and ".day.jsonl.partial" in line for line in lines[:renamed]), \
        "the export took its name with its clients not yet written to the disk"
