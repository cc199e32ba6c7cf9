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
