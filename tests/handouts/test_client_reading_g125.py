"""G125: the Spanish handout read again by the client who takes it home, beside the English one
for the same client, after the sentences added in stops 57-60.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import arrested, text_of

pytestmark = pytest.mark.pdf


def test_g125_01_an_arrest_s_card_with_its_petition_filed_or_granted_speaks_of_the_arrest():
    """An arrest whose petition to seal it the clinic filed, or the judge granted (P123-02),
    read on its card «Cómo está: Todavía no está limpia.» and «Esta hoja todavía no la muestra
    limpia.»: the conviction card's words, which agree with «condena», under «Arresto:
    Embriaguez en público», where no conviction was.  They now agree with the arrest."""
    filed = text_of(arrested(hearing_on=date(2027, 1, 10)), "es")
    assert ("Cómo está: Todavía no está limpio. Sus papeles están en el tribunal, esperando la decisión del "
            "juez.") in filed
    granted = text_of(arrested(ruling="granted", ruling_on=date(2026, 11, 12)), "es")
    assert ("Cómo está: Esta hoja todavía no lo muestra limpio. El juez dijo que sí: pida una hoja nueva a la "
            "clínica.") in granted
    assert "limpia" not in filed + granted
