"""The `--format text` report: what a paralegal reads at a terminal."""

from __future__ import annotations

import re
from datetime import date

from clinic_app.eligibility.text_report import NOTICE, SHORT, WIDTH, _wrap, render_text, status_label
from clinic_app.model import ArrestOffense, Case, Determination, Person, Reason, ReliefGranted, Screening

from engine_builders import conviction, custody_case, long_record, no_probation_case, probation_case, row, run


def text_of(*cases, person=None, **kw):
    s = run(*cases, person=person, **kw)
    return s, render_text(s, person or Person(), list(cases))


def test_notice_opens_and_closes_the_report():
    _, text = text_of(probation_case())
    lines = text.splitlines()
    assert lines[1] == NOTICE and lines[-1] == NOTICE


def test_discretionary_row_says_why():
    _, text = text_of(probation_case("23152(a)", code="VC", start="2021-08-01", end="2025-08-01"))
    assert "ELIGIBLE NOW" in text and "discretionary" in text
    assert "VC 12810(a)-(e) offense, so relief is discretionary only" in text


def test_blocked_row_gives_the_date_and_the_reason():
    other = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    s, text = text_of(probation_case(), other)
    assert status_label(row(s, "pc1203_4")) == "BLOCKED until 2027-03-02"
    assert "on probation in case B (PC 242, convicted 2026-03-01, Los Angeles County) through 2027-03-01" in " ".join(text.split())


def test_arrest_only_case_keeps_a_gap_between_remedy_and_status():
    _, text = text_of(Case(id="A", outcome="dismissed", arrest_level="misdemeanor"))
    line = next(x for x in text.splitlines() if x.strip().startswith("PC 851.93"))
    assert "automatic arrest relief " in line


def test_every_remedy_is_shown_or_named_as_not_fitting():
    s, text = text_of(probation_case())
    flat = " ".join(text.split())  # names may wrap across lines
    for d in s.results:
        assert SHORT[d.remedy] in flat


# ---- Helpers for the layout checks below -------------------------------------------------

SHORT_CITE = "PC 1203.425(a)(1)(B)(iv)(I)(ia)"  # 33 characters: always fits on a line


def flat(text: str) -> str:
    """The text with every run of whitespace made one space, so wrapped sentences match."""
    return " ".join(text.split())


def row_line(text: str, remedy: str) -> str:
    """The table line that starts the row for `remedy` (first one in the text)."""
    return next(x for x in text.splitlines() if x.startswith("    " + SHORT[remedy] + " "))


def next_steps_of(text: str, case: str = "A") -> list[str]:
    """The step lines ("- ...") of one case's next steps, unwrapped."""
    lines = text.splitlines()
    start = lines.index(f"  Next steps for case {case}:") + 1
    steps: list[str] = []
    for x in lines[start:]:
        if x.startswith("    - "):
            steps.append(x[6:])
        elif x.startswith("      ") and steps:
            steps[-1] += " " + x.strip()
        else:
            break
    return steps


def hand_made(*rows: Determination, case: Case | None = None) -> str:
    """A report of rows written out here, so the layout is tested without the engine's wording."""
    case = case or probation_case()
    return render_text(Screening(date(2026, 11, 15), "test", list(rows), []), Person(), [case])


def lines_fit(text: str) -> None:
    too_long = [x for x in text.splitlines() if len(x) > WIDTH]
    assert not too_long, too_long


