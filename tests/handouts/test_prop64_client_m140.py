"""M140: a cannabis client under Prop 64, read on the real handout as the client would.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person


def marijuana_for_sale(lang: str, citizen: bool | None = True) -> Client:
    """HS 11359 (2012), a felony still, formal probation ended 2015: Prop 64 open now."""
    conv = Conviction(id="A1", code="HS", section="11359", level="felony", conviction_date=date(2012, 6, 14),
                      offense_date=date(2012, 2, 1))
    case = Case(id="A", case_number="BA390001", convictions=[conv],
                sentence=_probation(date(2012, 6, 14), date(2015, 6, 14), "completed", kind="formal"))
    return Client(name="Leo Park", language=lang, person=Person(dob=date(1988, 3, 10), us_citizen=citizen),
                  cases=[case])


# ---- M140-01: the automatic review (AB 1793) may already have changed it -----------------

ALREADY = {
    "en": "It may already have been done: after a 2018 law (AB 1793), the state sent old marijuana "
          "convictions to the courts to be changed without anyone asking. The clinic will check with the court "
          "before it files anything.",
    "es": "Puede que ya esté hecho: por una ley de 2018 (AB 1793), el estado envió las condenas viejas de "
          "marihuana a los tribunales para cambiarlas sin que nadie lo pidiera. La clínica lo verificará con el tribunal "
          "antes de presentar nada.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m140_01_the_prop_64_card_says_the_automatic_review_may_have_done_it(lang):
    """The screening says of an old marijuana conviction that DOJ listed it for automatic review
    by 2019-07-01 (HS 11361.9, AB 1793; ca-rules.md 3.9 [M]) so "relief may already have been
    granted", and its step checks the court record first.  The client's card said only "You
    qualify now ... the judge must grant it": a client whose conviction the court had already
    changed in 2020 read that papers were still to file.  It now says, as a "may", that it may
    already be done and that the clinic checks with the court first."""
    text = pdf_text(marijuana_for_sale(lang), lang)
    assert ALREADY[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m140_01_before_the_review_was_due_the_card_does_not_say_it(lang):
    """On a day before DOJ's list was due (2019-07-01) the screening says the review is to
    come, not that it may be done: the card says nothing of it."""
    text = pdf_text(marijuana_for_sale(lang), lang, as_of=date(2019, 3, 1))
    assert "AB 1793" not in text

