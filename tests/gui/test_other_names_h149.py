"""H149: a client whose RAP sheet lists other names.  María Elena Ruiz's record lists "Elena
Gomez" among her other names; a later import of "Elena Gomez" with her date of birth (a RAP
sheet's case charged under that name) was added with not a word: not named by the import,
not counted under "Possible duplicates", not offered by Merge a duplicate."""

from __future__ import annotations

import copy

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_intake_returning_client_z83 import intake  # noqa: F401 - the fixture
from tests.gui.test_merge_duplicate_x45 import merge_dialog_says

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def maria_and_the_rap_sheets_elena(repo):
    """María stored with her other names; "Elena Gomez", born the same day, with another case, imported."""
    maria = probation_client("María Elena Ruiz")
    maria.aliases = ["Maria Ruiz", "María E. Ruiz-Gómez", "Elena Gomez"]
    maria_id = repo.add_client(maria)
    repo.add_client(probation_client("Elena Gomez Paz", case_number="BA300003"))  # another woman, born that day too
    elena = copy.deepcopy(probation_client("Elena Gómez", case_number="LA16M0777"))
    result = repo.import_clients([elena], source="rap-sheet-names.jsonl")
    return maria_id, result


def test_an_import_under_one_of_her_other_names_is_named_beside_her(repo):
    maria_id, result = maria_and_the_rap_sheets_elena(repo)
    (elena_id,) = result.ids
    assert result.renamed == [("Elena Gómez", maria_id, elena_id, "María Elena Ruiz")]
    assert any("born the same day and known by a name of theirs" in line for line in result.lines("rap-sheet-names.jsonl"))


def test_she_is_counted_under_possible_duplicates_and_offered_to_merge(qtbot, window, repo):
    maria_id, result = maria_and_the_rap_sheets_elena(repo)
    (elena_id,) = result.ids
    with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=30_000):
        window.load_in_background()
    view = window.caseload
    button = view.count_buttons["duplicates"]
    assert button.text() == "Possible d&uplicates: 2"
    button.click()
    assert view.model.current_filter().duplicates == {maria_id, elena_id}

    window.open_client(maria_id)
    assert len(merge_dialog_says(qtbot, window)) == 1  # Elena Gómez, not the other woman born that day
    from clinic_app.matching import possible_duplicate

    assert possible_duplicate(repo.get_client(maria_id), repo.get_client(elena_id)) == (
        "another name, but born the same day and known as Elena Gómez in both")


def test_a_name_written_with_a_comma_stays_one_name_on_the_record_tab(qtbot, window, repo):
    """H149-02: the Aliases field split at every comma: "GOMEZ, ELENA", as a RAP sheet prints
    it, was two names, and one imported so was cut in two at the next save of the record."""
    maria = probation_client("María Elena Ruiz")
    maria.aliases = ["GOMEZ, ELENA", "Maria Ruiz"]  # as an import brought them
    client_id = repo.add_client(maria)
    window.load()
    window.open_client(client_id)
    person = window.client_view.record.person
    assert person.aliases.text() == "GOMEZ, ELENA; Maria Ruiz"
    person.phone.setText("(213) 555-0142")  # another field edited and saved
    window.client_view.save()
    assert repo.get_client(client_id).aliases == ["GOMEZ, ELENA", "Maria Ruiz"]

    person.aliases.clear()
    qtbot.keyClicks(person.aliases, "RUIZ, MARIA ELENA; GOMEZ, ELENA; ")
    person.aliases.insert("María E. Ruiz-Gómez")  # (keyClicks types no accented letter)
    window.client_view.save()
    assert repo.get_client(client_id).aliases == ["RUIZ, MARIA ELENA", "GOMEZ, ELENA", "María E. Ruiz-Gómez"]
    person.aliases.clear()
    qtbot.keyClicks(person.aliases, "Maria Ruiz, Elena Gomez")  # commas, as ever, where no name has one
    window.client_view.save()
    assert repo.get_client(client_id).aliases == ["Maria Ruiz", "Elena Gomez"]
    assert "semicolons" in person.aliases.accessibleDescription()


def test_intake_names_the_client_who_goes_by_the_name_typed(qtbot, repo, intake):
    """H149-03: "Elena Gomez" typed at intake with the date of birth of María Elena Ruiz, whose
    record lists that name among her other names, started a new record with not a word."""
    from datetime import date

    from clinic_app.model import Person
    from tests.gui.test_intake_returning_client_z83 import _start

    maria = probation_client("María Elena Ruiz", event="Clean Slate Day 2025-06-07")
    maria.person, maria.aliases = Person(dob=date(1984, 5, 12)), ["Maria Ruiz", "GOMEZ, ELENA", "Elena Gómez"]
    maria_id = repo.add_client(maria)
    twin = probation_client("Elena Gomez Paz")  # another woman, another day
    twin.person = Person(dob=date(1990, 1, 2))
    repo.add_client(twin)

    _start(qtbot, intake, "Elena Gomez", "5/12/1984")

    said = intake.seen_before
    assert said.isVisible() and said.kind == "note", said.text()
    assert said.text().startswith(f"The same date of birth and Elena Gomez among their other names: María Elena Ruiz (id {maria_id}, "
                                  "1 case, Clean Slate Day 2025-06-07), in the caseload already."), said.text()
    assert "put the name right" not in said.text()  # Merge a duplicate offers the pair as it is (H149-01)
    assert f"Open María Elena Ruiz (id {maria_id}) instead" in said.text()


def test_intake_takes_the_rap_sheets_other_names(qtbot, repo, intake):
    """H149-04: intake had no field for the other names: only the Record tab took them, after
    the event, and the client was found by them in the search only then."""
    from PySide6.QtCore import Qt

    intake.name.setText("María Elena Ruiz")
    qtbot.keyClick(intake.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.dob, "5/12/1984")
    intake.aliases.setFocus()
    qtbot.keyClicks(intake.aliases, "GOMEZ, ELENA; Maria Ruiz")
    qtbot.keyClick(intake.aliases, Qt.Key.Key_Return)  # Enter in box 1 starts the client, from here too
    assert intake.client is not None
    assert repo.get_client(intake.client.id).aliases == ["GOMEZ, ELENA", "Maria Ruiz"]
    assert repo.search_ids("gomez") == [intake.client.id]

    intake.aliases.setFocus()
    intake.aliases.insert("; María E. Ruiz-Gómez")  # one more, read off the next page of the RAP sheet
    qtbot.keyClick(intake.aliases, Qt.Key.Key_Return)  # saved as a correction
    assert repo.get_client(intake.client.id).aliases == ["GOMEZ, ELENA", "Maria Ruiz", "María E. Ruiz-Gómez"]

    intake.reset()  # the next client at the table
    assert intake.aliases.text() == ""
