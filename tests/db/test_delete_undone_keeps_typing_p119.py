"""P119: Undo of "Delete client" brings the client back whole, with the typing kept for them (a
crash's intake case, a review note being written: K114), as it was before the delete; the
delete itself leaves none of it in the caseload."""

from __future__ import annotations

from clinic_app.model import Client
from db.repository import Repository


def _kept(repo: Repository) -> dict[str, str]:
    return dict(repo.db.conn.execute("SELECT key, value FROM settings WHERE key LIKE 'draft:%'").fetchall())


def test_p119_03_a_deletion_undone_puts_back_the_typing_kept_for_the_client(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        other = repo.add_client(Client(name="Rocío Muñoz"))
        client_id = repo.add_client(Client(name="Mónica Ibáñez"))
        repo.keep_draft(client_id, {"client": {"name": "Mónica Ibáñez"}, "cases": [{"case_number": "ZZ9911"}]}, of="intake")
        repo.keep_draft(client_id, {"note": "Spoke with the DDA"}, of="review")
        repo.keep_draft(other, {"note": "another client's"}, of="review")
        before = _kept(repo)
        removed = repo.delete_client(client_id)
        assert list(_kept(repo)) == [f"draft:review:{other}"]  # theirs gone with them
        repo.restore_client(removed)
        assert _kept(repo) == before


def test_p119_03_typing_kept_since_under_their_number_is_not_written_over(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        client_id = repo.add_client(Client(name="Mónica Ibáñez"))
        repo.keep_draft(client_id, {"note": "before"}, of="review")
        removed = repo.delete_client(client_id)
        repo.keep_draft(client_id, {"note": "since"}, of="review")
        repo.restore_client(removed)
        assert "since" in _kept(repo)[f"draft:review:{client_id}"]
