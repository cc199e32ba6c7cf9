"""H434-01: a client whose 2012 possession for sale (HS 11359) Prop 64 can only make a
misdemeanor (HS 11359(b)) read on page 1 that the court must "make it a lesser offense (a
misdemeanor)", then under every situation but guns "Once your conviction is changed under
Prop 64: Ask the clinic what to say then. It depends on what the court does.", eight times, as if
the court might do something else.  The answer now says what the change will make it."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_prop64_client_m140 import marijuana_for_sale, marijuana_transport, young_grower

DEPENDS = {"en": "It depends on what the court does.", "es": "Depende de lo que haga el tribunal."}
ONCE = {("en", "misdemeanor"): "Ask the clinic what to say once it is a misdemeanor.",
        ("en", "infraction"): "Ask the clinic what to say once it is an infraction.",
        ("es", "misdemeanor"): "Pregunte en la clínica qué decir cuando ya sea un delito menor.",
        ("es", "infraction"): "Pregunte en la clínica qué decir cuando ya sea una infracción."}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("client", "made"), [(marijuana_for_sale, "misdemeanor"), (young_grower, "infraction")])
def test_h434_01_a_change_to_one_lesser_offense_is_said_under_what_to_say(lang, client, made):
    text = pdf_text(client(lang), lang)
    assert text.count(ONCE[lang, made]) == 8  # every situation but guns, SF-86 and immigration
    assert DEPENDS[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h434_01_where_the_court_may_dismiss_or_redesignate_it_still_depends(lang):
    """A transport whose amount is not recorded: dismissed and sealed if now lawful, or else made
    a lesser offense (HS 11361.8(e)-(f)): what to say still turns on which."""
    text = pdf_text(marijuana_transport(lang), lang)
    assert DEPENDS[lang] in text
    assert not any(words in text for words in ONCE.values())
