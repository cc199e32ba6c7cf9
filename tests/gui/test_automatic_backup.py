"""Automatic backups: made when the window closes after the caseload changed, said in the
File menu, and a failed one said without keeping anyone from closing or losing an edit (D21-16)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from db.backup import KEEP_AUTOMATIC, automatic_backups, backup_rotating, verify
from db.connection import open_caseload
from db.errors import DiskFull
from db.repository import Repository
from tests.gui.conftest import TODAY, probation_client
from tests.gui.menus import menu

SECRET = "llave secreta"


def _caseload(path, passphrase=None) -> int:
    """A caseload with one client, changed long ago and backed up since."""
    repo = Repository(open_caseload(path, passphrase=passphrase), clock=lambda: datetime(2026, 1, 5, tzinfo=timezone.utc))
    with repo:
        client_id = repo.add_client(probation_client("Ciro Cerrado"))
        backup_rotating(repo.db)
    return client_id


def _window(qtbot, repo):
    from ui.main_window import MainWindow

    window = MainWindow(repo, today=TODAY)  # automatic backups on, as clinic-app starts it
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def _close(window) -> None:
    assert window.close() is True
    assert not window.isVisible()
    window.undo_stack.clear()  # as the window fixture does: its commands outlive no window


def _rename(window, client_id, name: str) -> None:
    """Type a new name in the open record, the field not yet left: closing saves it."""
    window.open_client(client_id)
    field = window.client_view.record.person.name
    field.setFocus()
    field.selectAll()
    field.insert(name)


def test_closing_after_an_edit_makes_a_verified_backup_and_closing_after_none_does_not(qtbot, tmp_path):
    path = tmp_path / "caseload.sqlite"
    client_id = _caseload(path)
    folder = tmp_path / "backups"
    first = automatic_backups(folder, path)
    assert len(first) == 1

    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        menu(window, "File").aboutToShow.emit()
        assert window.last_backup_action.text().startswith("Last automatic backup: ")
        assert str(folder) in window.last_backup_action.statusTip()
        _close(window)  # nothing changed: no backup pushing an older one out
    assert automatic_backups(folder, path) == first

    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        _rename(window, client_id, "Ciro Respaldado")
        _close(window)
    made = automatic_backups(folder, path)
    assert len(made) == 2 and made[0] == first[0]
    verify(made[-1])
    with Repository.open(made[-1], create=False) as copy:
        assert copy.get_client(client_id).name == "Ciro Respaldado"


def _full_disk(_db, target):
    raise DiskFull(f"The disk is full, so the backup {target} could not be written; the caseload itself is unchanged.", path=target)


def test_a_failed_automatic_backup_is_said_and_the_window_closes_with_the_edit_saved(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "caseload.sqlite"
    client_id = _caseload(path)

    monkeypatch.setattr("db.backup.backup_to", _full_disk)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        _rename(window, client_id, "Ciro Guardado")
        _close(window)
        assert len(warned) == 1
        assert warned[0].startswith("The automatic backup was not made. The disk is full")
        assert "Everything you saved is in the caseload itself" in warned[0]
        assert repo.get_client(client_id).name == "Ciro Guardado"
    assert len(automatic_backups(tmp_path / "backups", path)) == 1  # the old one is kept


def test_the_automatic_backup_of_an_encrypted_caseload_is_encrypted(qtbot, tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    from db.cipher import looks_encrypted

    path = tmp_path / "secret.sqlite"
    client_id = _caseload(path, passphrase=SECRET)
    with Repository.open(path, passphrase=SECRET) as repo:
        window = _window(qtbot, repo)
        _rename(window, client_id, "Ana Encriptada")
        _close(window)
    newest = automatic_backups(tmp_path / "backups", path)[-1]
    assert newest.name.startswith("secret-") and looks_encrypted(newest)
    assert newest.stat().st_mode & 0o777 == 0o600
    with Repository.open(newest, create=False, passphrase=SECRET) as copy:
        assert copy.get_client(client_id).name == "Ana Encriptada"


def test_a_backup_at_closing_that_ends_at_once_does_not_keep_the_window_waiting(qtbot, tmp_path, monkeypatch):
    """The window waited for the closing backup's signal, connected only after the backup had
    started: one that failed at once (a full disk) signalled no one, and closing hung for
    ever (D22-05).  Here the main thread is held until the backup has ended, as a busy
    machine may hold it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import ui.tasks

    path = tmp_path / "caseload.sqlite"
    client_id = _caseload(path)

    def full_disk(*_args, **_kwargs):
        raise DiskFull("The disk is full, so the backup could not be written; the caseload itself is unchanged.", path=path)

    monkeypatch.setattr("db.connection.open_caseload", full_disk)
    started = ui.tasks.run_with_progress

    def run_and_lag(*args, **kwargs):
        task, dialog = started(*args, **kwargs)
        task.finished.wait(10)
        return task, dialog

    monkeypatch.setattr(ui.tasks, "run_with_progress", run_and_lag)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    # On the old code: end the endless wait, so the test fails instead of hanging.  Whether
    # it had to is the check, not a time: "closed within 5 s" failed a slow, loaded machine
    # whose close was only slow (R27-02).
    rescued = []
    rescue = QTimer()
    rescue.setSingleShot(True)
    rescue.timeout.connect(lambda: rescued.append(True) or QApplication.instance().exit(0))
    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        _rename(window, client_id, "Ciro Pronto")
        rescue.start(60_000)
        _close(window)
        rescue.stop()
        assert not rescued, "closing waited for a backup that had already ended"
        assert len(warned) == 1 and "The disk is full" in warned[0]
        assert repo.get_client(client_id).name == "Ciro Pronto"


