"""J119-02: a client whose record is arrests, four ended and sealable now, one still open.  The
handout's list of what to do said "Your open case must end first. Talk to your lawyer in that
case." under four "You qualify now": read as a wait for the four arrests too, which nothing in
the screening makes wait (the open case stops relief of convictions, and there is none).  On a
record with no conviction it says the steps do not clear the open case, whom to see about it,
and to come back when it ends; with a conviction beside it, "must end first" as before.  Each
test opens the real PDF, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import eligible_now
from handout_render import pdf_text, squash

from clinic_app.model import ArrestOffense, Case, Client, Person

pytestmark = pytest.mark.pdf

MUST_END_FIRST = {"en": "Your open case must end first.", "es": "Su caso abierto tiene que terminar primero."}
NOT_CLEARED = {"en": "What this page says does not clear your open case. Talk to your lawyer in that case. If you do "
                     "not have one, ask the clinic who can help. When that case ends, ask the clinic to look at it "
                     "again.",  # the lawyer's "if" since H375-05
               "es": "Lo que dice esta hoja no limpia su caso abierto. Hable con su abogado de ese caso. Si no tiene "
                     "abogado, pregunte en la clínica quién le puede ayudar. Cuando ese caso termine, pida a la "
                     "clínica que lo revise otra vez."}


def _open_case(case_id: str = "P") -> Case:
    return Case(id=case_id, outcome="pending", case_number="26CJCF05555", arrest_date=date(2026, 9, 1),
                arrest_offenses=[ArrestOffense("594", level="felony")])


def arrests_and_an_open_case(lang: str) -> Client:
    dismissed = Case(id="D", outcome="dismissed", case_number="21CJCM01234", arrest_date=date(2021, 5, 14),
                     disposition_date=date(2021, 11, 2), arrest_offenses=[ArrestOffense("242", level="misdemeanor")])
    acquitted = Case(id="A", outcome="acquitted", case_number="BA500123", arrest_date=date(2022, 2, 1),
                     disposition_date=date(2022, 10, 20), arrest_offenses=[ArrestOffense("211", level="felony")])
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1990, 4, 2)),
                  cases=[dismissed, acquitted, _open_case()])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_j119_02_an_open_case_beside_arrests_only_is_not_said_to_come_first(lang):
    text = squash(pdf_text(arrests_and_an_open_case(lang), lang))
    assert MUST_END_FIRST[lang] not in text
    assert NOT_CLEARED[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_j119_02_an_open_case_beside_a_conviction_still_comes_first(lang):
    client = eligible_now()
    client.language = lang
    client.cases.append(_open_case())
    text = squash(pdf_text(client, lang))
    assert MUST_END_FIRST[lang] in text
    assert NOT_CLEARED[lang] not in text
