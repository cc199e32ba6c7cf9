"""A client whose probation ends before the conviction, stored as a caseload made before K386 held
it: the record's check (`db.repository.check_cases`) had no such refusal then, and is set aside
for the store alone.  The Checklist, Undo, merge, export and import tests of such a record
(R389, K391, K392) start from it."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Client, Probation, Sentence
from tests.gui.test_future_dates_i59 import no_sentence

ENDED_BEFORE = date(2023, 9, 1)  # the count of `no_sentence` is convicted 2024-03-01


def ending_before_conviction(name: str = "Rita Sinsentencia") -> Client:
    """`no_sentence`'s client, put on summary probation ending before the conviction."""
    client = no_sentence(name)
    client.cases[0].sentence = Sentence(type="probation", probation=Probation(kind="summary", end=ENDED_BEFORE))
    return client


def stored_before_k386(repo, monkeypatch, client: Client | None = None) -> int:
    """`client` (`ending_before_conviction()` where none) stored with the record's check set
    aside, as before K386; its id."""
    import db.repository as repository

    with monkeypatch.context() as before_k386:
        before_k386.setattr(repository, "check_cases", lambda *args, **kwargs: None)
        return repo.add_client(client if client is not None else ending_before_conviction())
