"""Where text lands on the pages of a rendered handout, read back with pypdf.

Shared by the layout tests and by a survey over a demo caseload: a section heading must
never be the last line of a page (hand-out check H20-14), and a conviction card that
goes on to the next page must start there with its title and "(continued)" (H20-15).
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from clinic_app.handouts import Handout
from clinic_app.handouts.document import RecordEntry
from clinic_app.handouts.texts import load_texts

# The footer (notice, "Page N of M", the name) sits below 0.72 in; the body ends at 1.2 in
# or more above the bottom edge.  Text below this line, in points, is the footer.
FOOTER_TOP = 70


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def pages_of_each(pdfs: Sequence[bytes]) -> list[list[str]]:
    """Each PDF's page texts, squashed, read as pypdf's `extract_text` reads them, for a sweep of
    many PDFs at once: poppler's `pdftotext -raw` (content order, as pypdf reads) on one file of
    them all.  pypdf page by page was most of a sweep's time (H83-01 and H84-01: 144 PDFs each,
    2.7 s of CPU reading; this, 0.5 s).  Both read the same page texts, every page of both sweeps
    compared (T193-01), and the first PDF is read by pypdf too each time, so that a poppler that
    reads otherwise fails here and not as a wrong answer.  Without poppler, pypdf reads them all."""

    def read_by_pypdf(pdf: bytes) -> list[str]:
        return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]

    if shutil.which("pdftotext") is None or shutil.which("pdfunite") is None:
        return [read_by_pypdf(pdf) for pdf in pdfs]
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for n, pdf in enumerate(pdfs):
            names.append(str(Path(folder, f"{n:05}.pdf")))
            Path(names[-1]).write_bytes(pdf)
        one_file = str(Path(folder, "all.pdf")) if len(names) > 1 else names[0]
        if len(names) > 1:
            subprocess.run(["pdfunite", *names, one_file], check=True)
        read = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", one_file, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8").split("\f")
    counts = [len(PdfReader(io.BytesIO(pdf)).pages) for pdf in pdfs]
    assert len(read) == sum(counts) + 1, (len(read), sum(counts))  # a form feed ends each page
    pages = iter(read)
    each = [[squash(next(pages)) for _ in range(count)] for count in counts]
    assert each[0] == read_by_pypdf(pdfs[0]), "poppler's pdftotext reads this PDF otherwise than pypdf"
    return each


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's body lines, top to bottom, without the footer.

    pypdf reports each run of text with its position; the runs of one baseline are joined
    in the order they were drawn.
    """
    pages = []
    for runs in _drawn_runs(pdf):
        lines: dict[float, list[str]] = {}
        for _order, (_x, y, text) in sorted(enumerate(runs), key=lambda r: (-r[1][1], r[0])):
            lines.setdefault(y, []).append(text)
        pages.append([squash(" ".join(parts)) for parts in lines.values()])
    return pages


