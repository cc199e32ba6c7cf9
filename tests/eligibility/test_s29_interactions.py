"""Round-29 screening where several convictions (or remedies on one arrest) meet (S29-xx):
each test names the finding it checks."""

from __future__ import annotations

from engine_builders import row, run
from test_pc851_91 import arrest

# ---- S29-x: the limitations-period reason is said once, by PC 851.91 ----


def _said(d):
    return [(r.text, r.cite) for r in d.reasons]


def test_s29_x_automatic_arrest_relief_points_to_the_limitations_period_sealing_says():
    """S29-x: a PC 459 felony arrest with no charges (2022-03-01), screened 2026-12-02: 851.93
    repeated 851.91's "The arrest was for PC 459, punishable by at most 6 years (under 8), so
    charges can be filed for 3 years (PC 801)." word for word under the same arrest."""
    s = run(arrest(level="felony", when="2022-03-01", offenses=[("PC", "459")]), as_of="2026-12-02")
    sealing, automatic = row(s, "pc851_91", conv=None), row(s, "pc851_93", conv=None)
    assert (sealing.status, automatic.status) == ("eligible", "eligible")
    shared = set(_said(sealing)) & set(_said(automatic))
    assert not shared, shared
    period = next(t for t, _c in _said(sealing) if t.startswith("The arrest was for PC 459"))
    assert ("The arrest offense's limitations period, which sets this wait, is given under PC 851.91 seal the arrest.", "PC 851.93(a)(2)(C)") in _said(automatic)
    assert period  # still said, once, by the petition


def test_s29_x_a_wait_still_running_points_too_and_keeps_its_own_date():
    s = run(arrest(level="felony", when="2024-06-01", offenses=[("PC", "459")]), as_of="2026-12-02")
    sealing, automatic = row(s, "pc851_91", conv=None), row(s, "pc851_93", conv=None)
    assert (sealing.status, automatic.status) == ("eligible_on", "eligible_on")
    assert automatic.date == sealing.date
    assert not set(_said(sealing)) & set(_said(automatic))
    assert any("is given under PC 851.91 seal the arrest" in t for t, _c in _said(automatic))


def test_s29_x_where_the_period_is_the_question_automatic_relief_still_says_it():
    # A murder arrest: no limitations period is this result's whole ground; it is not a pointer.
    s = run(arrest(level="felony", when="2010-01-01", offenses=[("PC", "187(a)")]), as_of="2026-12-02")
    automatic = row(s, "pc851_93", conv=None)
    assert automatic.status == "needs_review"
    assert "no limitations period" in automatic.reasons[0].text
    assert not any("is given under" in r.text for r in automatic.reasons)


# ---- S29-01: automatic relief calls a reduced felony what it now is ----


def _reduced_no_probation(remedy="pc17b", on="2026-02-01"):
    from engine_builders import D, no_probation_case
    from clinic_app.model import ReliefGranted

    case = no_probation_case("496(a)", level="felony", judgment="2025-03-01")
    case.convictions[0].wobbler = True
    case.convictions[0].relief_granted = [ReliefGranted(remedy, D(on))]
    return case


def test_s29_01_a_felony_reduced_under_17b_is_not_called_a_felony_by_the_misdemeanor_path():
    """S29-01: a PC 496(a) felony, fine only (judgment 2025-03-01), reduced under 17(b) on
    2026-02-01: 1203.425 took path (ib), for misdemeanors and infractions, and said "A felony
    without probation, sentence completed; ..." beside 1203.4a's misdemeanor answer."""
    d = row(run(_reduced_no_probation(), as_of="2026-03-02"), "pc1203_425")
    assert d.status == "eligible"
    first = d.reasons[0].text
    assert first.startswith("A felony (reduced to a misdemeanor under PC 17(b) on 2026-02-01) without probation, sentence completed;"), first
    assert d.reasons[0].cite == "PC 1203.425(a)(1)(B)(iv)(I)(ib)"


