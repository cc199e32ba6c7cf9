"""Lay out a composed `Handout` as a letter-size PDF with ReportLab platypus.

Real text in embedded TrueType fonts (so it prints the same everywhere and can be read
aloud or searched), headings a client can scan, the not-legal-advice notice and
"Page N of M" on every page, PDF metadata (title, author = the clinic, subject, /Lang,
DisplayDocTitle), and ReportLab's invariant mode so the same handout gives the same bytes.

Known limit (ecosystem notes, section 3): ReportLab writes no structure tree, so the PDF
is not tagged (not PDF/UA).  Reading order is one column, top to bottom.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from clinic_app.handouts.document import ALL_COLUMNS, Guidance, Handout, Note, RecordEntry, Task
from clinic_app.handouts.fonts import face_name, register_family
from clinic_app.handouts.glyphs import printable_handout
from clinic_app.private_files import write_private

# Binary (Flate only) streams instead of ASCII85 on top: a quarter smaller and faster to
# write.  ReportLab reads this setting when it writes each stream.
rl_config.useA85 = 0

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")  # headings: dark blue, prints well in grey too
MUTED = colors.HexColor("#555555")
CARD = colors.HexColor("#f2f5f9")
RULE = colors.HexColor("#9fb3c8")
CHECKBOX = "☐"
# The page's frame pads its text this many points on every side (ReportLab's own default, which
# the handout has always had: R95's 12 points): a line of text is 2 * FRAME_PADDING narrower than
# the margins.  Tables are built as wide as the margins and are centred over the padding (L97).
FRAME_PADDING = 6
CHECKED = "☑"


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one handout: normal or large print."""

    body: ParagraphStyle
    small: ParagraphStyle
    cite: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    contact: ParagraphStyle
    subheading: ParagraphStyle
    say: ParagraphStyle
    say_note: ParagraphStyle
    footer: ParagraphStyle
    scale: float


# The least type of a large-print handout, in points: its citations (7.5 pt made 1.32 times larger)
# and its footer, "It is not legal advice" and "Page 1 of 7" (8 pt), printed at 9.9 and 10.6 pt,
# smaller than the regular handout's body: a client who asked for large print could not read the
# notice, the page number or the law a sentence rests on (L119-01).  The small type of the
# checklist's headers and "Who does it" (9.5 pt, 12.5 in large print) is the least; the
# citations stay smaller than the body, as `_Paragraph._citation_alone` tells their lines by.
LARGE_PRINT_LEAST = 12.5


@cache
def make_styles(font: str, large_print: bool) -> Styles:
    """Type sizes: 11 pt body normally, 14.5 pt in large print, with generous leading; nothing
    in large print under LARGE_PRINT_LEAST."""
    register_family(font)
    k = 1.32 if large_print else 1.0
    lead = 1.45 if large_print else 1.38
    least = LARGE_PRINT_LEAST if large_print else 0.0
    bold = face_name(font, "bold")
    italic = face_name(font, "italic")

    def style(name: str, size: float, **kw) -> ParagraphStyle:
        size = max(size * k, least)
        kw.setdefault("fontName", font)
        kw.setdefault("textColor", INK)
        # No paragraph leaves its last line alone at the top of the next page: "Otras" ended a
        # page and "oficinas de licencias tienen sus propias reglas." began the next, or a
        # citation's tail ("1203.4(a)(1)") stood alone above the next answer (H29-07).
        kw.setdefault("allowWidows", 0)
        return ParagraphStyle(name, fontSize=size, leading=size * lead, **kw)

    return Styles(
        body=style("body", 11, spaceAfter=5 * k),
        small=style("small", 9.5, textColor=MUTED),
        cite=style("cite", 7.5, fontName=italic, textColor=MUTED, spaceAfter=4 * k),
        title=style("title", 20, fontName=bold, textColor=ACCENT, spaceAfter=4 * k),
        heading=style("heading", 15, fontName=bold, textColor=ACCENT, spaceBefore=12 * k, spaceAfter=6 * k),
        # The clinic's name, address, phone and hours are one block, set line under line as an
        # address is, without the space between paragraphs: 26 points less in large print, where
        # a checklist 3 to 45 points too tall to end on the page with the block sent its last
        # row on with it and left a third of the page empty (H23-08; A65, V71-02).
        contact=style("contact", 11),
        subheading=style("subheading", 12, fontName=bold, spaceBefore=6 * k, spaceAfter=2 * k),
        say=style("say", 11, leftIndent=12 * k, spaceAfter=1 * k),
        say_note=style("say_note", 11, leftIndent=12 * k, spaceAfter=5 * k),
        footer=style("footer", 8, textColor=MUTED, alignment=0),
        scale=k,
    )


class _Paragraph(Paragraph):
    """A Paragraph that remembers its last layout.

    Tables lay each cell out once to measure it and again to draw it, at the same width;
    a paragraph's layout depends only on that width, so the second time is free.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        if getattr(self, "_laid_out_at", None) == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._laid_out_at = availWidth
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        # ReportLab's widow rule (allowWidows=0) counts a line of citation as a line of text, so a
        # paragraph whose citation wraps could still leave one line of its text at the top of the
        # next page, the citation's tail under it: "if yours is one before you answer.  Lab. Code
        # 432.9; Gov. Code 12952;" / "Lab. Code 432.8" (H80-01), or the citation's tail alone.
        # Where fewer than two lines of text would go over, the last two go, the citation with them.
        if not self.style.allowWidows and availHeight > 0:
            # Split at the lines it was laid out in, as ReportLab's own split does: a table breaking
            # a row hands its cells the column's width, padding and all, and lines counted at that
            # width left "for" alone at a large-print page's foot, the first part drawn narrower (R81b-03).
            if "blPara" not in self.__dict__:
                self.wrap(availWidth, availHeight)
            lines = self.blPara.lines
            fits = int(availHeight / self.style.leading)
            if len(lines) == fits + 1 and len(lines) > 3:
                fits -= 1  # ReportLab's own rule: two lines go over, not one
            text = [n for n, line in enumerate(lines) if not self._citation_alone(line)]
            if 0 < fits < len(lines) and len(text) >= 2 and sum(n >= fits for n in text) < 2:
                availHeight = text[-2] * self.style.leading + 1e-6
        return super().split(availWidth, availHeight)

    def goes_whole_from_two_lines(self) -> bool:
        """Whether `split` would not break this laid-out paragraph after its first two lines:
        fewer than two lines of its text would follow them, a citation's tail besides."""
        lines = self.blPara.lines
        return len(lines) > 3 and sum(not self._citation_alone(line) for line in lines[2:]) < 2

    def _citation_alone(self, line) -> bool:
        """A line that holds nothing but the small type of a citation (`_cite`)."""
        words = getattr(line, "words", None)
        return bool(words) and all(getattr(w, "fontSize", self.style.fontSize) < self.style.fontSize for w in words)


class _Listed(_Paragraph):
    """A step's list, one bulleted item a line: an item too long for one line goes on under its
    words, not under its bullet.  «• Posesión de marihuana concentrada (antes del» / «9 de
    noviembre de 2016)...» read the tail as an item of its own (K209-02, from G204).

    One paragraph still, as the page breaks that read its lines need (`_listed_lines`): each line
    that goes on an item is laid out narrower by the bullet's width and drawn that far in."""

    def breakLines(self, width):  # noqa: N802 - ReportLab's name
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        hang = stringWidth("• ", self.style.fontName, self.style.fontSize)
        laid = super().breakLines(widths)
        under: list[bool] = []
        for _ in range(4):  # narrower lines can wrap anew further on; settled in one or two rounds
            now = self._going_on_an_item(laid.lines)
            if now == under:
                break
            under = now
            at = [widths[min(n, len(widths) - 1)] for n in range(len(under) + 1)]
            laid = super().breakLines([w - hang if n < len(under) and under[n] else w for n, w in enumerate(at)])
        self._offsets = [hang if going_on else 0 for going_on in self._going_on_an_item(laid.lines)]
        return laid

    @staticmethod
    def _going_on_an_item(lines) -> list[bool]:
        """For each line, whether it goes on a bulleted item begun on a line before it."""
        going_on, in_item = [], False
        for n, line in enumerate(lines):
            starts = n == 0 or getattr(lines[n - 1], "lineBreak", False)
            if starts:
                in_item = _line_text(line).startswith("•")
            going_on.append(in_item and not starts)
        return going_on


# The space before a statute's number in the handout's own words: the sentence a client is told
# to say broke as "dismissed under Penal Code" / "1203.4.", «según el artículo» / «1203.4 del
# Código Penal», «Proposición» / «64.» (C92, from S92's reading); the number read as a new
# sentence.  A no-break space keeps name and number on one line, as _unbroken does in citations.
# "Penal Code 1203.4" is kept whole too: "under Penal" / "Code 1203.4." still parted the name.
# A code's letters are held to the section too (L94-03): a card's detail line and an answer's label
# ended on "PC" or "HS" with "273.5" or "11350(a)" on the next line, "Delito grave (felony), 2019 ·
# PC" / "273.5 · Condado de Los Angeles", "Vandalism (Felony, 2011 · PC" / "594):".
_STATUTE_NUMBER = re.compile(r"\b(Penal(?= Code \d)|Code|Código|artículos?|Proposition|Proposición|Prop\.?|[Ss]ection|[Ss]ección"
                             r"|[A-Z]{2,4}|B&amp;P|H&amp;S) (?=\d|Code \d)")


