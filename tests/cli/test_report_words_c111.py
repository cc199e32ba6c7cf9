"""C111: the report's words at a terminal, read line by line.

C111-01: one pair of records of a person counted twice read "as many as 1 fewer people".

C111-02: at a terminal 60 columns wide the new table of the people each remedy can help was
cut by the terminal-wide wrap: "    1203.4a)      12" and a lone "    123" under a title, the
numbers in no column.

C111-05: a new caseload's first report said "Where people stand (best outcome of each):" over
one line of 0 and "Languages:" over nothing."""

from __future__ import annotations

from collections import Counter

from clinic_app.eligibility import remedy_title
from clinic_app.report import Report, report_text
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_possible_duplicates_g63 import TODAY, _caseload, _said


def test_c111_01_one_person_counted_twice_is_one_fewer_person(tmp_path):
    db = _caseload(tmp_path)  # Marisol's two records, and another client
    text = _said(clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout)
    assert text.count("as many as 1 fewer person") == 1 and "1 fewer people" not in text


def _people_table(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("filter lists):"))  # the heading, wrapped or not
    return lines[start + 1:lines.index("", start)]


def test_c111_02_at_60_columns_the_people_each_remedy_can_help_stay_in_a_column():
    keys = ("pc1203_4", "pc1203_4a", "pc1203_425")  # 1203.4a's title is 60 characters
    report = Report(event=None, clients=130, screened=130, remedies={key: Counter(eligible=1) for key in keys},
                    remedy_people=Counter(pc1203_4=123, pc1203_4a=12, pc1203_425=116))
    text = report_text(report, width=60)
    assert max(map(len, text.splitlines())) <= 60
    rows = _people_table(text)
    numbered = [row for row in rows if row.split()[-1].isdigit()]
    assert [int(row.split()[-1]) for row in numbered] == [123, 12, 116]
    assert len({len(row) for row in numbered}) == 1  # each number ends at one column
    said = " ".join(" ".join(row.split()[:-1]) if row in numbered else row.strip() for row in rows)
    assert said == " ".join(remedy_title(key) for key in keys)  # each title whole, in its order


def test_c111_02_where_the_table_fits_it_reads_as_before():
    report = Report(event=None, clients=2, screened=2, remedies={"pc1203_4a": Counter(eligible=1)},
                    remedy_people=Counter(pc1203_4a=1))
    rows = _people_table(report_text(report, width=80))
    assert rows == ["  Dismissal without probation or of an infraction (PC 1203.4a)       1"]
    assert _people_table(report_text(report)) == rows


def test_c111_05_a_caseload_with_no_client_says_so_and_no_heading_of_nothing(tmp_path):
    db = tmp_path / "new.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "0").returncode == 0
    text = clinic_app("report", "--db", db).stdout
    assert "No client is in the caseload yet: nothing to count." in text
    assert "Languages:" not in text and "Where people stand" not in text
    assert text.splitlines()[-1] == "Counts only: no client is named. Screening results, not legal advice."
