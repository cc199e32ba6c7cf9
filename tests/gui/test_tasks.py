"""Long work off the UI thread: the whole-caseload re-screen with progress and cancel."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton
from shiboken6 import isValid

from clinic_app.demo import generate_clients
from tests.gui.conftest import TODAY, probation_client
from tests.gui.menus import menu
from ui.tasks import rescreen_caseload


@pytest.fixture(scope="module")
def demo_clients_stored(tmp_path_factory, new_caseload_made):
    """`stored(repo, count, seed)`: the caseload `repo` as `repo.add_clients(generate_clients(count,
    seed=seed))` leaves a new one, its clients stored once a test process and copied in whole by
    SQLite's backup.  Three tests stored the same 3,000 demo clients and two the same 1,010, each
    ~0.7 s of CPU for 3,000 (T191-04); the copy is the same caseload, row for row."""
    import shutil
    import sqlite3

    from db.repository import Repository

    made: dict[tuple[int, int], Path] = {}

    def stored(repo, count: int, seed: int) -> None:
        if (count, seed) not in made:
            path = tmp_path_factory.mktemp(f"demo-{count}-{seed}") / "caseload.sqlite"
            with Repository.open(shutil.copy(new_caseload_made, path), user="paralegal-test") as making:
                making.add_clients(generate_clients(count, seed=seed))
            made[count, seed] = path
        source = sqlite3.connect(made[count, seed])
        try:
            source.backup(repo.db.conn)
        finally:
            source.close()

    return stored


def _screened_clients(repo) -> int:
    return repo.db.conn.execute("SELECT COUNT(DISTINCT client_id) FROM screenings").fetchone()[0]


def _rescreen_nora_from_the_menu(qtbot, window, repo, monkeypatch) -> int:
    """A client on probation until 2027-03-02 in the caseload, re-screened from the menu as of
    2027-04-01 and the list read again; her number."""
    from ui import tasks

    client_id = repo.add_client(probation_client("Nora Next-March", probation_end=date(2027, 3, 2)))
    window.load()
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: date(2027, 4, 1))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    return client_id


def test_rescreen_runs_in_the_background_with_progress(qtbot, window, repo):
    repo.add_clients(generate_clients(1200, seed=3))
    window.load()
    ticks = []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(1))  # the UI thread keeps running while the work runs
    timer.start()
    finished = []
    task, dialog = rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append)
    values = []
    dialog.canceled.connect(lambda: values.append("cancelled"))
    task.signals.progress.connect(lambda done, total, _text: values.append((done, total)))
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    timer.stop()
    assert finished == [1200]
    assert _screened_clients(repo) == 1200
    assert values and values[-1] == (1200, 1200) and "cancelled" not in values
    assert len(ticks) > 3
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted) when done


def test_rescreen_can_be_cancelled(qtbot, window, repo, demo_clients_stored):
    demo_clients_stored(repo, 3000, seed=4)
    cancelled = []
    finished = []
    task, dialog = rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append,
                                     on_cancelled=lambda: cancelled.append(True))
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    # Press Cancel as soon as the first batch is reported.
    task.signals.progress.connect(lambda done, _total, _text: done and cancel_button.click())
    qtbot.waitUntil(lambda: bool(cancelled or finished), timeout=60_000)
    assert not finished
    assert 0 < _screened_clients(repo) < 3000  # the batches before Cancel are kept, whole
    assert task.finished.wait(60)  # its worker processes are stopped first


def test_screenshot_mode_writes_a_png(tmp_path):
    from db.repository import Repository
    from tests.gui.conftest import probation_client

    db = tmp_path / "shot.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(probation_client("Sam Screenshot"))
    png = tmp_path / "window.png"
    root = Path(__file__).resolve().parents[2]
    code = "import sys; from pathlib import Path; from ui.app import run; sys.exit(run(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))"
    done = subprocess.run([sys.executable, "-c", code, str(db), str(png)], cwd=root, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 600
    assert date.today()  # the screenshot used the real clock: nothing to pin here


def test_rescreen_menu_asks_the_date_and_refreshes_the_list(qtbot, window, repo, monkeypatch):
    from tests.gui.conftest import probation_client
    from ui import tasks

    client_id = repo.add_client(probation_client("Nora Next-March", probation_end=date(2027, 3, 2)))
    window.load()
    assert window.caseload.model.row_at(0).best is None  # never screened
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: date(2027, 4, 1))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    assert repo.latest_screening(client_id).as_of == date(2027, 4, 1)
    assert window.caseload.model.row_at(0).best == "eligible_now"


def test_the_status_bar_offers_a_re_screen_after_the_rules_changed(qtbot, window, repo, monkeypatch):
    """A caseload screened by an older version's rules shows those answers in the list until
    it is screened again: the status bar says how many and offers the re-screen."""
    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.model import ClientSummary, Screening
    from tests.gui.conftest import probation_client
    from ui import tasks

    ids = [repo.add_client(probation_client(name, case_number=f"BA{i}")) for i, name in enumerate(("Old One", "Old Two", "Current"))]
    for client_id in ids[:2]:
        repo.store_screening(client_id, Screening(as_of=TODAY, rules_version="2026.01"), "old-facts", ClientSummary(best="blocked"))
    repo.store_screening(ids[2], Screening(as_of=TODAY, rules_version=RULES_VERSION), "facts", ClientSummary(best="blocked"))
    window.load()
    assert window.status.text() == "Caseload caseload.sqlite: 3 clients; 2 clients screened by older rules, whose answers may have changed"
    assert window.rescreen_button.isVisibleTo(window)
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: TODAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        qtbot.mouseClick(window.rescreen_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Caseload caseload.sqlite: 3 clients"
    assert not window.rescreen_button.isVisibleTo(window)
    assert {repo.latest_screening(i).rules_version for i in ids} == {RULES_VERSION}


def test_the_window_re_screens_with_forkserver_workers_never_fork(qtbot, window, repo, monkeypatch, demo_clients_stored):
    """fork is unsafe in a process running Qt's threads: the window's re-screen starts its
    worker processes with forkserver, from the task's own (Qt pool) thread."""
    import db.rescreen as rescreen
    from db.rescreen import RANGE_SIZE

    seen = []
    real = rescreen.start_method
    monkeypatch.setattr(rescreen, "start_method", lambda: seen.append(real()) or seen[-1])
    monkeypatch.setattr(rescreen, "usable_cores", lambda: 2)
    demo_clients_stored(repo, 2 * RANGE_SIZE + 10, seed=5)
    finished = []
    rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    assert seen == ["forkserver"] and finished == [2 * RANGE_SIZE + 10]
    assert _screened_clients(repo) == 2 * RANGE_SIZE + 10


