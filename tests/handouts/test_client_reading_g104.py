"""G104: the Spanish handout read by the client who takes it home (a Spanish speaker of Los
Angeles), beside the English one for the same client.  Each test opens the real PDF."""

from __future__ import annotations

import pytest
from handout_render import render_scenario

pytestmark = pytest.mark.pdf


def test_g104_01_the_jury_answer_keeps_its_while_clauses_in_one_mood():
    """Under "Servir en un jurado", a conviction made a misdemeanor read «... no puede servir en uno
    mientras esté bajo custodia. Tampoco mientras esté en libertad condicional ... ni mientras debe
    registrarse por un delito grave.»: two "mientras" of a time still to come in the subjunctive,
    the third in the indicative, a slip a Spanish reader trips on (demo client 82, whose felony the
    judge made a misdemeanor).  The third is now «ni mientras deba registrarse», as the first two."""
    text = render_scenario("dismissed", "es").text()
    assert ("supervisión después de salir, ni mientras deba registrarse por un delito grave.") in text
    assert "mientras debe registrarse" not in text
