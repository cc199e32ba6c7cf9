"""I165-01: Armando (synthetic), a lawful permanent resident, was taken in at a clinic event: a
petty theft, probation done.  Box 3 read "Eligible now" over the dismissal with not a word that
immigration counsel comes before anything is filed, which the Eligibility tab, the worksheet
and the text report each say first (ca-rules.md 4.8, 5: "Get an immigration-law consult before
anything else")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, show_active
from tests.gui.test_first_clinic_event_e29 import _choose

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FIRST = "First: the client is not a US citizen, so immigration counsel comes before anything is filed."


def _taken_in(qtbot, repo, citizen: str, size: tuple[int, int] | None = None):
    """A client whose answer to US citizen is `citizen`, with a 2020 petty theft, probation done,
    taken in a dialog of `size` where one is given."""
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    if size is not None:
        dialog.resize(*size)
        qtbot.waitUntil(lambda: dialog.size().toTuple() == size)
    qtbot.keyClicks(dialog.name, "Armando Testimmigra")
    _choose(qtbot, dialog.citizen, citizen)
    qtbot.keyClick(dialog.citizen, Qt.Key.Key_Return)
    _case_added(qtbot, dialog, "0CJ07788", "2020-09-01", "PC 484", "2022-09-01")
    assert dialog.case_message.text() == "Case 1 added and screened."
    return dialog


def _case_added(qtbot, dialog, number: str, convicted: str, offense: str, probation_end: str) -> None:
    """A case typed in box 2, its probation done, and added by Enter."""
    qtbot.keyClicks(dialog.case_number, number)
    qtbot.keyClicks(dialog.conviction.date, convicted)
    dialog.conviction.offense.setFocus()
    qtbot.keyClicks(dialog.conviction.offense, offense)
    dialog.conviction.offense.completer().popup().hide()
    dialog.probation_end.setFocus()
    qtbot.keyClicks(dialog.probation_end, probation_end)
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)


def test_i165_01_box_3_says_immigration_counsel_first(qtbot, repo, announcements):
    dialog = _taken_in(qtbot, repo, "No")
    assert dialog.best.text() == "Armando Testimmigra: Eligible now"  # the outcome's line as it was
    note = dialog.immigration_note
    assert note.text() == FIRST and note.isVisible()
    # Under the outcome, above the results box 3 lists.
    assert dialog.best.y() < note.y() < dialog.results.y()
    heard = [said for _source, said, _politeness in announcements if "added and screened" in said]
    assert heard == [f"Case 1 added and screened. Armando Testimmigra: Eligible now {FIRST}"]


def test_i165_01_a_citizen_box_3_has_no_immigration_line_nor_the_next_client(qtbot, repo):
    dialog = _taken_in(qtbot, repo, "Yes")
    assert dialog.immigration_note.isHidden() and "immigration" not in dialog.best.text()
    dialog.close()
    other = _taken_in(qtbot, repo, "No")
    assert other.immigration_note.isVisible()
    qtbot.keyClick(other, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Next client
    assert other.best.text() == "No client yet." and other.immigration_note.isHidden()


@pytest.mark.parametrize(("then", "heard"), [
    ("No", f"Armando Testimmigra: Eligible now {FIRST}"),
    ("Yes", "Armando Testimmigra: Eligible now"),
])
def test_r167_02_citizenship_corrected_after_a_case_box_3_s_new_words_are_heard(qtbot, repo, announcements, then, heard):
    # US citizen left at "Don't know" (intake's default) until the case was added, then asked:
    # the line under the outcome changed ("... not a US citizen ..." or gone), and a screen
    # reader, back in the case number, heard only "Corrected and screened again." as its
    # description, not what box 3 now says.
    dialog = _taken_in(qtbot, repo, "Don't know")
    assert "citizenship is unknown" in dialog.immigration_note.text()
    before = len(announcements)
    dialog.citizen.setFocus()
    _choose(qtbot, dialog.citizen, then)
    qtbot.keyClick(dialog.citizen, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Corrected and screened again."
    assert dialog.immigration_note.text() == (FIRST if then == "No" else "")
    assert [said for _source, said, _politeness in announcements[before:]] == [heard]
    # A correction that leaves box 3 as it was (the name) says nothing more.
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "-Ruiz")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Corrected and screened again."
    assert [said for _source, said, _politeness in announcements[before:]] == [heard]


def test_r167_03_at_853_by_560_box_3_s_line_under_the_outcome_is_in_sight(qtbot, repo):
    # 1280 x 800 at 150%: the boxes scrolled on to the outcome's line (S80-02) and stopped there,
    # "First: ... immigration counsel ..." below the fold, its orange border's top alone in sight.
    from tests.gui.test_intake_added_in_sight_s80 import _in_sight

    dialog = _taken_in(qtbot, repo, "No", size=(853, 560))
    assert dialog.immigration_note.text() == FIRST
    qtbot.waitUntil(lambda: _in_sight(dialog.best, dialog.scroll))
    assert _in_sight(dialog.immigration_note, dialog.scroll)
    assert _in_sight(dialog.case_number, dialog.scroll) and dialog.case_number.hasFocus()


def test_a170_04_a_second_case_is_heard_without_the_line_heard_with_the_first(qtbot, repo, announcements):
    # Each case added said box 3's whole line again, "First: the client is not a US citizen, so
    # immigration counsel comes before anything is filed.", unchanged: a volunteer taking four
    # cases heard it four times over the outcome.  Said as it comes or changes (R167-02).
    dialog = _taken_in(qtbot, repo, "No")
    before = len(announcements)
    _case_added(qtbot, dialog, "9CJ01234", "2019-09-01", "PC 459", "2021-09-01")
    assert dialog.case_message.text() == "Case 2 added and screened." and dialog.immigration_note.text() == FIRST
    assert [said for _source, said, _politeness in announcements[before:]] == [
        f"Case 2 added and screened. {dialog.best.text()}"]


def test_a170_05_a_returning_client_opened_at_intake_is_heard_with_the_line(qtbot, repo, announcements):
    # Box 1 found her record by an alias and Space opened it: "Opened María Elena Ruiz (id 1),
    # seen before; ... Add today's cases to theirs." was all that was heard, box 3's line under
    # her outcome unsaid, away from the focus, until a case was added (none may be).
    from datetime import date

    from clinic_app.model import Person
    from tests.gui.conftest import probation_client, show_active, type_intake_case
    from ui.intake import IntakeDialog

    maria = probation_client("María Elena Ruiz")
    maria.person, maria.aliases = Person(dob=date(1984, 5, 12), us_citizen=False), ["Elena Gomez"]
    repo.add_client(maria)
    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Elena Gomez")
    qtbot.keyClicks(dialog.dob, "5/12/1984")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # to the offer
    before = len(announcements)
    qtbot.keyClick(dialog.open_instead, Qt.Key.Key_Space)
    assert dialog.immigration_note.text() == FIRST and dialog.immigration_note.isVisible()
    (said,) = [said for _source, said, _politeness in announcements[before:]]
    assert said.startswith("Opened María Elena Ruiz (id 1), seen before; ") and said.endswith(f"theirs. {FIRST}")
    # Heard once: not again with the case added next.
    before = len(announcements)
    type_intake_case(qtbot, dialog, "7CJ00001", "1/5/2018", offense="11377")
    assert [said for _source, said, _politeness in announcements[before:]] == [f"Case 2 added and screened. {dialog.best.text()}"]
