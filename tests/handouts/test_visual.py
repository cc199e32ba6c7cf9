"""Page images of a few handouts compared with committed reference PNGs (pdftoppm, 40 dpi).

A layout change shows up here as a failure naming the page.  After an intended change,
regenerate the references and look at them before committing:

    HANDOUT_REFERENCE_UPDATE=1 python -m pytest tests/handouts/test_visual.py

The engine's screening of each client is frozen next to the images
(`reference/<case>.screening.json`, written by the same update run), so the images follow
the layout, not the engine's latest rules; the other handout tests use the live engine.

Needs poppler's pdftoppm (Debian: poppler-utils; .ci/run installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import json

import pytest
from handout_clients import CLINIC, SCENARIOS, screened
from PIL import Image, ImageChops

from clinic_app.handouts import compose, render_bytes
from clinic_app.screening_format import screening_from_dict, screening_to_dict

pytestmark = pytest.mark.pdf

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("HANDOUT_REFERENCE_UPDATE") == "1"
CASES = [("eligible_now", "en", False), ("blocked", "es", False), ("arrest_only", "en", True),
         ("no_cases", "es", False)]
# Rasterisers differ slightly between poppler versions: allow a little antialiasing noise,
# never a moved line of text.
MEAN_TOLERANCE = 1.5  # average difference per pixel, 0-255 grey scale
CHANGED_PIXELS = 0.004  # share of pixels that may differ by more than a quarter of the scale


def frozen_pdf(key: str, lang: str, large: bool) -> bytes:
    """The handout rendered from the screening frozen with the reference images."""
    client = SCENARIOS[key][0](lang)
    path = REFERENCE / f"{key}.screening.json"
    if UPDATE:
        REFERENCE.mkdir(exist_ok=True)
        path.write_text(json.dumps(screening_to_dict(screened(client)), indent=1, sort_keys=True) + "\n")
    screening = screening_from_dict(json.loads(path.read_text()))
    return render_bytes(compose(client, screening, CLINIC, lang=lang, large_print=large))


def rasterise(pdf: bytes, folder: Path) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / "handout.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", str(source), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def posterize(image: Image.Image) -> Image.Image:
    """16 grey levels: the references stay small, and antialiasing noise mostly vanishes."""
    return image.convert("L").point(lambda v: (v >> 4) * 17)


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    diff = ImageChops.difference(posterize(a), posterize(b))
    histogram = diff.histogram()
    pixels = a.width * a.height
    mean = sum(value * count for value, count in enumerate(histogram)) / pixels
    changed = sum(histogram[64:]) / pixels
    return mean, changed


@pytest.mark.parametrize(("key", "lang", "large"), CASES)
def test_pages_match_the_reference_images(key, lang, large, tmp_path):
    name = f"{key}-{lang}{'-large' if large else ''}"
    pages = rasterise(frozen_pdf(key, lang, large), tmp_path)
    if UPDATE:
        for old in REFERENCE.glob(f"{name}-p*.png"):
            old.unlink()
        REFERENCE.mkdir(exist_ok=True)
        for number, page in enumerate(pages, start=1):
            with Image.open(page) as image:
                posterize(image).save(REFERENCE / f"{name}-p{number}.png", optimize=True, bits=4)
    references = sorted(REFERENCE.glob(f"{name}-p*.png"), key=lambda p: int(p.stem.rsplit("-p", 1)[1]))
    assert references, f"no reference images for {name}; see this module's docstring"
    assert len(pages) == len(references), f"{name}: {len(pages)} pages, the reference has {len(references)}"
    for page, reference in zip(pages, references):
        with Image.open(page) as got, Image.open(reference) as want:
            assert got.size == want.size, f"{reference.name}: page size changed"
            mean, changed = difference(got, want)
        assert mean <= MEAN_TOLERANCE and changed <= CHANGED_PIXELS, (
            f"{reference.name}: mean difference {mean:.2f}, {changed:.2%} of pixels changed"
        )


def test_the_comparison_notices_a_change(tmp_path):
    """The tolerance is tight enough to catch one changed phone number."""
    from clinic_app.handouts import ClinicInfo

    client = SCENARIOS["no_cases"][0]("es")
    images = []
    for number, clinic in enumerate([CLINIC, ClinicInfo(name=CLINIC.name, phone="(213) 555-0199")]):
        folder = tmp_path / str(number)
        folder.mkdir()
        images.append(rasterise(render_bytes(compose(client, screened(client), clinic)), folder)[-1])
    with Image.open(images[0]) as a, Image.open(images[1]) as b:
        assert not (difference(a, b)[0] <= MEAN_TOLERANCE and difference(a, b)[1] <= CHANGED_PIXELS)
