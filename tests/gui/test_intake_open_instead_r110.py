"""R110: a second look at intake's "Open NAME (id N) instead" (I109-02)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.test_intake_returning_client_i109 import _stored
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r110_01_a_stored_record_opened_is_never_the_one_taken_back(qtbot, repo, intake):
    """Two stored records of her (a pair not yet merged), the older with no case: opened in
    place of the record started, it was offered in turn "Open ... instead" of the other, and
    a press took back last year's record as if it were the one just started."""
    older = repo.add_client(Client(name="John Smith", person=Person(dob=date(1979, 5, 14)), notes="Called back 3/2."))
    other = _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "Jon Smith", "5/14/1979")
    assert intake.open_instead.text() == f"Open John Smith (id {older}) instead"
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)
    assert intake.client.id == older

    assert not intake.open_instead.isVisible()
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)  # were it there, hidden
    assert intake.client.id == older
    assert sorted(c.id for c in repo.iter_clients()) == [older, other]
    note = intake.seen_before.text()
    assert note.endswith("merge the two after intake (Caseload > Merge a duplicate into this client)."), note


def test_r110_03_todays_answers_the_record_gives_otherwise_are_said_when_it_is_opened(qtbot, repo, intake):
    """Asked today, she is not a citizen and reads Spanish; last year's record says "Yes"
    and English.  Opened instead, the boxes showed the record's answers with not a word:
    her handout would be printed in English, and the immigration warnings left unsaid."""
    stored = _stored(repo, "John Smith", date(1979, 5, 14))  # English, a citizen
    intake.language.setCurrentIndex(intake.language.findData("es"))
    intake.citizen.setCurrentIndex(intake.citizen.findData(False))
    _start(qtbot, intake, "Jon Smith", "5/14/1979")
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)

    assert intake.client.id == stored and intake.language.currentData() == "en"  # the record, as stored
    said = intake.case_message.text()
    assert ("Asked today, box 1 had US citizen: No (their record: Yes) and Handout language: Spanish (their record: "
            "English): put them right in box 1 and press Enter to save them.") in said, said
    # As the note says: put right in box 1, Enter saves them to the record opened.
    intake.language.setCurrentIndex(intake.language.findData("es"))
    intake.citizen.setCurrentIndex(intake.citizen.findData(False))
    qtbot.keyClick(intake.citizen, Qt.Key.Key_Return)
    assert (repo.get_client(stored).language, repo.get_client(stored).person.us_citizen) == ("es", False)


def test_r110_03_answers_alike_or_not_asked_today_are_not_said(qtbot, repo, intake):
    _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "Jon Smith", "5/14/1979")  # English, as the record; US citizen "Don't know": not asked
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)
    assert "Asked today" not in intake.case_message.text()


def test_r110_04_the_record_of_the_same_name_is_the_one_offered_before_a_name_close_to_it(qtbot, repo, intake):
    """"Jon Smith" stored first and "John Smith" after, both born that day: John Smith typed,
    the note named them both, and its button offered to open Jon Smith, the older, over the
    record of the very name typed."""
    close = _stored(repo, "Jon Smith", date(1979, 5, 14))
    same = _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "John Smith", "5/14/1979")
    assert intake.open_instead.text() == f"Open John Smith (id {same}) instead"
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)
    assert intake.client.id == same and close in {c.id for c in repo.iter_clients()}


def test_r110_05_a_case_typed_in_box_2_goes_to_the_record_opened(qtbot, repo, intake, monkeypatch):
    """Today's case typed in box 2 before the button was pressed: the question "Add this case"
    added it to the record started, which was then taken back with it, and the record opened
    showed neither it nor box 2's typing.  The typing now stays in box 2 for the record opened:
    Enter adds it to theirs, with no question and nothing lost."""
    from tests.gui.conftest import type_intake_case

    asked = []
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda *args: asked.append(args) or "add")
    stored = _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "Jon Smith", "5/14/1979")
    type_intake_case(qtbot, intake, "26CR1234", "11/2/2026", enter=False)
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)

    assert intake.client.id == stored and not asked
    assert intake.case_number.text() == "26CR1234" and intake.conviction.offense.text() == "459"
    assert intake.case_message.text().endswith("The case typed in box 2 is kept: press Enter to add it to theirs.")
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)
    assert [c.case_number for c in repo.get_client(stored).cases][-1] == "26CR1234"
    assert [c.id for c in repo.iter_clients()] == [stored]