def test_the_window_refuses_a_re_screen_once_the_program_was_updated(qtbot, window, repo, monkeypatch, demo_clients_stored):
    """V28-05: the program's files replaced while the window is open (here: the window's
    stamp of its code is an older program's).  The forkserver workers run the code on disk;
    they now refuse, and the window says to restart, storing nothing."""
    import db.rescreen as rescreen
    from PySide6.QtWidgets import QMessageBox

    from clinic_app import running_code
    from db.rescreen import RANGE_SIZE

    monkeypatch.setattr(running_code, "_started_with", "the code of an older Clinic Desk")
    monkeypatch.setattr(rescreen, "usable_cores", lambda: 2)
    demo_clients_stored(repo, 2 * RANGE_SIZE + 10, seed=5)
    warned, finished = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(warned), timeout=120_000)
    assert warned == ["Clinic Desk was updated while it was running: restart it, then re-screen. This re-screen was "
                      "stopped: the new program's answers would have been mixed with the old one's."]
    assert finished == [] and _screened_clients(repo) == 0


def test_the_status_bar_says_when_dates_in_the_list_have_come_and_offers_a_re_screen(qtbot, window, repo):
    """Store check S18-01: "Eligible on ..." stayed in the list after the day came, and
    nothing said so."""
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize
    from tests.gui.conftest import probation_client

    client_id = repo.add_client(probation_client("Pia Passed", probation_end=TODAY - timedelta(days=10)))
    client = repo.get_client(client_id)
    earlier = TODAY - timedelta(days=60)
    screening = screen(client.person, client.cases, earlier)
    repo.store_screening(client_id, screening, facts_hash(client.person, client.cases), summarize(client, screening, earlier))
    window.load()
    assert window.status.text().endswith("; 1 client whose date has come since the last screening")
    assert window.rescreen_button.isVisibleTo(window)
    window.open_client(client_id)  # screened as of today, and stored: the line is current again
    assert "whose date has come" not in window.status.text()
    # Left open for months: back on the caseload page, the count follows the day (G18-06).
    other = repo.add_client(probation_client("Quin Later", probation_end=TODAY + timedelta(days=30), case_number="BA7"))
    later = repo.get_client(other)
    screening = screen(later.person, later.cases, TODAY)
    repo.store_screening(other, screening, facts_hash(later.person, later.cases), summarize(later, screening, TODAY))
    window.load()
    assert "whose date has come" not in window.status.text()
    window._fixed_today = TODAY + timedelta(days=60)
    window.show_caseload()
    assert "1 client whose date has come since the last screening" in window.status.text()


