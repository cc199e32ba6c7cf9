"""G133: the Spanish of stop 62's new handout sentences, read in the real PDF by the client who
takes it home, beside the English for the same client.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import pytest
from test_open_case_plea_immigration_i129 import _text as open_case_text

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize("citizen", [False, None])
def test_g133_01_the_open_case_s_plea_deal_is_a_deal_with_the_prosecutor(citizen):
    """A non-citizen with a case still open read «... antes de declararse culpable o aceptar
    cualquier acuerdo en este caso.»: "any agreement in this case", which a client may take for
    her probation terms or a payment plan, where the English says "any plea deal", the one she
    can be hurt most by.  The card now names the deal: one with the prosecutor."""
    text = open_case_text(citizen, "es")
    assert "declararse culpable o aceptar cualquier acuerdo con el fiscal en este caso." in text
    assert "aceptar cualquier acuerdo en este caso" not in text
