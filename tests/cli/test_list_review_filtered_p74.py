"""P74-01: `clinic-app list --review` with another filter (`--language es`, `--search`, an
outcome) read the words of every client on the attorney's queue (S71's batched read), then
filtered, and printed the words of a few: at 5,000 clients `list --review --language es` took
1.0 s where the 750 lines it prints need 0.5 s (stop 46, left alone).  The words are now read for
the clients the filters leave, and say what they said."""

from __future__ import annotations

import clinic_app.cli as cli
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_p74_01_the_queue_words_are_read_for_the_clients_listed_only(tmp_path, monkeypatch, capsys):
    db = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "80").returncode == 0
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02").returncode == 0
    before = clinic_app("list", "--db", db, "--review", "--language", "es")  # as printed by its own process
    assert before.returncode == 0, before.stderr
    with Repository.open(db) as repo:
        queued = {row.id for row in repo.list_clients() if row.awaiting_review}
        spanish = {row.id for row in repo.list_clients() if row.awaiting_review and row.language == "es"}
    assert spanish and len(spanish) < len(queued)

    asked: list[int] = []
    batched = cli.awaiting_of_many

    def awaiting_of_many(repo, client_ids):
        client_ids = list(client_ids)
        asked.extend(client_ids)
        return batched(repo, client_ids)

    monkeypatch.setattr(cli, "awaiting_of_many", awaiting_of_many)
    assert cli.main(["list", "--db", str(db), "--review", "--language", "es"]) == 0
    printed = capsys.readouterr().out
    assert set(asked) == spanish  # not the whole queue
    assert printed == before.stdout  # the same lines, the same words
    assert all("\tto review: " in line or "denied" in line for line in printed.splitlines())
