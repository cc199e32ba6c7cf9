"""E29: a volunteer attorney's first clinic event, from the README: what stopped them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import show_active, type_over
from tests.gui.menus import menu_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _choose(qtbot, combo, text: str) -> None:
    """Choose `text` in a combo box from the keyboard, as a user does: to it, then the arrows."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def _new_client_with_a_case(qtbot, window, name: str):
    window.show()
    window.load()
    window.new_action.trigger()  # Ctrl+N
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, name)
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    return view, view.record.case_form


def test_e29_01_an_arrest_with_no_charges_filed_saves_without_removing_the_row_add_case_made(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Lina Testpark")
    _choose(qtbot, form.outcome, "No charges filed")
    type_over(qtbot, form.arrest_date, "2022-08-01")
    form.arrest_date.editingFinished.emit()
    _choose(qtbot, form.arrest_level, "Misdemeanor")

    # The blank conviction row and the probation "Add case" started with stopped the save:
    # "Cannot save: Case outcome: A case without a conviction lists none: remove the convictions below (and 1 more)".
    assert view.save_reason.text() == ""
    assert form.sentence_type.currentText() == "No sentence (not convicted)"
    assert not form.probation_box.isVisible()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    case = repo.get_client(view.client.id).cases[0]
    assert (case.outcome, case.arrest_date, case.arrest_level) == ("no_charges_filed", date(2022, 8, 1), "misdemeanor")
    # Stored with no conviction and no sentence, as `clinic-app screen` asks of such a case.
    assert case.convictions == [] and case.sentence is None


def test_e29_01_a_sentence_filled_in_stays_and_is_said_to_be_wrong_for_a_case_with_no_conviction(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Omar Testsentence")
    type_over(qtbot, form.probation_end, "2024-05-01")
    form.probation_end.editingFinished.emit()
    _choose(qtbot, form.outcome, "Dismissed")

    assert form.sentence_type.currentText() == "Probation"  # what was typed is not thrown away
    assert form.probation_end.text() == "2024-05-01"
    said = form.rows["sentence_type"].message.text()
    assert "has no sentence" in said and "No sentence (not convicted)" in said
    assert not view.save_button.isEnabled()
    _choose(qtbot, form.sentence_type, "No sentence (not convicted)")
    assert form.rows["sentence_type"].message.text() == ""
    assert view.save_reason.text() == ""


def _prison_client(name: str):
    from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

    return Client(name=name, person=Person(dob=date(1975, 9, 9)), cases=[Case(
        id="c1", case_number="BA300300", disposition_date=date(2014, 3, 1),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2014, 3, 1))],
        sentence=Sentence(type="state_prison", custody=Custody(release_date=date(2018, 3, 1))))])


def test_e29_02_supervision_after_prison_not_yet_known_reads_unknown_not_none(qtbot, window, repo):
    client_id = repo.add_client(_prison_client("Robert Testprison"))
    window.load()
    window.open_client(client_id)
    form = window.client_view.record.case_form
    # It read "None", beside "None (confirmed)": an attorney took it for "no supervision"
    # while the screening asked "Was there supervision after release?".
    assert form.supervision.currentText() == "Unknown"
    assert [form.supervision.itemText(i) for i in range(form.supervision.count()) if form.supervision.itemText(i).startswith("None")] == ["None (confirmed)"]
    # The question this answer leaves open, which the Eligibility tab asks.
    assert any("sentence.custody.supervision" in d.missing_facts for d in window.client_view.screening.results)

    _choose(qtbot, form.supervision, "None (confirmed)")
    qtbot.mouseClick(window.client_view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].sentence.custody.supervision == "none"


