"""S215-02: a felony sentenced to county jail under PC 1170(h) as a split sentence (Dario: Split
sentence ticked, released 2015-06-10, the supervision after it left at Unknown and no end day)
had a Checklist of one line, "Released from custody 2015-06-10", ticked done, and nothing left
to do on it, while the screening asked when the supervision ended for PC 1203.41, 1203.425 and
the certificate.  A split sentence's time out of custody is mandatory supervision (PC
1170(h)(5)(B); the Record tab's box says "part custody, part mandatory supervision"): the
Checklist now says "Mandatory supervision: end date unknown", and the handout asks the client
for the day it ended by that name, in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.checklist import checklist_view
from clinic_app.handouts.compose import compose
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

TODAY = date(2026, 12, 7)


def _dario(supervision=None, end=None) -> Client:
    when = date(2014, 6, 10)
    custody = Custody(split=True, release_date=date(2015, 6, 10), supervision=supervision, supervision_end=end)
    return Client(name="Dario Fuentes", person=Person(dob=date(1990, 4, 2)), cases=[Case(
        id="c1", case_number="BA412345", convictions=[Conviction(id="c1-1", section="11352", code="HS", level="felony",
                                                                 conviction_date=when)],
        sentence=Sentence(type="county_jail_1170h", judgment_date=when, custody=custody))])


def test_s215_02_the_checklist_names_a_split_sentences_supervision_and_its_unknown_end():
    items, outstanding, _dues = checklist_view(_dario(), TODAY)
    assert [(i.label, i.done) for i in items] == [("Released from custody 2015-06-10", True),
                                                   ("Mandatory supervision: end date unknown", False)]
    assert outstanding == ["mandatory supervision end date"]


def test_s215_02_its_end_recorded_the_checklist_says_mandatory_supervision_ended():
    items, outstanding, _dues = checklist_view(_dario(end=date(2017, 3, 15)), TODAY)
    assert [i.label for i in items][-1] == "Mandatory supervision ended 2017-03-15"
    assert outstanding == []


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Find out the day your mandatory supervision ends, or the day it ended."),
    ("es", "Averigüe qué día termina su supervisión obligatoria"),
])
def test_s215_02_the_handout_asks_for_the_day_mandatory_supervision_ended(lang, words):
    client = _dario()
    tasks = [task.text for task in compose(client, screened(client), CLINIC, lang=lang).section("checklist").blocks]
    assert any(words in text for text in tasks), tasks