@functools.lru_cache(maxsize=16)
def _drawn_runs(pdf: bytes) -> tuple[tuple[tuple[float, float, str], ...], ...]:
    """Each page's body text runs as (x, y, text) in the order drawn, in points from the bottom
    left, the footer left out.  Read once a PDF: `page_lines` and `positioned_runs` each had
    pypdf pull every run out of the PDF again, and one test reads a PDF by both (S45-03, H23-03)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
                if y > FOOTER_TOP:
                    runs.append((round(x, 1), round(y, 1), text))

        page.extract_text(visitor_text=visit)
        pages.append(tuple(runs))
    return tuple(pages)


# C92: a line that ends on a statute's name whose number begins the next line.
_NAME_AT_END = re.compile(r"\b(Code|Código|artículos?|Proposition|Proposición|Prop\.?|section|sección)$", re.I)
_NUMBER_FIRST = re.compile(r"^\d")


def names_parted_from_numbers(pdf: bytes) -> list[str]:
    """C92 (S92's "Left alone"): the very sentence a client is told to say to an employer broke
    between a statute's name and its number: "“Yes, but it was dismissed under Penal Code" at a
    line's end and "1203.4.”" on the next, «según el artículo» / «1203.4 del Código Penal»,
    «según la Proposición» / «64.».  A reader copying the line onto a form took the number for a
    new sentence; the space before a statute's number is a no-break space since.  Each such
    break in the PDF, as "line / next line"."""
    parted = []
    for lines in page_lines(pdf):
        for line, after in zip(lines, lines[1:]):
            if (_NAME_AT_END.search(line) and _NUMBER_FIRST.match(after)) or (line.endswith(" Penal") and after.startswith("Code ")):
                parted.append(f"{line} / {after}")
    return parted


def headings(lang: str) -> set[str]:
    """Every section heading of the language's handout texts."""
    return {squash(text) for text in load_texts(lang)["headings"].values()}


def stranded_headings(pdf: bytes, lang: str) -> list[tuple[int, str]]:
    """(page number, heading) for each page whose last body line is a section heading."""
    known = headings(lang)
    return [(number, lines[-1]) for number, lines in enumerate(page_lines(pdf), start=1)
            if lines and lines[-1] in known]


@dataclass(frozen=True)
class Continuation:
    """A card that goes on to page `page`, and how that page begins."""

    title: str
    page: int
    top: str  # the first body text of the page, squashed

    def labelled(self, continued: str) -> bool:
        return self.top.startswith(squash(f"{self.title} {continued}"))


def card_continuations(pdf: bytes, handout: Handout) -> list[Continuation]:
    """Every place where a conviction or arrest card carries on to a new page.

    Walks the cards in order through the text of all pages (a cursor, so that two cards
    with the same option text are told apart) and notes each option that lands on a later
    page than the part of its card before it.
    """
    pages = [" ".join(lines) for lines in page_lines(pdf)]
    starts, text = [], ""
    for page in pages:
        starts.append(len(text))
        text += page + " "

    def page_of(offset: int) -> int:
        return max(i for i, start in enumerate(starts) if start <= offset) + 1

    found: list[Continuation] = []
    cursor = 0
    for section in handout.sections:
        for entry in section.blocks:
            if not isinstance(entry, RecordEntry):
                continue
            title = squash(entry.title)
            at = text.find(title, cursor)
            assert at >= 0, f"card {title!r} not found in the PDF"
            after = text[at + len(title):].lstrip()
            assert after.startswith(squash(entry.detail)), f"card {title!r} begins without its detail line"
            cursor, page = at + len(title), page_of(at)
            for option in entry.options:
                name = f"{option.name}: " if option.name else ""
                needle = squash(f"• {name}{option.text}")[:48]
                at = text.find(needle, cursor)
                assert at >= 0, f"option {needle!r} of {title!r} not found in the PDF"
                if page_of(at) > page:
                    page = page_of(at)
                    found.append(Continuation(title, page, pages[page - 1]))
                cursor = at + len(needle)
    return found


def positioned_runs(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's body text runs as (x, y, text), in points from the bottom left."""
    return [list(runs) for runs in _drawn_runs(pdf)]


def column_lines(pdf: bytes, header: str, next_header: str) -> list[str]:
    """The lines of one table column, top to bottom over all pages: the text of each
    baseline that starts at or right of the column's header and left of the next column's
    header.  A page without the header has none (the table's header row repeats on every
    page it runs to)."""
    found: list[str] = []
    for runs in positioned_runs(pdf):
        heads = {squash(text): x for x, _y, text in runs}
        if squash(header) not in heads or squash(next_header) not in heads:
            continue
        left, right = heads[squash(header)] - 1, heads[squash(next_header)] - 1
        below = max(y for x, y, text in runs if squash(text) == squash(header))
        if right <= left + 1:
            # The next header stands under this one (a checklist whose dates need the room of
            # both columns has who does a step under its date, L94-01): the column runs to the
            # page's edge, below both headers.
            right = float("inf")
            below = min(below, min(y for x, y, text in runs if squash(text) == squash(next_header)))
        lines: dict[float, list[str]] = {}
        for x, y, text in sorted(runs, key=lambda r: (-r[1], r[0])):
            if left <= x < right and y < below:
                lines.setdefault(y, []).append(text)
        found += [squash(" ".join(parts)) for parts in lines.values()]
    return found
