"""R158-02: S156-03 said "Dismissing a conviction does not erase it" where the page also has an
arrest whose charges were dismissed, "A dismissal does not erase your record" having read as
about that arrest; the line under it still began "After a dismissal, the court may not give out
facts about the case to the public. Most job and license checks will show it as dismissed.",
below the card "Arrest in 2011 · Dismissed · PC 647(f)", whose court file stays public until
the sealing the card offers (PC 851.91).  Beside such an arrest it is said of the conviction
now; a page of convictions only reads as before (Y62-01's Spanish).  Opens the real PDF of
S156-03's synthetic client."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.handouts.test_not_erased_beside_an_arrest_s156 import _client, _dismissed_arrest, _flat, _theft

OF_THE_CONVICTION = {
    "en": "After a conviction is dismissed, the court may not give out facts about the case to the public. Most job and "
          "license checks will show it as dismissed.",
    "es": "Después de que se desestima una condena, el tribunal no puede dar datos del caso al público. La mayoría de las "
          "revisiones para empleos y licencias mostrarán el caso como desestimado.",
}
AS_BEFORE = {"en": "After a dismissal, the court may not give out facts about the case to the public.",
             "es": "Después de la desestimación, el tribunal no puede dar datos del caso al público."}
# O155-03's words, which follow it in both.
CALIFORNIAS = {"en": "These are California's rules.", "es": "Estas son reglas de California."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r158_02_beside_a_dismissed_arrest_what_checks_show_is_said_of_the_conviction(lang):
    text = _flat(pdf_text(_client(lang, _theft(), _dismissed_arrest()), lang))
    assert OF_THE_CONVICTION[lang] in text
    assert AS_BEFORE[lang] not in text
    assert text.index(OF_THE_CONVICTION[lang]) < text.index(CALIFORNIAS[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r158_02_convictions_alone_read_as_before(lang):
    text = _flat(pdf_text(_client(lang, _theft()), lang))
    assert AS_BEFORE[lang] in text
    assert OF_THE_CONVICTION[lang] not in text
