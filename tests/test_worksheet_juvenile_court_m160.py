"""M160-02: Tanya's filing worksheet (synthetic; her juvenile-court case typed at intake as the
sheet wrote it, "WI 602", beside a 2020 adult PC 484(a)) headed "Case J0001" with results for a
dismissal, an early end of probation and an under-18 sealing, each "Needs an attorney's review",
and a step "Check the code on the court record: if the conviction is under PC 602, record that
code and screen again": a juvenile wardship read as a trespass to retype, which J140 had mended
on the Record and Eligibility tabs only.  Under the case's heading the worksheet now says what
the Eligibility tab says: not a conviction, not cleared here, refer the client (W&I 781, 786);
the results below are not for it.  Her adult case says nothing of it."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.typed_sections import juvenile_court_note
from tests.juvenile_court_client import tanya
from tests.worksheet_text import worksheet_text


@pytest.mark.pdf
def test_m160_02_a_juvenile_court_case_is_said_under_its_heading(tmp_path):
    text = worksheet_text(tmp_path, tanya("en"), date(2026, 12, 6))
    adult, juvenile = text.index("Case LAM20T0002 \u2014"), text.index("Case J0001 \u2014")
    note = juvenile_court_note("WI 602")
    assert text[juvenile:].startswith(f"Case J0001 \u2014 Los Angeles County, CA {note}")
    assert note.startswith("WI 602 is the juvenile court's law, not an offense") and "W&I 781 or 786: refer the client" in note
    assert "juvenile" not in text[adult:juvenile]
    assert text.count("juvenile court's law") == 1