# A date or a count said in the handout's sentences: "after July 13," / "2029.", «el 12» / «de julio
# de 2029.», «Lo que ya hizo: 18» / «de 52.» (L94-02: 3,365 dates and 296 counts cut so over
# 3,000 demo handouts, in both languages and sizes).  The year read as a number of its own, the
# total of a count as a new thing; held with no-break spaces, the whole value goes to the next
# line.  The longest, "30 de septiembre de 2027", fits every column a sentence is set in.
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")
_VALUE = re.compile(rf"\b\d{{1,2}} de (?:{_MONTHS}) de \d{{4}}\b|\b(?:{_MONTHS}) \d{{1,2}}, \d{{4}}\b"
                    r"|\b\d+ (?:de|of) \d+\b")


# The code's own name is one name: the sentence a Spanish client is told to say ended a line on
# «... según el artículo 1203.4 del Código» with «Penal».» alone under it (L94-06: 1,711 times in
# 669 of the 1,500 Spanish demo handouts, nearly all large print); "the Penal" / "Code" likewise.
_CODE_NAME = re.compile(r"\b(Código|Penal) (?=(?:Penal|Code)\b)")


# The " · " between the parts of a line (a card's "Felony, 2019 · PC 211 · Los Angeles County", the
# clinic's "Address: ... · Phone: ..."): a line ended on the dot, "... Los Angeles, CA 90033 ·" /
# "Phone: (213) 555-0142" (every large-print demo handout; L97-01), the dot read as a stray mark at
# the end of the address.  Held to the word after it, the dot starts the next line.
_PARTS_APART = " ·\u00a0"


def _statute_kept_whole(markup: str) -> str:
    markup = markup.replace(" · ", _PARTS_APART)
    markup = _VALUE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), markup)
    markup = _CODE_NAME.sub("\\1\u00a0", markup)
    return _STATUTE_NUMBER.sub("\\1\u00a0", markup)


_PARSED: dict[tuple[str, int], list] = {}
_PARSED_LIMIT = 20_000


def Para(markup: str, style: ParagraphStyle, kind: type[Paragraph] | None = None) -> Paragraph:  # noqa: N802 - reads like the class it makes
    """A Paragraph whose markup is parsed once per process.

    Most of a handout's paragraphs (the guidance, the effects) are the same for every
    client; parsing their markup was a tenth of the rendering time.  Each paragraph gets
    its own copies of the parsed fragments, so nothing is shared between documents.
    """
    kind = kind or _Paragraph
    key = (markup, id(style))
    frags = _PARSED.get(key)
    if frags is None:
        paragraph = kind(_statute_kept_whole(markup), style)
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        _PARSED[key] = [frag.clone() for frag in paragraph.frags]
        return paragraph
    return kind(markup, style, frags=[frag.clone() for frag in frags])


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: everything escaped, so "B&P" or "<" print as written."""
    return Para(escape(text), style)


# The space between a code's name and the section it cites ("PC 1203.4", "Lab. Code 432.7"):
# a line could end on "PC" with "1203.4(a)(1)" on the next, most often after a Spanish "Quién
# lo hace" line, whose words are longer (S37-01).  A no-break space keeps the two together.
_CODE_AND_SECTION = re.compile(r"(?<=[A-Za-z.&]) (?=\d)")
# A citation of three words or fewer is one name ("SF-86 Section 22", "18 USC 922(g)(1)",
# "ATF Form 4473", "2 CCR 12269"): lines ended on "SF-86", "18", "ATF" or "2" (S37-07).  Longer
# ones (a case name, the LA County ordinance) may still break between their words.
_SHORT_CITATION = 3


def _unbroken(citation: str) -> str:
    words = citation.split(" ")
    if len(words) <= _SHORT_CITATION:
        return "\u00a0".join(words)
    return _CODE_AND_SECTION.sub("\u00a0", citation)


def _cite(text: str, s: Styles) -> str:
    """A citation in small grey italics, run on after the text it supports."""
    if not text:
        return ""
    size = s.cite.fontSize
    text = "; ".join(_unbroken(citation) for citation in text.split("; "))
    return (f'&nbsp;&nbsp;<font name="{s.cite.fontName}" size="{size:.1f}" color="#555555">'
            f"{escape(text)}</font>")


class HeadingBreak(CondPageBreak):
    """Before a section heading: a new page unless the heading and the first piece of what
    follows it fit below, so that a heading is never the last line of a page.

    A fixed CondPageBreak guessed the room a heading needs (hand-out check H20-14: 1.6 in
    before "What you may say", whose first situation then asked for 1.4 in after it, so
    the heading was left alone at the foot of the page).  This one measures: the heading
    with its spacing, plus the least the first block can put on this page (a situation's
    own CondPageBreak, a card's first rows, a paragraph's first two lines), and never
    less than `minimum`.  Cheaper than keepWithNext, which lays the whole block out
    twice: only the heading and the first block are measured, once.
    """

    def __init__(self, heading: Paragraph, following: list, minimum: float):
        super().__init__(minimum)
        self.minimum = minimum
        self._heading = heading
        self._following = following

    def __repr__(self):
        return f"HeadingBreak({self.height})"

    # The space after what stands above passes on to the heading, as if this break were not
    # there: the heading's space before overlaps it (rl_config.overlapAttachedSpace), as
    # between any two paragraphs.  It did not: every heading stood the paragraph's space
    # after (6.6 points in large print) lower than its style says (W122-04).
    _SPACETRANSFER = True

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", 0):
            return 0, 0  # already at the top of a page: a break would only add a blank page
        heading = self._heading
        above = getattr(frame, "_prevASpace", 0) if frame is not None else 0
        need = max(heading.getSpaceBefore() - above, 0) + heading.wrap(availWidth, _TALL)[1] + heading.getSpaceAfter()
        self.height = max(self.minimum, need + _first_piece(self._following, availWidth))
        return super().wrap(availWidth, availHeight)


_TALL = 1e6  # "as much room as it likes", to measure a flowable's natural height


class Outlined:
    """A paragraph that is also an entry of the PDF's outline (its bookmarks), mixed in before
    Paragraph: a reader with a screen reader, or with the page enlarged, goes from section to
    section by it, as a sighted reader's eye does by the headings' size and colour.  The page
    looks the same.  The entry says `outline_title`, where set, else the paragraph's words."""

    outline_level = 0
    outline_title: str | None = None

    def draw(self):
        mark = getattr(self.canv, "mark_heading", None)  # footer_canvas's (handout, worksheet)
        if mark is not None:
            mark(self.outline_title or self.getPlainText(), self.outline_level, 0, self.height)
        super().draw()


class _Heading(Outlined, _Paragraph):
    """A section's heading, an outline entry."""


class _SubHeading(_Heading):
    """A conviction's card title or a situation's ("When you apply for a job ..."): an outline
    entry under its section's, so a reader goes straight to the one she is asked about.  A
    card's or a situation's title printed again as "(continued)" is not one."""

    outline_level = 1


class _Lead(_Paragraph):
    """A section's lead (Section.lead): it speaks of what follows, so it goes whole, with the
    least of the first block, wherever its heading goes (`_first_piece`)."""


def _first_piece(flowables: list, width: float) -> float:
    """The least height the first of `flowables` must have on a page before it may break (a
    section's lead, whole, and the least of the block after it)."""
    height = 0.0
    for f in flowables:
        if isinstance(f, _Lead):
            f.wrap(width, _TALL)
            height += f.getSpaceBefore() + f.height + f.getSpaceAfter()
            continue
        if isinstance(f, _AnswerBreak):
            # Its room as measured, not its least: a heading kept with 1.4 inches above a
            # situation's title and intro that need more stood alone at the page's foot (S92-03).
            return height + f.need(width)
        if isinstance(f, CondPageBreak):
            return height + f.height  # it already keeps its own block together
        if isinstance(f, _WithContact):
            return height + f.least(width)
        if isinstance(f, Spacer):
            height += f.height
            continue
        f.wrap(width, _TALL)
        height += f.getSpaceBefore()
        if isinstance(f, Table):
            rows = f._rowHeights  # noqa: SLF001 - set by wrap; ReportLab has no public accessor
            keep = f.repeatRows if isinstance(f.repeatRows, int) else max(f.repeatRows) + 1
            first = f.first_rows() if isinstance(f, _TallRows) else 1
            return height + sum(rows[: keep + first])  # the repeated rows and the first go first
        if isinstance(f, Paragraph):
            if isinstance(f, _Paragraph) and f.goes_whole_from_two_lines():
                return height + f.height  # its first two lines cannot end a page (H80-01)
            return height + min(f.height, 2 * f.style.leading)  # no orphaned first line
        return height + f.height
    return height


