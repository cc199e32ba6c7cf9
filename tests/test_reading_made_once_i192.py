"""I192: a paralegal importing a county's caseload waited on the reader asking `typing` and
`dataclasses` how to read every value of every record again (an import of 10,000 clients read
~1,300 a second).  How to read each dataclass and type hint is worked out once and kept; what a
request reads to, and what a bad one is told, is the same (tests/test_screening_format.py)."""

from __future__ import annotations

import dataclasses
import json
import sys
import typing
from collections import Counter
from datetime import date

from clinic_app import screening_format
from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.screening_format import (
    DenialEntered,
    ExportedReview,
    client_reviews_and_moments_from_request,
    client_to_request_dict,
)

_ASKED = ("get_origin", "get_args", "get_type_hints", "fields", "is_dataclass")


def _exported_clients() -> list[dict]:
    """Demo clients as `clinic-app export` writes them: cases, ledgers, petitions filed, a
    review and a denial's typed moment, so every dataclass the reader builds is in them."""
    clients = list(file_demo_petitions(generate_clients(40, seed=192), DEMO_AS_OF, seed=192))
    review = ExportedReview(case=clients[0].cases[0].id, conviction=None, remedy="pc1203_4", reviewer="A. Attorney",
                            at="2026-03-02T10:00:00+00:00", note="checked")
    entered = DenialEntered(case=clients[0].cases[0].id, remedy="pc1203_4", convictions=[], filed_on="2026-01-05",
                            ruling_on=None, at="2026-03-01T09:00:00+00:00")
    exported = [client_to_request_dict(c) for c in clients]
    exported[0] = client_to_request_dict(clients[0], reviews=[review], denials_entered=[entered])
    return json.loads(json.dumps(exported))


def _read(exported: list[dict]) -> list:
    return [client_reviews_and_moments_from_request(request, date(2026, 12, 7)) for request in exported]


def test_i192_01_reading_a_request_asks_typing_nothing_once_its_readers_are_made(monkeypatch):
    exported = _exported_clients()
    assert any(r["client"].get("payments") for r in exported) and any(r["client"].get("petitions") for r in exported)
    first = _read(exported)  # makes the readers of every dataclass a request has
    asked: Counter = Counter()

    def counted(name, real):
        def asking(*args, **kwargs):
            if sys._getframe(1).f_globals.get("__name__") == screening_format.__name__:
                asked[name] += 1
            return real(*args, **kwargs)
        return asking

    for module in (screening_format, typing, dataclasses):
        for name in _ASKED:
            if hasattr(module, name):
                monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    again = _read(exported)
    assert dict(asked) == {}, "the reader asked typing or dataclasses again for each value"
    assert again == first
