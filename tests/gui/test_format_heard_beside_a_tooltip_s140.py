"""S140-03: a field's placeholder says how it is typed ("YYYY-MM-DD, MM-DD-YYYY", "dollars"), and
with no tooltip a screen reader hears it as the field's description; but Qt hands a reader the
tooltip in its place, so on intake's Release day, Probation end, Fines ordered and Fines
paid (each with a tooltip) the format was never heard.  Their description now says the tooltip
and then the placeholder's words; a problem said of the field still takes its place while shown,
and the field's own words come back after."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.gui.conftest import TODAY, probation_client
from ui.forms import DATE_PLACEHOLDER


def _heard(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ina Intake")
    dialog.dob.setText("1980-02-03")
    dialog.start_client()
    return dialog


def test_intakes_dates_and_amounts_with_a_tooltip_say_how_they_are_typed(qtbot, repo):
    dialog = _intake(qtbot, repo)
    release = next(field for field in dialog.findChildren(type(dialog.probation_end)) if field.accessibleName() == "Release day")
    for field, words in ((dialog.probation_end, DATE_PLACEHOLDER), (release, DATE_PLACEHOLDER),
                         (dialog.fines, "dollars"), (dialog.fines_paid, "dollars")):
        assert field.toolTip() and field.placeholderText() == words
        said = field.accessibleDescription()
        assert said.startswith(field.toolTip()) and said.endswith(f"{words}."), (field.accessibleName(), said)
        assert _heard(field) == said


def test_a_field_without_a_tooltip_is_left_to_say_its_placeholder(qtbot, window, repo):
    """As before: Qt says the placeholder itself (W23-03's test keeps it)."""
    client_id = repo.add_client(probation_client("Ana Abad"))
    window.load()
    window.open_client(client_id)
    start = window.client_view.record.case_form.probation_start
    assert not start.toolTip() and start.accessibleDescription() == "" and _heard(start) == DATE_PLACEHOLDER


def test_a_problem_takes_its_place_while_shown_then_the_format_is_heard_again(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Ana Abad"))
    window.load()
    window.open_client(client_id)
    paid = window.client_view.record.case_form.fines_paid
    resting = paid.accessibleDescription()
    assert resting.startswith(paid.toolTip()) and resting.endswith("In dollars.")
    paid.setText("-5")
    assert paid.accessibleDescription() == "Problem: Cannot be negative"
    paid.setText("5")
    assert paid.accessibleDescription() == resting
