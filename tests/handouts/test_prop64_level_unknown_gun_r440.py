"""R440-01: a client whose 2013 marijuana possession (HS 11357(c)), its level not recorded, the
court changed under Prop 64 in 2020 read among the gun notes "It was a felony. Whether the Prop
64 change gave back the right to have a gun is not settled." (H434-03's note), a level the record
does not give, said as a fact.  The note is said of a felony as judged (a felony recorded, or a
level not known with a prison or 1170(h) sentence); the careful gun answer stays for the rest."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text
from test_prop64_felony_gun_h434 import CAREFUL, UNSETTLED, changed


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r440_01_a_prop_64_change_of_a_level_not_known_is_not_told_it_was_a_felony(lang):
    text = pdf_text(changed(lang, level=None, section="11357(c)"), lang)
    assert UNSETTLED[lang] not in text
    assert "conviction was a felony." not in text and "marihuana era un delito grave" not in text
    assert CAREFUL[lang] in text  # the careful answer of a level not known (V53-02) stays


NAMED = {"en": "Your marijuana conviction was a felony. Whether the Prop 64 change gave back the right to have a gun "
               "is not settled.",
         "es": "Su condena de marihuana era un delito grave (felony). No está claro si el cambio de la Proposición 64 "
               "le devolvió el derecho a tener armas."}
NAMED_MANY = {"en": "Your marijuana convictions were felonies. Whether the Prop 64 changes gave back the right to have "
                    "a gun is not settled.",
              "es": "Sus condenas de marihuana eran delitos graves (felony). No está claro si los cambios de la "
                    "Proposición 64 le devolvieron el derecho a tener armas."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r440_02_the_gun_note_of_a_felony_changed_under_prop_64_names_it(lang):
    """R440-02: the note read "It was a felony." in the list of what relief does and does not do,
    just after "A dismissal does not give back the right to have a gun": no "it" before it to
    speak of.  It names the marijuana conviction, and two in the plural."""
    from dataclasses import replace

    one = changed(lang)
    assert NAMED[lang] in pdf_text(one, lang)
    other = replace(one.cases[0], id="g", case_number="3CJ22470",
                    convictions=[replace(one.cases[0].convictions[0], id="g1", section="11360(a)")])
    two = replace(one, cases=[one.cases[0], other])
    assert NAMED_MANY[lang] in pdf_text(two, lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r440_01_a_level_not_known_with_a_prison_term_is_a_felony_as_judged(lang):
    """Q442-01: the note's other half, a level not recorded whose prison term the screening reads
    as a felony (E81-01), was untested: the note said of a recorded felony alone still passed."""
    from dataclasses import replace

    from clinic_app.model import Sentence

    one = changed(lang, level=None)
    prison = replace(one.cases[0], sentence=Sentence(type="state_prison", judgment_date=date(2013, 10, 1),
                                                     completed=True))
    assert NAMED[lang] in pdf_text(replace(one, cases=[prison]), lang)
