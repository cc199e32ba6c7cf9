"""K422-01: the Record tab named a case's own fields by their labels in "Cannot save" (A403-01,
R407-03), but a row's field by the record check's path words: a record stored before the check
refused it read "Cannot save: Case 24CR042, conviction 1, offense date: ..." beside a field
labelled "Offense on:", and so "section" ("Offense:"), a relief's "date" ("On:"), a
condition's "required" ("Of:") and a violation's "date" ("Violation on:").  Each is named by its
label now, the row's number kept: "conviction 1, Offense on"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from clinic_app.model import Condition, Probation, ReliefGranted, Sentence, Violation
from clinic_app.record_said import in_the_record, refused_fact
from tests.gui.test_client_record import _open
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _offense_before_birth():
    client = no_sentence()  # born 1980-04-04, convicted 2024-03-01
    client.cases[0].convictions[0].offense_date = date(1979, 1, 1)
    return client


def _no_section():
    client = no_sentence()
    client.cases[0].convictions[0].section = " "
    return client


def _relief_before_conviction():
    client = no_sentence()
    client.cases[0].convictions[0].relief_granted = [ReliefGranted(remedy="pc1203_4", date=date(2023, 1, 1))]
    return client


def _hours_below_nothing():
    client = no_sentence()
    client.cases[0].conditions = [Condition(kind="community_service", label="Caltrans", required=-4)]
    return client


def _violation_before_start():
    client = no_sentence()
    client.cases[0].sentence = Sentence(type="probation", probation=Probation(
        kind="summary", start=date(2024, 3, 1), violations=[Violation(date=date(2024, 1, 1), outcome="reinstated")]))
    return client


@pytest.mark.parametrize(("made", "said"), [
    (_offense_before_birth, "conviction 1, Offense on: 1979-01-01 is before the date of birth 1980-04-04"),
    (_violation_before_start, "probation, violation 1, Violation on: 2024-01-01 is before the start 2024-03-01"),
])
def test_k422_01_cannot_save_names_a_rows_field_by_its_label(qtbot, window, repo, monkeypatch, made, said):
    client_id = stored_before_k386(repo, monkeypatch, made())
    window.load()
    window.open_client(client_id)
    assert window.client_view.save_reason.text() == f"Cannot save: Case 24CR042, {said}"


def test_k422_01_the_date_of_birth_names_an_offense_before_it_by_its_label(qtbot, window, repo, monkeypatch):
    """Beside Date of birth too (Q110-03), which read "After Case 24CR042, conviction 1, offense date"."""
    client_id = stored_before_k386(repo, monkeypatch, _offense_before_birth())
    window.load()
    window.open_client(client_id)
    said = window.client_view.record.person.rows["dob"].message.text()
    assert said == "After Case 24CR042, conviction 1, Offense on (1979-01-01)"


# The row's own check refuses these first on the Record tab ("Relief granted: before the conviction
# date"); a merge, an export, a Checklist tick or Undo of such a stored record says the check's.
@pytest.mark.parametrize(("made", "said"), [
    (_no_section, "conviction 1, Offense: empty"),
    (_relief_before_conviction, "conviction 1, relief granted 1, On: 2023-01-01 is before the conviction date 2024-03-01"),
    (_hours_below_nothing, "condition 1, Of: negative: -4"),
])
def test_k422_01_the_checks_refusal_names_a_rows_field_by_its_label(made, said):
    client = made()
    assert in_the_record(client, refused_fact(client)) == f"Case 24CR042, {said}"


def test_k422_01_each_rows_name_is_its_labels_text(window, repo):
    """Each of `ROW_NAMES` is the text of the label beside its field on the Record tab."""
    from clinic_app.record_said import ROW_NAMES

    client = _violation_before_start()
    client.cases[0].sentence.probation.violations[0].date = date(2024, 5, 1)
    client.cases[0].convictions[0].relief_granted = [ReliefGranted(remedy="pc1203_4", date=date(2025, 1, 1))]
    client.cases[0].conditions = [Condition(kind="community_service", label="Caltrans", required=4)]
    _open(window, repo, client)
    form = window.client_view.record.case_form
    count = form.convictions.rows[0]
    fields = {"convictions[].offense_date": count.offense_date, "convictions[].section": count.offense,
              "convictions[].conviction_date": count.date,
              "convictions[].relief_granted[].date": count.relief.rows[0].date,
              "convictions[].relief_granted[].remedy": count.relief.rows[0].remedy,
              "conditions[].required": form.conditions.rows[0].required,
              "sentence.probation.violations[].date": form.violations.rows[0].date}
    labels = {label.buddy(): label.text().replace("&", "").rstrip(":") for label in form.findChildren(QLabel) if label.buddy()}
    assert {path: labels[fields[path]] for path in ROW_NAMES} == ROW_NAMES
