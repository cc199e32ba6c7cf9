"""E291: the engine mends rules tester Q287 found, each on a small record screened once.

- AB 1950's theft or fraud felony over $25,000 keeps up to 3 years of probation (PC 1203.1(l),
  ca-rules.md 2.2 [M]), not "no cap at all"; only under the sections the statute names (PC 503,
  not PC 487(a): R296).
- The record's trafficking marks cover intimate partner or sexual violence too (FORMAT.md), so
  PC 1203.49, for trafficking alone, asks which where only the count is marked; 236.14 says the
  marks in the same words before and after 236.15's day (ca-rules.md 3.16).
- PC 17(b) after a prison term imposed and suspended is closed whatever a bare PC 459's degree
  (People v. Wood, ca-rules.md 3.7), so the degree is not asked.
- A bare PC 459 is violent only if first-degree *and* another person was present (PC
  667.5(c)(21)), said from the catalog in every reason; a bare 459 the record marks a wobbler is
  still asked its degree: the desktop marks every bare 459 so (R296).
"""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility.common import AB1950_CITE
from clinic_app.model import Person

from engine_builders import custody_case, probation_case, row, run


def _grand_theft(value, *, end="2025-11-02", level="felony", section="503", status="active", remedy="pc1203_4", as_of="2024-06-01"):
    """Q287 faults/01, as embezzlement (a section PC 1203.1(l)(2) names): judgment 2020-11-02
    (not final on 2021-01-01), formal probation ordered to `end`, screened 2024-06-01."""
    case = probation_case(section, level=level, kind="formal", start="2020-11-02", end=end, status=status, imposition_suspended=True)
    case.convictions[0].value_dollars = value
    return row(run(case, as_of=as_of), remedy, conv=None if remedy == "pc1203_3" else "A1")


def _cap_words(d) -> str:
    return next(r.text for r in d.reasons if r.cite == AB1950_CITE)


def test_a_five_year_term_for_theft_over_25000_is_capped_at_three_years_not_read_as_uncapped():
    # Capped at 3 years the probation ended 2023-11-02; ordered, it ends 2025-11-02: the
    # two readings differ on the screening day, so an attorney decides (ca-rules.md 7).
    d = _grand_theft(30_000)
    assert (d.status, d.confidence) == ("needs_review", "M")
    words = _cap_words(d)
    assert "at 3 years for a theft or fraud felony over $25,000, which PC 503 ($30,000) is (PC 1203.1(l))" in words
    assert "probation ended on 2023-11-02, not 2025-11-02" in words


def test_a_three_year_term_for_theft_over_25000_is_within_the_cap_and_not_flagged():
    d = _grand_theft(30_000, end="2023-11-02", status="completed")
    assert d.status == "eligible" and not any(r.cite == AB1950_CITE for r in d.reasons), d.reasons


@pytest.mark.parametrize("value, level, remedy, status, said", [
    (None, "felony", "pc1203_4", "needs_review", "PC 503 is one if it was over $25,000, and the record does not give the value"),
    # A level not recorded stops 1203.4 on its own question; early termination says the cap.
    (30_000, None, "pc1203_3", "eligible", "PC 503 is one if it was a felony, and the record does not give the level"),
])
def test_a_theft_whose_value_or_level_is_not_recorded_is_asked_not_guessed(value, level, remedy, status, said):
    # The earliest reading is still the 2-year cap (2022-11-02); the 3-year one is named with
    # the fact that decides it.
    d = _grand_theft(value, level=level, remedy=remedy)
    words = _cap_words(d)
    assert d.status == status
    assert f"(3 years, to 2023-11-02, for a theft or fraud felony over $25,000, PC 1203.1(l): {said})" in words
    assert "probation ended on 2022-11-02, not 2025-11-02" in words


def test_a_five_year_term_for_theft_over_25000_granted_since_2021_is_flagged_against_the_three_year_cap():
    # Ordered with the cap in force: the ordered end is screened, flagged, and the words do not
    # deny the theft exception they have just named (Q287 req/22).
    case = probation_case("503", level="felony", kind="formal", start="2022-02-01", end="2027-02-01", status="active", imposition_suspended=True)
    case.convictions[0].value_dollars = 30_000
    d = row(run(case, as_of="2023-06-01"), "pc1203_4")
    assert (d.status, d.confidence) == ("eligible_on", "M")
    assert ("AB 1950 caps felony probation at 2 years, and at 3 years for a theft or fraud felony over $25,000, which PC 503"
            " ($30,000) is (PC 1203.1(l)), and no exception that allows longer shows in the record; this probation") in _cap_words(d)


