"""B89: the screening's words over several cases, read aloud at a clinic table.

B89-01: PC 1203.4b's list of jail or prison terms read "this case, case P (...) and case Q
(...)", and PC 851.91's list of the sections the offense catalog does not know read "this case
and cases B (PC 99999, arrested 2019-06-09, Los Angeles County), C (...)": one kind of list in
two forms, and in the second the titles' commas ran into the list's.  Both say it the first way
now, through one case_titles.listed_cases."""

from __future__ import annotations

from engine_builders import run


def test_b89_01_sealings_list_names_each_case_as_the_fire_camp_dismissal_does():
    from tests.eligibility.test_pc851_91 import _five_arrests

    s = run(*_five_arrests("99999"), as_of="2026-11-15")
    said = {d.case: d.reasons[-1].text for d in s.results if d.remedy == "pc851_91"}
    # The arrests' titles leave out the section the list names them under (B89-04).
    titles = {k: f"case {k} (arrested {day}, Los Angeles County)"
              for k, day in (("A", "2019-01-10"), ("B", "2019-06-09"), ("C", "2019-11-06"), ("D", "2020-04-04"), ("E", "2020-09-01"))}
    assert f"(PC 99999: this case, {titles['B']}, {titles['C']}, {titles['D']} and {titles['E']});" in said["A"], said["A"]
    assert f"(PC 99999: this case, {titles['A']}, {titles['B']}, {titles['D']} and {titles['E']});" in said["C"], said["C"]
    assert "cases " not in said["A"]


def test_b89_01_the_fire_camp_dismissals_terms_and_the_sealings_list_are_one_list():
    from clinic_app.case_titles import listed_cases
    from tests.eligibility.test_pc1203_4b import camp, prison

    # Given in the order Q, A, P: the others are said sorted, whatever the request's order.
    q = prison("11378", id="Q", judgment="2012-02-01", release="2013-01-15", supervision_end="2014-01-15")
    p = prison("11378", id="P", judgment="2008-02-01", release="2010-01-15", supervision_end="2012-01-15")
    d = camp(q, prison(), p)
    assert ("more than one jail or prison term (this case, case P (PC 11378, convicted 2008-02-01, Los Angeles County)"
            " and case Q (PC 11378, convicted 2012-02-01, Los Angeles County))") in d.reasons[0].text, d.reasons[0].text
    # The one function both say it with: a case without its own among them, and with one other.
    assert listed_cases([(q, None), (p, None)]) == ("case P (PC 11378, convicted 2008-02-01, Los Angeles County)"
                                                   " and case Q (PC 11378, convicted 2012-02-01, Los Angeles County)")
    assert listed_cases([(p, None), (q, None)], q) == "this case and case P (PC 11378, convicted 2008-02-01, Los Angeles County)"


def _a_prison_term_then_prcs_in_case_b():
    """Case B, typed with no court number: a 2026 robbery in prison until 2028-01-28, then PRCS
    until 2029-12-28; case C, a felony probation until 2029-03-20, ends between the two."""
    from engine_builders import custody_case, probation_case

    b = custody_case("211", id="B", code="PC", judgment="2026-01-21", release="2028-01-28", supervision="prcs", supervision_end="2029-12-28")
    c = probation_case("29800", id="C", level="felony", kind="formal", start="2026-03-21", end="2029-03-20")
    return b, c


def test_b89_02_one_case_with_custody_and_supervision_is_titled_once_in_the_jury_line():
    """The jury line said the whole title twice: "The person is serving a sentence in case c6
    (PC 211, convicted 2026-01-21, Los Angeles County) through 2028-01-28. ... After release on
    2028-01-28, the person will be on post-release community supervision (PRCS) in case c6 (PC
    211, convicted 2026-01-21, Los Angeles County) through 2029-12-28." (42 such sentences in
    the 5,000-client demo caseload with every 5th client's numbers blanked)."""
    from engine_builders import custody_case

    b, c = _a_prison_term_then_prcs_in_case_b()
    old = custody_case("459", id="A", code="PC", judgment="2018-01-01", release="2019-01-01", supervision="parole", supervision_end="2020-01-01")
    title = "case B (PC 211, convicted 2026-01-21, Los Angeles County)"

    def jury(*cases):
        return next(q.text for q in run(*cases).consequences if q.case == "A" and q.topic == "jury")

    # Right after the sentence that titled it: "the same case".
    said = jury(old, b)
    assert said.startswith(f"The person is serving a sentence in {title} through 2028-01-28. After release on 2028-01-28, the person will be "
                           "on post-release community supervision (PRCS) in the same case through 2029-12-28. The person cannot serve"), said
    # Another case's sentence between them: by its record's key, which the title began with.
    said = jury(old, b, c)
    assert said.count(title) == 1 and "(PRCS) in case B through 2029-12-28." in said, said
    assert "in case C (PC 29800, convicted 2026-03-21, Los Angeles County) through 2029-03-20." in said, said


