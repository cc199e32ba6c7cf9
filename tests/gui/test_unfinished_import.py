"""W29-03: an import stopped half-way is said once when the caseload next opens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.db.test_import import import_killed_half_way
from tests.gui.conftest import TODAY, let_go

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_w29_03_the_window_says_once_that_the_import_did_not_finish(qtbot, repo, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    seen: list = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *_a: seen.append((parent, title, text))))

    import_killed_half_way(tmp_path / "caseload.sqlite", "/media/usb/event-day.jsonl", 4)
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.show()
    window.load()
    ((parent, title, text),) = seen
    assert (parent, title) == (window, "Import not finished")
    assert text.startswith("The import of /media/usb/event-day.jsonl (") and "by volunteer) did not finish" in text
    assert "with 4 clients to bring in" in text and "none of them was kept and nothing half-written is in the caseload" in text
    assert window.caseload.model.all_rows() == []  # whole: nothing half-written shows
    # Once: the window's next load, and the next window, say nothing.
    window.load()
    again = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(again)
    again.show()
    again.load()
    assert len(seen) == 1
    for each in (window, again):
        let_go(each, delete=False)


def test_w29_04_the_window_says_once_that_a_restore_did_not_finish(qtbot, tmp_path, monkeypatch):
    from db.repository import Repository
    from tests.db.test_killed import clinic_app, killed_at
    from ui.main_window import MainWindow

    path, backup = tmp_path / "clinic" / "caseload.sqlite", tmp_path / "friday.sqlite"
    assert clinic_app("demo", "--db", str(path), "--clients", "3").returncode == 0
    assert clinic_app("backup", "--db", str(path), "--to", str(backup)).returncode == 0
    killed_at("db.repository:Repository._audit", "before", 1, "restore", str(backup), "--db", str(path))
    seen: list = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *_a: seen.append((parent, title, text))))
    repo = Repository.open(path, create=False, user="paralegal")
    try:
        windows = []
        for _ in range(2):  # the second window says nothing: said once
            window = MainWindow(repo, path, today=TODAY, automatic_backups=False)
            qtbot.addWidget(window)
            window.show()
            window.load()
            windows.append(window)
        ((parent, title, text),) = seen
        assert (parent, title) == (windows[0], "Restore not finished")
        assert text.startswith(f"A restore from the backup {backup} (") and "by volunteer-1) did not finish" in text
        assert [e.action for e in repo.history() if e.entity == "caseload"] == ["restore not finished"]
        for each in windows:
            let_go(each, delete=False)
    finally:
        repo.close()


def test_a_list_read_for_a_window_closed_meanwhile_is_let_go(qtbot, repo):
    """The list read ends after the window was closed (File > Open caseload replaced it, its
    caseload closed): it was shown all the same, and on a first load it asked the closed
    caseload about unfinished imports and raised; the traceback kept the replaced window in
    memory (seen in test_open_caseload under load)."""
    from clinic_app.eligibility import RULES_VERSION
    from tests.gui.conftest import probation_client
    from ui.main_window import MainWindow
    from ui.models.caseload_model import person_keys

    repo.add_client(probation_client("Rita Read"))
    rows = repo.list_clients()
    read = (rows, repo.screening_counts(RULES_VERSION, TODAY), person_keys(rows))
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.show()
    window.close()
    repo.close()
    window._rows_read(read)  # as the worker's queued signal delivers it, after the close
    assert window.caseload.model.all_rows() == []
    let_go(window, delete=False)
