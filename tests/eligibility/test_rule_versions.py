"""For every rule version: an as_of on each side of its effective date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_app.model import ArrestOffense, Case, Person

from engine_builders import D, custody_case, money, no_probation_case, probation_case, row, run, status, topics


def restitution_case():
    return probation_case("487(a)", level="felony", kind="formal", start="2019-03-04", end="2022-03-04", imposition_suspended=True, wobbler=True, money=money(restitution_ordered=4200, restitution_paid=0))


def test_sb_1106_unpaid_restitution_before_and_after_2023_01_01():
    assert status(run(restitution_case(), as_of="2022-12-31"), "pc1203_4") == ("eligible", "discretionary", None)
    assert status(run(restitution_case(), as_of="2023-01-01"), "pc1203_4") == ("eligible", "mandatory", None)
    after = row(run(restitution_case(), as_of="2023-01-01"), "pc1203_4")
    assert any("SB 1106" in r.cite for r in after.reasons)


def test_sb_1106_for_1203_4a_each_side_says_one_route():
    """Before 2023 unpaid restitution could leave a no-probation sentence not fully performed:
    discretionary, and the mandatory route is not also promised; from 2023, mandatory, (e)."""
    rec = lambda: no_probation_case("484(a)/488", judgment="2020-02-10", money=money(restitution_ordered=300, restitution_paid=0))  # noqa: E731
    before = row(run(rec(), as_of="2022-12-31"), "pc1203_4a")
    after = row(run(rec(), as_of="2023-01-01"), "pc1203_4a")
    assert (before.status, before.mode, before.confidence) == ("eligible", "discretionary", "M")
    text = " ".join(r.text for r in before.reasons)
    assert "mandatory route applies" not in text and "not fully performed" in text
    assert any("MC-030" in s for s in before.next_steps)
    assert (after.status, after.mode) == ("eligible", "mandatory")
    assert any(r.cite == "PC 1203.4a(e) (SB 1106)" for r in after.reasons)


def prison_case():
    return custody_case("11378", judgment="2014-02-01", release="2016-03-01", supervision_end="2018-03-01")


def test_sb_731_state_prison_route_of_1203_41():
    assert status(run(prison_case(), as_of="2022-12-31"), "pc1203_41")[0] == "not_eligible"
    # Sources differ on 2023-01-01 or 2023-07-01 [L]: needs review in between.
    unsure = row(run(prison_case(), as_of="2023-03-01"), "pc1203_41")
    assert unsure.status == "needs_review" and "2023-07-01" in unsure.reasons[0].text
    assert status(run(prison_case(), as_of="2023-06-30"), "pc1203_41")[0] == "needs_review"
    assert status(run(prison_case(), as_of="2023-07-01"), "pc1203_41") == ("eligible", "discretionary", None)


def test_1203_41_county_jail_route_existed_before_sb_731():
    rec = custody_case("496(a)", code="PC", type="county_jail_1170h", judgment="2016-08-01", release="2017-06-30", supervision="none", supervision_end=None)
    assert status(run(rec, as_of="2022-10-01"), "pc1203_41") == ("eligible", "discretionary", None)


def test_1203_425_ab_1076_covers_2021_convictions_from_2022_07_01():
    rec = probation_case(start="2021-03-01", end="2021-09-01")
    assert status(run(rec, as_of="2022-06-30"), "pc1203_425") == ("eligible_on", "automatic", date(2022, 7, 1))
    assert status(run(rec, as_of="2022-07-01"), "pc1203_425") == ("eligible", "automatic", None)


def test_1203_425_older_convictions_from_sb_731_and_doj_review_from_2024_10_01():
    rec = probation_case(start="2015-03-02", end="2018-03-02")
    assert status(run(rec, as_of="2023-06-30"), "pc1203_425")[0] == "not_eligible"
    assert status(run(rec, as_of="2023-07-01"), "pc1203_425") == ("eligible_on", "automatic", date(2024, 10, 1))
    assert status(run(rec, as_of="2024-09-30"), "pc1203_425") == ("eligible_on", "automatic", date(2024, 10, 1))
    assert status(run(rec, as_of="2024-10-01"), "pc1203_425") == ("eligible", "automatic", None)


def test_1203_425_felony_path_starts_with_sb_731():
    rec = custody_case("11378", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    assert status(run(rec, as_of="2023-06-30"), "pc1203_425")[0] == "not_eligible"
    assert status(run(rec, as_of="2023-07-01"), "pc1203_425")[0] == "eligible_on"
    assert status(run(rec, as_of="2024-10-01"), "pc1203_425")[0] == "eligible"


def test_1203_425_felony_path_reaches_back_to_2005_only():
    old = custody_case("11378", judgment="2004-12-31", release="2006-01-01", supervision_end="2008-01-01")
    new = custody_case("11378", judgment="2005-01-01", release="2006-01-01", supervision_end="2008-01-01")
    assert status(run(old), "pc1203_425")[0] == "not_eligible"
    assert status(run(new), "pc1203_425")[0] == "eligible"


def test_1203_42_took_effect_2018_01_01():
    rec = custody_case("11378", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    eve = row(run(rec, as_of="2017-12-31"), "pc1203_42")
    assert eve.status == "not_eligible"
    assert eve.next_steps == ["The law changes on 2018-01-01 (PC 1203.42): screen again on or after that day."]  # oracle finding F08
    assert status(run(rec, as_of="2018-01-01"), "pc1203_42") == ("eligible", "discretionary", None)


def ab1950_case():
    return probation_case("487(a)", level="felony", kind="formal", start="2020-12-15", end="2023-12-15", status="active", imposition_suspended=True, wobbler=True)


def test_ab_1950_cap_flag_only_from_2021_01_01():
    # Before AB 1950 there is no cap: the ordered end date stands, no flag.
    before = row(run(ab1950_case(), as_of="2020-12-31"), "pc1203_4")
    assert before.status == "eligible_on" and not any("AB 1950" in r.cite for r in before.reasons)
    after = row(run(ab1950_case(), as_of="2021-01-01"), "pc1203_4")
    assert after.status == "eligible_on" and any("AB 1950" in r.cite for r in after.reasons)


def test_ab_1950_needs_review_only_where_the_cap_decides():
    # Capped end 2022-12-15: from the day after, the two readings differ.
    assert status(run(ab1950_case(), as_of="2022-12-15"), "pc1203_4")[0] == "eligible_on"
    assert status(run(ab1950_case(), as_of="2022-12-16"), "pc1203_4")[0] == "needs_review"
    # After the ordered end both readings agree again.
    done = ab1950_case()
    done.sentence.probation.status = "completed"
    assert status(run(done, as_of="2023-12-16"), "pc1203_4")[0] == "eligible"


def test_ab_1950_does_not_reach_a_case_final_long_before_2021():
    rec = probation_case(start="2015-03-02", end="2018-03-02")
    d = row(run(rec, as_of="2026-11-15"), "pc1203_4")
    assert not any("AB 1950" in r.cite for r in d.reasons)


def test_a_final_pre_2021_term_still_running_in_2021_is_flagged_without_an_impossible_end():
    """ca-rules.md 2.2 flags a pre-2021 term AB 1950 would have cut short; the flag said
    "had the cap applied, probation would have ended on 2018-04-25", a day before the law
    existed (readability finding R15-17)."""
    rec = probation_case("487(a)", level="felony", kind="formal", wobbler=True, start="2016-04-25", end="2022-03-10")
    d = row(run(rec, as_of="2026-11-15"), "pc1203_4")
    said = [r.text for r in d.reasons if "AB 1950" in r.cite]
    assert len(said) == 1 and "2018" not in said[0]
    assert "this judgment (2016-04-25) most likely was final by then, so the ordered end 2022-03-10 stands" in said[0]


def test_ab_1950_exception_for_domestic_violence():
    rec = probation_case("273.5", level="misdemeanor", start="2021-06-01", end="2024-06-01", status="active")
    d = row(run(rec, as_of="2023-01-01"), "pc1203_4")
    assert d.status == "eligible_on" and not any("AB 1950" in r.cite for r in d.reasons)


def test_pc_29805_b_lifetime_ban_for_273_5_from_2019():
    before = probation_case("273.5", start="2018-12-31", end="2021-12-31")
    after = probation_case("273.5", start="2019-01-01", end="2022-01-01")
    t_before = " ".join(topics(run(before))["firearms"])
    t_after = " ".join(topics(run(after))["firearms"])
    assert "ten-year" in t_before and "PC 29805(a)" in t_before and "lifetime state" not in t_before
    assert "lifetime state firearm ban" in t_after and "PC 29805(b)" in t_after


def test_sb_310_jury_service_from_2020():
    rec = probation_case("11350", code="HS", level="felony", kind="formal", start="2012-07-11", end="2015-07-11")
    assert "CCP 203(a)(5)" in topics(run(rec, as_of="2019-12-31"))["jury"][0]
    assert "SB 310" in topics(run(rec, as_of="2020-01-01"))["jury"][0]


def test_ab_1281_protective_order_survives_dismissal_from_2022():
    def rec():
        c = probation_case("243(e)(1)")
        c.protective_order_until = date(2030, 1, 1)
        return c

    assert "protective_order" not in topics(run(rec(), as_of="2021-12-31"))
    assert "protective_order" in topics(run(rec(), as_of="2022-01-01"))


def test_rule_version_is_stamped_on_the_result():
    from clinic_app.eligibility import RULES_VERSION

    assert run(probation_case()).rules_version == RULES_VERSION


def test_registrant_flag_is_person_level_for_automatic_relief():
    rec = no_probation_case(judgment="2020-02-10")
    assert status(run(rec, person=Person(registrant_290=True)), "pc1203_425")[0] == "not_eligible"


def test_sb_731_start_date_question_only_where_it_decides():
    # Parole ended 2022-06-01: the two-year wait runs past both candidate start dates.
    rec = custody_case("11378", judgment="2014-02-01", release="2020-03-01", supervision_end="2022-06-01")
    from datetime import date as _d

    assert status(run(rec, as_of="2023-03-01"), "pc1203_41") == ("eligible_on", "discretionary", _d(2024, 6, 2))


def test_a_screening_before_a_rule_change_says_when_to_screen_again():
    """Screening an earlier day (S22b, S34, S60 style): where the result turns on a law not yet
    in force, the next steps say when it changes."""
    prison = row(run(prison_case(), as_of="2022-12-31"), "pc1203_41")
    assert prison.status == "not_eligible" and any("SB 731" in s and "2023-07-01" in s for s in prison.next_steps)
    assert not any("SB 731" in s for s in row(run(prison_case(), as_of="2023-07-01"), "pc1203_41").next_steps)
    before = row(run(restitution_case(), as_of="2022-12-31"), "pc1203_4")
    after = row(run(restitution_case(), as_of="2023-01-01"), "pc1203_4")
    assert any("SB 1106" in s for s in before.next_steps) and not any("SB 1106" in s for s in after.next_steps)
    # Said as the attorney's choice between filing now and waiting (readability finding R15-11).
    assert any("An attorney chooses: file on the discretionary route, or wait until 2023-01-01" in s for s in before.next_steps)
    felony_path = custody_case("11378", judgment="2010-02-01", release="2012-03-01", supervision_end="2014-03-01")
    auto = row(run(felony_path, as_of="2023-01-15"), "pc1203_425")
    assert auto.status == "not_eligible" and any("2023-07-01" in s for s in auto.next_steps)


def test_prop_47_exists_from_2014_11_05():
    rec = custody_case("11350(a)", judgment="2012-01-10", release="2012-06-01", supervision="none", supervision_end=None)
    before = row(run(rec, as_of="2014-11-04"), "prop47")
    assert before.status == "not_eligible" and "2014-11-05" in before.reasons[0].text
    assert before.next_steps == ["The law changes on 2014-11-05 (Prop 47): screen again on or after that day."]
    assert status(run(rec, as_of="2014-11-05"), "prop47")[0] == "eligible"


def test_prop_64_exists_from_2016_11_09():
    rec = probation_case("11359", code="HS", level="felony", kind="formal", start="2012-01-10", end="2014-01-10")
    before = row(run(rec, as_of="2016-11-08"), "prop64")
    assert before.status == "not_eligible" and "2016-11-09" in before.reasons[0].text
    assert before.next_steps == ["The law changes on 2016-11-09 (Prop 64): screen again on or after that day."]
    assert status(run(rec, as_of="2016-11-09"), "prop64")[0] == "eligible"


def test_every_remedy_s_eve_names_the_day_to_screen_again():
    """Oracle findings F08 (stop 15) and F06: on the day before a law took effect the answer
    was a bare "not eligible", where automatic relief and 1203.41 named their day."""
    survivor_camp = Person(trafficking_survivor=True, fire_camp=True, us_citizen=False)
    prison = custody_case("459/460(b)", judgment="2012-01-10", release="2014-06-01", supervision="parole", supervision_end="2016-06-01")
    arrest = Case(id="B", outcome="no_charges_filed", arrest_date=D("2014-02-01"), arrest_level="misdemeanor", arrest_offenses=[ArrestOffense(section="484(a)", code="PC", level="misdemeanor")])
    for remedy, day, law, case, conv in (
        ("pc236_14", "2017-01-01", "PC 236.14", "A", "A1"),
        ("pc1473_7", "2017-01-01", "PC 1473.7", "A", "A1"),
        ("pc1203_4b", "2021-01-01", "PC 1203.4b", "A", "A1"),
        ("pc851_91", "2018-01-01", "PC 851.91", "B", None),
    ):
        eve = (D(day) - timedelta(days=1)).isoformat()
        d = row(run(prison, arrest, person=survivor_camp, as_of=eve), remedy, case=case, conv=conv)
        assert d.status == "not_eligible", remedy
        # The client is a trafficking survivor: PC 236.14 (in force since 2017-01-01) can vacate
        # the arrest before sealing exists, and the sealing answer says so (L27-04).
        survivor = ["The client is a trafficking survivor: PC 236.14 can vacate an arrest for a nonviolent offense that was a direct result of being trafficked, which also seals and destroys the records; ask an attorney."] if remedy == "pc851_91" else []
        assert d.next_steps == [f"The law changes on {day} ({law}): screen again on or after that day.", *survivor], remedy


def test_sb_731_prison_route_first_day_inside_the_unsettled_window_needs_review():
    """Review finding: on 2023-03-01 the route gave eligible_on 2023-04-02 (M), a day that
    exists only on the 2023-01-01 reading of SB 731's start [L]."""
    rec = custody_case("11378", judgment="2015-02-01", release="2019-04-01", supervision_end="2021-04-01")
    d = row(run(rec, as_of="2023-03-01"), "pc1203_41")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert any("relief opens on 2023-04-02; on the 2023-07-01 reading, on 2023-07-01" in r.text for r in d.reasons)
    assert status(run(rec, as_of="2023-07-01"), "pc1203_41") == ("eligible", "discretionary", None)


