"""F97-02: a name spelled another way finds nobody, and the empty list says how to find them.

At the clinic table a volunteer searched for "Chaves" (the client is Zoë Chávez), "Nunes"
(José Ángel Núñez-Ortega) or "Garsia" (María José García-López): "No client matches "Chaves".
Clear the search or click Show every client", and no word of what would find her.  The
search takes the start of each word, so the list now offers the first letters of each word
typed ("Cha"), or the date of birth; the search itself is unchanged."""

from __future__ import annotations

from datetime import date

from clinic_app.matching import first_letters_search
from clinic_app.model import Client, Person
from tests.gui.conftest import show_active


def test_f97_02_a_name_spelled_another_way_is_offered_its_first_letters(qtbot, window, repo):
    repo.add_client(Client(name="Zoë Chávez", person=Person(dob=date(1990, 11, 30), us_citizen=True)))
    repo.add_client(Client(name="Dwayne Jackson", person=Person(dob=date(1970, 5, 5), us_citizen=True)))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    qtbot.keyClicks(view.search, "Chaves")
    qtbot.waitUntil(view.empty.isVisible)
    # The caseload's spelling close to it too (P97-02), before the way back and the first letters.
    assert view.empty_label.text() == ("No client matches “Chaves”. Spelled close to it: “Chávez” (Enter searches “Chávez”). Clear the search (the ✕ at "
                                       "the end of the box) or click “Show every client”. Spelled another way? Type fewer "
                                       "letters, “Cha”, or the date of birth.")
    # What it offers finds her.
    view.search.clear()
    qtbot.keyClicks(view.search, "Cha")
    qtbot.waitUntil(lambda: not view.empty.isVisible())
    assert view.model.rowCount() == 1

    view.search.clear()
    qtbot.keyClicks(view.search, "dwane jackson")
    qtbot.waitUntil(view.empty.isVisible)
    assert view.empty_label.text().endswith("Spelled another way? Type fewer letters, “dwa jac”, or the date of birth.")
    view.search.clear()
    qtbot.keyClicks(view.search, "dwa jac")
    qtbot.waitUntil(lambda: not view.empty.isVisible())
    assert view.model.rowCount() == 1


def test_f97_02_nothing_offered_where_nothing_is_shorter_or_the_search_is_no_name():
    assert first_letters_search("Nunes") == "Nun"
    assert first_letters_search("Ana Lucía Peñas") == "Ana Luc Peñ"
    assert first_letters_search("Li Wu") is None  # each word three letters or fewer already
    assert first_letters_search("BA123456") is None  # a case number
    assert first_letters_search("jackson 10/12/1983") is None  # a date of birth with the name
    assert first_letters_search("   ") is None
