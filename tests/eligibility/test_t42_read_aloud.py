"""T42: `clinic-app screen --format text` over the public cases, read aloud at 100 and 80
columns (public requests from cases-public.yaml; each screens and renders in a few ms)."""

from __future__ import annotations

import re
from functools import cache


from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import SHORT, render_text
from clinic_app.model import Person
from clinic_app.screening_format import read_request
from tests.public_cases import public_cases

from engine_builders import long_record, run

PUBLIC = {c["id"]: c for c in public_cases()}
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
    # S52's pointer no longer names the remedies (T45-03); its "does not fit" list does.
    assert re.search(rf"Does not fit this record: (?:(?:{_NAME}), )+(?:{_NAME}) and (?:{_NAME})\.", flat)


# What a line must not end on: a code's name without its section ("PC", "Prop", "Gov. Code"),
# the "/" between two sections ("PC 236.14 /"), or a case citation's part.
_CODE_ALONE = re.compile(r"(?:\b(?:PC|VC|HS|Code|Prop|AB|SB)|\d /)$")
_CASE = re.compile(r"[A-Z]\w+(?: [A-Z]\w+| of)* v\. [A-Z]\w+(?: [A-Z]\w+| of)* \(\d{4}\)(?: \d+ Cal\.\S+ \d+)?")


def test_t42_02_no_line_breaks_inside_a_section_or_a_case_citation():
    """T42-02: at 80 columns "PC 236.14 /" ended a line and "236.15 vacatur" began the next
    (S07), "[Gov. Code 1029; Adams v. County of Sacramento" ended one and "(1991) 235
    Cal.App.3d 872]" began the next (S04, S07: a bracket longer than a line broke anywhere);
    at 100, "For: Prop" and "47 reduction (A1)." (S04) and S15's "People v. Lewis (2006) 146" /
    "Cal.App.4th 294]".  A section and a cited case now stay whole on a line."""
    seen = set()
    for case_id in ("S04", "S07", "S15", "S52"):
        for width in (100, 80):
            lines = _report(case_id, width).splitlines()
            assert [x for x in lines if _CODE_ALONE.search(x)] == [], (case_id, width)
            assert max(map(len, lines)) <= width
            for case in set(_CASE.findall(_flat("\n".join(lines)))):
                assert any(case in x for x in lines), (case_id, width, case)
                seen.add(case)
    assert {"Adams v. County of Sacramento (1991) 235 Cal.App.3d 872", "People v. Lewis (2006) 146 Cal.App.4th 294"} <= seen


def test_t42_03_remedies_a_step_is_for_are_named_in_one_order():
    """T42-03: the long record (engine_builders.long_record, 20 cases: several cases name the
    same remedies, in results of different statuses) pointed to the probation at the top under
    ten cases as "PC 1203.4 dismissal and PC 1203.425 automatic relief: see ..." and under
    three as "PC 1203.425 automatic relief and PC 1203.4 dismissal: see ...": the names followed
    the results' order (a blocked result before one that needs review).  The same remedies are
    now named in one order wherever a step or pointer names them."""
    cases = long_record()
    s = run(*cases, as_of="2026-12-02")
    flat = _flat(render_text(s, Person(), cases))
    name = re.compile(_NAME)
    orders: dict[frozenset, set[tuple[str, ...]]] = {}
    for label in re.findall(rf"- ((?:(?:{_NAME})(?:, | and ))+(?:{_NAME})): ", flat):
        names = tuple(name.findall(label))
        orders.setdefault(frozenset(names), set()).add(names)
    assert orders, "no step names two remedies"
    assert {k: v for k, v in orders.items() if len(v) > 1} == {}
    assert "- PC 1203.4 dismissal and PC 1203.425 automatic relief: see \"What to do\" about the probation in case H, at the top." in flat