def test_17b_before_sb_1106_with_restitution_unpaid_is_m():
    """Public case S34 rates it M: before 2023-01-01 a court could weigh unpaid restitution."""
    from clinic_app.model import Money

    from engine_builders import probation_case, row, run

    rec = probation_case("487(a)", level="felony", kind="formal", imposition_suspended=True, start="2019-01-10", end="2021-01-10", money=Money(restitution_ordered=4200, restitution_paid=0))
    before = row(run(rec, as_of="2022-06-01"), "pc17b")
    assert (before.status, before.confidence) == ("eligible", "M")
    assert any("before SB 1106" in r.text for r in before.reasons)
    after = row(run(rec, as_of="2023-06-01"), "pc17b")
    assert (after.status, after.confidence) == ("eligible", "H")


def test_before_sb_731_screening_again_is_not_offered_for_a_felony_the_path_excludes():
    """Readability finding: a robbery screened in 2022 was told to screen again after SB 731
    for automatic relief, which its felony path excludes."""
    from engine_builders import custody_case, row

    robbery = custody_case("211", code="PC", judgment="2014-02-01", release="2016-02-01", supervision_end="2018-02-01")
    d = row(run(robbery, as_of="2022-10-01"), "pc1203_425")
    assert d.status == "not_eligible" and d.next_steps == []
    # L67-04: said as what it is ("serious, violent or registrable" read as if unknown).
    assert d.reasons[-1].text == "PC 211 is a serious and violent felony, which the felony path excludes."
    assert d.reasons[-1].cite == "PC 1203.425(a)(1)(B)(iv)(II); PC 1192.7(c); PC 667.5(c)"
    drugs = custody_case("11378", code="HS", judgment="2014-02-01", release="2016-02-01", supervision_end="2018-02-01")
    d = row(run(drugs, as_of="2022-10-01"), "pc1203_425")
    assert d.status == "not_eligible" and d.next_steps == ["The law changes on 2023-07-01 (SB 731): screen again on or after that day."]


