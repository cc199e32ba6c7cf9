"""T67-01: the lowest release pyproject.toml allows of each dependency is one that works.

A fresh venv with every dependency at its lower bound (PySide6-Essentials 6.9.0, reportlab
4.2.0, platformdirs 4.2.0, PyYAML 6.0, pypdfium2 4.30.0, orjson 3.10.0, pytest 8.0.0,
pytest-qt 4.4.0, hypothesis 6.100.0) passed the tests near each, but for two:

- sqlite-utils 4.2 imports typing_extensions and does not ask for it: `clinic-app` and every
  test stopped at `import sqlite_utils` (ModuleNotFoundError); 4.2.1 imports it no more.
- pypdf before 6.16.2 reads the handouts' text otherwise: 5.0.x ran a numbered step into its
  number ("1.For PC 1203.4"), 5.1 to 6.16.1 lost a card's title before its detail line; 17
  worksheet tests, then 22 handout tests, failed on handouts that were right.

The bounds now start at releases that passed; this keeps them from going back below.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"

# (distribution, the newest release found broken, what broke)
BROKEN = [
    ("sqlite-utils", "4.2", "imports typing_extensions, which it does not require"),
    ("pypdf", "6.16.1", "reads the handouts' text otherwise: a card's title and its detail line apart"),
]


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _lower_bounds() -> dict[str, list[str]]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"]) + [r for extra in project["optional-dependencies"].values() for r in extra]
    bounds: dict[str, list[str]] = {}
    for requirement in requirements:
        found = re.match(r"\s*([A-Za-z0-9_.-]+)\s*>=\s*([0-9.]+)", requirement)
        if found:
            bounds.setdefault(found.group(1).lower(), []).append(found.group(2))
    return bounds


def test_no_dependency_allows_a_release_found_broken():
    bounds = _lower_bounds()
    assert {"pyside6-essentials", "reportlab", "sqlite-utils", "pypdf"} <= set(bounds)  # the reading works
    for name, broken, why in BROKEN:
        assert name in bounds, f"{name} is no longer a dependency: take it out of BROKEN"
        for lowest in bounds[name]:
            assert _release(lowest) > _release(broken), f"{name}>={lowest} allows {broken}, which {why}"
