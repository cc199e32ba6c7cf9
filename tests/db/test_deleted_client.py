"""A deleted client leaves nothing readable in the caseload file but the audit log's copy (V28-01)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from clinic_app.model import Client
from db.repository import Repository
from full_record import full_client
from ui.services import screen_and_store

NAME = "Quenzabel Xothwick"  # synthetic and unique: found in the file only where it is stored
ALIAS = "Zyrrhiane Xothwick"


def _file_bytes(path: Path) -> bytes:
    """The caseload as anyone who copies its files reads them: the file and its -wal."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _in_audit(repo: Repository, text: str) -> int:
    """How many times `text` is in the audit log (which keeps a deleted client's record by design)."""
    rows = repo.db.conn.execute("SELECT coalesce(before, '') || coalesce(after, '') FROM audit").fetchall()
    return sum(row[0].count(text) for row in rows)


def test_a_deleted_clients_name_is_gone_from_the_file_but_for_the_audit_log(tmp_path):
    """V28-01: deleted rows stayed in the file's free space and in the -wal, and the search
    index kept the name's words, so a copy of the files (a lost laptop, a USB stick) gave
    the name of a client the clinic had removed.  The file is now written with
    secure_delete, the search index is compacted and the -wal emptied after a delete."""
    path = tmp_path / "caseload.sqlite"
    repo = Repository.open(path, user="paralegal-1")
    for n in range(30):  # others before and after, sharing the client's pages
        repo.add_client(Client(name=f"Other Person {n}", phone=f"(213) 555-{n:04d}"))
    client = replace(full_client(), name=NAME, aliases=[ALIAS])
    client_id = repo.add_client(client)
    screen_and_store(repo, repo.get_client(client_id), date(2026, 11, 22))
    for n in range(30, 60):
        repo.add_client(Client(name=f"Other Person {n}"))
    assert _file_bytes(path).count(NAME.encode()) > _in_audit(repo, NAME)  # the client is there

    repo.delete_client(client_id)

    for text in (NAME, ALIAS, "Xothwick"):  # the window still open: the file as it is now
        assert _file_bytes(path).count(text.encode()) == _in_audit(repo, text), text
    for word in (b"quenzabel", b"zyrrhiane", b"xothwick"):  # the search index's folded words
        assert word not in _file_bytes(path), word
    assert repo.search_ids("Xothwick") == [] and len(repo.search_ids("Other")) == 60
    repo.close()
    assert _file_bytes(path).count(NAME.encode()) == 2  # the audit log's create and delete