def test_a_window_left_open_backs_up_every_interval_after_a_change_and_not_without_one(qtbot, tmp_path, monkeypatch):
    """A clinic laptop left open for days backed up only when it closed (D22-02): now every
    hour (here 100 ms), on a worker, when the caseload changed since the newest backup."""
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "AUTOMATIC_BACKUP_EVERY_MS", 100)
    path = tmp_path / "caseload.sqlite"
    client_id = _caseload(path)
    folder = tmp_path / "backups"
    first = automatic_backups(folder, path)
    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        qtbot.wait(500)  # several intervals, nothing changed since the backup of January
        assert automatic_backups(folder, path) == first
        _rename(window, client_id, "Ciro Abierto")
        window.client_view.save()
        qtbot.waitUntil(lambda: len(automatic_backups(folder, path)) >= 2, timeout=10_000)
        assert window.isVisible()  # made while the window stays open and in use
        newest = automatic_backups(folder, path)[-1]
        verify(newest)
        with Repository.open(newest, create=False) as copy:
            assert copy.get_client(client_id).name == "Ciro Abierto"
        # Settled: no backup running, and the newest made after the change's second (the log
        # keeps whole seconds, so one made in that second is followed by another).  Waited
        # for, not slept for: a backup begun in the next second and still being written 1.5 s
        # after the change, as on a loaded machine, was counted late and failed the test (R27-03).
        qtbot.waitUntil(lambda: window._open_backup is None and not window._caseload_changed_since_backup(), timeout=10_000)
        settled = automatic_backups(folder, path)
        qtbot.wait(500)
        assert automatic_backups(folder, path) == settled  # no change since: no more backups
        assert 2 <= len(settled) <= KEEP_AUTOMATIC  # the same rotation as at closing
        _close(window)
    assert automatic_backups(folder, path) == settled  # nothing changed since: none at closing


def test_a_failed_backup_while_open_is_said_in_the_status_bar_without_a_dialog(qtbot, tmp_path, monkeypatch):
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "AUTOMATIC_BACKUP_EVERY_MS", 100)
    path = tmp_path / "caseload.sqlite"
    client_id = _caseload(path)

    monkeypatch.setattr("db.backup.backup_to", _full_disk)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        _rename(window, client_id, "Ciro Lleno")
        window.client_view.save()
        qtbot.waitUntil(lambda: window.status.text().startswith("The automatic backup was not made: The disk is full"), timeout=10_000)
        assert warned == [] and window.isVisible()
        assert "Everything you saved is in the caseload itself" in window.status.text()
        _close(window)  # the backup at closing fails too, and says so as before
    assert len(warned) == 1


def test_f63_04_a_failed_backup_while_open_is_announced_to_a_screen_reader(qtbot, tmp_path, monkeypatch, announcements):
    """The status line said the automatic backup was not made (the disk full), but only its
    text changed: a screen reader does not read a label changed away from the focus, and a
    volunteer using one went on typing into a caseload no longer backed up."""
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "AUTOMATIC_BACKUP_EVERY_MS", 100)
    path = tmp_path / "caseload.sqlite"
    client_id = _caseload(path)
    monkeypatch.setattr("db.backup.backup_to", _full_disk)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)
    with Repository.open(path) as repo:
        window = _window(qtbot, repo)
        _rename(window, client_id, "Ciro Lleno")
        window.client_view.save()
        try:
            qtbot.waitUntil(lambda: window.status.text().startswith("The automatic backup was not made"), timeout=10_000)
            assert window.status.text() in [said for _source, said, _how in announcements]
        finally:
            _close(window)
