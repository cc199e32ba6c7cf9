"""B63-06: `clinic-app merge` at a terminal keeps a copy of the caseload first, as `import`
does: the window's merge has Edit > Undo, the terminal's had nothing to go back to."""

from __future__ import annotations

from datetime import date

from db.backup import backups_folder, before_change_backups, clients_in
from db.repository import Repository
from tests.cli.test_cli import clinic_app, clinic_app_process
from tests.cli.test_merge_other_people_x62 import _client
from ui.restore_dialog import caseload_backups


def test_a_merge_at_a_terminal_keeps_the_caseload_as_it_was_and_says_where(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        kept = repo.add_client(_client("Maria Lopez", date(1985, 3, 2), "25CJCM81162"))
        laptop = repo.add_client(_client("MARÍA LÓPEZ", date(1985, 3, 2), "25CJCM81162"))

    result = clinic_app_process("merge", "--db", caseload, "--into", kept, "--from", laptop)  # one `merge` a process

    assert result.returncode == 0, result.stderr
    (copy,) = before_change_backups(backups_folder(caseload), caseload, "merge")
    assert f"the caseload as it was before this merge is kept in {copy}" in result.stderr
    assert clients_in(copy) == 2  # both records, as they were
    with Repository.open(caseload) as repo:
        assert repo.client_ids() == [kept]
    # File > Restore from backup lists it, in words.
    assert [backup.kind for backup in caseload_backups(caseload) if backup.path == copy] == ["Before a merge at a terminal"]


def test_a_merge_refused_makes_no_copy(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        ana = repo.add_client(_client("Ana Reyes", date(1980, 5, 6), "19CR00001"))
        tom = repo.add_client(_client("Tomás Ng", date(1992, 1, 9), "21MI00777"))

    result = clinic_app("merge", "--db", caseload, "--into", ana, "--from", tom)

    assert result.returncode == 2
    assert before_change_backups(backups_folder(caseload), caseload, "merge") == []
