"""F65-05: `clinic-app export --all --out caseload.sqlite --force` (the caseload's own name,
typed for "export the caseload"; or a backup's) put the export in the caseload's place: every
client gone, and the file refused after as "not a Clinic Desk caseload".  Without --force it
said "already exists; give --force to replace it", which told the user how.  Refused now,
whatever --force says, and nothing is written; an earlier export is still replaced."""

from __future__ import annotations

import shutil

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app


@pytest.fixture
def caseload(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=65))
    return path


@pytest.mark.parametrize("force", [["--force"], []])
def test_f65_05_the_caseload_itself_is_never_the_export_s_file(caseload, force):
    before = caseload.read_bytes()
    result = clinic_app("export", "--db", caseload, "--all", "--out", caseload, *force)
    assert_plain_error(result, 2, f"--out {caseload} is a caseload (or a backup of one), which the export would replace; "
                                  f"nothing was written. Give the export a file of its own, for example "
                                  f"{caseload.with_name('caseload.jsonl')}")
    assert caseload.read_bytes() == before
    with Repository.open(caseload) as repo:
        assert repo.count_clients() == 3


def test_f65_05_nor_a_backup_of_it(caseload, tmp_path):
    backup = tmp_path / "backups" / "caseload-20261201-101010-000000.sqlite"
    backup.parent.mkdir()
    shutil.copy(caseload, backup)
    result = clinic_app("export", "--db", caseload, "--all", "--out", backup, "--force")
    assert_plain_error(result, 2, f"--out {backup} is a caseload (or a backup of one)")
    assert backup.read_bytes() == caseload.read_bytes()


def test_f65_05_an_earlier_export_is_still_replaced_with_force(caseload, tmp_path):
    day = tmp_path / "day.jsonl"
    day.write_text('{"person": {}, "cases": []}\n', encoding="utf-8")
    result = clinic_app("export", "--db", caseload, "--all", "--out", day, "--force")
    assert result.returncode == 0, result.stderr
    assert len(day.read_text(encoding="utf-8").splitlines()) == 3