class _TallRows(Table):
    """A table that breaks between rows, and inside a row only where the row (with the
    repeated header row above it) is taller than a whole page.  A "Come back to the clinic
    ... about:" line naming eighteen offenses (finding H23-03), or an arrest card naming
    twenty charges (H23-05), in large print Spanish, was taller than the page: ReportLab could
    place it nowhere and the handout, and an event's batch with it, stopped with a
    LayoutError.  Splitting inside rows everywhere would leave one line of a task at a page's
    foot where it now moves whole to the next page."""

    # A checklist sets this to its line height: a long row that does not fit whole then
    # breaks inside, at least two lines on each side, rather than leave the foot of the
    # page empty (finding H24-02: a seven-line task moved whole and left two inches blank).
    line: float | None = None
    # The column whose paragraph lists one item a line (a checklist's tasks): a row breaks
    # at the end of a listed line, never inside one (_past_a_listed_line).
    listed_column: int | None = None

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        parts = self._split(availWidth, availHeight)
        for part in parts:
            part.line = self.line  # ReportLab makes the parts anew: the rest must break alike
            part.listed_column = self.listed_column
            part.at_least = self.at_least
            # ... and copies this table's splitInRow, set while it broke inside a row: the rest
            # then broke inside its rows anywhere, a line's padding from its foot, and printed
            # the header row again and again down the page with a line of the task between,
            # and alone on the next page (finding H28-02).  The rest breaks as this table does.
            part.splitInRow = 0
        return parts

    # The rows a break between rows leaves on each side at least.  A checklist sets 2: its
    # last step alone atop the last page, under the header row again, was far from "What you
    # still need to do" and the step before it (a registrant's handout, stop 68's note).
    # A list too short to leave that on each side goes whole; a longer one may end a page
    # with its heading and first row (`_least_ahead`).
    at_least = 1

    def first_rows(self) -> int:
        """How many rows under the header must go with it, and with the heading above: all of
        them where fewer than twice `at_least` could not break, else the first."""
        rows = len(self._cellvalues) - self.repeatRows  # noqa: SLF001 - ReportLab has no accessor
        return rows if rows < 2 * self.at_least else 1

    def _least_ahead(self, rows: int) -> int:
        """The rows a break of `rows` leaves on this page at least: one where the list is long
        enough to leave `at_least` on each side.  Two first steps asked of each list's page
        sent a nine-step large-print list whole to the next page, two thirds of a page left
        blank and a page more to print (R198); a short list still goes whole (K191-04)."""
        return 1 if rows >= 2 * self.at_least else self.at_least

    def _split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.line:
            return self._split_long_row(availHeight) or self._not_one_row_alone(parts)
        if len(parts) == 2:
            return self._not_one_row_alone(parts)
        if parts or not self._outgrows_a_page():
            return parts
        self.splitInRow = 1  # no page can hold the next row whole: break inside it, here
        try:
            return super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 0

    def _split_long_row(self, availHeight: float) -> list:  # noqa: N803 - ReportLab's name
        """The table broken inside the first row that does not fit, if three lines of it
        fit here and two or more go on (a row one line too long leaves its last two lines
        for the next page); else [] (then it breaks between rows)."""
        heights = self._rowHeights  # noqa: SLF001 - set by the split's layout
        n = self._getFirstPossibleSplitRowPosition(availHeight)
        if n >= len(heights):
            return []
        room = min(availHeight - sum(heights[:n]), heights[n] - 2 * self.line)
        room -= self._past_a_listed_line(n, room)
        room -= self._apart_from_its_value(n, room)
        while back := self._inside_a_quote(n, room):
            room -= back + self._apart_from_its_value(n, room - back)
        if room < 3 * self.line:
            return []
        self.splitInRow = 1
        try:
            parts = self._splitRows(sum(heights[:n]) + room, doInRowSplit=True)
        finally:
            self.splitInRow = 0
        if len(parts) != 2:
            return []
        if self.listed_column is not None:
            rest = parts[1]
            cell = rest._cellvalues[self.repeatRows][self.listed_column]  # noqa: SLF001
            if _drop_leading_break(cell):
                rest._argH[self.repeatRows] = None  # noqa: SLF001 - the row as tall as what is left in it
            lead = getattr(_only(self._cellvalues[n][self.listed_column]), "continued", None)  # noqa: SLF001
            if lead is not None and not self._inside_the_opening(n, room):
                # The rest of a list under the next page's header row, with no box and no words
                # before it, named nothing ("• Resisting ... • Driving without a valid license"
                # alone atop the last page, G58-08): it goes on under the task's first line.
                rest._cellvalues[self.repeatRows][self.listed_column] = [lead, *(  # noqa: SLF001
                    cell if isinstance(cell, (list, tuple)) else [cell])]
                rest._argH[self.repeatRows] = None  # noqa: SLF001 - one line taller
        return parts

    def _past_a_listed_line(self, n: int, room: float) -> float:
        """How much of `room` in row `n` lies past the end of the last whole listed line: a
        task that names convictions gives one a line ("• Robo con allanamiento de local
        comercial (segundo grado)"), and a break inside one left "• Robo con allanamiento de
        local" at a page's foot and "comercial (segundo grado)" alone atop the next, under no
        box and no bullet (finding S45-03).  The task's opening sentence breaks as prose does."""
        laid = self._listed_lines(n, room)
        if laid is None:
            return 0.0
        lines, fit, leading = laid
        ends = [i + 1 for i, line in enumerate(lines) if getattr(line, "lineBreak", False)]
        if ends and fit == ends[0] and fit < len(lines):
            # Broken just after the opening sentence, its list heading ("What each case owes:") ended
            # a page with nothing under it, and the next page said the whole sentence again as
            # "(continued):" above the list (S122-04): the row moves whole, as a short row does.
            return fit * leading
        if not ends or fit <= ends[0] or fit >= len(lines) or fit in ends:
            return 0.0  # inside the opening sentence, past the row's end, or at a line's end
        return (fit - max(end for end in ends if end <= fit)) * leading

    def _apart_from_its_value(self, n: int, room: float) -> float:
        """How much of `room` in row `n` to leave for the next page so that no amount, date or
        count starts it apart from what it is: the break had left "Restitución (dinero para la
        víctima) que todavía debe:" at a page's foot and "$3,340. Tiene que pagarla, pero..."
        atop the next (finding H84-01).  The line before such a value goes on with it; a row
        left with too few lines here then moves whole, as any short row does."""
        laid = self._listed_lines(n, room)
        if laid is None:
            return 0.0
        lines, fit, leading = laid
        words = [_line_text(line) for line in lines]
        kept = fit
        while 0 < kept < len(words) and _parts_a_value(words[kept - 1], words[kept]):
            kept -= 1
        return (fit - kept) * leading

    def _inside_a_quote(self, n: int, room: float) -> float:
        """How much of `room` in row `n` to leave for the next page so that no quotation is cut by
        the page: a step's line ended a page on "Obey the court's stay-away order until January 10,
        2028: “Stay away from the protected" and the next began "person” (as written in your
        papers)" (L97-02), the court's words read as two.  The break goes before the line the
        quotation opens on; a row left with too few lines here then moves whole, as any short row does."""
        laid = self._listed_lines(n, room)
        if laid is None:
            return 0.0
        lines, fit, leading = laid
        if not 0 < fit < len(lines):
            return 0.0
        opens = _quote_open_at(_line_text(line) for line in lines[:fit])
        return 0.0 if opens is None else (fit - opens) * leading

    def _inside_the_opening(self, n: int, room: float) -> bool:
        """Whether row `n` broken after `room` breaks inside its listed cell's opening sentence
        (before its first listed line): the rest then starts with that sentence's tail, and the
        sentence named again above it as "(continued):" read "... debe terminar el 24 de junio de
        2027. Se trata de (continuación): 24 de junio de 2027. Se trata de:" (finding H83-01).
        The tail goes on as any broken sentence does, under no words of its own."""
        laid = self._listed_lines(n, room)
        if laid is None:
            return False
        lines, fit, _leading = laid
        ends = [i + 1 for i, line in enumerate(lines) if getattr(line, "lineBreak", False)]
        return bool(ends) and fit < ends[0]

    def _listed_lines(self, n: int, room: float) -> tuple[list, int, float] | None:
        """Row `n`'s listed cell laid out at its column's width: its lines, how many of them
        `room` holds, and its line height; None where the row has no such paragraph.  One
        reading for the three checks of where a long row breaks (S45-03, H83-01, H84-01)."""
        if self.listed_column is None:
            return None
        cell = _only(self._cellvalues[n][self.listed_column])  # noqa: SLF001 - ReportLab has no public accessor
        if not isinstance(cell, Paragraph):
            return None
        style = self._cellStyles[n][self.listed_column]  # noqa: SLF001 - as above
        cell.wrap(self._colWidths[self.listed_column] - style.leftPadding - style.rightPadding, _TALL)  # noqa: SLF001
        # ReportLab gives the first part all but the top padding (Table._splitCell).
        fit = int((room - style.topPadding) / cell.style.leading)
        return cell.blPara.lines, fit, cell.style.leading

    def _not_one_row_alone(self, parts: list) -> list:
        """`parts`, broken between rows, with `at_least` rows going on and `_least_ahead` staying:
        broken a row or more earlier where fewer would go on, or not here at all (the table goes
        whole to the next page) where fewer would stay, unless it is too tall for a page and
        must break, or is at a page's top already, where moving on gains nothing (the last row
        then goes on with the contact block alone, as _WithContact breaks it on a page too short
        for both)."""
        ahead = len(parts[0]._cellvalues) - self.repeatRows  # noqa: SLF001 - rows that stay here
        left = len(parts[1]._cellvalues) - self.repeatRows  # noqa: SLF001 - rows that go on
        least_ahead = self._least_ahead(ahead + left)
        if left >= self.at_least and ahead >= least_ahead:
            return parts
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", 0) or self._too_tall_for(frame):
            return parts
        ahead -= max(self.at_least - left, 0)
        if ahead < least_ahead:
            return []  # whole to the next page
        heights = self._rowHeights  # noqa: SLF001 - set by the split's layout
        return self._splitRows(sum(heights[: self.repeatRows + ahead]) + 0.01)

    def _too_tall_for(self, frame) -> bool:
        return sum(self._rowHeights) > _frame_height(frame)  # noqa: SLF001 - set by the split's layout

    def _outgrows_a_page(self) -> bool:
        """Whether the header and the first row (the one that did not fit) are taller than
        an empty page: moving it on would only fail again, or strand the heading above it."""
        frame = self._doctemplateAttr("frame")
        rows = getattr(self, "_rowHeights", None) or []
        if frame is None or len(rows) < 2:
            return False
        return rows[0] + rows[1] > _frame_height(frame)