def test_a_case_that_began_before_the_day_and_ended_after_it_may_have_been_a_pending_charge():
    """Oracle check O20-03: screened for 2025-12-01, an arrest of 2025-03-01 that ended in a
    conviction on 2026-06-01 (or a dismissal) was not counted: "not charged in any other
    case", though a charge may well have been pending that day (ca-rules.md 2.1: "at the time
    of relief"). An arrest is not a charge: needs_review, with the docket to look at."""
    old = probation_case(start="2015-03-02", end="2016-03-02")
    later = probation_case("602", id="B", start="2026-06-01", end="2027-06-01", status="active")
    later.arrest_date = D("2025-03-01")
    d = row(run(old, later, as_of="2025-12-01"), "pc1203_4")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "Case B (PC 602, convicted 2026-06-01, Los Angeles County) began with an arrest on 2025-03-01 and ended on 2026-06-01" in d.reasons[0].text
    assert any("when the charge in case B (PC 602, convicted 2026-06-01, Los Angeles County) was filed: if on or before 2025-12-01" in s for s in d.next_steps)
    dismissed = Case(id="B", outcome="dismissed", arrest_date=D("2025-03-01"), disposition_date=D("2026-06-01"))
    assert row(run(old, dismissed, as_of="2025-12-01"), "pc1203_4").status == "needs_review"
    # Before the arrest, and after the case ended, it says nothing of it.
    assert row(run(old, dismissed, as_of="2025-02-28"), "pc1203_4").status == "eligible"
    assert row(run(old, dismissed, as_of="2026-06-01"), "pc1203_4").status == "eligible"


