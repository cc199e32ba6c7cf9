"""S28B-03: the window asks a case's own custody after a revocation as the text report does."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Conviction, Person, Probation, Sentence, Violation
from clinic_app.model import Client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

AFTER_REVOCATION = "Probation was revoked on 2016-12-01: what sentence followed (a county-jail or state-prison term), when was the person released, and was there supervision afterwards?"
GENERAL = "When was the person released from custody, and was there supervision afterwards?"


def _revoked_felony(case_id: str, number: str) -> Case:
    return Case(
        id=case_id, case_number=number, disposition_date=date(2015, 6, 1),
        convictions=[Conviction(id=f"{case_id}-1", section="459/460(b)", level="felony", wobbler=True, conviction_date=date(2015, 6, 1))],
        sentence=Sentence(type="probation", imposition_suspended=True, probation=Probation(
            kind="formal", start=date(2015, 6, 1), end=date(2018, 6, 1), status="revoked",
            violations=[Violation(date=date(2016, 12, 1), outcome="revoked")])),
    )


def _other_case() -> Case:
    return Case(
        id="c2", case_number="5CJ07777", disposition_date=date(2019, 7, 1),
        convictions=[Conviction(id="c2-1", code="PC", section="602", level="misdemeanor", conviction_date=date(2019, 7, 1))],
        sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2019, 7, 1), end=date(2020, 7, 1), status="completed")),
    )


@pytest.mark.parametrize("several", [False, True])
def test_s28b_03_the_custody_after_a_revocation_is_asked_as_what_followed(qtbot, window, repo, several):
    cases = [_revoked_felony("c1", "BA100001"), *([_other_case()] if several else [])]
    client_id = repo.add_client(Client(name="Rita Revoked", person=Person(dob=date(1985, 3, 14), us_citizen=True), cases=cases))
    window.load()
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    rows = [r for r in range(panel.proxy.rowCount())
            if (lambda d: (d.remedy, d.case) == ("pc1203_41", "c1"))(panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()))]
    assert rows, "the PC 1203.41 row of the revoked case is shown"
    panel.table.selectRow(rows[0])
    shown = " ".join(panel.details.toPlainText().split())
    facts = shown.split("Facts to find out", 1)[1]
    assert AFTER_REVOCATION in facts, facts
    assert GENERAL not in facts
