"""Round 27, legal points left standing (L27): each test cites the ca-rules.md point it holds
the engine to, and checks that where the rules file does not settle a point the answer says
so rather than guessing."""

from __future__ import annotations

from engine_builders import probation_case, run, topics


# ---- L27-01: PC 29805 and an attempt (PC 664) ------------------------------------------------

_OPEN_ATTEMPT = "whether the ban reaches an attempt is unsettled"


def test_an_attempted_273_5_carries_the_lifetime_ban_as_the_cautious_reading_with_the_question_said():
    """ca-rules.md 4.5 [H]: PC 29805(b) bans for life a misdemeanor PC 273.5 convicted since
    2019, and 29805(a) lists 273.5 for ten years before; it says nothing of attempts.  A
    "664/273.5" was told the lifetime ban as certain: now the ban is kept (the safe reading)
    and the open question is said."""
    since_2019 = " ".join(topics(run(probation_case("664/273.5", start="2020-03-01", end="2023-03-01")))["firearms"])
    assert "lifetime state firearm ban" in since_2019 and _OPEN_ATTEMPT in since_2019 and "PC 664" in since_2019
    before = " ".join(topics(run(probation_case("664/273.5", start="2017-03-01", end="2020-03-01")))["firearms"])
    assert "ten-year state firearm ban" in before and _OPEN_ATTEMPT in before


def test_an_attempt_of_a_ten_year_offense_says_the_question_while_the_ban_would_run():
    """ca-rules.md 4.5: 245 and 422 are on the PC 29805(a) list; an attempt of either is not
    named there.  Once the ten years have run either way there is nothing to ask."""
    running = topics(run(probation_case("664/422", start="2020-03-01", end="2021-03-01")))["firearms"][0]
    assert "runs through 2030-03-01" in running and "PC 29805 names PC 422, not an attempt" in running
    over = topics(run(probation_case("664/422", start="2010-03-01", end="2011-03-01")))["firearms"][0]
    assert "ended on 2020-03-01" in over and _OPEN_ATTEMPT not in over


def test_the_completed_offense_and_an_unlisted_attempt_get_no_attempt_question():
    """The question belongs to attempts of listed offenses only."""
    done = " ".join(topics(run(probation_case("273.5", start="2020-03-01", end="2023-03-01")))["firearms"])
    assert "lifetime state firearm ban" in done and _OPEN_ATTEMPT not in done
    theft = " ".join(topics(run(probation_case("664/484(a)", start="2020-03-01", end="2021-03-01")))["firearms"])
    assert _OPEN_ATTEMPT not in theft


def test_a_felony_attempted_273_5_17b_hint_and_reason_say_the_question():
    """ca-rules.md 3.7 [M]: after 17(b) a listed misdemeanor carries the PC 29805 ban; for an
    attempt that is the cautious reading (4.5 names only the sections)."""
    rec = probation_case("664/273.5", level="felony", kind="formal", start="2020-03-01", end="2023-03-01", imposition_suspended=True, wobbler=True)
    s = run(rec)
    assert _OPEN_ATTEMPT in topics(s)["firearms"][0]
    reduction = [r for r in s.results if r.remedy == "pc17b"][0]
    assert reduction.status == "eligible"
    assert any(_OPEN_ATTEMPT in r.text and "PC 664" in r.cite for r in reduction.reasons)


# ---- L27-02: PC 1203.425 and a serious felony reduced under PC 17(b) ---------------------------

from datetime import date  # noqa: E402

from clinic_app.model import ReliefGranted  # noqa: E402

from engine_builders import row  # noqa: E402


def _reduced(case, when="2020-01-10"):
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", date.fromisoformat(when))]
    return case