def test_a_case_wholly_after_the_day_does_not_bar_it():
    """Oracle check O20-04: screened for 2025-01-01, a pending arrest of 2026-06-01 blocked
    relief ("charged with an offense that is still pending"), and a sentence without probation
    imposed on 2026-06-01 was "serving a sentence"; neither had happened on that day."""
    old = probation_case(start="2015-03-02", end="2016-03-02")
    alone = row(run(old, as_of="2025-01-01"), "pc1203_4")
    pending = Case(id="P", outcome="pending", arrest_date=D("2026-06-01"), arrest_level="misdemeanor",
                   arrest_offenses=[ArrestOffense(section="602", code="PC", level="misdemeanor")])
    sentence = no_probation_case("602", id="N", judgment="2026-06-01", completed=False)
    for later in (pending, sentence):
        d = row(run(old, later, as_of="2025-01-01"), "pc1203_4")
        assert (d.status, d.mode, [r.text for r in d.reasons]) == (alone.status, alone.mode, [r.text for r in alone.reasons])
        assert row(run(old, later, as_of="2026-11-15"), "pc1203_4").status in ("blocked", "needs_review")


def test_on_the_eve_of_sb_731_a_prison_term_is_told_to_screen_again_when_the_earliest_reading_opens_it():
    """Oracle finding O22-07: on 2022-12-31 a state-prison term was told "The law changes on
    2023-07-01", though from 2023-01-01 the 1203.41 route is the attorney's [L] question
    (ca-rules.md 1: sources differ on 2023-01-01 or 2023-07-01)."""
    from engine_builders import custody_case, row

    drugs = custody_case("11378", code="HS", judgment="2014-02-01", release="2016-02-01", supervision_end="2018-02-01")
    eve = row(run(drugs, as_of="2022-12-31"), "pc1203_41")
    assert eve.status == "not_eligible"
    assert eve.next_steps == ["The law changes on 2023-01-01 (SB 731; some sources say 2023-07-01): screen again on or after that day."]
    assert row(run(drugs, as_of="2023-01-01"), "pc1203_41").status == "needs_review"
    assert row(run(drugs, as_of="2023-07-01"), "pc1203_41").status == "eligible"


