"""Gates (clinic_app/eligibility/gates.py): screen()'s memoised categorical answers give
exactly what each remedy's own evaluate gives, and a gate reads only its profile."""

from __future__ import annotations

from datetime import date

from clinic_app.demo import generate_clients
from clinic_app.eligibility import REMEDIES, screen
from clinic_app.eligibility import _as_it_stood
from clinic_app.eligibility import _catalog as catalog
from clinic_app.eligibility.bars import person_bars
from clinic_app.eligibility.context import make_context
from clinic_app.eligibility.gates import ConvictionProfile, conviction_key, person_facts, sentence_facts
from clinic_app.eligibility.pc1203_425 import KEY as AUTOMATIC_RELIEF, settle_petition_steps
from clinic_app.eligibility.pc851_93 import point_to_sealing
from clinic_app.model import Conviction, Person

from engine_builders import probation_case


def _one_by_one(person, cases, as_of):
    """Every remedy's evaluate, pair by pair, in screen()'s order (no gate memo involved),
    then 1203.425's look at the conviction's petition routes and 851.93's at the case's
    sealing petition, as screen() does, on the record
    as it stood on as_of (a violation or payment dated later not yet there), as screen() reads it."""
    cases = tuple(_as_it_stood(case, as_of) for case in cases)
    ctx = make_context(person, cases, as_of, catalog(), person_bars(person, cases, as_of))
    out = []
    for case in cases:
        for conv in case.convictions if case.outcome == "convicted" else ():
            first = len(out)
            out += [r.evaluate(ctx, case, conv) for r in REMEDIES if r.scope == "conviction"]
            at = next(i for i in range(first, len(out)) if out[i].remedy == AUTOMATIC_RELIEF)
            settle_petition_steps(out, first, at)
        first = len(out)
        out += [r.evaluate(ctx, case, None) for r in REMEDIES if r.scope == "case"]
        point_to_sealing(out[first:])
    return out


def test_screen_with_gates_equals_every_evaluate_on_its_own():
    for as_of in (date(2026, 11, 1), date(2019, 6, 30)):
        for client in generate_clients(300, seed=11):
            if any(c.jurisdiction != "CA" for c in client.cases) or any(v.relief_granted or (v.conviction_date or as_of) > as_of for c in client.cases for v in c.convictions):
                continue  # those pairs take other paths (outside California, relief already granted, not yet convicted)
            assert screen(client.person, client.cases, as_of).results == _one_by_one(client.person, client.cases, as_of)


def test_a_memoised_gate_answer_is_fresh_for_each_result():
    """Results built from a memoised gate answer never share their lists."""
    case = probation_case()
    case.convictions = [Conviction("c1", "211", level="felony"), Conviction("c2", "211", level="felony")]
    results = screen(Person(), [case], date(2026, 11, 1)).results
    by_key = {}
    for d in results:
        if d.status == "not_applicable" and d.conviction:
            by_key.setdefault(d.remedy, []).append(d)
    pairs = [ds for ds in by_key.values() if len(ds) == 2]
    assert pairs
    for a, b in pairs:
        assert a.reasons == b.reasons and a.reasons is not b.reasons and a.next_steps is not b.next_steps


def test_profile_carries_the_key_it_was_made_from():
    case = probation_case()
    conv = case.convictions[0]
    key = conviction_key(conv, sentence_facts(case), person_facts(Person(fire_camp=True)))
    p = ConvictionProfile(catalog(), key)
    assert (p.code, p.section, p.level, p.sentence_type, p.fire_camp) == (conv.code, conv.section, conv.level, "probation", True)
    assert p.match == catalog().lookup(conv.code, conv.section)
