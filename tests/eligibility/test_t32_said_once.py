"""T32: a long record's text report says a paragraph many convictions share once; R33: and a
next step several cases share word for word."""

from __future__ import annotations

import re

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.common import GRANTED_CITE
from clinic_app.eligibility.registry import short_name
from clinic_app.eligibility.text_report import _conviction_labels, _next_steps, render_text, status_label
from clinic_app.model import Case, Determination, Person, Reason, Screening
from clinic_app.screening_format import read_request
from tests.public_cases import public_cases

from engine_builders import D, long_record, probation_case, run

PUBLIC = public_cases()
SHARED = "What stays true even after relief, for several convictions:"
POINTER = "said once, after the last case"
STEP_POINTER = '", below.'  # a step's pointer ends so: see "<its heading>", below. (T45-03)
TOP_POINTER = ', at the top.'  # a step said once in "In short": see "What to do" about <the bar>, at the top.


def flat(text: str) -> str:
    return " ".join(text.split())


def _three_old_thefts():
    """Three misdemeanor cases, each with its probation completed: the same paragraphs after relief."""
    return [probation_case("484(a)/488", id=x, start=f"201{i}-03-02", end=f"201{i + 1}-03-02") for i, x in enumerate("ABC")]


def _block(lines: list[str], head: str) -> list[str]:
    """The lines of one conviction's part, from its heading to the blank line after it."""
    i = next(i for i, x in enumerate(lines) if x.startswith(head))
    return lines[i: lines.index("", i)]


def _shared_entries(lines: list[str]) -> list[str]:
    """The entries of the section after the last case, each flattened."""
    if SHARED not in lines:
        return []
    part = lines[lines.index(SHARED) + 1: lines.index("", lines.index(SHARED))]
    entries: list[str] = []
    for x in part:
        if x.startswith("  - "):
            entries.append(x.strip())
        else:
            entries[-1] += " " + x.strip()
    return entries


def test_t32_01_a_paragraph_every_conviction_shares_is_said_once():
    """T32-01: on a 20-case record the disclosure paragraph (5 lines) was printed under every
    conviction, word for word, and the report ran to 1,262 lines.  Now it is said once, after
    the last case, for "every conviction above", and each conviction names its topic."""
    cases = _three_old_thefts()
    s = run(*cases)
    text = render_text(s, Person(), cases)
    disclosure = next(c for c in s.consequences if c.topic == "disclosure")
    assert flat(text).count(disclosure.text) == 1
    assert f"- disclosure (every conviction above): {disclosure.text} [{disclosure.cite}]" in flat(text)
    lines = text.splitlines()
    for conv in ("A1", "B1", "C1"):
        said = flat("\n".join(_block(lines, f"  {conv}: ")))
        assert "disclosure" in said and "said once, after the last case" in said, said


def test_t32_01_the_same_unfitting_remedies_in_another_case_are_named_once():
    """T32-01: the "Does not fit this record" list, the same for each case's count and for each
    case as a whole, was repeated in every case; now a later case names where it was said."""
    cases = _three_old_thefts()
    lines = render_text(run(*cases), Person(), cases).splitlines()
    # With the whole case's, in one line (R33-02, then T39-02).
    assert flat("\n".join(_block(lines, "  B1: "))).count("Does not fit this record: the same remedies as A1 and, for the whole case, as case A.") == 1
    assert sum(x.startswith("    Does not fit this record: PC ") for x in lines) == 2  # A1's list and case A's


def test_t32_01_one_or_two_convictions_keep_their_paragraphs_in_place():
    """Below three convictions the section would cost more lines than it saves: as before."""
    for cases in (_three_old_thefts()[:1], _three_old_thefts()[:2]):
        s = run(*cases)
        text = render_text(s, Person(), cases)
        assert SHARED not in text and "as for other convictions" not in text  # (steps: R33-01)
        for c in s.consequences:
            assert f"- {c.topic.replace('_', ' ')}: {c.text} [{c.cite}]" in flat(text)