def _frame_height(frame) -> float:
    """The height an empty page's frame gives its flowables."""
    return frame._y2 - frame._topPadding - frame._y1p  # noqa: SLF001 - ReportLab has no accessor


# A line that starts with an amount ("$3,340."), a date ("24 de junio de 2027", "June 24, 2027",
# a date's year "de 2027") or a count ("52 semanas"): a value, which says nothing atop a page
# without the words before it that say what it is.
_VALUE_FIRST = re.compile(
    r"^(?:\$|\d|de \d{4}|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) \d)")


def _parts_a_value(last: str, first: str) -> bool:
    """Whether a page break between a line ending `last` and one starting `first` would part a
    value from what it is: the next line starts with a value, or this one ends on a label
    ("... que todavía debe:") that is not a list's opening (its items start with a bullet)."""
    first = first.strip()
    return bool(_VALUE_FIRST.match(first)) or (last.rstrip().endswith(":") and not first.startswith("•"))


_QUOTES = {"«": "»", "“": "”"}


def _quote_open_at(lines) -> int | None:
    """The index of the line on which a quotation still open after the last of `lines` opens, or None."""
    opened: list[tuple[str, int]] = []  # the closing mark awaited, and the line its quotation opened on
    for number, text in enumerate(lines):
        for mark in text:
            if mark in _QUOTES:
                opened.append((_QUOTES[mark], number))
            elif opened and mark == opened[-1][0]:
                opened.pop()
    return opened[0][1] if opened else None


def _line_text(line) -> str:
    """The words of one laid-out line of a paragraph (ReportLab keeps plain lines as a tuple of
    words, lines with markup as a FragLine of fragments)."""
    if isinstance(line, tuple):
        return " ".join(line[1])
    return "".join(getattr(frag, "text", "") for frag in getattr(line, "words", []))


def _only(cell):
    """A cell's one flowable (ReportLab holds it in a list or tuple of its own), else the cell."""
    return cell[0] if isinstance(cell, (list, tuple)) and len(cell) == 1 else cell


def _drop_leading_break(cell) -> bool:
    """A paragraph broken right after a line's end starts the next page with that line's
    break, an empty line above the rest of the list: the rest starts with its first word."""
    for flowable in cell if isinstance(cell, (list, tuple)) else (cell,):
        words = getattr(flowable, "frags", None)
        if words and isinstance(words[0], list) and all(
                getattr(frag, "lineBreak", False) and not text for frag, text in words[0][1:]):
            del words[0]
            flowable.__dict__.pop("blPara", None)  # laid out with the empty line: lay it out anew
            return True
        return False
    return False


class _Card(_TallRows):
    """A record card: on the page it goes on to, its title row is printed again, marked
    "(continued)", so the options there are not read as another conviction's
    (hand-out check H20-15).

    `repeatRows=1` repeats the title row; `split` puts the shorter continued title in
    place of the copy (the detail line and "Where it stands" are not repeated).
    """

    continued = None  # makes the flowables of the continued title row

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued is not None:
            rest = parts[1]
            rest.continued = self.continued
            # A new row list: ReportLab shares the row's list with the first part.
            rest._cellvalues[0] = [self.continued()]  # noqa: SLF001 - the repeated title row
            rest._argH[0] = None  # noqa: SLF001 - ReportLab copied the full title row's height
        return parts


def _record_card(entry: RecordEntry, h: Handout, s: Styles, width: float) -> Table:
    """One conviction or arrest, boxed: what it is, where it stands, what can be done.

    One table row per part, so a long card can break between options instead of
    leaving half a page empty; the title goes with it, as "Title (continued)".
    Never breaks between the title row and "Where it stands" (the repeated row must
    have a row after it).
    """
    labels = h.labels
    # The title row (repeated, as "(continued)", on the next page) and "Where it stands" in a
    # row of their own: the card may begin at a page's foot with what it is and where it
    # stands, its options on the next page.  Held to its first option, it had moved whole
    # and left a third of a large-print page 1 blank under "Read this first" (H36-04).
    rows = [[[
        Para(f"<b>{escape(entry.title)}</b>", s.subheading, kind=_SubHeading),
        _p(entry.detail, s.small),
    ]], [[
        Para(f"<b>{escape(labels['where'])}:</b> {escape(entry.where)}", s.body),
    ]]]
    for n, charge in enumerate(entry.charges):
        # One row per charge, so a long list breaks between charges; the label goes with
        # the first, never alone at a page's foot (finding H23-07).
        line = Para(escape(charge), s.body)
        rows.append([[Para(f"<b>{escape(labels['charges'])}:</b>", s.body), line] if n == 0 else [line]])
    for option in entry.options:
        name = f"<b>{escape(option.name)}:</b> " if option.name else ""
        rows.append([[
            Para(f"• {name}{escape(option.text)}", s.body),
            *([Para(f"<b>{escape(labels['court'])}:</b> {escape(option.court)}", s.say)] if option.court else []),
            Para(f"<b>{escape(labels['who'])}:</b> {escape(option.who)}{_cite(option.cite, s)}", s.say),
        ]])
    table = _Card(rows, colWidths=[width], repeatRows=1)
    continued = f"<b>{escape(entry.title)}</b> {escape(labels['continued'])}"
    table.continued = lambda: [Para(continued, s.subheading)]
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.body.fontName),  # the default would pull in Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), CARD),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 9 * s.scale),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8 * s.scale),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * s.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * s.scale),
        # Title to "Where it stands": the 3 points the spacer between them gave in one row
        # (the title row's bottom padding, none above "Where it stands"); the title row, and
        # the continued title repeated from it, keep their height.
        ("TOPPADDING", (0, 1), (-1, 1), 0),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6 * s.scale),
    ]))
    return table


def _guidance(g: Guidance, h: Handout, s: Styles) -> list:
    """One situation: its title, the rule in brief, and a sentence per kind of record."""
    # CondPageBreak, not KeepTogether or keepWithNext (both lay the text out twice, a
    # sixth of the rendering time): a title never ends a page, nor a "say" line its note.
    parts: list = [CondPageBreak(1.4 * inch * s.scale), Para(escape(g.title), s.subheading, kind=_SubHeading)]
    continued = f"{escape(g.title)} {escape(h.labels['continued'])}"

    def title_again() -> _ContinuedTitle:
        """The title, "(continued)", if what comes after it opens a page."""
        return _ContinuedTitle(lambda: Para(continued, s.subheading))

    if g.intro:
        parts.append(_by_sentences(g.intro.text, _cite(g.intro.cite, s), s.body, g.title, h, s))
        # The title with its intro, as an answer is kept (S92-01): cut at a page's foot, the Fair
        # Chance paragraph's tail began the next page under no title, "parte del condado de Los
        # Angeles que no pertenece a ninguna ciudad, ..." (client 19 of the seed-86 demo; S92-03).
        # The intro may break between sentences (L97-03), so the title needs its first piece.
        parts[0] = _AnswerBreak(parts[1:], 1.4 * inch * s.scale)
        if g.asked:
            # Its own break and title, as an answer's: measured with the title's break, it held the
            # intro whole, and a registrant's (or a DUI's) "What you may say" went to the next page,
            # 40% of the page left blank (L187-01).
            asked = _by_sentences(g.asked.text, _cite(g.asked.cite, s), s.body, g.title, h, s)
            parts += [_AnswerBreak([asked], 0), title_again(), asked]
    for n, line in enumerate(g.lines):
        label = f"<b>{escape(line.label)}:</b> " if len(g.lines) > 1 or line.column not in ("not_cleared", ALL_COLUMNS) else ""
        say = f"{label}{escape(line.say)}"
        if line.note:
            answer = [Para(say, s.say), _by_sentences(line.note, _cite(line.cite, s), s.say_note, g.title, h, s)]
        else:
            answer = [_by_sentences(line.say, _cite(line.cite, s), s.say_note, g.title, h, s, lead=label)]
        if n == 0 and not g.intro:
            # The title's break measures the title with this answer's line and the start of
            # its note: a fixed 1.4 inches held a three-line label's line alone, its note
            # on the next page under no title (client 59 of the seed-86 demo; R90b-04).  An answer
            # without a note likewise: under a long label its line was cut mid-sentence, «... Estas
            # condenas, por sí solas, no le impiden tener un arma. Consulte a» / «un abogado antes
            # de llenar un formulario» (L97-03).
            parts[0] = _AnswerBreak([parts[1], *answer], 1.4 * inch * s.scale)
            if line.note:  # right under the title, which its own break keeps with it
                parts.append(CondPageBreak(0.75 * inch * s.scale))
        else:
            # An answer that a page break puts at the top of a page comes under the situation's
            # title again: a page had opened on "Cuando le desestimen las condenas: «No»." with
            # nothing to say what it answers, the title left on the page before (H29-08).
            parts += [_AnswerBreak(answer, 0.75 * inch * s.scale if line.note else 0), title_again()]
        parts += answer
        if line.named:
            # After the answer and its note, broken only between two convictions, the rest under
            # the title again: cut anywhere, a Spanish list went on "menor (misdemeanor), 2013 ·
            # ..." at a page's top under no title; kept whole, large print left half a page blank.
            named = _by_sentences(line.named, "", s.say_note, g.title, h, s, cut=_named_one_by_one)
            parts += [_AnswerBreak([named], 0), title_again(), named]
    return parts


