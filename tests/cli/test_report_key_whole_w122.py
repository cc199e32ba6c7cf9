"""W122-01: `clinic-app report` at a terminal 80 columns wide cut PC 1203.49's row of the people
each remedy can help in two where its count had three digits: its title and KEY alone are 75
characters ("Relief for a trafficking victim's 647(b) conviction (PC 1203.49): pc1203_49"), and
a count of three, a space before it, made 81.  Where a row would not read whole on its line, its
title is said without the statute its KEY spells ("...conviction: pc1203_49"): at 80 every row
reads whole, with counts of up to five digits; a KEY that does not spell its statute keeps it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from clinic_app.eligibility import REMEDIES, remedy_title
from clinic_app.report import Report, report_text

COMMAND = "clinic-app list --db /home/ana/day.sqlite"


def _people_rows(text: str) -> list[str]:
    """The lines under the command that lists them (itself wrapped at 80: its path is long)."""
    section = text.split("People each remedy can help, now or later:\n", 1)[1].split("\n\n", 1)[0]
    return section.split("after its title)\n", 1)[1].splitlines()


def _report(people: int) -> str:
    keys = [r.key for r in REMEDIES]
    report = Report(event=None, clients=people, screened=people, remedies={key: Counter(eligible=1) for key in keys},
                    remedy_people=Counter({key: people if key in ("pc1203_49", "prop64") else 7 for key in keys}))
    return report_text(report, width=80, command=COMMAND)


@pytest.mark.parametrize("people", [120, 99_999])
def test_w122_01_at_80_columns_every_row_reads_whole_with_its_key_and_count(people):
    text = _report(people)
    assert max(map(len, text.splitlines())) <= 80
    rows = _people_rows(text)
    assert len(rows) == len(REMEDIES), rows  # one line each: 1203.49's was two
    read = {re.fullmatch(r"  (.+): (\w+) +(\d{1,3}(?:,\d{3})*)", row).group(2): row for row in rows}  # grouped: K315-03
    assert sorted(read) == sorted(r.key for r in REMEDIES)
    assert len({len(row) for row in rows}) == 1  # each number ends at one column
    assert read["pc1203_49"].startswith("  Relief for a trafficking victim's 647(b) conviction: pc1203_49 ")
    assert read["pc1203_49"].endswith(f" {people:,}")
    # The rows that fit keep their statute, and a KEY that does not spell its statute keeps it.
    assert read["pc1203_4a"].startswith(f"  {remedy_title('pc1203_4a')}: pc1203_4a ")
    assert read["prop64"].startswith(f"  {remedy_title('prop64')}: prop64 ")


def test_w122_01_a_wide_terminal_keeps_every_statute():
    report = Report(event=None, clients=120, screened=120, remedies={"pc1203_49": Counter(eligible=1)},
                    remedy_people=Counter(pc1203_49=120))
    assert f"  {remedy_title('pc1203_49')}: pc1203_49 " in report_text(report, width=100, command=COMMAND)