@pytest.mark.parametrize("case", PUBLIC, ids=[c["id"] for c in PUBLIC])
def test_t32_01_every_public_case_keeps_every_fact_where_it_belongs(case):
    """Each conviction's consequences (topic, words, citation) and the remedies that do not fit
    it are still all said, and said of it: under it, or in the section after the last case with
    its name (or "every conviction above"), or as "the same remedies as" a count that lists them."""
    request = read_request(case["request"])
    _every_fact_is_where_it_belongs(screen(request.person, request.cases, request.as_of), request.person, request.cases)


def test_r35_01_a_bar_from_another_case_is_said_once_near_the_top():
    """R35-01: on engine_builders' 20-case record (felony probation running in case H), "The
    person is on probation in case H through 2027-09-15." and "Relief is blocked until
    2027-09-16; recheck on that day." came under 37 results in 18 cases, two lines each: read
    aloud, 37 problems.  Now "In short" says it once, with its citations and what to do, and
    each of those rows points there in one line that keeps its own citation."""
    cases = long_record()
    s = run(*cases, as_of="2026-12-02")
    text = render_text(s, Person(), cases)
    lines = text.splitlines()
    bar = "The person is on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15. Relief is blocked until 2027-09-16; recheck on that day."
    assert _said_at_top(lines) == [
        f'Stops relief in 18 other cases (37 results below say "see the top"): {bar} '
        "[PC 1203.4(a)(1); PC 1203.425(a)(1)(B)(ii)-(iii); PC 1203.41(a)(3); PC 1203.42(a); PC 4852.06] "
        "It blocks PC 1203.4 dismissal (11 counts), PC 1203.41 dismissal (C1, L1 and S1), PC 1203.42 dismissal (C1) "
        "and PC 1203.425 automatic relief (13 counts); 9 results that need review name it too. "
        "What to do: Ask the court to end probation early (PC 1203.3) in case H (PC 487(a), convicted 2025-09-15, Los Angeles County); relief can follow once it ends."]
    assert flat(text).count(bar) == 1
    assert lines.count("        Blocked by the probation in case H (see the top). [PC 1203.4(a)(1)]") == 14
    assert flat(text).count("(see the top). [") == 37
    # Where the bar reads otherwise, the row keeps its words: another route decides (J1) ...
    j1 = flat("\n".join(_block(lines, "  J1: ")))
    assert ("The person is on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15. [PC 1203.4(a)(1)] Whichever route follows the "
            "revocation, relief here waits until 2027-09-16 at the earliest. [PC 1203.4(a)(1)]") in j1
    assert "see the top" not in j1
    # ... or whether probation in another case stops PC 1203.4a at all is the open question (T1).
    assert "The person is on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15. [PC 1203.4a(a)] PC 1203.4a names" in flat("\n".join(_block(lines, "  T1: ")))
    _every_reason_is_said_under_its_row(s, cases, lines)


def test_t37_01_the_results_a_bar_blocks_are_said_with_it_not_as_a_wall():
    """T37-01: on the 20-case record "In short" read "Blocked for now: PC 1203.4 dismissal (A1,
    B1, D1, F1, G1, I1, M1, N1, P1, Q1 and R1, all until 2027-09-16); ..." over four lines, 28
    results named one by one, and only then the one bar that blocks them all (the probation in
    case H).  Now the results a bar said at the top blocks are said with it, once, by remedy
    (past three counts, counted), and "Blocked for now" keeps what something else blocks."""
    cases = long_record()
    s = run(*cases, as_of="2026-12-02")
    lines = render_text(s, Person(), cases).splitlines()
    short = lines[lines.index("In short:") + 1: lines.index("", lines.index("In short:"))]
    assert not any(x.startswith("  Blocked for now") for x in short), short
    (top,) = _said_at_top(lines)
    assert ("It blocks PC 1203.4 dismissal (11 counts), PC 1203.41 dismissal (C1, L1 and S1), PC 1203.42 dismissal (C1) "
            "and PC 1203.425 automatic relief (13 counts); 9 results that need review name it too.") in top, top
    assert sum(d.status == "blocked" for d in s.results) == 11 + 3 + 1 + 13
    _every_reason_is_said_under_its_row(s, cases, lines)
    # A result blocked by something of its own stays under "Blocked for now", by name.
    pending = Case(id="C", outcome="pending", arrest_date=D("2026-08-20"), arrest_level="felony")
    own = probation_case("484(a)/488", id="D", start="2025-03-02", end="2027-03-02")
    cases = [*_three_old_thefts()[:2], pending, own]
    text = flat(render_text(run(*cases), Person(), cases))
    assert "Blocked for now: PC 1203.4 dismissal (D1" in text, text[:1500]
    assert "It blocks PC 1203.4 dismissal (A1 and B1)" in text, text[:1500]


