"""L119-01: a large-print handout set its citations in 9.9 pt grey italics and the footer's "This
handout is general information. It is not legal advice. ..." and "Page 1 of 7" in 10.6 pt grey, the
regular handout's 7.5 and 8 pt made 1.32 times larger, smaller than the regular handout's body
(11 pt): a client with low vision who asked for large print could read the page but not the notice
that it is not legal advice, nor the page number, nor the law a sentence rests on.  In large print
nothing is now smaller than 12.5 pt (the small type of the checklist's "Who does it"), the body
14.5 pt as before; the citations stay smaller than the body (their lines are told from the text's
by that), and the footer is raised to hold its larger lines."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from test_values_kept_whole_l94 import handout_of

from clinic_app.handouts import render_bytes

LEAST = 12.5  # points: the least type a large-print handout prints


def sized_runs(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's text runs as (size in points, y from the page's foot, text)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                runs.append((round(size * tm[3] * cm[3], 2), tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_l119_01_nothing_in_large_print_is_small_print(lang):
    handout = handout_of(0, lang, large=True)
    pages = sized_runs(render_bytes(handout))
    runs = [run for page in pages for run in page]
    small = sorted({(size, text) for size, _y, text in runs if size < LEAST})
    assert small == []
    # The citations are there, and still set smaller than the body.
    body = max(size for size, _y, _text in runs if "1203.4" not in _text and size < 16)
    assert any("PC\u00a01203.4" in text or "PC 1203.4" in text for size, _y, text in runs if size < body)
    # The footer's notice and page number, every page, at the least size or more and on the page.
    for number, page in enumerate(pages, start=1):
        footer = [(size, y, text) for size, y, text in page if y < 72]
        assert any(f" {number} " in f" {text} " for _s, _y, text in footer), number
        assert all(size >= LEAST and y >= 0.3 * 72 for size, y, _text in footer), footer


@pytest.mark.pdf
def test_l119_01_regular_print_keeps_its_sizes():
    runs = [run for page in sized_runs(render_bytes(handout_of(0, "en", large=False))) for run in page]
    assert min(size for size, _y, _text in runs) == 7.5  # the citations'
