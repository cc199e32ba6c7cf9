"""R127-01: R126-02 showed a whole-caseload re-screen in a client's History by its last range's
row only, the one not marked "more" to come.  A run stopped half-way, by Cancel in the window or
Ctrl-C at `clinic-app rescreen`, has no such row: the clients of the ranges it stored had new
answers, and History showed no re-screen at all (before R126-02, a row for each range).  Its last
row is now the one the next range does not continue, said as stopped before the end."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from db import rescreen
from tests.gui.conftest import probation_client
from tests.gui.test_history_caseload_rescreen_n125 import TITLE
from tests.gui.test_history_rescreen_once_r126 import _rescreens_said
from tests.gui.test_history_said_in_words_x69 import _details_of
from ui.tasks import Cancelled, _screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _five_clients(repo, monkeypatch) -> int:
    monkeypatch.setattr(rescreen, "RANGE_SIZE", 2)
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    for n in range(4):
        repo.add_client(probation_client(f"Other Client{n}", case_number=f"BA{n}"))
    return client_id


def _cancelled_after_the_first_range() -> SimpleNamespace:
    """The window's Cancel, pressed while the first range was screened: it is stored, then no more."""
    def check():
        raise Cancelled()
    return SimpleNamespace(progress=lambda *_args: None, check=check)


def test_r127_01_a_re_screen_cancelled_in_the_window_is_shown_with_the_clients_it_stored(qtbot, window, repo, monkeypatch):
    client_id = _five_clients(repo, monkeypatch)
    with pytest.raises(Cancelled):
        _screen_and_store(_cancelled_after_the_first_range(), repo, date(2026, 11, 20))
    assert _rescreens_said(window, client_id) == ["as of 2026-11-20: 2 clients, stopped before the end"]
    assert "before the re-screen stopped: 2 clients screened; the others keep their last screening" in _details_of(qtbot, window, TITLE)


def test_r127_01_a_re_screen_stopped_by_ctrl_c_and_one_run_whole_are_each_shown_once(window, repo, monkeypatch):
    client_id = _five_clients(repo, monkeypatch)

    def ctrl_c_after_two_ranges(done, _total):
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rescreen.rescreen_caseload(repo, date(2026, 11, 20), workers=1, progress=ctrl_c_after_two_ranges)
    rescreen.rescreen_caseload(repo, date(2026, 11, 21), workers=1)
    assert _rescreens_said(window, client_id) == ["as of 2026-11-21: 5 clients", "as of 2026-11-20: 4 clients, stopped before the end"]
