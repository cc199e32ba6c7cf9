"""I50: the Record tab's conditions under a diversion program, a bare section shown as stored,
and a condition row readable in a narrow window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Condition, Person, Program
from tests.gui.conftest import type_count_offense
from tests.gui.test_first_clinic_event_e29 import _choose, _new_client_with_a_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _open(window, repo, client: Client):
    client_id = repo.add_client(client)
    window.load()
    window.show()
    window.open_client(client_id)
    return window.client_view, window.client_view.record.case_form


def test_i50_01_a_pending_case_in_diversion_is_asked_its_conditions(qtbot, window, repo):
    """H49-01 hid Conditions for every case without a conviction, a pending case in a
    diversion program too, whose classes the checklist tracks (PC 1001.9 completion)."""
    view, form = _new_client_with_a_case(qtbot, window, "Ana Testdivert")
    _choose(qtbot, form.outcome, "Pending")
    assert not form.conditions_box.isVisible()  # no program: nothing to keep
    _choose(qtbot, form.program_kind, "Pretrial diversion")
    assert form.conditions_box.isVisible()
    assert not form.conditions_kept.isVisible()  # asked, not merely kept
    assert form.conditions.add_button.isVisibleTo(form)
    qtbot.mouseClick(form.conditions.add_button, Qt.MouseButton.LeftButton)
    (row,) = form.conditions.rows
    qtbot.keyClicks(row.label, "Anger management")
    # The outcome the program ends in changes nothing: its classes are still the program's.
    _choose(qtbot, form.outcome, "Diversion completed")
    assert form.conditions_box.isVisible() and not form.conditions_kept.isVisible()
    # Money holds fines and restitution only (no program fees): not asked for a program.
    assert not form.money_box.isVisible()
    _choose(qtbot, form.program_kind, "None")
    # Without the program, the class typed stays in view, said kept, as H49-01 has it.
    assert form.conditions_box.isVisible() and form.conditions_kept.isVisible()


def test_i50_01_a_stored_diversion_case_opens_with_its_conditions_box(qtbot, window, repo):
    client = Client(name="Bo Testdej", person=Person(dob=date(1992, 3, 3)), cases=[Case(
        id="c1", case_number="BA500500", outcome="pending", arrest_date=date(2025, 2, 1),
        program=Program(kind="dej", plea_entered=True))])
    view, form = _open(window, repo, client)
    assert form.conditions_box.isVisible() and not form.conditions_kept.isVisible()
    assert not form.sentence_box.isVisible() and not form.money_box.isVisible()


def test_i50_01_conditions_of_a_diversion_case_are_not_said_a_mistake(qtbot, window, repo):
    client = Client(name="Cy Testmh", person=Person(dob=date(1988, 4, 4)), cases=[Case(
        id="c1", case_number="BA500501", outcome="pending", arrest_date=date(2025, 2, 1),
        program=Program(kind="mental_health"),
        conditions=[Condition(kind="program", label="Outpatient treatment", required=26, done=4)])])
    view, form = _open(window, repo, client)
    assert form.conditions_box.isVisible()
    assert not form.conditions_kept.isVisible()  # "Kept as recorded, though ... has no conditions" was wrong here
    assert form.validate() == []


DUI_NOTE = ("VC 23152 Driving under the influence (DUI) - misdemeanor "
            "(read as Vehicle Code: the only code in the offense catalog with 23152)")


def _type_bare_section(qtbot, window, repo, name: str):
    client_id, count = type_count_offense(qtbot, window, repo, name, "2315")
    qtbot.keyClicks(count.offense, "2")
    # While typing, the field is the user's: no rewrite, no caret jump.
    assert count.offense.text() == "23152" and count.offense.cursorPosition() == 5
    return client_id, window.client_view, count


def test_i50_02_a_bare_section_left_shows_as_stored(qtbot, window, repo):
    """After "23152" and leaving, the field still said "23152", though the case was stored
    "VC 23152" (the Cases list and the client reopened said VC 23152)."""
    client_id, view, count = _type_bare_section(qtbot, window, repo, "Dee Testleave")
    qtbot.keyClick(count.offense.completer().popup(), Qt.Key.Key_Escape)  # the suggestions put away
    qtbot.keyClick(count.offense, Qt.Key.Key_Tab)
    assert count.offense.text() == "VC 23152"
    assert repo.get_client(client_id).cases[0].convictions[0].citation == "VC 23152"
    assert count.message.text() == DUI_NOTE  # which code it was read in is still said
    assert not view.save_button.isEnabled()  # showing what is stored is no change to save


def test_i50_02_a_bare_section_saved_with_ctrl_s_shows_as_stored(qtbot, window, repo):
    client_id, view, count = _type_bare_section(qtbot, window, repo, "Eli Testsave")
    window.save_action.trigger()  # Ctrl+S, the focus still in the field
    assert repo.get_client(client_id).cases[0].convictions[0].citation == "VC 23152"
    assert count.offense.text() == "VC 23152"
    assert count.message.text() == DUI_NOTE
    # Typing on goes on from what is shown, read afresh.
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "459")
    assert count.message.text().startswith("PC 459 Burglary")


def test_i50_02_a_section_typed_with_its_code_is_left_as_typed(qtbot, window, repo):
    _client_id, count = type_count_offense(qtbot, window, repo, "Fay Testcode", "459")
    qtbot.keyClick(count.offense, Qt.Key.Key_Tab)
    assert count.offense.text() == "459"  # the Penal Code, as typed: nothing read otherwise


def test_i50_02_tab_past_the_suggestions_shows_what_will_be_stored(qtbot, window, repo):
    """Tab with the suggestions still up leaves without the save (K19-03); the field shows
    what that save will store, and the Save button says it is to come."""
    client_id, view, count = _type_bare_section(qtbot, window, repo, "Gus Testlist")
    assert count.offense.completer().popup().isVisible()
    qtbot.keyClick(count.offense, Qt.Key.Key_Tab)
    assert count.offense.text() == "VC 23152" and count.message.text() == DUI_NOTE
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].convictions[0].citation == "VC 23152"


@pytest.mark.parametrize("width", [853, 1024, 1280])
def test_i50_03_a_conditions_what_is_readable_in_a_narrow_window(qtbot, window, repo, width):
    """At 853 pixels wide (1280 at 150%) "Anger management" showed as "gement" (73 pixels of
    field), and at 1280 as "ement" (42): the field was squeezed to its least width."""
    from tests.gui.conftest import probation_client

    client = probation_client("Ivy Testnarrow")
    client.cases[0].conditions = [Condition(kind="class", label="Anger management", required=12, done=4),
                                  Condition(kind="community_service", label="Community service hours", required=40, done=10)]
    client_id = repo.add_client(client)
    window.load()
    window.resize(width, 700)
    window.open_client(client_id)
    qtbot.wait(50)  # the layout settled
    form = window.client_view.record.case_form
    for row in form.conditions.rows:
        what = row.label
        margins = what.textMargins().left() + what.textMargins().right() + 8  # the frame's
        assert what.width() >= what.fontMetrics().horizontalAdvance(what.text()) + margins, (width, what.width())
        # Nothing of the row past the box's right edge (no sideways scrolling).
        for field in (row.kind, what, row.required, row.done, row.completed, row.remove):
            right = field.mapTo(form.conditions_box, field.rect().topRight()).x()
            assert right < form.conditions_box.width(), (width, field.accessibleName())


def test_i50_04_an_arrest_offense_typed_bare_shows_as_stored(qtbot, window, repo):
    """What an arrest was for, "11350" typed: stored HS 11350 (G49-01), the field said "11350"."""
    client = Client(name="Jo Testarrest", person=Person(dob=date(1991, 5, 5)), cases=[Case(
        id="c1", case_number="BA600600", outcome="dismissed", disposition_date=date(2020, 3, 1),
        arrest_date=date(2019, 6, 1))])
    view, form = _open(window, repo, client)
    qtbot.mouseClick(form.arrest_offenses.add_button, Qt.MouseButton.LeftButton)
    (row,) = form.arrest_offenses.rows
    row.section.setFocus()
    qtbot.keyClicks(row.section, "11350")
    assert row.section.text() == "11350" and row.section.cursorPosition() == 5  # not while typing
    qtbot.keyClick(row.section, Qt.Key.Key_Tab)
    assert row.section.text() == "HS 11350"
    assert "(read as Health and Safety Code: the only code in the offense catalog with 11350)" in row.message.text()
    stored = repo.get_client(view.client.id).cases[0].arrest_offenses[0]
    assert (stored.code, stored.section) == ("HS", "11350")
