"""Round-28 leftovers (S28-xx): each test names the finding it checks."""

from __future__ import annotations

from clinic_app.eligibility.common import finish_and_keep
from clinic_app.model import Condition

STAY_AWAY = Condition("stay_away", "Stay away from the protected person")
CLASS = Condition("class", "Anger management", required=12, done=4)
OBEY = Condition("other", "Obey all laws")


def test_s28_06_open_conditions_are_split_once_into_tasks_and_orders():
    # 1203.4 and 1203.3 both say the open conditions as tasks to finish and orders to keep.
    assert finish_and_keep([CLASS, STAY_AWAY, OBEY]) == ("Anger management", "Stay away from the protected person, Obey all laws")
    assert finish_and_keep([CLASS]) == ("Anger management", "")
    assert finish_and_keep([]) == ("", "")


# ---- S28-01: a standing order after a revoked-and-reinstated probation that then ended ----

from clinic_app.checklist import checklist, outstanding  # noqa: E402
from clinic_app.model import Client, Person  # noqa: E402

from engine_builders import D, probation_case, row, run  # noqa: E402

AFTER_THE_END = "2026-07-01"


def _reinstated_then_completed(violations):
    return probation_case("242", start="2025-06-01", end="2026-06-01", status="completed", violations=violations, conditions=[STAY_AWAY])


def test_s28_01_the_order_of_a_probation_revoked_reinstated_and_completed_is_not_unfinished():
    # The revocation is recorded, then the reinstatement; probation then ran to its end.
    for violations in ([("2025-12-01", "revoked"), ("2026-01-10", "reinstated")], [("2025-12-01", "revoked")]):
        case = _reinstated_then_completed(violations)
        d = row(run(case, as_of=AFTER_THE_END), "pc1203_4")
        texts = [r.text for r in d.reasons] + d.next_steps
        assert (d.status, d.mode) == ("eligible", "discretionary")
        # The violation is what keeps the discretionary route, said as before.
        assert any(t.startswith("Probation was violated on 2025-12-01") for t in texts)
        assert not any("not completed" in t or "Stay away" in t for t in texts), texts
        client = Client("X", Person(), [case])
        item = next(i for i in checklist(client, D(AFTER_THE_END)) if i.kind == "condition")
        assert (item.label, item.done) == ("Stay away from the protected person (until probation ended on 2026-06-01)", True)
        assert outstanding(client, D(AFTER_THE_END)) == []


def test_s28_01_while_the_reinstated_probation_runs_the_order_is_still_kept_to():
    case = _reinstated_then_completed([("2025-12-01", "revoked"), ("2026-01-10", "reinstated")])
    d = row(run(case, as_of="2026-05-01"), "pc1203_4")
    assert "Keep to the orders that last until probation ends: Stay away from the protected person." in d.next_steps


def test_s28_01_a_revocation_undone_by_a_later_reinstatement_does_not_stand():
    # No status recorded: the later reinstatement is what stands, not "revoked and not reinstated".
    case = probation_case("242", start="2025-06-01", end="2026-06-01", status=None,
                          violations=[("2025-12-01", "revoked"), ("2026-01-10", "reinstated")], conditions=[STAY_AWAY])
    d = row(run(case, as_of=AFTER_THE_END), "pc1203_4")
    texts = [r.text for r in d.reasons]
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert "Probation was revoked and not reinstated." not in texts
    assert not any("not completed" in t for t in texts)
    # A revocation with nothing after it still stands.
    case = probation_case("242", start="2025-06-01", end="2026-06-01", status=None, violations=[("2025-12-01", "revoked")])
    assert row(run(case, as_of=AFTER_THE_END), "pc1203_4").status == "needs_review"


# ---- S28-02: PC 1203.49 on a probation the record shows revoked ----


