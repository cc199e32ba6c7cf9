"""P53: the caseload line reads the petitions filed (clinic_app.court): a client whose every
petition to file now is filed reads "Filed <day>; hearing <day>", not "File now"; a denial
brings an action back, a grant asks a person to record the relief (never written for them),
and the window's filters and `clinic-app list` find the same clients."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.court import CourtLine, awaiting_court, court_from_json, court_json, hearing_within
from clinic_app.eligibility import screen
from clinic_app.line_action import next_action
from clinic_app.model import Petition
from clinic_app.summary import listed_under, summarize
from tests.automatic_relief import AS_OF, clean_slate_only, to_file
from ui.models.caseload_model import CaseloadFilter
from ui.services import client_row

FILED_ON, HEARING = date(2026, 11, 2), date(2027, 1, 10)


def _line(petitions: list[Petition], make=to_file):
    client = make()
    client.id = 1
    client.cases[0].petitions.extend(petitions)
    summary = summarize(client, screen(client.person, client.cases, AS_OF), AS_OF)
    return summary, client_row(client, summary)


def test_p53_filed_with_a_hearing_reads_filed_not_file_now():
    summary, row = _line([Petition("pc1203_4", FILED_ON, ["a1"], hearing_on=HEARING)])
    assert summary.best == "eligible_now"  # the screening's answer stands: a petition is no fact
    assert summary.court == CourtLine("filed", filed_on=FILED_ON, hearings=(HEARING,))
    assert next_action(row, AS_OF) == ("Filed 2026-11-02; hearing 2027-01-10", HEARING)


def test_p53_filed_without_a_hearing_awaits_the_ruling():
    _summary, row = _line([Petition("pc1203_4", FILED_ON)])  # no counts named: the whole case
    assert next_action(row, AS_OF)[0] == "Filed 2026-11-02; awaiting ruling"


def test_p53_nothing_filed_or_another_remedy_filed_or_withdrawn_still_reads_file_now():
    for petitions in ([], [Petition("pc17b", FILED_ON)], [Petition("pc1203_4", FILED_ON, ["a2"])],
                      [Petition("pc1203_4", FILED_ON, ruling="withdrawn", ruling_on=date(2026, 11, 20))]):
        _summary, row = _line(petitions)
        assert next_action(row, AS_OF)[0] == "File now", petitions


def test_p53_a_denial_brings_back_an_action_and_a_petition_filed_again_stands():
    denied = Petition("pc1203_4", FILED_ON, ruling="denied", ruling_on=date(2026, 11, 30))
    _summary, row = _line([denied])
    assert next_action(row, AS_OF) == ("Denied 2026-11-30: attorney to review", date.min)
    _summary, row = _line([denied, Petition("pc1203_4", date(2026, 12, 1))])
    assert next_action(row, AS_OF)[0] == "Filed 2026-12-01; awaiting ruling"


def test_p53_a_grant_asks_to_record_the_relief_and_changes_no_fact():
    summary, row = _line([Petition("pc1203_4", FILED_ON, ruling="granted", ruling_on=date(2026, 12, 1))])
    assert next_action(row, AS_OF)[0] == "Granted 2026-12-01: record the relief on the count"
    client = to_file()
    assert client.cases[0].convictions[0].relief_granted == []


def test_p53_automatic_relief_only_is_not_said_filed():
    _summary, row = _line([Petition("pc1203_4", FILED_ON)], make=clean_slate_only)
    assert next_action(row, AS_OF)[0] == "Automatic: check RAP sheet"


def test_p53_filters_filed_and_hearings_within_a_week():
    _s, filed = _line([Petition("pc1203_4", FILED_ON, hearing_on=date(2026, 12, 7))])
    _s, not_filed = _line([])
    assert CaseloadFilter(outcome="filed").accepts(filed) and not CaseloadFilter(outcome="filed").accepts(not_filed)
    # Its filing is made: no longer among the filings to prepare.
    assert not CaseloadFilter(outcome="eligible_now_to_file").accepts(filed)
    assert CaseloadFilter(outcome="eligible_now_to_file").accepts(not_filed)
    assert CaseloadFilter(outcome="eligible_now").accepts(filed)
    week = CaseloadFilter(hearing_from=AS_OF, hearing_by=date(2026, 12, 9))
    assert week.accepts(filed) and not week.accepts(not_filed)
    assert not CaseloadFilter(hearing_from=AS_OF, hearing_by=date(2026, 12, 6)).accepts(filed)
    assert awaiting_court(filed.court) and listed_under("filed", filed.best, filed.automatic_only, filed.court)
    assert hearing_within(filed.court, AS_OF, date(2026, 12, 7)) and not hearing_within(None, AS_OF, date(2027, 1, 1))


def test_p53_the_court_line_is_stored_as_text_and_read_back():
    line = CourtLine("filed", filed_on=FILED_ON, hearings=(date(2026, 12, 7), HEARING))
    assert court_from_json(court_json(line)) == line
    assert court_from_json(court_json(None)) is None
    assert court_from_json(court_json(replace(line, state="denied", filed_on=None, ruling_on=HEARING))).state == "denied"
