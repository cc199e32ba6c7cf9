"""K393: one field, one name: intake's label, its accessible name, the Record tab's label and
accessible name, and the words that refuse it ("Release day: ...", "Cannot save: ...")."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence
from tests.gui.conftest import open_on_record, type_over
from tests.gui.test_intake_refusals_know_their_field_k377 import _refused

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _label_of(field) -> str:
    """The words of the label whose buddy `field` is, as the user reads them ("Release day")."""
    from PySide6.QtWidgets import QLabel

    label = next(label for label in field.window().findChildren(QLabel) if label.buddy() is field)
    return label.text().replace("&", "").removesuffix(":").removesuffix(" $").strip()


def _prison_client() -> Client:
    """A synthetic client with one state prison case, released in 2021."""
    return Client(name="Lena Brightwater", person=Person(dob=date(1980, 2, 3)), cases=[Case(
        id="c1", case_number="BA200001", disposition_date=date(2019, 6, 1),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2019, 6, 1))],
        sentence=Sentence(type="state_prison", custody=Custody(release_date=date(2021, 4, 1))))])


def _refused_at_intake(qtbot, dialog, name: str, typed: str, sentence: str) -> str:
    """Case BA1 typed with `typed` in intake's field `name` under `sentence`: what Enter refuses."""
    _refused(qtbot, dialog, sentence, name, typed, "1/5/2018")
    return dialog.line_words.text()


def test_k393_01_the_release_day_is_one_name_at_intake_on_the_record_and_heard(qtbot, started_intake, window, repo):
    """Intake's "Release day:" was heard "Release from custody", and the Record tab showed the same
    day as "Released on:" and named it "Release date", in its "Cannot save" line too: three names
    for one day.  It is "Release day" wherever it is seen, heard or refused."""
    dialog = started_intake
    assert _label_of(dialog.released) == dialog.released.accessibleName() == "Release day"
    refused = _refused_at_intake(qtbot, dialog, "released", "2/30/2020", "state_prison")
    assert refused.startswith("Release day: ")

    _, form = open_on_record(window, repo, _prison_client())
    assert _label_of(form.release) == form.release.accessibleName() == "Release day"
    type_over(qtbot, form.release, "2/30/2021")
    assert any(line.startswith("Release day: ") for line in form.validate()), form.validate()


def test_k393_02_restitution_ordered_is_one_name_at_intake_and_on_the_record(qtbot, started_intake, window, repo):
    """Intake's "Restitution $:" was heard "Restitution ordered", as the Record tab labels and names
    it beside "Fines ordered", and its refusal said "Restitution: ...": one name now, the label's."""
    dialog = started_intake
    assert _label_of(dialog.restitution) == dialog.restitution.accessibleName() == "Restitution ordered"
    assert _refused_at_intake(qtbot, dialog, "restitution", "12OO", "probation").startswith("Restitution ordered: ")

    _, form = open_on_record(window, repo, _prison_client())
    assert _label_of(form.restitution_ordered) == form.restitution_ordered.accessibleName() == "Restitution ordered"


# A field of the Record tab's case form whose label and accessible name differ, and what typed in
# it the form refuses (the probation client's probation starts 2021-05-01).
CANNOT_SAVE = [
    ("early_termination", "1/1/2020"),
    ("jurisdiction", "LA Superior Court"),
    ("protective_order", "2/30/2021"),
]


@pytest.mark.parametrize(("name", "typed"), CANNOT_SAVE)
def test_k393_03_cannot_save_names_the_field_by_the_label_seen(qtbot, window, repo, name, typed):
    """"Cannot save: Early termination date (PC 1203.3): Before probation started" named a field
    the Record tab labels "Ended early on:": the line said no label the paralegal could find.  It
    names the field by its label, as the person form's lines do (W21-04)."""
    from tests.gui.conftest import probation_client

    _, form = open_on_record(window, repo, probation_client("Ona Probst"))
    field = getattr(form, name)
    type_over(qtbot, field, typed)
    field.clearFocus()
    lines = form.validate()
    assert lines and lines[0].startswith(_label_of(field) + ": "), lines
    view = window.client_view
    view._update_save_state()
    assert view.save_reason.text().startswith(f"Cannot save: {_label_of(field)}: "), view.save_reason.text()


def test_k393_04_the_record_s_sentence_and_supervision_end_are_intake_s_names(qtbot, started_intake, window, repo):
    """The Record tab labelled "Supervision ends:" the field it named "Supervision end", as intake
    names and refuses it, and heard "Sentence type" where both it and intake read "Sentence:":
    "Cannot save: Supervision ends: Ends before release ..." said a third.  One name each."""
    from ui.forms import set_combo

    dialog = started_intake
    set_combo(dialog.sentence, "state_prison")
    assert dialog.probation_end.accessibleName() == "Supervision end"
    assert _label_of(dialog.sentence) == dialog.sentence.accessibleName() == "Sentence"

    _, form = open_on_record(window, repo, _prison_client())
    assert _label_of(form.supervision_end) == form.supervision_end.accessibleName() == "Supervision end"
    assert _label_of(form.sentence_type) == form.sentence_type.accessibleName() == "Sentence"
    type_over(qtbot, form.supervision_end, "1/1/2021")
    form.supervision_end.clearFocus()
    assert "Supervision end: Ends before release (2021-04-01)" in form.validate()
