"""PC 1203.4b fire-camp dismissal: released from custody, parole not required, the
(a)(1)(A)-(H) bars across the record, the 2021-01-01 start."""

from __future__ import annotations

import pytest

from clinic_app.model import Person

from engine_builders import D, custody_case, probation_case, row, run

CAMP = Person(fire_camp=True)


def prison(section="459/460(b)", id="A", judgment="2020-02-01", release="2023-01-15", supervision_end=None, **kw):
    """Public case S59: second-degree burglary, released 2023-01-15, still on parole."""
    return custody_case(section, id=id, code="PC", judgment=judgment, release=release, supervision="parole", supervision_end=supervision_end, **kw)


def camp(*cases, person=CAMP, as_of="2026-11-15", case="A"):
    return row(run(*cases, person=person, as_of=as_of), "pc1203_4b", case=case, conv=f"{case}1")


def test_released_and_on_parole_is_discretionary():
    d = camp(prison())
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any("(b)(4)" in r.cite for r in d.reasons)


def test_without_fire_camp_not_applicable():
    assert camp(prison(), person=Person()).status == "not_applicable"


def test_probation_case_is_not_the_custody_case():
    assert camp(probation_case()).status == "not_applicable"


def test_revoked_probation_with_unknown_later_term_asks():
    """A fire-camp client's felony probation was revoked and the term that followed is not
    recorded: that term may be the one the service was in (readability finding R15-07)."""
    case = probation_case("245(a)(1)", level="felony", kind="formal", start="2012-01-22", end="2015-01-21", status="revoked")
    d = camp(case)
    assert d.status == "needs_review"
    assert d.missing_facts == ["sentence.custody"]  # the type is given (S28-03)
    assert "revoked" in d.reasons[0].text and d.next_steps and "minute order" in d.next_steps[0]
    # The record-wide bars still decide first: a registrant is ineligible whatever the term.
    assert camp(case, person=Person(fire_camp=True, registrant_290=True)).status == "not_eligible"
    # Before AB 2147 there was nothing to ask about.
    assert camp(case, as_of="2020-12-31").status == "not_eligible"


def test_unknown_sentence_asks():
    case = probation_case("459/460(b)", level="felony")
    case.sentence = None
    d = camp(case)
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence"])


def test_completed_probation_is_still_not_the_custody_case():
    case = probation_case("245(a)(1)", level="felony", kind="formal", status="completed")
    assert camp(case).status == "not_applicable"


@pytest.mark.parametrize("as_of, expected", [("2020-12-31", "not_eligible"), ("2021-01-01", "eligible")])
def test_effective_2021_01_01(as_of, expected):
    case = prison(judgment="2015-02-01", release="2019-01-15")
    d = camp(case, as_of=as_of)
    assert d.status == expected
    if expected == "not_eligible":
        assert d.confidence == "M"  # the 2021-01-01 date is [M] (ca-rules 1; audit finding)


def test_still_in_custody_opens_on_release():
    d = camp(prison(release="2027-03-01"))
    assert (d.status, d.date) == ("eligible_on", D("2027-03-01"))


