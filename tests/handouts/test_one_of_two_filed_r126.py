"""R126-01: J125-03's "These two ways do the same thing. A clinic lawyer will choose one of
them, not both." was added to the card before the court's part was known, so it followed the
burglary's Prop 47 line even where the clinic had filed the 17(b) request, or the Prop 47
application itself ("The clinic filed papers ... These two ways do the same thing. A clinic
lawyer will choose one of them"): a choice the lawyer had made, read as one still to make."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Petition
from tests.handouts.test_handout_one_of_two_j125 import SAID
from tests.test_worksheet_proposition_relief_j125 import AS_OF, client_of_j125

pytestmark = pytest.mark.pdf


def _burglary_card(remedy: str, lang: str) -> str:
    client = client_of_j125()
    client.cases[1].petitions.append(Petition(remedy, date(2026, 11, 2)))
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    return text.split("PC 459/460(b)", 1)[1].split("PC 484(a)/488", 1)[0]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("filed", ["pc17b", "prop47"])
def test_r126_01_one_of_the_two_filed_the_card_no_longer_says_the_lawyer_will_choose(filed, lang):
    card = _burglary_card(filed, lang)
    # The petition filed is said on the card ("Your papers were filed ..."), and the choice is not.
    assert "November 2, 2026" in card or "2 de noviembre de 2026" in card
    assert SAID[lang][0] not in card
