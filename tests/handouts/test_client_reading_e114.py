"""E114: the English handout read by a client who reads little, with a job interview next week.
Each test opens the real PDF."""

from __future__ import annotations

import re
from datetime import date

import pytest
from handout_clients import _probation, dismissed_and_reduced, eligible_now
from handout_render import pdf_text
from test_long_record_l109 import handout as long_record

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


def dismissed_only() -> Client:
    """One misdemeanor, dismissed in 2020: nothing still to come."""
    day = date(2015, 3, 2)
    case = Case(id="A", convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=day,
                                                relief_granted=[ReliefGranted("pc1203_4", date(2020, 1, 10))])],
                sentence=_probation(day, date(2018, 3, 2), "completed"))
    return Client(name="Synthetic Client", language="en", person=Person(dob=date(1984, 6, 9)), cases=[case])


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


def test_e114_02_the_job_intro_says_which_answer_is_for_now_while_relief_is_still_to_come():
    """A client told "You qualify now", with a job interview next week, read under "Applying for
    a job with a private employer" both "If your conviction is not cleared: ... “Yes. I can tell
    you what I have done since then.”" and "Once your conviction is dismissed: “No.”", and
    nothing said which was for the interview before the judge signs.  The job intro now says
    it, naming the label as printed, in the number of the convictions; a client whose only
    conviction is already dismissed reads no such line."""
    for lang, text, said, label in (
            ("en", pdf_text(eligible_now(), "en"), "Your interview may come before your record is cleared. Until then, "
             "give the answer “If your conviction is not cleared”.", "If your conviction is not cleared:"),
            # The job's words: the license intro says its own (H429-03).
            ("en", long_record("en")[0], "Your interview may come before your record is cleared. Until then, give the "
             "answer “If your convictions are not cleared”.",
             "If your convictions are not cleared:"),
            ("es", pdf_text(eligible_now(), "es"), "Puede que su entrevista sea antes de que limpien sus antecedentes. "
             "Hasta entonces, dé la respuesta «Si la condena no está limpia».", "Si la condena no está limpia:")):
        start = text.index(said) + len(said)
        assert text.count(said) == 1, text
        assert text.index(label, start) - start < 400, text[start:start + 600]  # the label follows the intro
    dismissed = pdf_text(dismissed_only(), "en")
    assert "For a dismissed conviction: “No.”" in dismissed
    assert "Your interview may come" not in dismissed


def test_e114_03_the_jury_note_says_who_a_felony_stops_in_two_sentences():
    """Under "Jury service" the client read "A felony stops you only while you are in custody, on
    felony probation, parole or other supervision after release, or must register for a
    felony.": 26 words whose last part has no subject ("or must register": the felony must?),
    and the note for a conviction made a misdemeanor ran to 29 words the same way.  The
    registration is now its own sentence in each; the Spanish, which said it so already, parts
    its 30-word sentence of custody and supervision as the English now does."""
    for client, said in (
            (eligible_now(), "A misdemeanor never stops you from serving. A felony stops you only while you are in custody or "
             "on felony probation, parole or other supervision after release. It also stops you while you must "
             "register for a felony."),
            (dismissed_and_reduced(), "But in any case, you cannot serve while you are in custody or on felony probation, parole "
             "or other supervision after release. Nor can you serve while you must register for a felony.")):
        text = pdf_text(client, "en")
        start = text.index(said[:20], text.index("Jury service"))  # the note, after its label
        jury = text[start:text.index("CCP 203(a)", start)]
        assert said in jury, jury
        assert longest_sentence(jury) <= 22, jury
    spanish = pdf_text(eligible_now(), "es")
    assert ("Un delito grave se lo impide solo mientras esté bajo custodia o en libertad condicional (probation) por un "
            "delito grave. También mientras esté en libertad bajo palabra (parole) u otra supervisión después de salir. "
            "Y mientras deba registrarse por un delito grave.") in spanish


def test_e114_04_a_public_employer_checks_the_job_s_requirements_not_its_needs():
    """Under "Applying for a government job (not police)" the client read "A public employer
    may ask only after it checks that you meet the job's basic needs.": a job has no needs a
    person meets; the law speaks of its minimum qualifications (Lab. Code 432.9), as the
    Spanish says, «los requisitos básicos del puesto».  It now says "basic requirements"."""
    text = pdf_text(eligible_now(), "en")
    assert "A public employer may ask only after it checks that you meet the job's basic requirements." in text
    assert "basic needs" not in text