def super_strike_and_marijuana() -> list[Case]:
    """An attempted murder (a super-strike) and a later pre-Prop-64 marijuana sale felony."""
    murder = custody_case("664/187", id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    sale = custody_case("11360(a)", id="A", code="HS", judgment="2015-06-01", release="2017-06-01", supervision_end="2019-06-01")
    return [murder, sale]


# ---- 1. Every reason of every shown row ---------------------------------------------------


def test_every_reason_of_every_shown_row_is_printed_in_order():
    cases = super_strike_and_marijuana()
    s, text = text_of(*cases)
    body = flat(text)
    shown = [d for d in s.results if d.status != "not_applicable"]
    assert any(d.status == "not_eligible" and len(d.reasons) > 1 for d in shown)
    assert any(d.status == "eligible" and len(d.reasons) > 1 for d in shown)
    for d in shown:
        at = 0
        for r in d.reasons:
            said = flat(f"{r.text} [{r.cite}]")
            found = body.find(said, at)
            assert found >= 0, (d.remedy, d.status, said)
            at = found + len(said)


def row_block(text: str, case: str, remedy: str) -> str:
    """The lines of one row (its table line and the reasons under it) in one case."""
    lines = text.splitlines()
    top = lines.index(next(x for x in lines if x.startswith(f"CASE {case}")))
    first = next(i for i in range(top, len(lines)) if lines[i].startswith("    " + SHORT[remedy] + " "))
    last = next(i for i in range(first + 1, len(lines)) if not lines[i].startswith("        "))
    return "\n".join(lines[first:last])


def test_the_deciding_later_reason_of_a_not_eligible_row_is_under_it():
    # Prop 64: the first reason only says the offense predates Prop 64; the bar (the
    # super-strike prior in case P) comes in a later reason.
    s, text = text_of(*super_strike_and_marijuana())
    d = row(s, "prop64")
    assert d.status == "not_eligible" and len(d.reasons) > 1
    block = flat(row_block(text, "A", "prop64"))
    for r in d.reasons:
        assert flat(f"{r.text} [{r.cite}]") in block


def test_eligible_row_shows_reasons_after_the_first():
    s, text = text_of(probation_case())  # a completed misdemeanor: 1203.4 and 1203.425 apply
    for remedy in ("pc1203_4", "pc1203_425"):
        d = row(s, remedy)
        assert d.status == "eligible" and len(d.reasons) > 1, (remedy, d.status, len(d.reasons))
        block = flat(row_block(text, "A", remedy))
        assert [flat(r.text) in block for r in d.reasons] == [True] * len(d.reasons)


def test_hand_made_rows_print_all_reasons_of_every_status_but_not_applicable():
    reasons = [Reason(f"Reason number {i} of this row.", f"PC {i}") for i in range(1, 5)]
    rows = [
        Determination("A", "A1", "pc1203_4", "eligible", "mandatory", None, list(reasons)),
        Determination("A", "A1", "pc1203_425", "eligible_on", "automatic", date(2027, 1, 1), list(reasons)),
        Determination("A", "A1", "pc17b", "not_eligible", None, None, list(reasons)),
        Determination("A", "A1", "prop47", "not_applicable", None, None, [Reason("Hidden reason.", "PC 0")]),
    ]
    text = hand_made(*rows)
    for r in reasons:
        assert text.count(f"{r.text} [{r.cite}]") == 3
    assert "Hidden reason." not in text


# ---- 2. Next steps: immigration advice and survivor vacatur first --------------------------


def test_immigration_steps_come_before_the_dismissal_steps():
    noncitizen = Person(us_citizen=False)
    case = probation_case("11351", code="HS", level="felony", kind="formal", start="2015-04-06", end="2018-04-06")
    s, text = text_of(case, person=noncitizen)
    assert row(s, "pc1473_7").next_steps and row(s, "pc1203_4").next_steps
    steps = next_steps_of(text)
    first_1473 = min(i for i, x in enumerate(steps) if x.startswith(SHORT["pc1473_7"] + ": "))
    first_1203 = min(i for i, x in enumerate(steps) if x.startswith(SHORT["pc1203_4"] + ": "))
    assert first_1473 < first_1203
    assert steps[0].startswith(SHORT["pc1473_7"] + ": ")


def test_survivor_vacatur_steps_come_first():
    s, text = text_of(probation_case("647(b)", start="2016-03-01", end="2019-03-01"), person=Person(trafficking_survivor=True))
    assert row(s, "pc236_14").status == "eligible" and row(s, "pc1203_4").next_steps
    steps = next_steps_of(text)
    assert steps[0].startswith(SHORT["pc236_14"] + ": ")
    assert max(i for i, x in enumerate(steps) if x.startswith(SHORT["pc236_14"] + ": ")) < min(
        i for i, x in enumerate(steps) if x.startswith(SHORT["pc1203_4"] + ": ")
    )


def test_the_same_step_is_listed_once_and_not_applicable_steps_are_left_out():
    same = "Ask the court for a hearing date."
    rows = [
        Determination("A", "A1", "pc1203_4", "eligible", "mandatory", None, [Reason("Yes.", "PC 1")], [same, "File CR-180."]),
        Determination("A", "A1", "pc17b", "eligible", "discretionary", None, [Reason("Yes.", "PC 2")], [same]),
        Determination("A", "A1", "prop47", "not_applicable", None, None, [Reason("No.", "PC 3")], ["Never shown."]),
        Determination("A", "A1", "pc851_93", "not_eligible", None, None, [Reason("No.", "PC 5")], ["Seal it under 851.91 instead."]),
        Determination("A", "A1", "pc1473_7", "needs_review", None, None, [Reason("Maybe.", "PC 4")], ["See an immigration attorney."]),
    ]
    steps = next_steps_of(hand_made(*rows))
    assert steps == [
        f"{SHORT['pc1473_7']}: See an immigration attorney.",
        f"{SHORT['pc1203_4']} and {SHORT['pc17b']}: {same}",  # once, naming both remedies it is for
        f"{SHORT['pc1203_4']}: File CR-180.",
        f"{SHORT['pc851_93']}: Seal it under 851.91 instead.",  # a not_eligible row's way out
    ]


# ---- 3. Case header wrapped, underline as long as its longest line -------------------------


def test_the_sentence_is_said_under_the_underlined_case_title():
    """Readability finding R15-22: a long sentence wrapped between the title and its underline."""
    case = probation_case(start="2023-02-01", end="2024-02-01", early="2023-09-01")
    case.case_number = "LA-2023-CR-000123456"
    _, text = text_of(case)
    lines = text.splitlines()
    top = next(i for i, x in enumerate(lines) if x.startswith("CASE A"))
    assert lines[top] == "CASE A  (LA-2023-CR-000123456, Los Angeles)  - convicted"
    assert lines[top + 1] == "=" * len(lines[top])
    assert lines[top + 2] == "  Sentence: summary probation 2023-02-01 to 2024-02-01, ended early 2023-09-01 (completed)."
    # A title longer than a line is underlined to its longest line.
    case.county = "Los Angeles, Airport Courthouse, Department 123, Criminal Division"
    lines = text_of(case)[1].splitlines()
    top = next(i for i, x in enumerate(lines) if x.startswith("CASE A"))
    under = next(i for i in range(top, len(lines)) if lines[i] and set(lines[i]) == {"="})
    assert len(lines[under]) == max(len(x) for x in lines[top:under]) <= WIDTH


def test_short_case_header_has_an_underline_of_its_own_length():
    _, text = text_of(probation_case())
    lines = text.splitlines()
    top = next(i for i, x in enumerate(lines) if x.startswith("CASE A"))
    assert lines[top + 1] == "=" * len(lines[top])


# ---- 4. Citations kept whole; nothing past the width ---------------------------------------


def test_a_short_citation_is_never_split_across_lines():
    for pad in range(40, 100):  # the citation lands at every position near the line end
        text = hand_made(Determination("A", "A1", "pc1203_425", "eligible", "automatic", None, [Reason("x" * pad + " ends here.", SHORT_CITE)]))
        lines_fit(text)
        assert sum(f"[{SHORT_CITE}]" in x for x in text.splitlines()) == 1, pad


def test_citation_longer_than_a_line_may_break_but_nothing_is_lost():
    long_cite = "; ".join(f"PC 1203.{i}(a)(1)" for i in range(12))
    text = hand_made(Determination("A", "A1", "pc1203_4", "eligible", "mandatory", None, [Reason("A reason.", long_cite)]))
    assert len(long_cite) > WIDTH
    lines_fit(text)
    assert f"A reason. [{long_cite}]" in flat(text)


def test_real_reports_fit_the_width_and_keep_citations_whole():
    reports = [
        text_of(*super_strike_and_marijuana())[1],
        text_of(probation_case("488", start="2008-01-15", end="2009-01-15"))[1],
        text_of(probation_case("11351", code="HS", level="felony", kind="formal", start="2015-04-06", end="2018-04-06"), person=Person(us_citizen=False))[1],
    ]
    for text in reports:
        lines_fit(text)
        for x in text.splitlines():
            # a "[" opened on a line closes on it (every citation here is shorter than a line)
            assert x.count("[") == x.count("]"), x


# ---- 5. Names, not internal keys or raw values ---------------------------------------------


def test_granted_relief_is_named_in_words_once():
    case = probation_case("488", start="2008-01-15", end="2009-01-15")
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2010, 3, 1))]
    _, text = text_of(case)
    line = next(x for x in text.splitlines() if x.startswith("  A1: "))
    assert "granted" not in line  # said on its own line under the table, not twice
    assert text.count("PC 1203.4 dismissal (2010-03-01)") == 1
    assert "pc1203_4" not in text


