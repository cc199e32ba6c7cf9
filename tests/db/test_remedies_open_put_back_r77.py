"""R77-03: a client whose newest stored screening is in the oldest form (a JSON object, written by
an early Clinic Desk; m018 reads it in Python) had their remedies on the line after migration 18,
but deleted and put back by Edit > Undo they had none while a trigger rewrote `clients.remedies_open`
on each screening inserted, reading today's forms only: the client left every Remedy list (F75-01)
until opened again.  The line's remedies are now written with the rest of its summary, from Python,
and put back with the client row as they were; this keeps it so."""

from __future__ import annotations

import json

from clinic_app.screening_format import screening_to_dict
from db.records import read_stored
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file


def _oldest_form(repo: Repository, client_id: int) -> None:
    """The client's newest screening as the oldest program stored it, and their remedies as m018 read them."""
    sid, result = repo.db.conn.execute("SELECT id, result FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT 1",
                                       (client_id,)).fetchone()
    with repo._write() as conn:
        conn.execute("UPDATE screenings SET result = ? WHERE id = ?", (json.dumps(screening_to_dict(read_stored(result)[0])), sid))


def test_a_client_put_back_keeps_the_remedies_of_their_oldest_form_screening(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        client_id = repo.add_client(to_file("Olga Antigua"))
        rescreen_caseload(repo, AS_OF, workers=1)
        remedies = repo.remedies_open(client_id)
        assert "pc1203_4" in remedies.split()
        _oldest_form(repo, client_id)
        assert repo.remedies_open(client_id) == remedies  # as m018 left them
        repo.restore_client(repo.delete_client(client_id))
        assert repo.remedies_open(client_id) == remedies
        assert [row.id for row in repo.list_clients() if row.can_help("pc1203_4")] == [client_id]
