"""A fact the record leaves blank is asked about, not read as the answer (metamorphic round 8).

Each test takes a record with one fact unknown, where filling it in two plausible ways gives
different answers: the unknown version must not give either answer with confidence H.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.model import Case, Conviction, Custody, Money, Person, Sentence

from engine_builders import custody_case, no_probation_case, probation_case, row, run

D = date.fromisoformat


def _old_done():
    """Case B: an old misdemeanor probation, long finished: open for 1203.4 unless the
    person is on probation, serving a sentence or charged in another case."""
    return probation_case("602", id="B", start="2010-06-01", end="2013-06-01")


def _recent(sentence=None, section="484(a)/488", level="misdemeanor", convicted="2025-06-02"):
    return Case(id="A", convictions=[Conviction(id="A1", section=section, level=level, conviction_date=D(convicted))], sentence=sentence)


def test_a_recent_case_whose_sentence_is_unknown_is_a_doubt_for_the_other_cases():
    d = row(run(_recent(), _old_done()), "pc1203_4", case="B", conv="B1")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert d.missing_facts == ["cases[A].sentence"]
    assert "no sentence is recorded for that case, and a recent one (probation, jail or prison) may still be running" in d.reasons[0].text
    # The case is named: listed under case B's steps, "that case" read as B (R17-12).
    assert d.next_steps == ["Get the sentence in case A (PC 484(a)/488, convicted 2025-06-02, Los Angeles County) from the court (the minute order or the docket), record it, and screen again."]
    # Long enough ago that any misdemeanor sentence is over: nothing to ask.
    old = row(run(_recent(convicted="2015-06-02"), _old_done()), "pc1203_4", case="B", conv="B1")
    assert (old.status, old.confidence) == ("eligible", "H")
    # A felony's sentence may run longer.
    felony = row(run(_recent(section="459/460(b)", level="felony", convicted="2018-06-02"), _old_done()), "pc1203_4", case="B", conv="B1")
    assert felony.status == "needs_review"


def test_probation_granted_without_its_dates_is_a_doubt_for_the_other_cases_and_its_own():
    sentence = Sentence(type="probation", judgment_date=D("2025-06-02"), imposition_suspended=True)
    s = run(_recent(sentence, section="459/460(b)", level="felony"), _old_done())
    other = row(s, "pc1203_4", case="B", conv="B1")
    assert other.status == "needs_review" and other.missing_facts == ["cases[A].sentence.probation"]
    early = row(s, "pc1203_3", case="A", conv=None)
    assert (early.status, early.missing_facts) == ("needs_review", ["sentence.probation"])  # it was "Probation was not granted"
    reduce = row(s, "pc17b")
    assert (reduce.status, reduce.confidence, reduce.missing_facts) == ("needs_review", "M", ["sentence.probation"])
    assert row(s, "pc1203_41").status == "needs_review"


def test_supervision_of_an_unrecorded_kind_still_running_is_a_doubt_for_the_other_cases():
    prison = Sentence(type="state_prison", judgment_date=D("2021-01-10"), custody=Custody(release_date=D("2024-01-10"), supervision=None, supervision_end=D("2027-01-10")))
    d = row(run(_recent(prison, section="459/460(b)", level="felony", convicted="2021-01-10"), _old_done()), "pc1203_4", case="B", conv="B1")
    assert d.status == "needs_review" and d.missing_facts == ["cases[A].sentence.custody.supervision"]
    assert "supervision after release runs until 2027-01-10, of a kind not recorded (parole, PRCS or mandatory supervision)" in d.reasons[0].text


def test_supervision_of_an_unrecorded_kind_blocks_what_every_kind_blocks():
    """Automatic relief stops for parole, PRCS and mandatory supervision alike, so the kind
    does not matter there: blocked until the recorded end (review finding: it asked)."""
    prison = Sentence(type="state_prison", judgment_date=D("2021-01-10"), custody=Custody(release_date=D("2024-01-10"), supervision=None, supervision_end=D("2027-01-10")))
    d = row(run(_recent(prison, section="459/460(b)", level="felony", convicted="2021-01-10"), _old_done()), "pc1203_425", case="B", conv="B1")
    assert (d.status, d.date, d.missing_facts) == ("blocked", D("2027-01-11"), [])
    assert d.reasons[0].text == ("The person is under supervision after release in case A (PC 459/460(b), convicted 2021-01-10, Los Angeles County) through 2027-01-10: parole, PRCS or mandatory "
                                 "supervision (the record does not say which), and any of them stops relief here.")


def test_the_jury_line_names_every_doubt_elsewhere():
    """Review finding: with two cases in doubt, the jury line named only the first."""
    felony = probation_case("459/460(b)", id="F", level="felony", kind="formal", start="2015-03-02", end="2018-03-02")
    stale_a = probation_case("459/460(b)", id="A", level="felony", kind="formal", start="2023-03-02", end="2025-03-02", status="active")
    stale_c = probation_case("10851", id="C", code="VC", level="felony", kind="formal", start="2023-04-02", end="2025-04-02", status="active")
    s = run(felony, stale_a, stale_c)
    (jury,) = [c for c in s.consequences if c.case == "F" and c.topic == "jury"]
    assert "case A" in jury.text and "case C" in jury.text and "If any of these is still running, the person cannot serve on a jury" in jury.text


def test_a_recent_sentence_not_marked_served_is_a_doubt_for_the_other_cases():
    recent = no_probation_case("602", judgment="2025-12-01", completed=None)
    d = row(run(recent, _old_done()), "pc1203_4", case="B", conv="B1")
    assert d.status == "needs_review" and d.missing_facts == ["cases[A].sentence.completed"]
    assert d.next_steps[0].startswith("Find out from the court whether the sentence in case A (PC 602, convicted 2025-12-01, Los Angeles County) has been served")
    done = no_probation_case("602", judgment="2025-12-01", completed=True)
    assert row(run(done, _old_done()), "pc1203_4", case="B", conv="B1").status == "eligible"


def test_paid_fines_do_not_say_the_whole_sentence_was_served():
    case = no_probation_case("602", judgment="2024-11-23", completed=None, money=Money(fines_ordered=500, fines_paid=500))
    d = row(run(case), "pc1203_4a")
    assert (d.status, d.confidence, d.missing_facts) == ("needs_review", "M", ["sentence.completed"])
    assert not any(r.text == "The sentence has been fully performed." for r in d.reasons)
    served = row(run(replace(case, sentence=replace(case.sentence, completed=True))), "pc1203_4a")
    assert (served.status, served.confidence) == ("eligible", "H")


def test_an_unknown_sentence_before_realignment_may_have_been_prison():
    d = row(run(_recent(section="11350(a)", level="felony", convicted="2009-03-02")), "pc1203_42")
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence"])
    assert row(run(_recent(section="11350(a)", level="felony", convicted="2012-03-02")), "pc1203_42").status == "not_applicable"
    # Early termination of a probation that would have ended long ago: nothing to ask.
    early = row(run(_recent(section="11350(a)", level="felony", convicted="2009-03-02")), "pc1203_3", conv=None)
    assert (early.status, early.confidence) == ("not_applicable", "M")


def test_a_prior_felony_the_catalog_does_not_know_is_asked_about_for_1203_42():
    base = custody_case("459/460(b)", code="PC", judgment="2008-06-01", release="2010-06-01", supervision_end="2011-06-01")
    nevada = Case(id="P", jurisdiction="NV", convictions=[Conviction(id="P1", code="NRS", section="200.380", level="felony", conviction_date=D("2000-05-01"))],
                  sentence=Sentence(type="state_prison", judgment_date=D("2000-05-01"), custody=Custody(release_date=D("2003-05-01"), supervision="none")))
    assert row(run(base), "pc1203_42").status == "eligible"
    d = row(run(base, nevada), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "A prior felony NRS 200.380 in case P (convicted 2000-05-01, NV) is not in the offense catalog" in d.reasons[0].text


def test_o24_07_a_prior_naming_two_offenses_is_not_called_missing_from_the_catalog():
    """O24-07: 1203.42 said a prior "HS 11377/11364" was "not in the offense catalog", though
    both sections are in it (the rows asking which say it names two offenses)."""
    base = custody_case("459/460(b)", code="PC", judgment="2008-06-01", release="2010-06-01", supervision_end="2011-06-01")
    prior = Case(id="P", convictions=[Conviction(id="P1", code="HS", section="11377/11364", level="felony", conviction_date=D("2000-05-01"))],
                 sentence=Sentence(type="state_prison", judgment_date=D("2000-05-01"), custody=Custody(release_date=D("2003-05-01"), supervision="none")))
    d = row(run(base, prior), "pc1203_42")
    assert d.status == "needs_review"
    assert "A prior felony HS 11377/11364 in case P (convicted 2000-05-01, Los Angeles County) names two offenses (HS 11377 and HS 11364), and the record does not say which one the conviction is for; if it has the elements" in d.reasons[0].text
    assert not any("not in the offense catalog" in r.text for r in d.reasons)


def test_a_bar_with_no_end_date_names_the_date_that_would_say_until_when():
    running = probation_case("602", id="A", start="2026-03-13", end=None, status="active")
    own = probation_case("594(a)", id="B", start="2025-11-11", end="2028-11-11", status="active")
    d = row(run(running, own), "pc1203_4", case="B", conv="B1")
    assert d.status == "blocked" and d.missing_facts == ["cases[A].sentence.probation.end"]


def test_the_order_of_the_cases_does_not_change_the_words():
    c = probation_case("602", id="C", start="2024-08-12", end="2027-08-12", status="active")
    d = probation_case("594(a)", id="D", start="2024-09-26", end="2027-09-26", status="active")
    one = row(run(_old_done(), c, d), "pc1203_4", case="B", conv="B1")
    other = row(run(_old_done(), d, c), "pc1203_4", case="B", conv="B1")
    assert one == other and one.status == "blocked"
    assert [r.text for r in one.reasons][:2] == ["The person is on probation in case C (PC 602, convicted 2024-08-12, Los Angeles County) through 2027-08-12.", "The person is on probation in case D (PC 594(a), convicted 2024-09-26, Los Angeles County) through 2027-09-26."]


def test_a_person_confirmed_off_supervision_has_no_doubt_from_probation_without_dates():
    """FORMAT.md: on_supervision "none" is the clinic's confirmation; it settles a probation
    the record shows without dates (and nothing else)."""
    sentence = Sentence(type="probation", judgment_date=D("2025-06-02"), imposition_suspended=True)
    d = row(run(_recent(sentence), _old_done(), person=Person(on_supervision="none")), "pc1203_4", case="B", conv="B1")
    assert d.status == "eligible"


# ---- review of the above (review 9) --------------------------------------------------------


def test_summary_probation_elsewhere_stays_the_open_question_beside_an_unknown_sentence():
    """[L] (public case S25): a summary probation elsewhere was turned into a certain block as
    soon as another case had an unknown sentence, with a DOJ step naming that doubt as fact."""
    clean = probation_case("602", id="A", start="2015-03-02", end="2018-03-02")
    summary = probation_case("594(a)", id="B", start="2024-06-01", end="2027-06-01", status="active")
    unknown = _recent(convicted="2024-02-01")
    unknown = replace(unknown, id="C", convictions=[replace(unknown.convictions[0], id="C1")])
    d = row(run(clean, summary, unknown), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert d.missing_facts == ["cases[C].sentence"]
    assert not any("before the person was" in step for step in d.next_steps)
    assert any("is an open question" in r.text for r in d.reasons) and not any("relief waits until" in r.text for r in d.reasons)


def test_a_doubt_that_lapses_before_the_remedy_s_own_first_day_changes_nothing():
    # One year, within AB 1950's cap (a longer one is flagged, at M: S28-05).
    own = probation_case("594(a)", id="A", start="2025-12-03", end="2026-12-03", status="active")
    unknown = _recent(convicted="2021-12-01")  # a misdemeanor: the doubt lapses on 2026-12-02
    unknown = replace(unknown, id="B", convictions=[replace(unknown.convictions[0], id="B1")])
    d = row(run(own, unknown), "pc1203_4")
    assert (d.status, d.date, d.confidence) == ("eligible_on", D("2026-12-04"), "H")


def test_an_infraction_s_unknown_sentence_is_a_doubt_for_a_year_only():
    """An infraction carries no jail (PC 19.8): its unknown sentence is a fine, a doubt for a
    year, not the five years of a misdemeanor's probation."""
    def ticket(day):
        return Case(id="T", convictions=[Conviction(id="T1", code="VC", section="22350", level="infraction", conviction_date=D(day))])
    assert row(run(_old_done(), ticket("2025-03-01")), "pc1203_4", case="B", conv="B1").status == "eligible"
    assert row(run(_old_done(), ticket("2026-06-01")), "pc1203_4", case="B", conv="B1").status == "needs_review"


