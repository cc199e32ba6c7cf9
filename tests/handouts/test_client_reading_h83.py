"""H83: thirty Spanish handouts of a 5,000-client demo caseload (seed 83), ten in large print,
read as the client would.  Each test opens the real PDF."""

from __future__ import annotations

import io
from datetime import date
from functools import cache

from handout_clients import CLINIC
from handout_layout import pages_of_each, squash
from pypdf import PdfReader

from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes

AS_OF = date(2026, 12, 4)


@cache
def demo_clients() -> tuple:
    """The first 2,843 clients `clinic-app demo --clients 5000 --seed 83` adds, in id order (id = index + 1)."""
    return tuple(file_demo_petitions(generate_clients(2843, seed=83), DEMO_AS_OF, seed=83))


def demo_pages(client_id: int, lang: str, large_print: bool) -> list[str]:
    client = demo_clients()[client_id - 1]
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang,
                               as_of=AS_OF, large_print=large_print))
    return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


# ---- H83-01: a step broken inside its opening sentence is not named again, garbled, above its tail ----


def _with_a_long_opening(lang: str, filler: int, large_print: bool) -> bytes:
    """The no-cases handout with a checklist of `filler` short tasks, then the step client 2522
    (Brittany Robinson) had: "Vuelva a la clínica cuando pase lo siguiente: ..." with a
    three-line opening sentence and six convictions a line, then one more."""
    from dataclasses import replace

    from handout_clients import no_cases

    from clinic_app.handouts.document import Task
    from clinic_app.handouts.texts import load_texts

    handout = compose(no_cases(lang), None, CLINIC, lang=lang, as_of=AS_OF, large_print=large_print)
    cause = {"en": "your probation for “Taking or driving a vehicle without consent” is set to end on June 24, 2027",
             "es": "su libertad condicional (probation) por «Tomar o manejar un vehículo sin permiso» debe "
                   "terminar el 24 de junio de 2027"}[lang]
    what = "\n" + "\n".join(f"• Synthetic offense number {i}" for i in range(1, 7))
    listed = load_texts(lang)["tasks"]["come_back_when"].format(cause=cause, what=what)
    listed = listed.replace(": \n", ":\n").removesuffix(".")
    tasks = [Task(f"Short task {i}.", "Usted") for i in range(filler)] + [Task(listed, "Usted"), Task("Last task.", "Usted")]
    sections = tuple(replace(s, blocks=tuple(tasks)) if s.key == "checklist" else s for s in handout.sections)
    return render_bytes(replace(handout, sections=sections))


def test_h83_01_a_step_broken_in_its_opening_sentence_goes_on_without_it_said_twice():
    """Client 2522 (Brittany Robinson), in Spanish and large print: the step "Vuelva a la clínica
    cuando pase lo siguiente: su libertad condicional ... debe terminar el 24 de junio de 2027.
    Se trata de:" and its six convictions broke after "debe terminar el".  The next page said the
    whole sentence again as its "(continuación):" and then the sentence's tail: "... debe
    terminar el 24 de junio de 2027. Se trata de (continuación): 24 de junio de 2027. Se trata de:".
    The tail now goes on alone, as a broken sentence does, and the list under it; a step broken
    between its listed lines keeps its "(continuación):" (G58-08).  Swept over where the page
    breaks, in both languages and both sizes."""
    import re

    garbled = re.compile(r"\((?:continuación|continued)\): (?!•)")
    sweep = [(lang, large_print, filler) for lang in ("es", "en") for large_print in (True, False)
             for filler in range(0, 48, 1 if large_print else 2)]
    read = pages_of_each([_with_a_long_opening(lang, filler, large_print) for lang, large_print, filler in sweep])
    tails = 0
    for (lang, large_print, filler), pages in zip(sweep, read, strict=True):
        whole = " ".join(pages)
        assert not garbled.search(whole), (lang, large_print, filler)
        assert whole.count("Synthetic offense number 1 ") == 1
        header = {"es": "Qué hacer Quién lo hace ", "en": "What to do Who does it "}[lang]
        tails += any(page.startswith(header) and not page.startswith(header + "Vuelva")
                     and not page.startswith(header + "Come back") and not page.startswith(header + "Short")
                     and not page.startswith(header + "Last") for page in pages)
    assert tails > 0  # the sweep did break a step inside its opening sentence


# ---- H83-02: a checklist step breaks between the convictions it lists, never inside one ----


def test_h83_02_a_listed_conviction_is_not_broken_over_two_pages():
    """Client 15 (Ángel Orozco), in Spanish and large print: the step "Busque en su récord (RAP
    sheet) las palabras «relief granted» (alivio concedido) para:" lists seven convictions, and
    page 13 ended on "• Robo con allanamiento de local comercial"; page 14 began "Busque ... para
    (continuación): (segundo grado) — Delito menor (misdemeanor), 2019 · PC 459/460(b) · Condado
    de Los Angeles", a name's tail under words that say a list goes on.  The break was meant for
    the end of a listed line (S45-03), but counted the room less both paddings where ReportLab
    takes only the top one from the part that stays, and so fell one line lower.  The whole
    name now ends page 13, and page 14 goes on at the next one."""
    from handout_layout import page_lines

    client = demo_clients()[15 - 1]
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang="es",
                               as_of=AS_OF, large_print=True))
    pages = page_lines(pdf)
    at = next(n for n, page in enumerate(pages) if "• Robo con allanamiento de local comercial" in page)
    name = pages[at].index("• Robo con allanamiento de local comercial")
    # Its tail set in under its words since K209-02, a little narrower: four lines, all here.
    assert pages[at][name + 1:name + 4] == ["(segundo grado) · Delito menor", "(misdemeanor), 2019 · PC 459/460(b)",
                                            "· Condado de Los Angeles · Caso 9CP33433"]
    # Since E114-02 added a line to the job intro, client 15's list fits whole on its page;
    # client 28's (Robert Jackson) broke over a page as this one did, until B118-04 named the
    # case of his last probation in its blocked cards' words; client 75's (Jesús Ibáñez) broke
    # so until E130-03 told his blocked cards the probation can end sooner; client 71's broke so
    # until S148 said the Prop 64 law once a line; client 17's broke so until O155-01 put a line
    # under "Qué puede decir"; client 3's broke so until L187-01 let his "Qué puede decir" begin at
    # the foot of a page; client 28's breaks so again now, and is the break looked at.
    client = demo_clients()[28 - 1]
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang="es",
                               as_of=AS_OF, large_print=True))
    breaks = [page[n:n + 2] for page in page_lines(pdf) for n, line in enumerate(page[:-1])
              if line.endswith("(continuación):")]
    assert breaks  # the list does go on over a page
    # No list goes on anywhere with the tail of a name under its "(continuación):".
    for goes_on, first in breaks:
        assert first.startswith("• "), (goes_on, first)
