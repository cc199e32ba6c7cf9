"""A114: a screen-reader user and a keyboard-only user on what stops 55 to 58 added: what Qt hands
a screen reader (a field's accessible description, an announcement) read off the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Violation
from tests.gui.conftest import open_on_record, probation_client, show_active, type_intake_case, type_over
from tests.gui.test_checklist_all_done_heard_a104 import _opened
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture
from tests.gui.test_intake_returning_client_i109 import _stored
from tests.gui.test_intake_returning_client_z83 import _start
from ui.client_view import TAB_CHECKLIST

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_a114_01_a_california_court_refused_at_intake_is_heard_on_the_state_or_court_box(qtbot, repo, intake):  # noqa: F811
    """Enter in intake's "State or court:" box holding "LA Superior Court": the case is not added
    and box 2 says why under the line, but the box the focus stays in was not among the fields
    that message describes, and a screen reader heard nothing at all."""
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484", enter=False)
    type_over(qtbot, intake.jurisdiction, "LA Superior Court")
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)

    assert repo.get_client(intake.client.id).cases == []  # refused (M57-04)
    assert intake.jurisdiction.hasFocus()
    # After the box's name, "State or court", not said again (K409-02, K409-03).
    said = "Problem: a California court; leave it blank for a California case"
    assert intake.jurisdiction.accessibleDescription() == said
    # Cleared and Enter: the case is added and the box's own tip is heard again, not the problem.
    intake.jurisdiction.selectAll()
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Delete)
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    assert [c.jurisdiction for c in repo.get_client(intake.client.id).cases] == ["CA"]
    assert "Problem" not in intake.jurisdiction.accessibleDescription()


def test_a114_02_a_probation_end_typed_before_a_violation_says_the_violation_s_note_aloud(qtbot, window, repo, announcements):
    """A RAP sheet's violation (2024-08-01, reinstated) entered, then the end the sentence first
    set typed in Probation end (2024-05-01): the note "After the probation's end ..." came
    beside the violation, rows away from the keyboard, and a screen reader heard only "Saved:
    ..., probation end"; the screening read probation over on that end (H113-02's harm)."""
    client = probation_client("Vera Violation", probation_end=date(2025, 5, 1))
    client.cases[0].sentence.probation.violations = [Violation(date=date(2024, 8, 1), outcome="reinstated")]
    _, form = open_on_record(window, repo, client)
    row = form.violations.rows[0]
    assert not row.message.text()

    type_over(qtbot, form.probation_end, "2024-05-01")
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)  # left: saved

    note = "After the probation's end (2024-05-01): if the court extended probation, type its new end in Probation end"
    assert row.message.text() == note
    said = [message for _source, message, _politeness in announcements]
    assert f"Note: violation on 2024-08-01: {note}" in said, said
    assert said.index(f"Note: violation on 2024-08-01: {note}") > next(i for i, s in enumerate(said) if s.startswith("Saved:"))
    # Typed back to the end after it: the note goes, and leaving says nothing more of it.
    announcements.clear()
    type_over(qtbot, form.probation_end, "2025-05-01")
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)
    assert not row.message.text()
    assert not [message for _source, message, _politeness in announcements if message.startswith("Note:")]


def test_a114_02_a_client_opened_with_the_note_shown_announces_nothing_of_it(qtbot, window, repo, announcements):
    """The note of a stored violation after the end is heard on the violation's fields, as any
    note beside a field: opening the client, or passing through Probation end unchanged, says
    nothing more."""
    client = probation_client("Vera Violation")
    client.cases[0].sentence.probation.violations = [Violation(date=date(2024, 8, 1), outcome="reinstated")]
    _, form = open_on_record(window, repo, client)
    assert form.violations.rows[0].message.text().startswith("After the probation's end (2024-05-01)")
    form.probation_end.setFocus()
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)
    assert not [message for _source, message, _politeness in announcements if message.startswith("Note:")]


def test_a114_03_alt_k_to_a_paid_up_checklist_says_the_page_not_the_fold_s_button_alone(qtbot, window, repo, announcements):
    """A client eligible now, probation completed, restitution paid ($300 of $300): Alt+K put the
    keyboard on the Checklist's one control, the folded payment form's "Enter a payment"
    (Q110-02), and a screen reader heard that button and nothing of the page, which A104-04
    says where nothing is to tick or type."""
    view = _opened(qtbot, window, repo, probation_client("Pia Paid", restitution_ordered=300, restitution_paid=300))
    del announcements[:]
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)

    assert view.tabs.currentIndex() == TAB_CHECKLIST
    enter = view.checklist.control("c1", "enter payment")
    assert QApplication.focusWidget() is enter  # the one thing to do, one key away
    said = [message for _object, message, _politeness in announcements]
    assert len(said) == 1 and said[0].startswith("Checklist: nothing to tick or type; Enter a payment opens"), said
    assert "Probation completed 2024-05-01." in said[0] and "Restitution: $300 of $300 paid." in said[0], said
    assert "Amount" not in said[0], said  # the folded form's labels, not shown, not said
    # Space opens the form, as before; a page with a payment form open is not said so.
    qtbot.keyClick(enter, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is view.checklist.payment_forms["c1"].amount


def test_a114_03_a_checklist_with_money_owing_still_starts_on_its_form_unsaid(qtbot, window, repo, announcements):
    view = _opened(qtbot, window, repo, probation_client("Owen Owing", restitution_ordered=300, restitution_paid=100))
    del announcements[:]
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.checklist.payment_forms["c1"].kind
    assert announcements == []


def test_a114_04_the_returning_client_s_note_says_the_keyboard_s_way_to_open_them_instead(qtbot, repo, intake, announcements):  # noqa: F811
    """John Smith typed at intake beside last year's John Smith: the note, said aloud as the
    keyboard goes to the Case number, offered "Open John Smith (id 1) instead, below", the eye's
    way to it; Tab from the Case number goes on to the offense, away from it."""
    stored = _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "John Smith", "5/14/1979")
    assert intake.case_number.hasFocus()
    said = [message for _object, message, _politeness in announcements if message.startswith("Same name")]
    assert len(said) == 1 and (f"(Open John Smith (id {stored}) instead, below, Shift+Tab from the Case number: "
                               "the record just started is taken back") in said[0], said
    qtbot.keyClick(intake.case_number, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # as it says
    assert QApplication.focusWidget() is intake.open_instead
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)
    assert intake.client.id == stored


def test_a114_05_review_needed_over_clients_not_screened_says_the_keyboard_s_way_to_screen_them(qtbot, window, repo, announcements):
    """Alt+R (Review needed) over a caseload imported and not screened: the list's words, said
    aloud, sent the listener to "Re-screen now (bottom right)", a place, not a way the keyboard
    or a screen reader takes; the menu item that does the same is named beside it."""
    from tests.gui.menus import menu_item
    from tests.gui.test_review_queue_a29 import unsentenced

    repo.add_client(unsentenced("Rosa Díaz"))
    repo.add_client(unsentenced("Ana Ruiz"))
    window.load()
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.caseload.empty.isVisible)
    said = [message for _object, message, _politeness in announcements if "not screened yet" in message]
    assert said and ("Re-screen now (bottom right, or Caseload > Re-screen whole caseload...) screens them."
                     in said[-1]), said
    assert menu_item(window, "Caseload", "Re-screen whole caseload...").isEnabled()  # the item it names
