"""X149-01: a PC 290 registrant with a 2009 misdemeanor PC 647.6 (annoying or molesting a child),
eligible for a dismissal now, read under "Applying for a job with a private employer" "Once your
conviction is dismissed: “No.”", and nowhere on the page that a registrant who applies to work or
volunteer where they would be alone with children, or in charge of them, must tell the employer
they are registered (PC 290.95(a)), a duty the dismissal does not end (registration continues,
PC 290.007), nor that for some offenses the law closes such work to them (PC 290.95(c)).  The job
answers now open with it, after the Fair Chance law, as an "if" with the clinic to ask, in English
and Spanish; a client who does not register reads nothing of it.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person

PRIVATE_JOB = {"en": "Applying for a job with a private employer", "es": "Al pedir trabajo en una empresa privada"}
GOVERNMENT_JOB = {"en": "Applying for a government job", "es": "Al pedir trabajo en el gobierno"}
WITH_CHILDREN = {
    # Whom to tell named (G150-01), asked of the clinic, not the law applied (R151-03).
    "en": "While you must register, work with children may be different. Before you apply for a job or volunteer"
          " work that would have you alone with children, or in charge of them, ask the clinic what you must tell"
          " the employer, or the group you volunteer with, and whether you may do that work. The answers below may"
          " not be right for it.",
    "es": "Mientras deba registrarse, el trabajo con niños puede ser distinto. Antes de solicitar un trabajo, pagado"
          " o voluntario, en el que usted vaya a estar a solas con niños o a cargo de ellos, pregunte en la clínica"
          " qué debe decirle a quien le da el trabajo y si puede hacer ese trabajo. Las respuestas de abajo pueden"
          " no servir para ese trabajo.",
}
# R151-03: PC 290.95 is not in ca-rules.md, so the page asks the clinic rather than applying it
# ("the law says you must tell them", "the law does not allow such work at all").
LAW_APPLIED = {"en": "the law says you must tell", "es": "la ley dice que"}


def _client(lang: str, registrant: bool) -> Client:
    case = Case(id="A", case_number="9CA01234",
                convictions=[Conviction(id="A1", section="647.6", level="misdemeanor", conviction_date=date(2009, 6, 10))],
                sentence=_probation(date(2009, 6, 10), date(2012, 6, 10), "completed"))
    return Client(name="Prueba Registro", language=lang,
                  person=Person(dob=date(1980, 3, 14), registrant_290=registrant, us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x149_01_a_registrant_reads_that_work_with_children_must_be_told(lang):
    text = pdf_text(_client(lang, True), lang)
    jobs = text[text.index(PRIVATE_JOB[lang]):text.index(GOVERNMENT_JOB[lang])]
    assert WITH_CHILDREN[lang] in jobs
    assert "PC 290.95" in jobs
    # Said above the answers, before the "No" a dismissal would give.
    answer = "Once your conviction is dismissed" if lang == "en" else "Cuando le desestimen la condena"
    assert jobs.index(WITH_CHILDREN[lang]) < jobs.index(answer)
    assert text.count(WITH_CHILDREN[lang]) == 1
    assert LAW_APPLIED[lang] not in jobs


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x149_01_a_client_who_does_not_register_reads_nothing_of_it(lang):
    text = pdf_text(_client(lang, False), lang)
    assert PRIVATE_JOB[lang] in text
    assert WITH_CHILDREN[lang] not in text
    assert "PC 290.95" not in text
