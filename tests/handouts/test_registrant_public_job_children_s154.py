"""S154-04: a PC 290 registrant read the question about work with children (X149-01, asked of the
clinic since R151-03) under "Applying for a job with a private employer" alone.  The next
situation, "Applying for a government job", answered "“No.”" once dismissed and named schools and
care homes, with nothing of registration, though the duty to tell (PC 290.95(a)) reaches "any
person, group, or organization", public ones too.  It now points back to the question, said in
full once, above the government job's answers, in English and Spanish.  Licensing boards are not
asked it: PC 290.95 speaks of a job or volunteer position, and the rules file holds no line on a
registrant's license (left for the rules owner).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.handouts.test_registrant_work_with_children_x149 import GOVERNMENT_JOB, WITH_CHILDREN, _client

LICENSE = {"en": "Applying for a state or local license", "es": "Al pedir una licencia estatal o local"}
POINTER = {
    "en": "While you must register, work with children may be different in a government job too. Ask the clinic"
          " before you apply, as said under “Applying for a job with a private employer” above. The answers below"
          " may not be right for it.",
    "es": "Mientras deba registrarse, el trabajo con niños también puede ser distinto en un empleo del gobierno."
          " Pregunte en la clínica antes de solicitarlo, como se dice arriba en «Al pedir trabajo en una empresa"
          " privada». Las respuestas de abajo pueden no servir para ese trabajo.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s154_04_the_government_job_points_back_to_the_question(lang):
    text = pdf_text(_client(lang, True), lang)
    public = text[text.index(GOVERNMENT_JOB[lang]):text.index(LICENSE[lang])]
    assert POINTER[lang] in public
    answer = "Once your conviction is dismissed" if lang == "en" else "Cuando le desestimen la condena"
    assert public.index(POINTER[lang]) < public.index(answer)  # above the "No"
    assert "PC 290.95" in public
    # The question itself said once, under the private employer, as before.
    assert text.count(WITH_CHILDREN[lang]) == 1 and text.index(WITH_CHILDREN[lang]) < text.index(GOVERNMENT_JOB[lang])
    assert POINTER[lang] not in text[text.index(LICENSE[lang]):]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s154_04_nothing_for_a_client_who_does_not_register(lang):
    text = pdf_text(_client(lang, False), lang)
    assert GOVERNMENT_JOB[lang] in text
    assert POINTER[lang] not in text
