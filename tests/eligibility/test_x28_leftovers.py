"""Round-28 screening wording leftovers (X28-xx): each test names the finding it checks."""

from __future__ import annotations

from engine_builders import row, run
from test_pc851_91 import arrest

# ---- X28-01: the CR-409 filing step is said once, by PC 851.91 ----


def _steps(screening, remedy, case="A"):
    return row(screening, remedy, case=case, conv=None).next_steps


IF_OPEN = "If the attorney finds sealing open, the petition is form CR-409, with a proposed order on form CR-410."


def _cr409(screening, case="A"):
    return [(d.remedy, s) for d in screening.results if d.case == case for s in d.next_steps if "CR-409" in s]


def test_x28_01_an_open_sealing_petition_says_the_cr_409_step_and_automatic_relief_points_to_it():
    """X28-01: a dismissed misdemeanor (851.91 eligible, 851.93 eligible) told to file form
    CR-409 under 851.91 and again under 851.93."""
    s = run(arrest("dismissed", when="2024-06-01"), as_of="2026-11-15")
    assert [r for r, _s in _cr409(s)] == ["pc851_91"], _cr409(s)
    assert row(s, "pc851_93", conv=None).status == "eligible"
    assert _steps(s, "pc851_93")[-1] == "If the RAP sheet does not show the relief once DOJ may act, file the petition to seal the arrest: see the steps for PC 851.91 seal the arrest."


def test_x28_01_a_sealing_petition_that_opens_later_is_pointed_to_too():
    # A felony arrest with no charges: 851.91 and 851.93 both open on 2027-06-02.
    s = run(arrest(level="felony", when="2024-06-01", offenses=[("HS", "11350(a)")]), as_of="2026-11-15")
    assert row(s, "pc851_91", conv=None).status == "eligible_on"
    assert [r for r, _s in _cr409(s)] == ["pc851_91"], _cr409(s)


def test_x28_01_a_petition_instead_of_automatic_relief_points_to_the_open_sealing_petition():
    # A felony charge dismissed: 851.93 needs review and names the petition as the sure way.
    s = run(arrest("dismissed", level="felony", when="2020-06-01", offenses=[("HS", "11350(a)")]), as_of="2026-11-15")
    assert row(s, "pc851_93", conv=None).status == "needs_review"
    assert row(s, "pc851_91", conv=None).status == "eligible"
    assert "Petition to seal the arrest instead: see the steps for PC 851.91 seal the arrest." in _steps(s, "pc851_93")
    assert [r for r, _s in _cr409(s)] == ["pc851_91"], _cr409(s)


def test_x28_01_without_an_open_sealing_petition_automatic_relief_still_names_the_form():
    # An arrest for an offense with no limitations period: 851.91 is ruled out, so the step
    # under 851.93 is the only place the form is named.
    s = run(arrest(level="felony", when="2024-06-01", offenses=[("PC", "187(a)")]), as_of="2026-11-15")
    assert row(s, "pc851_91", conv=None).status not in ("eligible", "eligible_on")
    steps = _steps(s, "pc851_93")
    assert not any("see the steps for" in x for x in steps), steps


# ---- X28-02: 1203.42 says plainly what a prior that may be serious or violent does ----


def test_x28_02_a_prior_that_may_be_serious_says_plainly_that_it_would_rule_out_1170h():
    """X28-02: "A prior PC 459 (case B) is a serious or violent felony only if it was
    first-degree (residential) burglary, PC 460(a); one would rule out PC 1170(h) sentencing."
    left "one" to be worked out when read aloud."""
    from engine_builders import D, custody_case, probation_case

    sentenced = custody_case("11378", judgment="2009-05-01", release="2010-06-01", supervision="parole", supervision_end="2011-06-01")
    prior = probation_case("459", id="B", level="felony", kind="formal", start="2005-03-02", end="2007-03-02")
    prior.convictions[0].conviction_date = D("2005-03-02")
    d = row(run(sentenced, prior), "pc1203_42")
    assert d.status == "needs_review"
    said = [(r.text, r.cite) for r in d.reasons]
    assert ("A prior PC 459 in case B (convicted 2005-03-02, Los Angeles County) is a serious or violent felony only if it was first-degree (residential) burglary, PC 460(a); "
            "if so, it rules out PC 1170(h) sentencing.", "PC 1170(h)(3); PC 1192.7(c); PC 667.5(c)") in said, said
    assert not any("one would" in t for t, _c in said)


# ---- X28-03: read-through of arrest rows (851.91 / 851.93 / 236.14) in demo clients ----


def test_x28_03_automatic_relief_does_not_send_to_a_sealing_petition_an_attorney_must_clear_first():
    """X28-03 (demo client 553 of generate_clients(600)): a PC 211 arrest with no charges
    in 2011.  851.91 needs review ("an attorney must check whether charges can still be
    filed"), and 851.93, eligible after 6 years, said "... file form CR-409 to seal the arrest
    under PC 851.91." as if the petition were open."""
    s = run(arrest(level="felony", when="2011-02-01", offenses=[("PC", "211")]), as_of="2026-11-01")
    assert row(s, "pc851_91", conv=None).status == "needs_review"
    assert row(s, "pc851_93", conv=None).status == "eligible"
    # The form is named only by the sealing row itself, as what is filed if the attorney clears it (E40-01).
    assert _cr409(s) == [("pc851_91", IF_OPEN)], _cr409(s)
    assert _steps(s, "pc851_93")[-1] == "If the RAP sheet does not show the relief once DOJ may act, a petition to seal the arrest may be the way: see PC 851.91 seal the arrest for what it waits on first."


def test_x28_03_the_petition_instead_waits_on_the_sealing_row_s_question_too():
    # Demo client 140: a PC 211 charge dismissed; both rows need review.
    s = run(arrest("dismissed", level="felony", when="2016-08-18", offenses=[("PC", "211")]), as_of="2026-11-01")
    assert row(s, "pc851_91", conv=None).status == "needs_review"
    assert row(s, "pc851_93", conv=None).status == "needs_review"
    # The form is named only by the sealing row itself, as what is filed if the attorney clears it (E40-01).
    assert _cr409(s) == [("pc851_91", IF_OPEN)], _cr409(s)
    assert "A petition to seal the arrest may be the way instead: see PC 851.91 seal the arrest for what it waits on first." in _steps(s, "pc851_93")


def test_x28_02_the_conviction_itself_that_may_be_serious_says_plainly_what_follows():
    """The same unclear "one" in the reason about the conviction itself: "PC 459 is a serious
    or violent felony only if ..., and one could not have been sentenced under PC 1170(h)."
    (seen in X28's report, fixed in its wording)."""
    from engine_builders import custody_case

    sentenced = custody_case("459", code="PC", judgment="2009-06-01", release="2010-06-01", supervision="parole", supervision_end="2011-06-01")
    d = row(run(sentenced), "pc1203_42")
    assert d.status == "needs_review"
    said = [r.text for r in d.reasons]
    assert ("PC 459 is a serious or violent felony only if it was first-degree (residential) burglary, PC 460(a); "
            "if so, it could not have been sentenced under PC 1170(h).") in said, said
    assert not any("one could" in t for t in said)
