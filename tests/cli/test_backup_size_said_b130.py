"""B130-02: neither `clinic-app backup` nor File > Back up caseload... said how big the backup
is: at 100,000 clients 1.1 GB, for a USB stick to hold.  Said now where the backup is said
written and verified, as a stick is labelled ("180 KB", "2.4 MB")."""

from __future__ import annotations

import pytest

import clinic_app.cli as cli
from clinic_app.demo import generate_clients
from clinic_app.wording import size_said
from db.repository import Repository


@pytest.mark.parametrize(("n_bytes", "said"), [
    (1, "1 byte"), (650, "650 bytes"), (180_224, "180 KB"), (999_499, "999 KB"), (2_412_000, "2.4 MB"),
    (143_000_000, "143 MB"), (1_100_000_000, "1.1 GB"),
])
def test_a_size_is_said_as_a_stick_is_labelled(n_bytes, said):
    assert size_said(n_bytes) == said


def test_the_backups_size_is_said_with_its_verifying(tmp_path, capsys):
    caseload, usb = tmp_path / "caseload.sqlite", tmp_path / "usb.sqlite"
    with Repository.open(caseload, user="cli-test") as repo:
        repo.add_clients(generate_clients(30, seed=3))

    assert cli.main(["backup", "--db", str(caseload), "--to", str(usb)]) == 0

    kb = round(usb.stat().st_size / 1000)
    assert 100 < kb < 1000  # a small caseload's: said in KB
    assert capsys.readouterr().out == f"Backed up {caseload} to {usb} (verified, {kb} KB).\n"
