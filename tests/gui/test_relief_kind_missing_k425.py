"""K425-03: a count's relief already granted whose kind is only spaces (stored before the record's
check refused it, or in a file) was refused as "Cannot save: Case 24CR042, conviction 1, relief
granted 1, remedy: '   ' is not one of: pc1203_4, pc1203_4a, pc1203_41, ... cor", the program's
list of remedy keys cut off across the header, by a field the Record tab labels "Granted:", and
so in the import's, export's and merge's words.  Said now in words a paralegal reads: the
relief's kind is missing; choose one."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import ReliefGranted
from clinic_app.record_said import in_the_record, refused_fact
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

MISSING = "the relief's kind is missing; choose one"


def _granted_spaces():
    client = no_sentence()  # convicted 2024-03-01
    client.cases[0].convictions[0].relief_granted = [ReliefGranted(remedy="   ", date=date(2025, 1, 1))]
    return client


def test_k425_03_the_record_check_says_a_relief_of_spaces_is_missing():
    client = _granted_spaces()
    assert in_the_record(client, refused_fact(client)) == f"Case 24CR042, conviction 1, relief granted 1, Granted: {MISSING}"


def test_k425_03_the_record_tab_says_it_beside_the_relief(qtbot, window, repo, monkeypatch):
    client_id = stored_before_k386(repo, monkeypatch, _granted_spaces())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    row = view.record.case_form.convictions.rows[0].relief.rows[0]
    assert view.save_reason.text() == f"Cannot save: Relief granted: {MISSING}"
    assert row.message.text() == f"Relief granted: {MISSING}"
    assert not view.save_button.isEnabled()
    from ui.forms import set_combo

    set_combo(row.remedy, "pc1203_4")  # chosen: said nowhere, and saved
    assert not row.message.text() and not view.save_reason.text()
    view.save_button.click()
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted[0].remedy == "pc1203_4"
