"""C111-04: `clinic-app handout --event` said "6 clients still await an attorney's review: ...
(Review needed, or clinic-app list --review, lists them)", and that command, typed at the
terminal, listed the whole caseload's queue, 84 clients for the event's 6.  It names the
event's list: "clinic-app list --review --event 'NAME'", which lists the clients counted.

R113-02: the command named left out the run's --db, so typed as said at the end of a day on a
volunteer's caseload (`handout --db day.sqlite --event ...`) it listed the clinic's own
caseload's queue, or said the event had no client: it names this caseload's, as every other
command a run says to type next does (`cli.next_command`: X64-02, R103-02)."""

from __future__ import annotations

import shlex

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_help_width_j59 import words as flat


def test_c111_04_the_command_a_handout_batch_names_lists_the_events_clients_awaiting_review(screened_caseload, tmp_path):
    db = str(screened_caseload)
    with Repository.open(screened_caseload) as repo:
        events = repo.events()
    waiting = {event: len(clinic_app("list", "--db", db, "--review", "--event", event).stdout.splitlines()) for event in events}
    event = max(waiting, key=waiting.get)
    assert 0 < waiting[event] < len(clinic_app("list", "--db", db, "--review").stdout.splitlines())
    said = flat(clinic_app("handout", "--db", db, "--event", event, "--out", tmp_path / "day").stderr)  # wrapped (C112-02)
    assert f"{waiting[event]} clients still await an attorney's review" in said
    named = said.split("(Review needed, or ", 1)[1].split(", lists them)", 1)[0]
    assert shlex.split(named)[:2] == ["clinic-app", "list"]
    assert shlex.split(named)[2:4] == ["--db", db]  # this caseload's (R113-02)
    listed = clinic_app(*shlex.split(named)[1:]).stdout.splitlines()  # as typed
    assert len(listed) == waiting[event]
