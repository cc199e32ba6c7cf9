"""T154-02: a client with no conviction at all (Dana, a 2023 felony PC 459 arrest, acquitted by a
jury in 2024) read under "Applying for a job with a private employer" the Fair Chance paragraph,
all of it about convictions: employers "may not ask about convictions before they offer you the
job", "must look at your whole story", "must give you at least 5 business days to answer
before they say no", over her one answer, an arrest's "No." (Lab. Code 432.7: not asked about,
before an offer or after).  The paragraph, as the license one (W27B-02), now speaks for
convictions only: over arrests alone it is not printed; a client with a conviction beside an
arrest still reads it.  English and Spanish; each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import text_of

from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Sentence


def acquitted() -> Client:
    case = Case(id="c1", case_number="BA500100", outcome="acquitted", arrest_date=date(2023, 3, 14),
                disposition_date=date(2024, 2, 8), arrest_level="felony",
                arrest_offenses=[ArrestOffense(section="459", level="felony")])
    return Client(name="Dana Testacquit", person=Person(dob=date(1990, 4, 12), us_citizen=True), cases=[case])


def with_a_conviction() -> Client:
    client = acquitted()
    client.cases.append(Case(id="c2", case_number="9CJ04567", disposition_date=date(2019, 6, 10),
                             convictions=[Conviction(id="c2-1", section="484", level="misdemeanor",
                                                     conviction_date=date(2019, 6, 10))],
                             sentence=Sentence(type="probation", judgment_date=date(2019, 6, 10),
                                               probation=Probation(kind="summary", start=date(2019, 6, 10),
                                                                   end=date(2021, 6, 10)))))
    return client


def _fair_chance(lang: str) -> str:
    """The Fair Chance paragraph's first sentence, as the page prints it."""
    return load_texts(lang)["situations"]["private_job"]["intro"]["text"].split(": ")[0]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t154_02_arrests_alone_read_no_fair_chance_paragraph_about_convictions(lang):
    texts = load_texts(lang)
    page = text_of(acquitted(), lang)
    job = texts["situations"]["private_job"]
    assert job["title"] in page
    assert job["arrest_not_sealed"]["note"] in page  # the arrest's own answer stays
    assert _fair_chance(lang) not in page


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t154_02_a_conviction_beside_the_arrest_keeps_the_paragraph(lang):
    assert _fair_chance(lang) in text_of(with_a_conviction(), lang)
