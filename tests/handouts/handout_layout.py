"""Where text lands on the pages of a rendered handout, read back with pypdf.

Shared by the layout tests and by a survey over a demo caseload: a section heading must
never be the last line of a page (hand-out check H20-14).
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from clinic_app.handouts.texts import load_texts

# The footer (notice, "Page N of M", the name) sits below 0.72 in; the body ends at 1.2 in
# or more above the bottom edge.  Text below this line, in points, is the footer.
FOOTER_TOP = 70


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's body lines, top to bottom, without the footer.

    pypdf reports each run of text with its position; the runs of one baseline are joined
    in the order they were drawn.
    """
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[float, int, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
                if y > FOOTER_TOP:
                    runs.append((round(y, 1), len(runs), text))

        page.extract_text(visitor_text=visit)
        lines: dict[float, list[str]] = {}
        for y, _, text in sorted(runs, key=lambda r: (-r[0], r[1])):
            lines.setdefault(y, []).append(text)
        pages.append([squash(" ".join(parts)) for parts in lines.values()])
    return pages


def headings(lang: str) -> set[str]:
    """Every section heading of the language's handout texts."""
    return {squash(text) for text in load_texts(lang)["headings"].values()}


def stranded_headings(pdf: bytes, lang: str) -> list[tuple[int, str]]:
    """(page number, heading) for each page whose last body line is a section heading."""
    known = headings(lang)
    return [(number, lines[-1]) for number, lines in enumerate(page_lines(pdf), start=1)
            if lines and lines[-1] in known]
