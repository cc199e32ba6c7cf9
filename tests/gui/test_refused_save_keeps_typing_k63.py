"""A save refused for another desk's change keeps what was typed, over their record (K63-04).

Rosa's record open, a note typed for minutes; meanwhile another desk (another volunteer on
the shared caseload, `clinic-app merge`) saved her phone.  Leaving the note, the save was
rightly refused (saved whole, it would have undone the phone), and the forms showed their
record: the note was gone from the screen, with "Make your change again".  What was typed
now goes back over their record, not saved until it is saved as any edit is.
"""

from __future__ import annotations

import pytest

from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import probation_client

NOTE = "Works nights; call after 3 pm. Has the 2019 minute order at home, will bring it Tuesday."


def _open(window, repo, name: str) -> int:
    client_id = repo.add_client(probation_client(name))
    window.load()
    window.open_client(client_id)
    return client_id


def _saved_on_another_desk(repo, client_id: int, **fields) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        for name, value in fields.items():
            setattr(theirs, name, value)
        desk_2.save_client(theirs)


def test_a_note_typed_while_another_desk_saved_the_phone_stays_in_the_form_and_saves_over_theirs(qtbot, window, repo):
    client_id = _open(window, repo, "Rosa Delgado")
    view = window.client_view
    _saved_on_another_desk(repo, client_id, phone="(213) 555-0199")
    view.record.person.notes.setPlainText(NOTE)
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    assert "with what you typed put back over it" in str(refused.value)
    assert repo.get_client(client_id).notes == ""  # refused: nothing written over theirs
    assert view.record.person.notes.toPlainText() == NOTE  # the typing kept ...
    assert view.record.person.phone.text() == "(213) 555-0199"  # ... over their record
    assert view.save_button.isEnabled()
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == (NOTE, "(213) 555-0199")


def test_typing_in_a_field_they_changed_too_is_said_and_theirs_kept(qtbot, window, repo):
    client_id = _open(window, repo, "Rosa Delgado")
    view = window.client_view
    _saved_on_another_desk(repo, client_id, notes="Moved to Pomona.", phone="(213) 555-0199")
    view.record.person.notes.setPlainText(NOTE)
    view.record.person.aliases.setText("Rosa D.")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert "their change is kept there" in said and f"Notes: “{NOTE}”" in said  # to type again, or copy
    assert view.record.person.notes.toPlainText() == "Moved to Pomona."
    assert view.record.person.aliases.text() == "Rosa D."  # the rest of the typing kept
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone, stored.aliases) == ("Moved to Pomona.", "(213) 555-0199", ["Rosa D."])
