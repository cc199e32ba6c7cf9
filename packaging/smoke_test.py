"""Smoke test of a frozen build: `python packaging/smoke_test.py dist/clinic-desk/clinic-desk`.

Runs the frozen program the way a clinic would, on a throwaway caseload, offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run(binary: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)}\n{result.stderr}")
    return result


def main() -> None:
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "caseload.sqlite")
        shot = Path(tmp) / "shot.png"
        run(binary, "demo", "--db", db, "--clients", "20")
        listing = run(binary, "list", "--db", db).stdout
        assert len(listing.splitlines()) == 20, listing
        run(binary, "--db", db, "--screenshot", str(shot))
        assert shot.stat().st_size > 10_000, "screenshot too small"
    print("smoke test passed")


if __name__ == "__main__":
    main()
