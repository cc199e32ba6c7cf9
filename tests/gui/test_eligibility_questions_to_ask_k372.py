"""K372: the Eligibility tab gives one list of the questions to ask the client.

At a clinic event, the client across the table, the screening left results "Needs review" for
facts not recorded in two cases: the worksheet and the text report each listed the questions to
ask, and the tab none; the attorney read every row's reasons to find them.  The tab now lists the
worksheet's questions above the results, each naming its case; Enter on one takes the keyboard to
where its answer is recorded; a save that answers it takes it off; nothing to ask, no list.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.worksheet.compose import compose
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
from tests.gui.conftest import probation_client
from tests.two_cases_to_ask import two_cases_to_ask

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _worksheets_questions(view) -> list[str]:
    """The filing worksheet's "Facts to find out before filing", case by case, each said with
    its case as the worksheet heads it (where the question does not name one), each once."""
    said = []
    for sheet in compose(view.client, view.screening).cases:
        for asked in sheet.to_find_out:
            whole = asked if asked.startswith("Case ") else f"Case {sheet.label}: {asked}"
            whole = whole.replace(": Conviction ", ", conviction ", 1)
            if whole not in said:
                said.append(whole)
    return said


def test_k372_the_tab_lists_the_worksheets_questions_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, two_cases_to_ask())
    asked = panel.questions.asked()
    assert asked == _worksheets_questions(window.client_view)
    cases = ("Case BA100001", "Case c2 (PC 487(a), convicted 2012-06-01, Fresno County)")  # as K363 names it
    assert len(asked) >= 3 and {next(c for c in cases if a.startswith(c)) for a in asked} == set(cases)
    assert panel.questions.isVisible() and panel.questions_label.buddy() is panel.questions
    assert panel.questions.accessibleName() == "Questions to ask the client"
    below = panel.questions.mapTo(panel, panel.questions.rect().bottomLeft()).y()
    assert below < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()


def test_k372_enter_on_a_question_goes_to_its_case_and_field(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, two_cases_to_ask())
    view = window.client_view
    form = view.record.case_form
    value = next(i for i, a in enumerate(panel.questions.asked()) if "value of the property" in a)
    panel.questions.setFocus()
    panel.questions.setCurrentRow(value)
    qtbot.keyClick(panel.questions, Qt.Key.Key_Return)
    assert view.tabs.currentWidget() is view.record
    assert view.record.shown_case == 1  # the Fresno case, not the first listed
    qtbot.waitUntil(lambda: form.convictions.rows[0].value_dollars.hasFocus())
    view.tabs.setCurrentWidget(panel)
    panel.questions.setCurrentRow(0)
    qtbot.keyClick(panel.questions, Qt.Key.Key_Return)
    assert view.record.shown_case == 0
    qtbot.waitUntil(lambda: form.probation_end.hasFocus())


def test_k372_a_save_that_answers_a_question_takes_it_off(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, two_cases_to_ask())
    view = window.client_view
    value = next(a for a in panel.questions.asked() if "value of the property" in a)
    panel.questions.setCurrentRow(panel.questions.asked().index(value))
    qtbot.keyClick(panel.questions, Qt.Key.Key_Return)
    field = view.record.case_form.convictions.rows[0].value_dollars
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "300")
    view.save_button.click()
    view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: value not in panel.questions.asked())
    assert panel.questions.asked() == _worksheets_questions(view) and panel.questions.count() >= 1


def test_k372_nothing_to_ask_no_list(qtbot, window, repo):
    client = probation_client("Rosa Sinpreguntas Test", probation_end=date(2023, 5, 1))
    client.cases[0].sentence.probation.status = "completed"
    client.cases[0].sentence.completed = True
    panel = _eligibility_of(qtbot, window, repo, client)
    assert _worksheets_questions(window.client_view) == []
    assert panel.questions.count() == 0
    assert not panel.questions.isVisible() and not panel.questions_label.isVisible()


def test_k372_a_stored_result_shown_no_list(qtbot, window, repo):
    """Over a stored result (as it was screened, of a record perhaps changed since) no list, as
    the worksheet prints none: its questions may be answered.  "Screened now", the list again."""
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    client_id = repo.add_client(two_cases_to_ask())
    client = repo.get_client(client_id)
    old = screen(client.person, client.cases, date(2025, 11, 1))
    old.rules_version = "2025.10.01"
    repo.store_screening(client_id, old, facts_hash(client.person, client.cases), summarize(client, old, date(2025, 11, 1)))
    window.load()
    window.open_client(client_id)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the Eligibility tab
    panel = window.client_view.eligibility
    qtbot.waitUntil(panel.table.hasFocus)
    assert panel.questions.isVisible() and panel.questions.count() == 4
    panel.showing.setCurrentIndex(panel.showing.count() - 1)
    assert panel.shown_stored() is not None
    assert panel.questions.count() == 0 and not panel.questions.isVisible() and not panel.questions_label.isVisible()
    assert "questions to ask" not in panel.notes_said()
    panel.showing.setCurrentIndex(0)  # Screened now
    assert panel.questions.isVisible() and panel.questions.asked() == _worksheets_questions(window.client_view)


def test_k372_02_the_questions_are_said_on_arriving_and_as_they_change_and_the_keyboard_comes_back_to_them(
        qtbot, window, repo, announcements):
    """K372-02: the keyboard starts on the results, under the list: a screen reader arriving at
    the tab heard the notes above them and nothing of the questions.  Their number is said with
    the notes, and again once as it changes while the tab is in front (as the notes, K148-02);
    back from answering one on the Record tab, the keyboard is on the list again, on its first
    question, the one answered gone."""
    from tests.gui.test_eligibility_notes_heard_a141 import _to_eligibility

    panel, said = _to_eligibility(qtbot, window, repo, announcements, two_cases_to_ask())
    assert panel.questions.count() == 4
    assert any("4 questions to ask the client, above the results (Alt+Q)." in message for message in said)
    view = window.client_view
    qtbot.keyClick(panel.table, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # the label's letter
    assert panel.questions.hasFocus()
    panel.questions.setCurrentRow(3)  # the property's value
    qtbot.keyClick(panel.questions, Qt.Key.Key_Return)
    field = view.record.case_form.convictions.rows[0].value_dollars
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "300")
    view.save_button.click()
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is panel and panel.questions.hasFocus()
    assert panel.questions.count() == 3 and panel.questions.currentRow() == 0
    # Not said here (the keyboard is on the list, read as it is reached), but as arriving on the results would.
    assert panel.notes_said().endswith("3 questions to ask the client, above the results (Alt+Q).")
    # Their number changed while the tab is in front (the answer undone, then redone): said once each time.
    for step, left in ((window.undo_action, 4), (window.redo_action, 3)):
        del announcements[:]
        step.trigger()
        assert view.tabs.currentWidget() is panel and panel.questions.count() == left
        heard = [message for _object, message, _politeness in announcements if "questions to ask" in message]
        assert heard == [f"Now above the results: {left} questions to ask the client (Alt+Q)."], heard
