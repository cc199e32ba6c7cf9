"""P325: page 1's line saying where "What you may say" and the to-do list begin (H308-01) is
laid out once: its words are drawn last, with the pages found, in the room it took.
SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import yaml
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render, render_bytes
from clinic_app.handouts.render import Outlined
from clinic_app.screening_format import client_from_request
from tests.long_record import long_record

AS_OF = date(2026, 12, 5)
SAID = {"en": ("Where to find each part:", "“", "”", "page", ("What you may say", "What you still need to do")),
        "es": ("Dónde encontrar cada parte:", "«", "»", "en la página",
               ("Qué puede decir", "Lo que todavía le toca hacer"))}
RECORD = Path(__file__).with_name("long_record_l109.yaml")


class _Pages:
    """Each page's words, as pypdf reads them, each read when first asked for: these tests read
    page 1 and the pages its line names, and reading all 35 and 38 of L109's was a third of
    P325-03's time."""

    def __init__(self, pdf: bytes) -> None:
        self._pages = PdfReader(io.BytesIO(pdf)).pages
        self._read: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index: int) -> str:
        index = range(len(self._pages))[index]  # as a list's: -1 the last, IndexError past the end
        if index not in self._read:
            self._read[index] = squash(self._pages[index].extract_text())
        return self._read[index]


def _names_its_pages(pages: _Pages, lang: str) -> None:
    """Page 1 (of `pages`, each page's words) says where each part begins, and each is there."""
    begins, open_quote, close_quote, page, headings = SAID[lang]
    assert begins in pages[0], (lang, pages[0][:600])
    for heading in headings:
        said = re.search(f"{open_quote}{heading}{close_quote}, {page} (\\d+)", pages[0])
        assert said, (lang, heading, pages[0][:600])
        named = int(said.group(1))
        assert heading in pages[named - 1] and heading not in pages[named - 2], (lang, heading, named)


def _large_print(lang: str):
    client = long_record(lang=lang)
    return compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF,
                   large_print=True)


def test_p325_01_a_line_whose_page_numbers_changed_is_not_laid_out_a_third_time(monkeypatch):
    """Rosa Testlong's large print (11 pages): the line first said the pages of the handout
    without it; laid out with it, "What you still need to do" moved a page, and the whole handout
    was laid out a third time for a line of the same length.  The line's numbers are now drawn
    last, from the pages found: twice, the first to know it is long, and each page named is the
    one, in the page's own text (English and Spanish)."""
    laid_out, lines = render._laid_out, []

    def counted(printed, s, contents, sections_begin, **kwargs):
        lines.append(contents)
        return laid_out(printed, s, contents, sections_begin, **kwargs)

    monkeypatch.setattr(render, "_laid_out", counted)
    for lang in ("en", "es"):
        lines.clear()
        pages = _Pages(render_bytes(_large_print(lang)))
        assert len(pages) >= 10 and len(lines) == 2, (lang, lines)
        _names_its_pages(pages, lang)


def test_p325_02_the_layout_laid_out_again_is_never_written(monkeypatch):
    """A long handout's first layout, without page 1's line, was written in full (every page's
    footer drawn, every page compressed) and thrown away once the handout was laid out again
    with the line.  Only the layout that goes out is written now: once, its page 1 the line's."""
    from reportlab.pdfgen import canvas as rl_canvas

    save, written = rl_canvas.Canvas.save, []

    def counted(canvas):
        written.append(len(canvas._pages))
        return save(canvas)

    monkeypatch.setattr(rl_canvas.Canvas, "save", counted)
    pdf = render_bytes(_large_print("es"))
    pages = _Pages(pdf)
    assert len(written) == 1 and written[0] == len(pages) >= 10, written
    assert SAID["es"][0] in pages[0], pages[0][:600]


def test_p325_03_a_handout_sure_to_be_long_first_draws_only_its_headings(monkeypatch):
    """L109's client in large print (35 pages): the first layout, made only to learn where the
    sections begin and then laid out again with page 1's line, drew every paragraph and card of
    its pages besides.  It places them and draws only the headings now; the handout's words and
    the pages its line names are as before, in English and Spanish."""
    draw, drawn, laid_out, layouts = Paragraph.draw, [], render._laid_out, []

    def counted_draw(paragraph):
        drawn.append(paragraph)
        return draw(paragraph)

    def counted(printed, s, contents, sections_begin, **kwargs):
        drawn.clear()
        made = laid_out(printed, s, contents, sections_begin, **kwargs)
        layouts.append((contents, list(drawn)))
        return made

    monkeypatch.setattr(Paragraph, "draw", counted_draw)
    monkeypatch.setattr(render, "_laid_out", counted)
    client = client_from_request(yaml.safe_load(RECORD.read_text(encoding="utf-8")))
    for lang in ("en", "es"):
        layouts.clear()
        handout = compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang,
                          as_of=AS_OF, large_print=True)
        pages = _Pages(render_bytes(handout))
        assert len(pages) >= 30 and [contents == "" for contents, _ in layouts] == [True, False], layouts
        first, written = (paragraphs for _, paragraphs in layouts)
        assert first and all(isinstance(paragraph, Outlined) for paragraph in first), first[:5]
        assert len(written) > 10 * len(first)
        _names_its_pages(pages, lang)
