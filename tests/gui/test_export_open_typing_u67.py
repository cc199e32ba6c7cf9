"""U67-05: the typing of the record open in this window goes into the day's file.

At the end of a clinic day the volunteer typed the last client's phone on the Record tab, then
chose File > Export the 3 clients shown: the export read the caseload as saved, the file went
to the clinic without the phone, and nothing was said (F65-03 names the drafts of a window
that stopped, and leaves the running window's typing alone).  The open record is saved first
now, as it is before Merge or Encrypt; typing that cannot be saved is asked about, and Stay
exports nothing.  The batches of handouts and worksheets are made after the same save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.cli import read_import
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _exporting(monkeypatch, target) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(f"warned: {text}"))
    return told


def test_u67_05_the_phone_typed_in_the_open_record_is_in_the_days_file(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Eva Testevent", case_number="BA1"))
    client_id, _form = open_on_record(window, repo, probation_client("Rosa Testmartinez", case_number="BA2"))
    qtbot.keyClicks(window.client_view.record.person.phone, "213-555-0100")
    target = tmp_path / "day.jsonl"
    told = _exporting(monkeypatch, target)

    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)

    clients, _reviews = read_import(target)
    assert {c.name: c.phone for c in clients}["Rosa Testmartinez"] == "213-555-0100"
    assert repo.get_client(client_id).phone == "213-555-0100"


def test_u67_05_typing_that_cannot_be_saved_is_asked_about_and_stay_exports_nothing(qtbot, window, repo, monkeypatch, tmp_path):
    client_id, form = open_on_record(window, repo, probation_client("Rosa Testmartinez"))
    type_over(qtbot, form.probation_end, "2024-13-45")  # not a date
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append(where) or False)
    target = tmp_path / "day.jsonl"
    _exporting(monkeypatch, target)

    assert window.export_shown_action.trigger() is None
    assert asked == ["export the clients shown"]
    assert not target.exists()
    assert form.probation_end.text() == "2024-13-45"  # kept, to put right


def test_u67_05_the_events_handouts_are_made_after_the_open_records_typing_is_saved(qtbot, window, repo, monkeypatch):
    client_id, form = open_on_record(window, repo, probation_client("Rosa Testmartinez", event="Saturday Clinic 2026-11-22"))
    qtbot.keyClicks(window.client_view.record.person.phone, "213-555-0100")
    asked = []
    monkeypatch.setattr("ui.tasks.ask_print_or_save", lambda _parent, event, **_k: asked.append((event, repo.get_client(client_id).phone)))
    window.print_event_action.trigger()
    assert asked == [("Saturday Clinic 2026-11-22", "213-555-0100")]
