"""Render the sample handouts (and two filing worksheets) shown in this folder as PNG pages (60 dpi).

    python docs/handouts/make_pages.py

Synthetic clients from tests/handouts/handout_clients.py, screened by the real engine on
2026-11-15.  Needs pdftoppm (poppler-utils).  Pages are reduced to 32 colours to keep the
repository small.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "handouts")]

from handout_clients import CLINIC, SCENARIOS, screened  # noqa: E402
from PIL import Image  # noqa: E402

from clinic_app.handouts import compose, render_pdf  # noqa: E402
from clinic_app.worksheet import compose as compose_worksheet  # noqa: E402
from clinic_app.worksheet.render import render_pdf as render_worksheet  # noqa: E402

SAMPLES = [
    ("eligible_now", "en", False), ("eligible_now", "es", False),
    ("blocked", "en", False), ("blocked", "es", False),
    ("dismissed", "en", False), ("dismissed", "es", False),
    ("non_citizen", "en", False), ("non_citizen", "es", False),
    ("arrest_only", "es", False), ("needs_review", "en", True),
]
# The staff's filing worksheet (English only), of the same synthetic clients.
WORKSHEETS = ["blocked", "dismissed"]


def main() -> None:
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for key, lang, large in SAMPLES:
            name = f"{key}-{lang}{'-large' if large else ''}"
            client = SCENARIOS[key][0](lang)
            pdf = Path(tmp) / f"{name}.pdf"
            render_pdf(compose(client, screened(client), CLINIC, lang=lang, large_print=large), pdf)
            _pages(pdf, Path(tmp), name)
        for key in WORKSHEETS:
            client = SCENARIOS[key][0]("en")
            pdf = Path(tmp) / f"worksheet-{key}.pdf"
            render_worksheet(compose_worksheet(client, screened(client)), pdf)
            _pages(pdf, Path(tmp), f"worksheet-{key}")


def _pages(pdf: Path, tmp: Path, name: str) -> None:
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp / name)], check=True)
    for page in sorted(tmp.glob(f"{name}-*.png")):
        with Image.open(page) as image:
            image.convert("RGB").quantize(32).save(HERE / page.name, optimize=True)
    print(name)


if __name__ == "__main__":
    main()
