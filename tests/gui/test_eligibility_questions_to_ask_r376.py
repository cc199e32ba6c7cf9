"""R376: review of K372's questions to ask the client, on the Eligibility tab.

R376-02: Enter on a question about a count of a case not open yet, its row made as the case
opened, put the keyboard in the case's Sentence type, not in that count's field.
R376-03: the questions hidden under a stored result were said gone with their key, Alt+Q.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from clinic_app.model import Conviction
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
from tests.two_cases_to_ask import two_cases_to_ask

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _in_sight(scroll, widget) -> bool:
    """Whether the whole of `widget` is in what `scroll` shows."""
    return scroll.viewport().rect().contains(QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size()))


def test_r376_02_a_question_on_a_count_far_down_its_case_goes_to_that_count_in_sight(qtbot, window, repo):
    """The Fresno case's six thefts, the last one's value not recorded: from the list, Enter
    opened the case, its rows made that moment and not yet shown (a layout shows them a turn
    later), and the keyboard went to the Sentence type.  It goes to the sixth count's value, in
    sight, and again so with the case open already."""
    client = two_cases_to_ask()
    client.cases[1].convictions = [Conviction(id=f"c2-{n}", section="487(a)", level="felony", conviction_date=date(2012, 6, 1),
                                              value_dollars=300 if n < 6 else None) for n in range(1, 7)]
    panel = _eligibility_of(qtbot, window, repo, client)
    view = window.client_view
    asked = panel.questions.asked()
    value = next(i for i, a in enumerate(asked) if "value of the property" in a)
    field = None
    for _time in ("the case opened then", "the case open already"):
        view.tabs.setCurrentWidget(panel)
        panel.questions.setFocus()
        panel.questions.setCurrentRow(value)
        qtbot.keyClick(panel.questions, Qt.Key.Key_Return)
        assert view.record.shown_case == 1
        field = view.record.case_form.convictions.rows[5].value_dollars
        qtbot.waitUntil(field.hasFocus)
        assert _in_sight(view.record.case_scroll, field), _time
        assert _in_sight(view.record._page, field), _time
        view.record.case_scroll.verticalScrollBar().setValue(0)


def test_r376_03_the_questions_gone_are_said_gone_with_no_key_to_them(qtbot, window, repo, announcements):
    """R376-03: a stored result chosen under "Showing:" hides the questions (it is shown as it
    was), and a screen reader heard "Gone from above the results: 4 questions to ask the client,
    above the results (Alt+Q).": gone, and said to be there, its key taking the keyboard nowhere.
    It hears them gone, and their number with the key again on "Screened now"."""
    from tests.gui.test_eligibility_notes_heard_a141 import _to_eligibility

    panel, _said = _to_eligibility(qtbot, window, repo, announcements, two_cases_to_ask())
    assert panel.showing.count() == 2  # the result stored as she was opened
    del announcements[:]
    panel.showing.setCurrentIndex(1)
    assert not panel.questions.isVisible()
    assert [message for _object, message, _politeness in announcements] == [
        "Gone from above the results: The questions to ask the client."]
    del announcements[:]
    panel.showing.setCurrentIndex(0)
    assert [message for _object, message, _politeness in announcements] == [
        "Now above the results: 4 questions to ask the client (Alt+Q)."]
