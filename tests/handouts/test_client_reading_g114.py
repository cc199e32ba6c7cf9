"""G114: the Spanish handout read again by the client who takes it home, beside the English one
for the same client, after the sentences added since stop 54.  Each test opens the real PDF."""

from __future__ import annotations

import re
from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text
from test_long_record_l109 import handout as long_record
from test_restitution_unrecorded_sb1106_r55 import _client as restitution_unrecorded

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

pytestmark = pytest.mark.pdf


def test_g114_01_restitution_owed_does_not_stop_a_dismissal_not_the_conviction():
    """The long record (22 convictions to be dismissed, restitution owed on several cases) read
    at the foot of its checklist «Restitución ... que todavía debe: $1,950. Tiene que pagarla,
    pero no impide que le desestimen la condena.»: "does not stop them dismissing the
    conviction", one conviction where the page lists 22, and the English says only "it does not
    stop a dismissal".  The Spanish now says what the English says, «no impide la
    desestimación», as does the line for restitution whose payments are not recorded."""
    spanish, _ = long_record("es")
    assert ("Restitución (dinero para la víctima) que todavía debe: $1,950. Todavía tiene que pagarla, pero eso no impide la "
            "desestimación.") in spanish
    unrecorded = pdf_text(restitution_unrecorded(), "es")
    assert "Si debe algo, tiene que pagarlo, pero eso no impide la desestimación." in unrecorded
    assert "impide que le desestimen la condena" not in spanish + unrecorded


def two_assaults_and_a_robbery(lang: str) -> Client:
    """Two PC 245(a)(1) felonies (2012, 2015), formal probation done, the judge may make each a
    misdemeanor; beside them a 2020 robbery sent to prison, which stays a felony."""
    def assault(case_id: str, year: int) -> Case:
        day = date(year, 3, 2)
        return Case(id=case_id, convictions=[Conviction(id=f"{case_id}1", section="245(a)(1)", level="felony",
                                                        conviction_date=day)],
                    sentence=_probation(day, date(year + 3, 3, 2), "completed", kind="formal"))
    convicted = date(2020, 2, 28)
    robbery = Case(id="C", convictions=[Conviction(id="C1", section="211", level="felony", conviction_date=convicted)],
                   sentence=Sentence(type="state_prison", judgment_date=convicted, completed=True, custody=Custody(
                       release_date=date(2022, 3, 9), supervision="parole", supervision_end=date(2024, 4, 25))))
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1975, 1, 1), us_citizen=True),
                  cases=[assault("A", 2012), assault("B", 2015), robbery])


def test_g114_02_two_like_convictions_in_an_answer_s_label_are_not_told_apart_by_a_second_dash():
    """Under "What you may say" the label naming the two assaults to be made misdemeanors read
    «Cuando le reduzcan las condenas a delito menor — Asalto con arma mortal (no de fuego) —
    Delito grave (felony), 2012 · PC 245(a)(1); Asalto con arma mortal (no de fuego) — Delito
    grave (felony), 2015 · PC 245(a)(1):»: the dash that brings in the list and the dash that
    tells two like cards apart (S37-05) are one sign, so the line read "made misdemeanors —
    Assault — Felony", the level of each taken for another item, or for what they become.  The
    English tells them apart with parentheses ("(Felony, 2012 · PC 245(a)(1))").  A like card's
    year and law now follow its title as the card's own line parts them, with « · »: one dash
    to a label.  (4 of 150 Spanish handouts of demo seed 114, 10 to 12 labels each.)"""
    text = pdf_text(two_assaults_and_a_robbery("es"), "es")
    assert ("Cuando le reduzcan las condenas a delito menor — Asalto con arma mortal (no de fuego) · Delito grave "
            "(felony), 2012 · PC 245(a)(1); Asalto con arma mortal (no de fuego) · Delito grave (felony), 2015 · "
            "PC 245(a)(1):") in text
    assert not re.search(r" — [^:«»]* — ", text)


def test_g114_03_read_this_first_says_whose_relief_waits_without_an_english_for():
    """The long record's "Read this first" read «Hasta entonces, el alivio tiene que esperar para
    22 de sus condenas de abajo.», the English "relief must wait for 22 of your convictions" word
    for word: «esperar para» is to wait in order to do something, and the line read "relief has
    to wait so as to 22 of your convictions".  It now says whose relief waits: «Hasta entonces,
    el alivio de 22 de sus condenas de abajo tiene que esperar.»"""
    spanish, _ = long_record("es")
    assert "Hasta entonces, el alivio de 22 de sus condenas de abajo tiene que esperar." in spanish
    assert "esperar para" not in spanish
