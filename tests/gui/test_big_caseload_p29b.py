"""P29B: what still held the window on a caseload of 100,000 clients, tested by what the
code does (the thread it runs on, what it reads), never by how long it takes:
benchmarks/bench_day.py measures the times."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, answer_message_box, probation_client
from tests.gui.test_delete_client import _click_row, _delete_from_file_menu

# The offscreen platform cannot raise a menu or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_delete_an_undo_and_a_new_client_keep_the_screening_counts_without_reading_every_screening(qtbot, window, repo, monkeypatch):
    """P29B-01: after a delete, an undone delete or a new client, the count of clients screened
    by older rules (and by newer rules, and for a later day) read every stored screening on the
    window's thread (0.4 s, 4 s the first time, at 100,000 clients).  The client's own part of the
    counts is taken out or added; the counts stay those a count of the whole caseload gives."""
    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.model import ClientSummary, Screening
    from db.repository import Repository

    stored = {"Olga Older": ("2026.01", TODAY), "Nina Newer": ("2099.01.01", TODAY), "Nico Newest": ("2099.02.01", TODAY),
              "Lena Later": (RULES_VERSION, date(2027, 1, 5)), "Carl Current": (RULES_VERSION, TODAY)}
    for n, (name, (rules, as_of)) in enumerate(stored.items()):
        client_id = repo.add_client(probation_client(name, case_number=f"BA30000{n}"))
        repo.store_screening(client_id, Screening(as_of=as_of, rules_version=rules), "facts", ClientSummary(best="blocked"))
    window.load()

    real = Repository.screening_counts

    def whole() -> object:
        return real(repo, RULES_VERSION, TODAY)

    assert window.screening_counts == whole()
    counted: list[int] = []
    monkeypatch.setattr(Repository, "screening_counts", lambda self, *a: counted.append(1) or real(self, *a))

    for name, said in (("Olga Older", "older rules"), ("Lena Later", "(planning)"), ("Nina Newer", "newer rules (2099.02.01)")):
        _click_row(qtbot, window, name)
        answer_message_box(qtbot, [], click="Delete client")
        _delete_from_file_menu(qtbot, window)
        assert said not in window.status.text() or name == "Nina Newer"
        assert window.screening_counts == whole()
        window.undo_action.trigger()  # back, with their stored screening
        assert said in window.status.text()
        assert window.screening_counts == whole()
    window.new_action.trigger()
    qtbot.keyClicks(window.client_view.record.person.name, "Ulises Nuevo")
    qtbot.mouseClick(window.client_view.save_button, Qt.MouseButton.LeftButton)
    assert window.screening_counts == whole()
    window.undo_action.trigger()  # the new client goes again
    assert window.screening_counts == whole()
    assert counted == []
    assert "1 client screened by older rules" in window.status.text()
    assert "2 clients screened by newer rules (2099.02.01)" in window.status.text()


def test_a_rename_or_a_new_client_folds_that_name_only_for_the_possible_duplicates(qtbot, window, repo, monkeypatch):
    """P29B-02: after a rename or a new client, every name in the caseload was folded again for
    the "Possible duplicates" count (0.3 s at 100,000 clients).  The changed client's person key
    alone moves; the count is the one every name folded gives."""
    import clinic_app.matching as matching

    names = ["María López", "Maria Lopez", "Darnell Brooks", "Ana Aguilar"] + [f"Zed Padding {n:03}" for n in range(300)]
    repo.add_clients([probation_client(name, case_number=f"BA4{n:05}") for n, name in enumerate(names)])
    with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=30_000):
        window.load_in_background()  # as Clinic Desk opens a caseload
    model = window.caseload.model
    button = window.caseload.count_buttons["duplicates"]
    assert button.text() == "Possible d&uplicates: 2"
    folded: list[str] = []
    real = matching.person_key
    monkeypatch.setattr(matching, "person_key", lambda name, dob: folded.append(name) or real(name, dob))

    darnell = next(r.id for r in model.all_rows() if r.name == "Darnell Brooks")
    window.open_client(darnell)
    view = window.client_view
    view.record.person.name.clear()
    qtbot.keyClicks(view.record.person.name, "Maria Lopez")  # the same person key as the first two
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    window.show_caseload()
    assert button.text() == "Possible d&uplicates: 3"
    window.new_action.trigger()
    qtbot.keyClicks(window.client_view.record.person.name, "Ana  Aguilar")  # a new client: one more pair
    qtbot.keyClicks(window.client_view.record.person.dob, "1985-03-14")
    qtbot.mouseClick(window.client_view.save_button, Qt.MouseButton.LeftButton)
    window.show_caseload()
    assert button.text() == "Possible d&uplicates: 5"
    window.undo_action.trigger()  # the new client goes again
    assert button.text() == "Possible d&uplicates: 3"
    assert len(folded) < 20  # the names that changed, not each of the 304 lines at each step
    assert model.duplicate_ids() == frozenset(matching.sharing_a_person((r.id, r.name, r.dob) for r in model.all_rows()))


def test_a_header_click_on_a_big_caseload_sorts_on_a_worker_keeping_the_chosen_client(qtbot, window, repo, monkeypatch):
    """P29B-03: a click on a column's header sorted every line on the window's thread (0.1-0.3 s
    held per click at 100,000 clients).  From SORT_ON_A_WORKER_FROM lines (made 3 here) the keys
    are made and sorted on a worker, and the list takes the order as one move: the client chosen
    stays chosen and current.  A line changed meanwhile is sorted in with the rest."""
    import dataclasses
    import threading

    import ui.models.caseload_model as caseload_model
    from tests.gui.test_caseload import _section_centre
    from ui.models.caseload_model import COL_CASES, COL_NAME

    monkeypatch.setattr(caseload_model, "SORT_ON_A_WORKER_FROM", 3)
    threads: list[threading.Thread] = []
    real = caseload_model._sort_key

    def watched(column, today):
        key = real(column, today)
        return lambda row: threads.append(threading.current_thread()) or key(row)

    monkeypatch.setattr(caseload_model, "_sort_key", watched)
    for n, name in enumerate(("Gutiérrez Ana", "Zamora Luis", "Álvarez Rosa", "Gómez Ana")):
        repo.add_client(probation_client(name, case_number=f"BA50000{n}"))
    window.load()
    view = window.caseload
    model = view.model

    def names() -> list[str]:
        return [view.proxy.index(row, COL_NAME).data() for row in range(view.proxy.rowCount())]

    view.select_client(next(r.id for r in model.all_rows() if r.name == "Gómez Ana"))
    header = view.table.horizontalHeader()
    threads.clear()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, COL_NAME))  # Z to A
    qtbot.waitUntil(lambda: not model.sorting())
    assert names() == ["Zamora Luis", "Gutiérrez Ana", "Gómez Ana", "Álvarez Rosa"]
    assert threads and threading.main_thread() not in threads
    assert view.selected_client_id() == next(r.id for r in model.all_rows() if r.name == "Gómez Ana")
    assert view.table.currentIndex().data() == "Gómez Ana"

    # A line changed while the worker sorts: the order the worker made is not taken, the
    # lines are sorted again with the change.
    threads.clear()
    view.table.sortByColumn(COL_CASES, Qt.SortOrder.AscendingOrder)
    assert model.sorting()
    zamora = next(r for r in model.all_rows() if r.name == "Zamora Luis")
    model.update_client(dataclasses.replace(zamora, name="Aaron Zamora"))
    qtbot.waitUntil(lambda: not model.sorting())
    assert "Aaron Zamora" in names() and "Zamora Luis" not in names()  # not the lines as they were
    assert [r.name for r in model.all_rows()] == names()
    view.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.sorting())
    assert names() == ["Aaron Zamora", "Álvarez Rosa", "Gómez Ana", "Gutiérrez Ana"]
    assert view.table.currentIndex().data() == "Gómez Ana"


def test_a_sort_taken_back_before_it_began_is_not_waited_for_when_the_window_closes(qtbot, window, repo, monkeypatch):
    """A second header click while the first click's sort still waited for the sorting thread
    took the first back (QThreadPool.tryTake), but left it among the running tasks: nothing
    would ever run it, and every later close of a window (ui.tasks.stop_all) waited 30 s for
    it, with no sign; the test suite sat still for minutes."""
    import threading

    import ui.models.caseload_model as caseload_model
    from ui import tasks
    from ui.models.caseload_model import COL_CASES, COL_NAME

    monkeypatch.setattr(caseload_model, "SORT_ON_A_WORKER_FROM", 3)
    for n, name in enumerate(("Gutiérrez Ana", "Zamora Luis", "Álvarez Rosa", "Gómez Ana")):
        repo.add_client(probation_client(name, case_number=f"BA51000{n}"))
    window.load()
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 4)
    model = window.caseload.model
    busy = threading.Event()
    blocker = tasks.Task(lambda _ctx: busy.wait(10))  # holds the one sorting thread
    caseload_model._sort_pool().start(blocker)
    try:
        model.sort(COL_CASES, Qt.SortOrder.AscendingOrder)  # queued behind the blocker
        first = model._sorting[1]
        model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)  # takes the first back
    finally:
        busy.set()
    qtbot.waitUntil(lambda: not model.sorting())
    assert [model.index(row, COL_NAME).data() for row in range(4)] == ["Zamora Luis", "Gutiérrez Ana", "Gómez Ana", "Álvarez Rosa"]
    assert not first.finished.is_set()  # it never ran...
    assert first not in tasks._running  # ...and nothing waits for it
    qtbot.waitUntil(lambda: all(task.finished.is_set() for task in list(tasks._running)))