def _trafficked_647b(status, violations):
    case = probation_case("647(b)", start="2025-06-01", end="2026-06-01", status=status, violations=violations)
    case.convictions[0].trafficking_related = True
    # The client's report too: the count's mark alone leaves trafficking or partner violence
    # open, which 1203.49 asks first (E291-02); these tests are about completion.
    return row(run(case, as_of=AFTER_THE_END, person=Person(trafficking_survivor=True)), "pc1203_49")


def test_s28_02_a_revoked_probation_marked_completed_is_not_said_completed():
    d = _trafficked_647b("completed", [("2025-12-01", "revoked")])
    texts = [r.text for r in d.reasons]
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert not any(t.startswith("Probation is completed") for t in texts)
    assert any("revoked on 2025-12-01 and no reinstatement after that" in t for t in texts)
    assert any(step.startswith("Check the docket: was probation reinstated after the revocation of 2025-12-01?") for step in d.next_steps)


def test_s28_02_a_reinstated_probation_that_ran_to_its_end_is_completed():
    for violations in ([("2025-12-01", "reinstated")], [("2025-12-01", "revoked"), ("2026-01-10", "reinstated")]):
        d = _trafficked_647b("completed", violations)
        assert d.status == "eligible"
        assert any(r.text.startswith("Probation is completed") for r in d.reasons)


# ---- S28-04: PC 1473.7 and custody on another conviction ----


def test_s28_04_custody_in_another_case_is_the_attorneys_question_not_a_block():
    own = probation_case("11377", code="HS", start="2019-07-02", end="2024-07-01", status="completed")
    later = probation_case("273.5", id="B", start="2024-06-29", end="2027-06-29", status="active")
    d = row(run(own, later, as_of="2025-01-15", person=Person(us_citizen=False)), "pc1473_7")
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    texts = [r.text for r in d.reasons]
    assert "The person is on probation in case B (PC 273.5, convicted 2024-06-29, Los Angeles County) through 2027-06-29." in texts
    assert any(t.startswith("Whether custody on another conviction stops a motion on this one is an open question") for t in texts)
    # Its own probation still blocks it, with the day it ends, where nothing else outlasts it.
    own_running = probation_case("11377", code="HS", start="2024-07-02", end="2026-07-01", status="active")
    d = row(run(own_running, as_of="2025-01-15", person=Person(us_citizen=False)), "pc1473_7")
    assert (d.status, d.date) == ("blocked", D("2026-07-02"))


# ---- S28-05: AB 1950 and a probation granted since 2021 for longer than its cap ----

CAP_SINCE = ("AB 1950 caps misdemeanor probation at 1 year, save for the exceptions it lists, none of which the record shows; this probation, "
             "granted 2022-03-01, was ordered to 2025-03-01, longer than that. The record's end date is used here; an attorney checks whether an exception applies.")


def _since_2021(section="484(a)/488", code="PC", as_of="2024-01-10"):
    return run(probation_case(section, code=code, start="2022-03-01", end="2025-03-01", status="completed"), as_of=as_of)


def test_s28_05_a_three_year_petty_theft_probation_of_2022_is_flagged_keeping_its_end():
    s = _since_2021()
    d = row(s, "pc1203_4")
    assert CAP_SINCE in [r.text for r in d.reasons]
    assert (d.status, d.mode, d.date, d.confidence) == ("eligible_on", "mandatory", D("2025-03-02"), "M")  # the record's end date
    early = row(s, "pc1203_3", conv=None)
    assert CAP_SINCE in [r.text for r in early.reasons]
    assert "Cite AB 1950: the term ordered is longer than its 1-year cap, and the record shows no exception that allows it." in early.next_steps


def test_s28_05_no_flag_for_an_exception_or_once_the_term_is_served():
    for section, code in (("273.5", "PC"), ("23152(a)", "VC")):  # DV, DUI: their own statutes set the term
        assert not any("AB 1950" in r.text for r in row(_since_2021(section, code), "pc1203_4").reasons)
    d = row(_since_2021(as_of="2025-06-01"), "pc1203_4")
    assert d.status == "eligible" and not any("AB 1950" in r.text for r in d.reasons)
    # One year or less: within the cap.
    s = run(probation_case(start="2022-03-01", end="2023-03-01", status="completed"), as_of="2022-06-01")
    assert not any("AB 1950" in r.text for r in row(s, "pc1203_4").reasons)