def test_before_sb_1106_a_1203_41_petition_says_what_unpaid_restitution_may_do():
    """Oracle finding O22-11: on 2022-12-31 1203.41 said nothing of $1,000 unpaid restitution,
    and the next day "unpaid restitution is no ground to deny it" (1203.41(d), SB 1106), where
    1203.4, 1203.4a and 17(b) say what it could do before."""
    from engine_builders import custody_case, money, row

    jail = custody_case("11378", type="county_jail_1170h", judgment="2016-02-01", release="2017-02-01", supervision="none", supervision_end=None)
    jail.money = money(restitution_ordered=1000, restitution_paid=0)
    eve = row(run(jail, as_of="2022-12-31"), "pc1203_41")
    assert eve.status == "eligible"
    assert "Restitution of $1,000 is unpaid; until SB 1106 takes effect on 2023-01-01 the court may weigh that against relief; from then it may not." in [r.text for r in eve.reasons]
    after = row(run(jail, as_of="2023-01-01"), "pc1203_41")
    assert not any(r.text.startswith("Restitution of") for r in after.reasons)
    assert any("unpaid restitution is no ground to deny it" in r.text for r in after.reasons)


@pytest.mark.parametrize("section, remedy, effective, law", [("11350(a)", "prop47", "2014-11-05", "Prop 47"), ("11359", "prop64", "2016-11-09", "Prop 64")])
def test_an_offense_on_the_day_a_proposition_took_effect_is_not_said_to_be_after_it(section, remedy, effective, law):
    """Oracle finding O22-13: "committed on 2014-11-05, after Prop 47 took effect on 2014-11-05"."""
    from engine_builders import probation_case, row

    rec = probation_case(section, code="HS", level="felony", kind="formal", start="2017-03-02", end="2019-03-02")
    rec.convictions[0].offense_date = D(effective)
    text = row(run(rec), remedy).reasons[-1].text
    assert text.startswith(f"The offense was committed on {effective}, the day {law} took effect, so")
    rec.convictions[0].offense_date = D(effective) + timedelta(days=1)
    assert f", after {law} took effect on {effective}, so" in row(run(rec), remedy).reasons[-1].text


