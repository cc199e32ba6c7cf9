"""The synthetic caseload: deterministic, valid, and as varied as a real clinic's."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import islice

import pytest

from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility.dates import anniversary
from clinic_app.screening_format import check_cases, client_to_request_dict, read_client_request


@pytest.fixture(scope="module")
def clients():
    return list(generate_clients(1500, seed=7))


def test_the_same_seed_gives_the_same_clients():
    assert list(generate_clients(50, seed=3)) == list(generate_clients(50, seed=3))
    assert list(generate_clients(50, seed=3)) != list(generate_clients(50, seed=4))


def test_a_longer_run_starts_with_the_shorter_one():
    assert list(islice(generate_clients(200, seed=3), 20)) == list(generate_clients(20, seed=3))


def test_every_demo_client_passes_the_format_checks(clients):
    for n, client in enumerate(clients):
        check_cases(client.cases, f"client[{n}].cases")
        read_client_request(client_to_request_dict(client))  # and survives the strict reader


def test_money_totals_match_the_payment_ledger(clients):
    for client in clients:
        for case in client.cases:
            if case.money is not None:
                paid = Counter()
                for payment in case.money.payments:
                    paid[payment.kind] += payment.amount
                assert paid["fine"] == (case.money.fines_paid or 0)
                assert paid["restitution"] == (case.money.restitution_paid or 0)
                assert case.money.fines_owed >= 0 and case.money.restitution_owed >= 0


def test_the_caseload_covers_every_kind_of_record(clients):
    cases = [case for client in clients for case in client.cases]
    sentences = [c.sentence for c in cases if c.sentence is not None]
    assert {c.outcome for c in cases} == {"convicted", "dismissed", "acquitted", "no_charges_filed", "diversion_completed", "pending"}
    assert {s.type for s in sentences} == {"probation", "no_probation", "county_jail_1170h", "state_prison"}
    probations = [s.probation for s in sentences if s.probation is not None]
    assert {(p.kind, p.status) for p in probations} >= {("formal", "active"), ("formal", "completed"), ("summary", "active"), ("summary", "completed"), ("formal", "revoked")}
    assert any(p.end > DEMO_AS_OF for p in probations) and any(p.end < DEMO_AS_OF for p in probations)
    assert {v.outcome for p in probations for v in p.violations} == {"continued", "reinstated", "revoked"}
    assert any(p.early_termination for p in probations)
    custodies = [s.custody for s in sentences if s.custody is not None]
    assert {(s.type, s.custody.split, s.custody.supervision) for s in sentences if s.custody} >= {
        ("county_jail_1170h", False, "none"),
        ("county_jail_1170h", True, "mandatory_supervision"),
        ("state_prison", False, "parole"),
        ("state_prison", False, "prcs"),
    }
    assert custodies
    assert any(c.money and c.money.restitution_owed > 0 for c in cases)
    assert any(c.money and c.money.payments for c in cases)
    conditions = [k for c in cases for k in c.conditions]
    assert {k.kind for k in conditions} >= {"class", "community_service"}
    assert any(k.is_met for k in conditions) and any(not k.is_met for k in conditions)
    assert any(c.program and c.outcome == "diversion_completed" for c in cases)
    sections = {(v.code, v.section) for c in cases for v in c.convictions}
    assert {("PC", "459/460(b)"), ("HS", "11359"), ("VC", "23152(b)"), ("PC", "273.5"), ("BP", "25662")} <= sections


def test_the_people_are_varied(clients):
    assert any(c.person.registrant_290 for c in clients)
    assert any(c.person.us_citizen is False for c in clients)
    assert any(c.person.us_citizen is None for c in clients)
    assert Counter(c.language for c in clients)["es"] > 100
    names = " ".join(c.name for c in clients)
    for accented in ("José", "Ñúñez", "Sánchez"):
        assert accented in names
    assert max(len(c.name) for c in clients) > 50
    assert any(c.aliases for c in clients)
    assert any(c.event and "Expungement Fair — Compton" in c.event for c in clients)
    assert all(c.phone is None or "555-01" in c.phone for c in clients)  # fictional numbers only


def test_every_arrest_offense_and_judgment_falls_after_the_18th_birthday(clients):
    # Adult court records only: a date before birth (or in childhood) would be nonsense a
    # clinic would spot at once, and would skew the engine's age-based rules.
    for client in clients:
        adult = anniversary(client.person.dob, 18)
        for case in client.cases:
            dates = [case.arrest_date, case.disposition_date]
            dates += [d for conv in case.convictions for d in (conv.offense_date, conv.conviction_date)]
            for day in dates:
                assert day is None or adult <= day <= DEMO_AS_OF, (client.name, case.id, day)


def test_no_relief_is_granted_after_the_demo_day(clients):
    granted = [r for c in clients for case in c.cases for v in case.convictions for r in v.relief_granted]
    assert granted, "the demo has some relief already granted"
    assert all(r.date is None or r.date <= DEMO_AS_OF for r in granted)


def test_no_relief_is_granted_after_an_earlier_day_asked_for():
    as_of = date(2019, 6, 1)
    granted = [r for c in generate_clients(1500, seed=7, as_of=as_of) for case in c.cases for v in case.convictions for r in v.relief_granted]
    assert granted
    assert all(r.date is None or r.date <= as_of for r in granted)


PROP_47 = date(2014, 11, 5)


def _offenses(clients):
    """(section, level, the day it was committed or the arrest) of every offense."""
    for client in clients:
        for case in client.cases:
            for conv in case.convictions:
                yield conv.section, conv.level, conv.offense_date
            for off in case.arrest_offenses:
                yield off.section, off.level, case.arrest_date


def test_offenses_are_charged_as_the_law_stood_on_their_day(clients):
    seen = Counter()
    for section, level, day in _offenses(clients):
        if section == "12020":
            assert day < date(2012, 1, 1), "PC 12020 was repealed from 2012 (recodified, e.g. as 21310)"
        elif section == "21310":
            assert day >= date(2012, 1, 1)
        elif section == "29800":
            assert day >= date(2012, 1, 1), "a felon with a firearm was former PC 12021 before 2012"
        elif section == "666":
            assert day < PROP_47, "after Prop 47, 666 is a felony only with priors the demo does not draw"
        elif section == "459.5":
            assert day >= PROP_47, "shoplifting (459.5) exists only from Prop 47"
        elif section == "11350(a)" and level is not None:
            assert (level == "felony") == (day < PROP_47), (level, day)
        seen[section] += 1
    # ... and both sides of each change are in the caseload
    assert seen["12020"] and seen["21310"] and seen["459.5"] and seen["459/460(b)"] and seen["12021"] and seen["29800"]


def test_cannabis_amounts_and_levels_fit_their_day(clients):
    """No conviction for an amount that was lawful or an infraction on its day (28.5 g or less
    from 2011, six plants or fewer from Prop 64), and sale or cultivation a misdemeanor after it."""
    prop_64 = date(2016, 11, 9)
    seen = Counter()
    for client in clients:
        for case in client.cases:
            for conv in case.convictions:
                day = conv.offense_date
                if conv.section == "11357" and day >= date(2011, 1, 1):
                    assert conv.cannabis_grams > 28.5, (conv.cannabis_grams, day)
                    seen["11357 since 2011"] += 1
                if conv.section == "11358" and day >= prop_64:
                    assert conv.cannabis_plants > 6 and conv.level == "misdemeanor", (conv.cannabis_plants, conv.level, day)
                    seen["11358 since Prop 64"] += 1
                if conv.section in ("11358", "11359"):
                    assert (conv.level == "felony") == (day < prop_64), (conv.section, conv.level, day)
                    seen[f"{conv.section} {conv.level}"] += 1
    assert seen["11357 since 2011"] and seen["11358 since Prop 64"] and seen["11359 felony"] and seen["11359 misdemeanor"]


def test_minimum_probation_terms_and_minors_in_possession(clients):
    """Domestic violence probation is at least three years (PC 1203.097(a)(1)), a DUI's three
    to five (VC 23600(b)(1)); minor in possession of alcohol (BP 25662) is under 21."""
    families = {"243(e)(1)": "dv", "273.5": "dv", "23152(a)": "dui", "23152(b)": "dui"}
    seen = Counter()
    for client in clients:
        for case in client.cases:
            lead = case.convictions[0] if case.convictions else None
            family = families.get(lead.section) if lead is not None else None
            p = case.sentence.probation if case.sentence is not None else None
            if family and p is not None and p.start and p.end:
                assert 3 * 365 <= (p.end - p.start).days, (lead.section, p.start, p.end)
                seen[family] += 1
            for conv in case.convictions:
                if conv.section == "25662":
                    assert conv.offense_date < anniversary(client.person.dob, 21), (conv.offense_date, client.person.dob)
                    seen["25662"] += 1
            for off in case.arrest_offenses:
                if off.section == "25662":
                    assert case.arrest_date < anniversary(client.person.dob, 21)
    assert seen["dv"] > 20 and seen["dui"] > 20 and seen["25662"] > 0


def test_straight_felonies_are_never_drawn_as_wobblers():
    """Metamorphic finding: the demo drew 29800, 11358 and 11359 as wobblers, which the
    catalog (and the law) make straight felonies, so 17(b) was offered on them."""
    from clinic_app.catalog import load_catalog

    catalog = load_catalog()
    checked = 0
    for client in generate_clients(1500, seed=7):
        for case in client.cases:
            for conv in case.convictions:
                row = catalog.lookup(conv.code, conv.section).offense
                if row is not None and row.level == "felony":
                    checked += 1
                    assert conv.wobbler is not True, (conv.code, conv.section)
    assert checked > 100


def test_diversions_fit_the_offense_and_their_day(clients):
    programs = [(case.program, case.arrest_offenses[0], case.arrest_date) for c in clients for case in c.cases if case.program is not None]
    assert {p.kind for p, _o, _d in programs} == {"dej", "drug", "pretrial", "mental_health", "misdemeanor"}
    for program, offense, arrested in programs:
        assert offense.code != "VC" or not offense.section.startswith("2315"), "no diversion for a DUI (VC 23640)"
        if program.kind in ("dej", "drug"):
            assert offense.code == "HS" and offense.section.split("(")[0] in ("11350", "11357", "11364", "11377")
            assert (program.kind == "dej") == (arrested < date(2018, 1, 1)) == program.plea_entered
        if program.kind == "mental_health":
            assert arrested >= date(2018, 6, 27)
        if program.kind == "misdemeanor":
            assert offense.level == "misdemeanor" and arrested >= date(2021, 1, 1)


def test_prcs_follows_a_release_from_realignment_on(clients):
    """W27B-05: PRCS began with releases from 2011-10-01 (AB 109), and the demo gave PRCS that
    ended in 2004; a release before that day is on parole.  Both kinds still occur."""
    from clinic_app.eligibility.sentence import REALIGNMENT

    custodies = [case.sentence.custody for client in clients for case in client.cases
                 if case.sentence is not None and case.sentence.type == "state_prison"]
    prcs = [c for c in custodies if c.supervision == "prcs"]
    assert prcs and all(c.release_date is not None and c.release_date >= REALIGNMENT for c in prcs)
    assert any(c.supervision == "parole" and c.release_date < REALIGNMENT for c in custodies)
    assert any(c.supervision == "parole" and c.release_date >= REALIGNMENT for c in custodies)


def _done_after(clients, day):
    """Every payment or completed condition the demo dates after `day`."""
    for client in clients:
        for case in client.cases:
            if case.money:
                yield from (("payment", client.name, p.date) for p in case.money.payments if p.date > day)
            yield from (("completed", client.name, c.completed_on) for c in case.conditions
                        if c.completed_on and c.completed_on > day)


def test_h29_03_no_payment_or_completion_is_dated_after_the_demo_day(clients):
    """H29-03: a recent judgment's installments ran on past as_of, so the ledger held payments
    "made" after the record's own day (155 of seed 91's first 2,000 clients), and a class or a
    stay-away order on a probation still running was "completed" on a day to come."""
    assert any(case.money and case.money.payments for c in clients for case in c.cases)
    assert list(_done_after(clients, DEMO_AS_OF)) == []
    earlier = date(2019, 6, 1)
    assert list(_done_after(generate_clients(1500, seed=91, as_of=earlier), earlier)) == []


def test_h29_03_the_ledger_s_totals_are_its_payments(clients):
    """The payments left out are left out of the totals too: fines_paid and restitution_paid
    are the sums of the ledger's payments, never more than was ordered."""
    for client in clients:
        for case in client.cases:
            m = case.money
            if not m:
                continue
            for kind, paid, ordered in (("fine", m.fines_paid, m.fines_ordered), ("restitution", m.restitution_paid, m.restitution_ordered)):
                assert (paid or 0) == sum(p.amount for p in m.payments if p.kind == kind)
                assert (paid or 0) <= (ordered or 0)


def test_h29_03_an_unfinished_class_is_short_of_its_sessions(clients):
    classes = [c for client in clients for case in client.cases for c in case.conditions if c.kind == "class"]
    assert any(c.completed_on for c in classes) and any(not c.completed_on for c in classes)
    for c in classes:
        assert (c.done == c.required) == (c.completed_on is not None), c