def test_a_supervision_of_unrecorded_kind_keeps_its_own_case_s_dates():
    prison = Sentence(type="state_prison", judgment_date=D("2021-01-10"), custody=Custody(release_date=D("2024-01-10"), supervision=None, supervision_end=D("2027-01-10")))
    s = run(_recent(prison, section="459/460(b)", level="felony", convicted="2021-01-10"))
    assert (row(s, "pc1203_41").status, row(s, "pc1203_41").date) == ("eligible_on", D("2029-01-11"))


def test_the_jury_line_keeps_its_own_unknown_sentence_beside_another_case_s_doubt():
    own = replace(_recent(section="11352", level="felony", convicted="2025-03-01"), id="B")
    own = replace(own, convictions=[replace(own.convictions[0], id="B1")])
    other = Case(id="C", convictions=[Conviction(id="C1", section="459/460(b)", level="felony", conviction_date=D("2025-04-01"))],
                 sentence=Sentence(type="probation", judgment_date=D("2025-04-01")))
    line = " ".join(c.text for c in run(own, other).consequences if c.case == "B" and c.topic == "jury")
    assert "The record does not show this case's sentence" in line
    assert "still on probation in case C" in line


def test_1203_42_does_not_ask_the_sentence_of_an_offense_1170h_never_reaches():
    d = row(run(_recent(section="211", level="felony", convicted="2005-03-02")), "pc1203_42")
    assert (d.status, d.confidence) == ("not_applicable", "M")
    assert "which PC 211 is not, whatever its sentence was" in d.reasons[0].text


