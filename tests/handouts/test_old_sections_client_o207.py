"""O207: a 72-year-old client with convictions from the 1970s and 80s, some under sections since
renumbered or given another meaning, the oldest known only by their year (told at intake, kept
in the client's notes), read on his handout as he would.

His record: VC 23102(a) (1971, the DUI section before 1982's renumbering to VC 23152), HS
11357(b) (1976), a PC 459 felony (1979, probation ended 1982), PC 647(b) (1984) and HS 11550(a)
(1988).  Each language's handout is composed once for the module; the tests read it.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import handout_for

from clinic_app.handouts.document import RecordEntry
from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence, Violation
from clinic_app.years_alone import year_alone_line


def _count(cid: str, code: str, section: str, level: str, convicted: date | None = None) -> Conviction:
    return Conviction(id=f"{cid}1", code=code, section=section, level=level, conviction_date=convicted)


def _on_probation(end: date | None = None, kind: str = "summary") -> Sentence:
    return Sentence(type="probation", probation=Probation(kind=kind, end=end))


def old_sections_record(lang: str) -> Client:
    """The O207 client as intake stores him: a year alone leaves the day blank and is noted."""
    cases = [
        Case(id="c1", convictions=[_count("c1", "VC", "23102(a)", "misdemeanor")], sentence=_on_probation()),
        Case(id="c2", convictions=[_count("c2", "HS", "11357(b)", "misdemeanor")],
             sentence=Sentence(type="no_probation", completed=True)),
        Case(id="c3", case_number="A345678", convictions=[_count("c3", "PC", "459", "felony")],
             sentence=_on_probation(kind="formal")),
        Case(id="c4", case_number="84M01234",
             convictions=[_count("c4", "PC", "647(b)", "misdemeanor", date(1984, 6, 14))],
             sentence=_on_probation(date(1986, 6, 14))),
        Case(id="c5", case_number="88M05555", convictions=[_count("c5", "HS", "11550(a)", "misdemeanor")],
             sentence=_on_probation()),
    ]
    told = [(0, "conviction date", 1971), (0, "probation end", 1973), (1, "conviction date", 1976),
            (2, "conviction date", 1979), (2, "probation end", 1982), (4, "conviction date", 1988),
            (4, "probation end", 1990)]
    notes = "\n".join(year_alone_line(cases[i], i + 1, what, year) for i, what, year in told)
    return Client(name="Walter Okonkwo-Reyes", language=lang, person=Person(dob=date(1954, 3, 9)), cases=cases,
                  notes=notes)


@pytest.fixture(scope="module", params=["en", "es"])
def handout(request):
    return request.param, handout_for(old_sections_record(request.param), request.param)


def _titles(composed) -> dict[str, str]:
    record = next(s for s in composed.sections if s.key == "record")
    return {e.conviction: e.title for e in record.blocks if isinstance(e, RecordEntry)}


# ---- O207-01: a 1976 HS 11357(b) known by its year alone is named by the law of 1976 ---------

def test_o207_01_11357b_of_a_year_alone_before_prop_64_is_named_by_the_old_law(handout):
    """The conviction's day not known, its year (1976) told at intake and printed on the card:
    the card was titled "... (before November 9, 2016); since then, possession of more than
    28.5 g", a law forty years after his conviction.  A year before 2016 tells the law."""
    lang, composed = handout
    assert _titles(composed)["c21"] == load_texts(lang)["offenses_by_day"]["HS 11357(b)"]["before"]


# ---- O207-02: asked to bring his RAP sheet, he is told how to get one ------------------------

def test_o207_02_asked_for_his_record_he_reads_how_to_get_it_first(handout):
    """Three days known by their year alone: "Bring your court papers or your record (RAP sheet)",
    to a man who has seen no court since 1988 and kept no papers, and nothing on the page said
    how to get that record (the how-to was said only under a "check your record" line, which
    his page has none of).  It is said once, just before the line that needs it."""
    lang, composed = handout
    t = load_texts(lang)["tasks"]
    texts = [task.text for task in composed.section("checklist").blocks]
    assert texts.count(t["get_rap_without_papers"]) == 1 and t["get_rap"] not in texts
    assert texts.index(t["get_rap_without_papers"]) + 1 == texts.index(t["conviction_day_papers"])


def test_r210_02_a_client_with_his_court_papers_is_not_sent_for_his_record_first(handout):
    """Just above "Bring your court papers or your record (RAP sheet)", with no check on his
    page that needs the record itself, a client who kept his papers read "Ask the clinic how to
    get a copy of your record ... giving your fingerprints ... the fee" as a step to take first.
    It says when: if he has no court papers."""
    lang, composed = handout
    texts = [task.text for task in composed.section("checklist").blocks]
    first = texts[texts.index(load_texts(lang)["tasks"]["conviction_day_papers"]) - 1]
    assert first.startswith({"en": "If you have no court papers, ", "es": "Si no tiene sus papeles del tribunal, "}[lang])
    assert first.endswith(load_texts(lang)["tasks"]["get_rap"][1:])  # the how-to as it was said


# ---- O207-03: a probation he said ended in 1973 is not offered to be ended early -------------

def test_o207_03_a_probation_ended_by_the_year_told_offers_no_early_end(handout):
    """He told intake his probations ended in 1973, 1982 and 1990, years alone: the days left
    blank, the screening asks for them, and his 1971, 1979 and 1988 cards each offered "Ending
    probation early: A clinic lawyer must check some facts first", a probation over for decades
    by his word.  The early end is left off those cards (the Eligibility tab keeps the answer)."""
    lang, composed = handout
    record = next(s for s in composed.sections if s.key == "record")
    offered = {e.conviction: [o.remedy for o in e.options] for e in record.blocks if isinstance(e, RecordEntry)}
    assert set(offered) == {"c11", "c21", "c31", "c41", "c51"}
    assert not [c for c, remedies in offered.items() if "pc1203_3" in remedies], offered
    assert "pc1203_4" in offered["c11"] and "pc17b" in offered["c31"]  # the rest as before


def test_r210_01_a_day_typed_since_wins_over_the_year_told():
    """Intake noted "probation end 2024, the year alone"; the papers since gave the day,
    2024-06-01, and a violation after it on which probation went on (extended, to an end the
    record does not show): the screening asks whether it still runs, and the card, reading the
    year told over the day typed, left "Ending probation early" off a probation that may run."""
    case = Case(id="c1", case_number="22M04411",
                convictions=[_count("c1", "PC", "484(a)", "misdemeanor", date(2022, 6, 1))],
                sentence=Sentence(type="probation", probation=Probation(
                    end=date(2024, 6, 1), violations=[Violation(date=date(2024, 9, 1), outcome="continued")])))
    client = Client(name="Rosa Delgado-Ibarra", person=Person(dob=date(1990, 2, 2)), cases=[case],
                    notes=year_alone_line(case, 1, "probation end", 2024))
    record = next(s for s in handout_for(client, "en").sections if s.key == "record")
    entry = next(e for e in record.blocks if isinstance(e, RecordEntry))
    assert "pc1203_3" in [o.remedy for o in entry.options]
