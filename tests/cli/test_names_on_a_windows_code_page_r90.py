"""R90-02: R89-01 made `clinic-app clinic` write UTF-8, as `list` and `export` do (D23-10), but
the other commands that print a client's name or an event's name still wrote the ANSI code page
when standard output is redirected on Windows (cp1252), and stopped with a crash report at a name
cp1252 has no letter for ("Nguyễn Thị Thảo", "Ngày hội"): `import` of a day already imported
(its "Skipped ... already in the caseload" names them), `report --event`, and `screen --format
text` of an exported client (the title names them).  Every command now writes UTF-8 (one place,
cli.main).  (PYTHONIOENCODING=cp1252 makes Python write as Windows does.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.test_cli import ROOT, clinic_app
from tests.eligibility.engine_builders import GOOD_REQUEST

NAME = "Nguyễn Thị Thảo"  # "ễ" and "ả": not in cp1252
EVENT = "Ngày hội xoá án, Westlake"


def on_a_windows_code_page(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test", "PYTHONIOENCODING": "cp1252"}
    return subprocess.run([sys.executable, "-m", "clinic_app", *map(str, args)], capture_output=True, env=env,
                          cwd=ROOT, timeout=120)


@pytest.fixture()
def day(tmp_path):
    request = {**GOOD_REQUEST, "client": {"name": NAME, "language": "en", "event": EVENT}}
    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps(request, ensure_ascii=False) + "\n", encoding="utf-8")
    caseload = tmp_path / "caseload.sqlite"
    done = clinic_app("import", day, "--db", caseload)
    assert done.returncode == 0, done.stderr
    return day, caseload


def test_r90_02_import_names_the_clients_skipped_in_utf8(day):
    file, caseload = day
    done = on_a_windows_code_page("import", file, "--db", caseload)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"{NAME} (id 1)".encode() in done.stdout


@pytest.mark.parametrize("as_json", [False, True])
def test_r90_02_report_of_an_event_names_it_in_utf8(day, as_json):
    _, caseload = day
    done = on_a_windows_code_page("report", "--db", caseload, "--event", EVENT, *(["--json"] if as_json else []))
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")
    assert EVENT in (json.dumps(json.loads(text), ensure_ascii=False) if as_json else text)


def test_r90_02_a_screening_read_aloud_names_the_client_in_utf8(day, tmp_path):
    _, caseload = day
    request = tmp_path / "1.json"
    assert clinic_app("export", "--db", caseload, "--client", "1", "--out", request).returncode == 0
    done = on_a_windows_code_page("screen", request, "--format", "text")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"screening for {NAME}".encode() in done.stdout