def test_t37_02_the_step_that_lifts_a_bar_is_said_once_at_the_top():
    """T37-02: on the 20-case record "Ask the court to end probation early in case H (PC 1203.3);
    relief can follow once it ends." was said in "In short" (What to do) and seven times more:
    under cases C, I, L, S and T (each with other remedies in front of it, so not shared) and in
    two sections after the last case.  Now it is said once, at the top, and each case's line
    names its remedies and points there, as a shared step's line points to its section."""
    cases = long_record()
    s = run(*cases, as_of="2026-12-02")
    text = render_text(s, Person(), cases)
    lines = text.splitlines()
    assert flat(text).count("Ask the court to end probation early (PC 1203.3) in case H (PC 487(a), convicted 2025-09-15, Los Angeles County); relief can follow once it ends.") == 1
    heading, under = _steps_said(lines, "C")
    assert under[0] == ('- PC 1203.41 dismissal, PC 1203.42 dismissal and Certificate of rehabilitation: see "What to do" about '
                        "the probation in case H, at the top."), under
    assert "Next steps for each of cases A, B, D, F, G, M, N, P, Q and R:" not in lines
    _every_step_is_said_of_its_case(s, cases, lines)
    # The case whose probation it is keeps its own step (it names no other case's bar).
    assert "Ask the court to end probation early (PC 1203.3); then 1203.4 becomes mandatory." in flat("\n".join(_steps_said(lines, "H")[1]))


def test_r35_01_a_pending_charge_said_once_and_a_bar_of_two_results_in_place():
    """The same of a pending charge, which has no end date; below three results (a public
    two-case record, S26) the bar stays under each row, as T32 keeps two convictions'
    paragraphs in place."""
    pending = Case(id="C", outcome="pending", arrest_date=D("2026-08-20"), arrest_level="felony")
    cases = [*_three_old_thefts()[:2], pending]
    s = run(*cases)
    lines = render_text(s, Person(), cases).splitlines()
    (top,) = _said_at_top(lines)
    assert top.startswith('Stops relief in 2 other cases (4 results below say "see the top"): The person is charged with an '
                          "offense that is still pending in case C (arrested 2026-08-20, Los Angeles County). Relief is blocked while this lasts; screen again when it ends. [")
    assert "What to do: Recheck when the pending case ends (a dismissal or acquittal lifts this bar at once)." in top
    assert "        Blocked by the pending charge in case C (see the top). [PC 1203.4(a)(1)]" in lines
    _every_reason_is_said_under_its_row(s, cases, lines)
    request, s = _public("S26")
    text = render_text(s, request.person, request.cases)
    assert SAID_AT_TOP not in text and "see the top" not in text
    assert "The person is charged with an offense that is still pending in case B (arrested 2026-08-20, Los Angeles County). [PC 1203.4(a)(1)]" in flat(text)


