"""A388: this stop's new controls, by the keyboard and a screen reader.

A388-01: the status line's "typing left unsaved when Clinic Desk stopped: ..." (H371-01) was
shown and never said: a caseload whose answers all hold (nothing screened by older rules, no
date come) read aloud nothing of it, and a blind attorney taking over a departed colleague's
caseload never learned whose typing waits.  It is heard once when the caseload is read, and
again only where it changes, as what the list needs is (F63-09).

A388-02: Alt+Q (or Tab) to the Eligibility tab's "Questions to ask the client" (K372) showed
where the keyboard was by a hairline round the first question, 1.7:1 on white: a paralegal
could not see which question Enter would act on.  Reached, the question Enter acts on is shown
chosen, as the table's row below is; left, none looks chosen, as before it was reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
from tests.gui.test_keyboard_day_c48 import _near
from tests.older_rules import screened_some_by_older_rules
from tests.two_cases_to_ask import two_cases_to_ask
from tests.gui.test_export_drafts_f65 import _left_by_a_stopped_window


def _heard(announcements) -> list[str]:
    return [message for _object, message, _politeness in announcements]


def test_a388_01_typing_left_unsaved_is_heard_once(qtbot, window, repo, announcements):
    ana = repo.add_client(probation_client("Ana Peña-O'Neill", case_number="19CR01234"))
    window.load()
    assert not any("typing" in said for said in _heard(announcements))

    _left_by_a_stopped_window(repo, ana, {"client": {"name": "Ana Peña-O'Neill", "phone": "213-555-0101"}})
    window.load()
    left = [said for said in _heard(announcements) if "typing left unsaved" in said.lower()]
    assert len(left) == 1 and f"Ana Peña-O'Neill (id {ana}), open them to get it back" in left[0]
    # The line's own words, not the caseload's count again.
    assert f"; {left[0][:1].lower()}{left[0][1:-1]}" in window.status.text() and left[0].startswith("Typing ")

    window.load()  # read again, the same typing left: not said over again
    assert len([said for said in _heard(announcements) if "typing left unsaved" in said.lower()]) == 1


def _highlight_across(questions, colour) -> int:
    """The pixels in `colour` on a line across the middle of the first question, as drawn."""
    picture = questions.viewport().grab().toImage()
    y = questions.visualItemRect(questions.item(0)).center().y()
    return sum(1 for x in range(picture.width()) if _near(picture.pixelColor(x, y), colour))


def test_a388_02_the_question_enter_acts_on_is_seen_as_the_list_is_reached(qtbot, window, repo):
    from ui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, False)
    try:
        panel = _eligibility_of(qtbot, window, repo, two_cases_to_ask())
        questions = panel.questions
        highlight = app.palette().color(QPalette.ColorRole.Highlight)
        assert questions.selectedItems() == [] and _highlight_across(questions, highlight) == 0
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(questions.hasFocus)
        assert questions.selectedItems() == [questions.item(0)]  # where Enter starts
        assert _highlight_across(questions, highlight) > questions.viewport().width() // 2  # a row in the highlight
        qtbot.keyClick(questions, Qt.Key.Key_Tab)  # on to the results: no question looks chosen
        assert panel.table.hasFocus() and questions.selectedItems() == []
        assert questions.currentRow() == 0
    finally:
        apply_theme(app, False)


def _olga_older_listed(qtbot, window, repo):
    """Olga screened by older rules and Nina by today's, the list narrowed to Olga by "Older rules"
    pressed from the keyboard: the clients by name, the caseload and the button."""
    clients = screened_some_by_older_rules(repo, ("Olga Older", "Nina Now"), ("Olga Older",), TODAY)
    window.load()
    caseload, button = window.caseload, window.caseload.older_rules_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    return clients, caseload, button


def test_a388_03_the_older_rules_filter_let_go_is_heard(qtbot, window, repo, announcements):
    clients, caseload, button = _olga_older_listed(qtbot, window, repo)
    assert caseload.shown_label.text().startswith("Showing 1 of 2")
    window.open_client(clients["Olga Older"].id)  # screened by today's rules as she opens
    qtbot.wait(10)  # a turn of the event loop on her page: not said there, over "Opened ..."
    assert not [said for said in _heard(announcements) if "older rules now" in said]
    del announcements[:]
    window.show_caseload()
    qtbot.waitUntil(lambda: not button.isVisible())
    assert not button.isChecked() and caseload.shown_label.text().startswith("Showing 2 of 2")
    said = "No client is screened by older rules now: the list no longer shows only them. Showing 2 of 2 clients."
    assert _heard(announcements) == [said]
    assert window.statusBar().currentMessage() == said

    # Screened again while the list is in front (another desk's re-screen, read as the window
    # looks): said there, once.
    from tests.older_rules import told_by_older_rules
    from ui.services import screen_and_store

    told_by_older_rules(repo, clients["Nina Now"].id)
    window.load()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert caseload.shown_label.text().startswith("Showing 1 of 2")
    screen_and_store(repo, repo.get_client(clients["Nina Now"].id), TODAY)
    del announcements[:]
    window.load()
    qtbot.waitUntil(lambda: _heard(announcements) == [said])
    qtbot.wait(10)
    assert _heard(announcements) == [said]


def test_r390_01_the_questions_read_again_while_reached_show_which_enter_opens(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, two_cases_to_ask())
    questions = panel.questions
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(questions.hasFocus)
    asked = [questions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(questions.count())]
    questions.set_questions(asked)  # the client read again (another desk's change) with the keyboard here
    assert questions.hasFocus() and questions.selectedItems() == [questions.item(0)]
    qtbot.keyClick(questions, Qt.Key.Key_Tab)  # left: none looks chosen
    assert questions.selectedItems() == [] and questions.currentRow() == 0
    questions.set_questions(asked)  # read again without it: none looks chosen (K372)
    assert questions.selectedItems() == []


def test_r390_02_the_older_rules_let_go_not_said_once_more_come_back(qtbot, window, repo, announcements):
    from tests.older_rules import told_by_older_rules

    clients, caseload, button = _olga_older_listed(qtbot, window, repo)
    window.open_client(clients["Olga Older"].id)  # the last one: the filter let go on her page
    told_by_older_rules(repo, clients["Nina Now"].id)  # another desk: Nina by older rules before the way back
    window.load()
    qtbot.wait(10)
    window.show_caseload()
    qtbot.wait(10)
    assert button.isVisible() and button.text() == "Older rules: 1"
    assert not [said for said in _heard(announcements) if "older rules now" in said]  # not so: Nina is

    # Said once, and not again on a later way back to the list.
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert caseload.shown_label.text().startswith("Showing 1 of 2")
    window.open_client(clients["Nina Now"].id)
    window.show_caseload()
    qtbot.waitUntil(lambda: [said for said in _heard(announcements) if "older rules now" in said] != [])
    window.open_client(clients["Olga Older"].id)
    window.show_caseload()
    qtbot.wait(10)
    assert len([said for said in _heard(announcements) if "older rules now" in said]) == 1
