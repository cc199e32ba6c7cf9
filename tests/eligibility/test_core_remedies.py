"""The core remedies' own rules: modes, routes, bars, missing facts, unknown sections."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import REMEDIES
from clinic_app.model import ArrestOffense, Case, Condition, Person, ReliefGranted

from engine_builders import D, conviction, custody_case, money, no_probation_case, probation_case, row, run, status


# ---- 1203.4 modes -----------------------------------------------------------------------


def test_violation_even_when_reinstated_leaves_the_discretionary_route():
    rec = probation_case(violations=[("2016-08-01", "reinstated")])
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert "2016-08-01" in " ".join(r.text for r in d.reasons)


def test_dui_is_discretionary_only():
    rec = probation_case("23152(a)", code="VC", start="2021-08-01", end="2025-08-01")
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any(r.cite == "PC 1203.4(c)(1)-(2)" for r in d.reasons)


def test_a_dui_count_leaves_every_count_of_the_case_discretionary():
    """PC 1203.4(c)(1)-(2) (ca-rules.md 2.4): 'charged with any offense described in VC
    12810(a)-(e)': the case's other count is discretionary too, even after an early discharge."""
    from engine_builders import conviction

    rec = probation_case("23152(b)", code="VC", start="2021-08-01", end="2025-08-01", early="2024-01-02")
    rec.convictions.append(conviction("148(a)(1)", convicted="2021-08-01", id="A2"))
    d = row(run(rec), "pc1203_4", conv="A2")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any("VC 23152(b)" in r.text and r.cite == "PC 1203.4(c)(1)-(2)" for r in d.reasons)
    alone = probation_case("148(a)(1)", start="2021-08-01", end="2025-08-01")
    assert status(run(alone), "pc1203_4")[1] == "mandatory"


def test_early_termination_makes_relief_mandatory():
    rec = probation_case("148(a)(1)", start="2023-02-01", end="2024-02-01", early="2023-09-01")
    assert status(run(rec), "pc1203_4") == ("eligible", "mandatory", None)


def test_unfinished_condition_after_probation_leaves_the_discretionary_route():
    rec = probation_case(conditions=[Condition("class", "52-week batterer program", required=52, done=30)])
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "discretionary")


def test_unpaid_fines_that_were_a_condition_go_to_the_attorney():
    """ca-rules.md 2.3 [L]: 'discretionary / needs review'.  Relief is open either way, so the
    next steps still say to file; the route is the attorney's call."""
    rec = probation_case(money=money(fines_ordered=500, fines_paid=100, fines_condition_of_probation=True))
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert any("arguable at best" in r.text for r in d.reasons)
    assert any("filed either way" in s for s in d.next_steps) and any("CR-180" in s for s in d.next_steps)


def test_unpaid_fines_with_unknown_condition_names_the_missing_fact():
    rec = probation_case(money=money(fines_ordered=500, fines_paid=100))
    d = row(run(rec), "pc1203_4")
    assert d.status == "needs_review" and d.missing_facts == ["money.fines_condition_of_probation"]


def test_unpaid_fines_do_not_matter_where_the_route_is_discretionary_anyway():
    rec = probation_case(violations=[("2016-01-05", "continued")], money=money(fines_ordered=500, fines_paid=100))
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.mode, d.missing_facts) == ("eligible", "discretionary", [])


def test_no_probation_means_1203_4_does_not_apply():
    assert status(run(no_probation_case()), "pc1203_4")[0] == "not_applicable"


def test_revoked_probation_needs_review_between_1203_4_and_1203_41():
    rec = probation_case(level="felony", kind="formal", status="revoked", violations=[("2016-01-01", "revoked")])
    assert status(run(rec), "pc1203_4")[0] == "needs_review"


def test_active_status_past_the_end_date_needs_review():
    rec = probation_case(status="active", end="2020-01-01")
    d = row(run(rec), "pc1203_4")
    # Given, though contradicted: checked, not missing (S27B-01).
    assert d.status == "needs_review" and d.missing_facts == []
    assert d.next_steps[0].startswith("Check the record, then screen again: The record marks probation active, but its end date 2020-01-01 has passed")


def test_missing_probation_end_needs_review_naming_it():
    rec = probation_case(end=None, status=None)
    d = row(run(rec), "pc1203_4")
    assert d.status == "needs_review" and d.missing_facts == ["sentence.probation.end"]


def test_completed_probation_with_no_end_date_is_open_without_asking_the_date():
    # Readability finding R17-05: 1203.4 needs only that probation has ended, and the record
    # says it has; the date would decide nothing here.  Said at M, the route by the record.
    rec = probation_case(end=None, status="completed", violations=[("2016-02-11", "reinstated")])
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.mode, d.confidence, d.missing_facts) == ("eligible", "discretionary", "M", [])
    assert d.reasons[0].text.startswith("The record says probation is completed but not on what date")
    clean = row(run(probation_case(end=None, status="completed")), "pc1203_4")
    assert (clean.status, clean.mode, clean.confidence) == ("eligible", "mandatory", "M")


def test_completed_probation_with_no_end_date_asks_it_when_a_later_conviction_may_fall_inside():
    # Whether case B's offense fell during case A's probation decides A's route.
    a = probation_case(end=None, status="completed", start="2015-03-02")
    later = probation_case("242", id="B", start="2017-06-01", end="2018-06-01")
    d = row(run(a, later), "pc1203_4", case="A")
    assert d.status == "needs_review" and d.missing_facts == ["sentence.probation.end"]
    earlier = probation_case("242", id="B", start="2012-06-01", end="2013-06-01")
    assert row(run(a, earlier), "pc1203_4", case="A").status == "eligible"


# ---- person-level bars ------------------------------------------------------------------


