"""S92: a client reads the printed handout page by page.  Each test opens the real PDF of a client
of `clinic-app demo --clients 3000 --seed 86`, screened as of 2026-12-05."""

from __future__ import annotations

from handout_layout import page_lines, stranded_headings
from test_said_once_h89 import AS_OF, CLINIC, demo_clients

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes


def handout_bytes(client_id: int, lang: str, large_print: bool = False) -> bytes:
    client = demo_clients()[client_id - 1]
    return render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang,
                                as_of=AS_OF, large_print=large_print))


def handout_pages(client_id: int, lang: str, large_print: bool = False) -> list[list[str]]:
    """Each page's body lines (no footer), as printed."""
    return page_lines(handout_bytes(client_id, lang, large_print))


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


def handout_text(client_id: int, lang: str) -> str:
    return " ".join(line for page in handout_pages(client_id, lang) for line in page)


def test_s92_02_a_prop_64_change_does_not_bring_a_gun_ban_a_misdemeanor_never_had():
    """Client 330 (Raúl Rodríguez Villaseñor), Spanish: a marijuana possession misdemeanor (HS
    11357, 2002), which no gun law reaches.  "Comprar o tener un arma de fuego" read: "Si la condena
    no está limpia y cuando le desestimen la condena: Esta condena, por sí sola, no le impide tener
    un arma." and then "Cuando le cambien la condena según la Proposición 64: Consulte a un abogado
    antes de comprar un arma. Un delito menor todavía puede prohibir las armas por 10 años.": the
    relief read as bringing a ten-year ban the conviction never carried.  A Prop 64 change leaves a
    lesser offense at worst, so where no conviction it speaks for bans guns now, its line says what
    the others say: the three agree, and the situation says it once, as for a client with no Prop 64
    open."""
    spanish = handout_text(330, "es")
    assert "Un delito menor todavía puede prohibir las armas por 10 años" not in spanish
    assert spanish.count("Esta condena, por sí sola, no le impide tener un arma.") == 1
    assert ("Comprar o tener un arma de fuego Esta condena, por sí sola, no le impide tener un arma. Consulte a un"
            " abogado antes de llenar un formulario para comprar armas. PC 29800; PC 29805; 18 USC 922(g) Servir en un"
            " jurado") in spanish
    english = handout_text(330, "en")
    assert "A misdemeanor can still mean no guns for 10 years." not in english
    assert ("Buying or owning a gun This conviction does not by itself stop you from having a gun. Ask a lawyer before"
            " you fill in a gun form. PC 29800; PC 29805; 18 USC 922(g) Jury service") in english
    # A marijuana felony (client 22, HS 11358) bans guns now: its Prop 64 line still says not to hold one.
    felony = handout_text(22, "en")
    assert ("If your conviction is not cleared, and once your conviction is changed under Prop 64: Do not buy or hold"
            " a gun until a lawyer says you may.") in felony


def test_s92_03_a_situation_s_intro_and_a_note_of_what_relief_does_are_not_cut_at_a_page_break():
    """S92-01's cut, in the two other kinds of paragraph that could end a page mid-sentence.
    Client 19, Spanish: page 1 ended under "Al pedir trabajo en una empresa privada" on the Fair
    Chance paragraph's "... Si el trabajo es en una", and page 2 began, under no title, "parte del
    condado de Los Angeles que no pertenece a ninguna ciudad, una ley del condado le da más
    protección."; 43 of the 907 Spanish handouts so, 21 with the licence paragraph ("cuidado, tienen
    sus propias reglas. ...").  Client 255, English: a page began "governor of the state that
    convicted you. A Prop 47 change does not end a felony gun ban.", the end of a gun note of "What
    relief does and does not do" whose start ended the page before.  A situation's intro now goes
    to the next page with its title, and a note of "What relief does" whole, when it does not fit;
    and the section heading above a title and intro kept together keeps their whole room (kept with
    1.4 inches, "Qué puede decir" had stood alone at the foot of client 19's page 1).  Client 19
    has arrests alone, whose page no longer prints the Fair Chance paragraph (T154-02): client 41,
    whose page 2 ends on it, is read in its place."""
    for client_id, lang, cut, whole in (
            (41, "es", "parte del condado de Los Angeles que no pertenece",
             "Al pedir trabajo en una empresa privada"),
            (255, "en", "governor of the state that convicted you.",
             "A felony means no guns for life. A dismissal does not change this.")):
        pages = handout_pages(client_id, lang)
        (page,) = [p for p in pages if cut in " ".join(p)]
        assert whole in " ".join(page), (client_id, page[:3])
        for lines in pages[1:]:
            assert not lines[0][:1].islower(), (client_id, lines[0])
        assert stranded_headings(handout_bytes(client_id, lang), lang) == []
