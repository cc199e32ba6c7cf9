"""A client's draft (typing the window kept before it was saved, D28-02) is offered back only
when the program that kept it cannot still be typing it."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone

from clinic_app.model import Client
from db import repository as repository_module
from db.connection import open_caseload
from db.repository import OTHER_DESK_DRAFT_WAIT, Repository

KEPT_AT = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)


def _kept_by(tmp_path, *, host: str, pid: int, now: datetime):
    """Keep a draft at KEPT_AT, rewrite who kept it, and read it back at `now`."""
    clock = [KEPT_AT]
    repo = Repository(open_caseload(tmp_path / "caseload.sqlite"), user="paralegal-1", clock=lambda: clock[0])
    try:
        client_id = repo.add_client(Client(name="Drafted Person"))
        repo.keep_draft(client_id, {"case": 0, "client": {"name": "Drafted Person, typed"}})
        key = f"draft:{client_id}"
        kept = json.loads(repo.get_setting(key))
        kept.update(host=host, pid=pid)
        with repo.db.conn:
            repo.db.conn.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(kept), key))
        clock[0] = now
        return repo.draft(client_id)
    finally:
        repo.close()


def test_a_draft_of_this_computer_is_offered_once_its_program_is_gone_and_not_while_it_runs(tmp_path):
    here = repository_module._this_computer()
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    assert _kept_by(tmp_path / "a", host=here, pid=os.getpid(), now=KEPT_AT) is None  # still typing it
    gone = _kept_by(tmp_path / "b", host=here, pid=2**22 + 12345, now=KEPT_AT)  # above Linux's pid_max
    assert gone is not None and gone[0] == KEPT_AT and gone[1]["client"]["name"] == "Drafted Person, typed"


def test_a_draft_kept_on_another_computer_waits_before_it_is_offered(tmp_path):
    """Two desks sharing a caseload: desk B opening the client desk A is typing in was offered
    A's typing as if A's program had stopped (its process cannot be asked from B)."""
    for folder in ("soon", "later"):
        (tmp_path / folder).mkdir()
    soon = KEPT_AT + OTHER_DESK_DRAFT_WAIT - timedelta(seconds=1)
    assert _kept_by(tmp_path / "soon", host="desk-a.invalid", pid=os.getpid(), now=soon) is None
    later = _kept_by(tmp_path / "later", host="desk-a.invalid", pid=os.getpid(), now=KEPT_AT + OTHER_DESK_DRAFT_WAIT)
    assert later is not None and later[1]["client"]["name"] == "Drafted Person, typed"
