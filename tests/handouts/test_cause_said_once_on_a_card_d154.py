"""D154-03: Marco's 2017 DUI, its dismissal held back by his probation in the 2020 DUI's case,
read on one card, five lines apart, "Where it stands: Not cleared yet. Something must change
first: your probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end (it
ends on January 10, 2027)." and "Dismissal (expungement): This has to wait until this changes:
your probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end (it ends on
January 10, 2027). Then come back ...", the same 23 words twice (in Spanish too).  The card's
relief now says "This has to wait until that changes.", what follows as it was (the day to come
back, ending probation early on the other card); a card whose "Where it stands" does not say
the cause (its relief held back while another opens later) keeps it on the relief's line.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_driving_record_at_work_d154 import _marco

pytestmark = pytest.mark.pdf

CAUSE = {
    "en": "your probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end (it ends on January 10, 2027)",
    "es": "su libertad condicional (probation) por «Manejar con 0.08 % o más de alcohol en la sangre (DUI)» debe"
          " terminar el 10 de enero de 2027",
}
WHERE = {"en": "Something must change first: {cause}.", "es": "Primero algo tiene que cambiar: {cause}."}
RELIEF = {
    "en": "Dismissal (expungement): This has to wait until that changes. Then come back to the clinic on or after"
          " January 11, 2027. The clinic can ask the judge to end your probation early.",
    "es": "Desestimación (expungement): Esto tiene que esperar hasta que eso cambie. Después vuelva a la clínica a"
          " partir del 11 de enero de 2027. La clínica puede pedir al juez que termine antes su libertad condicional.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d154_03_what_holds_a_card_back_is_said_once_on_it(lang):
    text = pdf_text(_marco(lang), lang)
    assert WHERE[lang].format(cause=CAUSE[lang]) in text
    assert RELIEF[lang] in text
    assert text.count(CAUSE[lang]) == 1
