"""N66: a caseload made by an older Clinic Desk is backed up, then updated, as it is opened: a busy
clinic's (20,000 clients, 1 GB) took 11-12 s once, with the window frozen (blank at the start,
unanswering at File > Open caseload) and nothing said, and a paralegal could take it for hung and
kill it.  Now a dialog says "Backing up the caseload before updating it..." then "Updating the
caseload (N of M)...", the window repaints meanwhile, and its close says why it waits instead of
closing.  A caseload with nothing to update opens with no dialog."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from db import migrations
from db.backup import backups_folder
from db.connection import BACKING_UP_SAID, open_caseload, schema_version, updating_said
from tests.older_caseload import UPDATING, older_caseload
from ui.opening import WAIT_SAID, UpdatingDialog


@pytest.fixture(autouse=True)
def _close_new_windows():
    from ui import main_window

    yield
    for new in list(main_window._open_windows):
        if isValid(new):
            new.close()
            new.deleteLater()
    main_window._open_windows.clear()


@pytest.fixture
def said(monkeypatch):
    """Each text the update dialog showed, with whether the dialog was on the screen then."""
    shown: list[tuple[str, bool]] = []
    real = UpdatingDialog.setLabelText

    def spy(dialog, text):
        real(dialog, text)
        shown.append((text, dialog.isVisible()))

    monkeypatch.setattr(UpdatingDialog, "setLabelText", spy)
    return shown


@pytest.fixture
def older(tmp_path):
    return older_caseload(tmp_path / "office" / "older.sqlite")


@pytest.fixture
def held_last_migration(older, monkeypatch):
    """The last migration (m017) waits, on the worker, until the test lets it go: the window is
    seen answering while the caseload `older` is being updated, not only before or after."""
    go = threading.Event()
    last = migrations.migrations._migrations[-1]
    real = last.fn

    def held(db):
        assert go.wait(30), "the test never let the update go on"
        real(db)

    monkeypatch.setattr(last, "fn", held)
    return go


def _dialogs() -> list[UpdatingDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, UpdatingDialog) and isValid(w) and w.isVisible()]


def test_n66_file_open_caseload_on_an_older_caseload_says_each_step_answers_meanwhile_and_opens_it(
        qtbot, window, older, monkeypatch, said, held_last_migration):
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(older), ""))
    seen = {"ticks": 0, "warning": None, "still_open": None}

    def while_updating():
        # Runs in the window's thread while the worker holds the last migration: the loop answers.
        # Counted only while it is held, and let go after a few: counted from the first tick, the
        # dialog could already be at (2 of 2) there on a busy machine, and one tick was all (R68-01).
        dialogs = _dialogs()
        if not dialogs or dialogs[0].labelText() != UPDATING[-1] or held_last_migration.is_set():
            return
        seen["ticks"] += 1
        dialog = dialogs[0]
        if seen["warning"] is None:
            dialog.close()  # the title bar's close
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
            seen["warning"] = [box.text() for box in boxes]
            seen["still_open"] = dialog.isVisible()
        elif seen["ticks"] >= 3:
            held_last_migration.set()

    ticking = QTimer()
    ticking.timeout.connect(while_updating)
    ticking.start(10)
    try:
        window.open_caseload_action.trigger()
    finally:
        ticking.stop()
        held_last_migration.set()
    qtbot.waitUntil(lambda: window.next_window is not None, timeout=20000)
    new = window.next_window
    qtbot.waitUntil(lambda: new.status.text().startswith("Caseload"), timeout=20000)
    assert {row.name for row in new.caseload.model.all_rows()} == {"Olga Older", "Osvaldo Older"}
    assert [text for text, _visible in said] == [BACKING_UP_SAID, *UPDATING]
    assert all(visible for _text, visible in said)
    assert seen["warning"] == [WAIT_SAID]  # closing it said why it waits...
    assert seen["still_open"] is True  # ...and did not close it
    assert seen["ticks"] >= 3  # the loop answered again and again while the update was held
    assert _dialogs() == []  # gone once opened
    assert schema_version(new.repo.db) == migrations.SCHEMA_VERSION
    made = [p.name for p in backups_folder(older).iterdir()]
    assert len(made) == 1 and made[0].startswith("older-before-migration-")


def test_n66_at_the_start_the_older_caseload_is_updated_behind_the_dialog_and_a_current_one_shows_none(qtbot, tmp_path, said):
    from ui.app import open_repository

    older = older_caseload(tmp_path / "older.sqlite")
    repo = open_repository(older, None, ask=True)  # no window yet: the dialog is the program's only one
    try:
        assert [text for text, _visible in said] == [BACKING_UP_SAID, *UPDATING]
        assert [client.name for client in repo.list_clients()] == ["Olga Older", "Osvaldo Older"]
        assert schema_version(repo.db) == migrations.SCHEMA_VERSION
    finally:
        repo.close()
    said.clear()
    repo = open_repository(older, None, ask=True)  # updated now: nothing to say
    repo.close()
    assert said == []
    assert _dialogs() == []


def test_n66_an_open_that_fails_says_the_same_error_as_before(qtbot, tmp_path):
    from db.errors import NotADatabase
    from ui.app import open_repository

    text = tmp_path / "notes.sqlite"
    text.write_text("not a caseload\n" * 50)
    with pytest.raises(NotADatabase) as raised:
        open_repository(text, None, ask=True)
    with pytest.raises(NotADatabase) as directly:
        open_caseload(text, create=False)
    assert str(raised.value) == str(directly.value)
    assert _dialogs() == []
