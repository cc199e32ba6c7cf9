"""T154-04: a client with a 2019 petty theft whose probation is over (PC 1203.425, DOJ's automatic
relief) and a 2022 battery arrest the prosecutor dismissed (PC 851.93, DOJ's automatic arrest
relief) read under "What you still need to do" "Check your record (RAP sheet) for “relief
granted”: Theft (petty theft)." and, on the next line, the same words again for "the arrest for
battery and resisting, delaying or obstructing an officer": one RAP sheet, one look, said twice,
as "Keep a copy of the court order" was before R152-01.  It is now one line naming both, the
arrest last and named as one.  English and Spanish; opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import text_of

from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Sentence


def dismissed_arrest_and_petty_theft(lang: str) -> Client:
    arrest = Case(id="c1", case_number="22CJ01234", outcome="dismissed", arrest_date=date(2022, 5, 3),
                  disposition_date=date(2022, 9, 20), arrest_level="misdemeanor",
                  arrest_offenses=[ArrestOffense(section="242", level="misdemeanor"),
                                   ArrestOffense(section="148(a)", level="misdemeanor")])
    theft = Case(id="c2", case_number="9CJ04567", disposition_date=date(2019, 6, 10),
                 convictions=[Conviction(id="c2-1", section="484", level="misdemeanor", conviction_date=date(2019, 6, 10))],
                 sentence=Sentence(type="probation", judgment_date=date(2019, 6, 10),
                                   probation=Probation(kind="summary", start=date(2019, 6, 10), end=date(2021, 6, 10))))
    return Client(name="Luis Testdismiss", language=lang, person=Person(dob=date(1985, 7, 2), us_citizen=True),
                  cases=[arrest, theft])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t154_04_relief_granted_is_looked_for_in_one_line_for_the_conviction_and_the_arrest(lang):
    page = text_of(dismissed_arrest_and_petty_theft(lang), lang)
    check = load_texts(lang)["tasks"]["check_rap_now"].split("{what}")[0]
    assert page.count(check) == 1
    said = page[page.index(check):]
    theft, arrest = ("Theft (petty theft)", "the arrest for battery") if lang == "en" else \
        ("Hurto (hurto menor)", "el arresto por agresión física")
    assert theft in said[:200] and arrest in said[:300] and said.index(theft) < said.index(arrest)