def test_a_count_worth_over_25000_that_is_not_theft_or_fraud_keeps_the_two_year_cap():
    # Receiving stolen property is not on the catalog's theft or fraud rows.
    d = _grand_theft(30_000, section="496(a)")
    assert d.status == "needs_review"
    words = _cap_words(d)
    assert "3 years" not in words and "probation ended on 2022-11-02, not 2025-11-02" in words


def test_embezzlement_of_25000_exactly_is_not_over_25000_and_keeps_the_two_year_cap():
    # PC 1203.1(l)(2) reaches a value *over* $25,000: at $25,000 the named section keeps the
    # 2-year cap, as a count not on the catalog's theft or fraud rows does (E291-01).
    d = _grand_theft(25_000)
    assert d.status == "needs_review"
    words = _cap_words(d)
    assert "3 years" not in words and "probation ended on 2022-11-02, not 2025-11-02" in words, words

@pytest.mark.parametrize("section", ["487(a)", "530.5", "WI 10980"])
def test_a_three_year_term_for_a_theft_the_exception_does_not_name_is_flagged_against_the_two_year_cap(section):
    # PC 1203.1(l)(2) names 487(b)(3), 503 and 532a, not grand theft at large, identity theft or
    # welfare fraud: at $30,000 these keep the 2-year cap, so a 3-year term ordered to
    # 2023-11-02 may have ended 2022-11-02, and the client told H to wait was open to file (R296).
    code, _, sec = section.rpartition(" ")
    case = probation_case(sec, code=code or "PC", level="felony", kind="formal", start="2020-11-02", end="2023-11-02", status="active", imposition_suspended=True)
    case.convictions[0].value_dollars = 30_000
    d = row(run(case, as_of="2023-06-01"), "pc1203_4")
    assert (d.status, d.confidence) == ("needs_review", "M"), d.reasons
    words = _cap_words(d)
    assert "3 years" not in words and "probation ended on 2022-11-02, not 2023-11-02" in words


def test_a_three_year_term_for_embezzlement_over_25000_keeps_its_ordered_end():
    d = _grand_theft(30_000, end="2023-11-02", as_of="2023-06-01")
    assert (d.status, d.date) == ("eligible_on", date(2023, 11, 3)) and not any(r.cite == AB1950_CITE for r in d.reasons), d.reasons


def _marked_647b(as_of, person=Person()):
    """Q287 faults/03: PC 647(b), summary probation 2012-2014 completed, the count marked
    trafficking_related."""
    case = probation_case("647(b)", start="2012-03-01", end="2014-03-01")
    case.convictions[0].trafficking_related = True
    return run(case, as_of=as_of, person=person)


EITHER = "a direct result of being trafficked or of intimate partner or sexual violence"


def test_1203_49_asks_whether_the_client_was_trafficked_where_only_the_count_is_marked():
    d = row(_marked_647b("2026-11-15"), "pc1203_49")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert d.reasons[0].text == f"The conviction is under PC 647(b), and the record marks it as {EITHER}."
    assert ("PC 1203.49 is only for a victim of human trafficking, and the record's mark does not say whether the client"
            " was trafficked or a survivor of intimate partner or sexual violence.", "PC 1203.49") == (d.reasons[1].text, d.reasons[1].cite)
    assert d.next_steps[0] == "Ask whether the client was trafficked: PC 1203.49 is only for a trafficking victim."


def test_1203_49_on_the_clients_own_report_stays_open_for_the_attorney_to_confirm_trafficking():
    # Public case S52: a client who reports being a survivor has 1203.49 open, the attorney
    # confirming it was trafficking; the words say what the report covers.
    d = row(_marked_647b("2026-11-15", Person(trafficking_survivor=True)), "pc1203_49")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert d.reasons[0].text == (f"The conviction is under PC 647(b), and the record marks it as {EITHER}; the client reports being a survivor"
                                 " of trafficking or of intimate partner or sexual violence; whether this conviction resulted from being"
                                 " trafficked, which PC 1203.49 needs, is for the attorney to confirm.")


@pytest.mark.parametrize("as_of, cite", [("2021-11-15", ""), ("2026-11-15", " (PC 236.15)")])
def test_236_14_says_the_mark_in_the_same_words_before_and_after_236_15(as_of, cite):
    d = row(_marked_647b(as_of), "pc236_14")
    assert d.reasons[0].text == f"The record marks this offense as {EITHER}{cite}."
    assert d.status == ("needs_review" if as_of < "2022" else "eligible")


