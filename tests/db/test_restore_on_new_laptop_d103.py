"""A caseload moved to a new laptop by restoring the old laptop's backup there (D103)."""

from __future__ import annotations

import stat

from clinic_app.model import Client
from db.backup import PUTTING_IN_PLACE_SAID, backup_to, restore
from db.repository import Repository


def test_restoring_onto_a_new_laptop_makes_the_caseloads_folder_its_users_alone(tmp_path, usual_umask, monkeypatch):
    """D103-01: on a new laptop, `clinic-app restore` of the old laptop's backup made the data
    folder (and those above it) readable by every account (0755), where the program's own
    first start makes it 0700; its restore note (who restored what, from where) lay in it
    0644 while the restore ran."""
    with Repository.open(tmp_path / "old" / "caseload.sqlite") as old:
        old.add_client(Client(name="Clara Confidencial"))
        (tmp_path / "stick").mkdir()  # plugged in: a folder not there is refused (B105-02)
        backup_to(old.db, tmp_path / "stick" / "caseload.sqlite")
    new_home = tmp_path / "new"
    new_home.mkdir()
    caseload = new_home / ".local" / "share" / "ClinicDesk" / "caseload.sqlite"

    notes = []

    def step(_done, _total, said):  # the note is there while the backup is put in place
        if said == PUTTING_IN_PLACE_SAID:
            notes.extend(stat.S_IMODE(note.stat().st_mode) for note in caseload.parent.glob(".*restore-begun"))

    monkeypatch.setattr("db.connection.LONG_STEPS_BYTES", 0)  # the steps told, as of a large caseload
    restore(tmp_path / "stick" / "caseload.sqlite", caseload, progress=step)

    assert notes == [0o600]

    for folder in (caseload.parent, caseload.parent.parent, caseload.parent.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(caseload.stat().st_mode) == 0o600
    with Repository.open(caseload, create=False) as moved:
        assert [c.name for c in moved.iter_clients()] == ["Clara Confidencial"]
