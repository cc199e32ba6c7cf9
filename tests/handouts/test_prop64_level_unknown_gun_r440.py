"""R440-01: a client whose 2013 marijuana possession (HS 11357(c)), its level not recorded, the
court changed under Prop 64 in 2020 read among the gun notes "It was a felony. Whether the Prop
64 change gave back the right to have a gun is not settled." (H434-03's note), a level the record
does not give, said as a fact.  The note is said of a felony as judged (a felony recorded, or a
level not known with a prison or 1170(h) sentence); the careful gun answer stays for the rest."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_prop64_felony_gun_h434 import CAREFUL, UNSETTLED, changed


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r440_01_a_prop_64_change_of_a_level_not_known_is_not_told_it_was_a_felony(lang):
    text = pdf_text(changed(lang, level=None, section="11357(c)"), lang)
    assert UNSETTLED[lang] not in text
    assert "It was a felony" not in text and "Era un delito grave" not in text
    assert CAREFUL[lang] in text  # the careful answer of a level not known (V53-02) stays