def test_a_supervision_of_unrecorded_kind_bars_jury_service_for_certain():
    """Every kind of supervision disqualifies a felon from a jury (CCP 203(a)(10)), so the
    kind the record leaves blank does not matter to the jury line."""
    prison = Sentence(type="state_prison", judgment_date=D("2021-01-10"), custody=Custody(release_date=D("2024-01-10"), supervision=None, supervision_end=D("2027-01-10")))
    s = run(_recent(prison, section="459/460(b)", level="felony", convicted="2021-01-10"))
    line = " ".join(c.text for c in s.consequences if c.topic == "jury")
    assert line.startswith("The person cannot serve on a jury now: they are serving a sentence through 2027-01-10.")


# ---- verification run (verify10) -----------------------------------------------------------


def test_a_supervision_of_unrecorded_kind_after_a_release_still_ahead_is_a_doubt_for_the_others():
    prison = Sentence(type="state_prison", judgment_date=D("2024-02-15"), custody=Custody(release_date=D("2028-02-14"), supervision=None, supervision_end=D("2031-02-14")))
    d = row(run(_recent(prison, section="459/460(b)", level="felony", convicted="2024-02-15"), _old_done()), "pc1203_4", case="B", conv="B1")
    # Blocked for certain while in custody; how long after, the unrecorded supervision decides.
    assert (d.status, d.date, d.missing_facts) == ("blocked", None, ["cases[A].sentence.custody.supervision"])
    assert any("supervision after release runs until 2031-02-14" in r.text for r in d.reasons)


