"""S163-02: Ernesto's DUI case was typed at intake with no number and the County box blank
("maybe Orange County").  X162-02 made the filing worksheet head it "Case c3 (VC 23152(a),
convicted) — County not recorded, CA"; his Checklist tab still headed it "Case c3 (VC 23152(a),
convicted)", beside "Case c1 (HS 11350, convicted, Los Angeles County)", and a paralegal
asking "the court" about the fines owed on it had nothing to tell her the court was still to be
found.  The box now says it, in the worksheet's words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QGroupBox

from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _case(cid: str, section: str, county: str | None, number: str | None = None, jurisdiction: str = "CA") -> Case:
    return Case(id=cid, case_number=number, county=county, jurisdiction=jurisdiction,
                convictions=[Conviction(id=f"{cid}-1", code="VC" if section == "23152(a)" else "PC", section=section,
                                        level="misdemeanor")],
                sentence=Sentence(type="probation", probation=Probation(kind="summary")), money=Money(fines_ordered=1500))


def _checklist_titles(window, repo, *cases: Case) -> list[str]:
    client_id = repo.add_client(Client(name="Ernesto Prueba", person=Person(dob=date(1961, 6, 15)), cases=list(cases)))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentWidget(view.checklist)
    return [box.title() for box in view.checklist.findChildren(QGroupBox) if box.title().startswith("Case ")]


def test_s163_02_a_case_without_number_or_county_says_its_county_is_not_recorded(qtbot, window, repo):
    titles = _checklist_titles(window, repo, _case("c1", "484(a)", "Los Angeles"), _case("c2", "23152(a)", None))
    assert "Case c2 (VC 23152(a), convicted) \u2014 County not recorded, CA" in titles, titles
    # The case whose title names its county is headed as before.
    assert "Case c1 (PC 484(a), convicted, Los Angeles County)" in titles, titles


def test_s163_02_a_case_named_by_its_number_or_its_state_is_headed_as_before(qtbot, window, repo):
    titles = _checklist_titles(window, repo, _case("c1", "484(a)", None, number="BA555001"),
                               _case("c2", "23152(a)", None, jurisdiction="NV"))
    assert not any("County not recorded" in title for title in titles), titles
