"""W150-01: a client whose one other name holds a comma, as a RAP sheet prints it ("GOMEZ,
ELENA"), imported so: the Record tab showed it bare, and the next save of the record, of any
field, read it back as two names, "GOMEZ" and "ELENA" (H149-02 kept it whole only beside
another name, where semicolons separate them)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_one_other_name_with_a_comma_stays_one_name_at_the_next_save(qtbot, window, repo):
    maria = probation_client("María Elena Ruiz")
    maria.aliases = ["GOMEZ, ELENA"]  # as an import brought it
    client_id = repo.add_client(maria)
    window.load()
    window.open_client(client_id)
    person = window.client_view.record.person
    assert person.aliases.text() == "GOMEZ, ELENA;"
    person.phone.setText("(213) 555-0142")  # another field edited and saved
    window.client_view.save()
    assert repo.get_client(client_id).aliases == ["GOMEZ, ELENA"]
    assert repo.search_ids("gomez") == [client_id]


def test_typed_alone_so_it_is_one_name_and_the_tip_says_how(qtbot, window, repo):
    client_id = repo.add_client(probation_client("María Elena Ruiz"))
    window.load()
    window.open_client(client_id)
    person = window.client_view.record.person
    assert "end such a name alone with one (GOMEZ, ELENA;)" in person.aliases.toolTip()
    person.aliases.clear()
    qtbot.keyClicks(person.aliases, "GOMEZ, ELENA;")
    window.client_view.save()
    assert repo.get_client(client_id).aliases == ["GOMEZ, ELENA"]
    assert person.aliases.text() == "GOMEZ, ELENA;"