# ---- S28-03: after a revocation the record gives the sentence; what followed is asked ----

from clinic_app.eligibility.text_report import render_text  # noqa: E402

AFTER_REVOCATION = "Probation was revoked on 2016-12-01: what sentence followed (a county-jail or state-prison term), when was the person released, and was there supervision afterwards?"


def _revoked_felony(**kw):
    return probation_case("459/460(b)", level="felony", kind="formal", start="2015-06-01", end="2018-06-01", status="revoked",
                          violations=[("2016-12-01", "revoked")], imposition_suspended=True, wobbler=True, **kw)


def test_s28_03_the_sentence_type_the_record_gives_is_not_a_missing_fact_after_a_revocation():
    case = _revoked_felony()
    person = Person(us_citizen=True, fire_camp=True)
    s = run(case, as_of="2026-07-01", person=person)
    for remedy in ("pc1203_41", "pc17b", "cor", "pc1203_4b"):
        d = row(s, remedy)
        assert d.status == "needs_review", remedy
        assert d.missing_facts == ["sentence.custody"], (remedy, d.missing_facts)
    text = render_text(s, person, [case], "X")
    assert "What kind of sentence was it" not in text
    assert AFTER_REVOCATION in " ".join(text.split())


def test_s28_03_the_custody_after_a_revocation_is_asked_as_what_followed():
    case = _revoked_felony()
    from clinic_app.eligibility.fact_questions import given_facts, question
    assert question("sentence.custody", given=given_facts([case])) == AFTER_REVOCATION
    # A custody sentence's release is still asked as before.
    assert question("sentence.custody", given=given_facts([])) == "When was the person released from custody, and was there supervision afterwards?"


# ---- S28-07: a remedy's own wait that outlasts the bar is said as such ----

from engine_builders import custody_case  # noqa: E402


def test_s28_07_blocked_until_the_remedys_own_day_does_not_read_as_the_bars_end():
    # A certificate of rehabilitation: release 2029-11-02 (7 years: 2036), probation elsewhere to 2030.
    prison = custody_case("21310", code="PC", id="C", judgment="2025-08-08", release="2029-11-02", supervision="parole", supervision_end="2032-07-10")
    probation = probation_case("10851", id="B", code="VC", level="felony", kind="formal", start="2025-06-04", end="2030-06-04", status="active")
    d = row(run(prison, probation, as_of="2026-12-02", person=Person(ca_resident_since=D("1990-01-01"))), "cor", case="C", conv="C1")
    texts = [r.text for r in d.reasons]
    assert d.status == "blocked" and d.date > D("2030-06-05")
    assert "The person is on probation in case B (VC 10851, convicted 2025-06-04, Los Angeles County) through 2030-06-04." in texts
    assert f"That lifts on 2030-06-05, but relief waits until {d.date.isoformat()} in any case; recheck on that day." in texts
    assert not any(t.startswith("Relief is blocked until") for t in texts)


# ---- S28-08: automatic relief says when a running sentence is completed ----


def test_s28_08_the_four_years_are_said_from_the_day_the_sentence_is_completed():
    prison = custody_case("29800", code="PC", judgment="2025-07-01", release="2027-06-24", supervision="prcs", supervision_end="2028-12-08")
    d = row(run(prison, as_of="2026-12-02"), "pc1203_425")
    assert (d.status, d.date) == ("eligible_on", D("2032-12-09"))
    texts = [r.text for r in d.reasons]
    assert "Four years after the sentence is completed is 2032-12-09: it is completed on 2028-12-08, at the end of post-release community supervision (PRCS)." in texts