def test_a_caseload_screened_for_a_later_day_says_so_and_opening_a_client_keeps_it(qtbot, window, repo):
    """Store check S18-02: after a re-screen for a day to plan for, the list spoke for that
    day without a word, and opening one client quietly put its line back to today."""
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize
    from tests.gui.conftest import probation_client

    client_id = repo.add_client(probation_client("Paz Planned", probation_end=TODAY + timedelta(days=100)))
    client = repo.get_client(client_id)
    plan = date(2028, 1, 1)
    screening = screen(client.person, client.cases, plan)
    repo.store_screening(client_id, screening, facts_hash(client.person, client.cases), summarize(client, screening, plan))
    window.load()
    assert "1 client shown as of 2028-01-01 (planning), not today" in window.status.text()
    assert window.rescreen_button.isVisibleTo(window)
    window.open_client(client_id)
    assert repo.newest_screening_key(client_id)[2] == plan  # the planning line stays
    assert window.client_view.eligibility.as_of_date() == TODAY  # the tab speaks for today


def test_a_re_screen_stores_no_copy_of_a_current_result_and_refreshes_the_open_client(qtbot, window, repo, monkeypatch):
    # GUI check G18-08: a whole-caseload re-screen stored a second copy of the result the
    # open client already had (pushing an older one out of the five kept), and the open
    # client's "Showing" list kept offering the stale result until the client was reopened.
    from clinic_app.eligibility import RULES_VERSION, facts_hash, screen
    from clinic_app.summary import summarize
    from tests.gui.conftest import probation_client
    from ui import tasks

    stale_id, current_id = (repo.add_client(probation_client(name, case_number=f"BA{i}")) for i, name in enumerate(("Sid Stale", "Cora Current")))
    stale = repo.get_client(stale_id)
    old = screen(stale.person, stale.cases, TODAY)
    old.rules_version = "2026.01.01"
    repo.store_screening(stale_id, old, facts_hash(stale.person, stale.cases), summarize(stale, old, TODAY))
    window.load()
    window.open_client(current_id)  # stores today's result of Cora's
    assert len(repo.stored_screenings(current_id)) == 1
    window.open_client(stale_id)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    with repo.db.conn:  # committed, or the re-screen's worker would wait on this write lock
        repo.db.conn.execute("DELETE FROM screenings WHERE client_id = ? AND rules_version = ?", (stale_id, RULES_VERSION))
    window.client_view.results_stored()
    assert [panel.showing.itemText(i).startswith("Out of date") for i in range(1, panel.showing.count())] == [True]

    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: TODAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    assert len(repo.stored_screenings(current_id)) == 1  # the same result, not stored again
    assert [s.rules_version for s in repo.stored_screenings(stale_id)] == [RULES_VERSION, "2026.01.01"]
    items = [panel.showing.itemText(i) for i in range(1, panel.showing.count())]
    assert len(items) == 2 and items[0].startswith(f"stored result as of {TODAY.isoformat()}, rules {RULES_VERSION}")


