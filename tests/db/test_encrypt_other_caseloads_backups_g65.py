"""G65-01: the caseloads of one folder share its backups folder (the clinic's `caseload.sqlite`
and the demo's `demo.sqlite`, both in the data folder).  Encrypting the clinic's caseload after
`clinic-app --demo` said "1 older backup beside it is not encrypted (.../backups/demo-....sqlite):
delete it", of the demo's backup; with two caseloads in one folder it named the other's backups,
perhaps its only ones, to delete.  A passphrase change named another encrypted caseload's backups
as "still opening with the old passphrase".  Only this caseload's copies are named now, and any
file a user put there, which may be one."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.demo import generate_clients  # noqa: E402
from db.backup import backup_before, backup_rotating, backup_to  # noqa: E402
from db.cipher import encrypt_caseload  # noqa: E402
from db.repository import Repository  # noqa: E402

SECRET = "una frase larga de prueba"


def _caseload(path, passphrase=None):
    """A caseload at `path` with an automatic backup and a copy made before an import."""
    with Repository.open(path, user="t", passphrase=passphrase) as repo:
        repo.add_clients(generate_clients(2, seed=len(path.stem)))
        return [backup_rotating(repo.db), backup_before(repo.db, "import")]


def test_encrypting_names_this_caseloads_plain_backups_not_the_demos(tmp_path):
    clinics = _caseload(tmp_path / "caseload.sqlite")
    demos = _caseload(tmp_path / "demo.sqlite")
    with Repository.open(tmp_path / "caseload.sqlite", user="t") as repo:
        mine = backup_to(repo.db, tmp_path / "backups" / "before-the-event.sqlite")  # a file the user put there

    named = encrypt_caseload(tmp_path / "caseload.sqlite", SECRET)

    assert named == sorted([*clinics, mine])
    assert not set(named) & set(demos)
    assert all(path.exists() for path in demos)


def test_a_backup_named_for_a_caseload_no_longer_beside_it_is_still_named(tmp_path):
    """Only another caseload that is there makes a copy its own: a backup named `pomona-...`
    whose caseload was moved away may be anyone's, this caseload's too."""
    _caseload(tmp_path / "pomona.sqlite")
    (tmp_path / "pomona.sqlite").unlink()
    orphans = sorted((tmp_path / "backups").glob("pomona-*.sqlite"))
    clinics = _caseload(tmp_path / "caseload.sqlite")

    assert encrypt_caseload(tmp_path / "caseload.sqlite", SECRET) == sorted([*clinics, *orphans])


def test_a_new_passphrase_names_this_caseloads_old_backups_not_another_encrypted_caseloads(tmp_path):
    other = tmp_path / "laptop.sqlite"
    _caseload(other)
    encrypt_caseload(other, "the laptop's own phrase")
    with Repository.open(other, user="t", passphrase="the laptop's own phrase") as repo:
        laptops = [backup_rotating(repo.db)]
    path = tmp_path / "caseload.sqlite"
    _caseload(path)
    encrypt_caseload(path, SECRET)
    with Repository.open(path, user="t", passphrase=SECRET) as repo:
        clinics = [backup_rotating(repo.db)]
        copies = repo.change_passphrase("a whole new phrase")

    assert copies == clinics
    assert not set(copies) & set(laptops)


def test_r66_07_an_export_named_as_the_caseload_was_makes_its_backups_no_other_caseloads(tmp_path):
    """The clinic's caseload renamed (caseload.sqlite to clinic.sqlite), its plain backups still
    named `caseload-...`, and the day's export beside it as `caseload.jsonl` (the name `export
    --out caseload.sqlite` suggests): the export was taken for a caseload of that name, the
    backups for its, and encrypting named none of them, plain copies of every client."""
    old = _caseload(tmp_path / "caseload.sqlite")
    (tmp_path / "caseload.sqlite").rename(tmp_path / "clinic.sqlite")
    (tmp_path / "caseload.jsonl").write_text('{"client": {"name": "Synthetic Persona"}}\n', encoding="utf-8")

    assert encrypt_caseload(tmp_path / "clinic.sqlite", SECRET) == sorted(old)