class _AnswerBreak(CondPageBreak):
    """Before one answer of a situation: a new page unless the whole answer fits below (its
    "say" line and its note), so that where a page break comes, it comes here, and
    `_ContinuedTitle` after it can say which situation the answer on the new page belongs to.

    The note is measured whole, not by its first two lines: a note is a few lines, often one
    sentence over several, and cut at a page's foot its second half began the next page under
    no title, mid-sentence: "libertad bajo palabra (parole) u otra supervisión después de
    salir. ..." below "... en libertad condicional (probation) por un delito grave, en" (the
    jury's note, client 330 of the seed-86 demo; S92-01)."""

    def __init__(self, answer: list, minimum: float):
        super().__init__(minimum)
        self.minimum = minimum
        self._answer = answer

    def need(self, width: float) -> float:
        """The room the answer takes below: what a heading above it keeps too (`_first_piece`)."""
        *whole, last = self._answer
        above = sum(p.getSpaceBefore() + p.wrap(width, _TALL)[1] + p.getSpaceAfter() for p in whole)
        last_height = last.least(width) if isinstance(last, _Sentences) else last.wrap(width, _TALL)[1]
        return max(self.minimum, above + last.getSpaceBefore() + last_height)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", 0):
            return 0, 0
        self.height = self.need(availWidth)
        return super().wrap(availWidth, availHeight)


class _ContinuedTitle(Flowable):
    """Nothing, unless it is the first thing on a page: then the situation's title, marked
    "(continued)", as a record card's is (hand-out check H20-15)."""

    def __init__(self, make):
        super().__init__()
        self._make = make
        self._title: Paragraph | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        frame = self._doctemplateAttr("frame")
        self._title = self._make() if frame is not None and getattr(frame, "_atTop", 0) else None
        if self._title is None:
            return availWidth, 0
        return availWidth, self._title.wrap(availWidth, availHeight)[1]

    def getSpaceAfter(self):  # noqa: N802 - ReportLab's name
        return self._title.getSpaceAfter() if self._title is not None else 0

    def draw(self):
        if self._title is not None:
            self._title.drawOn(self.canv, 0, 0)


# Where a sentence ends inside a situation's intro or an answer's note: after ".", "?" or "!" (and a
# closing quotation mark), before a capital.  Not after an abbreviation ("Lab. Code", "Prop. 47",
# "9 a. m.", "U.S."), which a capital may follow.
_SENTENCE_END = re.compile(r"(?<=[.?!])([»”\"]?) (?=[«“\"¿¡(]?[A-ZÁÉÍÓÚÑ])")
_ABBREVIATION = re.compile(r"(?:\b(?:Prop|Lab|Gov|Pen|Veh|Civ|Cal|App|Rptr|Supp|Code|No|St|Mr|Mrs|Ms|Dr|Sr|Sra|Jr|etc|Inc|Co|vs?)"
                           r"|\b[A-Za-z]|\.[A-Za-z])\.$")
# The fewest lines a situation's intro or note that breaks leaves on each side of the break.
_SENTENCE_LINES = 2


def _sentences(text: str) -> list[str]:
    """`text` cut after each sentence that ends outside a quotation."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start:m.start()]
        if _ABBREVIATION.search(head) or _quote_open_at([text[:m.end(1)]]) is not None:
            continue
        out.append(text[start:m.end(1)])
        start = m.end()
    return [*out, text[start:]]


def _named_one_by_one(text: str) -> list[str]:
    """A list of convictions cut after each one's "; " (`SayLine.named`)."""
    return re.split(r"(?<=;) ", text)


def _by_sentences(text: str, cite: str, style: ParagraphStyle, title: str, h: Handout, s: Styles,
                  lead: str = "", cut: Callable[[str], list[str]] = _sentences) -> Paragraph:
    """A situation's intro or an answer's note or line (after its label's markup, `lead`), which a
    page may break only between two sentences (or the pieces `cut` makes)."""
    paragraph = Para(lead + escape(text) + cite, style, _Sentences)
    first, *rest = [escape(sentence) for sentence in cut(text)]
    paragraph.sentences = [lead + first, *rest]
    paragraph.cite = cite
    paragraph.overleaf = lambda: Para(f"{escape(title)} {escape(h.labels['continued'])}", s.subheading)
    return paragraph


@cache
def _closed_up(style: ParagraphStyle) -> ParagraphStyle:
    """`style` with no space after: made once and kept, since `Para` knows a style by its id (a style
    made anew for each paragraph could take the id of one dropped, and its parsed words, font size and all)."""
    return ParagraphStyle(f"{style.name}-closed-up", parent=style, spaceAfter=0)


class _Sentences(_Paragraph):
    """A paragraph that a page breaks only where a sentence ends, the rest under the situation's title
    marked "(continued)" on the next page.

    A situation's intro and an answer's note went whole to the next page where they did not fit:
    cut anywhere, the second half of a sentence had begun a page under no title (S92-01, S92-03).
    Whole, they left the foot of the page empty: 884 pages of the 3,000 demo handouts (250 clients on
    each of seeds 94-96) a quarter empty or more, 207 a third, nearly all large print, most before
    "What you may say" and its situations (L97-03).  Broken between sentences, no sentence is cut and
    what goes on says what it is about."""

    sentences: list[str] = []
    cite = ""
    overleaf: Callable[[], Paragraph] | None = None

    def _piece(self, count: int, width: float) -> tuple[Paragraph, float]:
        """The paragraph of the first `count` sentences, and its height at `width`."""
        text = " ".join(self.sentences[:count]) + (self.cite if count == len(self.sentences) else "")
        piece = Para(text, _closed_up(self.style))
        return piece, piece.wrap(width, _TALL)[1]

    def _pieces(self, width: float):
        """(count, piece, height) for each break between sentences that leaves at least
        `_SENTENCE_LINES` lines on each side, first to last."""
        total = self.wrap(width, _TALL)[1]
        leading = self.style.leading
        for count in range(1, len(self.sentences)):
            piece, height = self._piece(count, width)
            if height >= _SENTENCE_LINES * leading - 1e-6 and total - height >= _SENTENCE_LINES * leading - 1e-6:
                yield count, piece, height

    def least(self, width: float) -> float:
        """The least height of it that must go on a page: its first piece, or all of it."""
        for _count, _piece, height in self._pieces(width):
            return height
        return self.wrap(width, _TALL)[1]

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        if self.overleaf is None or len(self.sentences) < 2:
            return super().split(availWidth, availHeight)
        best = None
        for count, piece, height in self._pieces(availWidth):
            if height > availHeight + 1e-6:
                break
            best = count, piece
        if best is None:
            frame = self._doctemplateAttr("frame")
            if frame is not None and getattr(frame, "_atTop", 0):
                return super().split(availWidth, availHeight)  # taller than a page: as any paragraph
            return []
        count, piece = best
        rest = Para(" ".join(self.sentences[count:]) + self.cite, self.style)
        return [piece, _Overleaf(self.overleaf), rest]


class _Overleaf(_ContinuedTitle):
    """The situation's title, "(continued)", at the top of the next page: where a paragraph broke
    between sentences, the rest goes on there, under it, never on below the break."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        frame = self._doctemplateAttr("frame")
        if frame is not None and not getattr(frame, "_atTop", 0):
            return availWidth, availHeight + 1  # too tall for what is left: the frame moves it on
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return []


# The checklist's cell padding, left and right, in points.
CELL_PAD_LEFT, CELL_PAD_RIGHT = 3, 4
# The "What to do" column keeps at least this much; in large print a long date may wrap
# rather than squeeze the tasks to a few words a line.
MIN_TASK_WIDTH = 3.0 * inch
# "Who does it" is a short name, in the small type: never wider than this, in either size
# (in large print it wraps instead, so that the tasks keep the room).
MAX_WHO_WIDTH = 1.35 * inch


def _column_width(texts: list[str], style: ParagraphStyle, header: str, s: Styles, h: Handout,
                  most: float = float("inf")) -> float:
    """The width that holds the longest of `texts` in `style` on one line, or `most` if that
    is less, and always the column's bold header (in the small type) on one line."""
    pad = CELL_PAD_LEFT + CELL_PAD_RIGHT + 1  # a point spare: ReportLab wraps at the edge
    widest = max((stringWidth(text, style.fontName, style.fontSize) for text in texts), default=0)
    return max(min(widest + pad, most), stringWidth(header, face_name(h.font, "bold"), s.small.fontSize) + pad)


# A name's phrases end at its colon or semicolon ("Nobody: / nothing to do", "You come back; /
# the clinic files").  A phrase of this many words or fewer is read as one thing ("nada que
# hacer", "A clinic lawyer"), as a short citation is (S37-07): the column widens past
# MAX_WHO_WIDTH to hold it whole where the tasks and dates keep their room.  In large print
# "Nadie: nada / que hacer" had cut one, the column 8 points too narrow for "nada que hacer".
_SHORT_PHRASE = 3


def _phrases(text: str) -> list[list[str]]:
    phrases: list[list[str]] = [[]]
    for word in text.split():
        phrases[-1].append(word)
        if word.endswith((":", ";")):
            phrases.append([])
    return [words for words in phrases if words]


def _short_phrase_width(texts: list[str], style: ParagraphStyle) -> float:
    """The column width that holds each short phrase of `texts` on one line."""
    pad = CELL_PAD_LEFT + CELL_PAD_RIGHT + 1  # as in _column_width
    return max((stringWidth(" ".join(words), style.fontName, style.fontSize) + pad
                for text in texts for words in _phrases(text) if len(words) <= _SHORT_PHRASE), default=0)


def _even_lines(words: list[str], wide: Callable[[list[str]], float], room: float) -> list[list[str]] | None:
    """`words` on the fewest lines `room` holds, cut where the lines come out most even; None
    if a word alone is wider than `room`."""
    if max(wide([word]) for word in words) > room:
        return None
    for count in range(1, len(words) + 1):
        best: tuple[float, list[list[str]]] | None = None
        for cuts in _cut_points(len(words), count):
            lines = [words[a:b] for a, b in zip((0, *cuts), (*cuts, len(words)))]
            widest = max(wide(line) for line in lines)
            if widest <= room and (best is None or widest < best[0]):
                best = (widest, lines)
        if best is not None:
            return best[1]
    return None


