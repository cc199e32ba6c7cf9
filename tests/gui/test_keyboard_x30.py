"""X30: the newest parts of the window (U30's sorting and filters, K29's ledger, A29's review of
several results, I29's intake) by keyboard and screen reader."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active
from ui.models.caseload_model import COL_NEXT, ClientIdRole
from tests.gui.test_checklist_keyboard import checklist  # noqa: F401  (fixture)
from tests.gui.test_checklist_ledger_k29 import open_on_checklist, pay, two_payments_in_the_ledger
from tests.gui.test_dialog_keyboard import intake  # noqa: F401  (fixture)


def test_x30_01_delete_in_the_ledger_removes_the_chosen_payment_and_undo_brings_it_back(qtbot, window, repo):
    """Remove payment had no letter and no key (Alt+R is the Record tab): Delete in the ledger
    takes out the payment chosen there, as the button does, and the focus stays on the ledger."""
    view, table = two_payments_in_the_ledger(qtbot, window, repo, "Dana Borrar")
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows choose a payment (the first line, $200)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # then the second ($300)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.amount for p in repo.get_client(view.client.id).cases[0].money.payments] == [200]
    ledger = view.checklist.control("c1", "payments")
    assert window.focusWidget() is ledger
    assert "Delete" in view.checklist.control("c1", "remove payment").text()  # the key is on the button
    qtbot.keyClick(ledger, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.amount for p in repo.get_client(view.client.id).cases[0].money.payments] == [200, 300]
    assert window.focusWidget() is view.checklist.control("c1", "payments")


def test_k38_03_after_delete_in_the_ledger_the_next_payment_is_chosen(qtbot, window, repo):
    """K38-03: after Delete took a payment out, the ledger kept the focus with no line chosen
    (the first line current): a screen reader said the first payment, and a second Delete took
    nothing out.  The line after the one removed (the last, when it was the last) is chosen."""
    from clinic_app.model import Payment

    client = probation_client("Lina Linea", probation_end=date(2027, 6, 1), restitution_ordered=1500)
    for day, amount in ((5, 100), (6, 200), (7, 300)):
        client.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 1, day), amount=amount))
    view = open_on_checklist(window, repo, client)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    table = view.checklist.control("c1", "payments")
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(1)  # $200
    qtbot.keyClick(table, Qt.Key.Key_Delete)

    def chosen() -> list[int]:
        ledger = view.checklist.control("c1", "payments")
        assert window.focusWidget() is ledger
        return [ledger.model().row_item(i).amount for i in ledger.selectionModel().selectedRows() + [ledger.currentIndex()]]

    assert chosen() == [300, 300]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Delete)  # $300, the last line
    assert [p.amount for p in repo.get_client(view.client.id).cases[0].money.payments] == [100]
    assert chosen() == [100, 100]


def test_x30_01_delete_with_no_payment_chosen_removes_nothing(qtbot, window, repo):
    client = probation_client("Nadia Nada", probation_end=date(2027, 6, 1), restitution_ordered=1500)
    view = open_on_checklist(window, repo, client)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    pay(qtbot, view, 200)
    table = view.checklist.control("c1", "payments")
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.clearSelection()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.amount for p in repo.get_client(view.client.id).cases[0].money.payments] == [200]


def test_x30_01_help_keyboard_shortcuts_names_delete_in_the_ledger(window):
    from ui.help_menu import shortcuts_text

    assert "Delete in a payment ledger" in shortcuts_text(window.menuBar())


def _screened_clients(repo, ends) -> None:
    from tests.gui.conftest import TODAY
    from ui.services import screen_and_store

    for name, end in ends:
        client = probation_client(name, probation_end=end)
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)


def test_x30_02_a_filter_chosen_at_the_keyboard_says_how_many_clients_are_shown(qtbot, window, repo, announcements):
    """Outcome > "Eligible within 7 days" chosen with Alt+O and the arrows narrowed the list, but
    "Showing 2 of 4 clients" changed at the far end of the row, away from the focus, and a
    screen reader said nothing: the list might as well not have changed.  Each filter chosen
    now says it, as the window says a sort (View > Sort list by)."""
    # Eligible the day after probation ends: in 6 and 7 days (within the week), 30 days, 2 months.
    _screened_clients(repo, (("In Six Days", date(2026, 11, 27)), ("In Seven Days", date(2026, 11, 28)),
                             ("In Thirty Days", date(2026, 12, 21)), ("In Two Months", date(2027, 1, 21))))
    window.load()
    view = window.caseload
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert view.outcome.hasFocus()
    del announcements[:]
    for _ in range(view.outcome.findText("Eligible within 7 days")):
        qtbot.keyClick(view.outcome, Qt.Key.Key_Down)
    assert view.outcome.currentText() == "Eligible within 7 days"
    assert view.shown_label.text() == "Showing 2 of 4 clients"
    said = [message for _object, message, _politeness in announcements]
    assert said[-1] == "Showing 2 of 4 clients." and window.statusBar().currentMessage() == said[-1]
    # A tick too (Space on "Review needed"), and a list left empty says why.
    view.review.setFocus()
    qtbot.keyClick(view.review, Qt.Key.Key_Space)
    said = [message for _object, message, _politeness in announcements]
    assert said[-1].startswith("Showing 0 of 4 clients. No client has what the filters ask for")


def test_x30_03_sorting_from_the_view_menu_keeps_the_chosen_client_in_view(qtbot, window, repo):
    """View > Sort list by > Next action with a client chosen near the top put that client
    (where the arrow keys and Enter act) thirty lines down, out of view, while the list showed
    its top: Enter opened a client nobody could see.  The chosen client is now scrolled to."""
    from datetime import timedelta

    from ui.models.caseload_model import COL_NEXT

    _screened_clients(repo, [(f"Client {i:02d}", date(2026, 12, 1) + timedelta(days=(i * 37) % 300)) for i in range(60)])
    window.resize(1000, 500)
    window.show()
    window.load()
    view = window.caseload
    chosen = view.proxy.index(3, 0).data(ClientIdRole)
    view.select_client(chosen)
    view.table.setFocus()
    window.sort_actions[COL_NEXT].trigger()
    current = view.table.currentIndex()
    assert current.data(ClientIdRole) == chosen and current.row() > 3  # it moved down the list
    assert view.table.viewport().rect().contains(view.table.visualRect(current))


def test_x30_04_a_screen_reader_hears_the_next_actions_tooltip_as_the_cells_description(window, repo):
    """The Next action's tooltip ("File on 2027-06-02. Next date on the record: 2027-06-01
    (probation to 2027-06-01)") was for the mouse alone: a screen reader read the cell's words
    and nothing of the day on the record or what falls due then.  It is the cell's description."""
    from PySide6.QtGui import QAccessible

    _screened_clients(repo, (("Pia Pronto", date(2027, 6, 1)),))
    window.show()
    window.load()
    table = window.caseload.table
    tip = table.model().index(0, COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == ("PC 1203.3 now, or file on 2027-06-02, the day after probation ends: the court can be asked now to end it "
                   "early, and the petition filed sooner. Next date on the record: 2027-06-01 (probation to 2027-06-01)")  # S160-02
    interface = QAccessible.queryAccessibleInterface(table)
    cells = [interface.child(i) for i in range(interface.childCount())]
    cell = next(c for c in cells if c.role() == QAccessible.Role.Cell and c.text(QAccessible.Text.Name) == "PC 1203.3 now, or file on 2027-06-02")
    assert cell.text(QAccessible.Text.Description) == tip


def test_x30_05_results_marked_reviewed_are_said_and_the_focus_is_back_on_them(qtbot, window, repo, monkeypatch, announcements):
    """Two results chosen with Shift+Down and marked reviewed (Alt+D, a note, Ctrl+Enter): the
    Reviewed column and the caseload's Attorney review count changed away from the focus and
    nothing was said, so a screen-reader user could not tell the review was recorded, nor of how
    many results.  It is said; the focus and the two rows chosen are where they were."""
    from tests.gui.test_review_queue_a29 import _needs_review_rows, unsentenced
    from ui.eligibility_view import ReviewDialog

    from tests.gui.test_checklist_keyboard import open_on_tab

    view, client_id = open_on_tab(qtbot, window, repo, unsentenced("Rosa Díaz"), 2)  # Eligibility
    panel = view.eligibility
    first = _needs_review_rows(panel)[0]
    panel.table.setFocus()
    panel.table.selectRow(first)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(panel.selected()) == 2

    def note_and_ctrl_enter(dialog):  # the dialog as exec shows it, answered at the keyboard
        dialog.setModal(True)
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.note, "Docket checked")
        dialog.reviewer.setText("A. Attorney")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result()

    monkeypatch.setattr(ReviewDialog, "exec", note_and_ctrl_enter)
    del announcements[:]
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 2)
    said = [message for _object, message, _politeness in announcements]
    assert said == ["2 results marked reviewed by A. Attorney. Edit > Undo takes the review back. "
                    "4 of Rosa Díaz's results are still to review: F8 goes to the next."]
    assert window.statusBar().currentMessage() == said[0]
    assert window.focusWidget() is panel.table
    assert sorted(index.row() for index in panel.table.selectionModel().selectedRows()) == [first, first + 1]


