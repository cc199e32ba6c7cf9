"""T45: `clinic-app screen --format text` read at a terminal, 80 columns wide (and at the
report's 100), over the 36 public cases (cases-public.yaml; each screens and renders in a
few ms)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path


from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import SHORT, render_text
from clinic_app.screening_format import read_request
from tests.public_cases import public_cases

PUBLIC = {c["id"]: c for c in public_cases()}


@cache
def _report(case_id: str, width: int) -> str:
    request, s = _screened(case_id)
    return render_text(s, request.person, request.cases, width=width)


@cache
def _screened(case_id: str):
    """A public case's request and its screening, read and screened once: D58-03 renders each
    case at 41 widths, and screening it again at each was a fifth of that test's time."""
    request = read_request(PUBLIC[case_id]["request"])
    return request, screen(request.person, request.cases, request.as_of)


def _names_broken(text: str) -> list[str]:
    """Each remedy name that one line ends part of and the next line goes on with."""
    lines = text.splitlines()
    broken = []
    for above, below in zip(lines, lines[1:]):
        above, below = above.rstrip(), below.lstrip()
        for name in SHORT.values():
            for at, char in enumerate(name):
                if char == " " and above.endswith(name[:at]) and below.startswith(name[at + 1:]):
                    broken.append(f"{name[:at]} / {name[at + 1:]}")
    return broken


def test_t45_01_a_remedy_name_stays_whole_on_a_line():
    """T45-01: at 80 columns "Certificate of" ended a line and "rehabilitation" began the next
    (S57, S59), "PC 1203.43 withdraw DEJ" / "plea." (most cases), "Prop 47" / "reduction"
    (S59's question of fact); at 100, "PC 851.93" / "automatic arrest relief" in most cases'
    "Does not fit" list.  A remedy's name now stays whole on a line."""
    for case_id in PUBLIC:
        for width in (80, 100):
            text = _report(case_id, width)
            assert _names_broken(text) == [], (case_id, width)
            assert max(map(len, text.splitlines())) <= width, (case_id, width)


def _two_records() -> tuple[str, str]:
    """Flattened reports: case A with three counts and cases B and C a theft each; and case A
    alone with a DUI besides, three of its counts with no date of conviction."""
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from engine_builders import conviction, probation_case, run

    from clinic_app.model import Person
    a = probation_case("484(a)/488", id="A")
    a.convictions += [conviction("415(1)", id="A2"), conviction("602", id="A3")]
    b = probation_case("484(a)/488", id="B", start="2016-03-02", end="2017-03-02")
    c = probation_case("484(a)/488", id="C", start="2018-03-02", end="2019-03-02")
    three = " ".join(render_text(run(a, b, c), Person(), [a, b, c]).split())
    a.convictions.append(conviction("23152(a)", code="VC", id="A4"))
    for conv in a.convictions[1:]:
        conv.conviction_date = None
    alone = " ".join(render_text(run(a), Person(), [a]).split())
    return three, alone


def test_t45_02_a_list_of_counts_in_brackets_ends_with_and():
    """T45-02: lists of counts in brackets were said with commas only, as if cut off: "PC 1203.425
    automatic relief (A1, A2, A3, B1, C1)", "PC 1203.4 dismissal (A1, A2 and A3: route to
    confirm; B1, C1)", a step's "(A1, A2, A3)", a fact's "For: ... (A1, A2, A3)",
    a shared paragraph's "prior (A1, A2, A3)", "firearms, prior, disclosure (as for other
    convictions ...)"; and "(A1: route to confirm, B1)" (public cases S46, S52) read the note as
    B1's too.  They now end with "and", as the rest of the report's lists do, and a part with a
    note of its own is set apart by a semicolon."""
    text, alone = _two_records()
    assert "Automatic (DOJ may act; check the RAP sheet before filing): PC 1203.425 automatic relief (A1, A2, A3, B1 and C1)." in text
    assert "Open now: PC 1203.4 dismissal (A1, A2 and A3: route to confirm; B1 and C1)." in text
    assert "- PC 1203.4 dismissal (A1, A2 and A3): To confirm the route" in text
    assert "What stays true even after relief: firearms, prior and disclosure (as for other convictions:" in text
    assert "For: PC 1203.45 seal (under 18) (A1, A2 and A3)." in alone
    assert "- prior (A1, A2 and A3): If the person is ever charged" in alone
    # No bracket of counts said with commas alone.
    assert re.search(r"\((?:[A-Z]\d, )+[A-Z]\d\)", text + alone) is None
    for case_id in ("S46", "S52"):
        short = " ".join(_report(case_id, 100).split("CASE A")[0].split())
        assert "(A1: route to confirm; B1)." in short and "automatic relief (A1 and B1)." in short, short