def test_a_caseload_never_screened_says_so_and_offers_the_re_screen(qtbot, window, repo):
    # Keyboard check K20-13: every line said "Not screened", every count was 0, and the
    # status bar neither said it nor showed "Re-screen now".
    repo.add_client(probation_client("Nadia Nunca"))
    repo.add_client(probation_client("Nico Nunca", case_number="LA9"))
    window.load()
    assert "2 clients not screened yet" in window.status.text()
    assert window.rescreen_button.isVisibleTo(window)


def test_a_re_screen_cancelled_from_the_menu_shows_the_results_it_stored(qtbot, window, repo, monkeypatch, demo_clients_stored):
    """W23-07: Cancel keeps the ranges of clients already screened, but the list was read
    again only when the re-screen finished: after Cancel it went on saying "Not screened"
    (and "3,000 clients not screened yet") for clients whose results were stored."""
    from PySide6.QtWidgets import QProgressDialog

    from ui import tasks

    demo_clients_stored(repo, 3000, seed=4)
    window.load()
    assert "3,000 clients not screened yet" in window.status.text()
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: TODAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
        dialog = window.findChild(QProgressDialog)
        qtbot.waitUntil(lambda: dialog.value() > 0, timeout=60_000)  # the first range is stored
        dialog.findChild(QPushButton).click()
    stored = _screened_clients(repo)
    assert 0 < stored < 3000
    rows = window.caseload.model.all_rows()
    assert sum(1 for row in rows if row.best is not None) == stored
    assert f"{3000 - stored:,} clients not screened yet" in window.status.text()


def test_the_client_chosen_in_the_list_stays_chosen_after_a_re_screen(qtbot, window, repo, monkeypatch):
    """W23-09: the re-screen reads the list again when it ends; the client chosen was no
    longer chosen (the arrow keys started over at the top, Delete client asked for one)."""
    from ui import tasks
    from ui.models.caseload_model import COL_BEST

    repo.add_clients(generate_clients(300, seed=3))
    window.load()
    view = window.caseload
    view.table.sortByColumn(COL_BEST, Qt.SortOrder.AscendingOrder)
    chosen = view.proxy.client_id(150)
    view.select_client(chosen)
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: TODAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    assert view.model.row_at(0).best is not None  # the list shows the new results
    assert view.selected_client_id() == chosen
    assert view.table.currentIndex().row() == view.model.row_of_client(chosen)


def test_a_re_screen_in_the_window_keeps_the_caseload_as_it_was_before(qtbot, window, repo, monkeypatch):
    """D23-16: `clinic-app rescreen` keeps a copy of the caseload before it replaces every
    client's answers; Caseload > Re-screen made none.  It makes the same copy now (on the
    worker), and the status bar names it with the result."""
    from db.backup import before_change_backups
    from db.repository import Repository

    client_id = _rescreen_nora_from_the_menu(qtbot, window, repo, monkeypatch)
    (kept,) = before_change_backups(Path(repo.path).parent / "backups", repo.path, "rescreen")
    assert window.statusBar().currentMessage() == (
        f"Re-screened 1 client as of 2027-04-01. The caseload as it was before this re-screen is kept in {kept}.")
    assert repo.latest_screening(client_id).as_of == date(2027, 4, 1)
    with Repository.open(kept, create=False) as before:
        assert [c.name for c in before.iter_clients()] == ["Nora Next-March"]
        assert before.latest_screening(client_id) is None  # as it was: never screened


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_re_screen_result_stays_in_the_status_bar_when_a_menu_is_opened(qtbot, window, repo, monkeypatch):
    """W23C-02: the re-screen's result, naming the copy kept from before it (D23-16), stays
    30 s, but opening any menu (its status tips, one per item, an empty one on leaving it)
    took it off for good.  It comes back once the menu closes; a later message still takes
    its place, and after it the caseload's summary line is back."""
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    from ui import main_window

    _rescreen_nora_from_the_menu(qtbot, window, repo, monkeypatch)
    said = window.statusBar().currentMessage()
    assert said.startswith("Re-screened 1 client as of 2027-04-01. The caseload as it was before this re-screen is kept in ")

    file_menu = menu(window, "File")
    file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(file_menu)
    details = window.clinic_action  # "Clinic de&tails..." (W24-04)
    for _ in file_menu.actions():  # New client (no tip), Find client, ... Clinic details
        qtbot.keyClick(file_menu, Qt.Key.Key_Down)
        if file_menu.activeAction() is details:
            break
    assert window.statusBar().currentMessage() == details.statusTip() != ""
    qtbot.keyClick(file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file_menu.isVisible())
    assert window.statusBar().currentMessage() == said
    assert not window.status.isVisible()  # the summary line waits under it

    window.delete_client()  # nothing chosen: a later message takes its place
    assert window.statusBar().currentMessage() == "Choose a client in the list first."
    QApplication.sendEvent(window, QStatusTipEvent(""))  # as a menu closing sends
    assert window.statusBar().currentMessage() == ""  # not the older result again

    window.statusBar().clearMessage()  # as when its time is up
    assert window.status.isVisible()
    assert window.status.text() == "Caseload caseload.sqlite: 1 client; 1 client shown as of 2027-04-01 (planning), not today"
    assert main_window.RESCREEN_SAID_FOR_S == 30.0


