"""T274: the handout of a driver whose record is traffic, read as she would: two suspended-license
counts and a reckless driving on completed probation, a no-license misdemeanor and a speeding
ticket whose fines are unpaid, and she needs her license back for a delivery job.  Composed once
a language (the words are the point)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.handouts import compose
from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 7)


def _probation_case(id: str, section: str, start: date, end: date) -> Case:
    return Case(id=id, case_number=f"{id}CA0{start.year}",
                convictions=[Conviction(id=f"{id}1", code="VC", section=section, level="misdemeanor",
                                        conviction_date=start)],
                sentence=Sentence(type="probation", judgment_date=start, imposition_suspended=True,
                                  probation=Probation(kind="summary", start=start, end=end, status="completed")))


def _fine_only_case(id: str, section: str, level: str, judged: date, owed: int) -> Case:
    return Case(id=id, case_number=f"{id}CA0{judged.year}",
                convictions=[Conviction(id=f"{id}1", code="VC", section=section, level=level,
                                        conviction_date=judged)],
                sentence=Sentence(type="no_probation", judgment_date=judged, completed=False),
                money=Money(fines_ordered=owed, fines_paid=0))


def traffic_client(lang: str) -> Client:
    cases = [
        _probation_case("A", "14601.1(a)", date(2018, 6, 12), date(2020, 6, 12)),
        _probation_case("B", "14601.1(a)", date(2019, 9, 3), date(2022, 9, 3)),
        _probation_case("D", "23103", date(2021, 4, 15), date(2023, 4, 15)),
        _fine_only_case("C", "12500(a)", "misdemeanor", date(2020, 11, 20), 650),
        _fine_only_case("E", "22350", "infraction", date(2022, 2, 10), 490),
    ]
    return Client(name="Synthetic Driver", language=lang, person=Person(dob=date(1994, 3, 11), us_citizen=True),
                  cases=cases)


@pytest.fixture(scope="module", params=["en", "es"])
def handout(request):
    client = traffic_client(request.param)
    return request.param, compose(client, screened(client, AS_OF), CLINIC, lang=request.param, as_of=AS_OF)


def _section_text(handout, key: str) -> str:
    section = next(s for s in handout.sections if s.key == key)
    return " ".join(getattr(b, "text", "") for b in section.blocks)


# A client whose license is suspended read "A dismissal does not change DMV records": whether the
# dismissal she came for gives her license back went unsaid (only a DUI client's note said it).
SUSPENSION_STAYS = {"en": "does not end a license suspension or revocation",
                    "es": "termina una suspensión o revocación de su licencia"}


def test_t274_02_the_dmv_line_says_a_dismissal_does_not_end_a_license_suspension(handout):
    lang, h = handout
    effects = _section_text(h, "effects")
    assert "VC 14601.1" not in effects  # the note speaks of the license, not of her offenses
    assert SUSPENSION_STAYS[lang] in effects, effects
    # «así que no le devuelve una licencia suspendida» followed "give you back a suspended license"
    # word for word: read as handing back a license that is suspended.  Said as she would (G279-01).
    assert {"en": "so it will not give you back a suspended license.",
            "es": "Si le suspendieron la licencia, la desestimación no se la devuelve."}[lang] in effects, effects


# Her no-license case and her speeding ticket were fines only, unpaid: "Case 0CA09876: Finish
# your sentence." beside "Pay the fines you still owe" read as something else still to do.
# «Pagar las multas es parte de ella»: «ella», to a reader with little schooling, is a woman, not
# the sentence it stands for; the sentence named (G279-02).
FINES_ARE_IT = {"en": "Paying the fines is part of it.", "es": "Pagar las multas es parte de la sentencia."}


def test_t274_03_a_fine_only_sentence_not_finished_says_its_fines_are_part_of_it(handout):
    lang, h = handout
    tasks = [task.text for task in next(s for s in h.sections if s.key == "checklist").blocks]
    unfinished = [text for text in tasks if text.startswith(("Case CCA02020", "Case ECA02022", "Caso CCA02020",
                                                               "Caso ECA02022"))]
    assert len(unfinished) == 2, tasks
    assert all(FINES_ARE_IT[lang] in text for text in unfinished), unfinished
    # A case whose sentence is unfinished but owes no fine reads as before.
    client = traffic_client(lang)
    client.cases[-1].money = None
    plain = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF)
    texts = [task.text for task in next(s for s in plain.sections if s.key == "checklist").blocks]
    speeding = [text for text in texts if "ECA02022" in text and FINES_ARE_IT[lang] not in text]
    assert len(speeding) == 1, texts