def test_b89_02_the_dismissals_wait_names_one_case_with_custody_and_parole_once():
    """The early end of probation (PC 1203.3) was told "the 1203.4 dismissal still waits while the
    person is serving a sentence in case c2 (PC 211, convicted 2025-02-14, Los Angeles County)
    and on parole in case c2 (PC 211, convicted 2025-02-14, Los Angeles County)"."""
    from engine_builders import custody_case, probation_case

    own = probation_case("459", id="A", start="2025-06-01", end="2028-06-01")
    b = custody_case("211", id="B", code="PC", judgment="2025-02-14", release="2027-03-01", supervision="parole", supervision_end="2029-03-01")
    steps = next(d for d in run(own, b).results if d.case == "A" and d.remedy == "pc1203_3").next_steps
    assert any(t.endswith("still waits while the person is serving a sentence in case B (PC 211, convicted 2025-02-14, Los Angeles County)"
                          " and on parole in the same case.") for t in steps), steps


def test_b89_03_probations_early_end_cites_its_section_before_the_case():
    """A step naming a case with no court number put two brackets side by side: "Ask the court
    to end probation early in case c2 (PC 273.5, convicted 2024-09-05, Los Angeles County) (PC
    1203.3)", "Ending probation early in case c1 (...) (PC 1203.3) may not be enough: the
    person may also be serving a sentence in case c2 (...) (see above), ..." (495 steps in
    the demo caseload with every 5th client's numbers blanked).  The citation now stands beside
    "early", and "(see above)" at the end."""
    from clinic_app.model import Case
    from engine_builders import conviction, probation_case

    old = probation_case("459", id="A", start="2015-06-01", end="2017-06-01", status="completed")
    b = probation_case("602", id="B", start="2026-01-10", end="2028-01-10")
    title = "case B (PC 602, convicted 2026-01-10, Los Angeles County)"

    def steps(*cases):
        return next(d for d in run(*cases).results if d.case == "A" and d.remedy == "pc1203_4").next_steps

    assert f"Ask the court to end probation early (PC 1203.3) in {title}; relief can follow once it ends." in steps(old, b)
    # A 2026 conviction with no sentence recorded may still be running.
    c = Case(id="C", convictions=[conviction("484(a)", id="C1", convicted="2026-06-01")])
    assert steps(old, b, c) == [f"Ending probation early (PC 1203.3) in {title} may not be enough: the person may also be serving a sentence"
                                " in case C (PC 484(a), convicted 2026-06-01, Los Angeles County), which would stop relief while it lasts (see above)."]
    # A court's number reads the same way.
    b.case_number = "BA100200"
    assert "Ask the court to end probation early (PC 1203.3) in case BA100200; relief can follow once it ends." in steps(old, b)


def test_b89_04_an_arrests_title_in_the_sealings_list_does_not_say_the_section_again():
    """PC 851.91's list named each arrest by a title that said the section it is listed under:
    "(PC 99999: this case, case B (PC 99999, arrested 2019-06-09, Los Angeles County), ...)".
    As a conviction's title leaves out the count a sentence names (B84-02), an arrest's leaves
    out its offense named; a case with a court number reads as before."""
    from tests.eligibility.test_pc851_91 import _five_arrests, arrest

    s = run(*_five_arrests("99999"), as_of="2026-11-15")
    said = next(d for d in s.results if d.remedy == "pc851_91" and d.case == "A").reasons[-1].text
    assert "(PC 99999: this case, case B (arrested 2019-06-09, Los Angeles County), case C (arrested 2019-11-06, Los Angeles County)," in said, said
    assert said.count("PC 99999") == 1, said
    # A count naming two offenses in another case's arrest: its title leaves that count out too.
    # (B87-02's record, and a second arrest D.)
    from engine_builders import probation_case

    cases = [probation_case("243(e)(1)/(d)", id=i, start=day, end=None, status="completed") for i, day in (("B", "2021-05-01"), ("C", "2023-02-01"))]
    arrests = [arrest("dismissed", id=i, when=day, offenses=[("PC", "243(e)(1)/(d)")]) for i, day in (("A", "2024-01-10"), ("D", "2024-06-10"))]
    said = next(d for d in run(*cases, *arrests, as_of="2026-11-15").results if d.remedy == "pc851_91" and d.case == "A").reasons[-1].text
    assert "PC 243(e)(1)/(d) in case D (arrested 2024-06-10, Los Angeles County) names two offenses" in said, said


