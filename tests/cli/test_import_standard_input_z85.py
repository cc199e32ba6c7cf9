"""Z85-03: `clinic-app export --event E | clinic-app import - --db laptop.sqlite` (export writes to
standard output "for scripts", and `screen` takes '-' for standard input) said "there is no
file -", as if a file named '-' were missing: nothing said that import reads a file only, nor
what to do. It now says so, with the export that writes the file; exit status 2, no caseload
made, as before."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.cli.test_cli import ROOT, assert_plain_error
from tests.cli.test_screen_robustness import LINE


def test_import_of_standard_input_says_it_reads_a_file(tmp_path):
    caseload = tmp_path / "laptop.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    done = subprocess.run([sys.executable, "-m", "clinic_app", "import", "-", "--db", str(caseload)], input=LINE + "\n",
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert_plain_error(done, 2, "import reads a file, not standard input ('-')",
                       "clinic-app export --event NAME --out day.jsonl", "then clinic-app import day.jsonl")
    assert "there is no file" not in done.stderr
    assert done.stdout == ""
    assert not caseload.exists()


def test_a_file_named_dash_is_still_imported(tmp_path):
    (tmp_path / "-").write_text(LINE + "\n", encoding="utf-8")
    caseload = tmp_path / "laptop.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    done = subprocess.run([sys.executable, "-m", "clinic_app", "import", "-", "--db", str(caseload)], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 client" in done.stdout
