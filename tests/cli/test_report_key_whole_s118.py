"""S118-03: `clinic-app report` at a terminal 80 columns wide (COLUMNS=80) cut one row of the
people each remedy can help in two, "  Dismissal without probation or of an infraction (PC
1203.4a):" over "    pc1203_4a      12", where every other row read whole on its line with its
KEY: the numbers' column kept six characters for numbers of three.  It is as wide as its widest
number, and the row reads whole at 80, as the others do; narrower, the numbers stay in one
column (C111-02)."""

from __future__ import annotations

import re
from collections import Counter

from clinic_app.eligibility import REMEDIES, remedy_title
from clinic_app.report import Report, report_text

COMMAND = "clinic-app list --db /home/ana/day.sqlite"


def _people_rows(text: str) -> list[str]:
    """The lines under the command that lists them (itself wrapped at 80: its path is long)."""
    section = text.split("People each remedy can help, now or later:\n", 1)[1].split("\n\n", 1)[0]
    return section.split("after its title)\n", 1)[1].splitlines()


def test_s118_03_at_80_columns_each_remedy_s_row_reads_whole_with_its_key():
    # Every remedy but PC 1203.49, whose title and KEY alone are 75 characters: with a number
    # of three digits in the column, 81 (said in the report of S118, left as it is).
    keys = [r.key for r in REMEDIES if r.key != "pc1203_49"]
    people = {key: 120 if key in ("pc1203_4", "pc1203_4a", "pc1203_425") else 12 for key in keys}
    report = Report(event=None, clients=500, screened=500, remedies={key: Counter(eligible=1) for key in keys},
                    remedy_people=Counter(people))
    text = report_text(report, width=80, command=COMMAND)
    assert max(map(len, text.splitlines())) <= 80
    rows = _people_rows(text)
    assert len(rows) == len(keys), rows  # one line each: 1203.4a's was two
    read = {re.fullmatch(r"  (.+): (\w+) +(\d+)", row).group(2): row for row in rows}
    assert sorted(read) == sorted(keys)
    assert read["pc1203_4a"].startswith(f"  {remedy_title('pc1203_4a')}: pc1203_4a ")
    assert len({len(row) for row in rows}) == 1  # each number ends at one column
