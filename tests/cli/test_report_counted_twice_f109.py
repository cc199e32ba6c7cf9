"""F109-03: the report's "of them, 2 records possibly of a person with another record" (G63-01)
counts records, as the window's "Possible duplicates" does, and a director taking them off the
people counted took off both records of each pair: "People: 3" with Marisol's two records read
as 1 person, where 2 people came.  It now says how many people fewer there may be: one less for
each pair (or more records of one person) counted together, in the text and the JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_possible_duplicates_g63 import FAIR, TODAY, _caseload, _said


def test_f109_03_the_report_says_how_many_fewer_people_there_may_be(tmp_path):
    db = _caseload(tmp_path)
    with Repository.open(db) as repo:  # a third person, with three records of her
        third = to_file("Teresa Tres")
        for phone in ("(323) 555-0301", "(323) 555-0302", "(323) 555-0303"):
            repo.import_clients([replace(third, person=replace(third.person, dob=date(1981, 3, 3)), phone=phone)])
    counts = json.loads(clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat(), "--json").stdout)
    assert counts["clients"] == 6 and counts["possible_duplicates"] == 5
    assert counts["possible_duplicates_people_fewer"] == 3  # 6 records, 3 people
    text = _said(clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout)
    assert "of them, 5 records possibly of a person with another record" in text
    assert "as many as 3 fewer people" in text


def test_f109_03_an_events_record_whose_other_is_of_another_event_is_no_person_counted_twice(tmp_path):
    db = _caseload(tmp_path)
    counts = json.loads(clinic_app("report", "--db", str(db), "--event", FAIR, "--json").stdout)
    assert counts["possible_duplicates"] == 1 and counts["possible_duplicates_people_fewer"] == 0
    assert "fewer people" not in clinic_app("report", "--db", str(db), "--event", FAIR).stdout
