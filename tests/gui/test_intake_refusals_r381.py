"""R381: intake's refusals of a field of the sentence's line that the record's own check makes
(a day before another), shown under that line, the keyboard in the field, as K377's are."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_intake_case, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize(("sentence", "typed", "name", "said"), [
    ("probation", {"probation_end": "3/1/2019"}, "probation_end",
     "Probation end: 2019-03-01 is before the conviction date 2019-06-01"),
    ("state_prison", {"released": "3/1/2019"}, "released",
     "Release day: 2019-03-01 is before the conviction date 2019-06-01"),
    ("state_prison", {"probation_end": "3/1/2019"}, "probation_end",
     "Supervision end: 2019-03-01 is before the conviction date 2019-06-01"),
    ("state_prison", {"released": "6/1/2020", "probation_end": "3/1/2020"}, "probation_end",
     "Supervision end: 2020-03-01 is before the release date 2020-06-01"),
])
def test_r381_01_a_day_before_another_is_refused_under_its_line(qtbot, started_intake, sentence, typed, name, said):
    """A day in Until: or Release day: before the conviction's day, or a supervision end before
    the release, in the same year, fell past intake's checks of years to the record's: "Case BA1,
    probation end: 2019-03-01 is before the start 2019-06-01" under the Case number, the keyboard
    left there, the field named as no label names it and out of sight at 12 pt in 667 x 344."""
    from PySide6.QtCore import Qt

    from ui.forms import set_combo

    dialog = started_intake
    set_combo(dialog.sentence, sentence)
    type_intake_case(qtbot, dialog, "BA1", "6/1/2019", offense="PC 459", enter=False)
    for field, text in typed.items():
        type_over(qtbot, getattr(dialog, field), text)
    dialog.case_number.setFocus()
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.client.cases == []
    assert dialog.case_message.text() == said == dialog.line_words.text()
    assert dialog.line_words.isVisible() and not dialog.case_message.isVisible()
    assert getattr(dialog, name).hasFocus()


@pytest.mark.parametrize(("sentence", "said"), [
    ("probation", "Convicted: 1950-06-01 is before the date of birth 1988-04-12"),
    ("dismissed", "Arrested: 1950-06-01 is before the date of birth 1988-04-12"),
])
def test_r381_02_a_day_before_the_birth_is_named_as_its_field(qtbot, started_intake, sentence, said):
    """"1950" as the conviction's year was refused as "Convicted: 1950 is before the date of
    birth 1988-04-12", and "6/1/1950" as "Case BA1, conviction 1, conviction date: 1950-06-01 is
    before ...", naming a case not added and a count intake does not number, by no field's name:
    both name the field as a screen reader hears it ("Conviction date", "Arrest date")."""
    from PySide6.QtCore import Qt

    from ui.forms import set_combo

    dialog = started_intake
    set_combo(dialog.sentence, sentence)
    type_intake_case(qtbot, dialog, "BA1", "6/1/1950", offense="PC 459", enter=False)
    dialog.case_number.setFocus()
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.client.cases == []
    assert dialog.case_message.text() == said
    assert said.startswith(f"{dialog.conviction.date.accessibleName()}: ")
    # The count's words, beside its date, the keyboard there (K394-01; K377 left them under Case).
    assert dialog.conviction.message.text() == said and not dialog.case_message.isVisible()
    assert dialog.conviction.date.hasFocus()
