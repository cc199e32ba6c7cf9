"""W24C-01: File > Open caseload and File > Open demo caseload, in the window (no terminal)."""

from __future__ import annotations

import gc
import sqlite3
import weakref
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from db.repository import Repository
from tests.gui.conftest import probation_client, type_over


@pytest.fixture
def other_caseload(tmp_path):
    path = tmp_path / "usb" / "event-laptop.sqlite"
    path.parent.mkdir()
    with Repository.open(path) as other:
        other.add_client(probation_client("Usb Client"))
    return path


def _choose(monkeypatch, path) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(path) if path else "", ""))


@pytest.fixture(autouse=True)
def _close_new_windows():
    """The windows a test opened by File > Open caseload are closed at its end, those still
    there (a window replaced in turn is deleted: pytest-qt's own closing would find it gone)."""
    from ui import main_window

    yield
    for new in list(main_window._open_windows):
        if isValid(new):
            new.close()
            new.deleteLater()
    main_window._open_windows.clear()


def _new_window(qtbot, window):
    qtbot.waitUntil(lambda: window.next_window is not None, timeout=20000)  # the demo is filled on a worker first
    new = window.next_window
    qtbot.waitUntil(lambda: new.caseload.model.all_rows() != [] or new.status.text().startswith("Caseload"), timeout=20000)
    qtbot.waitUntil(lambda: new.status.text().startswith("Caseload"), timeout=20000)
    return new


def _rename_desk_client(qtbot, window, repo) -> int:
    """A client of this caseload, open, its name typed over (the field not left yet)."""
    client_id = repo.add_client(probation_client("Desk Client"))
    window.load()
    window.open_client(client_id)
    name = window.client_view.record.person.name
    type_over(qtbot, name, "Desk Client Renamed")
    return client_id


def _names(window) -> set[str]:
    return {row.name for row in window.caseload.model.all_rows()}


def test_open_caseload_shows_the_other_caseload_in_a_new_window_and_closes_this_one(qtbot, window, repo, other_caseload, monkeypatch):
    _rename_desk_client(qtbot, window, repo)
    window.save_current()
    assert window.undo_stack.count() >= 1  # an undo step in this caseload's history
    _choose(monkeypatch, other_caseload)
    window.open_caseload_action.trigger()
    new = _new_window(qtbot, window)
    assert _names(new) == {"Usb Client"}
    assert new.windowTitle() == "Clinic Desk: event-laptop.sqlite"
    assert new.isVisible()
    qtbot.waitUntil(lambda: not isValid(window))  # closed and deleted (W25-01)
    assert new.undo_stack.count() == 0  # undo does not reach the other caseload
    with pytest.raises(sqlite3.ProgrammingError):
        repo.count_clients()  # the old caseload is closed
    assert new.repo.count_clients() == 1
    new.close()
    with pytest.raises(sqlite3.ProgrammingError):
        new.repo.count_clients()  # and the new one when its window closes


def test_the_window_a_caseload_replaces_is_deleted_with_its_timers_and_the_new_one_stays(qtbot, repo, other_caseload, monkeypatch):
    """W25-01: File > Open caseload closed the window it replaced but never deleted it: hidden,
    it stayed in memory with its list, its client page and its hourly backup timer, one
    more for every caseload opened.  It is deleted now, and the new window, which nothing
    but the old one had held, is kept until it is closed."""
    from tests.gui.conftest import TODAY
    from ui.main_window import MainWindow

    old = MainWindow(repo, today=TODAY)  # automatic backups on, as clinic-app starts it
    old.show()
    timer = old._backup_timer
    assert timer.isActive()
    gone = []
    old.destroyed.connect(lambda: gone.append("window"))
    timer.destroyed.connect(lambda: gone.append("timer"))
    _choose(monkeypatch, other_caseload)
    old.open_caseload_action.trigger()
    new = _new_window(qtbot, old)
    qtbot.waitUntil(lambda: not isValid(old))
    assert sorted(gone) == ["timer", "window"]
    with pytest.raises(sqlite3.ProgrammingError):
        repo.count_clients()  # its caseload closed
    # Nothing holds the old window's list and client page any more.
    held = weakref.ref(old.caseload)
    del old
    gc.collect()
    assert held() is None
    assert isValid(new) and new.isVisible() and _names(new) == {"Usb Client"}


