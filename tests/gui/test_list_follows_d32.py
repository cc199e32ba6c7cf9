"""The caseload list follows other desks when the window is come back to (D32-03).

U31B-03 took off the lines of clients removed elsewhere; clients added, renamed or re-screened
on another desk still showed only after the caseload was loaded again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from db.repository import Repository
from tests.gui.conftest import TODAY, probation_client, show_active
from ui.services import screen_and_store


def test_d32_03_coming_back_to_the_window_brings_in_clients_added_renamed_or_rescreened_elsewhere(qtbot, window, repo):
    ids = {}
    for n in range(40):
        name = f"Client {n:02d}"
        ids[name] = repo.add_client(probation_client(name))
        screen_and_store(repo, repo.get_client(ids[name]), TODAY)
    window.load()
    show_active(qtbot, window)
    window.caseload.select_client(ids["Client 30"])
    bar = window.caseload.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    before = {row.id: row for row in window.caseload.model.all_rows()}

    elsewhere = QWidget()  # the user goes to another window (the other desk's program)
    qtbot.addWidget(elsewhere)
    show_active(qtbot, elsewhere)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        added = desk_2.add_client(probation_client("Abe Nuevo"))
        screen_and_store(desk_2, desk_2.get_client(added), TODAY)
        renamed = desk_2.get_client(ids["Client 05"])
        renamed.name = "Zoe Renamed"
        desk_2.save_client(renamed)
        screen_and_store(desk_2, renamed, TODAY)
        rescreened = desk_2.get_client(ids["Client 10"])
        rescreened.cases[0].sentence.probation.end = date(2027, 6, 1)  # on probation now: the outcome changes
        desk_2.save_client(rescreened)
        screen_and_store(desk_2, rescreened, TODAY)
    show_active(qtbot, window)  # and comes back

    rows = {row.id: row for row in window.caseload.model.all_rows()}
    assert rows[added].name == "Abe Nuevo" and window.caseload.model.row_of_client(added) is not None
    assert rows[ids["Client 05"]].name == "Zoe Renamed"
    assert window.caseload.model.shown_rows()[-1].name == "Zoe Renamed"  # in its place by name
    assert (rows[ids["Client 10"]].best, rows[ids["Client 10"]].best_date) != (before[ids["Client 10"]].best, before[ids["Client 10"]].best_date)
    assert len(rows) == 41
    assert window.caseload.selected_client_id() == ids["Client 30"]  # the selection kept
    assert bar.value() == scrolled  # and the scrolling


def test_d32_03_many_clients_changed_elsewhere_are_read_again_on_a_worker(qtbot, window, repo, monkeypatch):
    ids = [repo.add_client(probation_client(f"Client {n}")) for n in range(3)]
    window.load()
    show_active(qtbot, window)
    window.caseload.select_client(ids[1])
    monkeypatch.setattr(type(window), "FOLLOWED_LINES", 1)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    show_active(qtbot, elsewhere)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        for client_id in ids:
            client = desk_2.get_client(client_id)
            client.name = client.name.replace("Client", "Renamed")
            desk_2.save_client(client)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: sorted(row.name for row in window.caseload.model.all_rows()) == ["Renamed 0", "Renamed 1", "Renamed 2"])
    assert window.caseload.selected_client_id() == ids[1]
