"""R176-03: a client whose 2012 possession (HS 11350(a)) was typed with no level, denied Prop 47 in
2017, has automatic relief only now (PC 1203.425), Prop 47 and the rest left to the attorney.
P172-04 counts that denial as a 17(b)'s (K153-02), and the report read "denied: attorney to
review 1" with "beside a filing to make 1" under it, of a client "automatic only, none to file".
It is counted with the denials to review, not beside a filing; the JSON says so too."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence
from clinic_app.report import build_report, report_json, report_text
from db.rescreen import rescreen_caseload
from db.repository import Repository

AS_OF = date(2026, 12, 6)


def possession() -> Case:
    """A 2012 possession, its level not typed, Prop 47 denied in 2017."""
    denied = Petition("prop47", date(2017, 3, 1), convictions=["F1"], ruling="denied", ruling_on=date(2017, 6, 1))
    return Case(id="F", case_number="BA390006",
                convictions=[Conviction(id="F1", code="HS", section="11350(a)", level=None,
                                        conviction_date=date(2012, 9, 4))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 9, 4), imposition_suspended=True,
                                  completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 9, 4), end=date(2015, 9, 4),
                                                      status="completed")),
                petitions=[denied])


def _possession_denied() -> Client:
    return Client(name="Octavio Prueba", person=Person(dob=date(1979, 7, 2), us_citizen=True, on_supervision="none"),
                  cases=[possession()])


def test_r176_03_a_prop47_denial_beside_automatic_relief_only_is_not_beside_a_filing(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        repo.add_client(_possession_denied())
        rescreen_caseload(repo, AS_OF, workers=1)
        (line,) = repo.list_clients()
        assert line.best == "eligible_now" and line.automatic_only and line.court.denied_under_review
        report = build_report(None, repo.counted_screenings(), today=AS_OF)
    text = report_text(report)
    assert ("    automatic only, none to file      1\n"
            "    denied: attorney to review        1\n") in text, text
    assert "beside a filing to make" not in text, text
    counted = json.loads(report_json(report))
    assert counted["petitions_denied_beside_filing"] == 0 and counted["petitions_denied_under_review"] == 1
