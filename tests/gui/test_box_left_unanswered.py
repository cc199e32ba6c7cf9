"""A message box nobody answers ends its test instead of hanging the run (stop 45's CI)."""

from __future__ import annotations

from db.errors import Locked
from tests.gui.conftest import probation_client


def test_a_failed_read_ahead_box_is_closed_and_said(qtbot, window, repo, monkeypatch, _no_box_waits_forever):
    """The window's list read failing on its worker raises a modal box (main_window._read_failed):
    in stop 45's CI run nothing answered it, and the run hung until its 40-minute watchdog.
    Now the box is closed after its limit and its words are kept to fail the test."""
    unanswered = _no_box_waits_forever
    unanswered.limit_s = 0.2
    unanswered.watch.setInterval(100)
    repo.add_client(probation_client("Ana Unanswered"))

    def busy(*_args, **_kwargs):
        raise Locked("The caseload file is in use by another program.")

    monkeypatch.setattr("db.repository.Repository.list_clients", busy)
    window.load_in_background()
    qtbot.waitUntil(lambda: bool(unanswered.said), timeout=15_000)
    assert unanswered.said == ["Clinic Desk The caseload file is in use by another program."]
    assert window.status.text() == "The caseload could not be read."
    unanswered.said.clear()  # said here: the test is not failed for it


def test_r74_03_a_passphrase_question_nobody_answers_is_closed_and_said(qtbot, window, tmp_path, _no_box_waits_forever):
    """A plain caseload taken for encrypted (stop 45's cause) is asked its passphrase at File >
    Open caseload (ui.app.open_repository) or a restore: the watch took only message, input and
    file boxes for questions, and that dialog waited for an answer, the run hung as in stop 45."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.passphrase_dialog import PassphraseDialog, ask_and_open

    unanswered = _no_box_waits_forever
    unanswered.limit_s = 0.2
    unanswered.watch.setInterval(100)
    answered = []
    # Not the watch's: ends the question the watch missed, for this test to fail rather than hang.
    last_resort = QTimer(singleShot=True, interval=8000)
    last_resort.timeout.connect(lambda: isinstance(box := QApplication.activeModalWidget(), PassphraseDialog) and box.reject())
    last_resort.start()
    QTimer.singleShot(0, lambda: answered.append(ask_and_open(tmp_path / "caseload.sqlite", lambda _typed: None, window)))
    qtbot.waitUntil(lambda: bool(answered), timeout=15_000)
    last_resort.stop()
    said, unanswered.said[:] = list(unanswered.said), []  # said here: the test is not failed for it
    assert answered == [None]  # given up: nothing opened
    assert len(said) == 1 and said[0].startswith("Encrypted caseload The caseload <b>caseload.sqlite</b> is encrypted.")