def test_cancel_in_the_file_dialog_changes_nothing(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(probation_client("Desk Client"))
    window.load()
    window.open_client(client_id)
    _choose(monkeypatch, None)
    window.open_caseload_action.trigger()
    assert window.next_window is None and window.isVisible()
    assert window.pages.currentWidget() is window.client_view and window.client_view.client.id == client_id
    assert repo.count_clients() == 1


def test_an_edit_typed_in_the_open_record_is_saved_before_the_other_caseload_opens(qtbot, window, repo, other_caseload, monkeypatch):
    client_id = _rename_desk_client(qtbot, window, repo)  # the field not left
    _choose(monkeypatch, other_caseload)
    window.open_caseload_action.trigger()
    _new_window(qtbot, window)
    db_path = window.db_path
    with Repository.open(db_path) as again:
        assert again.get_client(client_id).name == "Desk Client Renamed"


def test_an_edit_that_cannot_be_saved_is_asked_about_and_staying_keeps_everything(qtbot, window, repo, other_caseload, monkeypatch):
    client_id = repo.add_client(probation_client("Desk Client"))
    window.load()
    window.open_client(client_id)
    end = window.client_view.record.case_form.probation_end
    type_over(qtbot, end, "2025-02-30")
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, _problem, where: asked.append(where) or False)
    _choose(monkeypatch, other_caseload)
    window.open_caseload_action.trigger()
    assert asked == ["open another caseload"]
    assert window.next_window is None and window.isVisible() and end.text() == "2025-02-30"
    assert repo.count_clients() == 1


def test_a_file_that_is_not_a_caseload_says_so_and_keeps_this_one(qtbot, window, repo, tmp_path, monkeypatch):
    # Another program's database.
    bad = tmp_path / "notes.db"
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = bad.read_bytes()
    repo.add_client(probation_client("Desk Client"))
    window.load()
    said = []
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append(str(error)))
    _choose(monkeypatch, bad)
    window.open_caseload_action.trigger()
    assert len(said) == 1 and "notes.db" in said[0]
    assert window.next_window is None and window.isVisible()
    assert window.windowTitle() == "Clinic Desk: caseload.sqlite"  # a real caseload: nothing added
    assert repo.count_clients() == 1
    assert bad.read_bytes() == before  # no caseload tables added to it


@pytest.mark.parametrize("content", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 4080, b"Pomona fair: names and phones\n" * 40])
def test_a_file_that_is_not_sqlite_at_all_says_so_and_asks_no_passphrase(qtbot, window, repo, tmp_path, monkeypatch, content):
    """W25-02: a PDF or a text file chosen in File > Open caseload was taken as an encrypted
    caseload: its passphrase was asked, and every one typed was "wrong"."""
    bad = tmp_path / "handout.pdf"
    bad.write_bytes(content)
    repo.add_client(probation_client("Desk Client"))
    window.load()
    said, asked = [], []
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append(str(error)))
    monkeypatch.setattr("ui.passphrase_dialog.ask_and_open", lambda path, _open_with, parent=None: asked.append(path))
    _choose(monkeypatch, bad)
    window.open_caseload_action.trigger()
    assert asked == []
    assert said == [f"{bad} is not a Clinic Desk caseload: choose another file."]
    assert window.next_window is None and window.isVisible() and repo.count_clients() == 1
    assert bad.read_bytes() == content


def test_at_start_a_file_that_is_not_sqlite_at_all_is_said_plainly_and_asks_no_passphrase(tmp_path, monkeypatch):
    # W25-02 at start (clinic-app --db handout.pdf): ui.app.run shows the error and ends.
    from db.errors import NotADatabase
    from ui import app as ui_app

    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"Pomona fair: names and phones\n" * 40)
    asked = []
    monkeypatch.setattr("ui.passphrase_dialog.ask_and_open", lambda path, _open_with, parent=None: asked.append(path))
    with pytest.raises(NotADatabase, match="notes.txt is not a Clinic Desk caseload"):
        ui_app.open_repository(bad, None, ask=True)
    assert asked == []


def test_an_encrypted_caseload_asks_its_passphrase_and_giving_up_keeps_this_one(qtbot, window, repo, tmp_path, monkeypatch):
    locked = tmp_path / "locked.sqlite"
    locked.write_bytes(b"\x00" * 4096)
    monkeypatch.setattr("db.cipher.looks_encrypted", lambda path: path == locked)
    asked = []
    monkeypatch.setattr("ui.passphrase_dialog.ask_and_open", lambda path, _open_with, parent=None, **_k: asked.append(path))
    _choose(monkeypatch, locked)
    window.open_caseload_action.trigger()
    assert asked == [locked]
    assert window.next_window is None and window.isVisible()
    assert repo.count_clients() == 0


def test_open_demo_caseload_fills_an_empty_demo_and_opens_it(qtbot, window, repo, tmp_path, monkeypatch):
    demo = tmp_path / "data" / "demo.sqlite"
    monkeypatch.setattr("db.connection.default_demo_path", lambda: demo)
    window.open_demo_action.trigger()
    new = _new_window(qtbot, window)
    assert len(new.caseload.model.all_rows()) == 200
    assert all(row.best is not None for row in new.caseload.model.all_rows())  # screened
    # Said as made up, not by the file name alone: a volunteer could take real walk-ins into it (U42).
    assert new.windowTitle() == "Clinic Desk: demo.sqlite (demo: made-up clients, not for real ones)"
    assert new.status.text().startswith("Caseload demo.sqlite (demo: made-up clients, not for real ones): 200 clients")
    assert QApplication.overrideCursor() is None  # the wait cursor is gone
    # Opened again from that window, the demo is not filled a second time.
    new.open_demo_action.trigger()
    newer = _new_window(qtbot, new)
    assert len(newer.caseload.model.all_rows()) == 200
    qtbot.waitUntil(lambda: not isValid(new))  # each window replaced is deleted (W25-01)