def _cut_points(n: int, count: int):
    """Every way to cut `n` words into `count` lines: the indexes the lines after the first start at."""
    return combinations(range(1, n), count - 1)


def _who(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """Who does a step, in a column `width` wide.  A name too long for one line breaks after
    its colon or semicolon ("Nadie: / nada que hacer", "Usted vuelve; / la clínica presenta
    los papeles"), and a phrase too long for one line where its lines come out most even: "Un
    abogado / de la clínica", where filling the first line had left "clínica" alone under a
    line that ended on "de la" (S37-02).  A word wider than the column wraps as before."""
    room = width - CELL_PAD_LEFT - CELL_PAD_RIGHT - 1  # the point spare of _column_width

    def wide(words: list[str]) -> float:
        return stringWidth(" ".join(words), style.fontName, style.fontSize)

    if len(text.split()) < 2 or wide(text.split()) <= room:
        return _p(text, style)
    lines: list[list[str]] = []
    last: list[str] = []  # the words of the phrase before, to go back to
    for phrase in _phrases(text):
        broken = _even_lines(phrase, wide, room)
        if broken is not None and lines and len(broken[0]) == 1 and len(broken[0][0]) <= 3:
            # An article the next word cannot share a line with ("el" over "Departamento", in
            # large print) stays after the colon instead of alone on a line.
            lines = lines[:-len(_even_lines(last, wide, room) or [])]
            phrase = last + phrase
            broken = _even_lines(phrase, wide, room)
        if broken is None:
            return _p(text, style)
        lines += broken
        last = phrase
    return Para("<br/>".join(escape(" ".join(line)) for line in lines), style)


def _checklist(tasks: list[Task], h: Handout, s: Styles, width: float) -> Table:
    labels = h.labels
    box_w = 0.35 * inch * s.scale
    # Each column as wide as its words need, the tasks the rest: at a fixed 1.55 in most
    # dates wrapped ("December 11, / 2028"), and in large print the tasks had ~2.7 in and
    # ran four or five lines a row (finding H21-19).
    who_w = _column_width([t.who for t in tasks], s.small, labels["who"], s, h, most=MAX_WHO_WIDTH)
    due_whole = _column_width([t.due_text for t in tasks], s.body, labels["due"], s, h)
    if any(task.due_text for task in tasks) and due_whole > width - box_w - who_w - MIN_TASK_WIDTH:
        return _checklist_by_when_and_who(tasks, h, s, width, box_w, due_whole)
    due_w = due_whole
    # Wider for a short phrase ("nada que hacer" in large print), out of the tasks' spare room
    # only: the dates keep theirs, and the tasks their 3 inches.
    who_w = max(who_w, min(_short_phrase_width([t.who for t in tasks], s.small),
                           width - box_w - due_w - MIN_TASK_WIDTH))
    head = [Para("", s.small), Para(f"<b>{escape(labels['task'])}</b>", s.small),
            Para(f"<b>{escape(labels['due'])}</b>", s.small),
            Para(f"<b>{escape(labels['who'])}</b>", s.small)]
    rows = [head]
    for task in tasks:
        text = _task_cell(task, h, s)
        rows.append([
            _p(CHECKED if task.done else CHECKBOX, s.body),
            text,
            _p(task.due_text, s.body),
            _who(task.who, s.small, who_w),
        ])
    if any(task.due_text for task in tasks):
        table = _TallRows(rows, colWidths=[box_w, width - box_w - due_w - who_w, due_w, who_w], repeatRows=1)
    else:
        # No step has a date: a "By when" over empty cells told the client nothing and took an
        # inch from the steps, a line more a row (the no-case page's one step, in large print,
        # went to a second page with the contact block, A65-02).
        rows = [[box, text, who] for box, text, _, who in rows]
        table = _TallRows(rows, colWidths=[box_w, width - box_w - who_w, who_w], repeatRows=1)
    return _styled_checklist(table, s)


def _checklist_by_when_and_who(tasks: list[Task], h: Handout, s: Styles, width: float, box_w: float,
                               due_w: float) -> Table:
    """The checklist whose longest date needs more room than its own column can have beside
    "Who does it" and the tasks' 3 inches: who does a step goes under its date, in one column
    as wide as that date.  In large print Spanish "6 de septiembre de 2027" needs 2.8 inches
    and had 2.2: it wrapped, its year alone on the next line ("6 de septiembre de" / "2027";
    253 dates in 159 of 750 handouts, 250 demo clients on each of three seeds, L94-01); narrowing the
    tasks instead would have left them 2.3 inches.  Under the date, the tasks keep 3.75."""
    labels = h.labels
    side_w = max(due_w, _column_width([], s.small, labels["who"], s, h))
    head = [Para("", s.small), Para(f"<b>{escape(labels['task'])}</b>", s.small),
            [Para(f"<b>{escape(labels['due'])}</b>", s.small), Para(f"<b>{escape(labels['who'])}</b>", s.small)]]
    rows = [head]
    for task in tasks:
        text = _task_cell(task, h, s)
        rows.append([_p(CHECKED if task.done else CHECKBOX, s.body), text,
                     [*([_p(task.due_text, s.body)] if task.due_text else []), _who(task.who, s.small, side_w)]])
    return _styled_checklist(_TallRows(rows, colWidths=[box_w, width - box_w - side_w, side_w], repeatRows=1), s)


def _task_cell(task: Task, h: Handout, s: Styles) -> Paragraph:
    """A step's words: a step that names many convictions gives one a line (compose's LISTED_FROM)."""
    lines = task.text.split("\n")
    text = Para("<br/>".join(escape(line) for line in lines), s.body, kind=_Listed if len(lines) > 1 else None)
    if len(lines) > 1:  # what the rest of the list goes on under, on the next page (G58-08)
        # The list right under it: the body's style closed up, the one kept (`Para` knows a style
        # by its id: one made anew for each step could take the id of one dropped, parsed words and all).
        text.continued = Para(f"{escape(lines[0].rstrip(':'))} {escape(h.labels['continued'])}:", _closed_up(s.body))
    return text


def _styled_checklist(table: "_TallRows", s: Styles) -> "_TallRows":
    """The checklist's table as every checklist is drawn, broken as every one breaks."""
    table.line = s.body.leading
    table.listed_column = 1
    table.at_least = 2
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.body.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_RIGHT),
    ]))
    return table


# An hour of the clinic's hours, as typed: a large-print Spanish page printed «Horario: mar. y jue.,
# de 9 a.» / «m. a 4 p. m.» (every one of the 750 large-print Spanish demo handouts, L94-04), "a."
# read as a word of its own.  The hour and its "a. m." / "pm" are held together, as the phone is.
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)? ?(?:[ap]\. ?m\.|[ap]\.?m\.?(?!\w))", re.IGNORECASE)


def _contact_line(line: str, style: ParagraphStyle, width: float) -> str:
    """A line of the clinic's details ("Dirección: ... · Teléfono: (213) 555-0142"), held where a
    break would part what belongs together: a phone number split over two lines ("(213)" /
    "555-0142") is easy to misdial, so its area code is held to the number; an hour to its "a. m."
    (L94-04); and each detail's label to the first word of its value: a large-print Spanish page
    ended a line on «· Teléfono:» with «(213) 555-0142» under it, the number under no label
    (L94-05), as "Sitio web:" and "Horario:" could.  A label of two words or more is held whole:
    held by its last word alone, «Correo» ended a line with «electrónico: intake@...» under it (R95-01).
    What is held must fit in a line (`width`): longer, ReportLab cuts it inside a word (R95-02)."""
    line = re.sub(r"(\(\d{3}\)) (?=\d)", "\\1\u00a0", line)
    line = _CLOCK_TIME.sub(lambda m: m.group(0).replace(" ", "\u00a0"), line)
    return " · ".join(_label_held(detail, style, width, first=n == 0) for n, detail in enumerate(line.split(" · ")))


def _label_held(detail: str, style: ParagraphStyle, width: float, first: bool = True) -> str:
    """«Correo electrónico: intake@...» with its label's words and the value's first one held together.
    Where that is wider than a line, as a long email or website is with its label in large print, the
    value is left to a line of its own, whole: held, «... · Correo electrónico: volunte» / «ers@...»
    (and the label cut to its first letter when a line began with it) was copied wrong (R95-02)."""
    label, colon, value = detail.partition(": ")
    if not colon:
        return detail
    label = label.replace(" ", "\u00a0")
    # After the first detail the separator's dot is held to the label too (_PARTS_APART).
    held = f"{'' if first else _PARTS_APART.lstrip()}{label}:\u00a0{value.split(' ', 1)[0]}"
    fits = stringWidth(held, style.fontName, style.fontSize) <= width - style.leftIndent - style.rightIndent
    return label + (":\u00a0" if fits else ": ") + value


