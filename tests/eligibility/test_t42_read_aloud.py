"""T42: `clinic-app screen --format text` over the public cases, read aloud at 100 and 80
columns (public requests from cases-public.yaml; each screens and renders in a few ms)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import SHORT, render_text
from clinic_app.screening_format import read_request

PUBLIC = {c["id"]: c for c in yaml.safe_load((Path(__file__).parents[1] / "acceptance" / "cases-public.yaml").read_text(encoding="utf-8"))}
# Cases with the lists T42 read: S52's pointer to four remedies' steps and its "does not fit"
# lists, S46's case B pointer, S03's and S48's "does not fit" lists (S48's with relief granted).
READ = ("S03", "S46", "S48", "S52")
_NAME = "|".join(re.escape(name) for name in sorted(SHORT.values(), key=len, reverse=True))


@cache
def _report(case_id: str, width: int) -> str:
    request = read_request(PUBLIC[case_id]["request"])
    s = screen(request.person, request.cases, request.as_of)
    return render_text(s, request.person, request.cases, width=width)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_t42_01_a_list_of_remedies_is_said_with_and():
    """T42-01: "PC 236.14 / 236.15 vacatur, PC 1203.4 dismissal, PC 1203.425 automatic relief,
    PC 1203.49 647(b) victim relief: see ..." (S52) and "Does not fit this record: ..., PC 851.93
    automatic arrest relief, PC 1203.43 withdraw DEJ plea." read aloud as if cut off; the last
    name now follows "and", as "A, B and C" is said."""
    # Two remedy names (each with its counts or date, if any) side by side with only a comma,
    # the second ending the list.
    unjoined = re.compile(rf"(?:{_NAME})(?: \([^()]*\))?, (?:{_NAME})(?: \([^()]*\))?(?=[:.)])")
    for case_id in READ:
        for width in (100, 80):
            flat = _flat(_report(case_id, width))
            assert unjoined.search(flat) is None, (case_id, width, unjoined.search(flat))
    flat = _flat(_report("S52", 100))
    assert ("Next steps for case B (PC 236.14 / 236.15 vacatur, PC 1203.4 dismissal, PC 1203.425 automatic relief "
            "and PC 1203.49 647(b) victim relief): see \"Next steps for each of cases A and B\", after the last case.") in flat
    assert re.search(rf"Does not fit this record: (?:(?:{_NAME}), )+(?:{_NAME}) and (?:{_NAME})\.", flat)
