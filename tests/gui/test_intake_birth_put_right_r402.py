"""R402-02: at intake, "Conviction date: 1950 is before the date of birth 1970-05-06" stands
beside the count's date since K394-01.  The volunteer saw the birth was typed wrong, put it right
in box 1 (1940) and pressed Enter: "Corrected and screened again." under the Case number, and
beside the date, in red, still "before the date of birth 1970-05-06", a birth the record no
longer has, the date described to a screen reader as "Problem: ..." (before K394-01 the refusal
stood under the Case number, and the correction's words took its place)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case
from tests.gui.test_intake_large_font_s100 import font_12, laptop_200  # noqa: F401 - fixtures
# Intake at 12 pt, 667 x 344, Dora Escala (born 1970-05-06) started by the keyboard (K364's).
from tests.gui.test_intake_refusal_shown_once_k364 import dialog  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r402_02_a_birth_put_right_takes_away_the_count_s_refusal_naming_it(qtbot, dialog):
    from ui.forms import set_combo

    set_combo(dialog.sentence, "probation")
    type_intake_case(qtbot, dialog, "BA1", "1950", offense="PC 459")
    said = "Convicted: 1950 is before the date of birth 1970-05-06"
    assert dialog.conviction.message.text() == said and dialog.conviction.message.is_error
    dialog.dob.setFocus()
    dialog.dob.selectAll()
    qtbot.keyClicks(dialog.dob, "05-06-1940")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)  # the correction saved
    assert dialog.client.person.dob.year == 1940 and dialog.client.cases == []
    assert dialog.case_message.text() == "Corrected and screened again."
    assert not dialog.conviction.message.is_error and "1970-05-06" not in dialog.conviction.message.text()
    assert not dialog.conviction.date.accessibleDescription().startswith("Problem:")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert len(dialog.client.cases) == 1


def test_r407_04_a_birth_put_right_still_after_the_count_keeps_the_refusal_in_its_words(qtbot, dialog):
    """R407-04: the birth put right to 1960, the count's 1950 is still before it: R402-02 took the
    refusal away all the same, the date shown as if it were right until Enter refused it again."""
    from ui.forms import set_combo

    set_combo(dialog.sentence, "probation")
    type_intake_case(qtbot, dialog, "BA1", "1950", offense="PC 459")
    dialog.dob.setFocus()
    dialog.dob.selectAll()
    qtbot.keyClicks(dialog.dob, "05-06-1960")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)  # the correction saved, the count still before it
    assert dialog.client.person.dob.year == 1960
    said = "Convicted: 1950 is before the date of birth 1960-05-06"
    assert dialog.conviction.message.text() == said and dialog.conviction.message.is_error
    # Heard on the field itself without its own name again (K409-02).
    assert dialog.conviction.date.accessibleDescription() == "Problem: 1950 is before the date of birth 1960-05-06"
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert dialog.client.cases == [] and dialog.conviction.message.text() == said
