"""R68-02: File > Back up caseload takes the typing of the record open in this window.

At the end of a clinic day the volunteer typed the last client's phone on the Record tab, then
chose File > Back up caseload to copy the day onto a USB stick: the backup was made of the
caseload as saved, the copy had no phone, and the message said "The caseload is backed up".
The open record is saved first now, as before Export the clients shown (U67-05), Merge or
Encrypt; typing that cannot be saved is asked about, and Stay backs up nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.repository import Repository
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _backing_up(monkeypatch, target) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    return told


def test_r68_02_the_phone_typed_in_the_open_record_is_in_the_backup(qtbot, window, repo, monkeypatch, tmp_path):
    client_id, _form = open_on_record(window, repo, probation_client("Rosa Testmartinez", case_number="BA2"))
    qtbot.keyClicks(window.client_view.record.person.phone, "213-555-0100")
    target = tmp_path / "usb" / "end-of-day.sqlite"
    target.parent.mkdir()
    told = _backing_up(monkeypatch, target)

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)

    with Repository.open(target, create=False) as copy:
        assert copy.get_client(client_id).phone == "213-555-0100"
    assert repo.get_client(client_id).phone == "213-555-0100"


def test_r68_02_typing_that_cannot_be_saved_is_asked_about_and_stay_backs_up_nothing(qtbot, window, repo, monkeypatch, tmp_path):
    _client_id, form = open_on_record(window, repo, probation_client("Rosa Testmartinez"))
    type_over(qtbot, form.probation_end, "2024-13-45")  # not a date
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append(where) or False)
    target = tmp_path / "end-of-day.sqlite"
    _backing_up(monkeypatch, target)

    window.backup_action.trigger()
    assert asked == ["back up the caseload"]
    assert not target.exists()
    assert form.probation_end.text() == "2024-13-45"  # kept, to put right
