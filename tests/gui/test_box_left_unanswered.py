"""A message box nobody answers ends its test instead of hanging the run (stop 45's CI)."""

from __future__ import annotations

from db.errors import Locked
from tests.gui.conftest import probation_client


def test_a_failed_read_ahead_box_is_closed_and_said(qtbot, window, repo, monkeypatch, _no_box_waits_forever):
    """The window's list read failing on its worker raises a modal box (main_window._read_failed):
    in stop 45's CI run nothing answered it, and the run hung until its 40-minute watchdog.
    Now the box is closed after its limit and its words are kept to fail the test."""
    unanswered = _no_box_waits_forever
    unanswered.limit_s = 1
    repo.add_client(probation_client("Ana Unanswered"))

    def busy(*_args, **_kwargs):
        raise Locked("The caseload file is in use by another program.")

    monkeypatch.setattr("db.repository.Repository.list_clients", busy)
    window.load_in_background()
    qtbot.waitUntil(lambda: bool(unanswered.said), timeout=15_000)
    assert unanswered.said == ["Clinic Desk The caseload file is in use by another program."]
    assert window.status.text() == "The caseload could not be read."
    unanswered.said.clear()  # said here: the test is not failed for it