def test_l34_02_the_long_record_keeps_every_fact_where_it_belongs():
    """The same, of engine_builders' 20-case record: its section after the last case names
    most topics' convictions as "every conviction above except ..." (L34-02)."""
    cases = long_record()
    s = run(*cases, as_of="2026-12-02")
    _every_fact_is_where_it_belongs(s, Person(), cases)
    entries = _shared_entries(render_text(s, Person(), cases).splitlines())
    # 12 of the 20 convictions: the 8 left out named, not the 12 in.
    firearms = next(e for e in entries if e.startswith("- firearms (every conviction above except C1, E1, H1, I1, J1, K1, L1 and S1): "))
    labels = list(_conviction_labels(cases).values())
    assert sorted(_convictions_named(firearms, "firearms", firearms.split("): ", 1)[1][:40], labels)) == [
        "A1", "B1", "D1", "F1", "G1", "M1", "N1", "O1", "P1", "Q1", "R1", "T1"]
    # Several citations: the group of most convictions so, the others named.
    assert any(e.startswith("- prior (every conviction above except C1, D1, L1, R1, S1 and T1 [PC 1203.4(a)(1)]; C1, L1 and S1 [PC 1203.41]; T1 [PC 1203.4a]): ")
               for e in entries), entries
    assert any(e.startswith("- dmv (D1, F1 and R1): ") for e in entries)  # three: named


def _every_fact_is_where_it_belongs(s, person, cases) -> None:
    lines = render_text(s, person, cases).splitlines()
    entries = _shared_entries(lines)
    labels = list(_conviction_labels(cases).values())
    convictions = [(c.id, v.id) for c in cases for v in c.convictions]
    for case_id, conv_id in convictions:
        if sum(v == conv_id for _c, v in convictions) > 1:
            continue  # an id two cases share: its heading does not name one block
        block = flat("\n".join(_block(lines, f"  {conv_id}: ")))
        for c in (c for c in s.consequences if (c.case, c.conviction) == (case_id, conv_id)):
            topic = c.topic.replace("_", " ")
            if f"- {topic}: {c.text} [{c.cite}]" in block:
                continue
            assert "said once, after the last case" in block and topic in block, (conv_id, c.topic, block)
            assert any(e.startswith(f"- {topic} (") and c.text in e and f"[{c.cite}]" in e
                       and conv_id in _convictions_named(e, topic, c.text, labels) for e in entries), (conv_id, c.topic)
        unfit = [d for d in s.results if (d.case, d.conviction) == (case_id, conv_id) and d.status == "not_applicable"]
        m = re.search(r"Does not fit this record: the same remedies as (\S+)\.", block)
        if m:  # the list is where that count is, and it is this count's list
            there = flat("\n".join(_block(lines, f"  {m[1]}: ")))
            listed = re.search(r"Does not fit this record: (.*?)\.(?: What| $|$)", there)
            assert listed, there
            for d in unfit:
                if not any(r.cite == GRANTED_CITE for r in d.reasons):  # already granted: its own line
                    assert short_name(d.remedy) in listed[1], (conv_id, d.remedy)
    _every_step_is_said_of_its_case(s, cases, lines)
    _every_case_names_what_does_not_fit_it(s, cases, lines)
    _every_reason_is_said_under_its_row(s, cases, lines)


SAID_AT_TOP = "Stops relief in "  # an entry of "In short": a bar from another case, said once (R35-01)


def _said_at_top(lines: list[str]) -> list[str]:
    """The entries of "In short" that say a bar from another case once, each flattened."""
    entries: list[str] = []
    for x in lines[lines.index("In short:") + 1: lines.index("", lines.index("In short:"))]:
        if x.startswith("    "):
            entries[-1] += " " + x.strip()
        else:
            entries.append(x.strip())
    return [e for e in entries if e.startswith(SAID_AT_TOP)]


def _row_reasons(part: list[str], d: Determination) -> str:
    """What is said under result `d`'s row in one table (`part`, a conviction's or the whole
    case's lines), flattened: the lines under its row, or, where rows alike say their reasons
    once under the last of them ("Each of the 2 above: ..."), under the next row that says any."""
    rows = [i for i, x in enumerate(part) if re.match(r"    \S", x) and len(x) > 39 and not x.startswith(
        ("    Remedy", "    ---", "    Already granted", "    Does not fit", "    What stays true"))]
    at = next(i for i in rows if part[i][4:39].rstrip() == short_name(d.remedy)[:34] and part[i][39:65].rstrip() == status_label(d))
    for start in rows[rows.index(at):]:
        under = []
        for x in part[start + 1:]:
            if not x.startswith("        "):
                break
            under.append(x)
        if under:
            return flat("\n".join(under))
    return ""


