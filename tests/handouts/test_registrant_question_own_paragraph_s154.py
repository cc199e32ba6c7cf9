"""S154-03: a PC 290 registrant's question about work with children (X149-01) was printed as the
last four lines of the private employer's intro, after the Fair Chance law, the county's ordinance
and "Until then, give the answer ...": an eleven-line paragraph a client reads as the law on job
applications, the question for the clinic at its tail, where G150 saw it and a reader stops.  It
is a paragraph of its own now, under the Fair Chance law, in English and Spanish, still above the
answers.  (The Eligibility tab's "Ask the client" note, the brief's first guess, was looked at at
1280 pixels: a note of its own above the results, with a pending case's and the immigration note
above it too; not hidden, left.)

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

import io

import pytest
from handout_clients import CLINIC, screened
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from tests.handouts.test_registrant_work_with_children_x149 import PRIVATE_JOB, WITH_CHILDREN, _client

FAIR_CHANCE = {"en": "California's Fair Chance law", "es": "Ley de Oportunidad Justa de California"}


def _private_job(lang: str, registrant: bool):
    """The handout of X149-01's client, composed, and its private employer's situation."""
    client = _client(lang, registrant)
    handout = compose(client, screened(client), CLINIC, lang=lang)
    return handout, next(block for section in handout.sections for block in section.blocks
                         if getattr(block, "key", None) == "private_job")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s154_03_the_question_is_a_paragraph_of_its_own(lang):
    handout, jobs = _private_job(lang, True)
    assert jobs.intro.text.startswith(FAIR_CHANCE[lang][:12]) and WITH_CHILDREN[lang] not in jobs.intro.text
    assert jobs.asked.text == WITH_CHILDREN[lang] and jobs.asked.cite == "PC 290.95"
    assert "PC 290.95" not in jobs.intro.cite

    pages = [page.extract_text() for page in PdfReader(io.BytesIO(render_bytes(handout))).pages]
    text = "\n".join(pages)
    first = WITH_CHILDREN[lang].split(". ")[0] + "."
    # Its first sentence begins a line of the page, after the Fair Chance paragraph and its cite.
    line = next(line for line in text.splitlines() if first[:30] in line)
    assert line.startswith(first[:30]), line
    at = text.index(first[:30])
    assert text.index(PRIVATE_JOB[lang]) < text.index(FAIR_CHANCE[lang][:12], text.index(PRIVATE_JOB[lang])) < at
    assert text.index("Gov. Code 12952", text.index(PRIVATE_JOB[lang])) < at


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s154_03_a_client_who_does_not_register_has_no_question(lang):
    assert _private_job(lang, False)[1].asked is None
