"""K114-01: a clinic event's laptop died (or Clinic Desk was killed) while a volunteer typed a
walk-in's case in intake's box 2.  The client, started at box 1, was in the caseload; the case
typed (its number, offense, date) was gone with not a word, and at the next intake of them the
volunteer had to ask for the papers again.  Box 2's typing is now kept as intake's draft a
moment after each key, as the window keeps the Record tab's (D28-02), and put back in box 2
when the client is opened again at intake ("Open ... instead"); added, it is dropped."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture
from tests.stopped_process import kill_when_stopped

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
              pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")]

TREE = Path(__file__).parent.parent.parent


def _typed_at_intake_then_killed(path: Path, name: str) -> None:
    kill_when_stopped([sys.executable, str(Path(__file__).parent / "typing_child.py"), str(path), "intake", name], cwd=TREE,
                      env=dict(os.environ, PYTHONPATH=str(TREE), QT_QPA_PLATFORM="offscreen"),
                      what="intake did not keep box 2's typing")


def test_k114_01_a_case_typed_in_box_2_when_intake_is_killed_is_back_when_the_client_is_opened_again(qtbot, repo, intake):
    _typed_at_intake_then_killed(Path(repo.path), "Maria Lopez")
    (stored,) = repo.list_clients()
    assert repo.get_client(stored.id).cases == []  # started at box 1; the case never added

    _start(qtbot, intake, "Maria Lopez", "5/14/1979")  # the next intake: her name typed again
    assert intake.open_instead.isVisible()
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)

    assert intake.client.id == stored.id
    assert intake.case_number.text() == "BA123456"
    assert intake.conviction.offense.text().startswith("459")
    assert intake.conviction.date.text() == "3/2/2015"
    said = intake.case_message.text()
    assert "The case typed in box 2 for them was not added: Clinic Desk stopped at " in said, said
    assert "press Enter to add it" in said

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # added as typed
    (case,) = repo.get_client(stored.id).cases
    assert case.case_number == "BA123456"
    assert repo.draft(stored.id, of="intake") is None  # added: not offered again


def test_k114_01_box_2_emptied_drops_the_draft(qtbot, repo, intake, monkeypatch):
    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", 50)
    _start(qtbot, intake, "Rosa Delgado", "2/3/1980")
    qtbot.keyClicks(intake.case_number, "LA55")
    qtbot.waitUntil(lambda: repo.db.conn.execute("SELECT 1 FROM settings WHERE key = ?",
                                                 (f"draft:intake:{intake.client.id}",)).fetchone() is not None)
    intake._clear_case()
    assert repo.db.conn.execute("SELECT 1 FROM settings WHERE key LIKE 'draft:intake:%'").fetchone() is None


def test_k114_01_a_client_deleted_takes_the_case_kept_for_them_with_them(repo):
    from tests.gui.conftest import probation_client

    client_id = repo.add_client(probation_client("Rosa Delgado"))
    repo.keep_draft(client_id, {"fields": ["LA55"], "choices": [], "trafficking": False}, of="intake")
    repo.delete_client(client_id)
    assert repo.db.conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'draft:%'").fetchone() == (0,)