def test_s29_01_a_prop_47_redesignation_is_said_as_one():
    d = row(run(_reduced_no_probation("prop47", "2026-01-15"), as_of="2026-03-02"), "pc1203_425")
    assert d.reasons[0].text.startswith("A felony (redesignated a misdemeanor under Prop 47 on 2026-01-15) without probation"), d.reasons[0].text


def test_s29_01_before_the_reduction_the_felony_path_still_speaks_of_a_felony():
    """Before the recorded 17(b) grant the count is a felony with a fine-only judgment, which PC
    17(b)(1) may already have made a misdemeanor: the felony path's 2029 date and the misdemeanor
    path's relief differ, so it is asked (T61-04; it had been eligible_on 2029-03-02), and the
    felony reading still speaks of a felony."""
    d = row(run(_reduced_no_probation(), as_of="2026-01-31"), "pc1203_425")
    assert d.status == "needs_review"
    felony = next(r.text for r in d.reasons if r.text.startswith("Read as a felony:"))
    assert felony.startswith("Read as a felony: DOJ may act after 2029-03-02 (a felony convicted on 2025-03-01"), felony


# ---- S29-02: a reduction does not send the paralegal to file a dismissal already granted ----


def _dismissed_felony(section, *, wobbler, granted="2018-01-01", **kw):
    from engine_builders import D, probation_case
    from clinic_app.model import ReliefGranted

    case = probation_case(section, level="felony", kind="formal", start="2013-01-10", end="2016-01-10", imposition_suspended=True, **kw)
    conv = case.convictions[0]
    conv.conviction_date = D("2013-01-10")
    conv.wobbler = wobbler
    conv.offense_date = D("2012-12-01")
    conv.relief_granted = [ReliefGranted("pc1203_4", D(granted))]
    return case


def _all_steps(screening):
    return [s for d in screening.results for s in d.next_steps]


def test_s29_02_17b_after_a_1203_4_dismissal_does_not_say_file_it_with_a_1203_4_petition():
    """S29-02: a PC 459 felony, probation 2013-2016, dismissed under 1203.4 on 2018-01-01:
    the 17(b) step said "...; it can be filed together with a 1203.4 petition." in 2026."""
    s = run(_dismissed_felony("459", wobbler=True), as_of="2026-12-02")
    d = row(s, "pc17b")
    assert d.status == "eligible"
    assert d.next_steps[0] == "Ask for the reduction on form CR-180 (17(b) box) with the court that entered the conviction.", d.next_steps
    assert not any("1203.4 petition" in x for x in _all_steps(s)), _all_steps(s)


def test_s29_02_before_the_dismissal_was_granted_17b_still_goes_with_the_petition():
    s = run(_dismissed_felony("459", wobbler=True, granted="2027-01-05"), as_of="2026-12-02")
    assert row(s, "pc1203_4").status == "eligible"
    assert row(s, "pc17b").next_steps[0].endswith("; it can be filed together with a 1203.4 petition.")


def test_s29_02_prop_47_after_a_1203_4_dismissal_does_not_ask_for_the_dismissal_again():
    """S29-02: HS 11350(a), probation 2013-2016, dismissed under 1203.4 on 2018-01-01: the
    Prop 47 steps ended "Once reduced, ask for dismissal under PC 1203.4 as well."."""
    s = run(_dismissed_felony("11350(a)", code="HS", wobbler=False), as_of="2026-12-02")
    d = row(s, "prop47")
    assert d.status == "eligible"
    assert not any("ask for dismissal" in x for x in d.next_steps), d.next_steps


# ---- S29-03: Prop 47 on revoked probation does not promise what the other rows leave open ----


def _revoked_theft(section="496(a)", *, code="PC", wobbler=True, status="revoked", violations=(("2013-01-01", "revoked"),)):
    from engine_builders import D, probation_case

    case = probation_case(section, code=code, level="felony", kind="formal", start="2012-01-10", end="2015-01-10",
                          status=status, violations=violations, imposition_suspended=True, wobbler=wobbler)
    conv = case.convictions[0]
    conv.conviction_date = D("2012-01-10")
    conv.offense_date = D("2011-12-01")
    conv.value_dollars = 200
    return case