def test_a_reduced_serious_felony_on_the_probation_path_stays_an_open_question_that_names_the_reduction():
    """ca-rules.md 3.5 / 8.3 [L]: whether path (I)(ia) covers a serious or violent felony is open;
    3.7 [H]: a 17(b) reduction makes it a misdemeanor for all purposes but a strike stays one.
    The reduced PC 245(a)(1) kept the question, but it read as a felony still standing."""
    rec = _reduced(probation_case("245(a)(1)", level="felony", kind="formal", start="2016-03-01", end="2019-03-01", imposition_suspended=True))
    d = row(run(rec), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    said = " ".join(r.text for r in d.reasons)
    assert "reduced to a misdemeanor under PC 17(b)" in said and "it stays a strike" in said and "open question" in said
    # Not reduced: the question as before, with no word of a reduction.
    plain = row(run(probation_case("245(a)(1)", level="felony", kind="formal", start="2016-03-01", end="2019-03-01", imposition_suspended=True)), "pc1203_425")
    assert plain.status == "needs_review" and "reduced" not in " ".join(r.text for r in plain.reasons)


def test_a_reduced_serious_felony_after_a_revocation_names_the_felony_paths_exclusion_in_the_question():
    """ca-rules.md 3.5 [H]: path (II) excludes serious and violent felonies; after a 17(b)
    reduction (3.7: still a strike) whether it still does is not settled: needs_review, said."""
    rec = _reduced(probation_case("245(a)(1)", level="felony", kind="formal", start="2016-03-01", end="2019-03-01", imposition_suspended=True, violations=[("2017-08-01", "revoked")]))
    d = row(run(rec), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    said = " ".join(r.text for r in d.reasons)
    assert "which the felony path excludes" in said and "it stays a strike" in said
    # A reduced felony that is not serious or violent: only the path question.
    other = row(run(_reduced(probation_case("496(a)", level="felony", kind="formal", start="2016-03-01", end="2019-03-01", imposition_suspended=True, violations=[("2017-08-01", "revoked")]))), "pc1203_425")
    assert other.status == "needs_review" and "felony path excludes" not in " ".join(r.text for r in other.reasons)


# ---- L27-04: PC 236.14 for an arrest that led to no conviction --------------------------------

from clinic_app.model import ArrestOffense, Case, Person  # noqa: E402

from engine_builders import D  # noqa: E402

_VACATE_ARREST = "PC 236.14 can"


def _arrest(level="misdemeanor", section="647(b)", outcome="dismissed"):
    offenses = [ArrestOffense(section=section, code="PC", level=level or "misdemeanor")] if section else []
    return Case(id="B", outcome=outcome, disposition_date=D("2019-05-01") if outcome == "dismissed" else None, arrest_date=D("2019-01-10"), arrest_level=level, arrest_offenses=offenses)


def _sealing_steps(case, survivor=True):
    return row(run(case, person=Person(trafficking_survivor=survivor)), "pc851_91", case="B", conv=None)


def test_a_survivors_arrest_is_told_of_236_14_even_where_sealing_waits_on_a_fact():
    """ca-rules.md 3.16 [H]: PC 236.14 vacates arrests as well as convictions, for a nonviolent
    offense.  Arrest-only cases have no conviction row for pc236_14 (FORMAT screens it per
    conviction), so the sealing answer carries it; it did only where sealing was open, not
    where sealing is needs_review for want of the arrest's level."""
    d = _sealing_steps(_arrest(level=None, section=None))
    assert d.status == "needs_review"
    assert any(_VACATE_ARREST in s and "nonviolent" in s for s in d.next_steps)
    assert not any(_VACATE_ARREST in s for s in _sealing_steps(_arrest(level=None, section=None), survivor=False).next_steps)
    # Where sealing is open, as before.
    assert any(_VACATE_ARREST in s for s in _sealing_steps(_arrest()).next_steps)


def test_no_236_14_step_where_every_arrest_offense_is_a_violent_felony():
    """ca-rules.md 3.16 [M]: not available for violent felonies (PC 667.5(c))."""
    robbery = _sealing_steps(_arrest(level="felony", section="211"))
    assert not any(_VACATE_ARREST in s for s in robbery.next_steps)
    theft = _sealing_steps(_arrest(level="felony", section="487(a)"))
    assert any(_VACATE_ARREST in s for s in theft.next_steps)


# ---- L27-06: [L] points - PC 261.5(d) reduced under 17(b), and automatic relief ----------------


def test_a_reduced_261_5_d_automatic_relief_question_names_the_reduction():
    """ca-rules.md 3.1 [L]: 1203.4(b) names only felony 261.5(d); after a 17(b) reduction
    whether it is eligible needs review (the 1203.4 row said so).  The automatic-relief row
    asked about 'PC 261.5(d), which PC 1203.4(b) excludes from dismissal', as if still a felony."""
    rec = _reduced(probation_case("261.5(d)", level="felony", kind="formal", imposition_suspended=True))
    s = run(rec)
    assert row(s, "pc1203_4").status == "needs_review"
    d = row(s, "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    said = " ".join(r.text for r in d.reasons)
    assert "reduced to a misdemeanor under PC 17(b)" in said and "whether the exclusion still applies is unsettled" in said
    # The felony as convicted and never reduced: the question as before.
    plain = row(run(probation_case("261.5(d)", level="felony", kind="formal", imposition_suspended=True)), "pc1203_425")
    assert "which PC 1203.4(b) excludes from dismissal" in " ".join(r.text for r in plain.reasons)


# ---- L27-08: [L] point - immigration and a 17(b) reduction --------------------------------------


def test_the_immigration_line_of_a_reduced_felony_says_the_reductions_effect_is_unsettled():
    """ca-rules.md 4.8 [L]: a 17(b) reduction or Prop 47 redesignation changes the level, which
    can matter, but after Matter of Thomas & Thompson a change not based on a legal defect may
    be disregarded; 3.7 [M/L] likewise.  The line was silent on the reduction."""
    rec = _reduced(probation_case("459/460(b)", level="felony", kind="formal", imposition_suspended=True))
    (line,) = topics(run(rec, person=Person(us_citizen=False)))["immigration"]
    assert "reduced to a misdemeanor under PC 17(b)" in line and "unsettled" in line and "Thomas & Thompson" in line
    (plain,) = topics(run(probation_case("459/460(b)", level="felony", kind="formal", imposition_suspended=True), person=Person(us_citizen=False)))["immigration"]
    assert "17(b)" not in plain and "Thomas" not in plain
