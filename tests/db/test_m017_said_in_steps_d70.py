"""D70-02: migration 17 reads the audit log's saves that typed a denial (2-5 s on a busy clinic's
caseload of 20,000 clients, 109,000 log rows), and an open told nothing while it ran: the window's
"Updating the caseload (2 of 2)..." bar stood still at half way for those seconds (N66 left it so).
It now tells how far it has read, so the bar moves on from half way to the end."""

from __future__ import annotations

from db.connection import open_caseload, updating_said
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.db.test_denials_entered_backfill_d65 import DENIED, _old_save
from tests.older_caseload import PENDING, take_back
from tests.test_denial_review_before_entry_d64 import FILED, _moment

TYPED = 30


def _older_with_denials_typed(path):
    """A caseload at schema 15 whose log holds `TYPED` saves that typed a denial, each taken
    off again by the next save (as a paralegal's mistake and its undo), as saved before Y64."""
    moments = (_moment(9 + n // 60, n % 60) for n in range(1000))  # a minute apart: each save its own moment
    with Repository(open_caseload(path), user="paralegal", clock=lambda: next(moments)) as repo:
        client = to_file("Dora Denegada")
        client.cases[0].petitions = [FILED]
        client_id = repo.add_client(client)
        for _ in range(TYPED):
            _old_save(repo, client_id, lambda c: setattr(c.cases[0], "petitions", [DENIED]))
            _old_save(repo, client_id, lambda c: setattr(c.cases[0], "petitions", [FILED]))
    take_back(path)
    return path


def test_m017_tells_how_far_it_has_read_and_the_bar_moves_on_from_half_way(tmp_path):
    path = _older_with_denials_typed(tmp_path / "older.sqlite")
    told: list[tuple[int, int, str]] = []
    with open_caseload(path, progress=lambda done, total, text: told.append((done, total, text))) as db:
        entered = db.execute("SELECT COUNT(*) FROM audit WHERE entity = 'denial' AND action = 'entered'").fetchone()[0]
    assert entered == TYPED  # what m017 writes is as before
    pending = len(PENDING)  # m016, m017, and those after it
    last = [(done, total) for done, total, text in told if text == updating_said(2, pending)]
    assert last[0] == (1, pending)  # m016 done, m017 begun
    # Then m017's own steps: more than one, each further on, between half way and the end.
    assert len(last) > 10
    fractions = [done / total for done, total in last]
    assert fractions == sorted(fractions) and len(set(fractions)) == len(fractions)
    assert 1 / pending <= fractions[1] and fractions[-1] < 2 / pending


def test_an_open_not_asked_for_progress_runs_m017_as_before(tmp_path):
    path = _older_with_denials_typed(tmp_path / "older.sqlite")
    with open_caseload(path) as db:
        assert db.execute("SELECT COUNT(*) FROM audit WHERE entity = 'denial' AND action = 'entered'").fetchone()[0] == TYPED
