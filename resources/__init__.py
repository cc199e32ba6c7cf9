"""Data and assets shipped with Clinic Desk (offense catalog, handout texts, fonts, icons).

This folder is an import package only so that it is found the same way from a checkout,
an installed wheel and a frozen build: through `resources.path()`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``path("catalog", "offenses.csv")``."""
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller one-dir bundle
    base = Path(frozen_root) / "resources" if frozen_root else Path(__file__).resolve().parent
    return base.joinpath(*parts)
