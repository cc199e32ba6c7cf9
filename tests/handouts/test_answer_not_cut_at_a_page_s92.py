"""S92: a client reads the printed handout page by page.  Each test opens the real PDF of a client
of `clinic-app demo --clients 3000 --seed 86`, screened as of 2026-12-05."""

from __future__ import annotations

from handout_layout import page_lines
from test_said_once_h89 import AS_OF, CLINIC, demo_clients

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes


def handout_pages(client_id: int, lang: str, large_print: bool = False) -> list[list[str]]:
    """Each page's body lines (no footer), as printed."""
    client = demo_clients()[client_id - 1]
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang,
                               as_of=AS_OF, large_print=large_print))
    return page_lines(pdf)


def test_s92_01_an_answer_s_note_is_not_cut_in_the_middle_of_a_sentence_at_a_page_break():
    """Client 330 (Raúl Rodríguez Villaseñor), Spanish: page 4 ended under "Servir en un jurado"
    with "Un delito menor nunca le impide servir en un jurado. Un delito grave se lo impide solo /
    mientras esté bajo custodia, en libertad condicional (probation) por un delito grave, en" and
    page 5 began, under no title, "libertad bajo palabra (parole) u otra supervisión después de
    salir. ...": the sentence cut in two, its second half read with nothing to say what it is
    about.  An answer (its "say" line and its note) now goes whole to the next page, under the
    situation's title, when it does not fit at the foot of the page."""
    pages = handout_pages(330, "es")
    (page,) = [p for p in pages if any("libertad bajo palabra (parole)" in line for line in p)]
    text = " ".join(page)
    assert "Servir en un jurado" in text
    assert "Un delito menor nunca le impide servir en un jurado. Un delito grave se lo impide solo" in text
    # no page opens inside an answer of "Qué puede decir": each begins with a title
    for lines in pages[1:]:
        assert not lines[0][:1].islower(), lines[0]
