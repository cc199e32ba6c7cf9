"""L97-03: a situation's intro and an answer's note went whole to the next page where they did not fit
(S92-01, S92-03: cut anywhere, a sentence's second half had begun a page under no title), and left the
foot of the page empty: demo client 6 of seed 94, large-print Spanish, page 4 ended a third empty and
«Qué puede decir» began page 5, its first situation's Fair Chance paragraph (ten lines) kept with it;
884 pages of 3,000 demo handouts a quarter empty or more, 207 a third.  Such a paragraph now breaks
between two sentences, two lines or more on each side, the rest under the situation's title marked
"(continued)": no sentence is cut, and the page the rest goes on to says what it is about."""

from __future__ import annotations

import pytest
from handout_clients import CLINIC
from handout_layout import page_lines, stranded_headings
from test_values_kept_whole_l94 import AS_OF, handout_of

from clinic_app.demo import file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.render import _sentences

CASES = [
    # client, language, the section heading, the situation, its intro's first words and last sentence's
    # client 10 since L119-01 (client 6's intro, its citations and footer larger, now ends its page whole);
    # since W122-04 (a heading no lower than its style says) a sentence more of it on the page
    # client 4 since O155-01's lead under the heading (client 10's intro now ends its page whole)
    # client 18 since H401-02's line under "What relief does" (client 4's intro now ends its page whole)
    (18, "es", "Qué puede decir", "Al pedir trabajo en una empresa privada",
     "Ley de Oportunidad Justa de California", "antes de que limpien sus antecedentes."),
    # client 16, large-print English: page 3 ended a third empty above "What you may say" (ten pages, now nine);
    # client 58 since R155-04, whose intro breaks after the same sentence (D154-01's driving-record question
    # moved client 16's "What you may say" to a page's top, its intro whole there)
    # client 4 since O155-01's lead (client 58's intro now ends its page whole), its intro broken
    # after the sentence before; client 23 since R158-01's longer lead (client 4's intro now ends its
    # page whole), broken after the same sentence; client 56 since H308-01 (client 23's handout, 11
    # pages, says on page 1 where its parts begin: its intro now ends its page whole); client 11 since
    # H401-02's line under "What relief does" (client 56's intro now ends its page whole), broken after
    # an earlier sentence
    (11, "en", "What you may say", "Applying for a job with a private employer",
     "California's Fair Chance law", "before they say no."),
]


@pytest.mark.pdf
@pytest.mark.parametrize(("number", "lang", "heading", "title", "starts", "ends"), CASES)
def test_l97_03_a_situations_intro_breaks_between_sentences_under_its_title(number, lang, heading, title, starts,
                                                                               ends):
    handout = handout_of(number, lang, large=True)
    pdf = render_bytes(handout)
    pages = page_lines(pdf)
    (at,) = [n for n, lines in enumerate(pages) if heading in lines]
    page, following = pages[at], pages[at + 1]
    # The heading, its lead (O155-01), the title and the intro's first sentences fill the page
    # the heading is on ...
    lead = " ".join(page[page.index(heading) + 1:page.index(title)])
    assert lead == f"• {handout.section('say').lead.text}"
    assert starts in " ".join(page)
    assert page[-1].endswith(ends)  # ... up to the end of a sentence,
    # ... and the rest goes on under the title, "(continued)".
    assert following[0].startswith(title) and handout.labels["continued"] in " ".join(following[:2])
    assert not following[1][:1].islower() or following[0].endswith(handout.labels["continued"])
    # What S92 protects still holds: no page opens inside a sentence, no heading ends a page.
    for lines in pages[1:]:
        assert not lines[0][:1].islower(), lines[0]
    assert stranded_headings(pdf, lang) == []


def test_l97_03_sentences_end_after_a_full_stop_not_after_an_abbreviation():
    text = ("Ask a lawyer. The law (Lab. Code 432.7) says so. Open 9 a. m. Tue. «No. Sí.» Then «Yes.» "
            "After Prop. 47 it is a misdemeanor. Done!")
    assert _sentences(text) == ["Ask a lawyer.", "The law (Lab. Code 432.7) says so.", "Open 9 a. m. Tue.",
                                "«No. Sí.»", "Then «Yes.»", "After Prop. 47 it is a misdemeanor.", "Done!"]


def seed_95_handout(number: int, lang: str):
    client = list(file_demo_petitions(generate_clients(number + 1, seed=95, as_of=AS_OF), AS_OF, seed=95))[number]
    return compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, large_print=True, as_of=AS_OF)


@pytest.mark.pdf
def test_l97_03_a_first_answer_without_a_note_is_not_cut_mid_sentence():
    """Client 206 of seed 95, large-print Spanish: page 9 ended under «Comprar o tener un arma de fuego» on
    its first answer's «... Estas condenas, por sí solas, no le impiden tener un arma. Consulte a» and page
    10 began, under no title, «un abogado antes de llenar un formulario para comprar armas.».  The first
    answer under a title was kept with it only where it had a note; now one without a note is too, and
    breaks, as a note does, between two sentences."""
    # Client 170 of seed 95 replaces 206, whose DUI's ten-year look-back line (D126-01) moved the
    # title up its page: 170's title and whole answer begin a page, as 206's did; 206 again since
    # H401-02's line under "What relief does" moved 170's.
    handout = seed_95_handout(206, "es")
    pages = page_lines(render_bytes(handout))
    (at,) = [n for n, lines in enumerate(pages) if any("un abogado antes de llenar un formulario" in line for line in lines)]
    # Since L119-01 (its citations and footer larger) the title and its whole answer begin page 10, the
    # sentence whole under it, the title not left at the foot of the page before: kept with its answer.
    title = "Comprar o tener un arma de fuego"
    assert pages[at][0] == title and title not in pages[at - 1]
    assert "no le impiden tener un arma. Consulte a un abogado antes de llenar un formulario" in " ".join(pages[at])
    for lines in pages[1:]:
        assert not lines[0][:1].islower(), lines[0]
