"""K114-03: Clinic Desk started twice at once (a double-click, the second before the first
window showed) on a new caseload, or on one an older Clinic Desk made: both made (or updated)
its schema.  The second read the first's half-made file and said "an SQLite database of another
program, not a Clinic Desk caseload", or ended in a crash report, a migration run twice
(seen in 2 of 4 tries of two `demo` commands at once on a new file).  The second now waits for
the first's schema work, and opens the caseload as it left it."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import migrations
from db.connection import open_caseload, schema_version

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock")

TREE = Path(__file__).parent.parent.parent

# A program making a new caseload, stopped a moment after its first migration (its tables made):
# "HALF" said there; the rest made after the pause.
HALF_MADE = textwrap.dedent("""
    import sys, time
    import db.connection as connection
    real = connection.migrations.apply

    def slowly(db, each=None, within=None):
        def told(n, total):
            if n == 2:
                print("HALF", flush=True)
                time.sleep(1.5)
        real(db, each=told)

    connection.migrations.apply = slowly
    connection.open_caseload(sys.argv[1], create=True).close()
    print("MADE", flush=True)
""")


@contextlib.contextmanager
def another_making(path: Path) -> Iterator[subprocess.Popen]:
    """Another Clinic Desk making a new caseload at `path`, inside this paused half-way (its
    tables made, "HALF" said); it is let go, and has made it whole ("MADE"), at the end."""
    first = subprocess.Popen([sys.executable, "-c", HALF_MADE, str(path)], cwd=TREE, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={"PYTHONPATH": str(TREE), "PATH": ""})
    try:
        assert first.stdout.readline().strip() == "HALF", first.stderr.read()
        yield first
        out, err = first.communicate(timeout=60)
        assert first.returncode == 0 and out.strip() == "MADE", err
    finally:
        if first.poll() is None:
            first.kill()
        first.stdout.close()
        first.stderr.close()


def test_k114_03_a_second_program_opening_a_caseload_being_made_waits_for_it(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with another_making(path):
        second = open_caseload(path, create=True)  # not "another program's database", no crash
        assert schema_version(second) == migrations.SCHEMA_VERSION
        assert second.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        second.close()
