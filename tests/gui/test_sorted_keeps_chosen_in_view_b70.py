"""B70-04: sorting the caseload list left the client chosen out of sight.  A click on a header
moved them (the selection with them) to another part of the list and left the list where it
stood; from 20,000 clients, where the sort runs on a worker, View > Sort list by did too: its
scroll (X30-03) ran before the new order came.  Down or Enter then acted on a line nobody saw.
The list now shows the chosen client once their new order is shown, however it was asked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import probation_client
from ui.models import caseload_model
from ui.models.caseload_model import COL_DOB, COL_NAME


def _fill(repo, count: int = 80) -> None:
    for i in range(count):
        client = probation_client(f"Client {i:03d}", case_number=f"BA{100000 + i}")
        # Born later as the name goes on, but the first: born last of all.
        client.person.dob = date(1990, 1, 1) if i == 0 else date(1950, 1, 1).replace(year=1950 + i % 40, day=1 + i % 28)
        repo.add_client(client)


def _in_view(table) -> bool:
    return table.viewport().rect().contains(table.visualRect(table.currentIndex()))


def filled(qtbot, window, repo, monkeypatch, on_a_worker: bool):
    """The list of `_fill`'s clients shown, sorted (on a worker, `on_a_worker`): (view, table, model)."""
    if on_a_worker:
        monkeypatch.setattr(caseload_model, "SORT_ON_A_WORKER_FROM", 10)
    _fill(repo)
    window.load()
    view = window.caseload
    qtbot.waitUntil(lambda: not view.model.sorting())
    return view, view.table, view.model


@pytest.mark.parametrize("on_a_worker", [False, True], ids=["at-once", "on-a-worker"])
def test_a_header_click_keeps_the_chosen_client_in_view(qtbot, window, repo, monkeypatch, on_a_worker):
    view, table, model = filled(qtbot, window, repo, monkeypatch, on_a_worker)
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(0, COL_NAME))  # Client 000, at the top
    assert view.proxy.index(0, COL_NAME).data() == "Client 000" and _in_view(table)

    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(COL_DOB) + 10, 5))
    qtbot.waitUntil(lambda: not model.sorting() and header.sortIndicatorSection() == COL_DOB)
    qtbot.waitUntil(lambda: table.currentIndex().row() > 0)  # moved: born last of all
    assert table.currentIndex().siblingAtColumn(COL_NAME).data() == "Client 000"
    qtbot.waitUntil(lambda: _in_view(table), timeout=2000)


def test_view_sort_list_by_keeps_the_chosen_client_in_view_when_the_sort_runs_on_a_worker(qtbot, window, repo, monkeypatch):
    monkeypatch.setattr(caseload_model, "SORT_ON_A_WORKER_FROM", 10)
    _fill(repo)
    window.load()
    view = window.caseload
    table, model = view.table, view.model
    qtbot.waitUntil(lambda: not model.sorting())
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(0, COL_NAME))
    window.sort_actions[COL_DOB].trigger()
    qtbot.waitUntil(lambda: not model.sorting() and table.currentIndex().row() > 0)
    assert table.currentIndex().siblingAtColumn(COL_NAME).data() == "Client 000"
    qtbot.waitUntil(lambda: _in_view(table), timeout=2000)
