"""W64-06: the README says what happens to typing when another window or desk saved the same
client meanwhile (K63-04, A64-01, R64): it said nothing, and the program's own message is the
only place a clinic learnt that its typing is put back, not saved, until saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import probation_client

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_the_readme_says_a_refused_save_as_the_window_does(qtbot, window, repo):
    paragraph = README.split("**Two windows or desks on one client.**", 1)[1].split(" **", 1)[0]
    client_id = repo.add_client(probation_client("Rosa Dosmesas"))
    window.load()
    window.open_client(client_id)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.phone, theirs.notes = "(213) 555-0199", "Moved to Pomona."
        desk_2.save_client(theirs)
    view = window.client_view
    view.record.person.notes.setPlainText("Call after 3 pm.")
    view.record.person.aliases.setText("Rosa D.")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = " ".join(str(refused.value).split())
    # What the window says, the README says: their record shown, the typing put back over it,
    # saved as any edit is; where they changed the same field, theirs kept and the typing said.
    for words in ("with what you typed put back over it", "removed the case it is in", "their change is kept there",
                  "saved as any edit is"):
        assert words in said and words in paragraph, words
    assert view.record.person.aliases.text() == "Rosa D." and repo.get_client(client_id).aliases == []
