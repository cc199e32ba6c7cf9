"""Rendered scenario handouts, shared by the handout tests (a plain module, not a conftest,
so that importing it never picks up another folder's conftest).

Rendering is the slow part, so each (scenario, language, print size) is rendered once per
session and shared; every test still opens the real PDF bytes with pypdf.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date

from handout_clients import AS_OF, CLINIC, SCENARIOS, screened
from pypdf import PdfReader

from clinic_app.handouts import Handout, compose, render_bytes
from clinic_app.model import Client, Screening


@dataclass
class Rendered:
    client: Client
    screening: Screening
    handout: Handout
    pdf: bytes
    # The page texts read from `pdf`, and the bytes they were read from.
    _read: tuple[bytes, tuple[str, ...]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.pdf))

    def page_texts(self) -> list[str]:
        """Each page's text with runs of whitespace collapsed (lines wrap anywhere).

        Read from the PDF once: a scenario's handout is rendered once a session and read by many
        tests, and some read it in a loop (H23-05 twenty-two times); each read was pypdf's whole
        text extraction again.  Read again should `pdf` be other bytes."""
        if self._read is None or self._read[0] is not self.pdf:
            self._read = (self.pdf, tuple(squash(page.extract_text()) for page in self.reader.pages))
        return list(self._read[1])

    def text(self) -> str:
        return " ".join(self.page_texts())


def handout_for(client: Client, lang: str) -> Handout:
    """The client's handout in `lang`, screened by the real engine, for the tests' clinic."""
    return compose(client, screened(client), CLINIC, lang=lang)


def rendered_for(client: Client, lang: str) -> Rendered:
    """`handout_for`, rendered: the real PDF bytes with the words they came from."""
    h = handout_for(client, lang)
    return Rendered(client, screened(client), h, render_bytes(h))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def flowing_text(client: Client, lang: str, as_of: date = AS_OF) -> str:
    """The real PDF's text read on across its pages: each page's foot (the notice, "Page 5 of
    6", the name), the checklist's column heads it repeats at the next page's top, and the
    "Who does it" cells ("Usted"), read between a task's lines where it breaks, left out.  A
    checklist line may break over a page, two lines or more a side (H24-02): F149-02's line
    under "What relief does" put R55-05's break after "traiga sus recibos a la", D154-01's
    driving-record question C149-03's after "en el tribunal del condado de ese" (R155-04)."""
    from clinic_app.handouts.texts import load_texts

    t = load_texts(lang)
    pdf = render_bytes(compose(client, screened(client, as_of), CLINIC, lang=lang, as_of=as_of))
    foot = re.escape(squash(t["doc"]["notice"])) + " " + re.escape(t["doc"]["page"]).replace(r"\{page\}", r"\d+").replace(
        r"\{pages\}", r"\d+") + " " + re.escape(client.name)
    heads = " ".join(t["labels"][key] for key in ("task", "due", "who"))
    whos = sorted(t["who"].values(), key=len, reverse=True)

    def read_on(page: str) -> str:
        page = re.sub(foot, "", squash(page)).strip().removeprefix(heads).strip()
        # A row's "Who does it" cell is read after the part of its task the page holds: where
        # the task goes on, last on the page.  Only there: "La clínica" also begins sentences.
        return next((page.removesuffix(f" {who}") for who in whos if page.endswith(f" {who}")), page)

    return f' {" ".join(read_on(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages)} '


def pdf_text(client: Client, lang: str, as_of: date = AS_OF) -> str:
    """The text of `client`'s real PDF in `lang`, screened and composed as of `as_of` (the
    tests' AS_OF), its whitespace squashed: what the review tests look for a line in."""
    pdf = render_bytes(compose(client, screened(client, as_of), CLINIC, lang=lang, as_of=as_of))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


_cache: dict[tuple, Rendered] = {}


def render_scenario(key: str, lang: str, large_print: bool = False, clinic=CLINIC) -> Rendered:
    cache_key = (key, lang, large_print, clinic)
    if cache_key not in _cache:
        client = SCENARIOS[key][0](lang)
        screening = screened(client)
        handout = compose(client, screening, clinic, lang=lang, large_print=large_print)
        _cache[cache_key] = Rendered(client, screening, handout, render_bytes(handout))
    return _cache[cache_key]

