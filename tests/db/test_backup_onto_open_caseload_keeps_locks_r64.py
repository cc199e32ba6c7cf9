"""R64-04: a backup pointed at another caseload this program has open (the clinic's and the
event laptop's side by side in two windows, the file chosen from the wrong folder) is refused,
"is a caseload, not a backup" (D22-09), and the refusal itself read that caseload's first
bytes with open() and close(): the POSIX locks of the window working on it were dropped
(C64-01), and after another program had read it and closed, that window's saves were lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_app.model import Client
from db.backup import backup_to
from db.errors import CaseloadError
from db.repository import Repository
from tests.db.test_locks_kept_c64 import phone_read_by_another_program


def test_a_backup_refused_onto_an_open_caseload_leaves_that_caseloads_saves_in_it(tmp_path):
    clinic, laptop = tmp_path / "clinic.sqlite", tmp_path / "laptop.sqlite"
    with Repository.open(clinic, user="desk-1") as clinic_window, Repository.open(laptop, user="laptop") as laptop_window:
        client_id = laptop_window.add_client(Client(name="Ana Lockheld", phone="(213) 555-0100"))
        with pytest.raises(CaseloadError, match="is a caseload, not a backup"):
            backup_to(clinic_window.db, laptop)
        assert phone_read_by_another_program(laptop, client_id) == "(213) 555-0100"
        assert Path(f"{laptop}-wal").exists()  # still the laptop window's
        opened = laptop_window.get_client(client_id)
        changed = laptop_window.get_client(client_id)
        changed.phone = "(213) 555-0199"
        laptop_window.save_client(changed, expected=opened)
        assert phone_read_by_another_program(laptop, client_id) == "(213) 555-0199"