def test_236_14_before_236_15_says_the_clients_report_covers_partner_violence_too():
    d = row(run(probation_case("647(b)", start="2012-03-01", end="2014-03-01"), as_of="2021-11-15", person=Person(trafficking_survivor=True)), "pc236_14")
    assert d.status == "needs_review"
    assert d.reasons[0].text.startswith("The client reports being a survivor of trafficking or of intimate partner or sexual violence; whether")


@pytest.mark.parametrize("wobbler", [None, True])
def test_17b_after_a_prison_term_imposed_and_suspended_is_closed_whatever_the_degree(wobbler):
    # Q287 faults/02: a bare PC 459 (first-degree is a straight felony, second-degree is closed
    # by Wood): not a question that decides nothing.  Marked a wobbler it was already so.
    case = probation_case("459", level="felony", kind="formal", start="2015-02-01", end="2018-02-01", imposition_suspended=False, wobbler=wobbler)
    d = row(run(case), "pc17b")
    assert (d.status, d.confidence, d.missing_facts) == ("not_eligible", "M", [])
    assert d.reasons[0].cite == "People v. Wood (1998) 62 Cal.App.4th 1262"
    assert d.reasons[0].text.startswith("A prison term was imposed and its execution suspended, so PC 17(b) is not available")
    if wobbler is None:
        assert d.reasons[0].text.endswith(" whether or not it was second-degree burglary, PC 460(b).")


PERSON_PRESENT = ("PC 459 is one if it was first-degree (residential) burglary, PC 460(a), and another person, not an accomplice,"
                  " was present in the residence (PC 667.5(c)(21))")


def _burglary(wobbler=None, *, marked=False, as_of="2023-06-01"):
    """Q287 faults/04: a felony PC 459, probation 2021-03-01 to 2024-03-01 granted under AB 1950."""
    case = probation_case("459", level="felony", kind="formal", start="2021-03-01", end="2024-03-01", status="active", imposition_suspended=True, wobbler=wobbler)
    case.convictions[0].trafficking_related = marked
    return run(case, as_of=as_of)


def test_a_bare_459_is_violent_only_if_first_degree_with_a_person_present_in_every_reason():
    s = _burglary(marked=True)
    vacatur = row(s, "pc236_14")
    assert vacatur.status == "needs_review"
    assert vacatur.reasons[0].text.startswith("PC 459 is a violent felony only if it was first-degree (residential) burglary, PC 460(a),"
                                              " and another person, not an accomplice, was present in the residence (PC 667.5(c)(21)),"
                                              " and vacatur is only for nonviolent offenses")
    assert f"except for a violent felony (PC 667.5(c)), and {PERSON_PRESENT};" in _cap_words(row(s, "pc1203_4"))
    # Serious or violent: the degree alone decides it (first-degree burglary is serious).
    automatic = " ".join(r.text for r in row(s, "pc1203_425").reasons)
    assert "PC 459 is a serious or violent felony only if it was first-degree (residential) burglary, PC 460(a), and whether" in automatic


def test_a_bare_459_marked_a_wobbler_is_still_asked_its_degree():
    # The desktop fills "Wobbler: Yes" from the catalog for any bare 459 it is given
    # (test_client_record: "filled from the catalog"), so the mark is no fact of the degree: read
    # as 459/460(b), a residential burglary typed "459" was screened as not serious or violent
    # (R296).  The prison path of automatic relief leaves serious felonies out (ca-rules.md 3.5).
    s = _burglary(wobbler=True)
    assert f"except for a violent felony (PC 667.5(c)), and {PERSON_PRESENT};" in _cap_words(row(s, "pc1203_4"))
    assert (row(s, "pc1203_425").status, row(s, "pc1203_425").confidence) == ("needs_review", "L")
    prison = run(custody_case("459", code="PC", judgment="2010-06-01", release="2012-06-01", supervision_end="2015-06-01", wobbler=True), as_of="2025-01-15")
    automatic = row(prison, "pc1203_425")
    assert automatic.status == "needs_review", automatic.reasons
    assert "only if it was first-degree (residential) burglary, PC 460(a)" in " ".join(r.text for r in automatic.reasons)
    # The degree written settles it.
    second = run(custody_case("459/460(b)", code="PC", judgment="2010-06-01", release="2012-06-01", supervision_end="2015-06-01"), as_of="2025-01-15")
    assert row(second, "pc1203_425").status == "eligible"
