"""G114: the Spanish handout read again by the client who takes it home, beside the English one
for the same client, after the sentences added since stop 54.  Each test opens the real PDF."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_long_record_l109 import handout as long_record
from test_restitution_unrecorded_sb1106_r55 import _client as restitution_unrecorded

pytestmark = pytest.mark.pdf


def test_g114_01_restitution_owed_does_not_stop_a_dismissal_not_the_conviction():
    """The long record (22 convictions to be dismissed, restitution owed on several cases) read
    at the foot of its checklist «Restitución ... que todavía debe: $1,950. Tiene que pagarla,
    pero no impide que le desestimen la condena.»: "does not stop them dismissing the
    conviction", one conviction where the page lists 22, and the English says only "it does not
    stop a dismissal".  The Spanish now says what the English says, «no impide la
    desestimación», as does the line for restitution whose payments are not recorded."""
    spanish, _ = long_record("es")
    assert ("Restitución (dinero para la víctima) que todavía debe: $1,950. Tiene que pagarla, pero no impide la "
            "desestimación.") in spanish
    unrecorded = pdf_text(restitution_unrecorded(), "es")
    assert "Si debe algo, tiene que pagarlo, pero eso no impide la desestimación." in unrecorded
    assert "impide que le desestimen la condena" not in spanish + unrecorded
