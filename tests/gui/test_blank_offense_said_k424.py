"""K424-01: a count whose section is only spaces, stored before the record's check refused it
(`stored_before_k386`), opened on the Record tab with "PC" in its Offense field (the spaces
written as a citation), an empty "Cannot save" and Save enabled, which stored the section "pc".
The field is empty now, and the row says why the record cannot be saved.

K424-02: so an arrest offense of spaces, which the record's check lets by: "PC" shown, nothing
said, and the section "pc" stored at the next save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import ArrestOffense
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k424_01_a_section_of_spaces_opens_with_its_reason_said(qtbot, window, repo, monkeypatch):
    client = no_sentence()
    client.cases[0].convictions[0].section = "  "
    client_id = stored_before_k386(repo, monkeypatch, client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    count = view.record.case_form.convictions.rows[0]
    assert count.offense.text() == ""
    assert view.save_reason.text() == "Cannot save: Conviction: the code section is missing"
    assert not view.save_button.isEnabled()
    assert count.offense.focusPolicy() & Qt.FocusPolicy.TabFocus and count.offense.isEnabled()



def test_k424_02_an_arrest_offense_of_spaces_opens_with_its_reason_said(qtbot, window, repo):
    client = no_sentence()
    client.cases[0].arrest_offenses = [ArrestOffense(section="  ")]
    client_id = repo.add_client(client)  # the record's check lets it by
    window.load()
    window.open_client(client_id)
    view = window.client_view
    assert view.record.case_form.arrest_offenses.rows[0].section.text() == ""
    assert view.save_reason.text() == "Cannot save: Arrest offense: the code section is missing"
    assert not view.save_button.isEnabled()
