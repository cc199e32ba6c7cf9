"""A paralegal's day at the keyboard alone (keyboard check C48): each step reached and
undone by keys, the focus read after each as a screen reader would follow it."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Condition

from tests.gui.test_checklist_keyboard import open_on_checklist, two_cases

# The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_z_in_the_hours_box_undoes_the_hours_just_recorded(qtbot, window, repo):
    """C48-01: hours typed as "+6" and Enter were saved, and Ctrl+Z, pressed where the focus
    still was, did nothing (the spin box took the key for its own empty typing history)."""
    view, client_id = open_on_checklist(qtbot, window, repo, two_cases())
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "+6")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 16
    here = QApplication.focusWidget()
    assert here is view.checklist.control("c1", "count", 0)
    qtbot.keyClick(here, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10
    spin = view.checklist.control("c1", "count", 0)
    assert spin.value() == 10 and QApplication.focusWidget() is spin


def test_ctrl_z_while_typing_hours_undoes_the_typing_first(qtbot, window, repo):
    """The typing not yet saved is the field's own to undo, as in any text field."""
    view, client_id = open_on_checklist(qtbot, window, repo, two_cases())
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "+6")
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL)
    assert "+6" not in spin.text()
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10
    assert window.undo_stack.count() == 0


def _highlight_pixels(widget, colour) -> int:
    picture = widget.grab().toImage()
    return sum(1 for x in range(picture.width()) for y in range(picture.height())
               if _near(picture.pixelColor(x, y), colour))


