"""N148-03: a 17(b) reduction the judge denied, where the screening asks a review of 17(b) (a
PC 459 with no degree: the card has no 17(b) option of its own, the petition's line is added
beside them), read "Who does it: The court" under "The judge said no" on the client's handout.
The court has done its part; a clinic lawyer looks at it next, as the denial of a relief with its
own option already said (B56, C70-03)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Conviction, Petition, ReliefGranted
from tests.gui.conftest import probation_client
from tests.handouts.test_denial_means_said_n148 import RULED, _handouts

pytestmark = pytest.mark.pdf


def test_n148_03_a_denied_reduction_is_a_clinic_lawyers_to_look_at_not_the_courts(tmp_path):
    client = probation_client("Beto Reducido", section="459")
    case = client.cases[0]
    case.convictions = [Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2021, 5, 1),
                                   relief_granted=[ReliefGranted("pc1203_4", RULED)])]
    case.sentence.probation.kind = "formal"
    case.petitions = [Petition("pc17b", date(2025, 3, 1), ruling="denied", ruling_on=RULED),
                      Petition("pc1203_4", date(2025, 3, 1), ruling="granted", ruling_on=RULED)]
    said = _handouts(tmp_path, client)
    en = said["en"]
    line = en[en.index("Making it a misdemeanor: The judge said no"):]
    assert line.split("Who does it: ")[1].startswith("A clinic lawyer PC 17(b)"), line[:400]
    es = said["es"]
    line = es[es.index("Reducirla a delito menor: El juez dijo que no"):]
    assert line.split("Quién lo hace: ")[1].startswith("Un abogado de la clínica PC 17(b)"), line[:400]