def test_x30_06_a_refused_completion_date_is_heard_on_the_date_field(qtbot, checklist, repo):
    """A completed date after the checklist's day (2027-01-05 for 2026-11-22), typed and Enter:
    refused, and said beside the tick in red, but nothing was said on the date field, where the
    focus is: a screen-reader user heard nothing and the date seemed taken.  The refusal is the
    field's description, as a record field's problem is (W23-03)."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import TODAY
    from tests.gui.test_completed_date_k29b import CTRL, _tick_then_tab

    view, client_id = checklist
    field = _tick_then_tab(qtbot, view)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2027-01-05")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is field
    assert field.accessibleDescription() == (f"Problem: after {TODAY.isoformat()}, the day of this checklist; "
                                             "enter the date once it is done")
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2024-03-15")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on == date(2024, 3, 15)
    field = view.checklist.control("c1", "completed", 1)
    assert QApplication.focusWidget() is field and field.accessibleDescription() == ""


def test_x30_07_the_review_note_names_the_results_it_marks_for_a_screen_reader(qtbot):
    """The review of several results lists them in a box that is no Tab stop (the cursor starts
    in the note): a screen-reader user heard "Review note" and never which six results a review
    that cannot be taken back would mark.  The note's description names them."""
    from ui.eligibility_view import ReviewDialog

    what = ("Case BA100001, PC 459: Dismissal after probation (PC 1203.4): Needs review\n"
            "Case BA100001, PC 484: Dismissal after probation (PC 1203.4): Needs review")
    dialog = ReviewDialog("paralegal", what, count=2)
    qtbot.addWidget(dialog)
    # Still not a Tab stop on the way to the note (Alt+R reaches it since V100-01).
    assert not dialog.what.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.note.accessibleDescription() == (
        "Marks these 2 results reviewed: Case BA100001, PC 459: Dismissal after probation (PC 1203.4): Needs review; "
        "Case BA100001, PC 484: Dismissal after probation (PC 1203.4): Needs review")
    one = ReviewDialog("paralegal", "Case BA100001, PC 459\nDismissal after probation (PC 1203.4): Needs review")
    qtbot.addWidget(one)
    assert one.note.accessibleDescription() == (
        "Marks this result reviewed: Case BA100001, PC 459; Dismissal after probation (PC 1203.4): Needs review")


