"""B148-03: on Friday the paralegal chose Saturday's event in the Event filter and made its
filing worksheets (Caseload > Filing worksheets for the N clients shown: the window has no
worksheet batch of an event) and its handouts the same way: they were saved in
"worksheets-2026-12-11" and "handouts-2026-12-11", Friday's date and nothing of the event the
volunteer would look for on Saturday.  With an event chosen in the Event filter, the folder is
named after it too ("worksheets-Saturday-Fair-2026-12-11"); with Any event, by the day as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _saved_in(qtbot, window, monkeypatch, tmp_path, action) -> list[str]:
    """`action` triggered, `tmp_path` chosen: the folders the batch wrote into there."""
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    monkeypatch.setattr("ui.tasks.ask_print_or_save", lambda *a, **k: "save")
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    return sorted(p.name for p in tmp_path.iterdir() if any(p.glob("*.pdf")))


def _caseload(repo, window) -> None:
    repo.set_setting("clinic_phone", "(213) 555-0100")
    repo.add_client(probation_client("Ana Abad", event="Saturday Fair"))
    repo.add_client(probation_client("Beto Baca", event="Saturday Fair", case_number="BA100002"))
    repo.add_client(probation_client("Ciro Cano", event="Pomona 2026-11", case_number="BA100003"))
    window.load()


def test_b148_03_an_events_worksheets_from_the_list_are_in_a_folder_named_after_it(qtbot, window, repo, monkeypatch, tmp_path):
    _caseload(repo, window)
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("Saturday Fair"))
    assert window.caseload.model.rowCount() == 2
    day = TODAY.isoformat()
    assert _saved_in(qtbot, window, monkeypatch, tmp_path, window.shown_worksheets_action) == [f"worksheets-Saturday-Fair-{day}"]
    assert _saved_in(qtbot, window, monkeypatch, tmp_path, window.shown_handouts_action) == [
        f"handouts-Saturday-Fair-{day}", f"worksheets-Saturday-Fair-{day}"]


def test_b148_03_with_any_event_the_folder_is_named_by_the_day_as_before(qtbot, window, repo, monkeypatch, tmp_path):
    _caseload(repo, window)
    assert window.caseload.event.currentData() is None
    assert _saved_in(qtbot, window, monkeypatch, tmp_path, window.shown_worksheets_action) == [f"worksheets-{TODAY.isoformat()}"]
