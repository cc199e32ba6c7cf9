"""E248-02: a RAP sheet's whole count line pasted into a count's Offense field on the Record tab
was saved as the section "496(a)pc-receive/etcknownstolenproperty" (the earlier offense gone,
the count sent to the attorney as "names two offenses").  Now the line's section is read: the
field shows the citation stored, and the catalog's words under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _pasted_over(qtbot, field, line: str) -> None:
    """`line` pasted over what `field` holds with Ctrl+V, and the field left with Tab."""
    field.setFocus()
    field.selectAll()
    QApplication.clipboard().setText(line)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_count_line_pasted_over_the_offense_is_stored_as_its_section(qtbot, window, repo, announcements):
    client_id, form = open_on_record(window, repo, probation_client("Lee Pastedline"))
    (row,) = form.convictions.rows
    _pasted_over(qtbot, row.offense, "CNT 01 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY")
    (count,) = repo.get_client(client_id).cases[0].convictions
    assert (count.code, count.section) == ("PC", "496(a)")
    assert row.offense.text() == "PC 496(a)"
    assert row.message.text().startswith("PC 496(a) Receiving stolen property")
    # A257-03: heard as the field is left, the keyboard in the next field: a screen reader heard
    # "Saved: ..., conviction 1: section, wobbler", and not what the line pasted was read as.
    assert _heard_read(announcements) == [f"Read from the RAP sheet line: {row.message.text()}"]


def _heard_read(announcements) -> list[str]:
    return [said for _source, said, _politeness in announcements if said.startswith("Read from the RAP sheet line")]


def test_a_count_line_pasted_over_an_arrest_offense_is_stored_as_its_section(qtbot, window, repo, announcements):
    """E248-03: the same line pasted where a dismissed case's arrest offense goes was stored as
    code "CNT", section "01496(a)pc-receive/etcknownstolenproperty"."""
    from clinic_app.model import ArrestOffense, Case, Client, Person

    client_id = repo.add_client(Client(name="Ari Pastedline", person=Person(), cases=[Case(
        id="c1", outcome="dismissed", case_number="BA790003", arrest_offenses=[ArrestOffense(section="484")])]))
    window.load()
    window.open_client(client_id)
    (row,) = window.client_view.record.case_form.arrest_offenses.rows
    _pasted_over(qtbot, row.section, "CNT 01 11377(A) HS-POSSESS CONTROLLED SUBSTANCE")
    (arrested_for,) = repo.get_client(client_id).cases[0].arrest_offenses
    assert (arrested_for.code, arrested_for.section) == ("HS", "11377(a)")
    assert row.section.text() == "HS 11377(a)"
    assert row.message.text().startswith("HS 11377(a) Possession of a controlled substance")
    assert _heard_read(announcements) == [f"Read from the RAP sheet line: {row.message.text()}"]  # A257-03, as a count's
