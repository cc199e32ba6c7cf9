"""L187-01: a PC 290 registrant's handout left the foot of a page blank before "What you may say"
(two-thirds of a large-print page, 40% of one in normal print): the heading went to
the next page with its lead, the private employer's title and its whole Fair Chance paragraph,
since the registrant's own paragraph under it (`asked`, PC 290.95) was measured with the title and
held that paragraph whole.  That paragraph breaks between sentences, under its title repeated, as
it does for everyone else (L97-03), and the registrant's paragraph has its own break and its title
repeated if it begins a page, as an answer has (H29-08).

Reads the real PDF (pypdf text) of the shared registrant scenario (PC 288(a), large print), and of
R174's Spanish client (PC 288(a) and 487(a), state prison), screened by the real engine."""

from __future__ import annotations

import io
from datetime import date

from handout_clients import CLINIC, screened
from handout_render import render_scenario
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

PRIVATE_JOB = "Applying for a job with a private employer"
WITH_CHILDREN = "While you must register, work with children may be different."


def test_l187_01_a_registrants_what_you_may_say_begins_where_the_section_above_ends():
    pages = render_scenario("excluded", "en", large_print=True).page_texts()

    def page_of(words: str) -> int:
        return next(n for n, text in enumerate(pages) if words in text)

    say = page_of("What you may say")
    # With its lead, the title and the Fair Chance law's first sentences, at the foot of the page
    # the section above ends on: they had gone to the next page, two-thirds of this one blank.
    assert say == page_of("Your probation report is public for only 60 days"), pages[say - 1]
    assert page_of(PRIVATE_JOB) == page_of("California's Fair Chance law") == say
    # The registrant's paragraph comes under its situation's title on its page, never under none.
    asked = pages[page_of(WITH_CHILDREN)]
    assert PRIVATE_JOB in asked[:asked.index(WITH_CHILDREN)], asked


def test_l187_01_the_registrants_paragraph_opening_a_page_comes_under_its_title_continued():
    """R174's client 2: 5 pages, page 2 about 40% blank before «Qué puede decir»; now 4, the Fair
    Chance paragraph whole at page 2's foot, and the registrant's paragraph at page 3's top."""
    case = Case(id="A", case_number="BA400002", convictions=[
        Conviction(id="A1", section="288(a)", level="felony", conviction_date=date(2012, 2, 3)),
        Conviction(id="A2", section="487(a)", level="felony", conviction_date=date(2012, 2, 3))],
        sentence=Sentence(type="state_prison", judgment_date=date(2012, 2, 3), completed=True,
                          custody=Custody(release_date=date(2014, 2, 3), supervision="parole",
                                          supervision_end=date(2017, 2, 3))))
    client = Client(name="Rafael Mixta", language="es", cases=[case],
                    person=Person(dob=date(1975, 7, 9), registrant_290=True))
    pdf = render_bytes(compose(client, screened(client), CLINIC, lang="es"))
    pages = [page.extract_text().replace("\n", " ") for page in PdfReader(io.BytesIO(pdf)).pages]

    def page_of(words: str) -> int:
        return next(n for n, text in enumerate(pages) if words in text)

    assert page_of("Qué puede decir") == page_of("Para inmigración, una condena desestimada"), pages
    asked = pages[page_of("Mientras deba registrarse, el trabajo con niños")]
    assert asked.startswith("Al pedir trabajo en una empresa privada (continuación) Mientras deba registrarse"), asked
