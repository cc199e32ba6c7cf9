"""S153-01: a DEJ client whose petition to seal the arrest (PC 851.91) the clinic had filed, the
plea's withdrawal (PC 1203.43) not yet, read at the head of the arrest's card "Where it stands: No
conviction. You can ask the court to seal this arrest now." (R150 saw it): it offered what was
already asked.  The head says the sealing's papers are with the court, as a card whose every open
petition is filed does (P123-02), and names what can still be asked, as R150-02's head does.  Each
test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_granted_said_d140 import dej_client
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Petition

HEAD = {"en": "Where it stands: No conviction. Your papers to seal this arrest are with the court, waiting for the"
              " judge. You can also ask the court to let you take back your plea now.",
        "es": "Cómo está: No hubo condena. Sus papeles para sellar este arresto están en el tribunal, esperando la"
              " decisión del juez. Además, ya puede pedir al tribunal que le permita retirar su declaración."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_filed_sealing_is_not_offered_again_at_the_card_s_head(lang):
    texts = load_texts(lang)
    filed = text_of(dej_client(Petition("pc851_91", date(2026, 9, 14))), lang)
    assert texts["state"]["arrest_eligible"] not in filed
    assert HEAD[lang] in filed


@pytest.mark.parametrize("lang", ["en", "es"])
def test_both_filed_still_reads_as_every_filed_card(lang):
    texts = load_texts(lang)
    both = text_of(dej_client(Petition("pc851_91", date(2026, 9, 14)), Petition("pc1203_43", date(2026, 9, 14))), lang)
    assert texts["state"]["arrest_filed"] in both
    assert texts["state"]["arrest_filed_other"].split(" {")[0].split(". ")[1] not in both
