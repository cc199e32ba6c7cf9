"""A403-01: the Record tab of a record stored before K386 (an end before its conviction) said
"Cannot save: Case 24CR042, custody supervision end: ..." and "... probation early termination:
...", names the tab shows nowhere (its labels read "Supervision end:", "Ended early on:"), and
"Case 24CR042" of either of two cases so numbered: the merge refused sends the paralegal there
("it says what to change") naming the field and case as the tab's labels and questions do."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from clinic_app.model import Custody, Probation, Sentence
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

BEFORE = date(2023, 9, 1)  # `no_sentence`'s count is convicted 2024-03-01


def _supervised():
    client = no_sentence()
    client.cases[0].sentence = Sentence(type="county_jail_1170h", custody=Custody(split=True, supervision_end=BEFORE))
    return client


def _ended_early():
    client = no_sentence()
    client.cases[0].sentence = Sentence(type="probation", probation=Probation(kind="summary", early_termination=BEFORE))
    return client


@pytest.mark.parametrize(("made", "field"), [(_supervised, "supervision_end"), (_ended_early, "early_termination")])
def test_a403_01_cannot_save_names_the_field_by_its_label(qtbot, window, repo, monkeypatch, made, field):
    client_id = stored_before_k386(repo, monkeypatch, made())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    form = view.record.case_form
    label = next(label for label in form.findChildren(QLabel) if label.buddy() is form.rows[field].field)
    named = label.text().replace("&", "").removesuffix(":")
    assert view.save_reason.text() == f"Cannot save: Case 24CR042, {named}: 2023-09-01 is before the conviction date 2024-03-01"


def test_a403_01_two_cases_of_one_number_are_told_apart_in_cannot_save(qtbot, window, repo, monkeypatch):
    import copy

    client = _supervised()
    twin = copy.deepcopy(client.cases[0])
    twin.id, twin.sentence = "c2", Sentence(type="no_probation")
    twin.convictions[0].id, twin.convictions[0].conviction_date = "c2-1", date(2020, 1, 6)
    twin.disposition_date = date(2020, 1, 6)
    client.cases.append(twin)
    client_id = stored_before_k386(repo, monkeypatch, client)
    window.load()
    window.open_client(client_id)
    said = window.client_view.save_reason.text()
    assert said.startswith("Cannot save: Case 24CR042 (convicted 2024-03-01, PC 459, "), said
    assert "Supervision end: 2023-09-01 is before" in said