def build_story(h: Handout, s: Styles, width: float, contents: str = "") -> list:
    """The flowables of the whole handout, top to bottom; `contents`, where a long handout has
    it, says on page 1 on which page each later section begins (`_contents_said`)."""
    story: list = [
        _p(h.author, s.small),
        _p(h.title, s.title),
        Para(f"<b>{escape(h.prepared_for)}</b>", s.body),
        _p(h.date_line, s.body),
        Spacer(1, 4 * s.scale),
    ]
    story += [_p(text, s.body) for text in h.intro]
    if h.first_step:
        # In bold, as the effects page says the same words: plain among the intro's lines it
        # read as one more line about the page, above cards reading "The clinic can file" (R131-02).
        story.append(Para(f"<b>{escape(h.first_step)}</b>", s.body))
    if contents:
        line = Para(escape(contents), s.body, kind=_ContentsLine)
        line.said, line.handout = contents, h  # the words drawn, once built (`_ContentsLine.drawn`)
        story.append(line)
    for section in h.sections:
        heading = Para(escape(section.heading), s.heading, kind=_Heading)
        body: list = []
        checklist = section.key == "checklist"
        if checklist:
            body.append(_checklist([b for b in section.blocks if isinstance(b, Task)], h, s, width))
        if section.lead is not None:
            body.append(Para(f"• {escape(section.lead.text)}{_cite(section.lead.cite, s)}", s.body, kind=_Lead))
        for block in () if checklist else section.blocks:
            if isinstance(block, RecordEntry):
                body += [_record_card(block, h, s, width), Spacer(1, 6 * s.scale)]
            elif isinstance(block, Guidance):
                body += _guidance(block, h, s)
            elif isinstance(block, Note):
                text = f"<b>{escape(block.text)}</b>" if block.strong else escape(block.text)
                note = Para(f"• {text}{_cite(block.cite, s)}", s.body)
                # A note goes whole to the next page when it does not fit: cut, its tail began a
                # page mid-sentence, "governor of the state that convicted you. A Prop 47 change
                # ..." (client 255 of the seed-86 demo; S92-03).  The first is kept with the
                # heading by the heading's own break.
                if body:
                    body.append(_AnswerBreak([note], 0))
                body.append(note)
        story += [HeadingBreak(heading, body, 1.6 * inch * s.scale), heading, *body]
    heading = Para(escape(h.contact_heading), s.heading, kind=_Heading)
    body = [Para(f"<b>{escape(h.contact_lines[0])}</b>", s.contact)]
    # A line of text has the frame's padding less than `width` (the margins').
    body += [_p(_contact_line(line, s.contact, width - 2 * FRAME_PADDING), s.contact) for line in h.contact_lines[1:]]
    # The contact block is a few short lines: kept whole, so a page never holds only its
    # last line (seen: a sixth page with the clinic's hours alone on it), and kept with the
    # last row or lines of what comes before it, so no page holds the contact block alone
    # either (finding H23-08: a page of paper for five lines of contact looked broken).
    last = max(i for i, f in enumerate(story) if not isinstance(f, (Spacer, CondPageBreak)))
    tail = _WithContact(story[last], [*story[last + 1:], heading, *body])
    for f in story:  # the last section's heading measures what follows it: now the pair
        if isinstance(f, HeadingBreak):
            f._following = [tail if g is story[last] else g for g in f._following]  # noqa: SLF001 - its own class
    story[last:] = [tail]
    return story


class _ContentsLine(_Paragraph):
    """Page 1's line saying where each of CONTENTS_SECTIONS begins, its words drawn last.

    It takes the room its text laid out for, and is drawn once every page is laid out, at its
    place in page 1's drawing (`FooterCanvas.draw_late`): with the pages found then, where that
    line has as many lines as this one (its numbers changed, its room not), for a layout with it
    would be this one.  A line that changed its height, or was cut, is drawn as laid out, and
    `render_pdf` lays the handout out again for the line its pages call for.
    """

    said = ""
    handout: Handout

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        # Cut across a page, it is plain lines drawn now (never on page 1, so far).
        return _p(self.said, self.style).split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 N803 - ReportLab's names
        # Its letters take their codes in the font now, as drawn here they would: the same PDF.
        getFont(self.style.fontName).splitString(self.said, canvas._doc)  # noqa: SLF001 - ReportLab's
        canvas.draw_late(self, x, y, _sW)

    def drawn(self, sections_begin: list[tuple[str, int]]) -> Paragraph:
        """The line to draw in this one's room, with the pages of `sections_begin`."""
        said = _contents_said(self.handout, sections_begin)
        line = _p(said, self.style)
        if said and line.wrap(self.width, self.height)[1] == self.height:
            self.said = said
            return line
        line = _p(self.said, self.style)  # the line moves what follows it: laid out again
        line.wrap(self.width, self.height)
        return line


class _WithContact(Flowable):
    """The handout's last table or paragraph with the contact block after it: the block goes
    on the same page as the end of that table or paragraph, never on a page by itself.

    Where the block does not fit below the end, the last row (of a checklist or card) or the
    last lines (of a paragraph) go to the next page with it; what cannot split goes whole.
    Like ReportLab's KeepTogether it never draws itself: its height is "too tall", so that
    the frame always asks it to split into the flowables to place.
    """

    def __init__(self, last: Flowable, contact: list):
        super().__init__()
        self.last = last
        self.contact = contact

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return availWidth, 0xFFFFFF  # always split (as KeepTogether does)

    def _height(self, flowable: Flowable, width: float) -> float:
        return flowable.getSpaceBefore() + flowable.wrap(width, _TALL)[1] + flowable.getSpaceAfter()

    @staticmethod
    def _stacked(flowables: list, width: float, above: float) -> float:
        """The height `flowables` take on a page one below the other, as the frame places
        them: a flowable's space before is only what the space after of the one above (or
        `above`, before the first) leaves of it, since ReportLab lets the two overlap
        (rl_config.overlapAttachedSpace), and the last one's space after need not fit on the
        page.  Each was counted whole: the block was measured 6.6 points taller (large print;
        5 in regular) than it is, and a checklist and block that fit a page with those points
        to spare were parted, the last row moved to the next page with the block and the foot
        of this one left empty, a third of the page (G64-03)."""
        height = after = 0.0
        for f in flowables:
            height += max(f.getSpaceBefore() - above, 0) + f.wrap(width, _TALL)[1]
            above = after = f.getSpaceAfter()
            height += after
        return height - after

    def contact_height(self, width: float) -> float:
        return self._stacked(self.contact, width, self.last.getSpaceAfter())

    def least(self, width: float) -> float:
        """The least height that must go on a page with the heading above (see HeadingBreak)."""
        first = _first_piece([self.last], width)
        whole = self.last.getSpaceBefore() + self.last.wrap(width, _TALL)[1]
        return whole + self.contact_height(width) if first >= whole else first

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        last_height = self._height(self.last, availWidth)
        frame = self._doctemplateAttr("frame")
        # At a page's top the frame gives the first flowable no space before; below another,
        # what that one's space after leaves of it.
        above = _TALL if frame is None or getattr(frame, "_atTop", 0) else getattr(frame, "_prevASpace", 0)
        if self._stacked([self.last, *self.contact], availWidth, above) <= availHeight:
            return [self.last, *self.contact]
        # Split the last flowable where the page ends, or, if it ends on this page, just
        # short of its end, so that at least its last row or line goes on with the block.
        parts = self.last.splitOn(self.canv, availWidth, min(availHeight, last_height - 1))
        if len(parts) != 2:
            frame = self._doctemplateAttr("frame")
            if frame is not None and getattr(frame, "_atTop", 0):
                return [self.last, *self.contact]  # a whole page is no better: let it flow
            return []  # nothing of it can stay here: all of it goes to the next page
        return [parts[0], _WithContact(parts[1], self.contact)]