def _answer_event_question(qtbot, seen: list, *, choose: str | None) -> None:
    """Answer the "which clinic event?" question when it shows: choose `choose` from the
    keyboard and press OK (None: Cancel); note the events it offered in `seen`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QInputDialog

    def answer() -> None:
        ask = QApplication.activeModalWidget()
        if not isinstance(ask, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        box = ask.findChild(QComboBox)
        seen.append([box.itemText(i) for i in range(box.count())])
        buttons = ask.findChild(QDialogButtonBox)
        if choose is None:
            qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
            return
        _choose(qtbot, box, choose)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


@pytest.fixture
def print_or_save_asked(monkeypatch) -> list:
    """The events the "print or save?" question was asked for (answered Cancel), and, as
    ("told", text), what a message box said instead."""
    from PySide6.QtWidgets import QMessageBox

    asked: list = []
    monkeypatch.setattr("ui.tasks.ask_print_or_save", lambda parent, event, **_asked: asked.append(event))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: asked.append(("told", text)))
    return asked


def test_e29_03_the_events_handouts_print_with_the_filter_on_any_event(qtbot, window, repo, print_or_save_asked):
    from tests.gui.conftest import probation_client

    repo.add_client(probation_client("Eva Testevent", event="Saturday Clinic 2026-12-05", case_number="BA1"))
    repo.add_client(probation_client("Edu Testevent", event="Saturday Clinic 2026-12-05", case_number="BA2", language="es"))
    window.load()
    assert window.caseload.event.currentData() is None  # "Any event", as after intake
    # It said "Choose a clinic event in the Event filter first." and printed nothing.
    window.print_event_action.trigger()
    assert print_or_save_asked == ["Saturday Clinic 2026-12-05"]


def test_e29_03_with_several_events_the_one_to_print_is_chosen_from_a_list(qtbot, window, repo, print_or_save_asked):
    from tests.gui.conftest import probation_client

    repo.add_client(probation_client("Eva Testevent", event="Compton fair", case_number="BA1"))
    repo.add_client(probation_client("Otto Testevent", event="Pomona fair", case_number="BA2"))
    window.load()
    offered: list = []
    _answer_event_question(qtbot, offered, choose="Pomona fair")
    window.print_event_action.trigger()
    assert offered == [["Pomona fair", "Compton fair"]]  # the most recent first, by the last client taken in (W88-02)
    assert print_or_save_asked == ["Pomona fair"]

    _answer_event_question(qtbot, offered, choose=None)  # Cancel: nothing more is asked
    window.print_event_action.trigger()
    assert len(offered) == 2 and print_or_save_asked == ["Pomona fair"]


def test_e29_03_with_no_event_at_all_it_says_how_clients_get_one(qtbot, window, repo, print_or_save_asked):
    from tests.gui.conftest import probation_client

    repo.add_client(probation_client("Walk Testin"))
    window.load()
    window.print_event_action.trigger()
    assert len(print_or_save_asked) == 1 and print_or_save_asked[0][0] == "told"
    assert "No client has a clinic event yet" in print_or_save_asked[0][1]


def _intake_with_a_client(qtbot, repo, name: str):
    from tests.gui.conftest import TODAY
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.case_number, "BA300300")
    qtbot.keyClicks(dialog.conviction.offense, "PC 459")
    _choose(qtbot, dialog.conviction.level, "Felony")
    qtbot.keyClicks(dialog.conviction.date, "2014-03-01")
    return dialog


def test_e29_05_intake_keeps_the_end_of_supervision_after_prison(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Robert Testintake")
    _choose(qtbot, dialog.sentence, "State prison")
    ends = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.probation_end)
    assert ends.text() == "Supervision &until:"  # what "Until:" asks, said for a prison sentence
    qtbot.keyClicks(dialog.probation_end, "2020-03-01")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    # The date typed was dropped: the case was stored with no custody at all.
    custody = repo.get_client(dialog.client.id).cases[0].sentence.custody
    assert custody is not None and custody.supervision_end == date(2020, 3, 1)
    assert custody.supervision is None and custody.release_date is None  # not asked at intake: not guessed


def test_e29_05_intake_says_an_end_date_has_no_place_without_probation(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Nora Testintake")
    _choose(qtbot, dialog.sentence, "No probation")
    qtbot.keyClicks(dialog.probation_end, "2020-03-01")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert "a sentence without probation has no end date" in dialog.case_message.text()
    assert repo.get_client(dialog.client.id).cases == []  # not added with the date dropped
    dialog.probation_end.clear()
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."


def test_e29_06_intake_says_no_case_entered_yet_not_nothing_available(qtbot, repo):
    from tests.gui.conftest import TODAY
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ana Teststart")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    # It said "Ana Teststart: Nothing available": no relief, before a case was typed.
    assert dialog.best.text() == "Ana Teststart: No case entered yet"
    qtbot.keyClicks(dialog.case_number, "BA1")
    qtbot.keyClicks(dialog.conviction.offense, "PC 484")
    qtbot.keyClicks(dialog.conviction.date, "2021-05-01")
    qtbot.keyClicks(dialog.probation_end, "2022-05-01")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    assert "No case entered" not in dialog.best.text()


def test_e29_07_the_records_clinic_event_is_completed_from_the_caseloads_events(qtbot, window, repo):
    from tests.gui.conftest import probation_client

    repo.add_client(probation_client("Eva Testevent", event="Saturday Clinic 2026-12-05", case_number="BA1"))
    repo.add_client(probation_client("Otto Testevent", event="Pomona fair", case_number="BA2"))
    window.show()
    window.load()
    window.new_action.trigger()  # Ctrl+N, at the clinic table
    person = window.client_view.record.person
    qtbot.keyClicks(person.name, "Walk Testin")
    person.event.setFocus()
    qtbot.keyClicks(person.event, "sat")
    # A free line: "Saturday clinic 12/5" typed made a second event, left out of the day's export.
    popup = person.event.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())] == ["Saturday Clinic 2026-12-05"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert person.event.text() == "Saturday Clinic 2026-12-05"
    qtbot.mouseClick(window.client_view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(window.client_view.client.id).event == "Saturday Clinic 2026-12-05"


def test_e29_08_the_blank_count_is_not_left_on_show_under_a_case_with_no_conviction(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Lina Testrow")
    assert len(form.convictions.rows) == 1  # "Add case" puts a count ready, as before
    _choose(qtbot, form.outcome, "No charges filed")
    # It stayed, saying "Enter the code section (e.g. 459 or HS 11350)" in red.
    assert form.convictions.rows == []
    assert view.save_reason.text() == ""
    _choose(qtbot, form.outcome, "Convicted")  # chosen by mistake: the count is asked for again
    assert form.rows["outcome"].message.text() == "Add at least one conviction below"
    qtbot.mouseClick(form.convictions.add_button, Qt.MouseButton.LeftButton)
    assert len(form.convictions.rows) == 1


def test_e29_08_a_count_typed_in_stays_and_is_said_to_be_wrong(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Lina Testtyped")
    qtbot.keyClicks(form.convictions.rows[0].offense, "PC 484")
    _choose(qtbot, form.outcome, "Dismissed")
    assert [row.offense.text() for row in form.convictions.rows] == ["PC 484"]
    assert form.rows["outcome"].message.text() == "A case without a conviction lists none: remove the convictions below"


def test_e29_09_intake_asks_the_handout_language_as_the_record_does(qtbot, window, repo):
    from tests.gui.conftest import TODAY
    from ui.intake import IntakeDialog

    def label_of(parent, field) -> str:
        return next(label.text() for label in parent.findChildren(QLabel) if label.buddy() is field)

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    window.new_action.trigger()
    # "Language:" at intake read as the language the client speaks; it is the handout's.
    assert label_of(dialog, dialog.language).replace("&", "") == "Handout language:"
    assert label_of(window.client_view.record.person, window.client_view.record.person.language).replace("&", "") == "Handout language:"
    show_active(qtbot, dialog)  # Alt+letter goes to the active window
    # Its letter is G, as the record's "Handout lan&guage:" (M103-05: L is the count's Level now).
    assert label_of(dialog, dialog.language) == label_of(window.client_view.record.person, window.client_view.record.person.language)
    qtbot.keyClick(dialog.name, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert dialog.language.hasFocus()


def test_e29_10_the_next_client_at_intake_does_not_inherit_the_last_ones_handout_language(qtbot, repo):
    from tests.gui.conftest import TODAY
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)  # Ctrl+N goes to the active window
    qtbot.keyClicks(dialog.name, "Jose Testspanish")
    _choose(qtbot, dialog.language, "Spanish")
    qtbot.keyClicks(dialog.event.lineEdit(), "Saturday Clinic")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client.language == "es"
    qtbot.keyClick(dialog.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Next client
    qtbot.keyClicks(dialog.name, "Marcus Testnext")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    # He was given a Spanish handout: the box still said Spanish from the client before.
    assert (dialog.client.name, dialog.client.language) == ("Marcus Testnext", "en")
    assert dialog.client.event == "Saturday Clinic"  # the event is kept, as it is meant to be


def test_e29_11_the_first_start_says_how_a_clinic_event_is_made_and_names_real_menu_items(qtbot, window):
    import re

    window.load()
    said = window.caseload.empty_label.text()
    # Nothing said how to "create the event": there is no such menu item.
    assert "type the event's name there: that makes the event" in said
    items = {item: action.shortcut().toString() for item, action in menu_items(window).items()}
    named = {item for item in items if item in said}
    # and, a new caseload's clinic details being empty, the one step before the first handouts (J63-03)
    # and the demo, to try the program first (X101-04), and another computer's caseload restored (D103-04),
    # and, the caseload plain, encrypting it while empty (C131-04), and the how-to for a volunteer new
    # to the program (K246-04)
    assert named == {"File > New client", "Caseload > Clinic intake mode", "File > Import clients...", "Help > About Clinic Desk",
                     "File > Clinic details...", "File > Open demo caseload", "File > Restore from backup...",
                     "File > Encrypt caseload...", "Help > First steps"}
    for item in named:  # with the keys the menus give them
        assert not items[item] or f"{item} ({items[item]})" in said, item
    assert len(re.findall(r"\b(?:File|Edit|Caseload|View|Help) > ", said)) == len(named)  # no item the menus lack
