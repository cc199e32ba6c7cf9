"""R155-03: D154-01's Marco (two DUIs) read his driving record's question above the private
employer's answers only; under "Applying for a government job" (a city bus, a public works truck)
he read "Once your convictions are dismissed: “No.”" and nothing of the DMV's record, which a
dismissal leaves as it is whoever the employer (VC 13555).  S154-04 had pointed the registrant's
question back there for the same reason.  The government job now points back to it too, in
English and Spanish; a registrant with a DUI reads both pointers as one, the private employer
named once.  Each test opens the real PDF of a synthetic client screened by the real engine."""

from __future__ import annotations

import pytest

from clinic_app.handouts.texts import load_texts
from tests.handouts.test_driving_record_at_work_d154 import GOVERNMENT_JOB, _marco, _read_on
from tests.handouts.test_registrant_with_a_dui_asked_once_r155 import ANSWERS_BELOW, _registered

POINTER = {
    "en": "Your driving record at the DMV is the same for a government job. If an employer asks about it, or the job"
          " would have you drive, ask the clinic first, as said under “Applying for a job with a private employer”"
          " above. The answers below may not be right for it.",
    "es": "Su récord de manejo en el DMV es el mismo para un empleo del gobierno. Si le preguntan por él, o si en el"
          " trabajo tendrá que manejar, pregunte primero en la clínica, como se dice arriba en «Al pedir trabajo en"
          " una empresa privada». Las respuestas de abajo pueden no servir para eso.",
}
ANSWER = {"en": "Once your convictions are dismissed", "es": "Cuando le desestimen las condenas"}


def _government_job(text: str, lang: str) -> str:
    start = text.index(GOVERNMENT_JOB[lang])
    return text[start:text.index(load_texts(lang)["situations"]["license"]["title"], start)]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r155_03_the_government_job_points_back_to_the_driving_record(lang):
    job = _government_job(_read_on(_marco(lang), lang), lang)
    assert POINTER[lang] in job and "VC 13555" in job
    assert job.index(POINTER[lang]) < job.index(ANSWER[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r155_03_a_registrant_with_a_dui_reads_one_pointer_for_both(lang):
    # Not the two pointers one after the other, each naming the private employer's title and each
    # ending "The answers below may not be right for it".
    job = _government_job(_read_on(_registered(lang), lang), lang)
    texts = load_texts(lang)
    title = texts["situations"]["private_job"]["title"]
    assert texts["job_pointers_together"].format(situation=title) in job
    assert job.count(title) == 1 and job.count(ANSWERS_BELOW[lang]) == 1
    assert "PC 290.95; VC 13555" in job