def test_open_demo_caseload_fills_it_off_the_window_s_thread_behind_a_progress_dialog(qtbot, window, repo, tmp_path, monkeypatch):
    """W25-03: the demo caseload was filled on the window's thread (about two seconds, a wait
    cursor): the window went unpainted and looked hung.  It is filled on a worker now, while
    a progress dialog says so and the window answers."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from db import demo_caseload

    demo = tmp_path / "data" / "demo.sqlite"
    monkeypatch.setattr("db.connection.default_demo_path", lambda: demo)
    real_fill = demo_caseload.fill_demo_if_empty
    threads, go_on = [], threading.Event()

    def fill(*args, **kwargs):
        threads.append(threading.current_thread())
        assert go_on.wait(20)  # until the test has seen the window answer meanwhile
        return real_fill(*args, **kwargs)

    monkeypatch.setattr(demo_caseload, "fill_demo_if_empty", fill)
    window.open_demo_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)))
    (progress,) = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert progress.labelText().startswith("Opening the demo caseload")
    assert QApplication.overrideCursor() is None  # no wait cursor over a window that is not painted
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    assert threads[0] is not threading.main_thread()
    answered = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: answered.append(True))  # the window's event loop runs meanwhile
    qtbot.waitUntil(lambda: bool(answered))
    assert window.next_window is None  # not opened before it is filled
    go_on.set()
    new = _new_window(qtbot, window)
    assert len(new.caseload.model.all_rows()) == 200


def test_the_first_window_clinic_app_opened_is_let_go_once_another_caseload_replaces_it(qtbot, repo, other_caseload, monkeypatch):
    """W25-01 from the start: ui.app.run held the first window until the program ended, so
    once replaced (and deleted) its list and client page stayed in memory all the same."""
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app
    from ui import main_window

    db_path = Path(repo.path)
    repo.close()  # run() opens the caseload itself
    monkeypatch.setattr("ui.app.make_app", QApplication.instance)  # the test session's names and theme
    monkeypatch.setattr("ui.crash.install_excepthook", lambda **_k: None)
    _choose(monkeypatch, other_caseload)
    seen = {}

    def exec_(_app=None):
        (first,) = main_window._open_windows
        seen["list"] = weakref.ref(first.caseload)
        first.open_caseload_action.trigger()
        seen["new"] = _new_window(qtbot, first)  # its list read
        qtbot.waitUntil(lambda: not isValid(first))
        del first
        gc.collect()
        seen["gone"] = seen["list"]() is None
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert ui_app.run(db_path) == 0
    assert seen["gone"]
    assert isValid(seen["new"]) and _names(seen["new"]) == {"Usb Client"}


def test_started_on_a_file_that_is_no_caseload_it_says_how_to_start_on_another(tmp_path, monkeypatch, capsys):
    """F25-04: started on a PDF, the program said "choose another file" and ended, with
    nothing to choose from; it now says how to start on a caseload, and ends changing nothing."""
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app

    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"0" * 3000)
    before = pdf.read_bytes()
    said = []
    monkeypatch.setattr("ui.app.make_app", QApplication.instance)
    monkeypatch.setattr("ui.crash.install_excepthook", lambda **_k: None)
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append(str(error)))
    assert ui_app.run(pdf) == 1
    assert said == [f"{pdf} is not a Clinic Desk caseload. Start Clinic Desk on a caseload file (clinic-app --db PATH), "
                    "or with no --db for the clinic's own caseload."]
    assert "choose another file" not in capsys.readouterr().err
    assert pdf.read_bytes() == before


def test_r43_05_the_title_says_made_up_clients_while_the_caseload_holds_them(qtbot, window, repo):
    """U42 said "(demo: made-up clients ...)" in the title from what the caseload held when the
    window opened, and never again: a volunteer who deleted the demo's clients to take real
    walk-ins was still told they were made up, and made-up clients added since (`clinic-app
    demo --mix`) were not said.  It is said as the caseload is each time its list is read."""
    from clinic_app.demo import generate_clients
    from db.demo_caseload import add_synthetic
    from ui.main_window import MADE_UP

    made_up = add_synthetic(repo, generate_clients(2, seed=0))
    window.load()
    assert window.windowTitle().endswith(MADE_UP) and MADE_UP in window.status.text()
    for client_id in made_up:
        repo.delete_client(client_id)
    window.load()
    assert MADE_UP not in window.windowTitle() and MADE_UP not in window.status.text()