def test_parole_ahead_with_no_end_date_names_that_date():
    prison = Sentence(type="state_prison", judgment_date=D("2024-02-15"), custody=Custody(release_date=D("2028-02-14"), supervision="parole", supervision_end=None))
    d = row(run(_recent(prison, section="459/460(b)", level="felony", convicted="2024-02-15"), _old_done()), "pc1203_4", case="B", conv="B1")
    assert (d.status, d.missing_facts) == ("blocked", ["cases[A].sentence.custody.supervision_end"])


def test_unpaid_fines_in_a_case_with_no_sentence_recorded_are_a_doubt_however_old():
    old = replace(_recent(convicted="2010-06-02"), money=Money(fines_ordered=400, fines_paid=100))
    d = row(run(old, _old_done()), "pc1203_4", case="B", conv="B1")
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].money.fines_paid"])


def test_a_review_without_steps_of_its_own_says_what_to_find():
    """Readability finding R15-15: "An attorney must review this before anything is filed."
    named neither the fact to find nor the question to decide."""
    released_when = custody_case("459/460(b)", id="A", code="PC", judgment="2015-02-01", release=None, supervision="parole", supervision_end=None)
    d = row(run(released_when), "cor")
    assert d.missing_facts == ["cases[A].sentence.custody.release_date"]
    # Its own case is not named in a step under its own results (F26B-02).
    assert d.next_steps == ["Find out, then screen again: On what date was the person released from custody? Where to look: the jail or CDCR release record, or the docket."]


