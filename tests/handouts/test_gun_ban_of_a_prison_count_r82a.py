"""R82a-02: since E81-01 the screening reads the one count of unknown level of a case sentenced
to state prison (or 1170(h) jail) as the felony PC 17(a) makes it: its consequences say
"Felony conviction: a lifetime state and federal ban on owning or possessing a firearm", and
its card offers the felony's PC 1203.41.  The handout's gun paragraph read the record's blank
level and said no felony ban at all: a client sent to prison for a PC 459 read only "If you
could not have a gun before, you still cannot", where the same record with Felony chosen reads
"A felony means no guns for life".  The handout now reads such a count as the screening does."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.handouts.compose import compose
from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence


def _client(level, section="459", sentence="state_prison"):
    when = date(2015, 5, 1)
    if sentence == "probation":
        s = Sentence(type="probation", judgment_date=when, imposition_suspended=True,
                     probation=Probation(kind="formal", start=when, end=date(2018, 5, 1), status="completed"))
    else:
        s = Sentence(type=sentence, judgment_date=when, completed=True,
                     custody=Custody(release_date=date(2017, 5, 1), supervision="parole", supervision_end=date(2019, 5, 1)))
    return Client(name="Pat Quinn", person=Person(dob=date(1980, 1, 1)),
                  cases=[Case(id="c1", case_number="BA1", sentence=s,
                              convictions=[Conviction(id="v1", section=section, level=level, conviction_date=when)])])


def _effects(client, lang):
    return [n.text for n in compose(client, screened(client), CLINIC, lang=lang).section("effects").blocks]


@pytest.mark.parametrize("sentence", ["state_prison", "county_jail_1170h"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_r82a_02_a_prison_count_of_unknown_level_is_told_the_felony_gun_ban(sentence, lang):
    blank = _effects(_client(None, sentence=sentence), lang)
    felony = _effects(_client("felony", sentence=sentence), lang)
    assert blank == felony


def test_r82a_02_a_probation_count_of_unknown_level_is_not_told_a_felony_ban():
    """Probation follows a felony or a misdemeanor alike: nothing said of a felony, as before."""
    assert not any("A felony means no guns for life" in t for t in _effects(_client(None, sentence="probation"), "en"))