def test_mode_column_shows_words():
    # Prop 47 after its filing deadline: relief on good cause.
    case = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2012-07-11", end="2015-07-11")
    s, text = text_of(case)
    assert row(s, "prop47").mode == "good_cause"
    assert "good cause" in row_line(text, "prop47")
    assert "good_cause" not in text


def test_every_format_mode_is_shown_without_underscores():
    modes = ("mandatory", "discretionary", "good_cause", "automatic")  # FORMAT.md `mode`
    keys = ("pc1203_4", "pc17b", "prop47", "pc1203_425")
    text = hand_made(*(Determination("A", "A1", k, "eligible", m, None, [Reason("Yes.", "PC 1")]) for k, m in zip(keys, modes)))
    for k, m in zip(keys, modes):
        assert m.replace("_", " ") in row_line(text, k)
    assert "_" not in "".join(row_line(text, k) for k in keys)


# ---- 6. Missing facts: hanging indent ------------------------------------------------------


def test_a_row_names_the_facts_it_waits_on_by_number():
    """Readability finding R15-14: rows showed raw request paths ("Missing: sentence.type")
    that did not even say whose; the question is asked once above, numbered."""
    missing = [f"convictions[A1].some_long_fact_name_{i}" for i in range(6)]
    text = hand_made(Determination("A", "A1", "prop47", "needs_review", None, None, [Reason("Unsure.", "PC 1170.18")], [], missing, "L"))
    assert "        Waits on facts 1, 2, 3, 4, 5 and 6 (see Facts to find out)." in text.splitlines()
    assert "Missing:" not in text
    facts = text.split("Facts to find out", 1)[1].split("\n\n", 1)[0]
    for i, path in enumerate(missing, 1):
        assert f"  {i}. " in facts and f"[{path}]" in facts
    lines_fit(text)


def test_rows_sharing_a_fact_name_the_same_number_whoever_s_case_it_is():
    # Case A's own "sentence.type" and case B's doubt about "cases[A].sentence.type" are one fact.
    own = Determination("A", "A1", "pc1203_41", "needs_review", None, None, [Reason("Revoked.", "PC 1203.41")], [], ["sentence.type"], "M")
    other = Determination("B", "B1", "pc1203_4", "needs_review", None, None, [Reason("Doubt.", "PC 1203.4")], [], ["cases[A].sentence.type", "person.dob"], "M")
    a, b = probation_case(id="A"), probation_case("242", id="B")
    text = render_text(Screening(date(2026, 11, 15), "test", [own, other], []), Person(), [a, b])
    facts = text.split("Facts to find out", 1)[1].split("\n\n", 1)[0]
    assert "1. Case A (PC 484(a)/488, convicted 2015-03-02, Los Angeles County): What kind of sentence" in facts and "2. What is the person's date of birth?" in facts
    case_a, case_b = text.split("CASE B")
    assert "Waits on fact 1 (see Facts to find out)." in case_a
    assert "Waits on facts 1 and 2 (see Facts to find out)." in case_b


def test_results_waiting_on_a_fact_are_not_counted_for_the_attorney():
    """Readability finding R15-13: a missing date of birth sent the file to an attorney."""
    fact = Determination("A", "A1", "pc1203_45", "needs_review", None, None, [Reason("Age?", "PC 1203.45")], [], ["person.dob"], "M")
    legal = Determination("A", "A1", "pc1203_425", "needs_review", None, None, [Reason("Open question.", "PC 1203.425")], [], [], "L")
    short = hand_made(fact, legal).split("Facts to find out")[0]
    assert "To complete: 1 result waits on facts to find out (listed next)." in short
    assert "For an attorney: 1 result needs review of an open question (below)." in short
    assert "For an attorney" not in hand_made(fact)


# ---- 7. Relief already granted: its own line, not "does not fit" ---------------------------


def granted_text(when):
    case = probation_case("488", start="2008-01-15", end="2009-01-15")
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", when)]
    return text_of(case)


def test_already_granted_relief_has_its_own_line_before_does_not_fit():
    s, text = granted_text(date(2010, 3, 1))
    assert row(s, "pc1203_4").status == "not_applicable"
    lines = text.splitlines()
    granted = [i for i, x in enumerate(lines) if x.startswith("    Already granted: ")]
    assert [lines[i] for i in granted] == ["    Already granted: PC 1203.4 dismissal (2010-03-01)."]
    skip = next(i for i, x in enumerate(lines) if x.startswith("    Does not fit this record: "))
    assert granted[0] < skip
    does_not_fit = flat(" ".join(lines[skip : skip + 4]).split(".")[0])
    assert SHORT["pc1203_4"] + "," not in does_not_fit and not does_not_fit.endswith(SHORT["pc1203_4"])


def test_already_granted_without_a_date():
    _, text = granted_text(None)
    assert "    Already granted: PC 1203.4 dismissal." in text.splitlines()


