"""D154-02: Marco, two dismissable DUIs (offenses of April 8, 2017 and November 2, 2020), read
under "What relief does and does not do" "A dismissed DUI still counts as an earlier DUI if you
are charged with a new DUI for driving up to November 2, 2030, ten years after it" («..., diez
años después» in Spanish): with both cards above it, "it" was either, and the 2017 DUI read as
counting until 2030.  The day is the later DUI's (each counts ten years from its own offense:
ca-rules.md 2.4); where more than one DUI still counts, the line now says so, "ten years after
the latest of them", and a client with one DUI reads it as before, also one with two counts of
one arrest (VC 23152(a) and (b) of one day).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from dataclasses import replace

import pytest
from handout_render import pdf_text
from test_driving_record_at_work_d154 import _marco

pytestmark = pytest.mark.pdf

TWO = {
    "en": "Your dismissed DUIs still count as earlier DUIs if you are charged with a new DUI for driving up to"
          " November 2, 2030, ten years after the latest of them.",
    "es": "Sus DUI desestimados siguen contando como DUI anteriores si le presentan cargos por un nuevo DUI"
          " cometido hasta el 2 de noviembre de 2030, diez años después del más reciente.",
}
ONE = {
    "en": "A dismissed DUI still counts as an earlier DUI if you are charged with a new DUI for driving up to"
          " November 2, 2030, ten years after it.",
    "es": "Un DUI desestimado sigue contando como DUI anterior si le presentan cargos por un nuevo DUI cometido"
          " hasta el 2 de noviembre de 2030, diez años después.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d154_02_two_duis_still_counting_are_said_as_two(lang):
    text = pdf_text(_marco(lang), lang)
    assert TWO[lang] in text
    assert ONE[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d154_02_one_dui_reads_as_before(lang):
    # The 2017 count a petty theft: only the 2020 DUI counts as a prior.
    text = pdf_text(_marco(lang, first=("PC", "484(a)")), lang)
    assert ONE[lang] in text
    assert TWO[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d154_02_two_counts_of_one_arrest_are_one_dui(lang):
    client = _marco(lang, first=("PC", "484(a)"))
    later = client.cases[1]
    later.convictions.append(replace(later.convictions[0], id="B2", section="23152(a)"))
    text = pdf_text(client, lang)
    assert ONE[lang] in text
    assert TWO[lang] not in text
