"""W31: leftovers of the handout batches (B30): the bar reaches its end when the last client
was removed since the batch began (W31-02); between two clients the batch holds no read of
the caseload (W31-03)."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.gui.conftest import TODAY
from tests.gui.test_handout_batches_b30 import (EVENT, REMOVED, _event_clients, _logged, _messages, _pdf_printer,
                                                _removed_once_the_batch_began)
from ui.tasks import print_event_handouts, save_event_handouts


def test_w31_02_saving_a_batch_whose_last_client_was_removed_ends_the_bar_at_its_end(qtbot, window, repo, monkeypatch, tmp_path):
    """Ciro, the last of three, removed once the batch began: the bar stopped at 2 of 3 (the
    client skipped was counted only with the next handout made, and there was none)."""
    ids = _event_clients(repo)
    _removed_once_the_batch_began(monkeypatch, ids["Ciro Evento"])
    log = _logged(monkeypatch)
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    save_event_handouts(window, window.db_path, EVENT, TODAY)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned[0].endswith(f"No handout could be written for: Ciro Evento ({REMOVED})")
    assert log == [(1, 3), (2, 3), (3, 3)]


def test_w31_02_printing_a_batch_whose_last_client_was_removed_ends_the_bar_at_its_end(qtbot, window, repo, monkeypatch, tmp_path):
    ids = _event_clients(repo)
    _removed_once_the_batch_began(monkeypatch, ids["Ciro Evento"])
    log = _logged(monkeypatch)
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    print_event_handouts(window, window.db_path, EVENT, TODAY, _pdf_printer(tmp_path / "event.pdf"))
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned[0].endswith(f"No handout could be printed for: Ciro Evento ({REMOVED})")
    assert log == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_w31_02_printing_a_batch_whose_last_handout_cannot_be_laid_out_ends_the_bar_at_its_end(qtbot, window, repo, monkeypatch, tmp_path):
    """The same for a client whose handout cannot be laid out (H23-11): skipped, named, and
    the bar moved past them."""
    import clinic_app.handouts as handouts

    _event_clients(repo)
    real = handouts.compose

    def compose(client, *args, **kwargs):
        if client.name == "Ciro Evento":
            raise ValueError("no room for the name")
        return real(client, *args, **kwargs)

    monkeypatch.setattr(handouts, "compose", compose)
    log = _logged(monkeypatch)
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    print_event_handouts(window, window.db_path, EVENT, TODAY, _pdf_printer(tmp_path / "event.pdf"))
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned[0].endswith("No handout could be printed for: Ciro Evento (no room for the name)")
    assert log == [(0, 3), (1, 3), (2, 3), (3, 3)]


@pytest.fixture
def another_desk(monkeypatch, window):
    """At each progress report of the batch (on its worker, after a handout is made and before
    the next client is read), another connection writes with no busy wait and empties the
    -wal (`empty_the_wal`: a TRUNCATE checkpoint, which a connection holding a read leaves
    undone); each time, (the count reported, whether the -wal was emptied)."""
    from db.connection import connect, empty_the_wal
    from ui.tasks import TaskContext

    other = connect(window.db_path, create=False)
    done = []
    real = TaskContext.progress

    def progress(self, done_so_far, total, text=""):
        other.execute("PRAGMA busy_timeout = 0")
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings (key, value) VALUES ('w31', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                      (str(done_so_far),))
        other.execute("COMMIT")
        done.append((done_so_far, empty_the_wal(other)))
        real(self, done_so_far, total, text)

    monkeypatch.setattr(TaskContext, "progress", progress)
    yield done
    other.close()


def test_w31_03_a_saved_batch_holds_no_read_of_the_caseload_between_clients(qtbot, window, repo, another_desk, monkeypatch, tmp_path):
    """The batch keeps its connection for its whole length (~23 s for 300 clients), but reads
    each client in a read of its own as their handout is made: between two clients another
    desk writes and empties the -wal without waiting."""
    _event_clients(repo)
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    save_event_handouts(window, window.db_path, EVENT, TODAY)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned == [] and told[0].startswith("3 handouts (")
    assert another_desk == [(1, True), (2, True), (3, True)]


def test_w31_03_a_printed_batch_holds_no_read_of_the_caseload_between_clients(qtbot, window, repo, another_desk, monkeypatch, tmp_path):
    _event_clients(repo)
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    print_event_handouts(window, window.db_path, EVENT, TODAY, _pdf_printer(tmp_path / "event.pdf"))
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned == [] and told[0].startswith("3 handouts (")
    assert another_desk == [(0, True), (1, True), (2, True), (3, True)]
