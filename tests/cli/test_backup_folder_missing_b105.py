"""B105-02 (W104's finding): `clinic-app backup --to /media/usb/caseload.sqlite` with the stick
not in made /media/usb on the laptop's own disk, put the whole caseload there and said "Backed
up ... (verified)".  A folder missing is refused, as `export --out` and `handout --out` refuse
it, nothing made; the backups folder beside the caseload, the program's own, is still made."""

from __future__ import annotations

from clinic_app import cli
from db.backup import backups_folder
from tests.cli.test_cli import clinic_app, demo_db  # noqa: F401 - a fixture


def test_a_backup_into_a_folder_missing_is_refused_and_nothing_made(demo_db, tmp_path):
    stick = tmp_path / "stick"
    done = clinic_app("backup", "--db", demo_db, "--to", stick / "friday.sqlite")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"clinic-app: {stick / 'friday.sqlite'}: folder {stick} does not exist; make it first, "
                           "or choose another. Nothing was written.\n")
    assert not stick.exists()


def test_the_backups_folder_beside_the_caseload_is_still_made(demo_db):
    target = backups_folder(demo_db) / "kept.sqlite"
    assert not target.parent.exists()
    assert cli.main(["backup", "--db", str(demo_db), "--to", str(target)]) == 0
    assert target.is_file()
