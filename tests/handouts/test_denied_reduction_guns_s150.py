"""S150-01: a felony wobbler whose PC 17(b) reduction the judge denied (its dismissal granted)
read on page 2 "A clinic lawyer will check whether it can be made a misdemeanor (PC 17(b)). That
would end the California ban.", as if never asked, beside its card's "Making it a misdemeanor:
The judge said no" (N148's client (b)).  Where the 17(b) petition was denied, the gun note now
says the denial as the card does: the no, and the lawyer's look to come (or, reviewed, the
clinic's word to come), in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Conviction, Petition, ReliefGranted
from tests.gui.conftest import probation_client
from tests.handouts.test_denial_means_said_n148 import RULED, _handouts

pytestmark = pytest.mark.pdf

CHECK = {"en": "A clinic lawyer will check whether it can be made a misdemeanor",
         "es": "Un abogado de la clínica revisará si se puede reducir a delito menor"}


def _denied_reduction(ruling: str = "denied"):
    client = probation_client("Beto Reducido", section="459")
    case = client.cases[0]
    case.convictions = [Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2021, 5, 1),
                                   relief_granted=[ReliefGranted("pc1203_4", RULED)])]
    case.sentence.probation.kind = "formal"
    case.petitions = [Petition("pc17b", date(2025, 3, 1), ruling=ruling, ruling_on=RULED),
                      Petition("pc1203_4", date(2025, 3, 1), ruling="granted", ruling_on=RULED)]
    return client


def test_s150_01_the_gun_note_says_the_judge_said_no_to_the_reduction(tmp_path):
    said = _handouts(tmp_path, _denied_reduction())
    assert CHECK["en"] not in said["en"] and CHECK["es"] not in said["es"]
    assert ("A felony means no guns for life. A dismissal does not change this. The judge said no to making it a "
            "misdemeanor (PC 17(b)), so the California ban stays for now. A clinic lawyer will look at what can be "
            "done next. Ask a lawyer about federal law.") in said["en"]
    assert ("Con un delito grave (felony) no puede tener armas nunca. La desestimación no cambia eso. El juez dijo "
            "que no a reducirla a delito menor (PC 17(b)), así que por ahora la prohibición de California sigue. Un "
            "abogado de la clínica verá qué se puede hacer ahora. Pregunte a un abogado por la ley federal.") in said["es"]


def test_s150_01_once_reviewed_the_clinic_says_what_comes_next(tmp_path):
    said = _handouts(tmp_path, _denied_reduction(), review="pc17b")
    assert ("The judge said no to making it a misdemeanor (PC 17(b)), so the California ban stays for now. The clinic "
            "will tell you what can be done next. Ask a lawyer about federal law.") in said["en"]
    assert ("El juez dijo que no a reducirla a delito menor (PC 17(b)), así que por ahora la prohibición de California "
            "sigue. La clínica le dirá qué se puede hacer ahora. Pregunte a un abogado por la ley federal.") in said["es"]


def test_s150_01_a_reduction_not_yet_ruled_on_is_still_a_check_to_come(tmp_path):
    said = _handouts(tmp_path, _denied_reduction(ruling=None))
    assert CHECK["en"] in said["en"] and CHECK["es"] in said["es"]