def _every_reason_is_said_under_its_row(s, cases, lines: list[str]) -> None:
    """R35-01: every reason (words and citation) of every row the tables show is still said:
    under its row, or, for a bar from another case said once in "In short" (its sentence and
    the day it lifts), there, with a pointer under the row that keeps the row's citation."""
    top = _said_at_top(lines)
    ids = [v.id for c in cases for v in c.convictions]
    for case in cases:
        at = lines.index(next(x for x in lines if x.startswith("CASE ") and x.split()[1] == case.id))
        end = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("CASE ")), len(lines))
        for d in s.results:
            if d.case != case.id or d.status == "not_applicable" or (d.conviction is not None and ids.count(d.conviction) > 1):
                continue
            head = f"  {d.conviction}: " if d.conviction is not None else "  For the whole case:"
            under = _row_reasons(_block(lines[at:end], head), d)
            for r in d.reasons:
                if f"{r.text} [{r.cite}]" in under:
                    continue
                # Said once at the top, the row pointing there with its own citation.
                assert f"(see the top). [{r.cite}]" in under, (d.case, d.conviction, d.remedy, r.text, under)
                assert any(r.text in e and re.search(rf"\[(?:[^\]]*; )?{re.escape(r.cite)}(?:;[^\]]*)?\]", e) for e in top), (r.text, top)


def _convictions_named(entry: str, topic: str, text: str, labels: list[str]) -> set[str]:
    """The convictions a section entry after the last case is said of: "- prior (A1, B1
    [cite]; C1 [cite]): ...", "(every conviction above)", or "(every conviction above except
    C1, D1 and F1 [cite]; ...)" (L34-02), its citations set aside."""
    who = entry[len(f"- {topic} ("): entry.index(f"): {text}")]
    named: set[str] = set()
    for part in re.sub(r" ?\[[^\[\]]*\]", "", who).split("; "):
        if part == "every conviction above":
            named.update(labels)
        elif part.startswith("every conviction above except "):
            left_out = re.split(r", | and ", part.removeprefix("every conviction above except "))
            assert set(left_out) <= set(labels), part
            named.update(x for x in labels if x not in left_out)
        else:
            named.update(re.split(r", | and ", part))  # "A1, B1 and C1" (T45-02)
    return named


def _every_case_names_what_does_not_fit_it(s, cases, lines: list[str]) -> None:
    """R33-02: the case-level remedies that do not fit a case are listed under it, or under
    the case whose list it names ("the same remedies as case A do not fit this record")."""
    def whole_case(case_id: str) -> str:
        at = lines.index(next(x for x in lines if x.startswith("CASE ") and x.split()[1] == case_id))
        end = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("CASE ")), len(lines))
        start = next((i for i in range(at, end) if lines[i].startswith("  For the whole case")), None)
        if start is None:
            # T39-02: a one-count case says it in its count's line, after the count's own.
            said = re.findall(r"[.;,] for the whole case, (?:the same remedies )?as (case \S+)\.", flat("\n".join(lines[at:end])))
            assert len(said) == 1, (case_id, said)
            return f"For the whole case: the same remedies as {said[0]} do not fit this record."
        return flat("\n".join(lines[start: lines.index("", start)]))

    for case in cases:
        unfit = [d for d in s.results if d.case == case.id and d.conviction is None and d.status == "not_applicable"]
        if not unfit or any(r.cite == GRANTED_CITE for d in unfit for r in d.reasons):
            continue
        said = whole_case(case.id)
        m = (re.fullmatch(r"For the whole case: the same remedies as case (\S+) do not fit this record\.", said)
             or re.search(r"Does not fit this record: the same remedies as case (\S+)\.$", said))  # under its own rows
        listed = re.search(r"Does not fit this record: (.*?)\.$", whole_case(m[1]) if m else said)
        assert listed and "the same remedies" not in listed[1], (case.id, said)
        for d in unfit:
            assert short_name(d.remedy) in listed[1], (case.id, d.remedy)


