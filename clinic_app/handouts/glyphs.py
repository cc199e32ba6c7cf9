"""Characters a handout cannot print, and the blank line printed in their place.

The handout font (DejaVu Sans, resources/fonts) has no Chinese, Japanese or Korean letters,
and ReportLab has no fallback font: a letter the font lacks is drawn as the font's empty
box (.notdef), silently, so a client got a page with boxes where their name was.  Hebrew
and Arabic letters are in the font, but ReportLab lays every line out left to right and
does not join letters: "דוד כהן" printed backwards.  Both count here as letters a handout
cannot print (whether to ship a CJK font is the owner's decision: its size).

What the page does instead: each stretch of such letters is printed as a blank line
("____________") to write on by hand, and the preview, the command line and the event's
batch say which field has them, so that staff can type it in Latin letters or write it in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics

from clinic_app.handouts.document import Handout, RecordEntry, Task
from clinic_app.handouts.fonts import FACES, face_name, register_family

# Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...): ReportLab
# would print them in reverse order and unjoined.
RIGHT_TO_LEFT = frozenset({"R", "AL"})
# Marks and invisible format characters that belong to the letter before them (Arabic
# vowel signs, a Persian zero-width non-joiner): part of the stretch the blank replaces.
ATTACHED = frozenset({"Mn", "Me", "Cf"})
BLANK = "_"


@cache
def _drawable(font: str) -> frozenset[int]:
    """The code points every face of `font` has a glyph for: a text may be set in any face
    (the name in bold, a citation in italics)."""
    register_family(font)
    maps = [set(pdfmetrics.getFont(face_name(font, face)).face.charToGlyph) for face in FACES]
    return frozenset(maps[0].intersection(*maps[1:]))


def cannot_print(ch: str, font: str) -> bool:
    """Whether the handout cannot print the character `ch` in `font` (see the module's doc).
    White space never counts: a paragraph turns any of it into a plain space."""
    if ch.isspace():
        return False
    return unicodedata.bidirectional(ch) in RIGHT_TO_LEFT or ord(ch) not in _drawable(font)


@lru_cache(maxsize=4096)  # most of a handout's texts are the same for every client
def _stretches(text: str, font: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, letters) of each stretch of `text` that cannot be printed: the letters,
    the spaces between them and the marks on them; `letters` counts the letters."""
    out: list[tuple[int, int, int]] = []
    start = end = letters = 0
    inside = False
    for i, ch in enumerate(text):
        if cannot_print(ch, font):
            if not inside:
                inside, start, letters = True, i, 0
            end, letters = i + 1, letters + 1
        elif inside and i == end and unicodedata.category(ch) in ATTACHED:
            end = i + 1
        elif inside and not ch.isspace():
            out.append((start, end, letters))
            inside = False
    if inside:
        out.append((start, end, letters))
    return tuple(out)


# Full-width Latin letters, digits and signs ("Ｗａｎｇ", "２１３"), which a Chinese or Japanese
# keyboard types in its full-width mode, and the ideographic space: the font has none of them,
# and each is the plain letter, digit or space it is drawn as (finding H25-06).
FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


def as_printed(text: str) -> str:
    """`text` as the handout sets it: each letter whole, full-width letters made plain.

    Letters typed as a letter and its accents ("e" + "̂" + "̃", as some Vietnamese keyboards
    and pasted text give them) are put together first: ReportLab set the accents one over
    the other, and "Nguyễn" read as "Nguyên" (finding H25-05).  The font has the whole letter."""
    return unicodedata.normalize("NFC", text).translate(FULL_WIDTH)


def missing_characters(text: str, font: str) -> str:
    """The characters of `text` that the handout cannot print in `font`, each once, in the
    order they first appear ("" when it can print all of them)."""
    return "".join(dict.fromkeys(ch for ch in as_printed(text) if cannot_print(ch, font)))


def unprintable_parts(text: str, font: str) -> list[str]:
    """The stretches of `text` that cannot be printed, as typed: "王小明 Wang" -> ["王小明"]."""
    text = as_printed(text)
    return [text[start:end] for start, end, _ in _stretches(text, font)]


def blank_for(letters: int) -> str:
    """A line to write the missing letters on: room for about four underscores a letter."""
    return BLANK * min(max(4 * letters, 10), 24)


def printable(text: str, font: str) -> str:
    """`as_printed(text)` with each stretch it cannot print replaced by a blank line to write on."""
    text = as_printed(text)
    stretches = _stretches(text, font)
    if not stretches:
        return text
    out, last = [], 0
    for start, end, letters in stretches:
        out += [text[last:start], blank_for(letters)]
        last = end
    out.append(text[last:])
    return "".join(out)


def printable_handout(handout: Handout) -> Handout:
    """The handout with every text made printable (the PDF's pages are laid out from it)."""
    return _each_text(handout, lambda text: printable(text, handout.font))


def _each_text(value, change):
    if isinstance(value, str):
        return change(value)
    if isinstance(value, tuple):
        return tuple(_each_text(v, change) for v in value)
    if isinstance(value, dict):
        return {k: _each_text(v, change) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: _each_text(getattr(value, f.name), change) for f in fields(value)}
        return replace(value, **changed)
    return value  # dates, numbers, booleans, None


# ---- what to tell staff -----------------------------------------------------------------

NAME_ADVICE = "Type the name in Latin letters in the record, or print and write it by hand."
CLINIC_ADVICE = "Type it in Latin letters in File > Clinic details, or print and write it by hand."
RECORD_ADVICE = "Type it in Latin letters in the record, or print and write it by hand."
TEXT_ADVICE = "Print and write it by hand, and tell whoever looks after Clinic Desk's handout texts."
CLINIC_FIELDS = (("name", "The clinic's name"), ("address", "The clinic's address"), ("phone", "The clinic's phone"),
                 ("website", "The clinic's website"), ("email", "The clinic's email"), ("hours", "The clinic's hours"))


@dataclass(frozen=True)
class Unprintable:
    """One field of the handout with characters it cannot print (printed as a blank line)."""

    field: str  # "The client's name", "The clinic's address", "A step of the checklist", ...
    parts: tuple[str, ...]  # the stretches that cannot be printed, as typed
    advice: str

    def __str__(self) -> str:
        return (f"{self.field} has characters the handout font cannot print: {', '.join(self.parts)}. "
                f"{self.advice}")


def unprintable_fields(handout: Handout) -> list[Unprintable]:
    """Every field of `handout` that has characters it cannot print, the client's name first.

    The name and the clinic's details are checked where they were typed; the cards and the
    checklist steps by what they print (a county, a case number, a condition's label the
    clinic typed); whatever else is left is the handout's own text (a translation's)."""
    font = handout.font
    found: dict[str, tuple[list[str], str]] = {}

    def check(field: str, advice: str, *texts: str) -> None:
        for text in texts:
            for part in unprintable_parts(text or "", font):
                parts = found.setdefault(field, ([], advice))[0]
                if part not in parts:
                    parts.append(part)

    check("The client's name", NAME_ADVICE, handout.client_name)
    for key, field in CLINIC_FIELDS:
        check(field, CLINIC_ADVICE, getattr(handout.clinic, key))
    own = [handout.title, handout.date_line, handout.notice, handout.page_template, handout.contact_heading,
           *handout.intro, handout.first_step, *handout.labels.values()]
    for section in handout.sections:
        own.append(section.heading)
        if section.lead is not None:
            own += _texts(section.lead)
        for block in section.blocks:
            texts = _texts(block)
            if isinstance(block, RecordEntry):
                check("A case in the record", RECORD_ADVICE, *texts)
            elif isinstance(block, Task):
                check("A step of the checklist", RECORD_ADVICE, *texts)
            else:
                own += texts
    check("The handout's own text", TEXT_ADVICE, *(t for t in own if isinstance(t, str)))
    return [Unprintable(field, tuple(parts), advice) for field, (parts, advice) in found.items()]


def _texts(block) -> list[str]:
    """Every string in a block, its options' and lines' included."""
    out: list[str] = []
    _each_text(block, lambda text: out.append(text) or text)
    return out
