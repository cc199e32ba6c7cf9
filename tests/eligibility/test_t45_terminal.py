"""T45: `clinic-app screen --format text` read at a terminal, 80 columns wide (and at the
report's 100), over the 36 public cases (cases-public.yaml; each screens and renders in a
few ms)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import SHORT, render_text
from clinic_app.screening_format import read_request

PUBLIC = {c["id"]: c for c in yaml.safe_load((Path(__file__).parents[1] / "acceptance" / "cases-public.yaml").read_text(encoding="utf-8"))}


@cache
def _report(case_id: str, width: int) -> str:
    request = read_request(PUBLIC[case_id]["request"])
    s = screen(request.person, request.cases, request.as_of)
    return render_text(s, request.person, request.cases, width=width)


def _names_broken(text: str) -> list[str]:
    """Each remedy name that one line ends part of and the next line goes on with."""
    lines = text.splitlines()
    broken = []
    for above, below in zip(lines, lines[1:]):
        above, below = above.rstrip(), below.lstrip()
        for name in SHORT.values():
            for at, char in enumerate(name):
                if char == " " and above.endswith(name[:at]) and below.startswith(name[at + 1:]):
                    broken.append(f"{name[:at]} / {name[at + 1:]}")
    return broken


def test_t45_01_a_remedy_name_stays_whole_on_a_line():
    """T45-01: at 80 columns "Certificate of" ended a line and "rehabilitation" began the next
    (S57, S59), "PC 1203.43 withdraw DEJ" / "plea." (most cases), "Prop 47" / "reduction"
    (S59's question of fact); at 100, "PC 851.93" / "automatic arrest relief" in most cases'
    "Does not fit" list.  A remedy's name now stays whole on a line."""
    for case_id in PUBLIC:
        for width in (80, 100):
            text = _report(case_id, width)
            assert _names_broken(text) == [], (case_id, width)
            assert max(map(len, text.splitlines())) <= width, (case_id, width)
