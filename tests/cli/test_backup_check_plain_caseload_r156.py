"""R156-02: K155-02 said a plain backup "ok, but not encrypted ... (made before the caseload was
encrypted, or copied here): delete it or keep it somewhere safe" wherever a passphrase was given,
not where the caseload is encrypted.  `clinic-app backup --check` of a caseload that was never
encrypted, with CLINIC_DESK_PASSPHRASE set (for the clinic's other, encrypted caseload) or
--passphrase-file given, told the clinic every backup it has was "not encrypted, though the
caseload is", and to delete it.  Beside a plain caseload a plain backup is "ok", as without one."""

from __future__ import annotations

from clinic_app.demo import generate_clients
from db.backup import backup_rotating
from db.repository import Repository
from tests.cli.test_backup_check_n63 import SECRET, _line_of
from tests.cli.test_cli import clinic_app_with_passphrase as run


def test_r156_02_a_plain_caseloads_backups_are_ok_whatever_passphrase_is_set(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients(generate_clients(3, seed=5))
        backup = backup_rotating(repo.db)
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(SECRET + "\n", encoding="utf-8")

    for result in (run("backup", "--db", caseload, "--check", passphrase=SECRET),
                   run("backup", "--db", caseload, "--check", "--passphrase-file", phrase)):
        assert result.returncode == 0, result.stdout + result.stderr
        assert _line_of(result.stdout, backup).endswith("Automatic backup  ok")
        assert "not encrypted" not in result.stdout
        assert result.stdout.endswith("1 backup checked: 1 ok, 0 damaged.\n")
