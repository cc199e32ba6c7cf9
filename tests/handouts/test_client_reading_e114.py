"""E114: the English handout read by a client who reads little, with a job interview next week.
Each test opens the real PDF."""

from __future__ import annotations

import re

import pytest
from handout_clients import eligible_now
from handout_render import pdf_text
from test_long_record_l109 import handout as long_record

pytestmark = pytest.mark.pdf


def longest_sentence(text: str) -> int:
    """The word count of the longest sentence in `text` (a quoted answer ends none)."""
    return max(len(s.split()) for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚ«“])", text))


def test_e114_01_the_jobs_a_dismissed_conviction_must_be_told_for_are_said_in_short_sentences():
    """Under "Applying for a job with a private employer", once a conviction is dismissed, the
    client read "If the job needs a gun, the law makes the employer check, or the law bars
    anyone with such a conviction from the job, say: ...": 33 words, "the law makes the
    employer check" with no "where", "bars" in the lawyer's sense, and the answer the client
    must give last.  The three kinds of job are now named in a sentence of their own, and the
    answer follows with "For those jobs", in the plural too; the Spanish says the same (its
    sentences run a few words longer: 30 there)."""
    for lang, text, note, end in (
            ("en", pdf_text(eligible_now(), "en"), "Some jobs are different. They are jobs that need a gun, jobs the law "
             "says must check your record, and jobs the law closes to people with such a conviction. For those jobs, "
             "say: “Yes, but it was dismissed under Penal Code 1203.4.”", "Lab. Code 432.7"),
            ("en", long_record("en")[0], "Some jobs are different. They are jobs that need a gun, jobs the law says "
             "must check your record, and jobs the law closes to people with such a conviction. For those jobs, "
             "say: “Yes, but they were dismissed under Penal Code", "Lab. Code 432.7"),
            ("es", pdf_text(eligible_now(), "es"), "Algunos puestos son distintos. Son los que requieren portar un arma, "
             "aquellos en que la ley exige revisar sus antecedentes y los que la ley prohíbe a quien "
             "tenga una condena así. Para esos puestos, diga:", "Lab. Code 432.7")):
        start = text.index(note[:40])
        said = text[start:text.index(end, start)]
        assert note in said, said
        assert "the law makes the employer check" not in said and "la ley obliga al empleador a revisar," not in said
        assert longest_sentence(said) <= {"en": 26, "es": 30}[lang], said
