"""facts_hash's fast canonical text is exactly the generic sorted JSON of the request."""

from __future__ import annotations

import json
from datetime import datetime

from clinic_app.demo import generate_clients
from clinic_app.model import Person, ScreeningRequest
from clinic_app.screening_format import canonical_request_json, request_to_dict


def _generic(person, cases) -> str:
    doc = request_to_dict(ScreeningRequest(person=person, cases=list(cases), as_of=None))
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def test_the_fast_text_equals_the_generic_one_for_whole_records():
    for client in generate_clients(300, seed=21):
        assert canonical_request_json(client.person, client.cases) == _generic(client.person, client.cases)


def test_an_unexpected_value_falls_back_to_the_generic_writer():
    client = next(generate_clients(1, seed=2))
    conv = client.cases[0].convictions[0]
    conv.conviction_date = datetime(2020, 5, 1, 9, 30)  # a date subclass: the fast writer declines it
    assert canonical_request_json(client.person, client.cases) == _generic(client.person, client.cases)
    assert canonical_request_json(Person(), []) == _generic(Person(), [])


def test_texts_with_quotes_escapes_and_any_script_give_the_generic_text():
    """Every kind of character a clerk may type, and any number, must come out exactly as
    the standard encoder writes it, or hashes would move."""
    client = next(generate_clients(1, seed=3))
    case = client.cases[0]
    case.case_number = 'BA "12" \\ 34\t\n\x01\x7f \u2028 ñ Ω 中文 😀'
    case.convictions[0].section = "459\u00a0(a)"
    case.convictions[0].cannabis_grams = 1.5e-05  # written 1.5e-05, not 0.000015
    for condition in case.conditions:
        condition.label = "classes: \"anger\" / 52 h \u200b"
    assert canonical_request_json(client.person, client.cases) == _generic(client.person, client.cases)
