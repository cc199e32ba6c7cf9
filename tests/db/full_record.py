"""A synthetic client that fills every field of the model, for round-trip tests."""

from __future__ import annotations

from datetime import date

from clinic_app.model import (
    ArrestOffense,
    Case,
    Client,
    Condition,
    CountRemoved,
    Conviction,
    Custody,
    Money,
    Payment,
    Petition,
    Person,
    Probation,
    Program,
    ReliefGranted,
    Sentence,
    Violation,
)


def full_client() -> Client:
    """A synthetic client with a value in every field of the model (and some Nones where
    None is meaningful), so a round trip that drops or mangles any field fails."""
    return Client(
        name="María José Ñúñez-López",
        person=Person(
            dob=date(1984, 2, 29),
            registrant_290=True,
            us_citizen=False,
            ca_resident_since=date(1999, 7, 1),
            pending_charges=True,
            on_supervision="mandatory_supervision",
            fire_camp=True,
            trafficking_survivor=True,
        ),
        cases=[
            Case(
                id="c1",
                outcome="convicted",
                case_number="BA123456",
                jurisdiction="CA",
                county="Los Angeles",
                disposition_date=date(2015, 3, 2),
                arrest_date=date(2014, 12, 24),
                arrest_level="felony",
                arrest_offenses=[ArrestOffense("459", "PC", "felony"), ArrestOffense("11350(a)", "HS", None)],
                program=Program(kind="dej", plea_entered=True, completed_on=date(2016, 1, 5)),
                protective_order_until=date(2018, 3, 2),
                convictions=[
                    Conviction(
                        id="c1-1",
                        section="459/460(b)",
                        code="PC",
                        level="felony",
                        wobbler=True,
                        conviction_date=date(2015, 3, 2),
                        offense_date=date(2014, 12, 24),
                        value_dollars=950,
                        open_business_hours=False,
                        cannabis_grams=28.5,
                        cannabis_plants=6,
                        trafficking_related=True,
                        relief_granted=[ReliefGranted("pc17b", date(2016, 2, 1)), ReliefGranted("prop47", None)],
                    ),
                    Conviction(id="c1-2", section="11350(a)", code="HS"),
                ],
                sentence=Sentence(
                    type="probation",
                    judgment_date=date(2015, 3, 2),
                    imposition_suspended=True,
                    completed=False,
                    probation=Probation(
                        kind="formal",
                        start=date(2015, 3, 2),
                        end=date(2018, 3, 2),
                        early_termination=date(2017, 6, 1),
                        violations=[Violation(date(2016, 4, 1), "reinstated"), Violation(date(2016, 9, 9), "continued")],
                        status="completed",
                    ),
                    custody=Custody(split=True, release_date=date(2015, 6, 1), supervision="none", supervision_end=date(2015, 7, 1)),
                ),
                conditions=[
                    Condition(kind="community_service", label="Community service hours", required=100, done=100, completed_on=date(2016, 8, 8)),
                    Condition(kind="class", label="52-week batterer's program", required=52, done=40, completed_on=None),
                ],
                money=Money(
                    fines_ordered=1500,
                    fines_paid=300,
                    fines_condition_of_probation=False,
                    restitution_ordered=2400,
                    restitution_paid=200,
                    payments=[Payment("fine", date(2015, 5, 1), 300, "R-0001"), Payment("restitution", date(2015, 6, 1), 200, None)],
                ),
                # c1-9, a count removed from the case after the filing, keeps its citation (E58-03).
                petitions=[Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-9"], date(2027, 1, 10), "granted", date(2027, 1, 10), "CR-180",
                                    counts_removed=[CountRemoved("c1-9", "23152(a)", "VC", "misdemeanor")])],
            ),
            Case(
                id="c2",
                outcome="dismissed",
                case_number="24CR-01234",
                county=None,
                arrest_date=date(2020, 1, 1),
                arrest_level="misdemeanor",
            ),
            Case(
                id="c3",
                outcome="convicted",
                case_number=None,
                convictions=[Conviction(id="c3-1", section="23152(b)", code="VC", level="misdemeanor", wobbler=False)],
                sentence=Sentence(type="state_prison", custody=Custody()),
                money=Money(),
            ),
        ],
        aliases=["Maria Nunez", "M. J. López"],
        language="es",
        event="Expungement Fair — Compton, 2026-10-17",
        phone="(323) 555-0142",
        notes="Prefers text messages.\nSecond line.",
    )