@pytest.mark.parametrize("section", ["187", "207", "451", "288(a)", "261(a)(2)"])
def test_automatic_bars_anywhere_in_the_record(section):
    other = custody_case(section, id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    assert camp(prison(), other).status == "not_eligible"


# O24-03: on the tenth anniversary (2016-11-15 to 2026-11-15) the escape is still within the
# ten years, or arguably so (ca-rules.md 0): it was let through as eligible.
@pytest.mark.parametrize("convicted, expected", [("2016-11-16", "needs_review"), ("2016-11-15", "needs_review"), ("2016-11-14", "eligible")])
def test_escape_only_within_ten_years(convicted, expected):
    """Only an escape "from a secure perimeter" bars (ca-rules.md 3.14), which a conviction for
    escape does not say: within 10 years it goes to the attorney, older ones do not count."""
    # on probation, so the fire-crew term is plainly case A's (two terms: see the last test)
    escape = probation_case("4532(b)", id="E", level="felony", kind="formal", start=convicted, end="2019-01-01")
    d = camp(prison(), escape)
    assert d.status == expected
    if expected == "needs_review":
        assert any("secure perimeter" in r.text for r in d.reasons)


def test_escape_ten_years_count_from_the_escape_when_known():
    escape = probation_case("4532(b)", id="E", level="felony", kind="formal", start="2017-06-01", end="2019-01-01")
    escape.convictions[0].offense_date = D("2016-01-10")  # more than 10 years before 2026-11-15
    assert camp(prison(), escape).status == "eligible"


def test_registrant_is_barred():
    assert camp(prison(), person=Person(fire_camp=True, registrant_290=True)).status == "not_eligible"


@pytest.mark.parametrize("as_of, expected", [("2027-02-28", "eligible_on"), ("2027-03-01", "eligible"), ("2027-03-02", "eligible")])
def test_release_day_before_day_and_after(as_of, expected):
    assert camp(prison(release="2027-03-01"), as_of=as_of).status == expected


def test_an_attempted_murder_in_the_record_needs_review_not_eligible():
    """Review finding: 664/187 is punishable by life only if premeditated (PC 664(a)); the
    record cannot say, so 'no conviction makes the person ineligible' was a guess."""
    attempt = prison("664/187", id="P", judgment="2005-02-01", release="2014-01-15", supervision_end="2017-01-15")
    d = camp(prison(), attempt)
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any("premeditated" in r.text for r in d.reasons)
    assert camp(prison(), probation_case("211", id="P", level="felony", kind="formal", start="2005-02-01", end="2008-02-01")).status == "eligible"


def test_two_custody_terms_ask_which_one_included_the_fire_crew():
    """Review finding: every custody case of a fire-camp client was offered the dismissal,
    though the record does not say during which term the service was."""
    older = prison("11378", id="P", judgment="2008-02-01", release="2010-01-15", supervision_end="2012-01-15")
    d = camp(prison(), older)
    assert d.status == "needs_review" and "more than one jail or prison term (this case and case P (PC 11378, convicted 2008-02-01, Los Angeles County))" in d.reasons[0].text
    assert camp(prison()).status == "eligible"


@pytest.mark.parametrize("section", ["664/219", "664/4500", "664/209(a)"])
def test_an_attempted_life_felony_is_not_punishable_by_life(section):
    """O21-03: an attempt of a life felony carries 5, 7 or 9 years (PC 664(a)); it had been
    called "a felony punishable by life" and barred the fire-camp dismissal."""
    attempt = probation_case(section, id="P", level="felony", kind="formal", start="2005-02-01", end="2008-02-01")
    d = camp(prison(), attempt)
    assert not any("punishable by life" in r.text for r in d.reasons)
    assert d.status != "not_eligible" or any("kidnapping" in r.text for r in d.reasons)
    whole = probation_case(section.split("/")[1], id="P", level="felony", kind="formal", start="2005-02-01", end="2008-02-01")
    assert camp(prison(), whole).status == "not_eligible"


def test_an_out_of_state_prison_term_is_not_a_fire_camp_term():
    """O21-15: a Nevada prison term counted as "more than one jail or prison term", so the
    California term's fire-camp dismissal became a question; CDCR camps and county hand crews
    serve California custody only."""
    from clinic_app.model import Case, Sentence

    from engine_builders import conviction

    nv = Case(id="B", jurisdiction="NV", convictions=[conviction("NRS 205.060", level="felony", id="B1")], sentence=Sentence(type="state_prison"))
    assert camp(prison(), nv).status == "eligible"


@pytest.mark.parametrize("written", ["261(a)(2)/(a)(3)", "261(a)(3)/(a)(2)", "261(a)(3)/261(a)(2)"])
def test_o24b_03_a_pair_of_rape_subdivisions_is_not_read_by_the_order_typed(written):
    """O24B-03: "261(a)(2)/(a)(3)" was rape under (a)(2) (1203.4b(a)(1)(C)) and "261(a)(3)/(a)(2)"
    was not, by the order typed; which one it is does not matter here, as every 261 and 262
    requires registration, and the bar says that whichever way it is written."""
    other = custody_case(written, id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(), other)
    assert d.status == "not_eligible"
    assert [r.text for r in d.reasons] == [f"PC {written} in case P (convicted 1995-01-01, Los Angeles County) is a sex offense requiring registration, which makes the person automatically ineligible."]


@pytest.mark.parametrize("written", ["262(a)(1)/(a)(3)", "262(a)(3)/(a)(1)", "262(a)(3)/262(a)(1)"])
def test_o24b_03_a_former_262_pair_asks_which_one_whatever_the_order(written):
    """O24B-03: "262(a)(1)/(a)(3)" was rape under former 262(a)(1), a bar, and "262(a)(3)/(a)(1)"
    was not; a 262(a)(3) is no bar (its registration needs (a)(1)), so which one it is decides."""
    other = custody_case(written, id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(), other)
    assert d.status == "needs_review"
    assert d.reasons[0].text.startswith(f"PC {written} in case P (convicted 1995-01-01, Los Angeles County) names two offenses (")
    assert d.reasons[0].text.endswith("and the record does not say which one the conviction is for; rape under PC 262(a)(1) makes the person automatically ineligible.")
    assert "cases[P].convictions[P1].section" in d.missing_facts
    assert "Check the abstract of judgment or the minute order of case P (PC 262(a)" in d.next_steps[0] and "convicted 1995-01-01, Los Angeles County): is the conviction for PC 262(a)" in d.next_steps[0]


@pytest.mark.parametrize("written", ["262(a)(1)/(a)(3)", "262(a)(3)/(a)(1)"])
def test_s25_03_a_former_262_pair_asked_about_is_not_also_a_catalog_without_a_row(written):
    """S25-03: beside "is the conviction for PC 262(a)(3) or PC 262(a)(1)?", the result also
    said the count "requires PC 290 registration only if it was under former PC 262(a)(1)
    ...; the offense catalog has no row for PC 262(a)(3)/(a)(1) to tell": a second, stale,
    question the first one already settles ((a)(1) is rape, a bar; (a)(3) is no registration)."""
    other = custody_case(written, id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(), other)
    assert d.status == "needs_review"
    assert len(d.reasons) == 1 and "names two offenses" in d.reasons[0].text
    assert not any("no row" in r.text for r in d.reasons)
    assert d.missing_facts == ["cases[P].convictions[P1].section"]


@pytest.mark.parametrize("written, barring", [("262/261", "PC 262 or PC 261"), ("261/459", "PC 261"), ("187/245(a)(1)", "PC 187")])
def test_s25_04_a_two_offense_count_that_may_bar_asks_which(written, barring):
    """S25-04: "262/261" in another case (rape or former spousal rape, each requiring PC 290
    registration) was read as no bar at all, and the fire-camp client was told "No conviction
    in the record makes the person automatically ineligible"; "187/245(a)(1)" was "murder",
    though the record does not say it is.  Each now asks which one the conviction is for."""
    other = custody_case(written, id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(), other)
    assert d.status == "needs_review"
    assert d.reasons[0].text.startswith(f"PC {written} in case P (convicted 1995-01-01, Los Angeles County) names two offenses (")
    assert d.reasons[0].text.endswith(f"; {barring} makes, or may make, the person automatically ineligible.")
    assert d.missing_facts == ["cases[P].convictions[P1].section"]


def test_s25_04_a_two_offense_count_that_bars_whichever_it_is_bars():
    other = custody_case("261(a)(2)/288(a)", id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(), other)
    assert d.status == "not_eligible"
    assert "whichever it is, it is rape or a lewd act on a child (PC 288)" in d.reasons[0].text


def test_s25_04_a_two_offense_count_that_never_bars_asks_nothing():
    other = custody_case("459/484", id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(release="2023-01-15"), other, person=CAMP)
    assert not any("names two offenses" in r.text for r in d.reasons)


def test_s25_10_a_count_that_may_be_an_attempted_murder_is_not_called_one():
    """S25-10: "664/187/211" (attempted murder or attempted robbery) was "an attempted murder"."""
    other = custody_case("664/187/211", id="P", code="PC", judgment="1995-01-01", release="2000-01-01", supervision_end="2003-01-01")
    d = camp(prison(), other)
    assert d.status == "needs_review"
    assert d.reasons[0].text == ("PC 664/187/211 in case P (convicted 1995-01-01, Los Angeles County) names two offenses (PC 664/187 and PC 664/211), and the record does not say which one "
                                 "the conviction is for; one of them is an attempted murder.")


def test_s25_11_a_bare_former_262_asks_its_subdivision_rape_bars_whatever_the_sentence():
    """S25-11: a bare "262" on probation was asked only whether it "requires PC 290
    registration only if it was under former PC 262(a)(1) and the sentence was state prison":
    read so, a probation case was no bar, though rape under former 262(a)(1) or (a)(4) bars
    whatever the sentence (PC 1203.4b(a)(1)(C)).  The subdivision is asked, once."""
    other = probation_case("262", id="P", level="felony", kind="formal", start="1995-01-01", end="1998-01-01")
    d = camp(prison(), other)
    assert d.status == "needs_review"
    assert [r.text for r in d.reasons] == ["PC 262 in case P (convicted 1995-01-01, Los Angeles County) is rape under former PC 262(a)(1) or (a)(4), which makes the person automatically ineligible whatever the sentence, only if it was under one of them; the record does not say."]
    assert d.missing_facts == ["cases[P].convictions[P1].section"]
    assert "Get the subdivision of the former PC 262 in case P (PC 262, convicted 1995-01-01, Los Angeles County)" in d.next_steps[0]


def test_s25_16_a_count_that_may_be_an_escape_is_not_called_one():
    """S25-16: "4530/459" (escape or burglary) was "an escape conviction", each offense not
    weighed as S25-04 and S25-10 weigh them; it is now said as the choice it is.  A pair of
    escapes ("4530(b)/4532(b)") is an escape whichever it is, and is said so as before."""
    other = probation_case("4530/459", id="E", level="felony", kind="formal", start="2020-06-01", end="2022-01-01")
    d = camp(prison(), other)
    assert d.status == "needs_review"
    assert d.reasons[0].text == ("PC 4530/459 in case E (convicted 2020-06-01, Los Angeles County) names two offenses (PC 4530 and PC 459), and the record does not say which one "
                                 "the conviction is for; one of them is an escape, and the conviction is from 2020-06-01, within the last 10 years.")
    assert "secure perimeter" in d.reasons[1].text
    both = probation_case("4530(b)/4532(b)", id="E", level="felony", kind="formal", start="2020-06-01", end="2022-01-01")
    assert camp(prison(), both).reasons[0].text == "PC 4530(b)/4532(b) in case E (convicted 2020-06-01, Los Angeles County) is an escape conviction from 2020-06-01, within the last 10 years."
