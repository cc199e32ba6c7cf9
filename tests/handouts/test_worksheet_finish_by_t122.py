"""T122-02: the filing worksheet's "Still outstanding (checklist)" said "52-week batterer program:
done so far 26 of 52" and "Community service: 40 of 100 hours", but neither what was left nor by
when, where the Checklist tab says under each tick "26 to go; finish by 2028-03-01, probation's
last day (451 days left)" (B118-02).  The worksheet says it too, from the same function
(checklist.finish_by_said).  The real PDF is opened."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader
from test_condition_tasks_name_their_case_t122 import two_grants

from clinic_app.eligibility import screen
from clinic_app.model import Condition, Violation
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes

AS_OF = date(2026, 12, 6)


def worksheet_text(client) -> str:
    worksheet = compose(client, screen(client.person, client.cases, AS_OF))
    return " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages)


def test_t122_02_each_open_condition_says_what_is_left_and_by_when():
    client = two_grants("en")
    client.cases[1].conditions.append(Condition(kind="other", label="Write a letter of apology"))
    client.cases[0].conditions.append(Condition(kind="stay_away", label="Stay away from the victim"))
    text = worksheet_text(client)
    for line in ("52-week batterer program: done so far 26 of 52 - 26 to go; finish by 2028-03-01, probation's last day (451 days left)",
                 "Community service: 10 of 40 hours - 30 hours to go; finish by 2028-03-01, probation's last day (451 days left)",
                 "Theft awareness class: done so far 2 of 8 - 6 to go; finish by 2027-06-15, probation's last day (191 days left)",
                 "Community service: 10 of 40 hours - 30 hours to go; finish by 2027-06-15, probation's last day (191 days left)",
                 "Write a letter of apology - finish by 2027-06-15, probation's last day (191 days left)"):
        assert line in text, (line, text[:3000])
    assert "• Stay away from the victim" in text
    assert "Stay away from the victim -" not in text  # kept, not finished: no day to finish by


def test_t122_02_a_revoked_grant_has_no_day_to_finish_by():
    client = two_grants("en")
    client.cases[1].sentence.probation.violations = [Violation(date=date(2026, 10, 21), outcome="revoked")]
    text = worksheet_text(client)
    assert "Theft awareness class: done so far 2 of 8" in text
    assert "finish by 2027-06-15" not in text
    assert "26 to go; finish by 2028-03-01" in text
