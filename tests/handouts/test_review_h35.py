"""H35: the handout of a client with a long record, read as that client would, in English and
Spanish: engine_builders.long_record, 20 cases over 25 years with felony probation still
running in case H.  Each test opens the real PDF; each language and print size is rendered
once for the module (a long record is what these tests are about, so it is the one built)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest
from handout_clients import CLINIC, screened
from handout_layout import card_continuations, column_lines, page_lines, squash, stranded_headings
from handout_render import render_scenario

from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.document import RecordEntry
from clinic_app.model import Client, Person
from tests.eligibility.engine_builders import long_record

pytestmark = pytest.mark.pdf

# The bar, as the engine's probation in case H says it, and the pointer each card gives; case H
# named as its card is titled (Z80-02).
BAR = {"en": "your probation for “Grand theft of property worth more than $950” must end (it ends on September 15, 2027)",
       "es": "su libertad condicional (probation) por «Hurto mayor de bienes de más de $950» debe terminar el 15 de "
             "septiembre de 2027"}
FIRST = {"en": f"Read this first: {BAR['en']}. Until then, relief must wait for 18 of your convictions below.",
         "es": f"Lea esto primero: {BAR['es']}. Hasta entonces, el alivio de 18 de sus condenas de abajo tiene que esperar."}
POINTER = {"en": "see “Read this first” above", "es": "vea «Lea esto primero» arriba"}
SOONER = {"en": "The clinic can ask the judge to end your probation early. See “Ending probation early” under "
                "“Grand theft of property worth more than $950” below. If the judge agrees, the wait can end sooner.",
          "es": "La clínica puede pedir al juez que termine antes su libertad condicional. Vea «Terminar la "
                "libertad condicional antes» en «Hurto mayor de bienes de más de $950», abajo. Si el juez acepta, "
                "la espera puede ser más corta."}  # «antes» not said a third time (S137-03)


@cache
def long_record_handout(lang: str, large: bool = False):
    client = Client(name="Synthetic Client", person=Person(), cases=long_record(), language=lang)
    screening = screened(client)
    handout = compose(client, screening, CLINIC, lang=lang, large_print=large)
    return client, screening, handout, render_bytes(handout)


def cards(handout) -> list[RecordEntry]:
    return [b for b in handout.section("record").blocks if isinstance(b, RecordEntry)]


def card_texts(pdf: bytes, entries: list[RecordEntry]) -> dict[tuple[str, str | None], str]:
    """Each card's text in the PDF, from its title to the next card's (or the next section's)."""
    text = squash(" ".join(" ".join(lines) for lines in page_lines(pdf)))
    starts, cursor = [], 0
    for entry in entries:
        cursor = text.index(squash(entry.title), cursor)
        starts.append(cursor)
        cursor += len(entry.title)
    return {(entry.case, entry.conviction): text[start:end]
            for entry, start, end in zip(entries, starts, [*starts[1:], len(text)])}


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h35_01_a_bar_on_most_cards_is_said_once_first_and_each_card_points_to_it(lang, large):
    """Probation in case H held back 18 of the 20 cards, and each said it twice in full
    ("Where it stands: Not cleared yet. Something must change first: your probation must end
    (it ends on September 15, 2027)." and "This has to wait until this changes: your probation
    must end ..."): 35 times over 13 pages (24 in large print), and nowhere at the top.  It is
    said once, first under "Your convictions" on page 1, with the step that can end the wait
    sooner (H's own card offers ending probation early); each card it holds back points there
    and keeps its own day to come back; every conviction keeps its card."""
    client, screening, handout, pdf = long_record_handout(lang, large)
    pages = page_lines(pdf)
    text = squash(" ".join(" ".join(lines) for lines in pages))

    assert text.count(BAR[lang]) == 1
    assert FIRST[lang] in text and SOONER[lang] in text
    page_one = squash(" ".join(pages[0]))
    heading = load_texts(lang)["headings"]["record"]
    entries = cards(handout)
    assert page_one.index(heading) < page_one.index(FIRST[lang])
    assert text.index(FIRST[lang]) < text.index(squash(entries[0].title))

    # Every conviction has its card, in the PDF.
    assert len(entries) == sum(len(case.convictions) for case in client.cases) == 20
    held_back = {(d.case, d.conviction) for d in screening.results if d.status == "blocked" and d.conviction}
    assert len(held_back) == 18
    texts = card_texts(pdf, entries)
    pointing = {key for key, card in texts.items() if POINTER[lang] in card}
    assert pointing == held_back
    come_back = {"en": "come back to the clinic on or after September 16, 2027",
                 "es": "vuelva a la clínica a partir del 16 de septiembre de 2027"}[lang]
    assert come_back in texts[("A", "A1")]

    # The layout rules still hold on the long record.
    assert stranded_headings(pdf, lang) == []
    continued = load_texts(lang)["labels"]["continued"]
    assert all(c.labelled(continued) for c in card_continuations(pdf, handout))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h35_01_a_bar_on_one_card_is_still_said_on_it(lang):
    """Below three cards held back, the card says the bar itself, as before: an old case
    waiting on the new case's probation (the "blocked" scenario)."""
    text = " ".join(render_scenario("blocked", lang).page_texts())
    assert {"en": "Read this first", "es": "Lea esto primero"}[lang] not in text
    assert POINTER[lang] not in text
    bar = {"en": "your probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end (it ends on May 20, 2028)",
           "es": "su libertad condicional (probation) por «Manejar con 0.08 % o más de alcohol en la sangre (DUI)» debe terminar el 20 de mayo de 2028"}[lang]
    assert bar in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h35_02_a_step_for_many_convictions_lists_one_a_line(lang):
    """"Come back to the clinic on or after September 16, 2027 about:" ran fifteen names on,
    "Petty theft (Misdemeanor, 2001 · PC 484(a)/488); Prostitution (soliciting or engaging);
    Possession of ...", in one paragraph of the checklist's narrow column, and "After September
    16, 2027, check your record" fourteen more: the client could not find a case in them.  Each
    name now starts a line of its own, under the step; every name is still there."""
    client, screening, handout, pdf = long_record_handout(lang)
    labels = load_texts(lang)["labels"]
    lines = column_lines(pdf, labels["task"], labels["due"])
    step = {"en": "Come back to the clinic on or after", "es": "Vuelva a la clínica a partir del"}[lang]
    come_back = next(task for task in handout.section("checklist").blocks if task.text.startswith(step))
    assert len(come_back.text.split("\n")) == 1 + 15
    names = [line.removeprefix("• ") for task in handout.section("checklist").blocks
             for line in task.text.split("\n")[1:]]
    # and fourteen to check the record for, and the three cases owing fines, each with its
    # amount (H36-02), one a line alike
    assert len(names) == 15 + 14 + 3
    listed = [line.removeprefix("• ") for line in lines if line.startswith("• ")]
    # Each name begins a line, in order (a long one wraps onto the next).
    assert len(listed) == len(names)
    assert all(squash(name).startswith(line) for name, line in zip(names, listed)), list(zip(names, listed))
    titles = {squash(entry.title) for entry in cards(handout)}
    assert all(any(squash(name).startswith(title) for title in titles) for name in names)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h36_04_in_large_print_the_first_card_begins_on_page_1(lang):
    """Large print: "Read this first" and the step to end probation sooner left page 1 with
    about two inches free, and the first card, held to its first option, moved whole to page
    2 and left that third of the page blank.  The card now begins there with its title, its
    detail line and where it stands; its options go on under its title "(continued)"."""
    client, screening, handout, pdf = long_record_handout(lang, True)
    # Measured without page 1's line saying where the parts begin (H308-01): in this 29-page
    # large print its two lines take the room the card's head needs, and the card begins on
    # page 2 under four lines' room; here the break itself is what is tested.
    pdf = render_bytes(replace(handout, contents_template=""))
    texts = load_texts(lang)
    first = cards(handout)[0]
    pages = page_lines(pdf)
    page_one = squash(" ".join(pages[0]))
    assert page_one.endswith(squash(f"{first.title} {first.detail} {texts['labels']['where']}: {first.where}"))
    assert squash(" ".join(pages[1])).startswith(squash(f"{first.title} {texts['labels']['continued']} • {first.options[0].name}"))