def test_escape_on_the_progress_stops_the_re_screen_as_cancel_does(qtbot, window, repo, demo_clients_stored):
    """Escape on the shown progress cancels, as the Cancel button does (W24B-01's other side:
    Escape pressed before the dialog had its first events only hid it)."""
    demo_clients_stored(repo, 3000, seed=4)
    cancelled = []
    finished = []
    task, dialog = rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append,
                                     on_cancelled=lambda: cancelled.append(True))
    task.signals.progress.connect(lambda done, _total, _text: done and isValid(dialog) and dialog.isVisible()
                                  and qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.waitUntil(lambda: bool(cancelled or finished), timeout=60_000)
    assert cancelled and not finished
    assert 0 < _screened_clients(repo) < 3000
    assert task.finished.wait(60)


def test_escape_on_the_report_s_progress_shows_no_report_later(qtbot, window, repo, monkeypatch, demo_clients_stored):
    """Caseload > Report, Escape pressed at once (typed ahead, before the progress dialog had
    its first events): QProgressDialog only rejected, hiding itself without 'canceled', so the
    count went on unseen and its report popped up later (W24B-01; the hang of W24's script,
    whose next step waited behind that report).  Now the count stops and no report comes.
    Escape on the report itself closes it."""
    from ui import tasks
    from ui.report_dialog import ReportDialog

    demo_clients_stored(repo, 3000, seed=4)  # the re-screen tests' caseload, stored once a process
    window.load()
    shown = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: shown.append(self) or 0)
    task, dialog = tasks.report_dialog(window, window.db_path, None, window.today)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert task.finished.wait(30)
    qtbot.waitUntil(lambda: task not in tasks._running, timeout=10_000)
    qtbot.wait(50)
    assert shown == [] and task.ctx.cancelled
    assert not isValid(dialog) or not dialog.isVisible()

    # Without Escape the report shows, and Escape on it closes it.
    monkeypatch.undo()
    def press_escape_on_report() -> None:
        from PySide6.QtWidgets import QApplication

        report = QApplication.activeModalWidget()
        if not isinstance(report, ReportDialog):
            QTimer.singleShot(20, press_escape_on_report)
            return
        shown.append(report)
        qtbot.keyClick(report, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape_on_report)
    task, dialog = tasks.report_dialog(window, window.db_path, None, window.today)
    qtbot.waitUntil(lambda: task not in tasks._running, timeout=30_000)
    assert len(shown) == 1 and not shown[0].isVisible()


