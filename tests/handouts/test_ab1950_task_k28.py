"""K28-02: a probation the engine flags under AB 1950's cap (common.ab1950_flag) was told only
"Finish probation (January 19, 2029).", the cap only in the small-print cites.  A plain line
under it now says a clinic lawyer will check it, en and es, promising nothing; the dates stay."""

from __future__ import annotations

import re
from datetime import date

from handout_render import flowing_text, pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

EN = "A clinic lawyer will check whether a 2021 law (AB 1950) makes your probation end before the date the court gave."
ES = ("Un abogado de la clínica revisará si una ley de 2021 (AB 1950) hace que su libertad condicional termine antes "
      "de la fecha que le dio el tribunal.")  # G327-05's words


def client(end: date) -> Client:
    granted = date(2024, 1, 19)
    conv = Conviction(id="A1", section="488", level="misdemeanor", conviction_date=granted)
    case = Case(id="A", case_number="24CR00001", convictions=[conv],
                sentence=Sentence(type="probation", judgment_date=granted,
                                  probation=Probation(kind="summary", start=granted, end=end, status="active")))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def test_k28_02_a_probation_longer_than_the_cap_gets_a_plain_line_en_and_es():
    c = client(date(2029, 1, 19))  # three years for a misdemeanor granted in 2024: the cap is one
    es = pdf_text(c, "es")
    # The line follows the probation task, which keeps its date, under "By when" (once, H93-01),
    # read on over a page's foot where the list goes on there ("You" then read with its row).
    assert re.search(r"Finish probation\. January 19, 2029( You)? ☐ " + re.escape(EN) + " A clinic lawyer",
                     flowing_text(c, "en"))
    assert "Cumpla toda su libertad condicional. 19 de enero de 2029" in es and ES in es
    assert es.index("Cumpla toda su libertad condicional. 19 de enero de 2029") < es.index(ES)


def test_k28_02_a_probation_within_the_cap_gets_no_such_line():
    en = pdf_text(client(date(2025, 1, 19)), "en")
    assert "AB 1950) makes" not in en
