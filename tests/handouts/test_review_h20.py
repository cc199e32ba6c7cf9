"""Findings of handout review H20, checked on composed handouts of clients screened by the
real engine, in English and in Spanish (the records follow /tmp/hand20/repro.yaml)."""

from __future__ import annotations

from datetime import date

from handout_clients import CLINIC, screened

from clinic_app.handouts import compose
from clinic_app.handouts.document import RecordEntry, Task
from clinic_app.model import (
    ArrestOffense,
    Case,
    Client,
    Conviction,
    Person,
    Probation,
    ReliefGranted,
    Sentence,
)


def handout(client: Client, lang: str):
    return compose(client, screened(client), CLINIC, lang=lang)


def effects(client: Client, lang: str) -> list[str]:
    section = handout(client, lang).section("effects")
    return [n.text for n in section.blocks] if section else []


def say(client: Client, lang: str, situation: str) -> dict[str, str]:
    """The "what you may say" lines of one situation, by column."""
    section = handout(client, lang).section("say")
    guidance = next(g for g in section.blocks if g.key == situation)
    return {line.column: line.say for line in guidance.lines}


def entries(client: Client, lang: str, section: str | None = None) -> list[RecordEntry]:
    h = handout(client, lang)
    return [b for s in h.sections if section in (None, s.key) for b in s.blocks if isinstance(b, RecordEntry)]


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def probation_case(case_id: str, conv: Conviction, start: date, end: date, status: str = "completed",
                   kind: str = "formal") -> Case:
    return Case(id=case_id, convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=start, imposition_suspended=True,
        probation=Probation(kind=kind, start=start, end=end, status=status)))


def person(**kw) -> Person:
    return Person(dob=date(1985, 1, 1), **kw)


# ---- H20-01: a vacated conviction carries no gun ban ------------------------------------


def vacated_felony(remedy: str = "pc1473_7") -> Client:
    conv = Conviction(id="A1", code="HS", section="11351", level="felony", conviction_date=date(2014, 5, 5),
                      relief_granted=[ReliefGranted(remedy, date(2023, 2, 2))])
    return Client(name="Rocío Castañeda", person=person(us_citizen=False),
                  cases=[probation_case("A", conv, date(2014, 5, 5), date(2017, 5, 5))])


def test_h20_01_a_vacated_felony_is_not_told_no_guns_for_life():
    for remedy in ("pc1473_7", "pc236_14"):
        client = vacated_felony(remedy)
        assert entries(client, "en")[0].state == "vacated"
        english, spanish = effects(client, "en"), effects(client, "es")
        assert not any("guns for life" in t or "right to have a gun" in t for t in english)
        assert not any("armas nunca" in t or "derecho a tener armas" in t for t in spanish)
        # Every conviction is vacated: what a dismissal leaves in place is not said either.
        assert not any("A dismissal does not erase your record" in t or "dismissed conviction" in t for t in english)
        assert not any("La desestimación no borra su récord" in t or "condena desestimada" in t for t in spanish)
        assert say(client, "en", "firearm") == {"vacated": "The cancelled conviction does not stop you from having a gun."}
        assert say(client, "es", "firearm") == {"vacated": "La condena anulada no le impide tener un arma."}
    # Still said for the immigrant client, who was told to see an immigration lawyer.
    assert any("immigration lawyer" in t for t in effects(vacated_felony(), "en"))


def test_h20_01_a_vacated_felony_beside_a_standing_conviction_keeps_the_dismissal_notes():
    client = vacated_felony()
    theft = Conviction(id="B1", section="484(a)/488", conviction_date=date(2016, 3, 2))
    client.cases.append(probation_case("B", theft, date(2016, 3, 2), date(2017, 3, 2), kind="summary"))
    english, spanish = effects(client, "en"), effects(client, "es")
    assert any(t.startswith("A dismissal does not erase your record") for t in english)
    assert any(t.startswith("La desestimación no borra su récord") for t in spanish)
    assert not any("guns for life" in t for t in english)
    assert not any("armas nunca" in t for t in spanish)


# ---- H20-02: an arrest that is not sealed is not "deemed never to have happened" -------------


def arrest(case_id: str, section: str, level: str, arrested: date, outcome: str = "no_charges_filed",
           **kw) -> Case:
    return Case(id=case_id, outcome=outcome, arrest_date=arrested, arrest_level=level,
                arrest_offenses=[ArrestOffense(section=section, level=level)], **kw)


def test_h20_02_an_arrest_that_is_not_sealed_gets_the_answers_for_an_unsealed_arrest():
    murder = Client(name="Anthony Jackson", person=person(us_citizen=True),
                    cases=[arrest("A", "187", "felony", date(2015, 1, 10))])
    chargeable = Client(name="Robert Park", person=person(us_citizen=True),
                        cases=[arrest("F", "459/460(b)", "felony", date(2025, 6, 10))])
    nevada = Client(name="Rosa Pérez", person=person(us_citizen=True),
                    cases=[arrest("A", "602", "misdemeanor", date(2015, 1, 10), outcome="dismissed",
                                  disposition_date=date(2015, 5, 1), jurisdiction="NV")])
    statuses = {d.remedy: d.status for d in screened(murder).results}
    assert statuses["pc851_91"] == "not_eligible"
    assert {d.remedy: d.status for d in screened(chargeable).results}["pc851_91"] == "eligible_on"
    for client in (murder, chargeable, nevada):
        assert [e.column for e in entries(client, "en", "arrests")] == ["arrest_not_sealed"]
        assert say(client, "en", "jury") == {"arrest_not_sealed": "An arrest alone does not stop you from serving."}
        assert say(client, "es", "jury") == {"arrest_not_sealed": "Un arresto por sí solo no le impide ser jurado."}
        assert say(client, "en", "license") == {
            "arrest_not_sealed": "If the form asks about arrests: “Yes, but it did not lead to a conviction.”"}
        assert say(client, "es", "license") == {
            "arrest_not_sealed": "Si el formulario pregunta por arrestos: «Sí, pero no terminó en condena»."}
        # Employers and landlords may not use any arrest that did not lead to a conviction.
        assert say(client, "en", "private_job") == say(client, "en", "housing") == {"arrest_not_sealed": "“No.”"}
        assert say(client, "es", "private_job") == {"arrest_not_sealed": "«No»."}
        for lang in ("en", "es"):
            h = handout(client, lang)
            lines = [line for g in h.section("say").blocks for line in g.lines]
            assert not any("851.92" in line.cite for line in lines)
            assert not any("never happened" in line.say or "nunca hubiera pasado" in line.say for line in lines)
    # What sealing would do is explained where sealing is still open, not for another state's arrest.
    assert any("sealed arrest" in t for t in effects(chargeable, "en"))
    assert any("arresto sellado" in t for t in effects(chargeable, "es"))
    assert not any("sealed arrest" in t for t in effects(nevada, "en"))