def test_a_diversion_completed_after_the_day_may_have_been_a_pending_charge_on_it():
    """Oracle finding O22-14: with no disposition date, a diversion completed on 2026-06-01 left
    a screening for 2025-12-01 "not charged in any other case"; with the same day as its
    disposition date it was the docket question of O20-03."""
    from clinic_app.model import Program

    old = probation_case(start="2015-03-02", end="2016-03-02")
    diversion = Case(id="B", outcome="diversion_completed", arrest_date=D("2025-03-01"), arrest_level="misdemeanor",
                     program=Program(kind="pretrial", plea_entered=False, completed_on=D("2026-06-01")))
    d = row(run(old, diversion, as_of="2025-12-01"), "pc1203_4")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert d.reasons[0].text.startswith("Case B (arrested 2025-03-01, Los Angeles County) began with an arrest on 2025-03-01 and ended on 2026-06-01")
    assert row(run(old, diversion, as_of="2026-06-01"), "pc1203_4").status == "eligible"


def test_a_1203_42_petition_says_what_unpaid_restitution_may_do_before_and_after_sb_1106():
    """Oracle finding O22-15: 1203.42 never said anything of unpaid restitution, though SB
    1106's rule reaches it (ca-rules.md 2.3, 3.4)."""
    prison = custody_case("11378", judgment="2009-02-01", release="2010-02-01", supervision_end="2012-02-01")
    prison.money = money(restitution_ordered=900, restitution_paid=0)
    eve = row(run(prison, as_of="2022-12-31"), "pc1203_42")
    assert eve.status == "eligible"
    assert "Restitution of $900 is unpaid; until SB 1106 takes effect on 2023-01-01 the court may weigh that against relief; from then it may not." in [r.text for r in eve.reasons]
    after = row(run(prison, as_of="2023-01-01"), "pc1203_42")
    assert "Restitution of $900 is unpaid; since SB 1106 (2023-01-01) that is no ground to deny relief, but it stays owed." in [r.text for r in after.reasons]
    prison.money = None
    assert not any(r.text.startswith("Restitution") for r in row(run(prison, as_of="2023-01-01"), "pc1203_42").reasons)


@pytest.mark.parametrize("section, said, cites", [
    ("211", "a serious and violent felony", "PC 1192.7(c); PC 667.5(c)"),
    # Violent only with another person present (PC 667.5(c)(21)): serious is what is sure.
    ("459/460(a)", "a serious felony", "PC 1192.7(c)"),
    ("422", "a serious felony", "PC 1192.7(c)"),
    ("311.11(a)", "a felony that requires PC 290 registration", "PC 290"),
    ("288(a)", "a serious and violent felony that requires PC 290 registration", "PC 1192.7(c); PC 667.5(c); PC 290"),
])
def test_l67_04_automatic_relief_says_which_kind_of_felony_its_felony_path_excludes(section, said, cites):
    """L67-04 (public case S22b): "PC 211 is a serious, violent or registrable felony, which the
    felony path excludes" read aloud as if the screening could not tell which; each exclusion
    was said so, with all three codes cited.  It now says the kinds the catalog is sure of."""
    rec = custody_case(section, code="PC", judgment="2014-02-01", release="2016-02-01", supervision_end="2018-02-01")
    for as_of in ("2022-10-01", "2026-11-15"):
        d = row(run(rec, as_of=as_of), "pc1203_425")
        assert d.status == "not_eligible"
        why = next(r for r in d.reasons if r.text.endswith("which the felony path excludes."))
        assert why.text == f"PC {section} is {said}, which the felony path excludes."
        assert why.cite == f"PC 1203.425(a)(1)(B)(iv)(II); {cites}"
