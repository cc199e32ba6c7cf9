"""K209-02: in the RAP-sheet step's list ("Check your record (RAP sheet) for “relief granted”:" and
«Busque en su récord ... para:»), a title too long for one line went on under its bullet: «•
Posesión de marihuana concentrada (antes del» / «9 de noviembre de 2016); desde entonces, ...»
read the tail as an item of its own (G204).  The tail now goes on under the title's words.
One PDF a language, for the module; each test opens it (pypdf's drawn text and its places)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_layout import positioned_runs
from handout_render import rendered_for

from clinic_app.eligibility.dates import anniversary
from clinic_app.model import Case, Client, Conviction, Person

pytestmark = pytest.mark.pdf


def three_marijuana_cases(lang: str) -> Client:
    """HS 11357(a), (b) and (c), convicted in 2019, the offense's day not recorded: each titled by
    both laws (K202-04, K205-01, G204-01), titles of two or three lines in the step's list."""
    def case(cid: str, section: str, convicted: date) -> Case:
        conv = Conviction(id=f"{cid}1", code="HS", section=section, level="misdemeanor", conviction_date=convicted)
        return Case(id=cid, convictions=[conv], sentence=_probation(convicted, anniversary(convicted, 1), "completed"))

    return Client(name="Rosa Delgado", language=lang, person=Person(dob=date(1974, 6, 1), us_citizen=True),
                  cases=[case("A", "11357(a)", date(2019, 2, 1)), case("B", "11357(b)", date(2019, 3, 1)),
                         case("C", "11357(c)", date(2019, 4, 1))])


@pytest.fixture(scope="module", params=["en", "es"])
def pdf(request):
    return rendered_for(three_marijuana_cases(request.param), request.param).pdf


def test_k209_02_a_listed_title_goes_on_under_its_words_not_its_bullet(pdf):
    # The check's list, on one page or going on at the next (H401-01's line after it).
    pages = [runs for runs in positioned_runs(pdf) if any(text.startswith("• Pos") for _x, _y, text in runs)]
    items, going_on, listed, texts, bullet_x = [], [], [], {}, None
    for page in pages:
        lines = sorted({(y, x) for x, y, _text in page}, key=lambda p: (-p[0], p[1]))  # each run's place, top down
        texts = {(y, x): text for x, y, text in page}
        at = next(n for n, place in enumerate(lines) if texts[place].startswith("• Pos"))
        bullet_x = lines[at][1] if bullet_x is None else bullet_x
        assert lines[at][1] == bullet_x, "the list goes on at the next page where it began"
        on_page = []
        for place in lines[at:]:
            if place[1] <= bullet_x and not texts[place].startswith("•") or place[1] > bullet_x + 100:
                break  # the next step: its box, its words at the list's left edge, or who does it
            on_page.append(place)
        listed += [texts[p] for p in on_page]
        items += [x for _y, x in on_page if x == bullet_x]
        going_on += [x for _y, x in on_page if x != bullet_x]
    # Three titles, each of two lines or more (pypdf found the lines by their places).
    assert len(items) == 3 and len(going_on) >= 3, listed
    # Under the title's first word: the bullet and its space in, no further.
    assert all(bullet_x + 5 < x < bullet_x + 14 for x in going_on), (bullet_x, going_on)
