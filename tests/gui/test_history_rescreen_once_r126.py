"""R126-02: N125-04's History rows of the whole caseload's re-screens were the audit log's rows,
and a re-screen logs a row for each range of 500 clients it stores (each its own transaction,
D24-07): a caseload of 2,000 re-screened once showed four "Whole caseload re-screened", "as of
2026-11-20: 500 clients" each, under "Every client of the caseload screened ... 500 clients
screened".  File > Import's screening of the clients just imported logs the same row, and every
client added before read "Whole caseload re-screened: 1 client".  A run is shown once, with all
the clients it screened; an import's screening is not shown as the caseload's."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from db import rescreen
from tests.gui.conftest import probation_client
from tests.gui.test_history_caseload_rescreen_n125 import TITLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _rescreens_said(window, client_id: int) -> list[str]:
    window.load()
    window.open_client(client_id)
    window.client_view.tabs.setCurrentWidget(window.client_view.history)
    model = window.client_view.history.model
    return [model.index(row, 3).data() for row in range(model.rowCount()) if model.index(row, 2).data() == TITLE]


def test_r126_02_a_re_screen_of_several_ranges_is_shown_once_with_all_its_clients(window, repo, monkeypatch):
    monkeypatch.setattr(rescreen, "RANGE_SIZE", 2)
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    for n in range(4):
        repo.add_client(probation_client(f"Other Client{n}", case_number=f"BA{n}"))
    rescreen.rescreen_caseload(repo, date(2026, 11, 20), workers=1)  # three ranges: 2, 2 and 1
    assert _rescreens_said(window, client_id) == ["as of 2026-11-20: 5 clients"]


def test_r126_02_the_clients_just_imported_screened_is_no_re_screen_of_the_caseload(window, repo):
    from ui.tasks import _screen_and_store

    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    imported = repo.add_client(probation_client("New Arrival", case_number="BA9"))
    ctx = SimpleNamespace(progress=lambda *_args: None, check=lambda: None)
    assert _screen_and_store(ctx, repo, date(2026, 11, 20), only=[imported]) == 1
    assert _rescreens_said(window, client_id) == []
