"""A merge takes the other record's clinic event when the kept one has none (X62-03): the
office's record of a client seen at an event kept "no event", said as "Keeps this record's
clinic event none", and the event's report then counted fewer people than were seen."""

from __future__ import annotations

from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Client, Person


def _client(id: int, event: str | None) -> Client:
    return Client(name="Maria Lopez", person=Person(dob=date(1985, 3, 2)), id=id, event=event)


def test_the_event_is_taken_where_the_kept_record_has_none():
    merged = merge_into(_client(1, None), _client(4, "Pomona 2026-12-03"))
    assert merged.client.event == "Pomona 2026-12-03"
    assert "clinic event Pomona 2026-12-03" in merged.taken
    assert not any("clinic event" in line for line in merged.kept)


def test_the_kept_records_own_event_stays_and_is_said():
    """A returning client keeps the event they were first seen at; the other's is said."""
    merged = merge_into(_client(1, "Compton 2026-06-01"), _client(4, "Pomona 2026-12-03"))
    assert merged.client.event == "Compton 2026-06-01"
    assert "clinic event Compton 2026-06-01 (id 4 has Pomona 2026-12-03)" in merged.kept