def test_summary_probation_elsewhere_names_the_question_the_attorney_decides():
    old = probation_case("602", id="A", start="2015-03-02", end="2016-03-02")
    summary = probation_case("415(1)", id="B", start="2026-03-01", end="2027-03-01", status="active")
    steps = row(run(old, summary), "pc1203_425").next_steps
    assert any(s.startswith("An attorney decides whether summary probation in another case stops automatic relief") for s in steps), steps


# ---- metamorphic round 17: a fact removed must not make the answer surer ------------------


def test_a_revoked_violation_with_no_status_reads_as_revoked_not_as_a_running_probation():
    """F1: with `status` null, a violation whose outcome is "revoked" (not reinstated) had been
    passed over: 1203.4 eligible_on at H, early termination offered, and other cases blocked
    "on probation", while automatic relief in the same screening said it was revoked."""
    def record(status):
        a = probation_case(start="2023-03-01", end="2027-03-01", status=status, violations=[("2025-09-01", "revoked")])
        return run(a, _old_done(), as_of="2026-11-01")

    revoked, unknown = record("revoked"), record(None)
    for remedy, case, conv in (("pc1203_4", "A", "A1"), ("pc1203_3", "A", None), ("pc1203_4a", "A", "A1"), ("pc1203_4", "B", "B1")):
        a, b = row(revoked, remedy, case, conv), row(unknown, remedy, case, conv)
        assert (a.status, a.mode, a.date, a.confidence) == (b.status, b.mode, b.date, b.confidence), remedy
    assert row(unknown, "pc1203_3", "A", None).status == "not_applicable"
    assert row(unknown, "pc1203_4").status == "needs_review"


def test_a_conviction_entered_during_probation_with_no_offense_date_is_a_doubt_on_the_route():
    """F2: another case's conviction entered while this probation ran, with no offense date,
    was passed over (mandatory, H, no word).  The offense may predate the grant; public case
    S52 keeps such a route mandatory, so it stays mandatory, at M, with the doubt said and a
    step to find the offense date (not a missing fact: FORMAT.md keeps those for needs_review;
    oracle finding O18-02)."""
    a = probation_case("459/460(b)", level="felony", kind="formal", start="2009-05-12", end="2012-05-11")
    b = probation_case("602", id="B", start="2010-11-26", end="2011-11-26")
    d = row(run(a, b), "pc1203_4")
    assert (d.status, d.mode, d.confidence) == ("eligible", "mandatory", "M")
    assert d.missing_facts == []
    assert d.next_steps[0] == "To confirm the route, find out when the offense was committed that led to the conviction of PC 602 in case B (Los Angeles County) on 2010-11-26: the complaint or the police report gives it."
    assert "during this probation, on 2010-11-26: PC 602 in case B (Los Angeles County). It does not show" in d.reasons[1].text
    b.convictions[0].offense_date = D("2009-01-05")  # before the grant: a case pending at it
    assert (row(run(a, b), "pc1203_4").mode, row(run(a, b), "pc1203_4").confidence) == ("mandatory", "H")
    b.convictions[0].offense_date = D("2010-02-02")  # during it
    during = row(run(a, b), "pc1203_4")
    assert (during.mode, during.missing_facts) == ("discretionary", [])
    assert "committed on 2010-02-02" in during.reasons[1].text