def test_pending_charge_blocks_without_a_date():
    pending = Case(id="B", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    d = row(run(probation_case(), pending), "pc1203_4")
    assert (d.status, d.date) == ("blocked", None)
    assert "pending" in d.reasons[0].text


def _pending(*offenses, arrest_level=None):
    return Case(id="B", outcome="pending", arrest_date=date(2026, 10, 1), arrest_level=arrest_level, arrest_offenses=[ArrestOffense(s, c, lv) for c, s, lv in offenses])


@pytest.mark.parametrize("written, arrest_level", [(None, None), ("misdemeanor", None), (None, "misdemeanor")])
def test_a_pending_infraction_is_the_open_question_of_ca_rules_2_1_not_a_block(written, arrest_level):
    """A level written as "misdemeanor" does not make it a certain block: the format has no
    word for an infraction (legal review)."""
    s = run(probation_case(), _pending(("VC", "22350", written), arrest_level=arrest_level))
    for remedy in ("pc1203_4", "pc1203_425"):
        d = row(s, remedy)
        assert (d.status, d.confidence) == ("needs_review", "L"), remedy
        said = "" if written is None and arrest_level is None else " by the offense catalog, though the record gives its level as misdemeanor"
        assert d.reasons[0].text == f"Case B (VC 22350, arrested 2026-10-01, Los Angeles County) is pending for an infraction only (VC 22350){said}; whether a pending infraction counts as being charged with an offense is an open question."
    assert any("attorney decides whether the pending infraction" in step for step in row(s, "pc1203_4").next_steps)


@pytest.mark.parametrize(
    "offenses, arrest_level",
    [
        ((("VC", "22350", None), ("PC", "484(a)/488", None)), None),  # a misdemeanor beside it
        ((("VC", "22350", "felony"),), None),  # the record says felony
        ((("VC", "22350", None),), "felony"),
        ((("PC", "99999", None),), None),  # unknown to the catalog
    ],
)
def test_a_pending_case_that_may_be_more_than_an_infraction_still_blocks(offenses, arrest_level):
    d = row(run(probation_case(), _pending(*offenses, arrest_level=arrest_level)), "pc1203_4")
    assert (d.status, d.confidence) == ("blocked", "H")


def test_person_level_pending_charge_flag_blocks_everything_that_names_it():
    s = run(probation_case(), person=Person(pending_charges=True))
    assert status(s, "pc1203_4")[0] == "blocked"
    assert status(s, "pc1203_425")[0] == "blocked"


def test_parole_in_another_case_blocks_1203_4_and_1203_41():
    on_parole = custody_case(id="P", judgment="2020-01-01", release="2024-01-01", supervision_end=None)
    old = custody_case(id="A", judgment="2010-01-01", release="2012-01-01", supervision_end="2014-01-01")
    s = run(probation_case(id="C"), on_parole, old)
    assert status(s, "pc1203_4", case="C", conv="C1")[0] == "blocked"
    assert status(s, "pc1203_41")[0] == "blocked"


def test_a_block_resting_on_parole_alone_is_m_for_1203_4_and_1203_4a():
    """ca-rules 2.1 names serving a sentence for 1203.4 and 1203.4a, and parole only for
    1203.41/1203.42; parole as part of the sentence is 2.2's [M] reading (metamorphic finding)."""
    on_parole = custody_case(id="P", judgment="2020-01-01", release="2024-01-01", supervision_end="2027-01-10")
    old = custody_case(id="A", judgment="2010-01-01", release="2012-01-01", supervision_end="2014-01-01")
    s = run(probation_case(id="C"), no_probation_case(id="N", judgment="2016-02-10"), on_parole, old)
    assert row(s, "pc1203_4", case="C", conv="C1").confidence == "M"
    assert row(s, "pc1203_4a", case="N", conv="N1").confidence == "M"
    running = probation_case(id="B", start="2025-06-01", end="2027-06-01", status="active", kind="formal")
    both = run(probation_case(id="C"), on_parole, running)
    assert row(both, "pc1203_4", case="C", conv="C1").confidence == "H"  # probation blocks at H on its own


def _unknown_sentence(id="B", convicted="2025-02-01"):
    """A recent case whose sentence the record leaves blank: a doubt for every other case."""
    return Case(id=id, convictions=[conviction("594(a)", id=f"{id}1", convicted=convicted)])


def test_a_question_from_another_case_keeps_the_remedy_s_own_analysis():
    """Review finding: a 1203.4 row that asked about another case's sentence showed only that
    question, and lost "VC 12810 offense, so relief is discretionary only"."""
    dui = probation_case("23152(a)", code="VC", violations=[("2016-05-01", "continued")])
    d = row(run(dui, _unknown_sentence()), "pc1203_4")
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[B].sentence"])
    texts = [r.text for r in d.reasons]
    assert texts[0].startswith("The record does not show whether the person is still serving a sentence in case B")
    assert texts[1] == "Were it not for that, relief here would be discretionary now (probation ended on 2018-03-02)."
    assert any("VC 12810(a)-(e) offense, so relief is discretionary only" in t for t in texts[2:])
    assert any("Probation was violated on 2016-05-01" in t for t in texts[2:])
    # A certain block says the same after its date.
    running = probation_case("594(a)", id="P", start="2025-06-01", end="2027-06-01", status="active", kind="summary")
    blocked = row(run(dui, running), "pc1203_4")
    assert blocked.status == "blocked" and blocked.date == D("2027-06-02")
    assert any("VC 12810(a)-(e) offense" in r.text for r in blocked.reasons)


def test_1203_4a_behind_probation_elsewhere_says_its_own_route():
    """A misdemeanor without probation, then a later conviction: discretionary only (b), which
    the block by probation in the later case no longer hides."""
    fine = no_probation_case("415(1)", judgment="2016-02-10")
    running = probation_case("594(a)", id="P", start="2025-06-01", end="2027-06-01", status="active", kind="summary")
    d = row(run(fine, running), "pc1203_4a")
    assert d.status == "needs_review"  # probation elsewhere is an open question for 1203.4a (ca-rules 8.5)
    texts = [r.text for r in d.reasons]
    assert "Were it not for that, relief here would be discretionary now (judgment 2016-02-10)." in texts
    assert any(t.startswith("The record shows a later conviction: PC 594(a) in case P (Los Angeles County) on 2025-06-01.") for t in texts)


def test_automatic_relief_behind_a_question_elsewhere_keeps_its_own_open_question():
    """A DUI's automatic relief is itself an open question (ca-rules 8.3): behind another
    case's doubt it must not read "would be automatic"."""
    dui = probation_case("23152(a)", code="VC")
    d = row(run(dui, _unknown_sentence()), "pc1203_425")
    texts = [r.text for r in d.reasons]
    assert d.status == "needs_review"
    assert not any(t.startswith("Were it not for that") for t in texts)
    assert any(t.startswith("Whether automatic relief covers a DUI (VC 23152(a)) is an open question. If it does") for t in texts)
    theft = row(run(probation_case(), _unknown_sentence()), "pc1203_425")
    assert "Were it not for that, relief here would be automatic now." in [r.text for r in theft.reasons]


def test_prcs_in_another_case_needs_review_for_1203_41():
    on_prcs = custody_case(id="P", judgment="2020-01-01", release="2024-01-01", supervision="prcs", supervision_end=None)
    old = custody_case(id="A", judgment="2010-01-01", release="2012-01-01", supervision_end="2014-01-01")
    d = row(run(on_prcs, old), "pc1203_41")
    assert d.status == "needs_review" and "PRCS" in " ".join(r.text for r in d.reasons)


def test_probation_in_another_case_needs_review_for_1203_4a():
    other = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    s = run(no_probation_case(judgment="2024-05-01"), other)
    assert status(s, "pc1203_4a")[0] == "needs_review"


def test_later_conviction_makes_1203_4a_discretionary():
    s = run(no_probation_case("647(f)", judgment="2024-05-01"), no_probation_case("12500(a)", id="B", code="VC", judgment="2025-07-01"))
    assert status(s, "pc1203_4a") == ("eligible", "discretionary", None)
    assert status(s, "pc1203_4a", case="B", conv="B1") == ("eligible", "mandatory", None)


def test_a_later_conviction_for_an_offense_before_the_judgment_leaves_1203_4a_mandatory_at_m():
    """Oracle finding: the honest-and-upright-life test is conduct since judgment; a later
    conviction whose offense the record dates before this judgment had left only the
    discretionary route, at H (1203.4 reads the offense date for the same question)."""
    later = no_probation_case("415(1)", id="B", judgment="2024-05-01")
    later.convictions[0].offense_date = D("2022-12-01")
    s = run(no_probation_case("647(f)", judgment="2023-03-01"), later)
    d = row(s, "pc1203_4a")
    assert (d.status, d.mode, d.confidence) == ("eligible", "mandatory", "M")
    assert "is for an offense committed on 2022-12-01, before this judgment" in d.reasons[2].text
    later.convictions[0].offense_date = D("2023-06-01")  # after the judgment: discretionary
    assert status(run(no_probation_case("647(f)", judgment="2023-03-01"), later), "pc1203_4a") == ("eligible", "discretionary", None)


def test_1203_4a_says_when_the_conviction_date_stands_in_for_judgment():
    """Oracle finding: with no judgment date the reason said "Judgment was pronounced on" the
    conviction date, as if the record gave it."""
    rec = no_probation_case("647(f)", judgment="2024-03-01")
    rec.sentence.judgment_date = None
    d = row(run(rec), "pc1203_4a")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert d.reasons[0].text.startswith("The record has no judgment date; counted from the conviction on 2024-03-01")
    assert not any(r.text.startswith("Judgment was pronounced") for r in d.reasons)


def test_unpaid_fine_blocks_1203_4a():
    rec = no_probation_case(judgment="2024-05-01", completed=None, money=money(fines_ordered=300, fines_paid=0))
    assert status(run(rec), "pc1203_4a")[0] == "blocked"


def test_confirmed_no_supervision_overrides_an_unknown_probation_end():
    unknown = probation_case("242", id="B", end=None, status=None)
    s_unknown = run(probation_case(), unknown)
    s_none = run(probation_case(), unknown, person=Person(on_supervision="none"))
    assert status(s_unknown, "pc1203_4")[0] == "needs_review"
    assert status(s_none, "pc1203_4")[0] == "eligible"


def test_person_on_parole_flag_blocks_1203_41():
    old = custody_case(judgment="2010-01-01", release="2012-01-01", supervision_end="2014-01-01")
    assert status(run(old, person=Person(on_supervision="parole")), "pc1203_41")[0] == "blocked"


# ---- 1203.3 -------------------------------------------------------------------------------


def test_early_termination_is_offered_only_while_probation_runs():
    running = probation_case("11378", code="HS", level="felony", kind="formal", start="2025-01-15", end="2027-01-15", status="active")
    assert status(run(running), "pc1203_3", conv=None) == ("eligible", "discretionary", None)
    assert status(run(probation_case()), "pc1203_3", conv=None)[0] == "not_applicable"
    assert status(run(no_probation_case()), "pc1203_3", conv=None)[0] == "not_applicable"


# ---- 17(b) ------------------------------------------------------------------------------


def wobbler_case(**kw):
    base = dict(level="felony", kind="formal", start="2016-05-20", end="2019-05-20", imposition_suspended=True)
    base.update(kw)
    return probation_case("459/460(b)", **base)


def test_17b_open_when_imposition_was_suspended():
    assert status(run(wobbler_case()), "pc17b") == ("eligible", "discretionary", None)


def test_17b_open_during_probation():
    rec = wobbler_case(start="2025-01-01", end="2028-01-01", status="active")
    assert status(run(rec), "pc17b") == ("eligible", "discretionary", None)


@pytest.mark.parametrize(("code", "section"), [("PC", "666.1"), ("HS", "11395")])
def test_17b_on_a_prop_36_section_is_for_an_attorney_not_eligible_at_h(code, section):
    # Checker finding N1: ca-rules.md section 1 rates Prop 36 [L], and the reduction rests on
    # the catalog's wobbler flag alone; the catalog's own note said "[L] verify".
    rec = probation_case(section, code=code, level="felony", kind="formal", start="2025-03-03", end="2026-03-03", imposition_suspended=True)
    d = row(run(rec), "pc17b")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "has not verified" in d.reasons[0].text and section in d.reasons[0].text
    assert "before a 17(b) request is filed" in d.next_steps[0]
    # The rest of the record is not weakened: 1203.4 does not rest on the level.
    assert (row(run(rec), "pc1203_4").status, row(run(rec), "pc1203_4").confidence) == ("eligible", "H")
    # A wobbler the record itself states (the court's own finding) is not asked again.
    told = probation_case(section, code=code, level="felony", kind="formal", start="2025-03-03", end="2026-03-03", imposition_suspended=True, wobbler=True)
    assert status(run(told), "pc17b") == ("eligible", "discretionary", None)


def test_17b_is_not_weakened_by_a_note_about_1170h_only():
    # PC 236's note doubts its 1170(h) sentencing, not that it is a wobbler.
    rec = probation_case("236", level="felony", kind="formal", start="2016-05-20", end="2019-05-20", imposition_suspended=True)
    assert (row(run(rec), "pc17b").status, row(run(rec), "pc17b").confidence) == ("eligible", "H")


def test_17b_closed_when_execution_of_a_prison_term_was_suspended():
    d = row(run(wobbler_case(imposition_suspended=False)), "pc17b")
    assert d.status == "not_eligible" and "Wood" in d.reasons[0].cite


def test_17b_step_offers_the_joint_1203_4_petition_only_where_1203_4_is_open():
    """Public case S16: a felony 261.5(d) is excluded from 1203.4 (PC 1203.4(b)), so the 17(b)
    step must not say the reduction "can be filed together with a 1203.4 petition"."""
    open_ = row(run(wobbler_case()), "pc17b").next_steps[0]
    excluded = row(run(probation_case("261.5(d)", level="felony", kind="formal", imposition_suspended=True, wobbler=True)), "pc17b")
    assert "1203.4 petition" in open_
    assert excluded.status == "eligible" and "1203.4" not in excluded.next_steps[0]


def test_1203_425_infraction_reason_reads_an_infraction():
    d = row(run(no_probation_case("415(1)", level="infraction", judgment="2024-02-10")), "pc1203_425")
    assert d.reasons[0].text.startswith("An infraction without probation")


def test_17b_unknown_suspension_needs_review():
    d = row(run(wobbler_case(imposition_suspended=None)), "pc17b")
    assert d.status == "needs_review" and d.missing_facts == ["sentence.imposition_suspended"]


def test_17b_closed_after_prison_or_1170h():
    prison = custody_case("459/460(b)", code="PC", judgment="2020-02-01", release="2023-01-15", supervision_end="2024-01-01")
    jail = custody_case("496(a)", code="PC", type="county_jail_1170h", judgment="2024-08-01", release="2025-06-30", supervision="none", supervision_end=None)
    assert status(run(prison), "pc17b")[0] == "not_eligible"
    assert status(run(jail), "pc17b")[0] == "not_eligible"


def test_17b_not_for_a_straight_felony_or_a_misdemeanor():
    straight = probation_case("11350(a)", code="HS", level="felony", kind="formal", imposition_suspended=True)
    assert (row(run(straight), "pc17b").status, row(run(straight), "pc17b").confidence) == ("not_eligible", "M")  # [H/M], S05
    assert status(run(probation_case()), "pc17b")[0] == "not_applicable"


def test_request_wobbler_flag_overrides_the_catalog():
    rec = probation_case("11350(a)", code="HS", level="felony", kind="formal", imposition_suspended=True, wobbler=True)
    assert status(run(rec), "pc17b")[0] == "eligible"


# ---- unknown sections, other jurisdictions, relief already granted ------------------------


@pytest.mark.parametrize("section, said", [("PC 9999", "PC 9999"), ("9999 PC", "9999 PC"), ("9999", "PC 9999")])
def test_a_section_is_named_with_its_code_once(section, said):
    """Metamorphic finding: a code written in the section was said twice ("PC PC 476a")."""
    d = row(run(probation_case(section, level="felony", kind="formal")), "pc1203_4")
    assert d.reasons[0].text.startswith(f"{said} is not in the offense catalog")


def test_unknown_section_gives_needs_review_naming_it_never_a_crash():
    rec = probation_case("9999", level="felony", kind="formal", imposition_suspended=True)
    s = run(rec)
    d = row(s, "pc1203_4")
    assert d.status == "needs_review" and "PC 9999 is not in the offense catalog" in d.reasons[0].text
    assert d.reasons[0].cite == "PC 1203.4"  # the law that makes the offense matter, not "Offense catalog"
    assert row(s, "pc17b").status == "needs_review"


def test_garbage_section_does_not_crash():
    rec = probation_case("??/(((", level="misdemeanor")
    assert len(run(rec).results) >= len(REMEDIES) - 2


def test_other_jurisdiction_is_not_applicable_everywhere_with_the_reason():
    rec = probation_case()
    rec.jurisdiction = "NV"
    s = run(rec)
    rows = [d for d in s.results if d.case == "A"]
    assert rows and all(d.status == "not_applicable" for d in rows)
    assert "NV" in rows[0].reasons[0].text
    assert s.consequences == []


def test_relief_already_granted_is_not_asked_for_again():
    from clinic_app.model import ReliefGranted

    rec = probation_case()
    rec.convictions[0].relief_granted.append(ReliefGranted("pc1203_4", date(2019, 1, 1)))
    d = row(run(rec), "pc1203_4")
    assert d.status == "not_applicable" and "2019-01-01" in d.reasons[0].text


def test_17b_reduced_felony_goes_to_1203_4a_as_a_misdemeanor():
    from clinic_app.model import ReliefGranted

    rec = no_probation_case("496(a)", level="felony", judgment="2020-01-01")
    rec.convictions[0].relief_granted.append(ReliefGranted("pc17b", date(2020, 6, 1)))
    assert status(run(rec), "pc1203_4a")[0] == "eligible"
    assert status(run(rec), "pc1203_41")[0] == "not_applicable"


def test_every_determination_has_a_reason_with_a_citation():
    s = run(probation_case(), no_probation_case(id="B"), custody_case(id="C"))
    for d in s.results:
        assert d.reasons, d
        assert all(r.text and r.cite for r in d.reasons), d
        assert d.confidence in ("H", "M", "L")


def test_prcs_in_another_case_needs_review_for_1203_4():
    on_prcs = custody_case(id="P", judgment="2020-01-01", release="2024-01-01", supervision="prcs", supervision_end=None)
    d = row(run(probation_case(), on_prcs), "pc1203_4")
    assert d.status == "needs_review" and any("PRCS" in r.text for r in d.reasons)


def test_a_later_case_does_not_bar_a_screening_dated_before_it():
    later = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    assert status(run(probation_case(), later, as_of="2025-06-01"), "pc1203_4")[0] == "eligible"
    assert status(run(probation_case(), later, as_of="2026-06-01"), "pc1203_4")[0] == "blocked"


def test_pending_charge_reason_is_plain():
    pending = Case(id="B", outcome="pending")
    d = row(run(probation_case(), pending), "pc1203_4")
    assert d.reasons[0].text == "The person is charged with an offense that is still pending in case B (Los Angeles County)."


def test_revoked_felony_probation_needs_review_for_1203_41():
    rec = probation_case("459/460(b)", level="felony", kind="formal", status="revoked", violations=[("2016-01-01", "revoked")])
    d = row(run(rec), "pc1203_41")
    assert d.status == "needs_review" and "sentence.custody" in d.missing_facts


def test_a_fine_paid_in_full_does_not_say_the_whole_sentence_was_served():
    """Metamorphic round 8 and review: paid fines do not show a jail term or the other terms
    served (ca-rules.md 3.2 [H]: "fine paid or converted, jail served"), so with `completed`
    not recorded both remedies ask, naming it; recorded as completed, they answer."""
    rec = no_probation_case(judgment="2024-05-01", completed=None, money=money(fines_ordered=300, fines_paid=300))
    s = run(rec)
    for remedy in ("pc1203_4a", "pc1203_425"):
        d = row(s, remedy)
        assert (d.status, d.confidence, d.missing_facts) == ("needs_review", "M", ["sentence.completed"]), remedy
    done = run(no_probation_case(judgment="2024-05-01", completed=True, money=money(fines_ordered=300, fines_paid=300)))
    assert status(done, "pc1203_4a")[0] == "eligible" and status(done, "pc1203_425")[0] == "eligible"


def test_confirmed_no_supervision_drops_a_parole_with_no_end_date():
    recent_parole = custody_case(judgment="2021-01-01", release="2023-01-01", supervision="parole", supervision_end=None)
    assert status(run(recent_parole), "pc1203_41")[0] == "blocked"
    d = row(run(recent_parole, person=Person(on_supervision="none")), "pc1203_41")
    assert d.status == "needs_review" and d.missing_facts == ["sentence.custody.supervision_end"]


def test_a_supervision_with_no_end_date_long_after_release_is_in_doubt_not_running():
    """Released in 2007 onto parole, no end date recorded: parole (at most a few years) has
    almost surely ended, so the end date is asked for instead of blocking on it (ca-rules.md
    2.2), in this case and in every other case of the record."""
    old_parole = custody_case(judgment="2005-01-01", release="2007-01-01", supervision="parole", supervision_end=None)
    misdemeanor = probation_case("484(a)/488", id="B", start="2015-03-02", end="2018-03-02")
    s = run(old_parole, misdemeanor)
    for remedy, case, conv in (("pc1203_41", "A", "A1"), ("pc1203_425", "A", "A1"), ("cor", "A", "A1"), ("pc1203_4", "B", "B1")):
        d = row(s, remedy, case=case, conv=conv)
        assert d.status == "needs_review", (remedy, d.status)
        assert "cases[A].sentence.custody.supervision_end" in d.missing_facts or "sentence.custody.supervision_end" in d.missing_facts, remedy
    # Within a few years of release the same record still blocks: parole may well be running.
    earlier = probation_case("484(a)/488", id="B", start="2008-03-02", end="2010-03-02")
    assert status(run(old_parole, earlier, as_of="2011-06-01"), "pc1203_4", case="B", conv="B1")[0] == "blocked"


def test_automatic_relief_for_a_dui_or_a_serious_felony_on_probation_needs_review():
    # ca-rules.md 8.3 [L]: no carve-out in the quoted text, DOJ practice unknown.
    dui = probation_case("23152(a)", code="VC", start="2021-08-01", end="2025-08-01")
    d = row(run(dui), "pc1203_425")
    assert d.status == "needs_review" and "DUI" in d.reasons[-1].text
    burglary = probation_case("459/460(a)", level="felony", kind="formal", start="2016-05-20", end="2019-05-20")
    assert status(run(burglary), "pc1203_425")[0] == "needs_review"
    evading = probation_case("2800", code="VC", start="2022-01-12", end="2023-01-12")
    assert status(run(evading), "pc1203_425")[0] == "needs_review"
    assert status(run(probation_case()), "pc1203_425")[0] == "eligible"


def test_a_bar_names_the_other_case_by_its_court_number():
    # A paralegal reads the reason aloud: "case BA123456" is what the client's papers say.
    numbered = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    numbered.case_number = "6CA01234"
    d = row(run(probation_case(), numbered), "pc1203_4")
    assert d.status == "blocked" and d.date == date(2027, 3, 2)
    assert "The person is on probation in case 6CA01234 through 2027-03-01." in [r.text for r in d.reasons]
    unnumbered = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    assert "The person is on probation in case B (PC 242, convicted 2026-03-01, Los Angeles County) through 2027-03-01." in [r.text for r in row(run(probation_case(), unnumbered), "pc1203_4").reasons]


def test_automatic_relief_for_an_offense_1203_4_b_excludes_needs_review():
    """Public case S16 (felony 261.5(d), probation completed): ca-rules.md 3.5 found no
    1203.4(b) carve-out for path (I) either [M/L], so an attorney decides."""
    felony = probation_case("261.5(d)", level="felony", kind="formal", start="2017-03-01", end="2020-03-01", imposition_suspended=True, wobbler=True)
    d = row(run(felony), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "1203.4(b)" in d.reasons[-1].text
    # Not for an attempt, nor for a misdemeanor 261.5(d), which 1203.4(b) does not list.
    attempt = probation_case("664/288(a)", level="felony", kind="formal", start="2017-03-01", end="2020-03-01")
    assert not any("1203.4(b)" in r.text for r in row(run(attempt), "pc1203_425").reasons)
    misdemeanor = probation_case("261.5(d)", start="2017-03-01", end="2020-03-01")
    assert row(run(misdemeanor), "pc1203_425").status == "eligible"


def test_certificate_for_a_probation_case_1203_4_cannot_dismiss():
    felony = probation_case("261.5(d)", level="felony", kind="formal", start="2017-03-01", end="2020-03-01", imposition_suspended=True, wobbler=True)
    d = row(run(felony), "cor")
    assert d.status == "not_eligible" and "PC 1203.4(b)" in d.reasons[0].cite
    assert d.next_steps == []  # no "ask for the dismissal first": there is none to ask for
    burglary = probation_case("459/460(b)", level="felony", kind="formal")
    assert any("dismissal first" in s for s in row(run(burglary), "cor").next_steps)


def test_automatic_relief_blocked_after_its_date_says_doj_may_already_have_acted():
    """Public case S26: a charge pending now blocks relief, but the probation path opened long
    before; DOJ may have granted relief in a monthly run since 2024-10-01."""
    done = probation_case("484(a)/488", start="2015-03-02", end="2018-03-02")
    pending = Case(id="B", outcome="pending")
    d = row(run(done, pending), "pc1203_425")
    assert d.status == "blocked" and any("RAP sheet" in s for s in d.next_steps)
    running = probation_case("484(a)/488", start="2026-01-02", end="2027-01-02", status="active")
    later = row(run(running, pending), "pc1203_425")
    assert not any("already granted relief" in s for s in later.next_steps)


def test_a_violation_before_an_early_discharge_does_not_say_only_discretionary():
    """PC 1203.4(a)(1): an early discharge makes relief mandatory despite a violation, so the
    violation's reason must not also say "only the discretionary route is left"."""
    rec = probation_case("148(a)(1)", start="2023-02-01", end="2025-02-01", early="2024-06-01", violations=[("2023-08-01", "continued")])
    d = row(run(rec), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert not any("only the discretionary route" in r.text for r in d.reasons)
    assert any("violated on 2023-08-01" in r.text for r in d.reasons)
    plain = probation_case("148(a)(1)", start="2023-02-01", end="2025-02-01", violations=[("2023-08-01", "continued")])
    assert any("only the discretionary route" in r.text for r in row(run(plain), "pc1203_4").reasons)


def test_an_early_discharge_ordered_for_a_later_day_gives_the_mandatory_route_every_day_before_it():
    """Check O21B-03: a discharge ordered for 2025-06-30 after a reinstated violation read
    eligible_on 2025-07-01 *discretionary* up to 2025-06-29 and *mandatory* from 2025-06-30,
    the date unchanged; on that date the discharge has happened (PC 1203.4(a)(1); ca-rules.md 2.2)."""
    rec = probation_case("484(a)/488", start="2023-12-31", end="2025-12-31", status="completed", early="2025-06-30", violations=[("2024-08-01", "reinstated")])
    for day in ("2025-06-01", "2025-06-29", "2025-06-30"):
        d = row(run(rec, as_of=day), "pc1203_4")
        assert (d.status, d.mode, d.date) == ("eligible_on", "mandatory", date(2025, 7, 1)), day
        assert not any("only the discretionary route" in r.text for r in d.reasons)
    d = row(run(rec, as_of="2025-06-29"), "pc1203_4")
    assert any("ordered probation discharged early, on 2025-06-30" in r.text for r in d.reasons)
    assert (row(run(rec, as_of="2025-07-01"), "pc1203_4").status, row(run(rec, as_of="2025-07-01"), "pc1203_4").mode) == ("eligible", "mandatory")


def test_revoked_probation_completed_without_a_date_does_not_ask_whether_it_was_completed():
    rec = probation_case("459/460(b)", level="felony", kind="formal", start="2010-03-01", end="2013-03-01", status="revoked", violations=[("2011-05-01", "revoked")])
    rec.sentence.completed = True
    d = row(run(rec), "pc1203_425")
    assert d.status == "needs_review" and "sentence.completed" not in d.missing_facts
    assert "but not when" in d.reasons[0].text
    rec.sentence.completed = None
    # Asked as the case's own fact: the revocation (2011) is too long ago for a term executed
    # after it to be running still (sentence.revoked_sentence_ends), so no bar carries it.
    assert row(run(rec), "pc1203_425").missing_facts == ["sentence.completed"]


def test_a_conviction_after_the_screening_day_has_nothing_to_clear():
    """Screening an earlier day (to reproduce a result) ignores what had not happened yet."""
    later = probation_case("484(a)/488", start="2027-03-02", end="2028-03-02", status="active")
    s = run(later)  # as of 2026-11-15
    rows = [d for d in s.results if d.conviction == "A1"]
    assert rows and all(d.status == "not_applicable" for d in rows)
    assert all("after the day this screening speaks for" in d.reasons[0].text for d in rows)
    assert not [c for c in s.consequences if c.conviction == "A1"]


def test_early_termination_of_probation_marked_active_past_its_end_asks():
    """Review request E3b: 'running until 2025-01-01' said on 2026-11-15 for a record still
    marked active: extended, or stale; the attorney checks, as for 1203.4."""
    stale = probation_case("484(a)/488", start="2023-01-01", end="2025-01-01", status="active")
    d = row(run(stale), "pc1203_3", conv=None)
    assert d.status == "needs_review" and d.missing_facts == []  # given, checked (S27B-01)
    assert d.next_steps[0].startswith("Check the record, then screen again: The record marks probation active, but its end date 2025-01-01 has passed")
    assert not any("running until" in r.text for r in d.reasons)


def test_automatic_relief_beside_summary_probation_elsewhere_is_an_open_question():
    """Public case S25 leaves 1203.425 out as [L]: summary (unsupervised) probation in another
    case is not plainly an 'active supervision record'.  Formal probation elsewhere blocks."""
    done = probation_case("484(a)/488", start="2017-05-01", end="2020-05-01")
    summary = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    d = row(run(done, summary), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "summary (unsupervised) probation" in d.reasons[-1].text and "2027-03-02" in d.reasons[-1].text
    formal = probation_case("459/460(b)", id="B", level="felony", kind="formal", start="2026-03-01", end="2028-03-01", status="active")
    assert status(run(done, formal), "pc1203_425")[0] == "blocked"


def test_a_release_with_no_supervision_recorded_is_not_taken_as_completion():
    """Review requests R11, R27, R34: a prison release is almost always onto parole or PRCS,
    and a split sentence ends with mandatory supervision; with the supervision not recorded,
    the release date would give too early a date (ca-rules.md 2.2: flag).  A straight jail
    term has no supervision: its release is its completion."""
    prison = custody_case("11378", judgment="2022-01-01", release="2024-06-01", supervision=None, supervision_end=None)
    for remedy in ("pc1203_41", "pc1203_425"):
        d = row(run(prison), remedy)
        assert (d.status, d.missing_facts) == ("needs_review", ["sentence.custody.supervision"]), remedy
    assert "Counted from release (2024-06-01)" in " ".join(r.text for r in row(run(prison), "pc1203_41").reasons)
    split = custody_case("11378", type="county_jail_1170h", split=True, judgment="2023-01-01", release="2025-06-01", supervision=None, supervision_end=None)
    assert row(run(split), "pc1203_41").missing_facts == ["sentence.custody.supervision_end"]
    straight = custody_case("11378", type="county_jail_1170h", judgment="2023-01-01", release="2024-06-01", supervision=None, supervision_end=None)
    d = row(run(straight), "pc1203_41")
    assert (d.status, d.mode) == ("eligible", "discretionary") and "2026-06-02" in d.reasons[0].text


def test_an_infraction_with_probation_is_not_left_without_a_route():
    """Review request R12: 1203.4 excludes infractions and names 1203.4a, which covers 'any
    infraction' (ca-rules.md 3.2); it must not answer 'probation was granted, see 1203.4'."""
    rec = probation_case("415(1)", level="infraction", start="2023-02-01", end="2024-02-01")
    s = run(rec)
    assert row(s, "pc1203_4").status == "not_eligible"
    d = row(s, "pc1203_4a")
    assert d.status == "needs_review" and "any infraction" in d.reasons[0].text
    assert "2024-02-01" in d.reasons[1].text and "2024-02-02" in d.reasons[1].text
    vc = probation_case("22350", code="VC", level="infraction", start="2023-02-01", end="2024-02-01")
    assert row(run(vc), "pc1203_4a").status == "not_eligible"  # VC 42001 infractions stay excluded


def test_a_missing_judgment_date_that_decides_is_asked_for():
    """Review request R23 (FORMAT.md: never guess a fact that decides): the one-year waits of
    1203.4a and 1203.425 (ib) run from judgment, and 1203.42's cutoff is the sentencing date."""
    recent = no_probation_case("484(a)/488", judgment="2026-03-01")
    recent.sentence.judgment_date = None
    for remedy in ("pc1203_4a", "pc1203_425"):
        d = row(run(recent), remedy)
        assert (d.status, d.missing_facts) == ("needs_review", ["sentence.judgment_date"]), remedy
    old = no_probation_case("484(a)/488", judgment="2015-03-01")
    old.sentence.judgment_date = None  # the wait ended years ago on any reading
    assert status(run(old), "pc1203_4a")[0] == "eligible"
    prison = custody_case("11378", judgment="2011-09-01", release="2013-01-01", supervision_end="2014-01-01")
    prison.sentence.judgment_date = None
    d = row(run(prison), "pc1203_42")
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence.judgment_date"])


def test_own_prcs_question_says_the_wait_has_not_run_either_way():
    """Review request R19: released 2026-01-01 onto PRCS; whatever the PRCS answer, the 2-year
    wait runs to 2028-01-02, which the open question must not hide."""
    rec = custody_case("11378", judgment="2024-01-01", release="2026-01-01", supervision="prcs", supervision_end=None)
    d = row(run(rec), "pc1203_41")
    assert d.status == "needs_review"
    assert any("cannot end before 2028-01-02" in r.text for r in d.reasons)


def test_a_misdemeanor_count_in_a_felony_jail_case_is_not_left_without_a_route():
    """Review request R16: 1203.4a covers a misdemeanor without probation, and 1170(h) is a
    felony sentence; the count's own term is not in the record, so an attorney confirms."""
    from engine_builders import conviction

    rec = custody_case("11378", type="county_jail_1170h", judgment="2019-01-01", release="2020-01-01", supervision="none", supervision_end=None)
    rec.convictions.append(conviction("148(a)(1)", convicted="2019-01-01", id="A2"))
    d = row(run(rec), "pc1203_4a", conv="A2")
    assert d.status == "needs_review" and "PC 1203.4a" in d.reasons[0].text
    assert row(run(rec), "pc1203_4a", conv="A1").status == "not_applicable"  # the felony count


def test_an_infraction_count_in_a_felony_jail_case_is_called_an_infraction():
    from engine_builders import conviction

    rec = custody_case("11378", type="county_jail_1170h", judgment="2019-01-01", release="2020-01-01", supervision="none", supervision_end=None)
    rec.convictions.append(conviction("415(1)", level="infraction", convicted="2019-01-01", id="A2"))
    d = row(run(rec), "pc1203_4a", conv="A2")
    assert d.status == "needs_review" and "is an infraction" in d.reasons[0].text and "misdemeanor in" not in d.reasons[0].text


# ---- 1203.425's steps point at a petition route only where one is open (S12, S13) ---------


def test_automatic_relief_step_points_to_the_open_petition_route():
    d = row(run(probation_case("484(a)/488")), "pc1203_425")  # 1203.4 is open for this count
    assert d.status == "eligible"
    assert any("see whether a petition route is open instead" in step for step in d.next_steps)


def test_automatic_relief_step_says_no_petition_route_is_open_for_a_vehicle_code_infraction():
    """Public case S12: VC 22350 is outside 1203.4 and 1203.4a (VC 42001); a step pointing
    at 'a petition route above' sends the paralegal looking for one the report rules out."""
    d = row(run(no_probation_case("22350", code="VC", level="infraction", judgment="2024-04-02")), "pc1203_425")
    assert d.status == "eligible"
    assert len(d.next_steps) == 1 and "No petition route is open for this conviction" in d.next_steps[0]
    assert "report the disposition to DOJ" in d.next_steps[0]


def test_open_question_step_says_no_petition_route_is_open_for_an_excluded_offense():
    """Public case S13: VC 2800 is excluded from 1203.4, so 'use a petition route that is
    open rather than wait' names nothing the client can use."""
    d = row(run(probation_case("2800", code="VC", start="2022-01-12", end="2023-01-12")), "pc1203_425")
    assert d.status == "needs_review"
    assert d.next_steps and all("rather than wait" not in step for step in d.next_steps)
    assert "no petition route is open for this conviction" in d.next_steps[-1]  # after who decides the open question (E40-03)


def test_a_future_automatic_date_drops_the_petition_hint_when_none_is_open():
    d = row(run(no_probation_case("22350", code="VC", level="infraction", judgment="2026-04-02")), "pc1203_425")
    assert d.status == "eligible_on" and d.date == D("2027-04-03")
    assert [step for step in d.next_steps if "petition" in step] == []
    d = row(run(no_probation_case("415(1)", level="infraction", judgment="2026-04-02")), "pc1203_425")
    assert d.status == "eligible_on"  # 1203.4a is open for this infraction: the hint stays
    assert any("Where a petition route is open" in step for step in d.next_steps)


# ---- early termination and 17(b) do not promise a 1203.4 that a bar elsewhere stops ------


def test_early_termination_under_a_pending_charge_says_the_dismissal_still_waits():
    """Review finding: with a charge pending in case B, 1203.3 promised 'then 1203.4 becomes
    mandatory' and 17(b) 'file it together with a 1203.4 petition', while 1203.4 is blocked."""
    running = probation_case("459/460(b)", level="felony", start="2024-06-01", end="2027-06-01", status="active", kind="formal", wobbler=True)
    pending = Case(id="B", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    s = run(running, pending)
    assert status(s, "pc1203_4")[0] == "blocked"
    steps = row(s, "pc1203_3", conv=None).next_steps
    assert steps[0] == "Ask the court to end probation early (PC 1203.3); the 1203.4 dismissal still waits while the person is charged with an offense that is still pending in case B (arrested 2026-08-20, Los Angeles County)."
    assert not any("becomes mandatory" in step or "together with the 1203.4 petition" in step for step in steps)
    assert not any("1203.4 petition" in step for step in row(s, "pc17b").next_steps)


def test_early_termination_while_on_parole_elsewhere_names_the_parole():
    running = probation_case(start="2026-01-01", end="2028-01-01", status="active")
    on_parole = custody_case(id="P", judgment="2020-01-01", release="2025-06-01", supervision_end="2027-06-01")
    first = row(run(running, on_parole), "pc1203_3", conv=None).next_steps[0]
    assert first.endswith("still waits while the person is on parole in case P (HS 11378, convicted 2020-01-01, Los Angeles County).")


def test_early_termination_with_nothing_else_in_the_way_still_opens_a_mandatory_dismissal():
    running = probation_case(start="2026-01-01", end="2028-01-01", status="active")
    assert row(run(running), "pc1203_3", conv=None).next_steps[0] == "Ask the court to end probation early (PC 1203.3); then 1203.4 becomes mandatory."


def test_automatic_relief_asks_about_registration_when_the_record_shows_a_registrable_offense():
    """Review finding: PC 314(1) requires registration; registrant_290 false (a duty ended,
    or a default never changed) was trusted, giving 'No PC 290 registration ... eligible'."""
    d = row(run(probation_case("314(1)", start="2017-01-10", end="2019-01-10")), "pc1203_425")
    assert (d.status, d.missing_facts) == ("needs_review", ["person.registrant_290"])
    assert any("normally requires PC 290 registration" in r.text for r in d.reasons)
    assert row(run(probation_case("484(a)/488")), "pc1203_425").status == "eligible"


def test_a_vehicle_code_infraction_in_a_prison_case_is_excluded_from_1203_4a_as_anywhere():
    """Review finding: VC 12500(a) as an infraction in a prison case got 'PC 1203.4a covers
    any infraction' while the same count elsewhere is excluded (1203.4a(d); VC 42001)."""
    from engine_builders import conviction

    rec = custody_case("11378", judgment="2019-01-01", release="2020-01-01", supervision="none", supervision_end=None)
    rec.convictions.append(conviction("12500(a)", code="VC", level="infraction", convicted="2019-01-01", id="A2"))
    s = run(rec)
    d = row(s, "pc1203_4a", conv="A2")
    assert d.status == "not_eligible" and "VC 42001" in d.reasons[0].cite
    automatic = row(s, "pc1203_425", conv="A2")
    assert "is an infraction" in automatic.reasons[0].text and "misdemeanor in a case" not in automatic.reasons[0].text


def test_a_county_jail_1170h_sentence_before_realignment_is_questioned():
    """Review finding: a 1997 'county jail (1170(h))' sentence got firm 1203.41 dates; that
    sentence did not exist before 2011-10-01, so the record's sentence type is wrong."""
    rec = custody_case("11378", type="county_jail_1170h", judgment="1997-05-01", release="1998-01-01", supervision="none", supervision_end=None)
    d = row(run(rec), "pc1203_41")
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].sentence.type"])
    later = custody_case("11378", type="county_jail_1170h", judgment="2011-10-01", release="2012-06-01", supervision="none", supervision_end=None)
    assert row(run(later), "pc1203_41").status == "eligible"


def test_a_new_offense_during_probation_leaves_only_the_discretionary_route_sure():
    """Review finding: a robbery committed during DV probation (no violation recorded) still
    gave a mandatory 1203.4 at H; 'fulfilled the conditions for the entire period' is doubtful."""
    dv = probation_case("273.5", level="felony", kind="formal", start="2016-01-10", end="2019-01-10")
    robbery = custody_case("211", id="B", code="PC", judgment="2018-02-01", release="2020-01-01", supervision_end="2021-01-01")
    robbery.convictions[0].offense_date = D("2017-06-16")
    d = row(run(dv, robbery), "pc1203_4")
    assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "M")
    assert any("new offense during this probation, committed on 2017-06-16: PC 211 in case B (convicted 2018-02-01, Los Angeles County)." in r.text for r in d.reasons)
    robbery.convictions[0].offense_date = D("2019-06-16")  # after probation ended
    assert row(run(dv, robbery), "pc1203_4").mode == "mandatory"


def test_own_prcs_with_a_known_end_gives_the_date_on_either_reading():
    """Review finding: released 2026-01-01 onto PRCS ending 2027-06-01; the report gave only the
    release-based floor, though the record also gives the PRCS-based date."""
    rec = custody_case("11378", judgment="2024-01-01", release="2026-01-01", supervision="prcs", supervision_end="2027-06-01")
    d = row(run(rec), "pc1203_41")
    assert d.status == "needs_review"
    assert any("cannot end before 2028-01-02" in r.text for r in d.reasons)
    assert any("If PRCS counts, the wait runs from its end on 2027-06-01, so the first day would be 2029-06-02." == r.text for r in d.reasons)


def test_may_have_acted_hint_only_when_the_bar_began_after_the_path_opened():
    """Review finding: 'DOJ may already have granted relief before this arose' was said of a
    charge pending since 2011, though DOJ's review of this conviction began 2024-10-01."""
    done = probation_case("484(a)/488", start="2015-03-02", end="2018-03-02")
    old = Case(id="B", outcome="pending", arrest_date=date(2011, 5, 1), arrest_level="felony")
    d = row(run(done, old), "pc1203_425")
    assert d.status == "blocked" and not any("may already have granted" in step for step in d.next_steps)
    recent = Case(id="B", outcome="pending", arrest_date=date(2025, 6, 1), arrest_level="felony")
    d = row(run(done, recent), "pc1203_425")
    # Dated by the arrest, and said so (readability finding R15-21: "before the person was charged").
    assert "DOJ may already have granted relief in a monthly run between 2024-10-01 and 2025-06-01, the day of the arrest in case B (arrested 2025-06-01, Los Angeles County), which is still pending: check the RAP sheet for \"relief granted\"." in d.next_steps


def test_open_question_with_a_future_date_says_when_doj_can_act():
    """Review finding: 'Check the RAP sheet ... rather than wait' while the path opens in 2028."""
    d = row(run(probation_case("2800", code="VC", start="2025-09-10", end="2027-09-10", status="active")), "pc1203_425")
    assert d.status == "needs_review"  # whether 1203.425 reaches VC 2800 is open (ca-rules 8.3)
    # The step names the question, as the one for a date already come does (E40 leftover: it
    # named who decides, and "the open question" alone sent the reader hunting for it).
    assert d.next_steps == ["DOJ cannot act before 2027-09-11; an attorney decides the open question above (whether automatic relief reaches this conviction) before that day."]


def test_petition_steps_say_what_filing_costs_on_the_day():
    """ca-rules.md 3.1, 6 [M]: no fee since 2023-07-10 (AB 134); before, up to $150 / $60."""
    assert "There is no court filing fee for this petition (AB 134, since 2023-07-10)." in row(run(probation_case()), "pc1203_4").next_steps
    before = row(run(probation_case(), as_of="2023-07-09"), "pc1203_4").next_steps
    assert any("fee waiver (form FW-001)" in step for step in before)
    assert any("no court filing fee" in step for step in row(run(no_probation_case("415(1)", judgment="2024-02-10")), "pc1203_4a").next_steps)


def test_the_day_before_ab_134_the_fee_step_says_fees_end_the_next_day():
    """Oracle finding O22B-03: on 2023-07-09 the fee step said only that the court may charge
    a fee, though from 2023-07-10 there is none (ca-rules.md 1, 3.1, 6: AB 134)."""
    ends = "The court may charge a filing fee (up to $150 in a probation case, $60 otherwise) until AB 134 ends it on 2023-07-10 (from that day there is none); ask for a fee waiver (form FW-001) if the client cannot pay."
    assert ends in row(run(probation_case(), as_of="2023-07-09"), "pc1203_4").next_steps
    on = row(run(probation_case(), as_of="2023-07-10"), "pc1203_4").next_steps
    assert "There is no court filing fee for this petition (AB 134, since 2023-07-10)." in on and ends not in on


def test_felony_probation_petition_is_served_on_the_probation_department():
    """ca-rules.md 6: felony probation cases also go to the Probation Department."""
    felony = row(run(probation_case("459/460(b)", level="felony", kind="formal", wobbler=True)), "pc1203_4").next_steps
    assert any("serve the Probation Department" in step for step in felony)
    assert not any("Probation Department" in step for step in row(run(probation_case()), "pc1203_4").next_steps)


def test_a_later_infraction_leaves_1203_4a_discretionary_at_m_not_h():
    """Review finding: 'honest and upright life' read as 'no new convictions' is [L] (ca-rules
    2.1); for a later speeding ticket the engine said it at H."""
    rec = no_probation_case("484(a)/488", judgment="2024-01-10")
    ticket = no_probation_case("22350", id="B", code="VC", level="infraction", judgment="2025-01-10")
    d = row(run(rec, ticket), "pc1203_4a")
    assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "M")
    assert any("The record shows a later infraction: " in r.text and "unsettled" in r.text for r in d.reasons)
    theft = no_probation_case("484(a)/488", id="B", judgment="2025-01-10")
    theft.convictions[0].offense_date = D("2024-11-02")
    assert row(run(rec, theft), "pc1203_4a").confidence == "H"  # a later misdemeanor, for a later offense


def test_a_later_conviction_with_no_offense_date_leaves_1203_4a_discretionary_with_a_step_to_find_the_date():
    """Readability finding R17-16: public case S46 (discretionary) was said as certain,
    though a conviction entered later may be for an offense before this judgment, which
    keeps the mandatory route."""
    rec = no_probation_case("647(f)", judgment="2024-05-01")
    later = no_probation_case("12500(a)", id="B", code="VC", judgment="2025-07-01")
    d = row(run(rec, later), "pc1203_4a")
    assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "M")
    assert d.missing_facts == []  # open either way: not a fact the answer waits on (O18-02)
    assert any(step.startswith("To confirm the route, find out when the offense was committed that led to the conviction of VC 12500(a) in case B (Los Angeles County) on 2025-07-01") for step in d.next_steps)
    assert any("if it was before this judgment (2024-05-01), the mandatory route may be open" in r.text for r in d.reasons)
    later.convictions[0].offense_date = D("2024-03-01")  # before the judgment: mandatory (M)
    settled = row(run(rec, later), "pc1203_4a")
    assert settled.mode == "mandatory" and not any(step.startswith("To confirm the route") for step in settled.next_steps)


def test_unpaid_fines_while_probation_runs_give_a_step_to_pay_them_in_time():
    running = probation_case(start="2025-06-01", end="2027-06-01", status="active", money=money(fines_ordered=1200, fines_paid=130))
    d = row(run(running), "pc1203_4")
    assert d.status == "eligible_on"
    assert any(step.startswith("Pay the $1,070 in fines before probation ends") for step in d.next_steps)
    done = probation_case(money=money(fines_ordered=1200, fines_paid=130))
    assert not any(step.startswith("Pay the") for step in row(run(done), "pc1203_4").next_steps)


def test_supervision_after_a_custody_still_running_counts_toward_the_first_day():
    """Found by rescreening demo clients on each eligible_on date: in custody until 2028-01-25
    with PRCS to 2029-08-10, 1203.41 said 2030-01-26 (from release) and, on that day, 2031-08-11."""
    held = custody_case("11378", judgment="2023-11-27", release="2028-01-25", supervision="prcs", supervision_end="2029-08-10")
    d = row(run(held, as_of="2026-11-01"), "pc1203_41")
    # Whether PRCS counts is the open question (ca-rules 2.1), asked before release as after it.
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert any("If PRCS counts, the wait runs from its end on 2029-08-10, so the first day would be 2031-08-11." == r.text for r in d.reasons)
    assert any("cannot end before 2030-01-26, counted from release on 2028-01-25" in r.text for r in d.reasons)
    # Case B's own four years run to 2030-02-02; A's PRCS, to 2031-03-05, outlasts them.
    held = custody_case("11378", judgment="2023-11-27", release="2028-01-25", supervision="prcs", supervision_end="2031-03-05")
    jail = custody_case("496(a)", id="B", code="PC", type="county_jail_1170h", judgment="2025-10-31", release="2026-02-01", supervision="none", supervision_end=None)
    other = row(run(held, jail, as_of="2026-11-01"), "pc1203_425", case="B", conv="B1")
    assert (other.status, other.date) == ("blocked", D("2031-03-06"))
    assert any("After release on 2028-01-25, the person will be on post-release community supervision (PRCS)" in r.text for r in other.reasons)


def test_1203_41_takes_the_later_of_its_own_wait_and_a_bar_elsewhere():
    """Found by rescreening demo clients on each 'blocked until' date: probation elsewhere
    to 2028-01-05 gave 'blocked until 2028-01-06', though this case's own wait (mandatory
    supervision to 2027-05-26, then 1 year) runs to 2028-05-27."""
    split = custody_case("11378", type="county_jail_1170h", judgment="2025-01-10", release="2025-09-01", supervision="mandatory_supervision", supervision_end="2027-05-26", split=True)
    elsewhere = probation_case("484(a)/488", id="B", start="2025-01-05", end="2028-01-05", status="active")
    d = row(run(split, elsewhere, as_of="2026-11-01"), "pc1203_41")
    assert (d.status, d.date) == ("eligible_on", D("2028-05-27"))
    later = probation_case("484(a)/488", id="B", start="2025-01-05", end="2029-01-05", status="active")
    d = row(run(split, later, as_of="2026-11-01"), "pc1203_41")
    assert (d.status, d.date) == ("blocked", D("2029-01-06"))


def test_17b_for_a_felony_assault_names_the_federal_dv_ban_the_reduction_may_bring():
    """Where the reduction is chosen: a misdemeanor 245 against a spouse or family member is a
    federal misdemeanor crime of domestic violence (ca-rules 4.5), as the firearm line says."""
    rec = probation_case("245(a)(1)", level="felony", kind="formal", wobbler=True, start="2019-01-10", end="2021-01-10")
    rec.sentence.imposition_suspended = True
    d = row(run(rec), "pc17b")
    assert d.status == "eligible" and any(r.cite == "18 USC 922(g)(9)" for r in d.reasons)
    theft = probation_case("487(a)", level="felony", kind="formal", wobbler=True)
    theft.sentence.imposition_suspended = True
    assert not any("922(g)(9)" in r.cite for r in row(run(theft), "pc17b").reasons)


def test_ending_probation_elsewhere_is_not_offered_as_enough_when_parole_also_blocks():
    """Review finding: 'end probation early in the other case; relief can follow once it ends'
    while parole in a third case blocks relief for years more."""
    done = probation_case("484(a)/488")
    elsewhere = probation_case("602", id="B", start="2026-01-10", end="2027-01-10", status="active")
    parole = custody_case(id="P", judgment="2020-01-01", release="2025-06-01", supervision_end="2028-06-01")
    d = row(run(done, elsewhere, parole), "pc1203_4")
    assert (d.status, d.date) == ("blocked", D("2028-06-02"))
    assert not any("relief can follow once it ends" in step for step in d.next_steps)
    assert any(step.startswith("Ending probation early (PC 1203.3) in case B (PC 602, convicted 2026-01-10, Los Angeles County) would not be enough: the person is also on parole in case P (HS 11378, convicted 2020-01-01, Los Angeles County)") for step in d.next_steps)
    alone = row(run(done, elsewhere), "pc1203_4")
    assert any("relief can follow once it ends" in step for step in alone.next_steps)


def test_automatic_relief_ignores_summary_probation_elsewhere_that_ends_before_its_day():
    """Metamorphic finding: summary probation in case B gave needs_review ('if it is, relief
    waits until 2027-06-02') though both readings give that day; making it formal gave
    eligible_on with 'no other supervision ... shows in the record', which was false."""
    running = probation_case("484(a)/488", start="2025-06-01", end="2027-06-01", status="active")
    for kind in ("summary", "formal"):
        other = probation_case("602", id="B", start="2025-09-01", end="2026-12-01", status="active", kind=kind)
        d = row(run(running, other, as_of="2026-11-01"), "pc1203_425")
        assert (d.status, d.date) == ("eligible_on", D("2027-06-02")), kind
        assert any("the person is on probation in case B (PC 602, convicted 2025-09-01, Los Angeles County) now, but only through 2026-12-01," in r.text for r in d.reasons)


def test_unpaid_fines_ask_nothing_after_early_termination_and_do_not_close_the_route_while_probation_runs():
    """Metamorphic finding: after an early discharge, 1203.4 asked whether the fines were a
    condition, though either answer gives the mandatory route (1203.4(a)(1))."""
    early = probation_case(start="2024-06-20", end="2028-06-19", status="completed", early="2026-10-28", money=money(fines_ordered=900, fines_paid=81))
    d = row(run(early, as_of="2026-11-01"), "pc1203_4")
    assert (d.status, d.mode, d.missing_facts) == ("eligible", "mandatory", [])
    running = probation_case(start="2024-06-20", end="2028-06-19", status="active", money=money(fines_ordered=900, fines_paid=81, fines_condition_of_probation=True))
    d = row(run(running, as_of="2026-11-01"), "pc1203_4")
    assert (d.status, d.mode, d.date) == ("eligible_on", "mandatory", D("2028-06-20"))  # still time to pay
    assert any("paying them is a condition of probation, so paying them before it ends keeps the mandatory route" in r.text for r in d.reasons)


def test_unpaid_fines_do_not_promise_a_mandatory_route_a_violation_already_closed():
    """Readability finding: "paying them ... keeps the mandatory route" followed "only the
    discretionary route is left" (a violation) in the same row."""
    violated = probation_case(start="2024-06-20", end="2028-06-19", status="active", violations=[("2025-05-01", "reinstated")],
                              money=money(fines_ordered=900, fines_paid=81, fines_condition_of_probation=True))
    d = row(run(violated, as_of="2026-11-01"), "pc1203_4")
    assert (d.status, d.mode) == ("eligible_on", "discretionary")
    assert not any("keeps the mandatory route" in r.text for r in d.reasons)
    assert "Pay the $819 in fines before probation ends if the client can, or ask the court about ability to pay." in d.next_steps


def test_1203_41_with_an_uncertain_bar_elsewhere_asks_and_keeps_its_own_date():
    """Metamorphic finding: mandatory supervision here to 2027-05-12 and unpaid fines in an old
    case elsewhere gave 'blocked ... the record does not show that date yet'."""
    split = custody_case("11378", type="county_jail_1170h", judgment="2025-01-10", release="2025-09-01", supervision="mandatory_supervision", supervision_end="2027-05-12", split=True)
    old = no_probation_case("415(1)", id="B", judgment="2019-02-10", money=money(fines_ordered=300, fines_paid=278))
    d = row(run(split, old, as_of="2026-11-01"), "pc1203_41")
    assert (d.status, d.missing_facts) == ("needs_review", [])  # given, checked (S27B-01)
    assert d.next_steps[0].startswith("Check the record, then screen again: Case B (PC 415(1), convicted 2019-02-10, Los Angeles County): The record marks the sentence completed, yet fines of $22 are unpaid")
    assert d.reasons[-1].text == "Were it not for that, relief here would be discretionary from 2028-05-13 (the sentence in this case runs through 2027-05-12, then the 1-year wait)."


def test_1203_4a_with_its_own_fine_unpaid_is_blocked_without_a_date_even_with_a_bar_elsewhere():
    """Metamorphic finding: 'blocked until 2028-06-25' (supervision elsewhere) came and found
    relief still blocked by this case's own unpaid fine."""
    owing = no_probation_case("415(1)", judgment="2009-08-01", completed=None, money=money(fines_ordered=300, fines_paid=209))
    split = custody_case("11378", id="B", type="county_jail_1170h", judgment="2025-01-10", release="2025-09-01", supervision="mandatory_supervision", supervision_end="2028-06-24", split=True)
    d = row(run(owing, split, as_of="2026-11-01"), "pc1203_4a")
    assert (d.status, d.date) == ("blocked", None)
    assert d.reasons[0].text.endswith("fines of $91 are unpaid.") and "mandatory supervision in case B" in d.reasons[1].text


def test_a_blocked_1203_4_names_the_prcs_question_that_follows_the_block():
    """Review finding: 'blocked until 2027-10-30' said nothing of PRCS to 2029 after a release
    still ahead, which for 1203.4 is an open question (ca-rules 2.1, 8 Q4)."""
    done = probation_case("484(a)/488")
    held = custody_case("11378", id="P", judgment="2023-05-01", release="2026-12-12", supervision="prcs", supervision_end="2029-03-21")
    d = row(run(done, held, as_of="2026-11-01"), "pc1203_4")
    # Not "blocked until 2026-12-13" (oracle finding O23-01): that day the question remains.
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    assert d.reasons[1].text == "Relief is blocked until 2026-12-13; recheck on that day."
    assert any("will be on post-release community supervision (PRCS) in case P (HS 11378, convicted 2023-05-01, Los Angeles County) through 2029-03-21" in r.text for r in d.reasons)
    assert any("open question" in r.text for r in d.reasons)


def test_an_uncertain_bar_elsewhere_is_not_hidden_by_a_certain_one_that_lifts_first():
    """Metamorphic finding: probation in B (to 2026-12-01) and a probation in C marked active
    past its end gave 'blocked until 2027-06-02' with C unmentioned; without B, needs_review."""
    running = probation_case("484(a)/488", start="2025-06-01", end="2027-06-01", status="active")
    b = probation_case("602", id="B", start="2025-09-01", end="2026-12-01", status="active")
    c = probation_case("602", id="C", start="2024-10-01", end="2026-10-01", status="active")
    d = row(run(running, b, c, as_of="2026-11-01"), "pc1203_4")
    assert (d.status, d.missing_facts) == ("needs_review", [])  # given, checked (S27B-01)
    assert d.next_steps[0].startswith("Check the record, then screen again: Case C (PC 602, convicted 2024-10-01, Los Angeles County): The record marks probation active, but its end date 2026-10-01 has passed")
    longer = probation_case("602", id="B", start="2025-09-01", end="2027-12-01", status="active")
    d = row(run(running, longer, c, as_of="2026-11-01"), "pc1203_4")
    assert d.status == "blocked" and any("case C (PC 602, convicted 2024-10-01, Los Angeles County)" in r.text for r in d.reasons)  # said beside the block


def test_a_sentence_marked_completed_with_fines_unpaid_is_asked_about_not_decided():
    """Metamorphic finding: completed: true with $271 of fines unpaid was a certain block for
    the case's own remedies (H), a doubt for the others, and asked 'Has the sentence been
    completed?' though the record said so. Now every remedy asks about the fines."""
    conflict = no_probation_case("415(1)", judgment="2020-02-10", money=money(fines_ordered=300, fines_paid=29))
    s = run(conflict, probation_case(id="B"))
    for remedy in ("pc1203_4a", "pc1203_425"):
        d = row(s, remedy)
        # Given, though contradicted: checked, not missing (S27B-01).
        assert (d.status, d.missing_facts) == ("needs_review", []), remedy
        assert d.next_steps[0].startswith("Check the record, then screen again: The record marks the sentence completed, yet fines of $271 are unpaid"), remedy
    d = row(s, "pc1203_4", case="B", conv="B1")
    assert d.missing_facts == [] and d.next_steps[0].startswith("Check the record, then screen again: Case A (PC 415(1), convicted 2020-02-10, Los Angeles County): The record marks the sentence completed, yet fines of $271")


def test_revoked_probation_not_completed_in_another_case_is_a_bar_not_a_clean_record():
    """Metamorphic finding: a felony probation revoked in case B (sentence not completed) left
    case A 'eligible, mandatory, H: not on probation, serving a sentence or charged'."""
    done = probation_case("484(a)/488")
    revoked = probation_case("459/460(b)", id="B", level="felony", kind="formal", start="2025-06-01", end="2028-06-01", status="revoked", violations=[("2026-09-15", "revoked")])
    revoked.sentence.completed = False
    assert status(run(done, revoked), "pc1203_4")[0] == "blocked"
    revoked.sentence.completed = None
    d = row(run(done, revoked), "pc1203_4")
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[B].sentence.completed"])
    revoked.sentence.completed = True
    assert status(run(done, revoked), "pc1203_4")[0] == "eligible"


def test_automatic_relief_after_a_reduction_of_a_revoked_probation_felony_is_an_open_question():
    """Metamorphic finding: granting 17(b) turned 1203.425 from eligible into a firm
    not_eligible ('path (II) is for felonies only') where probation had been revoked."""
    from clinic_app.model import ReliefGranted

    rec = probation_case("496(a)", level="felony", kind="formal", wobbler=True, start="2015-01-10", end="2018-01-10", violations=[("2016-02-01", "reinstated")])
    assert row(run(rec), "pc1203_425").status == "eligible"  # path (II), a felony
    rec.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2020-01-10"))]
    d = row(run(rec), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")


def test_automatic_relief_says_a_bar_now_even_where_a_new_felony_is_the_open_question():
    """Metamorphic finding: a new felony within path (II)'s four years gave needs_review that
    never mentioned probation elsewhere (or person-level parole), which stops relief on any path."""
    felony = probation_case("487(a)", level="felony", kind="formal", wobbler=True, start="2019-01-10", end="2022-01-10", violations=[("2020-02-01", "reinstated")])
    running = probation_case("487(a)", id="B", level="felony", kind="formal", wobbler=True, start="2023-06-01", end="2029-09-13", status="active")
    d = row(run(felony, running, as_of="2026-11-01"), "pc1203_425")
    # Hand-out check H20-04: not "blocked until 2029-09-14" either, which the handout printed as
    # "The DOJ may do it on its own after" that day; then the path still fails or is open.
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    assert d.reasons[0].text == "The person is on probation in case B (PC 487(a), convicted 2023-06-01, Los Angeles County) through 2029-09-13."
    assert any("new felony conviction" in r.text for r in d.reasons)


def test_automatic_relief_with_an_open_question_is_not_blocked_until_a_day():
    """Hand-out check H20-04: a robbery's automatic relief (whether the probation path covers a
    serious felony is open, ca-rules.md 8.3) was "blocked until" the end of probation in
    another case, printed as "The DOJ may do it on its own after" that day."""
    robbery = probation_case("211", level="felony", kind="formal", start="2018-01-02", end="2021-01-02")
    running = probation_case("602", id="B", kind="formal", start="2025-06-01", end="2027-06-01", status="active")
    d = row(run(robbery, running), "pc1203_425")
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    assert d.reasons[0].text == "The person is on probation in case B (PC 602, convicted 2025-06-01, Los Angeles County) through 2027-06-01."
    assert any("serious or violent felony such as PC 211 is an open question. If it does, relief may apply now were it not for the above." in r.text for r in d.reasons)
    assert d.next_steps[-1] == "An attorney decides the open question above before the block on relief lifts."
    # Without the open question the bar is a plain block with its day.
    theft = probation_case("487(a)", level="felony", kind="formal", start="2018-01-02", end="2021-01-02")
    plain = row(run(theft, running), "pc1203_425")
    assert (plain.status, plain.date) == ("blocked", D("2027-06-02"))


def test_an_early_termination_is_not_read_as_a_stale_active_record():
    """Metamorphic finding: early_termination 2026-10-12 with status still 'active' was read as
    'its end date has passed; it may have been extended' (needs_review) instead of a discharge."""
    rec = probation_case(start="2025-06-01", end="2027-06-01", status="active", early="2026-10-12")
    d = row(run(rec, as_of="2026-11-01"), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert row(run(rec, as_of="2026-11-01"), "pc1203_3", conv=None).status == "not_applicable"


# ---- confidence follows the weakest rule used (audit findings) --------------------------------


def test_unpaid_condition_fines_beside_a_violation_leave_the_answer_at_h():
    fines = money(fines_ordered=400, fines_paid=0, fines_condition_of_probation=True)
    case = probation_case(violations=[("2016-05-01", "reinstated")], money=fines)
    d = row(run(case), "pc1203_4")
    assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "H")
    running = probation_case(id="B", start="2025-01-03", end="2027-01-03", status="active")
    blocked = row(run(probation_case(violations=[("2016-05-01", "reinstated")], money=fines), running), "pc1203_4", "A")
    assert (blocked.status, blocked.confidence) == ("blocked", "H")


def test_a_route_made_discretionary_only_by_the_vc12810_list_is_m():
    """ca-rules 2.4 tags the VC 12810(a)-(e) list [M]; public case S03 rates this M, and H
    where a violation already made the route discretionary."""
    dui = probation_case("23152(a)", code="VC")
    assert (row(run(dui), "pc1203_4").mode, row(run(dui), "pc1203_4").confidence) == ("discretionary", "M")
    violated = probation_case("23152(a)", code="VC", violations=[("2016-05-01", "reinstated")])
    assert row(run(violated), "pc1203_4").confidence == "H"


def test_1203_4a_mandatory_beside_other_convictions_is_m_and_alone_h():
    """ca-rules 2.1 rates reading "an honest and upright life" as "no new conviction" [L];
    public case S46 (an earlier conviction) rates the mandatory route M, S10 and S11 H."""
    alone = row(run(no_probation_case(judgment="2024-02-10")), "pc1203_4a")
    assert (alone.mode, alone.confidence) == ("mandatory", "H")
    earlier = probation_case(id="B", start="2015-03-02", end="2016-03-02")
    d = row(run(no_probation_case(judgment="2024-02-10"), earlier), "pc1203_4a", "A")
    assert (d.mode, d.confidence) == ("mandatory", "M")
    assert any("honest and upright life" in r.text for r in d.reasons)
    # Said as earlier, under "no later conviction" (readability finding R15-16).
    assert any(r.text.startswith("The other convictions in the record came before this judgment;") for r in d.reasons)
    earlier.convictions[0].conviction_date = None
    d = row(run(no_probation_case(judgment="2024-02-10"), earlier), "pc1203_4a", "A")
    assert any(r.text.startswith("The record has other convictions, none shown after this judgment;") for r in d.reasons)


def test_1203_4a_exclusion_of_288c_is_m_and_of_vehicle_code_infractions_h():
    """ca-rules 3.2 quotes the 288(c) exclusion "[as quoted; verify]"; the VC ones are [H] (2.4)."""
    d = row(run(no_probation_case("288(c)(1)", judgment="2018-02-10")), "pc1203_4a")
    assert (d.status, d.confidence) == ("not_eligible", "M")
    d = row(run(no_probation_case("22350", code="VC", level="infraction", judgment="2018-02-10")), "pc1203_4a")
    assert (d.status, d.confidence) == ("not_eligible", "H")


def test_the_person_s_confirmed_parole_settles_a_parole_the_case_only_suggests():
    """Oracle finding: on_supervision 'parole' beside a case whose parole has no end date
    (released long ago, so only a doubt) gave needs_review; without the case it blocked."""
    rec = custody_case("11379", code="HS", judgment="2019-05-01", release="2021-05-01", supervision="parole", supervision_end=None)
    assert status(run(rec, as_of="2026-11-16"), "pc1203_41")[0] == "needs_review"
    confirmed = run(rec, as_of="2026-11-16", person=Person(on_supervision="parole"))
    for remedy in ("pc1203_41", "pc1203_425"):
        d = row(confirmed, remedy)
        assert d.status == "blocked" and d.reasons[0].text == "The person is on parole; the record shows no end date."


def test_a_revocation_long_ago_is_no_doubt_for_the_other_cases():
    """Readability finding: a misdemeanor probation revoked in 2013, its sentence not
    recorded, kept every other case in review in 2026; the term executed after a revocation
    is given the unknown-sentence window (5 years for a misdemeanor) from the revocation."""
    old = probation_case("602", id="A", start="2010-06-01", end="2013-06-01")

    def revoked(start, on):
        return probation_case("25662", code="BP", id="C", start=start, end=f"{int(start[:4]) + 3}{start[4:]}", status="revoked", violations=[(on, "revoked")])

    assert status(run(old, revoked("2012-02-01", "2013-03-01")), "pc1203_4")[0] == "eligible"
    d = row(run(old, revoked("2022-02-01", "2023-03-01")), "pc1203_4")
    assert d.status == "needs_review" and d.missing_facts == ["cases[C].sentence.completed"]


def test_automatic_relief_gives_no_all_clear_before_its_own_open_question():
    """Readability finding: "the statute names no offense this path leaves out, so relief may
    apply" came right before "whether automatic relief covers a DUI is an open question"."""
    d = row(run(probation_case("23152(a)", code="VC")), "pc1203_425")
    assert d.reasons[0].text == "Probation was granted and was completed on 2018-03-02 without revocation."
    theft = row(run(probation_case()), "pc1203_425")
    assert theft.reasons[0].text.endswith("without revocation; the statute names no offense this path leaves out, so relief may apply.")


def test_the_17b_firearm_line_says_when_the_ten_year_ban_ended():
    """Readability finding: a 2001 PC 273.5 felony's 17(b) row said the reduced misdemeanor
    'carries a ten-year state ban', while the consequences said it ended in 2011."""
    old = probation_case("273.5", level="felony", kind="formal", start="2001-02-14", end="2004-02-14", imposition_suspended=True)
    d = row(run(old), "pc17b")
    assert any("the ten-year state ban a PC 29805 misdemeanor carries, counted from the conviction date, ended on 2011-02-14" in r.text for r in d.reasons)
    recent = probation_case("273.5", level="felony", kind="formal", start="2017-02-14", end="2018-02-14", imposition_suspended=True)
    d = row(run(recent), "pc17b")
    assert any("as a PC 29805 misdemeanor it carries a ten-year state ban from the conviction date, until 2027-02-14" in r.text for r in d.reasons)


# ---- readability round 17: what a paralegal would misread -------------------------------


def test_a_revoked_misdemeanor_probation_is_pointed_to_1203_4a_not_the_felony_only_1203_41():
    """R17-01: the 1203.4 row sent a misdemeanor to PC 1203.41, which the same report listed
    as not fitting; the felony keeps 1203.41 (Mgebrov)."""
    misdemeanor = probation_case(start="2023-03-01", end="2027-03-01", status="revoked", violations=[("2025-09-01", "revoked")])
    d = row(run(misdemeanor), "pc1203_4")
    assert "whether PC 1203.4a covers the case is an open question" in d.reasons[1].text and "1203.41" not in d.reasons[1].text
    assert d.next_steps == ["Get the minute order of the revocation and what sentence followed; an attorney chooses 1203.4 or 1203.4a."]
    felony = probation_case("459/460(b)", level="felony", kind="formal", start="2023-03-01", end="2027-03-01", status="revoked", violations=[("2025-09-01", "revoked")])
    assert "PC 1203.41 is the route" in row(run(felony), "pc1203_4").reasons[1].text


def test_a_certificate_years_off_is_not_referred_now():
    """R17-06: a certificate blocked or dated years ahead listed "Refer the client for a
    petition" as if it could be filed now."""
    from clinic_app.model import Person

    prison = custody_case("11378", judgment="2022-01-10", release="2024-01-10", supervision="parole", supervision_end="2026-01-10")
    d = row(run(prison, person=Person(ca_resident_since=D("1990-01-01"))), "cor")
    assert d.status == "eligible_on"
    assert d.next_steps[0].startswith(f"On or after {d.date.isoformat()}, refer the client for a petition")


def test_the_1473_7_motion_is_said_to_be_possible_now_not_after_a_notice_to_appear():
    """R17-08: "File with reasonable diligence once immigration authorities rely on the
    conviction" read as "wait for a Notice to Appear" (ca-rules 3.15: timely any time out of
    custody)."""
    from clinic_app.model import Person

    d = row(run(probation_case(), person=Person(us_citizen=False)), "pc1473_7")
    assert any(r.text.startswith("The motion can be made now, while the person is out of custody;") for r in d.reasons)
    # Q35: "must be filed with reasonable diligence" overstated the statute: a court MAY find
    # an (a)(1) motion untimely if it was not filed with reasonable diligence after the later of
    # the notice and a final removal order (ca-rules 3.15; PC 1473.7(b)(2)).
    timing = next(r for r in d.reasons if r.text.startswith("The motion can be made now"))
    assert "must be filed" not in timing.text
    assert "the court may find it untimely if it was not filed with reasonable diligence after the later of" in timing.text
    assert "final removal order" in timing.text and timing.cite == "PC 1473.7(b)(2)"


def test_a_felony_261_5d_says_the_exclusion_is_for_felonies_beside_the_17b_it_offers():
    """R17-03: "excluded from PC 1203.4" read as for good, beside an open 17(b) reduction;
    ca-rules 3.1: the exclusion names felonies only, and after a reduction it is [L]."""
    rec = probation_case("261.5(d)", level="felony", kind="formal", start="2017-03-01", end="2020-03-01", imposition_suspended=True)
    s = run(rec)
    d = row(s, "pc1203_4")
    assert (d.status, d.confidence) == ("not_eligible", "H")
    assert d.reasons[1].text.startswith("The exclusion names felony convictions only: if the court first reduces this one under PC 17(b)")
    assert "Ask the attorney whether to seek the PC 17(b) reduction first, then a PC 1203.4 dismissal." in d.next_steps
    assert row(s, "pc17b").status == "eligible"
    # An exclusion not limited to felonies says nothing of the kind.
    assert len(row(run(probation_case("288(a)", level="felony", kind="formal", start="2008-04-01", end="2013-04-01")), "pc1203_4").reasons) == 1


def test_the_disclosure_line_says_yet_where_a_law_change_will_open_a_dismissal():
    """R17-02: before SB 731 a state-prison term read "No petition can dismiss it" beside the
    step to screen again when the law changes."""
    from engine_builders import topics

    prison = custody_case("11378", judgment="2015-06-01", release="2017-06-01", supervision_end="2019-06-01")
    before = topics(run(prison, as_of="2022-10-01"))["disclosure"][0]
    # O22-07: from 2023-01-01 the route is the attorney's [L] question (sources differ on the day).
    assert before.startswith("No petition can dismiss it yet (a change in the law on 2023-01-01 may open one: screen again then)")


def test_1203_41_waits_its_own_two_years_when_a_bar_elsewhere_lifts_sooner():
    """Oracle finding O18-01: the date was moved to the case's own first day, but the reasons
    still said 'blocked until' the other probation's end, the wait and the mode gone."""
    jail = custody_case("496(a)", code="PC", type="county_jail_1170h", judgment="2024-08-01", release="2025-06-30", supervision="none", supervision_end=None)
    b = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    d = row(run(jail, b, as_of="2026-11-30"), "pc1203_41")
    assert (d.status, d.mode, d.date) == ("eligible_on", "discretionary", D("2027-07-01"))
    assert d.reasons[0].text.startswith("The sentence (a straight county-jail sentence) was completed on 2025-06-30")
    assert not any("blocked" in r.text for r in d.reasons)
    # A bar that outlasts the wait sets the day, and the wait is said after it.
    b = probation_case("242", id="B", start="2026-03-01", end="2027-12-01", status="active")
    d = row(run(jail, b, as_of="2026-11-30"), "pc1203_41")
    assert (d.status, d.date) == ("blocked", D("2027-12-02"))
    assert any(r.text == "Were it not for that, relief here would be discretionary from 2027-07-01." for r in d.reasons)
    assert any(r.text.startswith("The sentence (a straight county-jail sentence) was completed on 2025-06-30") for r in d.reasons)


def test_1203_41_blocked_elsewhere_still_says_its_own_prison_term_and_wait():
    """Readability finding R18-02: a charge pending elsewhere hid a prison term with parole
    to 2029, and 'recheck when the pending case ends' came years early."""
    held = custody_case("211", code="PC", judgment="2022-06-01", release="2027-06-01", supervision="parole", supervision_end="2029-06-14")
    pending = Case(id="B", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    d = row(run(held, pending, as_of="2026-11-30"), "pc1203_41")
    assert d.status == "blocked"
    assert any(r.text == "Were it not for that, relief here would be discretionary from 2031-06-15 (the sentence in this case runs through 2029-06-14, then the 2-year wait)." for r in d.reasons)


def test_a_sentence_marked_not_completed_elsewhere_names_the_fact_and_the_step_that_lift_the_block():
    """Readability finding R18-03: a revoked probation marked not completed blocked every other
    case 'with no end date', naming no fact and giving no step."""
    revoked = probation_case("459/460(b)", id="B", level="felony", kind="formal", start="2019-11-20", end="2024-11-20", status="revoked", violations=[("2021-03-31", "revoked")])
    revoked.sentence.completed = False
    d = row(run(probation_case(), revoked, as_of="2026-11-30"), "pc1203_4")
    assert (d.status, d.date) == ("blocked", None)
    # The record gives it (not completed): no missing fact; the step finds out when (S27B-01).
    assert d.missing_facts == []
    assert "Find out from the court whether the sentence in case B (PC 459/460(b), convicted 2019-11-20, Los Angeles County) has been served (any jail or prison term, supervision, fines); once it is, record it as completed and screen again." in d.next_steps


def test_early_termination_of_domestic_violence_probation_says_what_the_36_month_minimum_does():
    """Readability finding R18-08: PC 1203.097's minimum governs the grant, not the court's
    power under 1203.3 (People v. Killion (2018) 24 Cal.App.5th 337); said, at M."""
    dv = probation_case("273.5(a)", start="2025-06-01", end="2028-06-01", status="active")
    d = row(run(dv, as_of="2026-11-30"), "pc1203_3", conv=None)
    assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "M")
    assert any(r.cite.startswith("PC 1203.097(a)(1); People v. Killion") for r in d.reasons)
    # One year, within AB 1950's cap (a longer one is flagged, at M: S28-05).
    theft = row(run(probation_case(start="2026-01-01", end="2027-01-01", status="active"), as_of="2026-11-30"), "pc1203_3", conv=None)
    assert theft.confidence == "H" and not any("1203.097" in r.cite for r in theft.reasons)


def test_several_bars_are_said_by_kind_and_ending_probations_that_lift_first_is_not_offered():
    """Readability finding R18-13: the bars were joined clause by clause ('on probation in case
    B and on probation in case C and ...'); R18-04: ending a probation elsewhere was offered
    where the remedy's own day comes later anyway."""
    a = probation_case(start="2025-06-01", end="2027-06-01", status="active")
    b = probation_case("242", id="B", start="2025-01-10", end="2027-01-10", status="active")
    c = probation_case("602", id="C", start="2025-02-10", end="2027-03-10", status="active")
    d = custody_case(id="D", judgment="2020-01-01", release="2025-06-01", supervision_end="2028-06-01")
    s = run(a, b, c, d, as_of="2026-11-30")
    assert row(s, "pc1203_3", conv=None).next_steps[0].endswith("still waits while the person is on probation in cases B (PC 242, convicted 2025-01-10, Los Angeles County) and C (PC 602, convicted 2025-02-10, Los Angeles County) and on parole in case D (HS 11378, convicted 2020-01-01, Los Angeles County).")
    blocked = row(s, "pc1203_4")
    assert (blocked.status, blocked.date) == ("blocked", D("2028-06-02"))
    assert not any("end probation early" in step.lower() for step in blocked.next_steps)  # A's own probation runs past B's and C's
    # Where ending them would bring the day forward, the step names both cases.
    done = probation_case()
    steps = row(run(done, b, c, as_of="2026-11-30"), "pc1203_4").next_steps
    assert "Ask the court to end probation early (PC 1203.3) in cases B (PC 242, convicted 2025-01-10, Los Angeles County) and C (PC 602, convicted 2025-02-10, Los Angeles County); relief can follow once they end." in steps
    assert not any("once it ends" in step for step in steps)  # two probations: "it" named neither (R90)


def test_doj_s_window_ends_when_the_first_bar_began_and_is_not_offered_when_one_held_all_along():
    """Readability finding R18-06: 'DOJ may already have granted relief between 2024-10-01 and
    ...' for a person in prison since 2023, and a window running to the latest bar."""
    a = probation_case(start="2015-03-02", end="2018-03-02")
    prison = custody_case(id="B", judgment="2020-01-10", release="2028-01-10", supervision_end="2030-01-10")
    held = row(run(a, prison, as_of="2026-11-30"), "pc1203_425")
    assert held.status == "blocked" and not any(step.startswith("DOJ may already") for step in held.next_steps)
    pending = Case(id="B", outcome="pending", arrest_date=date(2025, 5, 1), arrest_level="felony")
    probation = probation_case("242", id="C", start="2025-08-01", end="2027-08-01", status="active")
    d = row(run(a, pending, probation, as_of="2026-11-30"), "pc1203_425")
    assert any(step.startswith("DOJ may already have granted relief in a monthly run between 2024-10-01 and 2025-05-01,") for step in d.next_steps)


def test_a_felony_inside_automatic_relief_s_four_years_later_reduced_is_an_open_question():
    """Oracle note O18 4.3: a felony convicted inside the four years and reduced under 17(b)
    after them was passed over ('eligible', M, without a word)."""
    from clinic_app.model import ReliefGranted

    jail = custody_case("11378", type="county_jail_1170h", judgment="2019-01-10", release="2020-06-01", supervision="none", supervision_end=None)
    later = probation_case("459/460(b)", id="B", level="felony", kind="formal", start="2022-06-01", end="2023-06-01", wobbler=True)
    later.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2024-08-01"))]
    d = row(run(jail, later, as_of="2026-11-30"), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "falls within the four years after completion: PC 459/460(b) in case B (Los Angeles County) on 2022-06-01. It has since been reduced to a misdemeanor, and whether that takes it out of the four years is unsettled" in d.reasons[0].text


def test_a_doubt_beside_certain_bars_keeps_the_day_they_lift_in_the_reasons():
    """Readability finding R18-10: an unpaid fine in an old case left every row 'blocked, end
    unknown', though probation elsewhere sets a day before which nothing can open."""
    old = no_probation_case("415(1)", id="B", judgment="2016-02-10", money=money(fines_ordered=300, fines_paid=36))
    running = probation_case("242", id="C", start="2025-07-05", end="2028-07-04", status="active")
    d = row(run(probation_case(), old, running, as_of="2026-11-30"), "pc1203_4")
    assert (d.status, d.date) == ("blocked", None)
    assert any(r.text == "Not before 2028-07-05 in any case, the day the bars the record is sure of lift." for r in d.reasons)


def test_early_termination_does_not_promise_a_mandatory_dismissal_beside_prcs_elsewhere():
    """Readability finding R18-07: 'then 1203.4 becomes mandatory; file them together' beside
    PRCS in another case, whose effect on 1203.4 is an open question."""
    running = probation_case(start="2025-03-08", end="2029-03-06", status="active")
    on_prcs = custody_case("11378", id="P", judgment="2023-01-10", release="2025-11-21", supervision="prcs", supervision_end="2028-11-21")
    steps = row(run(running, on_prcs, as_of="2026-11-30"), "pc1203_3", conv=None).next_steps
    assert steps[0] == "Ask the court to end probation early (PC 1203.3); the 1203.4 dismissal may still have to wait: the person is on post-release community supervision (PRCS) in case P (HS 11378, convicted 2023-01-10, Los Angeles County), which may stop it (see the reasons; an attorney decides)."
    assert not any("file it together" in s for s in steps)


def test_summary_probation_outlasting_the_other_bars_is_the_question_after_them():
    """Readability finding R18-09: summary probation elsewhere was a certain block in one row
    (beside a formal probation) and an open question in the next."""
    a = no_probation_case("415(1)", judgment="2025-11-22")
    formal = probation_case("459/460(b)", id="F", level="felony", kind="formal", start="2024-04-30", end="2027-04-29", status="active")
    summary = probation_case("242", id="S", start="2025-06-03", end="2028-06-02", status="active")
    d = row(run(a, formal, summary, as_of="2026-11-30"), "pc1203_425")
    # Not "blocked until 2027-04-30" (hand-out check H21-13): that day the question remains.
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    assert d.reasons[0].text == "The person is on probation in case F (PC 459/460(b), convicted 2024-04-30, Los Angeles County) through 2027-04-29."
    assert d.reasons[-1].text == "After that, summary probation in case S (PC 242, convicted 2025-06-03, Los Angeles County) runs through 2028-06-02; whether summary (unsupervised) probation in another case stops automatic relief is an open question."
    # Where the other bar lifts before this path's own day, the summary probation is the question now.
    own = probation_case("602", start="2025-05-01", end="2027-05-01", status="active")
    d = row(run(own, formal, summary, as_of="2026-11-30"), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")


def test_an_offense_during_probation_is_seen_when_the_start_is_blank_and_the_judgment_bounds_it():
    """Metamorphic finding M18-02: with probation.start blank the check was dropped, and the
    route became mandatory at H."""
    a = probation_case(start="2015-03-02", end="2018-03-01")
    a.sentence.probation.start = None
    b = probation_case("484(a)/488", id="B", start="2016-09-01", end="2017-09-01")
    b.convictions[0].offense_date = D("2016-06-01")
    d = row(run(a, b, as_of="2026-11-30"), "pc1203_4")
    assert (d.mode, d.confidence) == ("discretionary", "M")


def test_1203_41_counts_from_a_supervision_end_the_record_gives_without_its_kind():
    """Metamorphic finding M18-11: the first day, counted from release, moved 27 months when
    it came."""
    held = custody_case("459/460(b)", code="PC", judgment="2024-01-10", release="2026-12-17", supervision=None, supervision_end="2029-03-27")
    first = row(run(held, as_of="2026-11-15"), "pc1203_41")
    later = row(run(held, as_of="2028-12-18"), "pc1203_41")
    assert first.date == later.date == D("2031-03-28")


def test_the_disclosure_line_names_the_earliest_day_a_law_opens_a_dismissal():
    """O21-04: on the eve of PC 1203.42 (2018-01-01) a pre-realignment prison term was told
    2023-07-01 (SB 731, the 1203.41 row's day, which comes first in the results)."""
    from engine_builders import topics

    prison = custody_case("11378", judgment="2010-03-01", release="2011-01-01", supervision_end="2012-01-01")
    before = topics(run(prison, as_of="2017-12-31"))["disclosure"][0]
    assert before.startswith("No petition can dismiss it yet (a change in the law on 2018-01-01 may open one: screen again then)")


def test_automatic_relief_of_a_conviction_already_dismissed_says_the_route_was_taken():
    """O21-05: a felony dismissed under 1203.4 in 2019 was told "No petition route is open for
    this conviction ... ask the clerk"; the route was taken, not closed."""
    case = probation_case("11378", code="HS", level="felony", kind="formal", start="2014-03-01", end="2017-03-01", imposition_suspended=True)
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2019-05-01"))]
    d = row(run(case), "pc1203_425")
    assert d.status == "eligible"
    assert not any("No petition route is open" in s for s in d.next_steps)
    assert "already cleared by petition" in d.next_steps[-1]


def test_a_conviction_dismissed_under_one_dismissal_statute_is_not_offered_another():
    """O21-09: a pre-realignment prison term dismissed under 1203.41 in 2024 was told to file
    CR-180 under 1203.42 as well; the accusatory pleading is already dismissed."""
    prison = custody_case("11378", judgment="2009-03-01", release="2010-01-01", supervision_end="2011-01-01")
    assert row(run(prison), "pc1203_42").status == "eligible"
    prison.convictions[0].relief_granted = [ReliefGranted("pc1203_41", D("2024-01-01"))]
    d = row(run(prison), "pc1203_42")
    assert (d.status, d.next_steps) == ("not_applicable", [])
    assert "already dismissed under PC 1203.41 on 2024-01-01" in d.reasons[0].text
    # Automatic relief does not limit the petitions (ca-rules.md 3.5): 1203.4a stays open.
    fine_only = no_probation_case("484(a)/488", judgment="2022-03-01")
    fine_only.convictions[0].relief_granted = [ReliefGranted("pc1203_425", None)]
    assert row(run(fine_only), "pc1203_4a").status == "eligible"


def test_doj_window_before_an_undated_bar_is_said_as_a_condition():
    """O21-11: with parole the person reports but no case dates, the step said DOJ may have acted
    "after 2024-10-01, before the person was on parole", as if parole began after that day."""
    case = probation_case("11378", code="HS", level="felony", kind="formal", start="2012-03-01", end="2015-03-01", imposition_suspended=True)
    d = row(run(case, person=Person(on_supervision="parole")), "pc1203_425")
    assert d.status == "blocked"
    assert "If the person was not yet on parole by then, DOJ may already have granted relief in a monthly run after 2024-10-01" in d.next_steps[-1]


def test_a_condition_completed_after_the_screening_date_is_not_done_on_it():
    """Oracle finding O22-02: Condition.is_met ignored its date, so a class finished on
    2027-01-20 made a screening as of 2026-11-15 mandatory (a screening speaks for its as_of)."""
    later = Condition("class", "52-week batterer program", required=52, done=52, completed_on=D("2027-01-20"))
    rec = probation_case(conditions=[later])
    before = row(run(rec, as_of="2026-11-15"), "pc1203_4")
    assert (before.status, before.mode) == ("eligible", "discretionary")
    assert any("conditions not completed: 52-week batterer program." in r.text for r in before.reasons)
    after = row(run(rec, as_of="2027-01-20"), "pc1203_4")
    assert (after.status, after.mode) == ("eligible", "mandatory")
    # Probation still running on as_of: the early-termination answer names it as still to finish.
    running = probation_case(start="2025-06-01", end="2027-06-01", status="active", conditions=[later])
    steps = row(run(running, as_of="2026-11-15"), "pc1203_3", conv=None).next_steps
    assert steps[0] == "Finish or show progress on: 52-week batterer program; the court looks at compliance."
    steps = row(run(running, as_of="2027-02-01"), "pc1203_3", conv=None).next_steps
    assert not any("52-week" in s for s in steps)


def test_a_probation_violation_after_the_screening_date_had_not_happened_on_it():
    """Oracle finding O22-05: a violation dated 2017-05-01 left a screening as of 2016-01-10
    only the discretionary route of 1203.4, and a 2017 revocation (status "revoked") closed
    1203.3 and sent 1203.4 to review in 2016."""
    for outcome, probation_status in (("continued", "active"), ("reinstated", "active"), ("revoked", "revoked"), ("revoked", None)):
        rec = probation_case(status=probation_status, start="2015-03-02", end="2018-03-02", violations=[("2017-05-01", outcome)])
        s = run(rec, as_of="2016-01-10")
        d = row(s, "pc1203_4")
        assert (d.status, d.mode, d.date) == ("eligible_on", "mandatory", D("2018-03-03")), (outcome, probation_status)
        early = row(s, "pc1203_3", conv=None)
        assert early.status == "eligible" and not any("violation" in r.text for r in early.reasons)
        # From the violation's day on, it counts.
        later = row(run(rec, as_of="2017-05-01"), "pc1203_4")
        assert later.status == "needs_review" if outcome == "revoked" else later.mode == "discretionary"


def test_a_violation_entered_twice_or_with_two_outcomes_is_said_once_with_every_outcome():
    """Oracle finding O22-04: the same violation entered twice (or one day given two outcomes)
    said the same reason twice in one determination."""
    twice = row(run(probation_case(violations=[("2016-02-01", "continued"), ("2016-02-01", "continued")])), "pc1203_4")
    texts = [r.text for r in twice.reasons]
    assert len(texts) == len(set(texts))
    assert texts.count("Probation was violated on 2016-02-01 (probation was continued), so the conditions were not fulfilled for the whole period: only the discretionary route is left.") == 1
    both = row(run(probation_case(violations=[("2016-02-01", "continued"), ("2016-02-01", "reinstated"), ("2016-02-01", "continued")])), "pc1203_4")
    said = [r.text for r in both.reasons if r.text.startswith("Probation was violated")]
    assert said == ["Probation was violated on 2016-02-01 (the record gives more than one outcome: probation was continued; probation was revoked and reinstated), so the conditions were not fulfilled for the whole period: only the discretionary route is left."]
    # Two days stay two reasons.
    two = row(run(probation_case(violations=[("2016-02-01", "continued"), ("2016-09-01", "continued")])), "pc1203_4")
    assert len([r for r in two.reasons if r.text.startswith("Probation was violated")]) == 2


def test_a_payment_the_ledger_dates_after_the_screening_date_is_not_paid_on_it():
    """Oracle finding O22-09: the paid totals hold every ledger payment, so a screening of an
    earlier day counted a fine paid on 2026-10-01 as paid on 2026-09-01."""
    from clinic_app.model import Money, Payment

    m = Money(fines_ordered=300, fines_paid=0)
    m.record_payment(Payment("fine", D("2026-10-01"), 300))
    rec = no_probation_case("415(1)", judgment="2024-02-10", money=m)
    before = row(run(rec, as_of="2026-09-01"), "pc1203_4a")
    assert before.status in ("blocked", "needs_review") and before.status != "eligible"
    assert row(run(rec, as_of="2026-10-01"), "pc1203_4a").status == "eligible"
    assert (m.fines_paid, len(m.payments)) == (300, 1)  # the record itself is left as it is


def test_o23_05_a_screening_of_an_earlier_day_works_the_money_out_once_per_case(monkeypatch):
    """O23-05: screen() worked out Money.as_it_stood twice for every case with money (once to
    see whether anything is dated later, once to use it).  Pinned: the answers are those of
    the record without the later payment, and the money is worked out once per case."""
    from clinic_app.model import Money, Payment

    def record(later_payment: bool):
        m = Money(fines_ordered=300, fines_paid=100)
        m.record_payment(Payment("fine", D("2026-03-01"), 100))
        if later_payment:
            m.record_payment(Payment("fine", D("2026-10-01"), 200))
        return [no_probation_case("415(1)", judgment="2024-02-10", money=m),
                probation_case("602", id="B", start="2019-01-02", end="2020-01-02", money=Money(fines_ordered=50, fines_paid=50))]

    assert run(*record(True), as_of="2026-09-01").results == run(*record(False), as_of="2026-09-01").results
    assert row(run(*record(True), as_of="2026-10-01"), "pc1203_4a").status == "eligible"
    calls = []
    real = Money.as_it_stood
    monkeypatch.setattr(Money, "as_it_stood", lambda self, day: calls.append(self) or real(self, day))
    run(*record(True), as_of="2026-09-01")
    assert len(calls) == 2  # one per case with money, in screen() itself


def test_inside_the_last_90_days_the_window_to_stop_automatic_relief_is_said_closed():
    """Oracle finding O22-10: two days before DOJ may act, the reasons still said the prosecutor
    "may petition to stop automatic relief, no later than 90 days before" that day."""
    rec = no_probation_case("415(1)", judgment="2025-02-10")  # first day 2026-02-11; 90 days before: 2025-11-13
    may = "The prosecutor or probation may petition to stop automatic relief, no later than 90 days before the eligibility date."
    closed = "The time for the prosecutor or probation to petition to stop automatic relief (no later than 90 days before the eligibility date) has passed."
    for day, said in (("2025-11-13", may), ("2025-11-14", closed), ("2026-02-09", closed)):
        d = row(run(rec, as_of=day), "pc1203_425")
        assert (d.status, d.date) == ("eligible_on", D("2026-02-11")), day
        texts = [r.text for r in d.reasons]
        assert said in texts and ({may, closed} - {said}).isdisjoint(texts), day


def test_summary_probation_outlasting_the_felony_paths_four_years_is_the_open_question():
    """Oracle finding O22-12: on the felony path with supervision still running, summary
    probation in another case that outlasts the four years was a certain block ("blocked until
    2032-01-02", printed as the day the DOJ may act), where every other path of automatic
    relief makes it the open [L] question (public case S25)."""
    split = custody_case("11378", type="county_jail_1170h", judgment="2024-02-01", release="2025-02-01",
                         supervision="mandatory_supervision", supervision_end="2027-02-01", split=True)
    split.sentence.completed = False
    summary = probation_case("415(1)", id="C", start="2026-06-01", end="2032-01-01", status="active")
    d = row(run(split, summary), "pc1203_425")
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    assert d.reasons[-1].text == "Whether summary (unsupervised) probation in another case is an active supervision record that stops automatic relief is an open question; if it is, relief waits until 2032-01-02."
    # Ending before the four years, it changes nothing; a formal probation outlasting it decides.
    summary.sentence.probation.end = D("2029-01-01")
    assert (row(run(split, summary), "pc1203_425").status, row(run(split, summary), "pc1203_425").date) == ("eligible_on", D("2031-02-02"))
    summary.sentence.probation.end = D("2032-01-01")
    formal = probation_case("602", id="F", kind="formal", start="2026-06-01", end="2033-01-01", status="active")
    d = row(run(split, summary, formal), "pc1203_425")
    assert (d.status, d.date) == ("blocked", D("2033-01-02"))


def test_on_probations_last_day_early_termination_is_not_offered():
    """Oracle finding O22B-02: on the day probation ends, 1203.3 still said "ask the court to
    end probation early - then 1203.4 becomes mandatory", though an order that day ends it no
    sooner than its own end date (ca-rules.md 2.2: the end date is the one ordered; 3.1: 1203.4
    any time after probation ends).  The day before, it is still offered; the day after, over."""
    rec = probation_case(start="2025-06-01", end="2026-12-01", status=None)
    before = run(rec, as_of="2026-11-30")
    assert row(before, "pc1203_3", conv=None).status == "eligible"
    assert row(before, "pc1203_4").next_steps[0] == "Ask the court to end probation early (PC 1203.3); then 1203.4 becomes mandatory."
    last = run(rec, as_of="2026-12-01")
    early = row(last, "pc1203_3", conv=None)
    assert (early.status, [r.text for r in early.reasons]) == ("not_applicable", ["Probation in this case ends on the screening date (2026-12-01); there is no time left for the court to end it early."])
    d = row(last, "pc1203_4")
    assert (d.status, d.date) == ("eligible_on", D("2026-12-02"))
    assert not any("end probation early" in s for s in d.next_steps)
    assert d.next_steps[0].startswith("Probation ends on the screening date: from the day after it, 2026-12-02, file form CR-180 (petition)")
    after = run(rec, as_of="2026-12-02")
    assert row(after, "pc1203_3", conv=None).status == "not_applicable"
    assert row(after, "pc1203_4").status == "eligible"


def test_o23_01_a_petition_blocked_by_a_bar_then_facing_an_open_question_is_the_attorney_s_question():
    """Oracle finding O23-01: 1203.4 blocked by probation in B to 2027-04-29, then PRCS in C
    to 2028-06-01 (an open question for 1203.4, ca-rules 2.1 [L]), answered 'blocked until
    2027-04-30' as if relief opened then.  As automatic relief does (O22-01): needs_review,
    the known day said first, then the question."""
    done = probation_case("484(a)/488")
    formal = probation_case("459/460(b)", id="B", level="felony", kind="formal", start="2024-04-30", end="2027-04-29", status="active")
    prcs = custody_case("11378", id="C", judgment="2023-01-01", release="2025-06-01", supervision="prcs", supervision_end="2028-06-01")
    d = row(run(done, formal, prcs, as_of="2026-11-30"), "pc1203_4")
    assert (d.status, d.date, d.confidence) == ("needs_review", None, "L")
    texts = [r.text for r in d.reasons]
    assert texts[:3] == [
        "The person is on probation in case B (PC 459/460(b), convicted 2024-04-30, Los Angeles County) through 2027-04-29.",
        "Relief is blocked until 2027-04-30; recheck on that day.",
        "The person is on post-release community supervision (PRCS) in case C (HS 11378, convicted 2023-01-01, Los Angeles County) through 2028-06-01.",
    ]
    assert texts[3].startswith("Whether post-release community supervision (PRCS) counts as serving a sentence")
    assert d.next_steps[-1] == "An attorney decides the open question above before the block on relief lifts."
    # 1203.4a: a sentence not served in B, then probation in C (an open question for 1203.4a).
    owing = no_probation_case("415(1)", judgment="2019-08-01")
    serving = custody_case("11378", id="B", type="county_jail_1170h", judgment="2025-01-10", release="2027-01-31", supervision=None, supervision_end=None)
    later = probation_case("602", id="C", start="2025-06-01", end="2028-05-31", status="active")
    d = row(run(owing, serving, later, as_of="2026-11-30"), "pc1203_4a")
    assert (d.status, d.date) == ("needs_review", None)
    assert "Relief is blocked until 2027-02-01; recheck on that day." in [r.text for r in d.reasons]
    assert any("not probation or PRCS in another case" in r.text for r in d.reasons)
    # With nothing open after the bar, the answer is still "blocked until" its day.
    d = row(run(done, formal, as_of="2026-11-30"), "pc1203_4")
    assert (d.status, d.date) == ("blocked", D("2027-04-30"))


def test_o23_09_automatic_relief_for_a_section_the_catalog_does_not_know_is_the_attorney_s_question():
    """Oracle finding O23-09: on the probation and no-probation paths an unknown section was
    'eligible' at M, "the statute names no offense this path leaves out", though it may be a
    DUI ("PC 23152(b)", the code written wrong) or a serious felony, which are open [L]
    questions for a known section (ca-rules 3.5, 8.3).  An unknown section is needs_review
    naming it; the dates stay said."""
    d = row(run(probation_case("23152(b)", start="2019-03-02", end="2021-03-02"), as_of="2026-11-30"), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert d.reasons[0].text == "Probation was granted and was completed on 2021-03-02 without revocation."
    assert d.reasons[-1].text == "PC 23152(b) is not in the offense catalog, so whether automatic relief covers it (it may be a DUI, a VC 42002.1 misdemeanor, or an offense PC 1203.4(b) excludes) is an open question. If it does, relief may apply now."
    felony = row(run(probation_case("12022.5", level="felony", kind="formal", start="2019-03-02", end="2021-03-02"), as_of="2026-11-30"), "pc1203_425")
    assert felony.status == "needs_review" and "PC 12022.5 is not in the offense catalog" in felony.reasons[-1].text and "a serious or violent felony" in felony.reasons[-1].text
    later = row(run(no_probation_case("12345", judgment="2026-01-10"), as_of="2026-11-30"), "pc1203_425")
    assert later.status == "needs_review" and later.reasons[-1].text.endswith("If it does, relief may apply on 2027-01-11.")
    # A known section is unchanged.
    assert status(run(probation_case("484(a)/488", start="2019-03-02", end="2021-03-02"), as_of="2026-11-30"), "pc1203_425") == ("eligible", "automatic", None)


def test_o23_11_summary_probation_elsewhere_does_not_hide_the_path_s_own_open_question():
    """Oracle finding O23-11: a robbery's probation (done in 2021) asks whether the probation
    path covers a serious felony (ca-rules 3.5 [M/L]); with summary probation in case C the
    answer spoke only of C, and the robbery's question, which outlasts C, went unsaid."""
    robbery = probation_case("211", level="felony", kind="formal", start="2018-03-02", end="2021-03-02")
    summary = probation_case("242", id="C", start="2025-06-01", end="2027-06-01", status="active")
    d = row(run(robbery, summary, as_of="2026-11-30"), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    texts = [r.text for r in d.reasons]
    assert texts[2:4] == [
        "The person is on probation in case C (PC 242, convicted 2025-06-01, Los Angeles County) through 2027-06-01.",
        "Whether summary (unsupervised) probation in another case is an active supervision record that stops automatic relief is an open question; if it is, relief waits until 2027-06-02.",
    ]
    assert texts[4] == "Whether the probation path of automatic relief covers a serious or violent felony such as PC 211 is an open question. If it does, relief may apply now were it not for the above."
    # Without a question of its own, the answer is as it was.
    theft = row(run(probation_case(), summary, as_of="2026-11-30"), "pc1203_425")
    assert not any("serious" in r.text or "were it not" in r.text for r in theft.reasons)


def test_the_rap_sheet_step_is_worded_one_way_under_review_and_when_eligible():
    """F26-08: one report worded the same step two ways: a DUI under review (is a DUI
    covered?) said "Check the RAP sheet for "relief granted"; if it is not there, use a
    petition route that is open rather than wait", a drug count eligible said "Check the
    client's DOJ RAP sheet for a "relief granted" entry; if it is missing ...".  Both say
    the eligible answer's words now; the answer without a route still leaves it to an attorney."""
    dui = probation_case("23152(b)", code="VC", start="2018-02-01", end="2021-02-01")
    drugs = probation_case("11377(a)", id="B", code="HS", start="2019-06-01", end="2020-06-01")
    s = run(dui, drugs)
    review, eligible = row(s, "pc1203_425", case="A", conv="A1"), row(s, "pc1203_425", case="B", conv="B1")
    assert (review.status, eligible.status) == ("needs_review", "eligible")
    # Under review, the check comes after who decides the open question (E40-03).
    assert review.next_steps[1:] == eligible.next_steps == [
        "Check the client's DOJ RAP sheet for a \"relief granted\" entry; if it is missing (for example a missing disposition), see whether a petition route is open instead (the other results say)."
    ]
    assert review.next_steps[0].startswith("An attorney decides the open question above")
    closed = row(run(probation_case("2800", code="VC", start="2022-01-12", end="2023-01-12")), "pc1203_425")
    assert closed.status == "needs_review"
    assert closed.next_steps[1:] == ["Check the client's DOJ RAP sheet for a \"relief granted\" entry; no petition route is open for this conviction (the other results say why), so if the entry is missing, an attorney decides what is left."]
