"""Y162-05: a blind volunteer searched the caseload for Rocío by her date of birth as her Mexican
ID prints it, "10/11/1967", and pressed Enter.  Beside the list, away from the keyboard, the
window wrote "No client matches ... Its date was read month first, as October 11, 1967; for
November 10, 1967, day first, search “1967-11-10” (Enter searches it)." (R157-02), and Enter
searched that, finding her: a screen reader heard nothing of either, only the box's new text.
Enter on a search that finds nobody now says what the window writes, and Enter (or the button)
that searches what was offered says what it searched and what it found."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _entered(qtbot, window, typed: str, announcements) -> list[str]:
    view = window.caseload
    view.search.setFocus()
    qtbot.keyClicks(view.search, typed)
    announcements.clear()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    return [message for _source, message, _politeness in announcements]


def test_y162_05_enter_on_a_search_that_finds_nobody_says_so(qtbot, window, repo, announcements):
    repo.add_client(Client(name="Rocío Muñoz", person=Person(dob=date(1967, 11, 10))))
    window.load()
    heard = _entered(qtbot, window, "Zzyxq", announcements)
    assert heard == [window.caseload.empty_label.text()], heard
    assert heard[0].startswith("No client matches “Zzyxq”.")


def test_y162_05_enter_searching_the_date_read_the_other_way_says_what_it_found(qtbot, window, repo, announcements):
    repo.add_client(Client(name="Rocío Muñoz", person=Person(dob=date(1967, 11, 10))))
    repo.add_client(Client(name="Otro Cliente", person=Person(dob=date(1970, 1, 2))))
    window.load()
    heard = _entered(qtbot, window, "10/11/1967", announcements)
    assert window.caseload.search.text() == "1967-11-10"
    assert heard == ["Searched “1967-11-10”, a date of birth read the other way: 1 client matches; Enter opens them."], heard


def test_y162_05_the_offered_search_finding_nobody_says_that_too(qtbot, window, repo, announcements):
    repo.add_client(Client(name="Otro Cliente", person=Person(dob=date(1970, 1, 2))))
    window.load()
    heard = _entered(qtbot, window, "10/11/1967", announcements)
    assert window.caseload.search.text() == "1967-11-10"
    assert len(heard) == 1 and heard[0].startswith("Searched “1967-11-10”, a date of birth read the other way: "
                                                   "No client matches “1967-11-10”."), heard