def test_b89_05_a_conviction_named_with_its_case_is_said_in_it_not_in_a_bracket():
    """Prop 47's forgery read "The person was also convicted of PC 530.5(a) (identity theft,
    this case)", and the certificate "also convicted of PC 243.4(e)(1) (case B (convicted
    2005-03-01, Los Angeles County))": the case in a bracket, beside a word or in another."""
    from clinic_app.model import Person
    from engine_builders import D, conviction, probation_case, row
    from tests.eligibility.test_cor import cor, robbery
    from tests.eligibility.test_prop47 import theft_case

    both = theft_case("473(a)", 500)
    both.convictions.append(conviction("530.5(a)", level="felony", convicted="2013-09-01", id="A2"))
    said = row(run(both), "prop47").reasons[-1].text
    assert said == "The person was also convicted of PC 530.5(a) (identity theft) in this case, so the $950 forgery rule does not apply.", said
    said = row(run(theft_case("473(a)", 500), theft_case("530.5(a)", None, id="B")), "prop47").reasons[-1].text
    assert said.startswith("The person was also convicted of PC 530.5(a) (identity theft) in case B (convicted "), said

    burglary = robbery("459/460(a)", release="2018-01-01", supervision_end="2019-01-01")
    battery = probation_case("243.4(e)(1)", id="B", start="2005-03-01", end="2008-03-01")
    d = cor(burglary, battery, person=Person(ca_resident_since=D("2000-01-01"), registrant_290=True))
    assert ("because the person was also convicted of PC 243.4(e)(1) in case B (convicted 2005-03-01, Los Angeles County), "
            "which requires PC 290 registration.") in d.reasons[1].text, d.reasons[1].text


def test_b89_06_a_cases_later_counts_of_one_day_name_its_title_once():
    """The certificate's later convictions named a case's title for each count of one day:
    "Later convictions (PC 21310 in case c2 (Los Angeles County), 2026-07-09; PC 594 in case c2
    (Los Angeles County), 2026-07-09)" (13 sentences in the demo caseload with every 5th
    client's numbers blanked; with a court number, "PC 243(e)(1) in case 1MP06225, 2021-09-03;
    VC 20002 in case 1MP06225, 2021-09-03").  A case's counts of one day are said together."""
    from engine_builders import conviction, probation_case
    from tests.eligibility.test_cor import cor, robbery

    later = probation_case("594(a)", id="B", start="2021-07-09", end="2022-07-09", status="completed")
    later.convictions.insert(0, conviction("21310", id="B0", convicted="2021-07-09"))
    other = probation_case("647(f)", id="C", start="2022-03-01", end="2023-03-01", status="completed")
    said = " ".join(r.text for r in cor(robbery(), later, other).reasons)
    assert ("Later convictions may interrupt the period of rehabilitation: PC 21310 and PC 594(a) in case B (Los Angeles County) on 2021-07-09;"
            " PC 647(f) in case C (Los Angeles County) on 2022-03-01.") in said, said
    # Counted by conviction, as before: two counts of one case are "Later convictions".
    said = " ".join(r.text for r in cor(robbery(), later).reasons)
    assert "Later convictions may interrupt the period of rehabilitation: PC 21310 and PC 594(a) in case B (Los Angeles County) on 2021-07-09." in said, said


def test_b89_07_a_commitment_after_the_dismissal_titles_its_case_once():
    """The certificate's 4852.01(b) (then written (c)) read "The person was committed to state prison in case B
    (HS 11378, convicted 2018-01-01, Los Angeles County) (2018-01-01) after this conviction was
    dismissed on 2016-01-01, ...; the commitment in case B (HS 11378, convicted 2018-01-01, Los
    Angeles County) may open the route of PC 4852.01(a) (see that case)": the title twice, and
    the day in a second bracket."""
    from clinic_app.model import ReliefGranted
    from engine_builders import D, custody_case, probation_case
    from tests.eligibility.test_cor import cor

    dismissed = probation_case("459/460(b)", level="felony", kind="formal", start="2010-01-01", end="2013-01-01")
    dismissed.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2016-01-01"))]
    prison = custody_case("11378", id="B", judgment="2018-01-01", release="2020-01-01", supervision_end="2021-01-01")
    assert cor(dismissed, prison).reasons[0].text == (
        "The person was committed to state prison in case B (HS 11378, convicted 2018-01-01, Los Angeles County) on 2018-01-01, after this"
        " conviction was dismissed on 2016-01-01, which closes the dismissal route of PC 4852.01(b) for it; that commitment may open the"
        " route of PC 4852.01(a) (see that case).")


def test_r90_listed_cases_are_said_in_the_order_a_person_counts_them():
    """R90's review: the cases were sorted as text, "case c10, case c2 and case c3", where a walk-in's
    record keys (and court numbers of different lengths) are counted as numbers."""
    from clinic_app.case_titles import listed_cases
    from tests.eligibility.test_pc1203_4b import prison

    terms = [prison("11378", id=key, judgment=f"20{10 + n}-02-01", release=f"20{11 + n}-01-15", supervision_end=f"20{12 + n}-01-15")
             for n, key in enumerate(("c10", "c2", "c3"))]
    said = listed_cases([(case, None) for case in terms])
    assert [said.index(f"case {key} (") for key in ("c2", "c3", "c10")] == sorted(said.index(f"case {key} (") for key in ("c2", "c3", "c10")), said
