"""R155-01: a PC 290 registrant with two DUIs (D154-01's Marco, registered) read, in the one
paragraph of questions above the private employer's answers, "The answers below may not be right
for it." twice: at the end of the work-with-children question (X149-01, S154-03) and again at
the end of the driving-record one (D154-01), joined there by hand, the second "it" read of the
first.  Said once now, after both questions, of both; each question alone reads as before.
English and Spanish; each test opens the real PDF (pypdf text) of a synthetic client screened by
the real engine."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clinic_app.handouts.texts import load_texts
from tests.handouts.test_driving_record_at_work_d154 import DRIVING_RECORD, GOVERNMENT_JOB, PRIVATE_JOB, _marco, _read_on
from tests.handouts.test_registrant_work_with_children_x149 import WITH_CHILDREN

ANSWERS_BELOW = {"en": "The answers below may not be right for", "es": "Las respuestas de abajo pueden no servir"}


def _registered(lang: str):
    marco = _marco(lang)
    return replace(marco, person=replace(marco.person, registrant_290=True))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r155_01_the_answers_below_are_said_once_after_both_questions(lang):
    text = _read_on(_registered(lang), lang)
    jobs = text[text.index(PRIVATE_JOB[lang]):text.index(GOVERNMENT_JOB[lang])]
    both = load_texts(lang)["job_asked_together"]
    children = WITH_CHILDREN[lang].rsplit(ANSWERS_BELOW[lang], 1)[0].strip()
    driving = DRIVING_RECORD[lang].rsplit(ANSWERS_BELOW[lang], 1)[0].strip()
    assert f"{children} {driving} {both}" in jobs
    assert jobs.count(ANSWERS_BELOW[lang]) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r155_01_each_question_ends_with_the_words_left_out_when_joined(lang):
    # The words left out are the question's own last sentence, in each language: a translation
    # changing one and not the other would say it twice again, or cut the question short.
    texts = load_texts(lang)
    for key in ("job_registrant", "job_driving_record", "job_registrant_government", "job_driving_record_government"):
        assert texts[key]["text"].endswith(" " + texts[key]["answers_below"]), key
    assert texts["job_asked_together"].startswith(ANSWERS_BELOW[lang])
