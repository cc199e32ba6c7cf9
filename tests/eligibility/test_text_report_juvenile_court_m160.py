"""M160-04: the text report (`clinic-app screen --format text`) of Tanya (synthetic: a 2020 adult
PC 484(a), and her juvenile-court case at 16 written "WI 602") read under that case a 1203.45 row
"WI 602 is not in the offense catalog, but PC 602 is", the step "if the conviction is under PC 602,
record that code and screen again" (a wardship read as a trespass, J140), and "What stays true":
a prior conviction, to be disclosed as dismissed.  Under the case's heading it now says what the
Eligibility tab and the worksheet say: the juvenile court's law, not a conviction, not cleared
here, refer the client (W&I 781 or 786), the results below not for it; her adult case not."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from tests.juvenile_court_client import tanya


def test_m160_04_the_text_report_says_a_juvenile_court_case_is_no_conviction():
    client = tanya("en")
    text = " ".join(render_text(screen(client.person, client.cases, date(2026, 12, 6)), client.person, client.cases).split())
    adult, juvenile = text.index("CASE c1 "), text.index("CASE c2 ")
    note = ("WI 602 is the juvenile court's law, not an offense: a juvenile court's finding is not a conviction, and Clinic "
            "Desk does not clear it (the juvenile court seals its records, under W&I 781 or 786: refer the client). The "
            "results below are not for it; if an adult court convicted the person, record the offense's own section in the "
            "request. c2-1: WI 602")
    assert note in text[juvenile:]
    assert "juvenile court's law" not in text[adult:juvenile] and text.count("juvenile court's law") == 1
