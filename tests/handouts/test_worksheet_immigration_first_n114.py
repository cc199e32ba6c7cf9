"""N114-02: the filing worksheet, the page staff prepare the petitions from, never said the
client's citizenship, nor that immigration counsel comes before anything is filed: for a client
who is not a US citizen its first case asked for the arrest's sealing and its dismissals read
"File form CR-180 ...", the referral only under each PC 1473.7 motion further on.  Its head
says "US citizen", and under it, first, the text report's own line (read back from the PDF)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.handouts.test_worksheet import Rendered

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 5)


def _rendered(citizen) -> Rendered:
    convicted = date(2019, 6, 10)
    case = Case(id="c1", case_number="BA100001", disposition_date=convicted,
                convictions=[Conviction(id="c1-1", section="484(a)", level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=True,
                                  probation=Probation(kind="summary", start=convicted, end=date(2020, 6, 10), status="completed")))
    return Rendered(Client(name="Ana Testworksheet", person=Person(dob=date(1985, 3, 2), us_citizen=citizen), cases=[case]), AS_OF)


@pytest.mark.parametrize(("citizen", "said", "first"), [
    (False, "no", "First: the client is not a US citizen, so immigration counsel comes before anything is filed."),
    (None, "not known", "First: the client's citizenship is unknown, so immigration counsel comes before anything is filed."),
])
def test_n114_02_the_worksheet_says_immigration_counsel_first(citizen, said, first):
    r = _rendered(citizen)
    page = r.pages[0]
    assert f"US citizen {said}" in page
    # Said before the first case and its first petition.
    assert first in page
    assert page.index(first) < page.index("Case BA100001") < page.index("File form CR-180")


def test_n114_02_a_citizen_is_said_a_citizen_and_nothing_first():
    r = _rendered(True)
    assert "US citizen yes" in r.pages[0]
    assert "First:" not in r.text
    assert "immigration counsel comes before" not in r.text