def test_s29_03_prop_47_on_revoked_probation_does_not_send_to_1203_4_or_call_17b_open():
    """S29-03 (demo client 2 of generate_clients(200, 113), case BA749159): a felony on
    probation revoked in 1998, Prop 47 eligible: its steps ended "Once reduced, ask for dismissal
    under PC 1203.4 as well." and its reasons said "imposition of sentence was suspended, so a
    PC 17(b) reduction gives the same misdemeanor status", while the 1203.4 row said "an attorney
    chooses 1203.4 or 1203.41" and the 17(b) row "if a prison or 1170(h) term was then imposed,
    17(b) is closed"."""
    s = run(_revoked_theft(), as_of="2026-12-02")
    d = row(s, "prop47")
    assert d.status == "eligible", d
    assert (row(s, "pc1203_4").status, row(s, "pc17b").status) == ("needs_review", "needs_review")
    assert "Once reduced, ask for dismissal under PC 1203.4 as well." not in d.next_steps, d.next_steps
    assert any("depends on the sentence imposed after the revocation" in x for x in d.next_steps), d.next_steps
    said = " ".join(r.text for r in d.reasons)
    assert "so a PC 17(b) reduction gives the same misdemeanor status" not in said, said
    assert "unless a prison or 1170(h) term followed the revocation" in said, said


def test_s29_03_reinstated_probation_keeps_the_1203_4_step_and_the_17b_choice():
    s = run(_revoked_theft(status="completed", violations=(("2013-01-01", "reinstated"),)), as_of="2026-12-02")
    d = row(s, "prop47")
    assert "Once reduced, ask for dismissal under PC 1203.4 as well." in d.next_steps, d.next_steps
    assert any(r.text.startswith("The offense is a wobbler and imposition of sentence was suspended, so a PC 17(b)") for r in d.reasons)


# ---- S29-04: revoked probation's open question does not hide a bar from another case ----


def _revoked_then_prison():
    """Case A: HS 11378, probation 2015-2018 revoked on 2016-06-01; case B: PC 666 convicted
    that day, state prison to 2018-01-15, then parole to 2019-01-15."""
    from engine_builders import D, custody_case, probation_case

    a = probation_case("11378", code="HS", level="felony", kind="formal", start="2015-02-01", end="2018-02-01",
                       status="revoked", violations=[("2016-06-01", "revoked")])
    a.convictions[0].conviction_date = D("2015-02-01")
    b = custody_case("666", id="B", code="PC", judgment="2016-06-01", release="2018-01-15", supervision="parole", supervision_end="2019-01-15")
    return a, b


def test_s29_04_revoked_probation_says_the_prison_term_and_parole_in_another_case_stop_either_route():
    """S29-04: on 2016-06-01 case A's 1203.4 and 1203.41 rows asked only which route follows
    the revocation ("an attorney chooses 1203.4 or 1203.41"), while the person was in state
    prison in case B until 2018-01-15 and then on parole to 2019-01-15, which stops both."""
    s = run(*_revoked_then_prison(), as_of="2016-06-01")
    for remedy in ("pc1203_4", "pc1203_41"):
        d = row(s, remedy)
        assert d.status == "needs_review", d
        said = [r.text for r in d.reasons]
        assert any("serving a sentence in case B (PC 666, convicted 2016-06-01, Los Angeles County)" in t for t in said), said
        assert any("on parole in case B through 2019-01-15" in t for t in said), said
        assert said[-1] == "Whichever route follows the revocation, relief here waits until 2019-01-16 at the earliest.", said


def test_s29_04_once_the_other_case_is_over_the_question_stands_alone():
    s = run(*_revoked_then_prison(), as_of="2026-12-02")
    d = row(s, "pc1203_4")
    assert d.status == "needs_review"
    assert not any("Whichever route" in r.text for r in d.reasons), d.reasons
