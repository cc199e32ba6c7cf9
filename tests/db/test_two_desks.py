"""Two windows or desks on one caseload: an edit made on a record another desk has saved
since is refused, never saved over theirs (storage check D21-02)."""

from __future__ import annotations

import pytest

from clinic_app.model import Client
from db.errors import ChangedElsewhere
from db.repository import Repository


def test_a_save_over_another_desks_newer_save_is_refused_and_writes_nothing(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1") as desk_1, Repository.open(path, user="desk-2") as desk_2:
        client_id = desk_1.add_client(Client(name="Dana Twodesk"))
        mine, theirs = desk_1.get_client(client_id), desk_2.get_client(client_id)
        opened = desk_1.get_client(client_id)
        theirs.notes = "Has proof of the classes"
        desk_2.save_client(theirs, expected=desk_2.get_client(client_id))
        mine.phone = "(213) 555-0100"
        with pytest.raises(ChangedElsewhere, match="Dana Twodesk's record was changed in another window or on another desk"):
            desk_1.save_client(mine, expected=opened)
        stored = desk_1.get_client(client_id)
        assert (stored.notes, stored.phone) == ("Has proof of the classes", None)  # their edit stands, nothing of mine
        assert [entry.user for entry in desk_1.history(client_id)] == ["desk-2", "desk-1"]
        # Made again on the record as it is now, the edit saves.
        again = desk_1.get_client(client_id)
        again.phone = "(213) 555-0100"
        desk_1.save_client(again, expected=stored)
        assert (desk_1.get_client(client_id).notes, desk_1.get_client(client_id).phone) == ("Has proof of the classes", "(213) 555-0100")


def test_the_same_change_made_on_two_desks_is_no_conflict(repo):
    client_id = repo.add_client(Client(name="Dana Twodesk"))
    opened = repo.get_client(client_id)
    changed = repo.get_client(client_id)
    changed.phone = "(213) 555-0100"
    repo.save_client(changed, expected=opened)
    repo.save_client(changed, expected=opened)  # already stored as asked: nothing to refuse
    assert repo.get_client(client_id).phone == "(213) 555-0100"
