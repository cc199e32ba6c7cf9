"""R89-01: `clinic-app clinic > clinic.txt` on Windows (standard output redirected writes the
ANSI code page, cp1252) stopped with a crash report at a clinic detail cp1252 has no letter for
("Phòng khám Thảo Nguyên"), after the change given was written: the paralegal read a crash, not
"Changed: name.", and the details were not printed.  It writes UTF-8, as `list` and `export` do
(D23-10).  (PYTHONIOENCODING=cp1252 makes Python write as Windows does.)"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.cli.test_clinic_details_c88 import imported_caseload, stored
from tests.cli.test_cli import ROOT

NAME = "Phòng khám Thảo Nguyên"  # "ả" and "ê" with a tone: not in cp1252


def clinic_on_a_windows_code_page(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test", "PYTHONIOENCODING": "cp1252"}
    return subprocess.run([sys.executable, "-m", "clinic_app", "clinic", *map(str, args)], capture_output=True, env=env,
                          cwd=ROOT, timeout=120)


def test_r89_01_a_clinic_name_cp1252_lacks_is_set_and_shown_redirected_on_windows(tmp_path):
    caseload = imported_caseload(tmp_path)
    done = clinic_on_a_windows_code_page("--db", caseload, "--name", NAME)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stderr == b""
    assert done.stdout.decode("utf-8").splitlines()[:2] == ["Changed: name.", f"Name:            {NAME}"]
    assert stored(caseload)["name"] == NAME
    shown = clinic_on_a_windows_code_page("--db", caseload)
    assert shown.returncode == 0 and f"Name:            {NAME}".encode() in shown.stdout
