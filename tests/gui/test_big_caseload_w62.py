"""W62: a paralegal's week over a caseload of thousands.  What held the window, tested by what
the code does (the rows it walks), never by how long it takes; the figures measured at 20,000
clients are in the commits."""

from __future__ import annotations

from clinic_app.demo import generate_clients
from clinic_app.model import Client, Person
from db.demo_caseload import add_synthetic, not_synthetic
from tests.gui.conftest import TODAY, probation_client, type_over
from ui.main_window import MADE_UP
from ui.services import screen_and_store


def test_a_save_undo_and_return_to_a_demo_caseload_read_no_client_numbers(qtbot, window, repo, monkeypatch):
    """W62-01: in the demo caseload each save, undo and "← Caseload" walked every client's
    number to tell whether made-up clients are left (U42's mark in the title and status): 0.2 s
    of the 0.3-0.45 s each held the window at 20,000 clients.  Counted by the caseload's index
    now; the mark stays said, and goes with the last made-up client."""
    made_up = add_synthetic(repo, generate_clients(3, seed=0))
    real = repo.add_client(Client("Walk In", Person(), []))
    for client_id in (*made_up, real):
        screen_and_store(repo, repo.get_client(client_id), TODAY)
    window.load()
    walked: list[str] = []
    real_ids = repo.client_ids

    def every_number():
        walked.append("client_ids")
        return real_ids()

    monkeypatch.setattr(repo, "client_ids", every_number)
    window.open_client(made_up[0])
    type_over(qtbot, window.client_view.record.person.phone, "555-0100")
    assert window.client_view.save()
    window._step_history(True)  # Edit > Undo
    assert window.show_caseload()
    assert walked == []
    assert MADE_UP in window.windowTitle() and MADE_UP in window.status.text()
    assert "4 clients" in window.status.text()
    for client_id in made_up:
        repo.delete_client(client_id)
    window.load()
    assert MADE_UP not in window.windowTitle() and MADE_UP not in window.status.text()
    assert walked == []


def test_clients_not_made_up_are_counted_across_marks_that_overlap_or_touch(repo):
    """The marks are kept as spans of numbers; written by hand or by two adds they may touch
    or overlap, and a client inside two is one made-up client."""
    from db.demo_caseload import SYNTHETIC_KEY

    ids = [repo.add_client(Client(f"Client {n}", Person(), [])) for n in range(8)]
    repo.set_setting(SYNTHETIC_KEY, f"[[{ids[0]}, {ids[2]}], [{ids[1]}, {ids[3]}], [{ids[4]}, {ids[4]}], [{ids[6]}, {ids[6]}]]")
    assert not_synthetic(repo) == 2  # ids[5] and ids[7]
    repo.delete_client(ids[5])
    assert not_synthetic(repo) == 1
    assert repo.count_clients_numbered([]) == 0


def test_a_batch_of_the_clients_shown_stopped_half_way_says_what_is_in_its_folder(qtbot, window, repo, monkeypatch, tmp_path):
    """W62-02: Cancel on "Handouts for the N clients shown" (and their filing worksheets) left
    the PDFs made so far in the folder and said nothing at all: a folder of 2,000 of 14,843
    later taken for the whole batch.  It says how many are there, of how many, and where."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.tasks import TaskContext

    for n in range(7):
        repo.add_client(probation_client(f"Persona {n} Parada"))
    window.load()
    real = TaskContext.progress

    def cancel_at_the_second(self, done, total, text=""):
        real(self, done, total, text)
        if done == 2:
            self.cancel()  # as the progress dialog's Cancel does

    monkeypatch.setattr(TaskContext, "progress", cancel_at_the_second)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr("ui.tasks.ask_print_or_save", lambda *a, **k: "save")
    window.shown_handouts_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(list(folder.glob("*.pdf"))) == 2
    assert told == [f"Stopped: 2 handouts of 7 written to {folder}, the first in the list's order; the other 5 clients "
                    "have none.\n\nFor every client, make the batch again (into a folder of its own); delete this "
                    "folder if it is not wanted."]


def test_a_client_whose_line_moved_while_open_is_in_sight_on_the_way_back(qtbot, window, repo):
    """W62-03: a client renamed (or re-screened) while open moves in the list's sort; back on
    the list their line stayed chosen but out of sight (row 30 shown, they at row 478 of a
    search), and Enter opened a line the paralegal could not see."""
    for n in range(60):
        repo.add_client(probation_client(f"Ana Client {n:02}"))
    window.load()
    view = window.caseload
    view.table.selectRow(2)
    chosen = view.selected_client_id()
    window.open_client(chosen)
    type_over(qtbot, window.client_view.record.person.name, "Zoe Last")
    assert window.client_view.save()
    assert window.show_caseload()
    assert view.selected_client_id() == chosen
    current = view.table.currentIndex()
    assert current.row() == 59
    assert view.table.viewport().rect().intersects(view.table.visualRect(current))