def test_t45_03_a_pointer_to_shared_steps_is_one_line():
    """T45-03: public case S52's case B read "Next steps for case B (PC 236.14 / 236.15 vacatur,
    PC 1203.4 dismissal, PC 1203.425 automatic relief and PC 1203.49 647(b) victim relief): see
    "Next steps for each of cases A and B", after the last case.", three lines at 80 columns to
    say that its steps are in the section just below, which names each remedy; case A's pointer
    the same.  Each pointer now names the heading only, and fits one line at 80 columns: "Next
    steps for case B: see "...", below.", and among a case's own steps "Shared with case B:
    see "...", below."."""
    lines = _report("S52", 80).splitlines()
    assert '  Next steps for case B: see "Next steps for each of cases A and B", below.' in lines
    at = lines.index("  Next steps for case A:")
    assert lines[at + 1] == '    - Shared with case B: see "Next steps for each of cases A and B", below.'
    assert lines[at + 2].startswith("    - PC 1203.4 dismissal: To confirm the route")
    assert lines.index("Next steps for each of cases A and B:") > lines.index('  Next steps for case B: see "Next steps for each of cases A and B", below.')
    for case_id in PUBLIC:
        for width in (80, 100):
            for x in _report(case_id, width).splitlines():
                if "see \"Next steps for " in x:
                    assert x.endswith('", below.'), (case_id, width, x)  # whole on its line


def test_t45_04_a_sentence_and_a_supervision_are_said_with_their_statute_and_in_words():
    """T45-04: a case's sentence read "county jail (1170(h))" (S19, S21: a section with no code)
    and "then PRCS (end date not recorded)" (S57: an acronym the reasons under it spell out, two
    brackets running together); a person on PRCS read "Person: on prcs.".  Now "county jail
    (PC 1170(h))", "then post-release community supervision (PRCS), end date not recorded" and
    "Person: on post-release community supervision (PRCS)."."""
    def flat(x: str) -> str:
        return " ".join(x.split())
    assert "Sentence: county jail (PC 1170(h)), released 2025-06-30." in flat(_report("S21", 80))
    assert "Sentence: county jail (PC 1170(h)), then mandatory supervision to 2023-09-20." in flat(_report("S19", 80))
    assert "(1170(h))" not in _report("S19", 100) + _report("S21", 100)
    assert "Sentence: state prison, released 2024-06-01, then post-release community supervision (PRCS), end date not recorded." \
        in flat(_report("S57", 80))
    assert "Sentence: state prison, released 2023-01-15, then parole, end date not recorded." in flat(_report("S59", 100))
    request = read_request({**PUBLIC["S01"]["request"], "person": {**PUBLIC["S01"]["request"]["person"], "on_supervision": "prcs"}})
    text = render_text(screen(request.person, request.cases, request.as_of), request.person, request.cases, width=80)
    assert "Person: on post-release community supervision (PRCS)." in flat(text)


def test_t45_05_a_fact_to_find_out_keeps_for_with_what_it_is_for():
    """T45-05: at 80 columns a fact to find out could end its line with "For:" and name the
    remedies it would settle on the next (public case S59: "2. Conviction A1: What was the value
    of the property (in dollars)? For:" / "Prop 47 reduction (A1)."), "For:" read as a heading
    with nothing under it.  It now stays with the first remedy it names."""
    for case_id in PUBLIC:
        for width in (80, 100):
            assert [x for x in _report(case_id, width).splitlines() if x.endswith(" For:")] == [], (case_id, width)
    assert "     For: Prop 47 reduction (A1)." in _report("S59", 80).splitlines()


def test_t45_06_a_short_list_of_counts_stays_with_its_remedy():
    """T45-06: at 100 columns "In short" broke a remedy's counts across two lines: "PC 1203.425
    automatic relief (A1 on" / "2027-02-11)." (S10, S19, S21, S25 and S36a), "(A1 and" / "B1)."
    (S46 and S52, once T45-02 joined the counts with "and"), "Certificate of rehabilitation" /
    "(A1)." (S23, once T45-01 kept the name whole); the list read as two.  A short bracket of
    counts (or a count and its day) now stays on the line of the remedy it is for."""
    counts_open = re.compile(r"\((?:[A-Z]\d|case \w+)[^()]*$")  # a bracket of counts left open at a line's end
    # A case with no court number is named by its title, whose own bracket may open the next
    # line: "... still pending (case B" / "(arrested 2026-08-20, Los Angeles County))." (B86-01).
    for case_id in PUBLIC:
        for width in (80, 100):
            lines = _report(case_id, width).splitlines()
            assert [x for x, after in zip(lines, lines[1:] + [""]) if counts_open.search(x)
                    and not (x.endswith(tuple(f"(case {k}" for k in "ABCDEFGH")) and after.lstrip().startswith("("))] == [], (case_id, width)
    assert "    PC 1203.425 automatic relief (A1 and B1)." in _report("S46", 100).splitlines()
    assert "    PC 1203.425 automatic relief (A1 on 2027-02-11)." in _report("S10", 100).splitlines()
    assert "    Certificate of rehabilitation (A1)." in _report("S23", 100).splitlines()


def test_the_confidence_letters_are_said_once_at_the_end():
    """The tables end each row with H, M or L, and nothing in the report said what they mean;
    now one line before the closing notice does (ca-rules.md's tags)."""
    from clinic_app.eligibility.text_report import CONFIDENCE_KEY, NOTICE

    for case_id in ("S10", "S52"):
        flat = " ".join(_report(case_id, 80).split())
        assert flat.endswith(CONFIDENCE_KEY + " " + NOTICE), case_id
        assert flat.count("H high") == 1 and "L low (unsettled law: an attorney decides)" in flat
