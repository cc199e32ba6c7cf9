"""H84: an amount, a date or a count printed on the checklist stays on the page of the words that
say what it is.  Each test opens the real PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from functools import cache

from handout_clients import CLINIC, no_cases
from handout_layout import pages_of_each, squash
from pypdf import PdfReader

from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.document import Task
from clinic_app.handouts.texts import load_texts

AS_OF = date(2026, 12, 4)
OWED = {"es": "que todavía debe: $3,340.", "en": "you still owe: $3,340."}


@cache
def demo_clients() -> tuple:
    """The first 2,522 clients `clinic-app demo --clients 5000 --seed 83` adds, in id order (id = index + 1)."""
    return tuple(file_demo_petitions(generate_clients(2522, seed=83), DEMO_AS_OF, seed=83))


def pages_of(pdf: bytes) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


# Said before the restitution step's words, three times, in the sweep's third part (R199-01).
LEAD_IN = {"es": "Pague a la corte. ", "en": "Pay the court. "}


def _with_restitution(lang: str, filler: int, large_print: bool, lead_in: int = 0) -> bytes:
    """The no-cases handout with a checklist of `filler` short tasks, then client 2522's last step,
    "Restitución (dinero para la víctima) que todavía debe: $3,340. Tiene que pagarla, ...", then one
    more with a date, so that the "By when" column narrows the steps as on her checklist.  The
    step starts with `lead_in` short sentences (LEAD_IN) before its words."""
    handout = compose(no_cases(lang), None, CLINIC, lang=lang, as_of=AS_OF, large_print=large_print)
    owed = LEAD_IN[lang] * lead_in + load_texts(lang)["tasks"]["restitution_owed"].format(amount="3,340")
    # A date that fits its own column in large print Spanish: a longer one ("24 de junio de 2027")
    # now has who does the step put under it, and the steps get the room of both columns (L94-01).
    tasks = [Task(f"Short task {i}.", "Usted") for i in range(filler)] + [Task(owed, "Usted"), Task("Last task.", "Usted", date(2027, 6, 1),
                                                                   {"es": "1 de junio de 2027", "en": "June 1, 2027"}[lang])]
    sections = tuple(replace(s, blocks=tuple(tasks)) if s.key == "checklist" else s for s in handout.sections)
    return render_bytes(replace(handout, sections=sections))


def test_h84_01_client_2522s_restitution_is_not_parted_from_its_amount():
    """Client 2522 (Brittany Robinson), in Spanish and large print: page 17 ended on "Restitución
    (dinero para la víctima) que todavía debe:" and page 18 began "$3,340. Tiene que pagarla, pero
    no impide que le desestimen la condena."  The label now goes on with its amount."""
    client = demo_clients()[2522 - 1]
    for lang in ("es", "en"):
        pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang,
                                   as_of=AS_OF, large_print=True))
        assert any(OWED[lang] in page for page in pages_of(pdf)), lang


def test_h84_01_a_money_step_broken_over_two_pages_keeps_its_amount_with_its_label():
    """The restitution step swept over where the page breaks, in both languages and both sizes:
    wherever it breaks, "... todavía debe:" / "... still owe:" and "$3,340." share a page, and
    each part keeps at least two lines (H24-02).

    Since the steps have the room of both columns (L94-01), the label ends a line only in large
    print Spanish, the second of five, and a step broken inside keeps three lines on its page
    (H24-02): no height parted it from its amount, and the sweep passed with the rule that keeps
    them together taken out (R199-01).  So the step is swept there with three short sentences
    before it too, which put the label at the end of the fourth line of seven."""
    sweep = [(lang, large_print, filler, 0) for lang in ("es", "en") for large_print in (True, False)
             for filler in range(0, 48, 1 if large_print else 2)] + [("es", True, filler, 3) for filler in range(48)]
    read = pages_of_each([_with_restitution(lang, filler, large_print, lead_in) for lang, large_print, filler, lead_in in sweep])
    broken = below_the_amount = 0
    for (lang, large_print, filler, lead_in), pages in zip(sweep, read, strict=True):
        assert any(OWED[lang] in page for page in pages), (lang, large_print, filler, lead_in)
        first, last = {"es": ("Restitución (dinero", "impide la desestimación."),
                       "en": ("Restitution (money", "stop a dismissal.")}[lang]
        at = next(n for n, page in enumerate(pages) if first in page)
        broken += at != next(n for n, page in enumerate(pages) if last in page)
        below_the_amount += bool(lead_in) and OWED[lang] in pages[at] and last not in pages[at]
    assert broken > 0  # the sweep did break the step over two pages somewhere
    assert below_the_amount > 0  # ... and, with the label four lines down, just past the amount
