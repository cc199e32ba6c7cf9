"""K212-01: a stop (a shutdown, a kill, Ctrl-C) with clinic intake open (Ctrl+I) and a case typed in
its box 2.  Since K211-01 the stop writes the open record's draft at once, but intake's box 2 was
kept only 1.5 s after its last key: a stop within that pause, a close nobody answers, then the
kill that follows, and the case typed was gone.  It is kept as the stop arrives, as the record's."""

from __future__ import annotations

from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture


def test_k212_01_a_stop_keeps_box_2_of_an_open_intake_as_its_draft_at_once(qtbot, repo, intake, monkeypatch):
    from ui import app

    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", 600_000)  # the stop comes within the pause
    _start(qtbot, intake, "Rosa Delgado", "2/3/1980")
    qtbot.keyClicks(intake.case_number, "BA123456")
    key = f"draft:intake:{intake.client.id}"
    assert repo.db.conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is None

    app._close_the_windows()  # what the stop calls (SIGTERM, SIGHUP, Ctrl-C)

    (kept,) = repo.db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    assert "BA123456" in kept