def test_closing_the_window_while_the_report_counts_stops_it_and_shows_no_report(qtbot, window, repo, monkeypatch):
    from ui import tasks
    from ui.report_dialog import ReportDialog

    import threading
    import time

    from db.repository import Repository

    repo.add_clients(generate_clients(30, seed=6))
    window.load()
    shown = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: shown.append(self) or 0)
    # The count stops half-way until the window's close cancels it: a count that finished
    # first (one quick query since P29B-04, on a busy machine) left nothing to stop.
    running, started = [], threading.Event()
    real = Repository.counted_screenings

    def half_way(self, event, language=None):
        for n, pair in enumerate(real(self, event, language)):
            if n == 15:
                started.set()
                deadline = time.monotonic() + 10
                while not (running and running[0].ctx.cancelled) and time.monotonic() < deadline:
                    time.sleep(0.01)
            yield pair

    monkeypatch.setattr(Repository, "counted_screenings", half_way)
    task, dialog = tasks.report_dialog(window, window.db_path, None, window.today)
    running.append(task)
    qtbot.waitUntil(started.is_set)
    assert window.close()
    assert task.finished.is_set() and task.ctx.cancelled
    qtbot.wait(100)
    assert shown == []


def test_the_re_screen_result_is_announced_to_a_screen_reader(qtbot, window, repo, monkeypatch, announcements):
    """W24B-03: the re-screen's result was only the status bar's message, whose change a
    screen reader does not read out: it is now also an accessibility announcement (polite)
    from the status bar.  (Offscreen there is no screen reader: what Qt is handed is checked.)"""
    from PySide6.QtGui import QAccessible

    _rescreen_nora_from_the_menu(qtbot, window, repo, monkeypatch)
    said = window.statusBar().currentMessage()
    assert said.startswith("Re-screened 1 client as of 2027-04-01.")
    assert announcements == [(window.statusBar(), said, QAccessible.AnnouncementPoliteness.Polite)]


def test_a_step_of_unknown_length_shows_a_busy_bar_not_a_stuck_0_percent(qtbot):
    """W25-08: a step that cannot count ("Keeping a copy of the caseload...", filling the demo
    caseload) reported 0 of 0 and the bar stood at 0% until it ended, as if nothing moved;
    it now shows Qt's busy bar, and a counted step its share again."""
    import threading

    from PySide6.QtWidgets import QWidget

    from ui.tasks import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    step, counted, ended = [], threading.Event(), threading.Event()

    def job(ctx):
        ctx.progress(0, 0, "Keeping a copy...")
        step.append(1)
        assert counted.wait(20)
        ctx.progress(1, 4, "1 of 4")
        assert ended.wait(20)

    task, dialog = run_with_progress(parent, "Working", job)
    qtbot.waitUntil(lambda: step == [1] and dialog.labelText() == "Working\nKeeping a copy...", timeout=20_000)
    assert (dialog.minimum(), dialog.maximum()) == (0, 0)  # busy
    counted.set()
    qtbot.waitUntil(lambda: dialog.labelText() == "Working\n1 of 4", timeout=20_000)
    assert (dialog.maximum(), dialog.value()) == (4, 1)
    ended.set()
    qtbot.waitUntil(task.finished.is_set, timeout=20_000)


def test_escape_on_one_step_work_neither_hides_its_progress_nor_loses_its_end(qtbot, window):
    """F25-03: work that cannot stop half-way (a restore, an encryption, a passphrase change)
    had no Cancel button, but Escape still hid its progress and marked it cancelled: it went
    on to its end unseen, and its end (the window back after a restore, "Caseload encrypted")
    was never said.  Escape and the close button now do nothing there."""
    import threading

    from ui.tasks import run_with_progress

    release = threading.Event()
    done, cancelled = [], []
    task, dialog = run_with_progress(window, "Encrypting the caseload", lambda _ctx: release.wait(10) and "made",
                                     on_done=done.append, on_cancelled=lambda: cancelled.append(True), can_stop=False)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and not task.ctx.cancelled
    assert not dialog.findChildren(QPushButton)  # no Cancel to press
    release.set()
    qtbot.waitUntil(lambda: bool(done or cancelled), timeout=10_000)
    assert done == ["made"] and not cancelled


