"""K369: intake at 12 pt in a 1366 x 768 laptop at 200% (667 x 344), entering walk-ins by the
keyboard and with a screen reader: what a refused Enter says, where, and to whom."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_intake_case
from tests.gui.test_intake_large_font_s100 import font_12, laptop_200  # noqa: F401 - fixtures
# Intake at 12 pt, 667 x 344, Dora Escala started by the keyboard (K364's).
from tests.gui.test_intake_refusal_shown_once_k364 import dialog  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize(("typed", "said"), [
    ("13/45/2018", "Arrested: Not a date: there is no 13/45/2018 (there is no month 13)"),
    ("2018-02-30", "Arrested: Not a date: there is no 2018-02-30 (February 2018 has 28 days)"),
])
def test_k369_01_an_arrest_s_date_that_is_no_day_is_refused_as_the_arrest_date(qtbot, dialog, typed, said):
    """With a section typed, "Arrested: 13/45/2018" was refused as "Conviction date: Not a date
    ...", a field the line has not (I59-02 named it the arrest date only with no section)."""
    from ui.forms import set_combo

    set_combo(dialog.sentence, "dismissed")
    type_intake_case(qtbot, dialog, "BA1", typed, offense="11377")
    assert dialog.client.cases == []
    assert dialog.case_message.text() == said
    assert dialog.conviction.message.text() == said and dialog.conviction.message.isVisible()
    # Heard after the field's name, which it does not say again (K409-02).
    assert dialog.conviction.date.accessibleDescription() == f"Problem: {said.removeprefix(dialog.conviction.date.accessibleName() + ': ')}"


def _heard(announcements) -> list[str]:
    return [message for _object, message, _politeness in announcements]


def test_k369_02_a_refused_enter_is_heard_once_and_not_again_while_it_stands(qtbot, dialog, announcements):
    """Enter refused changed the description of the case's fields and nothing a screen reader
    says unasked: the volunteer heard nothing happen.  The refusal is announced, once: not from
    both the case's message and the count's (K364-01), nor again at a second Enter over it."""
    from PySide6.QtCore import Qt

    said = "Convicted: Not a date: there is no 13/45/2018 (there is no month 13)"
    type_intake_case(qtbot, dialog, "BA1", "13/45/2018", offense="11377")
    assert dialog.client.cases == []
    assert _heard(announcements) == [said]
    assert announcements[0][0] is dialog.conviction.message  # from the words seen, beside the date
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)  # the same refusal stands
    assert _heard(announcements) == [said]
    # Another refusal is heard; so is the first again once it is no longer the one standing.
    dialog.conviction.date.setFocus()
    dialog.conviction.date.selectAll()
    qtbot.keyClicks(dialog.conviction.date, "2042")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert _heard(announcements) == [said, "Convicted: 2042 is after this year"]
    # Box 1's refusal too.
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert _heard(announcements)[2:] == ["The client needs a name"]
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert _heard(announcements)[2:] == ["The client needs a name"]


def _end_date_refused(qtbot, dialog, enter_in) -> str:
    """Case BA1 typed with "13/45/2020" in Until:, and Enter pressed in `enter_in`: refused."""
    from PySide6.QtCore import Qt

    type_intake_case(qtbot, dialog, "BA1", "1/5/2018", offense="11377", enter=False)
    dialog.probation_end.setFocus()
    qtbot.keyClicks(dialog.probation_end, "13/45/2020")
    enter_in.setFocus()
    qtbot.keyClick(enter_in, Qt.Key.Key_Return)
    assert dialog.client.cases == []
    said = "Probation end: Not a date: there is no 13/45/2020 (there is no month 13)"
    assert dialog.case_message.text() == said
    return said


@pytest.mark.parametrize("enter_in", ["probation_end", "date"])
def test_k369_03_an_end_date_refused_is_seen_beside_its_field(qtbot, dialog, announcements, enter_in):
    """At 12 pt in 667 x 344, "End date: Not a date ..." stood under the Case number, and Until:,
    the field it is about, 400 pixels lower (the case number at the top of the count's tall
    column), was scrolled out of the view to show it.  The words stand under Until:'s line now,
    shown once, both in sight, the keyboard in Until: (taken there from where Enter was)."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_intake_message_by_the_case_number_k352 import _in_sight

    field = dialog.probation_end if enter_in == "probation_end" else dialog.conviction.date
    said = _end_date_refused(qtbot, dialog, field)
    assert dialog.probation_end.hasFocus()
    QApplication.processEvents()  # the boxes placed again once laid out (`_say_now`'s second look)
    assert not dialog.case_message.isVisible() and dialog.line_words.text() == said
    qtbot.waitUntil(lambda: _in_sight(dialog.line_words, dialog.scroll) and _in_sight(dialog.probation_end, dialog.scroll),
                    timeout=1000)
    # Heard once: announced where the keyboard stayed in Until:, or said as Until:'s description
    # where Enter's refusal took the keyboard there (a screen reader says it of the field reached).
    # Heard after the field's name, which it does not say again (K409-02).
    assert dialog.probation_end.accessibleDescription() == f"Problem: {said.removeprefix(dialog.probation_end.accessibleName() + ': ')}"
    assert _heard(announcements) == ([said] if enter_in == "probation_end" else [])


@pytest.mark.parametrize(("sentence", "name"), [("probation", "Probation end"), ("state_prison", "Supervision end")])
def test_r373_01_until_refused_is_named_as_the_field_is_named(qtbot, dialog, sentence, name):
    """Until: (Supervision until: after a prison term) refused as "End date: Not a date ...": no
    field at intake or on the Record tab is called that, where a screen reader names it
    "Probation end" (or "Supervision end") and the Record tab's field and refusals say "Probation
    end".  The refusal names it so now, and is still shown under its line, the keyboard in it."""
    from PySide6.QtCore import Qt

    from ui.forms import set_combo

    set_combo(dialog.sentence, sentence)
    type_intake_case(qtbot, dialog, "BA1", "1/5/2018", offense="11377", enter=False)
    dialog.probation_end.setFocus()
    qtbot.keyClicks(dialog.probation_end, "13/45/2020")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    said = f"{name}: Not a date: there is no 13/45/2020 (there is no month 13)"
    assert dialog.probation_end.accessibleName() == name
    assert dialog.client.cases == [] and dialog.case_message.text() == said
    assert dialog.line_words.text() == said and dialog.probation_end.hasFocus()
