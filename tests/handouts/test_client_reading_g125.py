"""G125: the Spanish handout read again by the client who takes it home, beside the English one
for the same client, after the sentences added in stops 57-60.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text, squash
from test_arrest_petition_said_p123 import arrested, text_of
from test_open_case_beside_arrests_j119 import arrests_and_an_open_case

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
    # Granted, the arrest is sealed (D140-02): said of the arrest, «sellado».
    assert "Cómo está: No hubo condena. El tribunal selló este arresto el 12 de noviembre de 2026." in granted  # S143-04
    assert "limpia" not in filed + granted


def test_g125_02_come_back_when_the_open_case_ends_says_which_ends():
    """A record of arrests beside a case still open (J119-02) read «Hable con su abogado de ese
    caso. Cuando termine, pida a la clínica que lo revise otra vez.»: with the subject unsaid,
    «Cuando termine» just after «su abogado» reads "when you finish" or "when he finishes", where
    the English says "When it ends", the case.  It now names the case."""
    text = squash(pdf_text(arrests_and_an_open_case("es"), "es"))
    assert ("Hable con su abogado de ese caso. Si no tiene abogado, pregunte en la clínica quién le puede ayudar. "
            "Cuando ese caso termine, pida a la clínica que lo revise otra vez.") in text  # H375-05's "if" between
    assert "Cuando termine" not in text