def _entries(part: list[str], bullet: str) -> list[str]:
    """The "- " entries of a list, each flattened (its wrapped lines joined)."""
    entries: list[str] = []
    for x in part:
        if x.startswith(bullet):
            entries.append(x.strip())
        elif entries:
            entries[-1] += " " + x.strip()
    return entries


def _steps_said(lines: list[str], case_id: str) -> tuple[str, list[str]]:
    """Case `case_id`'s next steps as printed under it: (its heading line, flattened; its entries)."""
    at = next((i for i, x in enumerate(lines) if x.startswith((f"  Next steps for case {case_id}:", f"  Next steps for case {case_id} ("))), None)
    if at is None:
        return "", []
    part = lines[at: lines.index("", at)]
    if part[0].endswith(":"):
        return part[0], _entries(part[1:], "    - ")
    return flat("\n".join(part)), []  # nothing of its own: one line, wrapped


def _shared_step_sections(lines: list[str]) -> dict[str, list[str]]:
    """The sections after the last case: heading -> its entries."""
    sections = {}
    for i, x in enumerate(lines):
        if x.startswith("Next steps for ") and x.endswith(":"):
            sections[x] = _entries(lines[i + 1: lines.index("", i)], "  - ")
    return sections


def _cases_of(heading: str, ids: list[str]) -> list[str]:
    """The cases a section after the last case names: "each of cases A, B and C", "every case above"."""
    if heading == "Next steps for every case above:":
        return ids
    m = re.fullmatch(r"Next steps for (each of|every case above except) cases? (?:(.*) and )?(.*):", heading)
    if not m:
        return []
    named = [*(m[2].split(", ") if m[2] else []), m[3]]
    return named if m[1] == "each of" else [c for c in ids if c not in named]


def _said_in(step: str, entries: list[str]) -> bool:
    """Whether `step` ("its remedies: its words") is said in one of `entries`: its own, or
    after other steps of the same remedies in one entry that names them once (T37-05)."""
    remedies, words = step.split(": ", 1)
    return any(e == f"- {step}" or (e.startswith(f"- {remedies}: ") and f" {words}" in e) for e in entries)


def _every_step_is_said_of_its_case(s, cases, lines: list[str]) -> None:
    """R33-01: every case's next steps (each as _next_steps words it: remedies and words) are
    still said, and said of that case: under it, or in a section after the last case whose
    heading names it (or "every case above"), with a line under it naming that heading (its
    remedies no longer: the section names them, T45-03)."""
    sections = _shared_step_sections(lines)
    ids = [c.id for c in cases]
    for case in cases:
        rows = [d for d in s.results if d.case == case.id]
        steps = _next_steps(rows, len(case.convictions) if case.outcome == "convicted" else 0)
        heading, under = _steps_said(lines, case.id)
        for step in steps:
            remedies, words = step.split(": ", 1)
            if _said_in(step, under):
                continue
            # T37-02: the step that lifts a bar said once at the top is said there, in its "What
            # to do", and under the case a line names the step's remedies and points there.
            if any(f"What to do: {words}" in e for e in _said_at_top(lines)):
                pointers = [e for e in under if e.endswith(TOP_POINTER)] + ([heading] if heading.endswith(TOP_POINTER) else [])
                assert any(f"{remedies}: see" in p for p in pointers), (case.id, step, under, heading)
                continue
            where = [h for h, entries in sections.items() if _said_in(step, entries) and case.id in _cases_of(h, ids)]
            assert len(where) == 1, (case.id, step, sections)
            # The pointer names the heading it is said under, as printed.
            pointers = [e for e in under if STEP_POINTER in e] + ([heading] if STEP_POINTER in heading else [])
            named = f'see "{where[0].removesuffix(":")}", below.'
            assert any(named in p for p in pointers), (case.id, step, under, heading)


