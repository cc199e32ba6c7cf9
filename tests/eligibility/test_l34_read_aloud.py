"""L34: a long record's report read aloud, as a paralegal reads it to a client: what one
conviction says must not grow with the rest of the record (engine_builders.long_record, 20
cases: its size is the point, and it screens and renders in about 25 ms)."""

from __future__ import annotations

import re

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person

from engine_builders import long_record, run

AS_OF = "2026-12-02"


def _long():
    cases = long_record()
    return cases, run(*cases, as_of=AS_OF)


def test_l34_01_other_convictions_are_counted_past_three():
    """L34-01: PC 1203.45's "not eligible" reason named every other conviction of the record
    ("The person has other convictions (PC 647(b) in case B; HS 11378 in case C; ... PC 415(1)
    in case T)") under each of 10 misdemeanors, six lines each.  Past three other cases it now
    names two and counts the rest, the statute still cited."""
    cases, s = _long()
    rows = [d for d in s.results if d.remedy == "pc1203_45" and any("other convictions" in r.text for r in d.reasons)]
    assert len(rows) >= 10
    for d in rows:
        reason = next(r for r in d.reasons if "other convictions" in r.text)
        named = re.findall(r"in case ([A-T])\b", reason.text)
        assert len(named) == 2 and d.case not in named, reason.text
        assert "; and 17 more in 17 other cases. PC 1203.45" in reason.text, reason.text
        assert reason.text.endswith("PC 1203.45 is generally for a single conviction.") and reason.cite == "PC 1203.45(a)"
    # Three other cases are still named one by one.
    few = run(*[c for c in cases if c.id in "ABDG"], as_of=AS_OF)
    reason = next(r for d in few.results if d.remedy == "pc1203_45" and d.case == "A" for r in d.reasons if "other convictions" in r.text)
    assert reason.text.startswith("The person has other convictions: PC 647(b) in case B (convicted 2002-03-02, Los Angeles County); VC 23152(a) in case D (convicted 2004-03-02, Los Angeles County); PC 148(a)(1) in case G (convicted 2007-03-02, Los Angeles County)")


def test_l34_01_a_certificates_later_convictions_say_the_first_the_last_and_how_many():
    """L34-01: the certificate of rehabilitation after the 2003 prison term (case C) named the
    17 convictions after it, one by one, in one reason; now the first, the last and how many."""
    _cases, s = _long()
    d = next(d for d in s.results if d.remedy == "cor" and d.case == "C")
    said = [r.text for r in d.reasons if "interrupt the period of rehabilitation" in r.text]
    assert said == ["Later convictions, 17 in all, may also interrupt the period of rehabilitation: the first VC 23152(a) in case D (Los Angeles County) on 2004-03-02; "
                    "the last PC 487(a) in case H (Los Angeles County) on 2025-09-15. An attorney decides."], said
    late = next(d for d in s.results if d.remedy == "cor" and d.case == "S")  # two later: both named
    assert any(r.text.startswith("Later convictions may also interrupt the period of rehabilitation: PC 415(1) in case T (Los Angeles County) on 2024-02-10; PC 487(a) in case H (Los Angeles County) on 2025-09-15.") for r in late.reasons)


def test_l34_the_long_record_reads_in_fewer_lines():
    """The whole report: 993 lines before L34 (rules 2026.12.10b), 946 after L34-01, 948 after
    L34-03 (a step pointing at its own case's open question said under each of three cases),
    916 after R35-01 (case H's probation said once near the top, not under 37 results), 914
    after T37-01 (the results it blocks said with it), 905 after T37-02 (what lifts it said
    once, at the top), 903 after T37-05 (a remedy's steps side by side name it once), 908 after
    T39-01 (the attorney's question "before the block on relief lifts", not "before then", wraps
    in five cases), 874 after T39-02 (the whole case's "same remedies" said in the count's line),
    875 after T42-01 (a list of remedies said with "and": one of them wraps to a line more),
    878 with the key to the confidence letters at the end (a blank line and two lines), 883
    after T61-02 (case J's felony probation, revoked in 2010, may be a PC 1203.42 prison case:
    its row of four lines, and the step it shares wraps to a line more), 889 after B86-01 (case
    H, with no court number, named by its title in the bar and the step said at the top and in
    the reasons under cases that say it: six lines more), 915 after B86-02 (the other cases its
    sentences name, none with a court number, named by their titles: 26 lines more)."""
    cases, s = _long()
    lines = render_text(s, Person(), cases).splitlines()
    assert len(lines) <= 915, len(lines)
