"""Keys in the dialogs: intake, attorney review, handout preview (keyboard check K20).

Every test drives the real widgets with key presses; a modal question or system dialog is
patched, so nothing waits for an answer.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from tests.gui.conftest import TODAY, show_active

# The real question, kept before the autouse fixture of conftest.py replaces it in the module.
try:
    from ui.intake import ask_unadded_case as real_ask_unadded_case
except ImportError:  # before K20-04
    real_ask_unadded_case = None

# The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


# ---- intake: a case typed but not added (K20-04) -------------------------------------------


@pytest.fixture
def intake(qtbot, repo):
    """An intake dialog with a client started by the keyboard (name, Enter)."""
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Maria Teclado")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.case_number.hasFocus()
    return dialog


def _type_case(qtbot, dialog, offense: str = "PC 484", convicted: str = "2019-03-01") -> None:
    qtbot.keyClicks(dialog.case_number, "LA222")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), offense)
    _close_suggestions(qtbot, dialog.conviction)
    dialog.conviction.date.setFocus()
    qtbot.keyClicks(dialog.conviction.date, convicted)


def _close_suggestions(qtbot, row) -> None:
    """Escape in the suggestion list closes it (an open list takes the keys, and Alt+letter)."""
    popup = row.offense.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def _answer(monkeypatch, answer: str) -> list:
    asked = []

    def ask(_parent, problem, where):
        asked.append((problem, where))
        return answer

    monkeypatch.setattr("ui.intake.ask_unadded_case", ask, raising=False)
    return asked


def _cases(repo, dialog) -> list:
    return repo.get_client(dialog.client.id if dialog.client else repo.search_ids("Teclado")[0]).cases


def test_escape_with_a_typed_case_asks_and_staying_keeps_it(qtbot, intake, repo, monkeypatch):
    asked = _answer(monkeypatch, "stay")
    _type_case(qtbot, intake)
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Escape)
    assert asked == [(None, "close intake")]
    assert intake.isVisible()
    assert (intake.case_number.text(), intake.conviction.offense.text(), intake.conviction.date.text()) == (
        "LA222", "PC 484", "2019-03-01")
    assert _cases(repo, intake) == []


def test_escape_then_add_this_case_adds_it_and_closes(qtbot, intake, repo, monkeypatch):
    asked = _answer(monkeypatch, "add")
    client_id = intake.client.id
    _type_case(qtbot, intake)
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not intake.isVisible()
    (case,) = repo.get_client(client_id).cases
    assert case.case_number == "LA222" and case.convictions[0].section == "484"


def test_escape_then_discard_closes_without_the_case(qtbot, intake, repo, monkeypatch):
    asked = _answer(monkeypatch, "discard")
    client_id = intake.client.id
    _type_case(qtbot, intake)
    qtbot.keyClick(intake.case_number, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not intake.isVisible()
    assert repo.get_client(client_id).cases == []


def test_ctrl_n_with_a_typed_case_asks_before_the_next_client(qtbot, intake, repo, monkeypatch):
    asked = _answer(monkeypatch, "stay")
    client_id = intake.client.id
    _type_case(qtbot, intake)
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_N, CTRL)
    assert asked == [(None, "start the next client")]
    assert intake.client is not None and intake.case_number.text() == "LA222"  # still this client

    asked = _answer(monkeypatch, "add")
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_N, CTRL)
    assert len(asked) == 1 and intake.client is None and intake.name.text() == ""  # the next client
    assert [c.case_number for c in repo.get_client(client_id).cases] == ["LA222"]
    assert intake.case_number.text() == "" and intake.conviction.offense.text() == ""


def test_done_with_a_case_that_cannot_be_added_says_why_and_offers_no_add(qtbot, intake, repo, monkeypatch):
    asked = _answer(monkeypatch, "stay")
    _type_case(qtbot, intake, convicted="2019-02-30")  # not a date
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_D, ALT)  # "&Done"
    qtbot.waitUntil(lambda: len(asked) == 1)  # a mnemonic "animates" the click: it comes a moment later
    assert len(asked) == 1 and "Not a date" in asked[0][0] and intake.isVisible()
    assert "Not a date" in intake.case_message.text()  # said beside the case too, on staying


def test_the_question_offers_add_only_for_a_case_that_can_be_added_and_stays_by_default(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    shown = []

    def record(box):
        shown.append(([b.text() for b in box.buttons()], box.defaultButton().text(), box.escapeButton().text(), box.text()))
        return 0  # closed with nothing clicked

    monkeypatch.setattr(QMessageBox, "exec", record)
    assert real_ask_unadded_case is not None, "intake has no question about a case typed but not added"
    parent = QWidget()
    qtbot.addWidget(parent)
    assert real_ask_unadded_case(parent, None, "close intake") == "stay"
    assert real_ask_unadded_case(parent, "Convicted: Not a date", "close intake") == "stay"
    with_add, without_add = shown
    assert sorted(with_add[0]) == ["&Add this case", "&Discard it", "&Stay"]
    assert with_add[1:3] == ("&Stay", "&Stay")  # Enter and Escape stay
    assert sorted(without_add[0]) == ["&Discard it", "&Stay"] and without_add[1:3] == ("&Stay", "&Stay")
    assert "cannot be added" in without_add[3] and "Not a date" in without_add[3]


def test_a_case_from_before_the_date_of_birth_is_refused_with_a_reason_not_a_crash(qtbot, intake, repo):
    """The repository refuses a conviction before the date of birth; intake handed it over
    anyway and crashed (W21-08).  The case box now says why, by mouse and by Enter."""
    intake.dob.setText("1990-01-01")
    qtbot.mouseClick(intake.start, Qt.MouseButton.LeftButton)  # "Save corrections"
    assert repo.get_client(intake.client.id).person.dob == date(1990, 1, 1)
    _type_case(qtbot, intake, convicted="1985-01-01")
    qtbot.mouseClick(intake.add_case, Qt.MouseButton.LeftButton)
    assert intake.case_message.text() == "Convicted: 1985-01-01 is before the date of birth 1990-01-01"  # R381-02
    # ... and a screen reader hears it on the case's fields and on Add case (W23-03).
    assert intake.add_case.accessibleDescription() == "Problem: " + intake.case_message.text()
    assert intake.case_number.accessibleDescription() == intake.add_case.accessibleDescription()
    assert _cases(repo, intake) == []
    intake.conviction.date.setText("2015-01-01")
    qtbot.mouseClick(intake.add_case, Qt.MouseButton.LeftButton)
    assert [c.case_number for c in _cases(repo, intake)] == ["LA222"]
    # A date of birth corrected to after that case is refused beside the field, and not stored.
    intake.dob.setText("2016-01-01")
    qtbot.mouseClick(intake.start, Qt.MouseButton.LeftButton)
    assert "before the date of birth 2016-01-01" in intake.person_rows[1].message.text()
    assert repo.get_client(intake.client.id).person.dob == date(1990, 1, 1)


def test_nothing_typed_escape_closes_without_a_question(qtbot, intake):
    qtbot.keyClick(intake.case_number, Qt.Key.Key_Escape)  # the autouse fixture fails on a question
    assert not intake.isVisible()


def test_an_added_case_leaves_nothing_behind_so_escape_then_closes_without_a_question(qtbot, intake, repo):
    # Before, the offense date, the Prop 47 value and relief rows stayed in box 2 for the
    # next case (and would now count as a case typed but not added).
    _type_case(qtbot, intake)
    row = intake.conviction
    qtbot.keyClicks(row.offense_date, "2018-12-01")
    qtbot.keyClicks(row.value_dollars, "300")
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    (case,) = repo.get_client(intake.client.id).cases
    assert (case.convictions[0].offense_date.isoformat(), case.convictions[0].value_dollars) == ("2018-12-01", 300)
    assert (row.offense_date.text(), row.value_dollars.text()) == ("", "")
    qtbot.keyClick(intake.case_number, Qt.Key.Key_Escape)  # the autouse fixture fails on a question
    assert not intake.isVisible()


def test_closing_the_window_with_a_typed_case_asks(qtbot, intake, monkeypatch):
    asked = _answer(monkeypatch, "stay")
    _type_case(qtbot, intake)
    intake.close()
    assert len(asked) == 1 and intake.isVisible()
    _answer(monkeypatch, "discard")  # pytest-qt closes it after the test


# ---- intake: Enter anywhere in box 2 adds the case (K20-10) ---------------------------------


def _fill_case(qtbot, dialog) -> None:
    """The least a case needs, typed: an offense (its suggestion list closed) and a date."""
    row = dialog.conviction
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, "PC 459")
    _close_suggestions(qtbot, row)
    row.date.setFocus()
    qtbot.keyClicks(row.date, "2019-03-01")


@pytest.mark.parametrize("field", ["case_number", "offense", "level", "wobbler", "date", "offense_date", "value_dollars",
                                   "open_hours", "trafficking", "sentence", "probation_end", "fines", "restitution"])
def test_enter_in_any_field_of_the_case_box_adds_the_case(qtbot, intake, repo, field):
    _fill_case(qtbot, intake)
    widget = getattr(intake, field, None) or getattr(intake.conviction, field)
    widget.setFocus()
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    (case,) = repo.get_client(intake.client.id).cases
    assert case.convictions[0].section == "459"
    assert intake.case_message.text() == "Case 1 added and screened." and intake.case_number.hasFocus()


def test_k38_08_a_case_added_at_intake_is_announced_with_the_outcome_it_gives(qtbot, intake, repo, announcements):
    """K38-08: Enter adds the case and screens the client, and the focus goes back to the case
    number for the next case; the outcome was only written in box 3, away from the focus, so a
    screen-reader user at intake never heard what the client could get."""
    _fill_case(qtbot, intake)
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)
    assert intake.case_number.hasFocus() and intake.best.text().startswith("Maria Teclado: ")
    # And box 3's line under it for a client whose citizenship intake has not been told (I165-01).
    first = "First: the client's citizenship is unknown, so immigration counsel comes before anything is filed."
    assert intake.immigration_note.text() == first
    assert [said for _, said, _ in announcements] == [f"Case 1 added and screened. {intake.best.text()} {first}"]


def test_enter_in_a_field_of_a_case_that_cannot_be_added_says_why(qtbot, intake, repo):
    intake.conviction.level.setFocus()
    qtbot.keyClick(intake.conviction.level, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert "code section" in intake.case_message.text() and intake.case_message.is_error
    assert repo.get_client(intake.client.id).cases == []


def _suggestions_for(qtbot, row, typed: str):
    """A conviction date, then `typed` in the offense: the open suggestion list."""
    row.date.setFocus()
    qtbot.keyClicks(row.date, "2019-04-01")
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, typed)
    popup = row.offense.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return popup


def test_enter_in_the_suggestion_list_chooses_the_offense_then_enter_adds_the_case(qtbot, intake, repo):
    # K19-03: Enter on a highlighted suggestion takes it (its citation); it must not add the
    # case with it at the same time.
    row = intake.conviction
    popup = _suggestions_for(qtbot, row, "theft")
    for _ in range(popup.model().rowCount()):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        if popup.currentIndex().data().startswith("PC 532 "):
            break
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row.offense.text() == "PC 532")
    assert repo.get_client(intake.client.id).cases == []  # chosen, not added
    qtbot.keyClick(row.offense, Qt.Key.Key_Return)  # the list is closed now: Enter adds
    (case,) = repo.get_client(intake.client.id).cases
    assert (case.convictions[0].code, case.convictions[0].section) == ("PC", "532")


def test_enter_in_the_open_suggestion_list_with_nothing_highlighted_only_closes_it(qtbot, intake, repo):
    row = intake.conviction
    popup = _suggestions_for(qtbot, row, "PC 459")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible() and repo.get_client(intake.client.id).cases == []
    qtbot.keyClick(row.offense, Qt.Key.Key_Return)
    assert len(repo.get_client(intake.client.id).cases) == 1


def test_a_button_in_the_case_box_keeps_its_own_enter(qtbot, intake, repo, monkeypatch):
    _answer(monkeypatch, "discard")  # the typed case, when pytest-qt closes the dialog
    _fill_case(qtbot, intake)
    button = intake.conviction.relief.add_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)  # adds a relief row, not the case
    assert len(intake.conviction.relief.rows) == 1 and repo.get_client(intake.client.id).cases == []


def test_alt_c_goes_to_the_case_number(qtbot, intake):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

    intake.sentence.setFocus()
    qtbot.keyClick(intake.sentence, Qt.Key.Key_C, ALT)
    assert intake.case_number.hasFocus()
    owners = [w for w in intake.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton, QGroupBox))
              and "&c" in (w.title() if isinstance(w, QGroupBox) else w.text()).lower()]
    assert [w.text() for w in owners] == ["&Case:"]  # no other label or button takes Alt+C


# ---- attorney review: the note, and no review by a stray Enter (K20-05) -----------------------


@pytest.fixture
def review(qtbot, window, repo, monkeypatch):
    """`review(script)`: opens "Mark reviewed" on the first determination of a client's
    Eligibility tab and runs `script(dialog)` in it (shown and active, as exec() would);
    returns the reviews stored for the client."""
    from ui.eligibility_view import ReviewDialog
    from tests.gui.conftest import probation_client

    client_id = repo.add_client(probation_client("Rita Review"))
    window.load()
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    panel.table.selectRow(0)

    def run(script):
        def fake_exec(dialog):  # what exec() does, without a nested modal loop that could hang
            show_active(qtbot, dialog)
            try:
                script(dialog)
            finally:
                if dialog.isVisible():
                    dialog.done(QDialog.DialogCode.Rejected)  # closed, not asked about a note typed (W23-06)
            return dialog.result()

        monkeypatch.setattr(ReviewDialog, "exec", fake_exec)
        panel.review_button.click()
        return repo.reviews(client_id)

    return run


def _focused(dialog):
    """Where the keys go: the focused widget (the dialog itself once nothing has focus)."""
    return QApplication.focusWidget() or dialog


def test_review_opens_in_the_note_and_enter_there_starts_a_new_line(qtbot, review):
    seen = {}

    def script(dialog):
        seen["focus"] = _focused(dialog) is dialog.note
        qtbot.keyClicks(_focused(dialog), "Checked the docket")
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)  # a new line, not the review
        seen["open after Enter"] = dialog.isVisible()
        qtbot.keyClicks(_focused(dialog), "and the end date")
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return, CTRL)  # Ctrl+Enter records it

    (stored,) = review(script)
    assert seen == {"focus": True, "open after Enter": True}
    assert stored.note == "Checked the docket\nand the end date"


def test_review_is_not_recorded_with_an_empty_note_by_any_key(qtbot, review):
    seen = {}

    def script(dialog):
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return, CTRL)
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_M, ALT)
        qtbot.wait(300)  # a mnemonic's click comes a moment later
        seen["open"] = dialog.isVisible()
        seen["said"] = dialog.hint.text() if dialog.hint.is_error else None
        seen["focus"] = _focused(dialog) is dialog.note
        seen["note"] = dialog.note.toPlainText().strip()  # Alt+M typed nothing

    assert review(script) == []
    assert seen == {"open": True, "said": "Write what was checked first: the note is kept with the review.", "focus": True,
                    "note": ""}


def test_review_tab_goes_from_the_note_to_the_reviewer_then_the_button(qtbot, review):
    """The reviewer is a field now (A29-03), after the note: the note is what is typed every time."""
    visited = []

    def script(dialog):
        qtbot.keyClicks(_focused(dialog), "Looks right")
        for _ in range(2):
            qtbot.keyClick(_focused(dialog), Qt.Key.Key_Tab)
            visited.append(_focused(dialog))
        visited.append(dialog)

    review(script)
    dialog = visited.pop()
    assert dialog.reviewer.text() == "paralegal-test"  # the account's name, before any was typed here
    assert visited == [dialog.reviewer, dialog.mark_button]


def test_the_reviewer_typed_is_kept_with_the_review_and_offered_next_time(qtbot, review, repo):
    """On a shared event laptop every sign-off bore the account's name (A29-03): the name typed
    is stored with the review, said in the history, and offered first on this computer."""
    offered = []

    def script(dialog):
        offered.append(dialog.reviewer.text())
        qtbot.keyClicks(_focused(dialog), "Docket checked")
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_V, ALT)  # "Re&viewer:"
        assert _focused(dialog) is dialog.reviewer
        dialog.reviewer.selectAll()
        qtbot.keyClicks(dialog.reviewer, "Ana  Lee ")
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return, CTRL)

    (stored,) = review(script)
    assert (stored.reviewer, stored.note) == ("Ana Lee", "Docket checked")
    entry = next(e for e in repo.history(stored.client_id) if e.entity == "review")
    assert (entry.user, entry.after["reviewer"]) == ("paralegal-test", "Ana Lee")  # who used the computer, and who reviewed

    def again(dialog):
        offered.append(dialog.reviewer.text())

    review(again)
    assert offered == ["paralegal-test", "Ana Lee"]


def test_a_review_needs_a_reviewers_name(qtbot, review):
    seen = {}

    def script(dialog):
        qtbot.keyClicks(_focused(dialog), "Docket checked")
        dialog.reviewer.clear()
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return, CTRL)
        seen["open"] = dialog.isVisible()
        seen["said"] = dialog.hint.text() if dialog.hint.is_error else None
        seen["focus"] = _focused(dialog) is dialog.reviewer

    assert review(script) == []
    assert seen == {"open": True, "said": "Write who reviewed: the name is kept with the review.", "focus": True}


def test_review_with_a_note_then_alt_m_records_it(qtbot, review):
    def script(dialog):
        qtbot.keyClicks(_focused(dialog), "Docket checked")
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_M, ALT)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    (stored,) = review(script)
    assert stored.note == "Docket checked"


# ---- the "As of" date: Enter confirms the date (K20-07) ---------------------------------------


def _handout_preview(qtbot, repo, monkeypatch, name: str):
    """(the handout preview of a new client, shown and active; the Print dialogs it opened)."""
    from PySide6.QtPrintSupport import QPrintDialog

    from tests.gui.conftest import probation_client
    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    prints: list[int] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: prints.append(1) or QDialog.DialogCode.Rejected)
    client = probation_client(name)
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog, prints


def test_enter_in_the_handout_as_of_date_takes_the_date_and_does_not_print(qtbot, repo, monkeypatch):
    dialog, prints = _handout_preview(qtbot, repo, monkeypatch, "Ana Asof")
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # "&As of:"
    assert dialog.as_of.hasFocus()
    qtbot.keyClicks(dialog.as_of, "2030-01-15")
    qtbot.keyClick(dialog.as_of, Qt.Key.Key_Return)
    assert prints == [], "Enter in the as-of date opened the Print dialog"
    assert dialog.isVisible() and dialog.options()[2] == date(2030, 1, 15)
    assert dialog.as_of.hasFocus()
    qtbot.keyClick(dialog.as_of, Qt.Key.Key_P, CTRL)  # printing is still a key away
    assert prints == [1]


def test_w28_08_tab_leaves_the_as_of_date_in_one_step(qtbot, repo, monkeypatch):
    """Tab in the As of date stepped through its year, month and day before leaving it: three
    stops on one field between Large print and the pages.  It now goes on at once, both
    ways, and a day typed after Shift+Tab back into it is read whole, as after Tab."""
    from PySide6.QtWidgets import QApplication

    # The clinic's phone given: without it, Clinic details... (K294-01) stands between the date
    # and the pages, the next stop of Tab.
    repo.set_setting("clinic_phone", "(213) 555-0100")
    dialog, prints = _handout_preview(qtbot, repo, monkeypatch, "Tabitha Tab")
    dialog.large_print.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.as_of.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.view.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.as_of.hasFocus()
    qtbot.keyClicks(dialog.as_of, "2030-01-15")
    qtbot.keyClick(dialog.as_of, Qt.Key.Key_Tab)  # leaving takes the day
    assert dialog.view.hasFocus() and dialog.options()[2] == date(2030, 1, 15)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.large_print.hasFocus() and prints == []


def test_enter_in_the_handout_language_box_chooses_the_language_and_does_not_print(qtbot, repo, monkeypatch):
    # W25-04: Enter in the Language box (closed) went on to the default button: a volunteer
    # choosing Español with the arrow keys and Enter got the Print dialog at once.
    dialog, prints = _handout_preview(qtbot, repo, monkeypatch, "Lena Lengua")
    dialog.language.setFocus()
    assert dialog.language.currentData() == "en"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.language, key)
    assert prints == [], "Enter in the Language box opened the Print dialog"
    assert dialog.isVisible() and dialog.options()[0] == "es" and dialog.language.hasFocus()
    # Enter elsewhere still prints (the default button), and Ctrl+P from the box too.
    qtbot.keyClick(dialog.language, Qt.Key.Key_P, CTRL)
    assert prints == [1]
    dialog.view.setFocus()  # the pages
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert prints == [1, 1]


def test_enter_on_the_handout_large_print_box_does_not_print(qtbot, repo, monkeypatch):
    # W26-03: Enter on the Large print box went on to the default button, Print: a volunteer
    # on the box got the Print dialog.  Space still ticks it; Ctrl+P still prints.
    dialog, prints = _handout_preview(qtbot, repo, monkeypatch, "Greta Grande")
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)  # "Lar&ge print"
    assert dialog.large_print.hasFocus() and not dialog.large_print.isChecked()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.large_print, key)
    assert prints == [], "Enter on the Large print box opened the Print dialog"
    assert dialog.isVisible() and dialog.large_print.hasFocus() and not dialog.large_print.isChecked()
    qtbot.keyClick(dialog.large_print, Qt.Key.Key_Space)
    assert dialog.options()[1] is True
    qtbot.keyClick(dialog.large_print, Qt.Key.Key_P, CTRL)
    assert prints == [1]


# Enter in the Eligibility tab's as-of date (no dialog there) still screens for the day typed:
# test_client_record.py::test_the_as_of_date_is_typed_as_written_and_screened_once.


@pytest.mark.parametrize("key, expected", [(Qt.Key.Key_Return, "2027-01-01"), (Qt.Key.Key_Escape, None)])
def test_rescreen_dialog_enter_in_the_date_starts_the_rescreen_for_that_date(qtbot, monkeypatch, key, expected):
    # Chosen for K20-07: in "Re-screen the caseload" the date is the only question, so Enter
    # in it still answers the dialog (with the day typed); Escape still cancels.
    from PySide6.QtWidgets import QDialog, QWidget

    from ui import forms, tasks

    def fake_exec(dialog):  # what exec() does, without a nested modal loop that could hang
        show_active(qtbot, dialog)
        try:
            (picker,) = dialog.findChildren(forms.AsOfDateEdit)
            qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
            assert picker.hasFocus()
            qtbot.keyClicks(picker, "2027-01-01")
            qtbot.keyClick(picker, key)
        finally:
            if dialog.isVisible():
                dialog.reject()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    parent = QWidget()
    qtbot.addWidget(parent)
    answer = tasks.ask_as_of(parent, TODAY)
    assert (answer.isoformat() if answer else None) == expected


def test_escape_asks_before_a_client_typed_but_not_started_is_lost(qtbot, repo, monkeypatch):
    # Seen while fixing K20-04: a name typed in box 1 and never started (Enter) was dropped by
    # Escape without a word; nothing of the client is saved until then.
    import ui.intake
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Pia Pending")
    asked = []
    monkeypatch.setattr(ui.intake, "ask_unstarted_client", lambda parent, name: asked.append(name) or False)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == ["Pia Pending"] and dialog.isVisible() and dialog.name.text() == "Pia Pending"
    monkeypatch.setattr(ui.intake, "ask_unstarted_client", lambda parent, name: True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and repo.search_ids("Pia") == []


def test_review_names_the_case_and_conviction_it_is_for(qtbot, review):
    """One remedy has a row per conviction; the review, which cannot be taken back, says which
    (W21-13: the dialog named only "Dismissal after probation (PC 1203.4): Eligible now")."""
    seen = []
    review(lambda dialog: seen.append([label.text() for label in dialog.findChildren(QLabel)]))
    assert any(text.startswith("Case BA100001, PC 459\n") for text in seen[0]), seen[0]


def test_escape_with_a_review_note_typed_asks_before_it_is_lost(qtbot, review, monkeypatch):
    """W23-06: one Escape in "Mark reviewed" dropped the note the attorney had typed, without
    a word (as File > Clinic details did, W22-05).  Escape with nothing typed closes at once."""
    asked = []

    def ask(_parent):
        asked.append(dialog_seen[0].note_text())
        return len(asked) > 1  # stay the first time, discard the second

    monkeypatch.setattr("ui.eligibility_view.ask_discard_note", ask, raising=False)
    dialog_seen = []

    def script(dialog):
        dialog_seen.append(dialog)
        qtbot.keyClicks(_focused(dialog), "Docket checked, probation ended 2024")
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Escape)
        dialog_seen.append(dialog.isVisible() and dialog.note_text())
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Escape)
        dialog_seen.append(dialog.isVisible())

    assert review(script) == []
    assert asked == ["Docket checked, probation ended 2024"] * 2
    assert dialog_seen[1:] == ["Docket checked, probation ended 2024", False]

    closed = []
    assert review(lambda dialog: (qtbot.keyClick(_focused(dialog), Qt.Key.Key_Escape), closed.append(dialog.isVisible()))) == []
    assert closed == [False] and len(asked) == 2  # nothing typed: not asked


def test_w28_07_intake_opens_ready_for_the_name(qtbot, repo):
    """Intake opened with the focus on the scroll area round its boxes (W27C-03), not on
    Name: the name typed first went nowhere, Tab then went to Name and the date of birth
    was typed there, and Enter started a client called "1985-03-14".  Typed at once, the
    name and the date now go where they belong; the boxes take no Tab stop of their own."""
    from PySide6.QtWidgets import QApplication

    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.name.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Ana Keys")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "1985-03-14")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.client is not None
    assert (dialog.client.name, dialog.client.person.dob) == ("Ana Keys", date(1985, 3, 14))
    dialog.results.setFocus()
    for _ in range(4):  # Done, then round to Name with no stop between
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not dialog.scroll