def test_fines_of_unknown_amount_that_were_a_condition_are_asked_not_read_as_none():
    """F3: `fines_ordered` null counted as no fines, so the mandatory route was given at H
    although the record said fines were a probation condition and some were paid."""
    unknown = probation_case(start="2017-03-01", end="2020-03-01", money=Money(fines_ordered=None, fines_paid=100, fines_condition_of_probation=True))
    d = row(run(unknown), "pc1203_4")
    assert (d.status, d.confidence, d.missing_facts) == ("needs_review", "L", ["money.fines_ordered"])
    assert d.next_steps[0].startswith("Find out from the court how much was ordered in fines")
    assert d.reasons[1].text.startswith("Paying the fines was a probation condition, and the record does not show how much was ordered")
    # Only a payment shows the fines: both the amount and the condition are asked.
    part_paid = probation_case(start="2017-03-01", end="2020-03-01", money=Money(fines_ordered=None, fines_paid=250))
    p = row(run(part_paid), "pc1203_4")
    assert (p.status, p.missing_facts) == ("needs_review", ["money.fines_ordered", "money.fines_condition_of_probation"])
    assert p.reasons[1].text.startswith("The record shows $250 paid in fines but not how much was ordered")
    # Known and paid in full: mandatory; known not to be a condition: the amount does not matter.
    paid = probation_case(start="2017-03-01", end="2020-03-01", money=Money(fines_ordered=100, fines_paid=100, fines_condition_of_probation=True))
    assert (row(run(paid), "pc1203_4").mode, row(run(paid), "pc1203_4").confidence) == ("mandatory", "H")
    no_condition = probation_case(start="2017-03-01", end="2020-03-01", money=Money(fines_ordered=None, fines_paid=100, fines_condition_of_probation=False))
    assert row(run(no_condition), "pc1203_4").mode == "mandatory"
    # Still running: a step to find the amount and pay, and no longer H.
    running = probation_case(start="2024-03-01", end="2027-03-01", status="active", money=Money(fines_ordered=None, fines_paid=100, fines_condition_of_probation=True))
    r = row(run(running), "pc1203_4")
    assert (r.status, r.confidence) == ("eligible_on", "M")
    assert any(s.startswith("Find out from the court how much was ordered in fines") for s in r.next_steps)


def test_1203_42_asks_when_its_own_parole_ended_instead_of_blocking():
    """F5: 1203.42 said "blocked" with nothing named where 1203.41 and automatic relief asked
    for the parole end date; a parole with a known end still gives its date."""
    unknown = custody_case("11378", judgment="2009-03-01", release="2010-06-01", supervision="parole", supervision_end=None)
    for remedy in ("pc1203_42", "pc1203_41"):
        d = row(run(unknown), remedy)
        assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].sentence.custody.supervision_end"]), remedy


def test_a_reinstated_probation_with_no_end_asks_for_the_end_not_the_sentence_that_followed():
    """F6: automatic relief spoke of "the sentence that followed" a revocation that was
    reinstated, and named no fact."""
    rec = probation_case("459/460(b)", level="felony", kind="formal", start="2015-03-02", end=None, violations=[("2016-01-10", "reinstated")])
    rec.sentence.completed = True
    d = row(run(rec), "pc1203_425")
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence.probation.end"])
    assert d.reasons[0].text.startswith("Probation was revoked and reinstated; the record does not show when it ended")


def test_a_parole_elsewhere_with_no_end_recorded_says_what_to_find():
    """F26-02: a dismissal blocked by parole in another case, its end not recorded, had no
    next step at all: the paralegal was told neither what to find nor where."""
    done = probation_case("484(a)/488", id="A", start="2015-03-02", end="2018-03-02")
    parole = custody_case("11378", id="C", judgment="2021-01-01", release="2024-01-01", supervision="parole", supervision_end=None)
    d = row(run(done, parole, as_of="2026-12-01"), "pc1203_4")
    assert (d.status, d.date) == ("blocked", None)
    assert "Find out when the parole in case C (HS 11378, convicted 2021-01-01, Los Angeles County) ends (CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet); record the end date and screen again." in d.next_steps


def test_a_parole_with_no_end_recorded_is_one_step_for_every_remedy_it_holds_back():
    """F26B-01 (public case S59's record): one report said the same step three ways:
    "Recheck when supervision ends; the record does not show that date yet" (1203.41), "Find
    out when the parole in case A ends (CDCR for parole, ...); record the end date and screen
    again" (1203.425) and "Find out when parole ends, record the date and screen again" (the
    certificate).  Each now gives the one wording, which says where to look."""
    step = "Find out when the parole ends (CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet); record the end date and screen again."  # S27-04: its own case unnamed
    s = run(custody_case("459/460(b)", code="PC", judgment="2020-02-01", release="2023-01-15", supervision="parole", supervision_end=None), as_of="2026-12-01")
    for remedy in ("pc1203_41", "pc1203_425", "cor"):
        assert step in row(s, remedy).next_steps, remedy
    # Before realignment, PC 1203.42 says it too.
    s = run(custody_case("459/460(b)", code="PC", judgment="2009-02-01", release="2025-06-01", supervision="parole", supervision_end=None), as_of="2026-12-01")
    d = row(s, "pc1203_42")
    assert (d.status, d.next_steps) == ("blocked", [step])