def test_a_code_is_never_split_from_its_section_number():
    # Every line of every report of this record: no line ends in "PC" (or "VC", "HS") with
    # its section number on the next.
    case = probation_case("23152(a)", code="VC", start="2021-08-01", end="2025-08-01")
    _, text = text_of(case, probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active"))
    for line in text.splitlines():
        assert not re.search(r"\b(PC|VC|HS|CCP)$", line.rstrip()), line
    for filler in range(30):  # push the code to every column of a wrapped line
        lines = _wrap("x" * filler + " word" * 10 + " under PC 1170(h) and VC 23152(a) again", 4, 6)
        for line in lines:
            assert not re.search(r"\b(PC|VC)$", line.rstrip()), (filler, lines)


# ---- The summary up front, steps by count, the pending case --------------------------------


def test_in_short_says_what_the_report_comes_to_before_the_detail():
    running = probation_case("459", start="2025-06-01", end="2027-06-01", status="active")
    _, text = text_of(running)
    lines = text.splitlines()
    at = lines.index("In short:")
    assert lines[at + 1] == "  Open now: PC 1203.3 end probation early (case A)."
    assert lines[at + 2].startswith("  Opens later: PC 1203.4 dismissal (A1 on 2027-06-02)")
    assert at < next(i for i, x in enumerate(lines) if x.startswith("CASE A"))


def test_steps_of_a_case_with_two_counts_say_which_count():
    case = no_probation_case("22350", code="VC", level="infraction", judgment="2024-04-02")
    case.convictions.append(conviction("415(1)", level="infraction", convicted="2024-04-02", id="A2"))
    _, text = text_of(case)
    steps = next_steps_of(text)
    assert any(x.startswith("PC 1203.425 automatic relief (A1): ") and "No petition route is open" in x for x in steps)
    assert any(x.startswith("PC 1203.425 automatic relief (A2): ") and "see whether a petition route is open" in x for x in steps)


def test_a_step_two_remedies_share_names_each_with_its_own_counts():
    """Metamorphic finding: the step was labelled "PC 1203.4 dismissal (A1, A2)" although
    1203.4 excludes the infraction A2; only 1203.425's step was for it."""
    case = probation_case("602", start="2023-03-01", end="2024-03-01")
    case.convictions.append(conviction("12500(a)", code="VC", level="infraction", convicted="2023-03-01", id="A2"))
    running = probation_case("647(f)", id="B", start="2025-06-01", end="2027-06-01", status="active", kind="formal")
    _, text = text_of(case, running)
    # The step itself is said once at the top, as what lifts the bar (T37-02); the line under
    # the case that points there keeps its label.
    step = next(x for x in next_steps_of(text) if "probation in case B" in x)
    assert step == 'PC 1203.4 dismissal (A1); PC 1203.425 automatic relief (A1 and A2): see "What to do" about the probation in case B, at the top.'
    assert "What to do: Ask the court to end probation early (PC 1203.3) in case B" in flat(text)


def test_a_pending_case_says_what_it_means_for_the_rest():
    _, text = text_of(probation_case(), Case(id="B", outcome="pending", arrest_date=date(2025, 8, 20), arrest_level="felony"))
    assert "This case is still open. A pending charge stops most record-clearance relief until it" in flat(text)


def test_a_case_pending_for_an_infraction_only_says_that_is_an_open_question():
    ticket = Case(id="B", outcome="pending", arrest_date=date(2026, 10, 1), arrest_offenses=[ArrestOffense("22350", "VC")])
    _, text = text_of(probation_case(), ticket)
    assert "This case is still open, for an infraction only. Whether a pending infraction stops relief" in flat(text)
    assert "A pending charge stops most relief" not in flat(text)


def test_a_count_with_the_same_unfitting_remedies_says_so_instead_of_repeating_them():
    case = probation_case("484(a)/488")
    case.convictions.append(conviction("602", convicted="2015-03-02", id="A2"))
    _, text = text_of(case)
    lines = text.splitlines()
    assert "    Does not fit this record: the same remedies as A1." in lines
    assert sum(x.startswith("    Does not fit this record: ") for x in lines) == 3  # A1, A2, the case


def test_in_short_puts_immigration_first_and_keeps_automatic_relief_and_motions_apart():
    """Review findings: 'Open now' listed DOJ's automatic relief and a 1473.7 motion beside
    petitions to file, and a non-citizen's summary led with a dismissal."""
    _, text = text_of(probation_case("484(a)/488"), person=Person(us_citizen=False))
    lines = text.splitlines()
    at = lines.index("In short:")
    block = flat(" ".join(lines[at : lines.index("", at)]))
    assert lines[at + 1] == "  First: the client is not a US citizen, so immigration counsel comes before anything is filed."
    assert "Open now: PC 1203.4 dismissal (A1)." in block
    assert "Automatic (DOJ may act; check the RAP sheet before filing): PC 1203.425 automatic relief (A1)." in block
    assert "Motions an attorney weighs (decided on the evidence): PC 1473.7 motion to vacate (A1)." in block


def test_every_public_case_report_is_plain_ascii():
    """The module's promise (it prints and pastes cleanly): no section sign, no curly quote."""
    from pathlib import Path

    import yaml

    from clinic_app.eligibility import screen
    from clinic_app.screening_format import read_request

    cases = yaml.safe_load((Path(__file__).parents[1] / "acceptance" / "cases-public.yaml").read_text(encoding="utf-8"))
    for case in cases:
        req = read_request(case["request"])
        text = render_text(screen(req.person, req.cases, req.as_of), req.person, req.cases)
        assert text.isascii(), (case["id"], next(ch for ch in text if not ch.isascii()))


def test_characters_a_terminal_would_act_on_are_shown_as_codes():
    """Fuzzing finding: a name or id from an imported file could clear the screen, recolour it
    or forge a row; the report shows such characters as their codes instead."""
    s = run(probation_case())
    text = render_text(s, Person(), [probation_case()], client_name="Ann\r\x1b[1A\u202eFake")
    assert "\x1b" not in text and "\r" not in text and "\u202e" not in text
    assert "for Ann<U+000D><U+001B>[1A<U+202E>Fake as of" in text.splitlines()[0]
    assert text == text.encode("utf-8").decode("utf-8") and all(line.isprintable() for line in text.splitlines())


def test_a_fact_one_case_and_another_s_doubt_both_need_is_asked_once():
    """Review finding: "Case B: Has the sentence been completed?" was listed twice, once for
    B's own remedies and once for the doubt it puts on case A."""
    from clinic_app.model import Money

    old = probation_case("602", id="A", start="2010-06-01", end="2013-06-01")
    recent = no_probation_case("647(f)", id="B", judgment="2026-03-01", completed=None, money=Money(fines_ordered=300, fines_paid=300))
    _, text = text_of(old, recent)
    facts = text.split("Facts to find out", 1)[1].split("\n\n", 1)[0]
    assert facts.count("Has every part of the sentence") == 1 and "Case B (PC 647(f), convicted 2026-03-01, Los Angeles County): Has every part of the sentence" in facts
    assert "(A1)" in facts and "(B1)" in facts


# ---- Intake prompts of remedies that do not fit yet ------------------------------------------


def intake(text: str) -> str:
    return flat(text.split("Ask the client too (the record has no answer yet):", 1)[1].split("\n\n", 1)[0]) if "Ask the client too" in text else ""


def test_the_questions_only_the_client_can_answer_are_asked_once():
    """Readability finding R15-07: the 236.14 and 1203.4b prompts lived only in the reasons of
    rows the report folds into "does not fit", so a paralegal working from it never asked."""
    prison = custody_case("459/460(b)", id="A", code="PC", judgment="2015-02-01", release="2017-01-15", supervision="parole", supervision_end="2019-01-15")
    _, text = text_of(prison, probation_case("242", id="B"))
    asks = intake(text)
    assert asks.count("trafficked") == 1 and "PC 236.14" in asks
    assert asks.count("fire crew or hand crew while in custody") == 1
    # Probation alone: no custody term the service could have been in.
    _, text = text_of(probation_case())
    assert "trafficked" in intake(text) and "fire crew" not in intake(text)
    assert intake(text).startswith("- Did this offense arise from being trafficked")  # one count: not "any of these"
    # What the client has told us is not asked again.
    _, text = text_of(prison, person=Person(trafficking_survivor=True, fire_camp=True))
    assert intake(text) == ""


def test_a_fire_camp_client_whose_record_shows_no_custody_is_told_to_find_the_case():
    _, text = text_of(probation_case(), person=Person(fire_camp=True))
    assert "no case here shows the jail or prison term it was served in" in intake(text)
    revoked = probation_case("245(a)(1)", level="felony", kind="formal", status="revoked")
    s, text = text_of(revoked, person=Person(fire_camp=True))
    # The revoked term may be the one: asked as a fact of that case, not as a lost case.
    assert row(s, "pc1203_4b").status == "needs_review" and "no case here shows" not in intake(text)


def test_alternative_petitions_are_one_filing_the_attorney_picks():
    """Readability finding R15-12: the 1203.41 and 1203.42 filing steps were listed one after
    the other, as two CR-180 petitions for one case (ca-rules.md 3.4, 6)."""
    f41 = Determination("A", "A1", "pc1203_41", "eligible", "discretionary", None, [Reason("Yes.", "PC 1203.41")], ["File form CR-180 (1203.41)."])
    f42 = Determination("A", "A1", "pc1203_42", "eligible", "discretionary", None, [Reason("Yes.", "PC 1203.42")], ["File form CR-180 (1203.42)."])
    steps = next_steps_of(hand_made(f41, f42))
    assert steps[0] == "PC 1203.41 dismissal or PC 1203.42 dismissal: These are alternatives for the same conviction: the attorney picks one (the reasons above say how they differ), and only that one is filed."
    assert steps[1:] == ["PC 1203.41 dismissal: File form CR-180 (1203.41).", "PC 1203.42 dismissal: File form CR-180 (1203.42)."]
    # One of them closed: nothing to choose.
    closed = Determination("A", "A1", "pc1203_42", "not_eligible", None, None, [Reason("No.", "PC 1203.42")], [])
    assert not any("alternatives" in s for s in next_steps_of(hand_made(f41, closed)))
    # Both groups open for one count: two choices, not "A or B and C or D" (T42-04: since
    # T42-01 a step's remedies end with "and", which read as one list of four).
    f17 = Determination("A", "A1", "pc17b", "eligible", "discretionary", None, [Reason("Yes.", "PC 17(b)")], [])
    p47 = Determination("A", "A1", "prop47", "eligible", "mandatory", None, [Reason("Yes.", "PC 1170.18")], [])
    steps = next_steps_of(hand_made(f41, f42, f17, p47))
    assert steps[0] == ("PC 1203.41 dismissal or PC 1203.42 dismissal; PC 17(b) reduce to misdemeanor or Prop 47 reduction: "
                        "These are alternatives for the same conviction: the attorney picks one (the reasons above say how they differ), and only that one is filed.")


def test_in_short_marks_an_open_petition_whose_route_waits_on_a_fact():
    # Readability finding R17-09 (public case S52): case B's conviction, entered during case
    # A's probation, has no offense date; "Open now" alone read as settled.
    a = probation_case("647(b)", start="2016-03-01", end="2019-03-01")
    b = probation_case("647(b)", id="B", start="2017-06-10", end="2020-06-10")
    s, text = text_of(a, b, as_of="2026-11-15")
    d = row(s, "pc1203_4", case="A")
    assert (d.status, d.mode, d.missing_facts) == ("eligible", "mandatory", [])
    assert "Open now: PC 1203.4 dismissal (A1: route to confirm; B1)." in text
    assert "the route is mandatory unless it was committed during this probation (2016-03-01 to 2019-03-01)" in " ".join(text.split())
    b.convictions[0].offense_date = date(2017, 5, 1)  # during A's probation: discretionary, nothing to confirm
    s, text = text_of(a, b, as_of="2026-11-15")
    assert row(s, "pc1203_4", case="A").mode == "discretionary" and "route to confirm" not in text


def test_reasons_and_facts_name_another_case_by_its_court_number():
    # The clinic knows a case by its number; the request id is only the record's key.
    a = no_probation_case("647(f)", judgment="2024-05-01")
    b = no_probation_case("12500(a)", id="B", code="VC", judgment="2025-07-01")
    b.case_number = "5CJ07777"
    s, text = text_of(a, b, as_of="2026-11-30")
    flat = " ".join(text.split())
    assert "find out when the offense was committed that led to the conviction of VC 12500(a) in case 5CJ07777 on 2025-07-01" in flat
    assert "The record shows a later conviction: VC 12500(a) in case 5CJ07777 on 2025-07-01." in flat
    assert "CASE B  (5CJ07777, Los Angeles)" in text


def test_three_dismissal_routes_open_for_one_count_are_one_choice():
    """Readability finding R18-12: 1203.41 or 1203.42 was one choice, and the fire-camp
    dismissal open for the same count was listed as a third filing."""
    from clinic_app.eligibility.text_report import _next_steps

    def open_row(remedy, conv="A1"):
        return Determination("A", conv, remedy, "eligible", "discretionary", None, [Reason("r", "c")], [f"File under {remedy}."], [], "M")

    steps = _next_steps([open_row("pc1203_41"), open_row("pc1203_42"), open_row("pc1203_4b"), open_row("pc1203_41", "A2"), open_row("pc1203_4b", "A2")], counts=2)
    choices = [s for s in steps if "These are alternatives" in s]
    assert choices == ["PC 1203.41 dismissal or PC 1203.42 dismissal or PC 1203.4b fire-camp dismissal (A1); PC 1203.41 dismissal or PC 1203.4b fire-camp dismissal (A2): These are alternatives for the same conviction: the attorney picks one (the reasons above say how they differ), and only that one is filed."]


def test_an_out_of_state_case_says_why_nothing_fits():
    """O21-07: an AZ case listed every remedy as "does not fit this record" with no reason (the
    table drops not_applicable reasons), as if its facts ruled each one out."""
    az = Case(id="B", jurisdiction="AZ", outcome="convicted", convictions=[conviction("13-1805", id="B1")])
    person = Person()
    text = render_text(run(probation_case(), az, person=person), person, [probation_case(), az])
    block = text[text.index("CASE B"):]
    assert "This case is from a court outside California (AZ)" in block
    assert "outside California" not in text[: text.index("CASE B")]


def test_the_intake_prompts_speak_of_the_law_on_the_screened_day():
    """O21-13: a 2016 screening asked about trafficking and partner violence for PC 236.14
    vacatur (in force from 2017; 236.15's partner violence from 2022), and a 2020 one offered
    the fire-camp dismissal (from 2021) as if it could be filed."""
    prison = custody_case("459/460(b)", id="A", code="PC", judgment="2015-02-01", release="2015-12-15", supervision="parole", supervision_end="2016-06-15")
    person = Person()
    text = render_text(run(prison, person=person, as_of="2016-01-01"), person, [prison])
    asks = intake(text)
    assert "arise from being trafficked? If so, PC 236.14 vacatur may fit once it takes effect on 2017-01-01." in asks
    assert "intimate partner" not in asks
    assert "PC 1203.4b dismissal may fit once it takes effect on 2021-01-01." in asks
    text = render_text(run(prison, person=person), person, [prison])
    assert "intimate partner" in intake(text) and "takes effect" not in intake(text)


def test_sentence_line_speaks_for_the_screening_date():
    """Oracle finding O22B-01: a screening as of 2016-01-10 said "(revoked)" of a grant revoked
    on 2017-05-01, "(completed)" of one running until 2018, and "ended early 2017-01-05" as if
    done, while its rows (rightly) treated probation as running on that day."""
    def sentence_line(text):
        return " ".join(x.strip() for x in text.split("Sentence: ", 1)[1].split(".\n", 1)[0].splitlines())

    revoked = probation_case(start="2015-03-02", end="2018-03-02", status="revoked", violations=[("2017-05-01", "revoked")])
    assert sentence_line(text_of(revoked, as_of="2016-01-10")[1]) == "summary probation 2015-03-02 to 2018-03-02"
    assert sentence_line(text_of(revoked, as_of="2017-05-01")[1]) == "summary probation 2015-03-02 to 2018-03-02 (revoked)"
    done = probation_case(start="2015-03-02", end="2018-03-02", status="completed", early="2017-01-05")
    assert sentence_line(text_of(done, as_of="2016-01-10")[1]) == "summary probation 2015-03-02 to 2018-03-02, to end early on 2017-01-05, after the screening date (active)"
    # The early-termination day is probation's last, as the rows count it (O23-21); ended after it.
    assert sentence_line(text_of(done, as_of="2017-01-05")[1]) == "summary probation 2015-03-02 to 2018-03-02, ending early on 2017-01-05, its last day (active)"
    assert sentence_line(text_of(done, as_of="2017-01-06")[1]) == "summary probation 2015-03-02 to 2018-03-02, ended early 2017-01-05 (completed)"


def test_o23_04_the_custody_line_does_not_say_released_of_a_later_release():
    """Oracle finding O23-04: a screening as of 2016-06-01 said "released 2017-06-01" of a
    person still in prison on that day (its rows rightly treat the term as running)."""
    def sentence_line(text):
        return " ".join(x.strip() for x in text.split("Sentence: ", 1)[1].split(".\n", 1)[0].splitlines())

    held = custody_case("11378", judgment="2015-06-01", release="2017-06-01", supervision="parole", supervision_end="2019-06-01")
    assert sentence_line(text_of(held, as_of="2016-06-01")[1]) == "state prison, to be released 2017-06-01, after the screening date, then parole to 2019-06-01"
    assert sentence_line(text_of(held, as_of="2017-06-01")[1]) == "state prison, released 2017-06-01, then parole to 2019-06-01"


def test_o23_15_on_probation_s_last_day_the_sentence_line_does_not_say_completed():
    """Oracle finding O23-15: on its end date a grant the record marks completed read
    "(completed)", while every row treats probation as running through that day."""
    def sentence_line(text):
        return " ".join(x.strip() for x in text.split("Sentence: ", 1)[1].split(".\n", 1)[0].splitlines())

    done = probation_case(start="2024-11-30", end="2026-11-30", status="completed")
    assert sentence_line(text_of(done, as_of="2026-11-30")[1]) == "summary probation 2024-11-30 to 2026-11-30 (active)"
    assert sentence_line(text_of(done, as_of="2026-12-01")[1]) == "summary probation 2024-11-30 to 2026-11-30 (completed)"
    # The day the court ended it early is its last day too (O23-21).
    early = probation_case(start="2024-11-30", end="2027-11-30", status="completed", early="2026-11-30")
    assert sentence_line(text_of(early, as_of="2026-11-30")[1]) == "summary probation 2024-11-30 to 2027-11-30, ending early on 2026-11-30, its last day (active)"
    assert sentence_line(text_of(early, as_of="2026-12-01")[1]) == "summary probation 2024-11-30 to 2027-11-30, ended early 2026-11-30 (completed)"


def test_o24_06_facts_to_find_out_asks_which_offense_a_two_offense_count_is():
    """O24-06: for "HS 11350/11550" the list asked "What code section is it, with its
    subdivision or degree ...?", though the section is written and the question is which of
    the two it names (the results' step asks it; the list the paralegal works from did not)."""
    # HS 11350/11359: Prop 64 differs for the two, so it asks (S25-14 answers where none does).
    text = " ".join(text_of(probation_case("11350/11359", code="HS"))[1].split())
    facts = text.split("Facts to find out", 1)[1].split("CASE A", 1)[0]
    assert "1. Conviction A1: Is the conviction for HS 11350 or HS 11359? (HS 11350/11359 names two offenses;" in facts
    assert "What code section is it" not in facts
    unknown = " ".join(text_of(probation_case("99999", code="HS"))[1].split())
    assert "Conviction A1: What code section is it" in unknown  # a section not in the catalog: the general question


def test_o24b_02_a_prior_naming_two_offenses_is_asked_which_in_facts_to_find_out():
    """O24B-02: Prop 47 asks which offense a prior "PC 187/245(a)(1)" is (the murder would bar
    it); the list asks it as the count's own rows do, naming the case."""
    prior = custody_case("187/245(a)(1)", id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    drug = probation_case("11350(a)", code="HS", level="felony", start="2012-03-02", end="2015-03-02")
    text = " ".join(text_of(prior, drug)[1].split())
    assert "Case P (PC 187/245(a)(1), convicted 2001-03-01, Los Angeles County), conviction P1: Is the conviction for PC 187 or PC 245(a)(1)? (PC 187/245(a)(1) names two offenses;" in text
    assert "What code section is it" not in text


def test_o24_06_the_which_offense_question_is_not_put_to_another_case_s_count_of_the_same_id():
    """Conviction ids need not be unique across cases: "convictions[1].section" then names no
    one count, and the general question stays rather than one count's choice for both."""
    two = probation_case("11350/11550", code="HS")
    other = probation_case("99999", code="HS", id="B")
    two.convictions[0].id = other.convictions[0].id = "1"
    text = " ".join(text_of(two, other)[1].split())
    assert "Is the conviction for HS 11350 or HS 11550?" not in text
    assert "Conviction 1: What code section is it" in text


def test_a_given_amount_is_a_step_to_check_not_a_fact_to_find_out():
    """F26-06: "Facts to find out" asked "How much cannabis was involved (in grams)?" for a
    record giving 50 g (doubted: former 11357(b) was 28.5 g or less)."""
    case = probation_case("11357(b)", code="HS", start="2010-10-05", end="2012-10-05")
    case.convictions[0].offense_date = date(2010, 6, 15)
    case.convictions[0].cannabis_grams = 50
    _, text = text_of(case, person=Person(dob=date(1982, 2, 1)))
    # S27-01: the record gives the amount, so it is checked in a step, not listed as a fact
    # to find out, and "In short" says so rather than sending it to an attorney.
    flat = " ".join(text.split())
    assert "Facts to find out" not in text
    assert "To check: 1 result rests on a fact the record gives but that looks wrong (see its steps)." in flat
    assert "For an attorney" not in text
    assert "Prop 64 marijuana relief: Check the record, then screen again: Conviction A1: The record gives 50 g of cannabis: is that the right amount (in grams)?" in flat
    assert "How much cannabis" not in text


def test_s27_12_in_short_says_a_day_two_counts_share_once():
    """S27-12: "In short" read "PC 1203.4 dismissal (c3-1 on 2027-11-27, c3-2 on 2027-11-27)":
    the day said twice when read aloud.  It now says "c3-1 and c3-2, both on 2027-11-27"."""
    case = probation_case("484(a)/488", start="2025-11-27", end="2027-11-26", status="active")
    case.convictions.append(conviction("594(b)(2)(A)", id="A2"))
    _, text = text_of(case)
    short = " ".join(text.split("In short:", 1)[1].split("\n\n", 1)[0].split())
    assert "PC 1203.4 dismissal (A1 and A2, both on 2027-11-27)" in short, short
    assert "A1 on 2027-11-27, A2 on" not in short


def test_s27_13_in_short_names_several_cases_as_cases():
    """S27-13: "PC 851.91 seal the arrest (case c3, case c4, case c6)" read aloud as three
    "case"s; it is now "cases c3, c4 and c6"."""
    arrests = [Case(id=c, outcome="dismissed", arrest_date=date(2020, 1, 1), disposition_date=date(2020, 6, 1), arrest_level="misdemeanor",
                    arrest_offenses=[ArrestOffense(code="PC", section="602", level="misdemeanor")]) for c in ("c3", "c4", "c6")]
    _, text = text_of(*arrests)
    short = " ".join(text.split("In short:", 1)[1].split("\n\n", 1)[0].split())
    assert "PC 851.91 seal the arrest (cases c3, c4 and c6)" in short, short


def test_s27b_04_a_row_resting_on_a_check_says_where_the_check_is():
    """S27B-04: a row that waits on a fact says "Waits on fact 1"; one resting on a fact the
    record gives but contradicts (probation marked active past its end) said nothing after its
    reasons, its check being further down under Next steps."""
    stale = probation_case("242", start="2023-01-10", end="2025-01-10", status="active")
    _, text = text_of(stale)
    block = text.split("PC 1203.4 dismissal", 1)[1].split("PC 1203.425", 1)[0]
    assert "Waits on a check of the record (see Next steps below)." in block
    assert "Check the record, then screen again: The record marks probation active" in " ".join(text.split())


def test_t37_03_given_an_80_column_width_every_line_fits_it_and_nothing_is_lost():
    """T37-03: the report was wrapped to 100 columns whatever the terminal: at an 80-column
    terminal 417 of the 20-case record's 905 lines ran past the edge, and the terminal broke
    them mid-word (a paralegal reading aloud stumbles at each).  Given the width, every line
    fits it (a citation longer than a line aside), the table too, and the words are the same."""
    cases = long_record()
    s = run(*cases, as_of="2026-12-02")
    wide = render_text(s, Person(), cases)
    narrow = render_text(s, Person(), cases, width=80)
    assert [x for x in narrow.splitlines() if len(x) > 80 and not re.fullmatch(r" *\S*\[[^\]]+\]\S*", x)] == []
    assert len(max(wide.splitlines(), key=len)) > 80  # the default is still 100 columns

    def words(text: str) -> str:  # the table's heading and rule aside, which narrow to fit
        return flat("\n".join(x for x in text.splitlines() if not x.startswith(("    Remedy ", "    ---"))))
    assert words(narrow) == words(wide)
    head = next(x for x in narrow.splitlines() if x.startswith("    Remedy "))
    row = next(x for x in narrow.splitlines() if x.startswith("    PC 17(b) reduce to misdemeanor     ELIGIBLE NOW"))
    assert len(head) <= 80 and len(row) <= 80 and head.index("Mode") == row.index("discretionary")


def _bullets(text: str) -> list[list[str]]:
    """Each list of next steps (a case's, a section's after the last case), each unwrapped."""
    lists: list[list[str]] = []
    entries: list[str] | None = None
    heading = ""
    for x in text.splitlines():
        m = re.match(r"( *)- ", x)
        if m and (entries is not None or "Next steps for " in heading):
            if entries is None:
                entries = []
                lists.append(entries)
            entries.append(x.strip()[2:])
        elif entries and x.startswith(" ") and x.strip():
            entries[-1] += " " + x.strip()
        else:
            entries = None
            heading = x
    return lists


def test_t37_05_consecutive_steps_of_one_remedy_say_its_name_once():
    """T37-05: read aloud, "PC 1203.4 dismissal: File form CR-180 ... PC 1203.4 dismissal: There
    is no court filing fee ..." named the remedy again before each of its steps (69 times in the
    public cases and the 20-case record).  Steps of the same remedies side by side are now one
    entry, the name said once, every step's words still there, in order."""
    from pathlib import Path

    import yaml

    from clinic_app.eligibility import screen
    from clinic_app.screening_format import read_request

    cases = yaml.safe_load((Path(__file__).parents[1] / "acceptance" / "cases-public.yaml").read_text(encoding="utf-8"))
    one = long_record()
    texts = [render_text(run(*one, as_of="2026-12-02"), Person(), one)]
    for case in cases:
        req = read_request(case["request"])
        texts.append(render_text(screen(req.person, req.cases, req.as_of), req.person, req.cases))
    for text in texts:
        for entries in _bullets(text):
            # A line pointing to where steps are said is not a step: it stays a line of its own.
            names = [None if e.endswith(("below.", "at the top.")) else e.split(": ", 1)[0] for e in entries]
            assert all(a is None or a != b for a, b in zip(names, names[1:])), entries
    req = read_request(next(c for c in cases if c["id"] == "S01")["request"])
    text = render_text(screen(req.person, req.cases, req.as_of), req.person, req.cases)
    assert ("PC 1203.4 dismissal: File form CR-180 (petition) with CR-181 (order) with the court that entered the conviction; give "
            "the prosecutor 15 days' notice. There is no court filing fee for this petition (AB 134, since 2023-07-10).") in next_steps_of(text)


def test_l67_01_in_short_says_their_steps_of_several_results_to_check():
    """L67-01 (public case S25 screened on 2027-03-02): "To check: 5 results rest on a fact the
    record gives but that looks wrong (see its steps)": "its" of five results.  One result is
    still "its"."""
    a = probation_case("594(b)(2)(A)", start="2017-05-01", end="2020-05-01")
    b = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    _, text = text_of(a, b, as_of="2027-03-02")
    short = flat(text.split("In short:", 1)[1].split("\n\n", 1)[0])
    assert "To check: 5 results rest on a fact the record gives but that looks wrong (see their steps)." in short


def test_l67_02_a_closing_step_two_remedies_share_comes_after_both_of_their_own_steps():
    """L67-02 (public case S23): the steps read "1203.41: File form CR-180 ...", then "1203.41
    and 1203.42: There is no court filing fee ...", then "1203.42: File form CR-180 ...": the
    shared fee line stood between the two alternatives' filings.  It now closes them; a step
    two remedies share that leads their steps keeps its place."""
    fee = "There is no court filing fee for this petition."
    f41 = Determination("A", "A1", "pc1203_41", "eligible", "discretionary", None, [Reason("Yes.", "PC 1203.41")], ["File form CR-180 (1203.41).", fee])
    f42 = Determination("A", "A1", "pc1203_42", "eligible", "discretionary", None, [Reason("Yes.", "PC 1203.42")], ["File form CR-180 (1203.42).", fee])
    assert next_steps_of(hand_made(f41, f42))[1:] == [
        "PC 1203.41 dismissal: File form CR-180 (1203.41).",
        "PC 1203.42 dismissal: File form CR-180 (1203.42).",
        f"PC 1203.41 dismissal and PC 1203.42 dismissal: {fee}",
    ]
    first = "Ask the court to end probation early."
    early = Determination("A", None, "pc1203_3", "eligible", "discretionary", None, [Reason("Yes.", "PC 1203.3")], [first, "Use form CR-180."])
    later = Determination("A", "A1", "pc1203_4", "eligible_on", "mandatory", date(2027, 1, 16), [Reason("Later.", "PC 1203.4")], [first])
    assert next_steps_of(hand_made(early, later))[0] == f"PC 1203.3 end probation early and PC 1203.4 dismissal: {first}"
