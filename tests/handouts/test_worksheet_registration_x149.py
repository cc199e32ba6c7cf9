"""X149-04: the filing worksheet of a PC 290 registrant with a 2009 misdemeanor PC 647.6, the page
staff prepare his CR-180 from, said nothing of registration: not in its head (which says the
citizenship), not that the dismissal asked for leaves it in place (PC 290.007), nor the route that
can end it, a PC 290.5 petition by tier (ca-rules.md 4.6 [M]), which the screening does not check
and the record cannot (it holds no tier).  Its head says "Must register", and for a registrant
a line under it, before the first case, says what the dismissal leaves and that the tier petition
is for an attorney (read back from the PDF)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.handouts.test_worksheet import Rendered

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)
SAID = ("PC 290 registration: a dismissal does not end it (PC 290.007). Ending it is a separate petition under PC 290.5, "
        "by tier: after 10 or 20 years, and for tier 3 generally not at all (confidence M). The screening does not check "
        "that petition, and the record does not hold the tier: an attorney decides.")


def _rendered(registrant: bool, section: str = "647.6") -> Rendered:
    convicted = date(2009, 6, 10)
    case = Case(id="c1", case_number="9CA01234", disposition_date=convicted,
                convictions=[Conviction(id="c1-1", section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=True,
                                  probation=Probation(kind="summary", start=convicted, end=date(2012, 6, 10), status="completed")))
    return Rendered(Client(name="Arturo Testworksheet", cases=[case],
                           person=Person(dob=date(1980, 3, 14), us_citizen=True, registrant_290=registrant)), AS_OF)


def test_x149_04_a_registrants_worksheet_says_registration_and_its_petition():
    page = _rendered(True).pages[0]
    assert "Must register yes" in page
    assert SAID in page
    assert page.index(SAID) < page.index("Case 9CA01234") < page.index("File form CR-180")


def test_x149_04_a_client_who_does_not_register_reads_no_and_nothing_more():
    r = _rendered(False)
    assert "Must register no" in r.pages[0]
    assert "PC 290 registration:" not in r.text and "by tier" not in r.text


ASKED = "Ask the client: The client is marked as required to register under PC 290, but no conviction in this record requires it."


def test_r151_04_a_registration_the_record_does_not_explain_is_asked_on_the_worksheet():
    """R151-04: ticked "Registered under PC 290" with a PC 415 alone, the worksheet said only that a
    dismissal does not end it; the Eligibility tab's question (X149-03) is asked here too."""
    page = " ".join(_rendered(True, "415").pages[0].split())
    assert SAID in page and ASKED in page
    assert page.index(SAID) < page.index(ASKED) < page.index("Case 9CA01234")
    assert ASKED not in " ".join(_rendered(True).text.split())  # PC 647.6 requires it: nothing to ask
