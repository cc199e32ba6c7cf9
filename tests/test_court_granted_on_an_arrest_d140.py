"""D140-03: the caseload line of a client whose DEJ plea the court let them withdraw (PC 1203.43),
the petition entered as granted, read "File; enter relief" (in full "File now; granted
2019-03-01: record the relief on the count"), and one whose arrest the court sealed (PC 851.91)
"Granted 2019-03-01: record the relief on the count", for ever: an arrest has no count to
record relief on (FORMAT.md keeps it on a conviction's), so the screening goes on finding the
relief open and the grant asks for what nobody can do.  On an arrest a grant is now done: the
line goes on with what is left (the arrest's sealing to file), or has nothing to file."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.line_action import next_action, next_action_in_full
from clinic_app.model import ArrestOffense, Case, Client, Person, Petition, Program
from clinic_app.summary import summarize
from ui.services import client_row

AS_OF, RULED = date(2026, 12, 6), date(2019, 3, 1)


def _row(*petitions: Petition):
    case = Case(id="c1", case_number="16CR05555", outcome="diversion_completed", arrest_date=date(2016, 4, 2),
                disposition_date=date(2018, 2, 1), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="11350(a)", code="HS", level="misdemeanor")],
                program=Program(kind="dej", plea_entered=True, completed_on=date(2018, 2, 1)), petitions=list(petitions))
    client = Client(name="Synthetic Client", person=Person(dob=date(1988, 5, 1), us_citizen=True), cases=[case])
    client.id = 1
    summary = summarize(client, screen(client.person, client.cases, AS_OF), AS_OF)
    return summary, client_row(client, summary)


def test_d140_03_a_dej_plea_withdrawn_leaves_the_arrest_s_sealing_to_file():
    summary, row = _row(Petition("pc1203_43", date(2019, 1, 5), ruling="granted", ruling_on=RULED))
    assert next_action(row, AS_OF)[0] == "File now"  # the sealing (PC 851.91), not "File; enter relief"
    assert "record the relief" not in next_action_in_full(row, AS_OF)
    assert summary.best == "eligible_now"


def test_d140_03_an_arrest_the_court_sealed_asks_for_nothing_on_a_count():
    summary, row = _row(Petition("pc851_91", date(2019, 1, 5), ruling="granted", ruling_on=RULED))
    assert "record the relief" not in next_action_in_full(row, AS_OF)
    assert next_action(row, AS_OF)[0] == "File now"  # the DEJ plea's withdrawal is left
    both = _row(Petition("pc851_91", date(2019, 1, 5), ruling="granted", ruling_on=RULED),
                Petition("pc1203_43", date(2019, 1, 5), ruling="granted", ruling_on=RULED))
    assert "record the relief" not in next_action_in_full(both[1], AS_OF)
    # Sealed by the court, DOJ's automatic sealing (PC 851.93) is not "eligible now" beside it.
    assert both[0].best != "eligible_now"


def test_d140_03_a_grant_on_a_conviction_still_asks_to_record_its_relief():
    """The count can take the relief: the line asks for it, as P53 made it."""
    from tests.automatic_relief import to_file

    client = to_file()
    client.id = 1
    client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), ruling="granted", ruling_on=date(2026, 12, 1)))
    summary = summarize(client, screen(client.person, client.cases, AS_OF), AS_OF)
    assert next_action(client_row(client, summary), AS_OF)[0] == "Granted 2026-12-01: record the relief on the count"
