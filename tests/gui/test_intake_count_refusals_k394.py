"""K394: intake at 12 pt in a 1366 x 768 laptop at 200% (667 x 344): a count's own refusals (its
date's year checks) beside the field they are about, the keyboard taken there, as the sentence
line's are (K369-03, K377, R381)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_intake_case
from tests.gui.laid_out import laid_out
from tests.gui.test_intake_large_font_s100 import font_12, laptop_200  # noqa: F401 - fixtures
from tests.gui.test_intake_message_by_the_case_number_k352 import _in_sight
# Intake at 12 pt, 667 x 344, Dora Escala (born 1970-05-06) started by the keyboard (K364's).
from tests.gui.test_intake_refusal_shown_once_k364 import dialog  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize(("sentence", "typed", "said"), [
    ("probation", "2042", "Convicted: 2042 is after this year"),
    ("dismissed", "2042", "Arrested: 2042 is after this year"),
    ("probation", "1950", "Convicted: 1950 is before the date of birth 1970-05-06"),
    ("probation", "6/1/1950", "Convicted: 1950-06-01 is before the date of birth 1970-05-06"),
])
@pytest.mark.parametrize("enter_in", ["case_number", "date"])
def test_k394_01_a_count_s_date_refused_is_seen_beside_it(qtbot, dialog, announcements, sentence, typed, said,
                                                         enter_in):
    """"Conviction date: 2042 is after this year" (or a year before the birth) stood under the
    Case number, the keyboard left where Enter was, and Convicted:, the field it is about, was
    not where the words were.  The words stand under the count, beside its date, shown once,
    both in sight, the keyboard in the date; heard once: announced where the keyboard stayed
    there, else said as the date's description as it is reached (K369-03's way)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.forms import set_combo

    set_combo(dialog.sentence, sentence)
    type_intake_case(qtbot, dialog, "BA1", typed, offense="PC 459", enter=False)
    field = dialog.case_number if enter_in == "case_number" else dialog.conviction.date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.client.cases == []
    assert dialog.case_message.text() == said == dialog.conviction.message.text()
    assert not dialog.case_message.isVisible() and dialog.conviction.message.is_error
    assert dialog.conviction.date.hasFocus()
    laid_out()
    QApplication.processEvents()  # the boxes placed again once laid out (`_say_now`'s second look)
    assert _in_sight(dialog.conviction.message, dialog.scroll) and _in_sight(dialog.conviction.date, dialog.scroll)
    # Heard after the field's name, which it does not say again (K409-02).
    assert dialog.conviction.date.accessibleDescription() == f"Problem: {said.removeprefix(dialog.conviction.date.accessibleName() + ': ')}"
    heard = [message for _object, message, _politeness in announcements]
    assert heard == ([said] if enter_in == "date" else [])
    # Put right, the count's own words are back, and the case is added.
    dialog.conviction.date.selectAll()
    qtbot.keyClicks(dialog.conviction.date, "6/1/2019")
    assert not dialog.conviction.message.is_error
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert len(dialog.client.cases) == 1


@pytest.mark.parametrize("enter_in", ["case_number", "date"])
def test_k394_02_the_1994_jail_refusal_is_read_whole_beside_the_sentence(qtbot, dialog, enter_in):
    """"County jail 1170(h)" for a 1994 conviction was refused in five lines under the sentence's
    line, the keyboard taken to Sentence: the two 293 pixels apart from the box's top to the
    words' last line in a view of 289, the last line was cut by its edge.  In four lines now,
    the Sentence and the whole refusal are in sight together, what it says unchanged."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.forms import set_combo

    set_combo(dialog.sentence, "county_jail_1170h")
    type_intake_case(qtbot, dialog, "BA1", "1994", offense="PC 459", enter=False)
    field = dialog.case_number if enter_in == "case_number" else dialog.conviction.date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.client.cases == []
    assert dialog.sentence.hasFocus() and dialog.line_words.text().startswith("Sentence: ")
    laid_out()
    QApplication.processEvents()  # the boxes placed again once laid out (`_say_now`'s second look)
    assert _in_sight(dialog.line_words, dialog.scroll) and _in_sight(dialog.sentence, dialog.scroll)
    assert dialog.line_words.text() == (
        "Sentence: PC 1170(h) county jail began with realignment on 2011-10-01, after this 1994 conviction: a jail "
        "term then was a misdemeanor's (choose No probation) or on probation (choose Probation). Sentenced that day "
        "or later? Enter it on the Record tab, with the day of judgment")
