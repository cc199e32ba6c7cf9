"""R133-03: the court ended a battery's probation early (PC 1203.3) on 2027-03-10 with 40 of 80
hours of community service undone.  E130-02 took the hours out of the caseload's Outstanding
column and the handout, yet the filing worksheet still listed them under "Still outstanding
(checklist)": "Community service: 40 of 80 hours - not finished when the court ended probation
early on 2027-03-10 (PC 1203.3): no longer to be done", a heading and a line that say opposite
things.  Now the worksheet lists under it only what is still to do; the restitution stays (it is
owed after probation, SB 1106), and the hours stay while probation runs."""

from __future__ import annotations

from datetime import date

import pytest

import tests.test_worksheet_closed_by_law_x127 as worksheet
from test_released_conditions_e130 import AS_OF, client

pytestmark = pytest.mark.pdf


def _outstanding(early: date | None, tmp_path, monkeypatch) -> str:
    monkeypatch.setattr(worksheet, "AS_OF", AS_OF)
    text = worksheet.worksheet_of(client(early), tmp_path)
    return text.split("Still outstanding (checklist)", 1)[1].split("Relief to ask for", 1)[0]


def test_r133_03_hours_the_early_end_released_are_not_still_outstanding(tmp_path, monkeypatch):
    said = _outstanding(date(2027, 3, 10), tmp_path, monkeypatch)
    assert "Community service" not in said and "no longer to be done" not in said, said
    assert "Restitution: $0 of $200 paid" in said


def test_r133_03_while_probation_runs_the_hours_are_outstanding(tmp_path, monkeypatch):
    said = _outstanding(None, tmp_path, monkeypatch)
    assert "Community service: 40 of 80 hours - 40 hours to go; finish by 2027-09-15" in said, said
