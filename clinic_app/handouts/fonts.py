"""Register the shipped TrueType fonts with ReportLab, once per process.

Handouts embed their fonts (subset) so a printed page looks the same on any machine;
the standard PDF fonts would cover only Latin-1.  `resources/fonts/fonts.yaml` lists the
families; registering a family with `registerFontFamily` is what makes ``<b>`` and
``<i>`` inside a Paragraph pick the bold and italic files.
"""

from __future__ import annotations

import threading
from functools import cache

import yaml
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FACES = ("normal", "bold", "italic", "bold_italic")


class FontError(ValueError):
    """A font family is not listed, or a file of it is missing."""


@cache
def font_families() -> dict[str, dict]:
    """The families of resources/fonts/fonts.yaml."""
    with resources.path("fonts", "fonts.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def face_name(family: str, face: str) -> str:
    """The ReportLab name of one face: "DejaVuSans", "DejaVuSans-bold", ..."""
    return family if face == "normal" else f"{family}-{face}"


# One thread registers at a time: the window reads the fonts ahead on a worker (C63-01) while
# a handout may be made on another, and two first calls of a cached function both run it,
# the second replacing each face with a new TTFont under a PDF that had begun with the first.
_registering = threading.Lock()


def register_family(family: str) -> str:
    """Register every face of `family` (idempotent, once per process) and return the family name."""
    with _registering:
        return _register_family(family)


@cache
def _register_family(family: str) -> str:
    spec = font_families().get(family)
    if spec is None:
        raise FontError(f"Font family {family!r} is not listed in resources/fonts/fonts.yaml")
    for face in FACES:
        filename = spec.get(face) or spec["normal"]
        path = resources.path("fonts", filename)
        if not path.is_file():
            raise FontError(f"Font file missing for {family} {face}: {path}")
        index = int(spec.get("subfont_index", 0))
        pdfmetrics.registerFont(TTFont(face_name(family, face), str(path), subfontIndex=index))
    pdfmetrics.registerFontFamily(
        family,
        normal=face_name(family, "normal"),
        bold=face_name(family, "bold"),
        italic=face_name(family, "italic"),
        boldItalic=face_name(family, "bold_italic"),
    )
    return family