def footer_canvas(draw_footer: Callable[[rl_canvas.Canvas, int, int], None],
                  sections_begin: list[tuple[str, int]] | None = None) -> type[rl_canvas.Canvas]:
    """A canvas class that holds every page back until the document ends, then draws each
    page's footer (`draw_footer(canvas, number, total)`), so that it can say "Page N of M"
    (the handout's and the filing worksheet's).  `sections_begin`, where given, is filled with
    each section heading's (title, page), in order."""

    class FooterCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._headings: list[tuple[str, int, float, float]] = []  # this page's (_Heading)
            self._late: list[tuple[int, int, dict, Flowable, tuple]] = []
            self._settled: list | None = None

        def draw_late(self, flowable: Flowable, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
            """Draw `flowable.drawn(sections_begin)` at (x, y) here once every page is laid out,
            at this place in this page's drawing and in the canvas's state now."""
            self._late.append((len(self._pages), len(self._code), dict(self.__dict__), flowable, (x, y, _sW)))

        def mark_heading(self, title: str, level: int, x: float, y: float) -> None:
            """An outline entry `title` that opens this page at (x, y) of what is drawn now."""
            self._headings.append((title, level, *self.absolutePosition(x, y)))

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._headings = []
            self._startPage()

        def settle(self) -> list:
            """Once every page is laid out: `sections_begin` filled, and what `draw_late` holds
            back settled by it, (page, place in its drawing, state, flowable, (x, y, _sW)) each.
            Called by `save`, or before it where the document is built without saving."""
            if self._settled is None:
                begins = [(title, number) for number, state in enumerate(self._pages, start=1)
                          for title, level, *_ in state["_headings"] if level == 0]
                if sections_begin is not None:
                    sections_begin.extend(begins)
                self._settled = [(page, at, held, flowable.drawn(begins), place)
                                 for page, at, held, flowable, place in self._late]
            return self._settled

        def save(self):
            total = len(self._pages)
            late = self.settle()
            outlined = 0
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for page, at, held, flowable, place in late:
                    if page == number - 1:
                        self._draw_at(at, held, flowable, place)
                draw_footer(self, number, total)
                # Bound here, not as the heading was drawn: ReportLab names a bookmark's page by
                # the pages shown so far, and these were held back, so every one was page 1.
                for title, level, left, top in self._headings:
                    outlined += 1
                    key = f"heading{outlined}"
                    self.bookmarkPage(key, fit="XYZ", left=left, top=top)  # the reader's zoom kept
                    self.addOutlineEntry(title, key, level)
                super().showPage()
            if outlined:
                self.showOutline()  # the viewer opens with the bookmarks beside the page
            super().save()

        def _draw_at(self, at: int, held: dict, flowable: Flowable, place: tuple) -> None:
            """Draw `flowable` into this page's drawing where it stood at `at`, in the canvas state
            `held` then: the page the same as had it been drawn there."""
            now, code = dict(self.__dict__), self._code
            after = code[at:]
            del code[at:]
            self.__dict__.update(held)
            flowable.drawOn(self, *place)
            self.__dict__.update(now)
            code += after

    return FooterCanvas


# The least room under the footer's last line, in points: the regular handout's, 0.35 in.
FOOTER_FOOT = 25


def _canvas_class(h: Handout, s: Styles, margin: float,
                  sections_begin: list[tuple[str, int]] | None = None) -> type[rl_canvas.Canvas]:
    """The handout's canvas: "Page N of M" and the notice at each page's foot."""
    notice = Paragraph(f"<b>{escape(h.notice)}</b>", s.footer)
    page_style = ParagraphStyle("page", parent=s.footer, alignment=2)

    def footer(canvas: rl_canvas.Canvas, number: int, total: int) -> None:
        width = LETTER[0] - 2 * margin
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        _, nh = notice.wrapOn(canvas, width * 0.72, margin)
        # Raised where its lines need it, as large print's do (L119-01), so that the lowest
        # ends a third of an inch above the paper's edge, where the regular footer's does.
        top = max(margin * 0.95, FOOTER_FOOT + 4 + max(nh, 2 * page_style.leading))
        canvas.line(margin, top, LETTER[0] - margin, top)
        notice.drawOn(canvas, margin, top - 4 - nh)
        page = Paragraph(escape(h.page_template.format(page=number, pages=total)), page_style)
        page.wrapOn(canvas, width * 0.26, margin)
        page.drawOn(canvas, LETTER[0] - margin - width * 0.26, top - 4 - page_style.leading)
        name = Paragraph(escape(fit_line(h.client_name, page_style, width * 0.26)), page_style)
        name.wrapOn(canvas, width * 0.26, margin)
        name.drawOn(canvas, LETTER[0] - margin - width * 0.26, top - 4 - 2 * page_style.leading)

    return footer_canvas(footer, sections_begin)


def fit_line(text: str, style: ParagraphStyle, width: float) -> str:
    """The text on one line of `width`, cut with "…" if need be: a long name wrapped upward
    over "Page N of M" in the footer (hand-out check H19-14). Page 1 prints it in full."""
    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return text
    while text and stringWidth(text + "…", style.fontName, style.fontSize) > width:
        text = text[:-1]
    return text.rstrip(" -,") + "…"


def render_pdf(handout: Handout, out: Path | str | BinaryIO) -> int:
    """Write the handout as a PDF to a path or a binary file; return the page count.

    A file named by its path is readable by this user only (clinic_app.private_files), and
    is written only once the whole PDF is laid out: a handout that failed had left an empty
    file, in place of the handout saved there before (finding H23-04).
    """
    if isinstance(out, (str, Path)):
        buffer = io.BytesIO()
        pages = render_pdf(handout, buffer)
        write_private(out, buffer.getvalue())
        return pages
    # Letters the font cannot draw print as a blank line to write on, not as empty boxes;
    # the PDF's title and author keep them (a viewer shows them in its own fonts).
    printed = printable_handout(handout)
    s = make_styles(handout.font, handout.large_print)
    sections_begin: list[tuple[str, int]] = []
    # A handout sure to be long is laid out again with its page-1 line: its first layout, to
    # learn its pages, places everything and draws nothing (P325-03).
    sure_long = bool(printed.contents_template) and _words_in(printed.sections) >= LONG_FROM_WORDS[printed.large_print]
    pdf, pages, _said = _laid_out(printed, s, "", sections_begin, drawn=not sure_long)
    said = _contents_said(printed, sections_begin) if pages >= CONTENTS_FROM_PAGES and printed.contents_template else ""
    if sure_long and not said:  # words that fill fewer pages than most
        pdf, pages, _said = _laid_out(printed, s, "", [])
    if said:
        # The line on page 1 moves what follows it: laid out again until the line it says is
        # the line its pages call for.  Its words are drawn last, with the pages found then
        # (_ContentsLine), so a line whose numbers changed but not its room settles in that
        # layout: once, as a rule, where the numbers it first said had cost a third (P325-01).
        # The line is compared, not every section's page (R313-02).
        unsaid = pdf, pages
        for _ in range(3):
            sections_begin = []
            pdf, pages, drawn = _laid_out(printed, s, said, sections_begin)
            again = _contents_said(printed, sections_begin)
            if again == drawn:
                break
            said = again
        else:
            # Never settled: no line rather than one naming a wrong page.
            pdf, pages = unsaid if not sure_long else _laid_out(printed, s, "", [])[:2]
    out.write(pdf())
    return pages


# From this many pages a handout says on its first where each later section begins: a client
# with 40 counts found "What you may say" on page 16 of 25, and her to-do list on page 23,
# by turning every page (H308-01).  Shorter ones, most of a caseload's, stay as they were.
CONTENTS_FROM_PAGES = 10


# A handout with this many characters of words or more in its sections (regular print, large
# print) is CONTENTS_FROM_PAGES long or more: the most a page held in 600 demo handouts (seeds
# 80 and 97) was 2,171 characters (regular) and 1,194 (large print).  Sure of it, its first
# layout is made only to count its pages.  Below, it is laid out as a short one is, and laid
# out again if it is long after all (most handouts of 10 to 12 pages): slower, never different.
LONG_FROM_WORDS = {False: CONTENTS_FROM_PAGES * 2_200, True: CONTENTS_FROM_PAGES * 1_200}


def _words_in(value) -> int:
    """How many characters the strings of `value` (a handout's part, and its parts) hold."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (list, tuple)):
        return sum(map(_words_in, value))
    if is_dataclass(value):
        return sum(_words_in(getattr(value, field.name)) for field in fields(value))
    return 0


# The parts a client turns pages for: what to answer when asked, and what is still his to do.
# Naming every part took a third line, and a 20-page handout's last lines a 21st page.
CONTENTS_SECTIONS = ("say", "checklist")


def _contents_said(h: Handout, sections_begin: list[tuple[str, int]]) -> str:
    """Page 1's line naming where each of CONTENTS_SECTIONS begins, where that is after page 1."""
    headings = {section.heading for section in h.sections if section.key in CONTENTS_SECTIONS}
    items = [h.contents_item.format(title=title, page=page) for title, page in sections_begin
             if page > 1 and title in headings]
    return h.contents_template.format(sections="; ".join(items)) if items else ""


def _nothing(*_args, **_kwargs) -> None:
    """Draws nothing (_PlacingFrame)."""


class _PlacingFrame(Frame):
    """A frame that places what it is given and draws nothing but the headings: a layout made to
    learn its pages, never written.  Drawing changes no flowable's place."""

    def add(self, flowable, canv, trySplit=0):  # noqa: N803 - ReportLab's names
        if isinstance(flowable, Outlined):  # marks the page its section begins on
            return super().add(flowable, canv, trySplit)
        flowable.drawOn = _nothing
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn


def _laid_out(printed: Handout, s: Styles, contents: str, sections_begin: list[tuple[str, int]],
              drawn: bool = True) -> tuple[Callable[[], bytes] | None, int, str]:
    """The handout laid out once: what writes its PDF, its page count and the page-1 line it
    drew (where `contents` asks for one: _ContentsLine); `sections_begin` filled.

    The PDF is written (its footers drawn, its pages compressed) only when asked for: a long
    handout's first layout, laid out again with its page-1 line, is never written (P325-02).
    Not `drawn`, its pages are placed and nothing drawn but its headings: no PDF (P325-03)."""
    margin = 0.75 * inch
    bottom = margin + (0.55 if printed.large_print else 0.45) * inch
    width = LETTER[0] - 2 * margin
    frame = (Frame if drawn else _PlacingFrame)(margin, bottom, width, LETTER[1] - margin * 0.8 - bottom, id="normal",
                  leftPadding=FRAME_PADDING, rightPadding=FRAME_PADDING,
                  topPadding=FRAME_PADDING, bottomPadding=FRAME_PADDING)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=LETTER,
        pageTemplates=[PageTemplate(id="page", frames=[frame], pagesize=LETTER)],
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin * 0.8,
        bottomMargin=bottom,
        title=printed.title,
        author=printed.author,
        subject=printed.subject,
        creator="Clinic Desk",
        lang=printed.lang_tag,
        displayDocTitle=True,
        invariant=1,
        # Otherwise the canvas starts in Helvetica, a non-embedded font, on every page.
        initialFontName=printed.font,
        initialFontSize=10,
    )
    story = build_story(printed, s, width, contents)
    line = next((f for f in story if isinstance(f, _ContentsLine)), None)
    doc._doSave = 0  # noqa: SLF001 - ReportLab's own switch (its multiBuild's passes save nothing)
    doc.build(story, canvasmaker=_canvas_class(printed, s, margin, sections_begin))
    canvas = doc.canv
    canvas.settle()

    def pdf() -> bytes:
        canvas.save()
        return buffer.getvalue()

    return pdf if drawn else None, doc.page, line.said if line else ""


def render_bytes(handout: Handout) -> bytes:
    """The PDF as bytes (for previews and tests)."""
    buf = io.BytesIO()
    render_pdf(handout, buf)
    return buf.getvalue()
