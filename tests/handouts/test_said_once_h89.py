"""H89: a client reads a long handout: a paragraph about the person, not about one conviction,
is printed once, not on every card.  Each test opens the real PDF of a client of
`clinic-app demo --clients 3000 --seed 86`, screened as of 2026-12-05."""

from __future__ import annotations

import io
from datetime import date
from functools import cache

from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes

AS_OF = date(2026, 12, 5)


@cache
def demo_clients() -> tuple:
    """The first 1,914 clients `clinic-app demo --clients 3000 --seed 86` adds (id = index + 1)."""
    return tuple(file_demo_petitions(generate_clients(1914, seed=86), DEMO_AS_OF, seed=86))


def handout_pdf(client_id: int, lang: str, large_print: bool = False) -> tuple[str, int]:
    """The PDF's text, one line, and its page count."""
    client = demo_clients()[client_id - 1]
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang,
                               as_of=AS_OF, large_print=large_print))
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(squash(page.extract_text()) for page in pages), len(pages)


def test_h89_01_the_motion_to_vacate_is_explained_once_not_on_every_card():
    """Client 1910 (Jesús Jiménez), Spanish: eleven convictions held back by his PRCS to April 26,
    2029; three of them (a robbery, a shoplifting, driving without a license) can be vacated under
    PC 1473.7 once his custody ends.  Each of the three cards printed the same seven lines (custody
    counts, the judge decides, immigration counsel now, habeas meanwhile).  The first card says
    them; the two others say their own part (this conviction too, not before April 27, 2029) and
    where the rest is."""
    for large_print in (False, True):
        spanish, _ = handout_pdf(1910, "es", large_print)
        assert spanish.count("hable ahora con un abogado de inmigración, antes de presentar cualquier otra cosa") == 1
        assert spanish.count("pregunte a un abogado penal por otra vía (un habeas corpus)") == 1
        assert spanish.count("Un abogado también puede pedir al tribunal que anule esta condena cuando usted ya no"
                             " esté bajo custodia por ella: no antes del 27 de abril de 2029. Qué significa y qué"
                             " hacer ahora: vea «Robo con violencia o intimidación") == 2
        # each card still names who does it, with the law
        assert spanish.count("Un abogado que la clínica le ayuda a encontrar PC 1473.7(a)(1)") == 3
    english, _ = handout_pdf(1910, "en")
    assert english.count("talk to an immigration lawyer now, before anything else is filed") == 1
    assert english.count("A lawyer can also ask the court to cancel this conviction once you are no longer in"
                         " custody for it: not before April 27, 2029. What this means and what to do now: see"
                         " “Robbery") == 2


def test_h89_02_the_same_gun_advice_is_said_once_under_both_labels():
    """Client 1914 (English): a PC 273.5 felony the clinic can ask to have made a misdemeanor, beside
    felonies not cleared.  Under "Buying or owning a gun", "If your convictions are not cleared: Do
    not buy or hold a gun until a lawyer says you may." and, two lines on, "Once your conviction is
    made a misdemeanor (Corporal injury ...): Do not buy or hold a gun until a lawyer says you
    may." said one instruction twice.  It is said once under both labels, both notes and all the
    statutes after it.  Client 6 (Spanish): the same under three labels (not cleared, made a
    misdemeanor, changed under Prop 64); client 1771 (English) a sentence two notes share, once."""
    english, _ = handout_pdf(1914, "en")
    assert english.count("Do not buy or hold a gun until a lawyer says you may.") == 1
    assert ("If your convictions are not cleared, and once your conviction is made a misdemeanor (Corporal injury to"
            " a spouse, partner or dating partner): Do not buy or hold a gun until a lawyer says you may. A felony"
            " means no guns for life. Some misdemeanors mean no guns for 10 years. Even after the change, this"
            " conviction may still ban guns.") in english
    # The statutes once each: 18 USC 922(g) covers both labels' bans (a felony's (g)(1), domestic
    # violence's (g)(9)); the reduced line cited (g)(9) alone, also of a Prop 47 felony.
    assert "PC 29800; PC 29805; 18 USC 922(g); PC 17(b) Once" in english
    # the other lines of guns keep their own answers
    assert "Once your convictions are dismissed: On the federal gun form, answer “Yes” to the conviction question." in english
    spanish, _ = handout_pdf(6, "es")
    assert spanish.count("No compre ni tenga un arma hasta que un abogado le diga que puede.") == 1
    assert ("Si la condena no está limpia, si la condena se redujo a delito menor y cuando le cambien la condena según"
            " la Proposición 64: No compre ni tenga un arma hasta que un abogado le diga que puede.") in spanish
    # One conviction reduced, another to change under Prop 64: the note speaks of both (Z114-01).
    assert spanish.count("Aun después del cambio, una de estas condenas todavía puede prohibirle tener armas.") == 1
    # Client 1771 (English, large print): two reductions and a Prop 64 change to come; their notes
    # both ended "See the gun notes in ...", said once under the joined label.
    english, _ = handout_pdf(1771, "en", large_print=True)
    assert english.count("See the gun notes in “What relief does and does not do”.") == 1
    assert ("If your convictions are not cleared, once your convictions are made misdemeanors — Vandalism; Possessing a"
            " prohibited weapon (old law), and once your conviction is changed under Prop 64 — Possession of marijuana"
            " for sale (Felony, 2008 · HS 11359 · Case SA214931): Do not buy") in english  # named (H434-04)


def test_h89_03_proof_of_good_conduct_is_asked_for_in_full_once():
    """Client 1914 (English): a dismissal open on two cards, each card saying "The judge decides.
    Bring proof of your good conduct, like letters, pay stubs or class papers.", and the checklist
    "Gather proof of your good conduct for the judge".  The proof is the person's, not one
    conviction's: the first card says it in full, the next that the same proof helps there too.
    Client 17 (Spanish) the same; client 199 (English) on a certificate of rehabilitation's line."""
    english, _ = handout_pdf(1914, "en")
    assert english.count("Bring proof of your good conduct, like letters, pay stubs or class papers.") == 1
    assert english.count("The judge decides. The same proof of your good conduct helps here too.") == 1
    assert english.count("Gather proof of your good conduct for the judge") == 1
    spanish, _ = handout_pdf(17, "es")
    assert spanish.count("Traiga pruebas de su buena conducta: cartas, talones de pago o constancias de clases.") == 1
    assert spanish.count("El juez decide. Las mismas pruebas de su buena conducta sirven también aquí.") >= 1
    # Client 199: a robbery's dismissal (PC 1203.41) and its certificate of rehabilitation, whose
    # line goes on after the proof with what a certificate does.
    english, _ = handout_pdf(199, "en")
    assert english.count("Bring proof of your good conduct, like letters, pay stubs or class papers.") == 1
    assert ("The judge decides. The same proof of your good conduct helps here too. If the judge grants it, the court"
            " sends it to the Governor") in english
