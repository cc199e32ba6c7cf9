"""N148-04: a client whose only relief, a PC 1203.4 dismissal, the judge denied read at the head
of the card "Where it stands: Not cleared yet. A lawyer must look at it first.", and still so
once the clinic's lawyer had looked at the denial: the card's own line under it said the judge
said no.  Where every option still open on the card is one the judge said no to, the line says
so, in English and Spanish.  A card with other relief still open keeps its own words."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from tests.handouts.test_denial_means_said_n148 import RULED, _denied_dismissal, _handouts

pytestmark = pytest.mark.pdf


def test_n148_04_a_card_whose_relief_the_judge_denied_says_so_at_its_head(tmp_path):
    said = _handouts(tmp_path, _denied_dismissal(), review="pc1203_4")
    assert "Where it stands: Not cleared yet. The judge said no. • Dismissal (expungement): The judge said no on May 10, 2025." \
        in said["en"]
    assert "A lawyer must look at it first" not in said["en"]
    assert "Cómo está: Todavía no está limpia. El juez dijo que no. • Desestimación (expungement): El juez dijo que no" in said["es"]


def test_n148_04_another_relief_still_to_look_at_keeps_the_lawyers_words(tmp_path):
    """A 17(b) the judge denied beside a PC 1203.4 still to review (a PC 459 with no degree):
    not every option is a denial."""
    client = probation_client("Beto Reducido", section="459")
    client.cases[0].petitions = [Petition("pc17b", date(2025, 3, 1), ruling="denied", ruling_on=RULED)]
    said = _handouts(tmp_path, client)
    assert "Where it stands: Not cleared yet. The judge said no." not in said["en"]
