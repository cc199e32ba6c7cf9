"""R142-02: D140-02 said a grant on an arrest done on its card ("The judge said yes ... Keep a
copy of the court order.", no new page to ask for: an arrest has no count to record it on), but
"What you still need to do" still asked "Keep a copy of the court order, and ask the clinic for a
new copy of this page", and a new page asked it again.  The real PDF, English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_granted_said_d140 import RULED, dej_client
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Petition


def _step(texts: dict, key: str) -> str:
    """A to-do step's words before the record it names."""
    return texts["tasks"][key].split("{what}")[0]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r142_02_a_grant_on_an_arrest_asks_for_no_new_page_in_the_to_do_list(lang):
    texts = load_texts(lang)
    text = text_of(dej_client(Petition("pc1203_43", date(2019, 1, 5), ruling="granted", ruling_on=RULED)), lang)
    assert _step(texts, "court_granted") not in text
    assert _step(texts, "court_granted_kept") in text