def test_x30_08_a_review_refused_for_want_of_a_note_or_a_reviewer_is_said(qtbot, announcements):
    """Ctrl+Enter with the note empty, or with the Reviewer field cleared, records nothing and
    says why in the hint, in red; a screen reader said nothing (the focus stayed in the note, or
    went to Reviewer, read as "Reviewer, blank"), and the attorney took the review as recorded.
    The refusal is announced."""
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.eligibility_view import ReviewDialog

    dialog = ReviewDialog("paralegal", "Case BA100001, PC 459\nDismissal after probation (PC 1203.4): Needs review")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert [message for _o, message, _p in announcements] == ["Write what was checked first: the note is kept with the review."]
    qtbot.keyClicks(dialog.note, "Docket checked")
    dialog.reviewer.clear()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.reviewer
    assert [message for _o, message, _p in announcements][-1] == "Write who reviewed: the name is kept with the review."
    assert dialog.reviewer.accessibleDescription() == "Problem: Write who reviewed: the name is kept with the review."
    qtbot.keyClicks(dialog.reviewer, "A. Attorney")
    assert dialog.reviewer.accessibleDescription() == ""
    # Closed as exec()'s caller would see it, not asked about the note typed: pytest-qt's close
    # after the test would open the modal "Review not recorded" and wait forever (the hang of
    # the first attempt at X30-08).
    dialog.done(QDialog.DialogCode.Rejected)


