"""The public acceptance cases (tests/acceptance/cases-public.yaml), as `yaml.safe_load` reads
them, read by libyaml where PyYAML has it: PyYAML's own reader took ~0.12 s of CPU for the file,
and ten test modules read it, most as they are collected, once in each pytest-xdist worker; libyaml
~0.014 s, the same lists and dicts (S382).  Read afresh each call: no test shares another's."""

from __future__ import annotations

from pathlib import Path

import yaml

PUBLIC_CASES = Path(__file__).parent / "acceptance" / "cases-public.yaml"


def public_cases() -> list[dict]:
    """Each case of cases-public.yaml (its id, request and expected answers), in file order."""
    return yaml.load(PUBLIC_CASES.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
