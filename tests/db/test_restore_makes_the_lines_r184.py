"""R184: restoring a backup made by an older Clinic Desk left its lines to be made again by the
window's reopen afterwards, on the window's own thread with no dialog (L181: 20-40 s frozen for
100,000 clients).  The restore makes them, told to its progress, so the reopen finds them made."""

from __future__ import annotations

from clinic_app.model import Client
from clinic_app.summary import LINES_WORDING
from db.backup import restore
from db.lines import LINES_SAID
from db.repository import Repository
from tests.db.test_rescreen_makes_the_lines_r184 import NEW_WORDS, caseload_of_an_older_program, opened_telling


def test_a_backup_of_an_older_program_has_its_lines_made_as_it_is_restored(tmp_path):
    backup = tmp_path / "backup-of-an-older-desk.sqlite"
    client_id = caseload_of_an_older_program(backup)
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload, user="paralegal-1") as repo:
        repo.add_client(Client(name="Replaced, Rita (synthetic)"))
    told: list[str] = []
    restore(backup, caseload, user="paralegal-1", progress=lambda _done, _total, text: told.append(text))
    assert LINES_SAID in told
    repo, told_at_reopen = opened_telling(caseload)
    with repo:
        assert LINES_SAID not in told_at_reopen
        assert repo.get_setting("caseload_lines_wording") == str(LINES_WORDING)
        assert repo.client_rows([client_id])[0].outstanding == NEW_WORDS
        # The restore is in the audit log once, before its lines were made.
        assert repo.db.conn.execute("SELECT COUNT(*) FROM audit WHERE action = 'restore'").fetchone()[0] == 1
