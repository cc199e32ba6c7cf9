"""H160-02: a client who completed deferred entry of judgment or misdemeanor diversion read
under "Renting a home" only "A landlord may not use an arrest that did not lead to a
conviction.", where the job lines go on "An employer may not ask about a diversion or DEJ program
you took part in, either." (D140-04): a rental application asking about a program had no answer
on the page, though the housing rules bar a landlord from using diversion as they bar an arrest
(ca-rules.md 4.10 [M]: 2 CCR 12264-12271).  The housing line of a client with a diversion
completed now says so, in English and Spanish; an arrest that ended otherwise reads as before.
Each test opens the real PDF."""

from __future__ import annotations

import pytest
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line
from test_diversion_not_asked_d140 import arrested

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Program

NOT_USED = {"en": "A landlord may not use a diversion or DEJ program you took part in, either.",
            "es": "El dueño tampoco puede usar un programa de desvío (diversion) o de DEJ en el que usted participó."}


def _housing(text: str, lang: str) -> str:
    return text[text.index(load_texts(lang)["situations"]["housing"]["title"]):]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("program", [Program(kind="dej", plea_entered=True),
                                     Program(kind="misdemeanor", plea_entered=False)])
def test_h160_02_a_diversion_completed_is_told_a_landlord_may_not_use_it(lang, program):
    housing = _housing(text_of(arrested("diversion_completed", program), lang), lang)
    arrest = load_texts(lang)["situations"]["housing"]["arrest"]["note"]
    assert housing.index(arrest) < housing.index(NOT_USED[lang])
    assert housing.count(NOT_USED[lang]) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("outcome", ["no_charges_filed", "dismissed"])
def test_h160_02_an_arrest_that_ended_otherwise_reads_as_before(lang, outcome):
    assert NOT_USED[lang] not in text_of(arrested(outcome), lang)