def _near(one, other) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(one.getRgb()[:3], other.getRgb()[:3]))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_count_button_tabbed_to_shows_the_focus(qtbot, window, repo, dark):
    """C48-02: Tab from the Language filter went to "Eligible now: N", a flat button, and it
    looked just as before: nothing on the screen said where the keys would go (the counts
    are four stops of the Tab chain before the list).  It now has a ring in the highlight
    colour while it has the keyboard's focus, and none without it."""
    from PySide6.QtGui import QPalette

    from tests.gui.conftest import probation_client
    from ui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, dark)
    try:
        repo.add_client(probation_client("Ada Focus"))
        window.load()
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow)
        caseload = window.caseload
        button = caseload.count_buttons["eligible_now"]
        highlight = app.palette().color(QPalette.ColorRole.Highlight)
        qtbot.waitUntil(lambda: button.palette().color(QPalette.ColorRole.Highlight) == highlight)  # posted to each widget
        assert _highlight_pixels(button, highlight) == 0
        _focus(qtbot, caseload.language)
        qtbot.keyClick(caseload.language, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is button
        assert _highlight_pixels(button, highlight) > 2 * button.width()  # a ring round it, not a speck
        qtbot.keyClick(button, Qt.Key.Key_Tab)
        assert _highlight_pixels(button, highlight) == 0
    finally:
        apply_theme(app, False)


def test_each_payment_field_says_which_case_it_pays(qtbot, window, repo):
    """C48-03: a client owing on two cases has two payment forms; the ledgers said "Payments
    on case BA100001", but Tab into either form was heard "Payment toward", "Payment amount in
    dollars", "Receipt number", alike in both: a screen-reader user could not tell which case
    the $25 would go to.  Each field and the Add payment button now say their case."""
    view, _client_id = open_on_checklist(qtbot, window, repo, two_cases())
    heard = {}
    for case_id, number in (("c1", "BA100001"), ("c2", "BA200002")):
        form = view.checklist.payment_forms[case_id]
        names = [widget.accessibleName() for widget in (form.kind, form.date, form.amount, form.receipt, form.button)]
        assert all(name.endswith(f"case {number}") for name in names), names
        heard[case_id] = names
    assert heard["c1"][2] == "Payment amount in dollars on case BA100001"
    assert heard["c2"][4] == "Add payment to case BA200002"
    assert not set(heard["c1"]) & set(heard["c2"])


def _three_cases():
    """Two cases before the one a paralegal will look up by its number (BA300003), which
    has hours of community service to record."""
    client = two_cases()
    third = copy.deepcopy(client.cases[1])
    third.id, third.case_number = "c3", "BA300003"
    third.conditions = [Condition(kind="community_service", label="Community service", required=30, done=4)]
    client.cases.append(third)
    return client


def test_a_client_found_by_a_case_number_opens_on_that_case(qtbot, window, repo):
    """C48-04: Ctrl+F, "ba-300003", Enter opened the client on their first case (BA100001),
    the Record tab's case form and, on Alt+K, the Checklist's first payment ledger: the case
    searched for was 13 Tabs and an arrow away on the Record tab, and 12 Tabs away on the
    Checklist.  It opens on that case, and the Checklist starts in its box."""
    client_id = repo.add_client(_three_cases())
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = QApplication.focusWidget()
    assert search is window.caseload.search
    qtbot.keyClicks(search, "ba-300003")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert view.client.id == client_id
    assert view.record.case_form.case_number.text() == "BA300003"
    assert view.record.cases.currentRow() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.checklist.control("c3", "tick", 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    hours = view.checklist.control("c3", "count", 0)
    assert QApplication.focusWidget() is hours
    qtbot.keyClick(hours, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(hours, "+6")
    qtbot.keyClick(hours, Qt.Key.Key_Return)
    assert [c.done for c in repo.get_client(client_id).cases[2].conditions] == [10]


def test_a_client_found_by_name_opens_on_the_first_case(qtbot, window, repo):
    repo.add_client(_three_cases())
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.caseload.search, "Rosa Teclado")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert view.record.case_form.case_number.text() == "BA100001"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.checklist.control("c1", "tick", 0)


@pytest.mark.parametrize("typed", ["2027-06-01", "6/1/2027"])
def test_ctrl_a_then_a_whole_day_typed_in_the_as_of_date_screens_for_that_day(qtbot, window, repo, typed):
    """C48-05: in an as-of date (the Eligibility tab's, the handout's, the re-screen's), Ctrl+A
    then "2027-06-01", as a keyboard user retypes any field, was refused digit by digit, and
    the first "-" moved the focus on to the next control: in the Re-screen dialog, Enter then
    re-screened the caseload for the day shown, not the day typed.  The day typed is taken."""
    from datetime import date

    from tests.gui.test_checklist_keyboard import open_on_tab

    view, _client_id = open_on_tab(qtbot, window, repo, two_cases(), 2)  # Eligibility
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&As of:"
    as_of = view.eligibility.as_of
    assert QApplication.focusWidget() is as_of
    qtbot.keyClick(as_of, Qt.Key.Key_A, CTRL)
    for key in typed:
        qtbot.keyClicks(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is as_of, f"the focus left the date at {key!r}"
    qtbot.keyClick(as_of, Qt.Key.Key_Return)
    assert view.eligibility.as_of_date() == date(2027, 6, 1)


def test_opening_a_client_says_their_best_outcome(qtbot, window, repo, announcements):
    """C48-06: Enter on a client put the focus in the Name field, and a screen reader said
    "Name, Rosa Teclado" and nothing of the answer the paralegal opened them for: the header's
    "Eligible now: ..." is a label the keyboard never reaches.  Opening now says it, and the
    case opened on when it is not the first (found by its number)."""
    repo.add_client(_three_cases())
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    search = window.caseload.search
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(search, "Rosa Teclado")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    outcome = view.outcome.text().removeprefix("· ")
    assert outcome.startswith("Eligible")
    assert [said for _, said, _ in announcements] == [f"Opened Rosa Teclado. {outcome}"]
    announcements.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)  # back to the caseload
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(search, "BA300003")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert [said for _, said, _ in announcements][-1] == f"Opened Rosa Teclado, case BA300003. {outcome}"
    # The oldest case found by its number is named too, as it was asked for (S147-03).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search.selectAll()
    qtbot.keyClicks(search, view.client.cases[0].case_number)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert view.record.shown_case == 0
    assert [said for _, said, _ in announcements][-1] == f"Opened Rosa Teclado, case {view.client.cases[0].case_number}. {outcome}"


def test_each_conviction_s_remove_button_names_its_offense(qtbot, window, repo):
    """C48-07: a case with two convictions had two "Remove" buttons a screen reader said alike,
    "Remove this conviction"; each now names its offense, and follows it as it is retyped."""
    from clinic_app.model import Conviction
    from tests.gui.conftest import probation_client, type_over

    client = probation_client("Remy Remove")
    case = client.cases[0]
    case.convictions.append(Conviction(id="c1-2", section="484", level="misdemeanor", conviction_date=case.disposition_date))
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    rows = window.client_view.record.case_form.convictions.rows
    names = [row.remove.accessibleName() for row in rows]
    assert names == [f"Remove the conviction {row.offense.text()}" for row in rows]
    assert len(set(names)) == 2 and all(row.offense.text() for row in rows)
    type_over(qtbot, rows[1].offense, "PC 488")
    assert rows[1].remove.accessibleName() == "Remove the conviction PC 488"
