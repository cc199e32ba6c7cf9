"""G146: the Spanish of stop 63's new handout sentences, read in the real PDF by the client who
takes it home, beside the English for the same client.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_prop64_client_m140 import marijuana_transport, small_possession

pytestmark = pytest.mark.pdf


def test_g146_01_prop_64_s_either_relief_says_now_legal_and_the_record():
    """A client whose marijuana amount is not recorded read «... que la desestime y selle el
    expediente si lo que hizo ahora es legal, o si no, ...»: «lo que hizo ahora» reads first
    as "what you did now", not "if what you did is now legal", and «expediente» is a word the
    page uses nowhere else for the record («su récord»).  It now reads «si ahora es legal lo
    que usted hizo» and «selle el récord»."""
    text = pdf_text(marijuana_transport("es"), "es")
    assert ("para pedir al tribunal que la desestime y selle el récord si ahora es legal lo que usted hizo, "
            "o si no, que la cambie a un delito más leve.") in text
    assert "lo que hizo ahora es legal" not in text
    assert "expediente" not in text


def test_g146_01_prop_64_s_dismissal_seals_the_record():
    text = pdf_text(small_possession("es"), "es")
    assert "para pedir al tribunal que la desestime y selle el récord." in text
    assert "expediente" not in text
