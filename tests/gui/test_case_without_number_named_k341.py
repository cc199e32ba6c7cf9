"""K341: a paralegal enters an uncharged arrest for a client come back: a case with no number.
K336-04 named it in History where it was added ("Case c2 (arrested 2026-10-02, Los Angeles
County) added"); every later place that named it by its number alone said "Case 2", a case the
Record tab's list does not show: History's rows and details, the Edit menu's Undo and the
"Changes not saved" question.  Each names it as the list of cases does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import ArrestOffense, Case
from tests.gui.conftest import open_on_record, probation_client, type_and_leave
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

NAMED = "Case c2 (arrested 2026-10-02, Los Angeles County)"


def test_k341_01_an_edit_to_a_case_without_a_number_names_it_in_history_and_undo(qtbot, window, repo):
    open_on_record(window, repo, probation_client("Rosa Quintero"))
    record = window.client_view.record
    qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)  # the arrest she told of
    form = record.case_form
    form.outcome.setCurrentIndex(form.outcome.findData("no_charges_filed"))
    assert form.county.text() == "Los Angeles"  # as Add case makes it
    type_and_leave(qtbot, form.arrest_date, "2026-10-02")
    window.save_action.trigger()
    assert window.undo_action.text() == f"&Undo Edit {NAMED}, arrest date (Rosa Quintero)"
    details = _details_of(qtbot, window, "Record edited")  # the newest: the day typed
    history = window.client_view.history
    assert history.model.index(history.table.currentIndex().row(), 3).data() == f"{NAMED}, arrest date"
    assert details.splitlines()[1].strip() == f"{NAMED}, arrest date: (nothing) → 2026-10-02", details
    assert "Case 2" not in details


def test_k341_01_two_fields_of_a_case_without_a_number_name_it_once():
    """Fields of one case are said after its name once: a name with commas of its own was cut
    at its first comma, "Case c2 (arrested 2026-10-02: PC 647(f), Los Angeles County), arrest date; PC
    647(f), Los Angeles County), petition 1, ruling"."""
    from ui.models.history_model import joined

    named = "Case c2 (arrested 2026-10-02, PC 647(f), Los Angeles County)"
    assert joined([f"{named}, arrest date", f"{named}, county", "phone"]) == f"{named}: arrest date, county; phone"
    assert joined([f"{named}, arrest date", f"{named}, petition 1, ruling"]) == f"{named}: arrest date; petition 1, ruling"
    assert joined(["Case BA100001, fines paid", "Case BA100001, payments"]) == "Case BA100001: fines paid, payments"


def test_k341_02_a_case_without_a_number_removed_is_named_in_the_status_and_undo(qtbot, window, repo, announcements):
    """Remove case on the uncharged arrest said "Removed case without a number", and Edit > Undo
    "Undo Remove case c2": neither said which case, where the list had shown it by its day, its
    offense and its county.  Both name it so; Undo puts it back, named so in Redo."""
    client = probation_client("Rosa Quintero")
    client.cases.append(Case(id="c2", outcome="no_charges_filed", county="Los Angeles", arrest_date=date(2026, 10, 2),
                             arrest_offenses=[ArrestOffense("11350", "HS")]))
    client_id, _form = open_on_record(window, repo, client)
    record = window.client_view.record
    record.cases.setCurrentRow(1)
    qtbot.waitUntil(lambda: record.case_form.arrest_date.text() == "2026-10-02")
    qtbot.mouseClick(record.remove_case, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 1)
    named = "c2 (arrested 2026-10-02, HS 11350, Los Angeles County)"
    said = f"Removed case {named}. Edit > Undo (Ctrl+Z) puts it back."
    assert window.statusBar().currentMessage() == said
    assert said in [words for _, words, _ in announcements]
    assert window.undo_action.text() == f"&Undo Remove case {named} (Rosa Quintero)"
    window.undo_action.trigger()
    assert [case.id for case in repo.get_client(client_id).cases] == ["c1", "c2"]
    assert window.redo_action.text() == f"&Redo Remove case {named} (Rosa Quintero)"


def test_r345_01_a_case_numbered_with_a_word_in_brackets_is_named_once_in_history(repo):
    """A number typed as words with brackets of their own, "none (uncharged)", is no court's
    number: the case is named by its record, "Case none (uncharged) (arrested ..., County)".  Two
    fields of it saved together were cut inside its name in History's row and Edit > Undo:
    "Case none (uncharged) (arrested 2026-10-03: HS 11377, Los Angeles County), arrest date; HS
    11377, Los Angeles County), arrest offense 1, section"."""
    from ui.models.history_model import describe

    client = probation_client("Rosa Quintero")
    client.cases.append(Case(id="c2", case_number="none (uncharged)", outcome="no_charges_filed", county="Los Angeles",
                             arrest_date=date(2026, 10, 2), arrest_offenses=[ArrestOffense("11350", "HS")]))
    client_id = repo.add_client(client)
    kept = repo.get_client(client_id)
    kept.cases[1].arrest_date = date(2026, 10, 3)
    kept.cases[1].arrest_offenses = [ArrestOffense("11377", "HS")]
    repo.save_client(kept)
    named = "Case none (uncharged) (arrested 2026-10-03, HS 11377, Los Angeles County)"
    assert describe(repo.history(client_id)[0]) == f"{named}: arrest date; arrest offense 1, section"



def test_k350_03_a_case_number_typed_with_a_comma_is_named_whole_in_history_and_undo(qtbot, window, repo):
    """A case number typed as words with a comma of their own, "unknown, ask client", was cut
    at that comma where one save changed fields of the case and of its count (here on another
    desk): History's row read "Case unknown: ask client (convicted ...), county; ask client
    (convicted ...), PC 459, offense date", as if a case "unknown" held two things "ask
    client", and Edit > Undo's name of such a save alike.  The case is named whole, once."""
    from db.repository import Repository
    from ui.client_view import edit_title

    client_id, _form = open_on_record(window, repo, probation_client("Rosa Quintero", case_number="unknown, ask client"))
    before = repo.get_client(client_id)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases[0].county = "Orange"
        theirs.cases[0].convictions[0].offense_date = date(2021, 1, 15)
        desk_2.save_client(theirs)
    window.open_client(client_id)
    named = "Case unknown, ask client (convicted 2021-05-01, PC 459, Orange County)"
    _details_of(qtbot, window, "Record edited")
    history = window.client_view.history
    assert history.model.index(history.table.currentIndex().row(), 3).data() == f"{named}: county; PC 459, Offense on"
    assert edit_title(before, repo.get_client(client_id)) == f"Edit {named}: county; PC 459, Offense on"
