"""K336-04: a case added to a client's record, read in the History tab.  An uncharged arrest,
which has no case number, was logged "Record edited | cases", and its details listed its fields
("cases: added outcome: “no charges filed”, arrest date: ...") without saying which case it
was; a case added with a number was "cases" in the row too.  The row and its details name
the case as the window names it: its number, or what its record holds."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import ArrestOffense, Case
from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _changed_of(window, title: str) -> list[str]:
    model = window.client_view.history.model
    return [model.index(row, 3).data() for row in range(model.rowCount()) if model.index(row, 2).data() == title]


def test_k336_04_an_uncharged_arrest_added_is_named_in_history(qtbot, window, repo):
    client_id, _form = open_on_record(window, repo, probation_client("Rosa Quintero"))
    stored = repo.get_client(client_id)
    stored.cases.append(Case(id="c2", outcome="no_charges_filed", county="Los Angeles", arrest_date=date(2026, 10, 2),
                             arrest_offenses=[ArrestOffense("11350", "HS")]))
    repo.save_client(stored)  # as intake's box 2 saves an arrest typed for a client come back
    window.open_client(client_id)
    named = "Case c2 (arrested 2026-10-02, HS 11350, Los Angeles County)"
    details = _details_of(qtbot, window, "Record edited").splitlines()  # History, by Alt+Y
    assert _changed_of(window, "Record edited") == [f"{named} added"]
    assert details[1].strip().startswith(f"cases: added {named} ("), details
    assert "no charges filed" in details[1]


def test_k336_04_a_case_added_with_a_number_is_named_too(qtbot, window, repo):
    client_id, _form = open_on_record(window, repo, probation_client("Rosa Quintero"))
    stored = repo.get_client(client_id)
    stored.cases.append(Case(id="c2", case_number="BA200002", outcome="dismissed", disposition_date=date(2025, 3, 3)))
    repo.save_client(stored)
    stored = repo.get_client(client_id)
    stored.cases = stored.cases[1:]  # and the first case removed
    repo.save_client(stored)
    window.open_client(client_id)
    _details_of(qtbot, window, "Record edited")
    assert _changed_of(window, "Record edited") == ["Case BA100001 removed", "Case BA200002 added"]