def test_a_frozen_build_re_screens_in_this_process_and_still_shows_progress(qtbot, window, repo, monkeypatch):
    """The shipped (PyInstaller) program starts no worker processes (start_method() is None:
    a worker would start the whole frozen program again); its window's re-screen runs in the
    task's thread, range by range, and the dialog still moves (P32-07)."""
    import db.rescreen as rescreen
    from db.rescreen import RANGE_SIZE

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(rescreen, "usable_cores", lambda: 2)
    assert rescreen.start_method() is None
    monkeypatch.setattr(rescreen.multiprocessing, "get_context", lambda *a: pytest.fail("a worker process was started"))
    total = 2 * RANGE_SIZE + 10
    repo.add_clients(generate_clients(total, seed=7))
    finished = []
    task, _dialog = rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append)
    values = []
    task.signals.progress.connect(lambda done, all_, _text: values.append((done, all_)))
    qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    assert finished == [total] and _screened_clients(repo) == total
    assert len(values) >= 3 and values[-1] == (total, total)  # a step per range, not one at the end


def test_a38_03_while_the_first_clients_are_screened_the_progress_no_longer_says_a_copy_is_being_kept(qtbot, window, repo, monkeypatch):
    """A38-03: the re-screen's progress said "Keeping a copy of the caseload as it is now..."
    until the first range of clients was stored, long after the copy was made (the workers
    starting, 500 clients screened): it said what was done, not what was being done."""
    import db.rescreen as rescreen
    import ui.tasks

    for n in range(2):
        repo.add_client(probation_client(f"Copy Kept {n}", case_number=f"BA7700{n}"))
    monkeypatch.setattr(rescreen, "usable_cores", lambda: 1)  # in the task's thread: one order of events
    monkeypatch.setattr(rescreen, "RANGE_SIZE", 1)
    said, real_progress, real_screen = [], ui.tasks.TaskContext.progress, rescreen.screen_rows

    def progress(ctx, done, total, text=""):
        if text:  # an empty text leaves the dialog's words as they were
            said.append(text)
        return real_progress(ctx, done, total, text)

    def screen_rows(clients, as_of):
        said.append("(screening)")
        return real_screen(clients, as_of)

    monkeypatch.setattr(ui.tasks.TaskContext, "progress", progress)
    monkeypatch.setattr(rescreen, "screen_rows", screen_rows)
    finished = []
    rescreen_caseload(window, window.db_path, TODAY, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert said[:4] == ["Keeping a copy of the caseload as it is now...", "0 of 2 clients screened", "(screening)",
                        "1 of 2 clients screened"]


def test_a38_04_a_re_screen_stopped_says_how_many_were_screened_and_how_to_screen_the_rest(qtbot, window, repo, monkeypatch):
    """A38-04: Cancel in the re-screen said "Re-screen stopped; the clients screened before
    Cancel keep their new results." and, for the 30 s it held the status bar, hid the line that
    said how many were left: not how many were done, nor how to do the rest."""
    import db.rescreen as rescreen
    from ui import tasks

    for n in range(3):
        repo.add_client(probation_client(f"Stop Here {n}", case_number=f"BA7800{n}"))
    window.load()
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: TODAY)
    monkeypatch.setattr(rescreen, "usable_cores", lambda: 1)
    monkeypatch.setattr(rescreen, "RANGE_SIZE", 1)
    real, started = rescreen.screen_rows, []

    def screen_rows(clients, as_of):
        started.append(1)
        if len(started) == 2:  # Cancel pressed while the second client is screened
            next(t for t in tasks._running).cancel()
        return real(clients, as_of)

    monkeypatch.setattr(rescreen, "screen_rows", screen_rows)
    with qtbot.waitSignal(window.caseload_loaded, timeout=20_000):
        window.rescreen_action.trigger()
    assert _screened_clients(repo) == 2
    said = window.statusBar().currentMessage()
    assert said.startswith("Re-screen stopped: 2 of 3 clients screened, who keep their new results; the other 1 keeps "
                           "its old one until you re-screen again (Caseload > Re-screen whole caseload...).")
