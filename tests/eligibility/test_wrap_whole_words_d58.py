"""D58-03: at 60 columns (`COLUMNS=60 clinic-app screen`) public case S28's "In short" read
"PC 851.93 automatic arrest relief (case A on 20" and, on the next line, "27-06-02).", and at 63
columns 22 public cases cut "Adams v. County of Sacramento (1991) 235 Cal.App.3d 872" from its
"]" (a line of "]" alone) or read "[Gov. Code 1029; Ada" / "ms v. County ...": a remedy's name
with its bracket (T45-01, T45-06), or a case citation (T42-02), kept whole where it fits a line,
was measured without what sticks to it ("." or "]"), one character longer than the line, and
textwrap cut it anywhere.  Now at every width from 60 to 100 each public case says the same
words as at 100, none of them cut."""

from __future__ import annotations

import re

from tests.eligibility.test_t45_terminal import PUBLIC, _report

# A table's heading and rule, which narrow to fit, and a case heading's rule, as long as the
# heading's longest line (a case with no number says what the record holds in its heading, B84-01,
# which wraps below 100 columns); every other line's words are the same at any width.
_HEADING = re.compile(r"    (Remedy\b.*|-+)|      Status +Mode/confidence|=+")


def _words(text: str) -> list[str]:
    return " ".join(x for x in text.splitlines() if not _HEADING.fullmatch(x)).split()


def test_d58_03_no_word_is_cut_at_any_width_from_60_to_100():
    cut = {}
    for case_id in PUBLIC:
        whole = _words(_report(case_id, 100))
        for width in range(60, 100):
            said = _words(_report(case_id, width))
            if said != whole:
                at = next(i for i, (a, b) in enumerate(zip(said, whole)) if a != b)
                cut[(case_id, width)] = " ".join(said[at - 3:at + 3])
    assert cut == {}


def test_d58_03_s28_says_its_automatic_relief_day_whole_at_60():
    lines = _report("S28", 60).splitlines()
    assert "    filing): PC 851.93 automatic arrest relief (case A on" in lines
    assert "    2027-06-02)." in lines
