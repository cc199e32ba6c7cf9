"""K409: what a screen reader hears of a field or filter is what the screen shows, once.

K409-01: each caseload filter's description read out the caseload's whole file path (eight
times on the page, a path that can hold a staff member's user name): it says what the filter
lists and its twin at a terminal, the file named as "--db CASELOAD"; the tooltip, to be copied,
still names the file.

K409-02: at intake a count's date labelled "Convicted:" (or "Arrested:") was heard "Conviction
date" (or "Arrest date"), and Enter in the Case number took the keyboard to it heard as
"Conviction date, 2042, Problem: Conviction date: 2042 is after this year": two names for one
field, one of them twice.  Its name is the label's words, its refusal says them as shown, and
on arriving the refusal is heard without them again: "Convicted, 2042, Problem: 2042 is after
this year".

K409-03: other Record tab fields heard by a longer name than their label, where it only differed.

K409-04: an offense day after the conviction's was refused beside Save as "Cannot save: Offense
date: ...", beside a field labelled and now heard "Offense on:"."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

# Intake at 12 pt, 667 x 344, Dora Escala (born 1970-05-06) started by the keyboard (K364's).
from tests.gui.test_intake_large_font_s100 import font_12, laptop_200  # noqa: F401 - fixtures
from tests.gui.test_intake_refusal_shown_once_k364 import dialog  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _described(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_k409_01_a_filter_s_description_names_no_file_path(qtbot, window, repo):
    caseload = window.caseload
    where = f"--db {shlex.quote(str(repo.path))}"
    for widget, option in ((caseload.outstanding, "--outstanding"), (caseload.review, "--review"),
                           (caseload.count_buttons["review"], "--review"), (caseload.event, "--event NAME"),
                           (caseload.language, "--language en or es"), (caseload.older_rules_button, "--older-rules"),
                           (caseload.remedy, "--remedy KEY"), (caseload.county, "--county NAME")):
        heard = _described(widget)
        assert str(Path(repo.path).parent) not in heard, (option, heard)
        assert heard.endswith(f"The same as clinic-app list --db CASELOAD {option}"), (option, heard)
        assert heard.startswith("Clients"), heard  # what it lists, as the tooltip says
        assert widget.toolTip().endswith(f"The same as clinic-app list {where} {option}")  # to copy, whole


@pytest.mark.parametrize(("sentence", "name", "typed", "said"), [
    ("probation", "Convicted", "2042", "2042 is after this year"),
    ("dismissed", "Arrested", "2042", "2042 is after this year"),
    ("probation", "Convicted", "6/1/1950", "1950-06-01 is before the date of birth 1970-05-06"),
])
def test_k409_02_a_count_s_date_is_heard_by_its_label_and_once(qtbot, dialog, sentence, name, typed, said):
    from PySide6.QtCore import Qt

    from tests.gui.conftest import type_intake_case
    from ui.forms import set_combo

    set_combo(dialog.sentence, sentence)
    type_intake_case(qtbot, dialog, "BA1", typed, offense="PC 459", enter=False)
    dialog.case_number.setFocus()
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    date = dialog.conviction.date
    assert date.hasFocus()
    label = next(label for label in dialog.conviction.findChildren(QLabel) if label.buddy() is date)
    assert label.text().replace("&", "") == f"{name}:" and date.accessibleName() == name
    assert dialog.conviction.message.text() == f"{name}: {said}"  # seen beside the field, named as shown
    assert date.accessibleDescription() == f"Problem: {said}"  # heard after its name, not again
    # Heard on the case's own fields with the name: they are not the date.
    assert dialog.case_number.accessibleDescription() == f"Problem: {name}: {said}"


# The Record tab's fields whose heard name only differed from their label (K409-03), and words
# their description keeps of the longer name.
SAID_AS_SEEN = [("early_termination", "PC 1203.3"), ("protective_order", "criminal protective order"),
                ("program_completed", ""), ("jurisdiction", "California")]


@pytest.mark.parametrize(("name", "described"), SAID_AS_SEEN)
def test_k409_03_a_record_field_is_heard_by_its_label(qtbot, window, repo, name, described):
    from tests.gui.conftest import open_on_record, probation_client
    from tests.gui.test_one_name_for_each_field_k393 import _label_of

    _, form = open_on_record(window, repo, probation_client("Ona Probst"))
    field = getattr(form, name)
    assert field.accessibleName() == _label_of(field)
    assert described.lower() in _described(field).lower()
    # A short label in a box is heard with the box's word: kept ("Kind:" in Probation).
    assert (form.probation_kind.accessibleName(), form.probation_status.accessibleName()) == (
        "Probation kind", "Probation status")


def test_k409_03_intake_s_state_or_court_is_heard_by_its_label(qtbot, started_intake):
    from tests.gui.test_one_name_for_each_field_k393 import _label_of

    box = started_intake.jurisdiction
    assert box.accessibleName() == _label_of(box) == "State or court"
    assert "Blank for a California court" in _described(box)


def test_k409_04_an_offense_after_the_conviction_is_refused_by_the_label(qtbot, window, repo):
    from tests.gui.conftest import open_on_record, probation_client, type_over

    _, form = open_on_record(window, repo, probation_client("Ona Probst"))  # convicted 2021-05-01
    row = form.convictions.rows[0]
    type_over(qtbot, row.offense_date, "2022-01-01")
    row.offense_date.clearFocus()
    view = window.client_view
    view._update_save_state()
    assert "Offense on: after the conviction date" in view.save_reason.text(), view.save_reason.text()


def test_r415_01_a_count_convicted_after_the_judgment_is_refused_by_the_label(qtbot, window, repo):
    """R415-01: beside K409-04's "Offense on:", a count convicted after the judgment was refused
    beside Save as "Cannot save: Conviction date: ...", a name its row shows (and is heard by)
    nowhere: it is named as the row reads, "Convicted:"."""
    from tests.gui.conftest import open_on_record, probation_client, type_over

    _, form = open_on_record(window, repo, probation_client("Ona Probst"))  # convicted 2021-05-01
    type_over(qtbot, form.judgment, "2021-04-01")
    form.judgment.clearFocus()
    view = window.client_view
    view._update_save_state()
    assert form.convictions.rows[0].date.accessibleName() == "Convicted"
    assert "Convicted: after the judgment date" in view.save_reason.text(), view.save_reason.text()
    assert "Conviction date" not in view.save_reason.text()
