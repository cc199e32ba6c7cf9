"""I129-02: a lawful permanent resident's 2009 DEJ possession case: her handout's card says
"Taking back a plea (DEJ)" first and the arrest's sealing after it, as the handout's order has
it (the plea still counts as a conviction for immigration until PC 1203.43 lets her withdraw
it, ca-rules.md 3.12, 4.8), where the worksheet staff file from asked first for "Form CR-409
Petition to seal an arrest" and the withdrawal only after it.  The withdrawal open to file now
goes first in its case, as a redesignation does (J125-02); the sealing follows, DOJ's
automatic relief last.  Read back from the real PDF."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.screening_format import client_from_request
from tests.handouts.test_worksheet import Rendered

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)
WITHDRAWAL = "Withdrawal of a completed DEJ plea (PC 1203.43)"
SEALING = "Petition to seal an arrest (PC 851.91)"


def _rendered(citizen) -> Rendered:
    client = client_from_request({
        "as_of": AS_OF.isoformat(),
        "person": {"dob": "1985-04-02", "us_citizen": citizen},
        "cases": [{"id": "A", "case_number": "LA09DEJ1", "outcome": "diversion_completed",
                   "disposition_date": "2010-09-01", "arrest_date": "2009-01-15", "arrest_level": "felony",
                   "arrest_offenses": [{"code": "HS", "section": "11350(a)", "level": "felony"}],
                   "program": {"kind": "dej", "plea_entered": True, "completed_on": "2010-09-01"}}],
    })
    client.name = "Ana Testworksheet"
    return Rendered(client, AS_OF)


@pytest.mark.parametrize("citizen", [False, None, True])
def test_i129_02_the_dej_plea_withdrawal_is_asked_for_before_the_sealing(citizen):
    text = _rendered(citizen).text
    assert text.index("Form CR-180") < text.index(WITHDRAWAL) < text.index("Form CR-409") < text.index(SEALING)
    assert text.index(SEALING) < text.index("Automatic arrest relief by DOJ (PC 851.93)")