def _public(case_id: str):
    case = next(c for c in PUBLIC if c["id"] == case_id)
    request = read_request(case["request"])
    return request, screen(request.person, request.cases, request.as_of)


def test_r33_01_steps_two_cases_share_are_said_once():
    """R33-01: public case S52 (two 647(b) cases, a trafficking survivor) printed its eight
    vacatur, 1203.4, 1203.425 and 1203.49 steps under case A and again, word for word, under
    case B.  Now they are said once, after the last case, "for each of cases A and B"; case A
    keeps its own step (the offense date in case B), in its place among pointers to them."""
    request, s = _public("S52")
    text = render_text(s, request.person, request.cases)
    lines = text.splitlines()
    assert flat(text).count("File form CR-180 (petition) with CR-181 (order)") == 1
    assert flat(text).count("Ask the court to excuse the client from appearing") == 1
    sections = _shared_step_sections(lines)
    assert list(sections) == ["Next steps for each of cases A and B:"]
    # The eight steps, in four entries: a remedy's steps side by side name it once (T37-05).
    assert len(sections["Next steps for each of cases A and B:"]) == 4
    _every_step_is_said_of_its_case(s, request.cases, lines)
    heading, under = _steps_said(lines, "A")
    # One pointer, where the first shared step (the vacatur's) stood; then case A's own (T39-04).
    assert [e.split(": see ")[0] if STEP_POINTER in e else e.split(":")[0] for e in under] == [
        "- Shared with case B", "- PC 1203.4 dismissal"]
    assert "find out when the offense was committed that led to the conviction of PC 647(b) in case B" in under[1]
    assert under[0] == '- Shared with case B: see "Next steps for each of cases A and B", below.'
    heading, under = _steps_said(lines, "B")
    assert under == [] and heading == 'Next steps for case B: see "Next steps for each of cases A and B", below.'
    assert lines.index("Next steps for each of cases A and B:") > max(i for i, x in enumerate(lines) if x.startswith("CASE "))


_NAMES_D = ("Ask the court to end probation early in case D (PC 1203.3): the probation there stops relief in every other "
            "case, and relief can follow once it ends; bring the minute order of the grant of probation to the hearing.")
_LONG = ("Check the client's DOJ RAP sheet for a \"relief granted\" entry; if it is missing (for example a missing "
         "disposition), see whether a petition route is open instead (the other results say), and screen again.")


def _hand_made(ids: str, steps) -> tuple[list, str]:
    """A record of one-count cases whose 1203.4 rows give `steps`, written out here."""
    cases = [probation_case(id=x, start=f"201{i}-03-02", end=f"201{i + 1}-03-02") for i, x in enumerate(ids)]
    rows = [Determination(x, f"{x}1", "pc1203_4", "blocked", None, D("2027-09-16"), [Reason("Blocked.", "PC 1203.4(a)(1)")], list(steps), [], "H")
            for x in ids]
    s = Screening(D("2026-12-02"), "test", rows, [])
    return s, cases, render_text(s, Person(), cases)


def test_r33_01_a_step_naming_its_case_stays_under_it():
    """A step that names one of the cases it is given for ("... in case D") is that case's own:
    case D keeps it, and the other cases share it."""
    s, cases, text = _hand_made("ABCD", [_NAMES_D, _LONG])
    lines = text.splitlines()
    sections = _shared_step_sections(lines)
    assert list(sections) == ["Next steps for each of cases A, B and C:", "Next steps for every case above:"], sections
    assert sections["Next steps for each of cases A, B and C:"] == [f"- PC 1203.4 dismissal: {_NAMES_D}"]
    heading, under = _steps_said(lines, "D")
    assert under == [f"- PC 1203.4 dismissal: {_NAMES_D}", "- Shared with cases A, B and C: see \"Next steps for every case above\", below."]
    assert flat(text).count(_NAMES_D) == 2 and flat(text).count(_LONG) == 1
    _every_step_is_said_of_its_case(s, cases, lines)


