"""Rendered scenario handouts, shared by the handout tests (a plain module, not a conftest,
so that importing it never picks up another folder's conftest).

Rendering is the slow part, so each (scenario, language, print size) is rendered once per
session and shared; every test still opens the real PDF bytes with pypdf.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
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

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.pdf))

    def page_texts(self) -> list[str]:
        """Each page's text with runs of whitespace collapsed (lines wrap anywhere)."""
        return [squash(page.extract_text()) for page in self.reader.pages]

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

