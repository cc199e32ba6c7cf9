"""E64: PC 1203.4, 1203.4a, 1203.42, 17(b), Prop 47, 1203.45, diversion and the consequences
read against ca-rules.md (legal review, round 64).

Each test quotes the rule it holds the engine to, and failed on the code before its fix."""

from __future__ import annotations

from clinic_app.model import Person

from engine_builders import custody_case, probation_case, row, run


# ---- E64-01: PC 1203.42 and a registrable conviction before the prison sentence ----


def _pre_realignment_prison():
    return custody_case("11378", judgment="2008-06-01", release="2010-06-01", supervision_end="2011-06-01")


def test_e64_01_a_registrable_conviction_before_the_sentence_is_asked_about_though_the_person_does_not_register_now():
    """ca-rules.md 3.4 [H]: PC 1203.42 reaches a pre-realignment prison term only for an offense
    that would have gone to county jail under PC 1170(h): "non-serious, non-violent,
    non-registrable, with no disqualifying priors"; PC 1170(h)(3) rules county jail out where
    the defendant "is required to register" under PC 290.  A PC 647.6 conviction in 2000 (a
    registrable offense) stood before the 2008 prison term; the record says the person does not
    register today, which does not say there was no duty in 2008 (one may have ended since under
    PC 290.5).  1203.42 read "eligible, discretionary", while automatic relief asked about the
    same conviction: it is for the attorney."""
    prior = probation_case("647.6(a)(1)", id="B", start="2000-06-01", end="2001-06-01")
    d = row(run(_pre_realignment_prison(), prior), "pc1203_42")
    assert d.status == "needs_review"
    assert d.reasons[0].text == (
        "PC 647.6(a)(1) in case B (Los Angeles County), 2000-06-01, requires PC 290 registration; the record says the person does not register now, "
        "but a duty to register when this sentence was passed (2008-06-01) would have ruled out PC 1170(h) sentencing."
    )
    assert d.reasons[0].cite == "PC 1170(h)(3); PC 1203.42(a)"
    assert d.next_steps == ["Find out from the client or DOJ whether the person was required to register on 2008-06-01 (a duty may have ended since under PC 290.5); an attorney decides."]


def test_e64_01_a_registrable_conviction_after_the_sentence_leaves_it_open():
    """PC 1170(h)(3) looks at the day sentence was passed: a registrable conviction that came
    after the prison term did not rule out county jail then."""
    later = probation_case("647.6(a)(1)", id="B", start="2012-06-01", end="2013-06-01")
    d = row(run(_pre_realignment_prison(), later), "pc1203_42")
    assert (d.status, d.mode) == ("eligible", "discretionary")


def test_e64_01_a_person_who_registers_because_of_that_prior_is_still_not_eligible():
    """Unchanged: a person required to register, with the registrable conviction on or before the
    sentence, could not have been sentenced under PC 1170(h)."""
    prior = probation_case("647.6(a)(1)", id="B", start="2000-06-01", end="2001-06-01")
    d = row(run(_pre_realignment_prison(), prior, person=Person(registrant_290=True)), "pc1203_42")
    assert d.status == "not_eligible"


def test_e64_01_a_registrant_with_no_registrable_conviction_on_record_is_told_to_ask_when_the_duty_began():
    """The question for a person who registers, with no registrable conviction on or before the
    sentence in the record, is when the duty began, which the client or DOJ answers.  Its step
    had been replaced by the step for this conviction's own papers ("Check the abstract of
    judgment, the minute order and the plea for the fact named above"), which names no fact."""
    d = row(run(_pre_realignment_prison(), person=Person(registrant_290=True)), "pc1203_42")
    assert d.status == "needs_review"
    assert d.next_steps == ["Find out from the client or DOJ when the duty to register began; an attorney decides."]


# ---- E64-02: jury service for a registrable felony when the record says "does not register" ----


def test_e64_02_a_registrable_felony_without_registration_on_record_is_a_doubt_for_jury_service():
    """ca-rules.md 4.7 [H]: a felony disqualifies a juror while the person is "required to register
    under 290 because of a felony" (CCP 203(a)(11)).  A PC 288(a) felony normally requires it;
    the record says the person does not register, and the registration line says "check".  The
    jury line said flatly "This felony does not bar jury service now"."""
    from engine_builders import topics

    rec = custody_case("288(a)", code="PC", judgment="2005-06-01", release="2010-06-01", supervision_end="2013-06-01")
    assert topics(run(rec))["jury"] == [
        "This felony normally requires PC 290 registration, but the record says the person does not register (check): if they must "
        "register because of it, they cannot serve on a jury; otherwise this felony alone does not bar jury service. [CCP 203(a)(11) (SB 310)]"
    ]


def test_e64_02_while_on_parole_the_line_does_not_promise_service_once_parole_ends():
    """On parole the person cannot serve ((a)(10)); "Once that ends, this felony alone does not bar
    jury service" was said of the same PC 288(a) felony."""
    from engine_builders import topics

    rec = custody_case("288(a)", code="PC", judgment="2020-06-01", release="2024-06-01", supervision_end="2027-06-01")
    assert topics(run(rec))["jury"] == [
        "The person cannot serve on a jury now: they are on parole through 2027-06-01. After that, if the person must register under "
        "PC 290 because of this felony (such a felony normally requires registration; the record says they do not register: check), that still bars "
        "jury service while it lasts. [CCP 203(a)(10), (a)(11) (SB 310)]"
    ]


def test_e64_02_a_felony_that_requires_no_registration_is_unchanged():
    from engine_builders import topics

    rec = custody_case("11378", judgment="2005-06-01", release="2010-06-01", supervision_end="2013-06-01")
    assert topics(run(rec))["jury"] == ["This felony does not bar jury service now: since 2020 only incarceration, felony supervision or felony-based registration do. [CCP 203(a)(9)-(11) (SB 310)]"]