def _mnemonics(page) -> dict[str, list[str]]:
    """Every Alt letter of `page`'s labels, buttons and boxes, shown or not (a label hidden for
    one sentence is shown for another), as {letter: [texts]}."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

    from tests.gui.test_accessibility import _mnemonic

    found: dict[str, list[str]] = {}
    for widget in page.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if _mnemonic(text):
                found.setdefault(_mnemonic(text), []).append(text)
    return found


def test_x30_09_each_case_field_of_intake_has_an_alt_letter_no_other_control_uses(qtbot, intake, monkeypatch):
    """Sentence, Ends, Sentence done, Fines and Restitution had no Alt letter: at a clinic table
    the case line was reached only by Tab, through the conviction's eleven stops.  Each has a
    letter now ("Ends:", whose every letter was taken, is "Until:"), the end's field the same one
    whichever end it asks, and no two controls of the
    intake page share a letter, whatever the sentence chosen."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_dialog_keyboard import ALT
    from ui.intake import ARREST_OUTCOMES

    dialog = intake
    # A sentence chosen is a case begun: closed after the test, it is discarded, not asked about.
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    keys = [(dialog.sentence, Qt.Key.Key_T), (dialog.probation_end, Qt.Key.Key_U), (dialog.fines, Qt.Key.Key_F),
            (dialog.restitution, Qt.Key.Key_R)]
    for field, key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key, ALT)
        assert QApplication.focusWidget() is field, (field.accessibleName(), QApplication.focusWidget().accessibleName())
    seen = []
    for index in range(dialog.sentence.count()):
        dialog.sentence.setCurrentIndex(index)
        seen.append({key: texts for key, texts in _mnemonics(dialog).items() if len(texts) > 1})
        if dialog.sentence.currentData() == "no_probation":
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # "Sentence co&mpleted:" (M103-05)
            assert QApplication.focusWidget() is dialog.completed
        elif dialog.sentence.currentData() in ARREST_OUTCOMES:
            assert not dialog.probation_end.isVisibleTo(dialog)  # an arrest has no end to ask (D48-04)
        else:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, ALT)  # "Until" or "Supervision until"
            assert QApplication.focusWidget() is dialog.probation_end
    assert seen == [{}] * dialog.sentence.count()


def test_help_keyboard_shortcuts_box_is_wide_enough_for_its_rows(qtbot, window):
    """The box sized its two columns for a sentence: about 300 px of text, "Caseload > Show
    caseload" in two lines and the box some 880 px tall, past a 768 px laptop screen."""
    from PySide6.QtWidgets import QLabel

    from ui.help_menu import show_shortcuts

    box = show_shortcuts(window, window.menuBar())
    qtbot.addWidget(box)
    qtbot.waitUntil(box.isVisible)
    text = box.findChild(QLabel, "qt_msgbox_label")
    row = text.fontMetrics().horizontalAdvance("Ctrl+Shift+Z, Ctrl+Y    Caseload > Clinic intake mode")
    assert text.width() > row
    assert box.sizeHint().height() < 768
    box.close()
