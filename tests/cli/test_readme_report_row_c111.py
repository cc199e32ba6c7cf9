"""C111-03: the README's row for `clinic-app report` said nothing of what F109 added to the
report: the records possibly of one person ("as many as 2 fewer people"), the cases still to
enter under "Not screened yet", the remedies counted "by case", nor the JSON keys that say
them; its "(convictions, or cases)" named no remedy counted by case.  It names each, and
every key it names is one `report --json` writes."""

from __future__ import annotations

import json
import re
from collections import Counter

from clinic_app.report import Report, report_json
from tests.cli.test_readme_every_option_w104 import _rows_of


def test_c111_03_the_readme_names_the_reports_lines_and_keys_f109_added():
    row = _rows_of("report")
    for said in ('"as many as 2 fewer people"', '"cases still to enter"', '"by case"'):
        assert said in row
    for key in ("possible_duplicates", "possible_duplicates_people_fewer", "not_screened_cases_to_enter",
                "remedy_counts_of", "remedy_people", "dates_come"):
        assert f"`{key}`" in row


def test_c111_03_every_json_key_the_row_names_is_one_the_report_writes():
    keys = set(json.loads(report_json(Report(event=None, remedies={"prop47": Counter(eligible=1)}))))
    named = set(re.findall(r"`([a-z_]+)`", _rows_of("report")))
    assert named and named <= keys
