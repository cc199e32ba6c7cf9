"""K129-03: a supervision (or probation) the record has no end day for may have ended years
ago: the handout's to-do read "Find out when your mandatory supervision ends", as if it were
still running, to a client sentenced in 2017.  It asks the day it ends or ended, in both
languages, read from the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence


def _split_sentence_end_unknown(lang: str) -> Client:
    return Client(name="Dora Testunknown", language=lang, person=Person(dob=date(1975, 3, 1), us_citizen=True), cases=[Case(
        id="c1", case_number="BA400004", disposition_date=date(2017, 3, 1),
        convictions=[Conviction(id="c1-1", code="HS", section="11352(a)", level="felony", conviction_date=date(2017, 3, 1))],
        sentence=Sentence(type="county_jail_1170h", judgment_date=date(2017, 3, 1),
                          custody=Custody(split=True, supervision="mandatory_supervision")))])


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("en", "Find out the day your mandatory supervision ends, or the day it ended. Tell the clinic.",
     "Find out when your mandatory supervision ends."),
    ("es", "Averigüe qué día termina su supervisión obligatoria, o qué día terminó. Avísele a la clínica.",
     "Averigüe cuándo termina su supervisión obligatoria."),
])
def test_k129_03_an_unknown_end_is_asked_as_ended_or_ending(lang, said, not_said):
    text = pdf_text(_split_sentence_end_unknown(lang), lang)
    assert said in text
    assert not_said not in text


def test_k129_04_a_supervision_of_no_recorded_kind_is_to_finish_on_the_handout():
    # As intake stores a prison term's "Supervision until:" (E29-05): its kind not asked.  The
    # handout's to-do had nothing of it (tests/test_checklist_supervision_unnamed_k129.py).
    client = Client(name="Ciro Testparole", person=Person(dob=date(1985, 3, 1), us_citizen=True), cases=[Case(
        id="c1", case_number="BA300003", disposition_date=date(2019, 8, 1),
        convictions=[Conviction(id="c1-1", code="PC", section="245(a)(4)", level="felony", conviction_date=date(2019, 8, 1))],
        sentence=Sentence(type="state_prison", judgment_date=date(2019, 8, 1),
                          custody=Custody(release_date=date(2024, 2, 1), supervision_end=date(2027, 2, 1))))])
    assert "Finish your supervision." in pdf_text(client, "en")
    assert "Cumpla toda su supervisión." in pdf_text(client, "es")
