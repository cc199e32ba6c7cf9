"""K370-02 (K366's Left alone): K366-02 named a client with the birth date on Edit > Undo and in
"Saved: ..." where another shares the name, but a new client typed under a namesake's name read
"Add client (Marta Reyes)", and a client renamed to a namesake's name was named alone until the
list was loaded again (the list still held them under the old name).  Both are named with the
birth date at once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _namesake(repo) -> None:
    namesake = probation_client("Marta Reyes", case_number="BA900009")
    namesake.person.dob = date(1973, 3, 19)
    repo.add_client(namesake)


def test_k370_02_a_new_client_under_a_namesakes_name_is_added_with_the_birth_date(qtbot, window, repo):
    _namesake(repo)
    window.load()
    window.new_action.trigger()
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, "Marta Reyes")
    qtbot.keyClicks(view.record.person.dob, "1990-06-02")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.count_clients() == 2
    said = "Add client (Marta Reyes, born 1990-06-02)"
    assert window.undo_action.text() == f"&Undo {said}"
    assert window.statusBar().currentMessage().startswith(f"Saved: {said}.")


def test_k370_02_a_client_renamed_to_a_namesakes_name_is_told_apart_at_once(qtbot, window, repo):
    _namesake(repo)
    client_id = repo.add_client(probation_client("Marta Rios", case_number="BA100001"))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    type_over(qtbot, view.record.person.name, "Marta Reyes")
    assert view.save()
    assert repo.get_client(client_id).name == "Marta Reyes"
    assert window.undo_action.text().endswith("(Marta Reyes, born 1985-03-14)"), window.undo_action.text()


def test_k370_02_a_client_started_at_intake_under_a_namesakes_name_is_told_apart(qtbot, window, repo):
    from tests.gui.test_undo_u33 import _at_intake

    _namesake(repo)
    window.load()
    _at_intake(qtbot, window, "Marta Reyes", "BA300003")
    assert repo.count_clients() == 2
    window.undo_action.trigger()  # the case, a step of its own
    assert window.undo_action.text() == "&Undo Add client at intake (Marta Reyes, no date of birth)"
