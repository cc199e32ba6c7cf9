"""A --db path where there is no caseload (a name typed wrong) is asked about before a new,
empty caseload is created there; the default location on first run is simply created (D22-03)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import CannotOpen
from ui import app as ui_app


def _answer(qtbot, button_text: str, seen: list) -> None:
    """Click `button_text` in the question once it shows (it is modal: the test waits in it)."""
    def click():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, click)
            return
        seen.append((box.text(), [b.text() for b in box.buttons()], box.defaultButton().text()))
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_a_path_with_no_caseload_is_asked_about_and_quitting_creates_nothing(qtbot, tmp_path):
    typo = tmp_path / "caseloda.sqlite"
    seen = []
    _answer(qtbot, "Quit", seen)
    assert ui_app.open_repository(typo, None, ask=True) is None  # run() then ends with status 1
    assert seen == [(f"There is no caseload at {typo}.", ["Quit", "Create new caseload"], "Quit")]
    assert not typo.exists() and list(tmp_path.iterdir()) == []


def test_asked_to_create_one_the_new_caseload_opens(qtbot, tmp_path):
    new = tmp_path / "event" / "new.sqlite"
    seen = []
    _answer(qtbot, "Create new caseload", seen)
    repo = ui_app.open_repository(new, None, ask=True)
    try:
        assert len(seen) == 1 and repo.count_clients() == 0 and new.is_file()
    finally:
        repo.close()


def test_the_default_caseload_on_first_run_is_created_without_a_question(qtbot, tmp_path, monkeypatch):
    default = tmp_path / "data" / "ClinicDesk" / "caseload.sqlite"
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: default)
    monkeypatch.setattr(ui_app, "ask_create_caseload", lambda path: pytest.fail(f"asked about {path}"))
    repo = ui_app.open_repository(default, None, ask=True)
    try:
        assert default.is_file() and repo.count_clients() == 0
    finally:
        repo.close()


def test_a_screenshot_of_a_missing_caseload_is_refused_not_made_of_a_new_one(tmp_path):
    with pytest.raises(CannotOpen, match="There is no caseload at"):
        ui_app.open_repository(tmp_path / "none.sqlite", None, ask=False)
    assert not (tmp_path / "none.sqlite").exists()