def test_r33_01_a_short_step_two_cases_share_stays_in_place():
    """Where a heading and a pointer in each case would cost more lines than they save (two
    cases, one short step), the step stays under each case, as T32 keeps two convictions'
    paragraphs in place."""
    _s, _cases, text = _hand_made("AB", ["An attorney decides the open question above before the block on relief lifts."])
    assert "Next steps for each" not in text and STEP_POINTER not in text
    assert flat(text).count("PC 1203.4 dismissal: An attorney decides the open question above before the block on relief lifts.") == 2


def test_r33_02_a_case_whose_unfitting_remedies_were_said_says_so_in_one_line():
    """R33-02: "For the whole case:" over "Does not fit this record: the same remedies as case
    A." took three lines in every later case of a long record (19 of 20) to say one thing.
    Since T39-02 a one-count case says it in its count's line, and no paragraph of its own."""
    cases = _three_old_thefts()
    lines = render_text(run(*cases), Person(), cases).splitlines()
    for later in ("B", "C"):
        at = next(i for i, x in enumerate(lines) if x.startswith(f"CASE {later} "))
        unfit = [x for x in lines[at:] if x.startswith("    Does not fit this record")][0]
        assert unfit == "    Does not fit this record: the same remedies as A1 and, for the whole case, as case A."
    assert [x for x in lines if x.startswith("  For the whole case")] == ["  For the whole case:"]  # case A's, over its list


def test_r33_03_a_step_most_cases_share_names_the_cases_left_out():
    """R33-03: on a long record the sections after the last case were headed "Next steps for
    each of cases A, D, G, I, J, L, M, O, P, Q, R, S and T:" and, next, "... A, D, E, F, I, J,
    L, M, N, O, P, Q, R, S and T:": read aloud, the two could not be told apart.  Where fewer
    cases are left out than are in, the heading names those left out."""
    s, cases, text = _hand_made("ABCDEF", [_LONG])
    assert "Next steps for every case above:" in text.splitlines()
    s.results[:] = [d for d in s.results if d.case != "C"]
    text = render_text(s, Person(), cases)
    lines = text.splitlines()
    assert "Next steps for every case above except case C:" in lines
    _every_step_is_said_of_its_case(s, cases, lines)
    s.results[:] = [d for d in s.results if d.case not in "BD"]
    lines = render_text(s, Person(), cases).splitlines()
    assert "Next steps for each of cases A, E and F:" in lines  # three in, three out: named


def test_l34_03_a_step_pointing_above_stays_under_its_case():
    """L34-03: "An attorney decides the open question above before the block on relief lifts." was said after the
    last case, under "Next steps for every case above" (on engine_builders' 20-case record,
    "each of cases E, K and O"), where "above" pointed at no one case's table.  Such a step
    stays under its own case; the steps beside it are still shared."""
    question = "An attorney decides the open question above before the block on relief lifts."
    s, cases, text = _hand_made("ABCD", [_LONG, question])
    lines = text.splitlines()
    assert _shared_step_sections(lines) == {"Next steps for every case above:": [f"- PC 1203.4 dismissal: {_LONG}"]}
    for case_id in "ABCD":
        _heading, under = _steps_said(lines, case_id)
        assert under[-1] == f"- PC 1203.4 dismissal: {question}", under
    _every_step_is_said_of_its_case(s, cases, lines)
    cases = long_record()
    lines = render_text(run(*cases, as_of="2026-12-02"), Person(), cases).splitlines()
    assert not any(question in e for entries in _shared_step_sections(lines).values() for e in entries)
    for case_id in "EKO":  # after the fines step of 1203.4, in one entry naming it once (T37-05)
        assert any(e.startswith("- PC 1203.4 dismissal: ") and e.endswith(f" {question}") for e in _steps_said(lines, case_id)[1])
