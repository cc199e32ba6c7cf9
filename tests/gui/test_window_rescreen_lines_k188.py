"""K188-02: Caseload > Re-screen whole caseload, on a caseload whose lines an older Clinic Desk
made and the window's open had left (another desk held it too long: R184-02), first made every
line again from the stored screenings, silently under "Keeping a copy of the caseload..." (up to
40 s at 100,000 clients), then made them all again by screening.  It opens without the first, as
`clinic-app rescreen` does, and marks the lines once everyone is screened."""

from __future__ import annotations

from clinic_app.summary import LINES_WORDING
from db.lines import LINES_SAID
from db.repository import Repository
from tests.db.test_lines_made_again_l181 import OLD_WORDS
from tests.db.test_rescreen_makes_the_lines_r184 import AS_OF, NEW_WORDS, caseload_of_an_older_program, opened_telling
from ui.tasks import Task, rescreen_job


def _run(job, *, cancel: bool = False) -> list[str]:
    """The window's re-screen job run here, on this thread (the dialog's Task); how it ended."""
    task = Task(job)
    ended: list[str] = []
    task.signals.done.connect(lambda _stored: ended.append("done"))
    task.signals.cancelled.connect(lambda: ended.append("cancelled"))
    task.signals.failed.connect(lambda error, _report: ended.append(repr(error)))
    if cancel:
        task.ctx.cancel()  # Cancel pressed while the copy before it was made
    task.run()
    return ended


def test_k188_02_cancelled_after_its_copy_the_window_re_screen_had_made_no_line_again(qapp, tmp_path):
    path = tmp_path / "caseload.sqlite"
    client_id = caseload_of_an_older_program(path)
    assert _run(rescreen_job(path, AS_OF), cancel=True) == ["cancelled"]
    with Repository(Repository.open(path, make_lines_again=False).db) as repo:
        assert repo.db.conn.execute("SELECT outstanding FROM clients WHERE id = ?", (client_id,)).fetchone()[0] == OLD_WORDS
        assert repo.get_setting("caseload_lines_wording") is None  # the next open makes them


def test_k188_02_the_window_re_screen_of_everyone_marks_the_lines_made(qapp, tmp_path):
    path = tmp_path / "caseload.sqlite"
    client_id = caseload_of_an_older_program(path)
    assert _run(rescreen_job(path, AS_OF)) == ["done"]
    repo, told = opened_telling(path)
    with repo:
        assert LINES_SAID not in told  # marked by the re-screen: not made again
        assert repo.get_setting("caseload_lines_wording") == str(LINES_WORDING)
        assert repo.client_rows([client_id])[0].outstanding == NEW_WORDS
