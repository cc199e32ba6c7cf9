"""H58-03: `clinic-app screen caseload.sqlite` (the caseload, or a backup, given for the file of
a client) said "not UTF-8 text (byte 0xB4 at offset 31); save it as UTF-8", and `--batch` named
ten of its thousands of "bad lines": a paralegal was sent to re-save the caseload in an editor.
Both now say it is a caseload and how to get a request out of it, as `import` says it."""

from __future__ import annotations

from clinic_app.demo import generate_clients
from db.backup import backup_to
from db.repository import Repository
from tests.cli.test_screen_robustness import refused, screen


def test_a_caseload_or_its_backup_given_to_screen_is_named_so(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
        backup_to(repo.db, tmp_path / "backup.sqlite")
    for given in (caseload, tmp_path / "backup.sqlite"):
        done = screen(given, "--format", "text")
        refused(done, f"{given} is a caseload or a backup, not a screening request: export its clients first "
                      f"(clinic-app export --db {given} --client ID --out client.json), then screen that file")
        assert "UTF-8" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        done = screen("--batch", given, "--out", tmp_path / "results.jsonl")
        refused(done, f"{given} is a caseload or a backup, not a screening request: export its clients first "
                      f"(clinic-app export --db {given} --all --out clients.jsonl), then screen clients.jsonl with --batch")
        assert "bad lines" not in done.stderr
        assert not (tmp_path / "results.jsonl").exists()
