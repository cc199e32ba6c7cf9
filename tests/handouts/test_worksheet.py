"""F37: the filing worksheet, a real PDF read back with pypdf: a multi-case demo client and the
20-case long record (its size is the point: every case, the footer on each of its pages)."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from handout_render import squash
from pypdf import PdfReader

from clinic_app.case_titles import case_heading, told_by_what_the_record_holds
from clinic_app.counties import other_counties_named
from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility import screen
from clinic_app.eligibility.fact_questions import named_as_recorded
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.compose import AUTOMATIC, FACTS_TO_FIND_OUT, CONFIDENTIAL, NEEDS_REVIEW, NOT_ADVICE, NOTHING_TO_FILE, READ_FIRST, TO_FILE
from clinic_app.worksheet.render import _step_said, render_bytes
from tests.eligibility.engine_builders import long_record

pytestmark = pytest.mark.pdf


class Rendered:
    def __init__(self, client: Client, as_of: date):
        import io

        self.client = client
        self.screening = screen(client.person, client.cases, as_of)
        self.worksheet = compose(client, self.screening)
        self.reader = PdfReader(io.BytesIO(render_bytes(self.worksheet)))
        self.pages = [squash(page.extract_text()) for page in self.reader.pages]
        self.text = " ".join(self.pages)


def _case_heading(case) -> str:
    """How the worksheet's heading of `case` begins: "Case BA123456 — " with its court after it;
    a case with no number, typed blank or "unknown", by what the record holds, its county in it
    and no court after it, "Case A (PC 484(a)/488, convicted 2001-03-02, Los Angeles County)"
    (W80-01, B84-01)."""
    return f"Case {case_heading(case)}" if told_by_what_the_record_holds(case) else f"Case {case.label} — "


def _heading(r: Rendered, label: str) -> str:
    """`_case_heading` of the case of `r` known as `label` (its number, or its key "A", "c3"), or
    titled `label` (a sheet's label)."""
    return _case_heading(next(c for c in r.client.cases if label in (c.label, case_heading(c))))


def _sheet(r: Rendered, label: str):
    """The case sheet of the case known as `label`."""
    case = next(c for c in r.client.cases if c.label == label)
    return next(s for s in r.worksheet.cases if s.label == case_heading(case))


def _sheet_heading(sheet) -> str:
    """`_case_heading` of a composed case sheet."""
    return f"Case {sheet.label}" if sheet.told_apart else f"Case {sheet.label} — "


@pytest.fixture(scope="module")
def demo() -> Rendered:
    # The first demo client with three cases: a revoked probation in review, a completed one
    # with two counts, and an arrest to seal (form CR-409).
    client = next(c for c in generate_clients(40, seed=1) if len(c.cases) >= 3)
    client.id = 7
    return Rendered(client, DEMO_AS_OF)


@pytest.fixture(scope="module")
def long() -> Rendered:
    return Rendered(Client("Rosa Example", Person(), long_record(), id=12, aliases=["R. Example"]), date(2026, 11, 15))


@pytest.mark.parametrize("which", ["demo", "long"])
def test_every_case_count_and_step_of_the_engine_is_printed(which, request):
    r: Rendered = request.getfixturevalue(which)
    labels = {case.id: case.label for case in r.client.cases}
    for case in r.client.cases:
        assert _case_heading(case) in r.text
        for conv in case.convictions:
            assert conv.citation in r.text
    counts = {conv.id: conv.citation for case in r.client.cases for conv in case.convictions}
    to_file = [d for d in r.screening.results if d.status in TO_FILE]
    assert to_file
    renamed = 0
    for d in to_file:
        for step in d.next_steps:
            # A step names a count as the record does, as the window does: "Conviction PC
            # 459/460(b): ...", never the record's key ("Conviction J1"), on no court paper.
            named = named_as_recorded(step, labels, counts)
            # Another county's case with its county (C149-01: the demo client's 2CP02363 is Kern's).
            named = other_counties_named(named, r.client.cases, next(c for c in r.client.cases if c.id == d.case))
            renamed += named != step
            # A step asking the facts its case lists is printed as a pointer there (W42-02).
            assert squash(named) in r.text or _asked_in_the_list(r, labels[d.case], named), (labels[d.case], d.remedy, named)
            if named != step:
                assert squash(step) not in r.text, step
    assert renamed or which == "demo"  # the long record's steps name counts by key
    for d in r.screening.results:
        if d.status == "blocked":
            assert squash(d.reasons[0].text) in r.text, (d.case, d.remedy)
    for field in ("Client number", str(r.client.id), "Rules version", r.screening.rules_version, r.screening.as_of.isoformat()):
        assert field in r.pages[0]


@pytest.mark.parametrize("which", ["demo", "long"])
def test_the_notices_and_page_x_of_y_are_on_every_page_and_the_fonts_are_embedded(which, request):
    r: Rendered = request.getfixturevalue(which)
    total = len(r.pages)
    assert total >= (9 if which == "long" else 2)
    for number, text in enumerate(r.pages, start=1):
        assert CONFIDENTIAL in text and NOT_ADVICE in text and f"Page {number} of {total}" in text
    # A page that goes on with a case names it at its top ("Case E (continued)"), or begins one.
    assert all(text.startswith("Case ") for text in r.pages[1:]), [text[:40] for text in r.pages[1:]]
    for page in r.reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            target = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in target["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_relief_is_grouped_by_the_form_the_steps_name_and_review_is_said_plainly(demo):
    arrest = next(s for s in demo.worksheet.cases if any(g.form == "CR-409" for g in s.groups))
    # The forms first; DOJ's automatic relief (PC 851.93) last, apart (W39-01).
    assert [(g.form, g.automatic) for g in arrest.groups] == [("CR-409", False), (None, True)]
    assert "Form CR-409" in demo.text and "Petition to seal an arrest (PC 851.91) — the whole case" in demo.text
    reviews = [d for d in demo.screening.results if d.status == "needs_review"]
    assert reviews and demo.text.count(NEEDS_REVIEW) >= 1
    # Counts of a case with the same answer in the same words share one entry: steps once.
    two_counts = next(s for s in demo.worksheet.cases if len(s.counts) == 2)
    assert any(len(f.counts) == 2 for g in two_counts.groups for f in g.filings)
    # A missing fact is asked as the window asks it, naming the case by its number, not by
    # the request's path ("cases[c1].sentence.completed").
    assert any(d.missing_facts for d in reviews) and "cases[" not in demo.text
    assert "Case 2CP02363: Has every part of the sentence" in demo.text
    assert render_bytes(demo.worksheet) == render_bytes(demo.worksheet)  # the same record, the same bytes


def test_w42_relief_naming_no_form_is_headed_in_the_clinics_words(long):
    """W42-03: the heading over relief whose steps name no court form read "No form named in
    the screening's steps", the program speaking of itself; it says what the paralegal needs."""
    assert long.text.count("No court form named for this relief") >= 5
    assert "No form named" not in long.text


def test_a_case_with_nothing_to_file_says_so_in_one_line(long):
    idle = [s for s in long.worksheet.cases if s.nothing_to_file]
    assert idle, "the long record has cases with only blocked relief"
    assert long.text.count(NOTHING_TO_FILE) == len(idle)
    for sheet in idle:
        # No facts table for it: its label appears once, on the one line.
        assert (f"Case {sheet.label}: " if sheet.told_apart else f"Case {sheet.label} — {sheet.court}: ") + NOTHING_TO_FILE in long.text


def test_the_command_writes_the_worksheet_readable_by_the_user_only(tmp_path, capsys):
    from clinic_app.cli import main
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    client = next(c for c in generate_clients(40, seed=1) if len(c.cases) >= 3)
    client.aliases.append("王小明")  # letters the font lacks: a blank line, not empty boxes
    (client_id,) = repo.add_clients([client])
    repo.close()
    out = tmp_path / "w.pdf"
    assert main(["worksheet", "--db", str(path), "--client", str(client_id), "--as-of", "2026-11-01", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = squash(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert squash(client.name) in text and all(_case_heading(c) in text for c in client.cases)
    assert "王" not in text and "Also known as Andrés Castañeda; ____________" in text
    said = capsys.readouterr()
    assert str(out) in said.out and "An alias has characters the worksheet font cannot print: 王小明" in said.err


def test_the_command_writes_an_events_worksheets_as_it_writes_its_handouts(tmp_path, capsys):
    """F38: `clinic-app worksheet --event NAME --out DIR`, by the handout batch's walk: one PDF
    per client, named as the handout batch names them (with "-worksheet"), private, progress
    and what could not be printed on standard error, the count on standard output."""
    from clinic_app.cli import main
    from clinic_app.handouts.batch import handout_filename
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    clients = [c for c in generate_clients(40, seed=1) if len(c.cases) >= 2][:2]
    for client in clients:
        client.event = "Fair"
    clients[1].aliases.append("王小明")
    ids = repo.add_clients(clients)
    repo.add_clients([Client("Not At The Fair", Person(), [], event="Other day")])
    saved = [repo.get_client(i) for i in ids]
    repo.close()
    out = tmp_path / "fair"
    assert main(["worksheet", "--db", str(path), "--event", "Fair", "--as-of", "2026-11-01", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert names == sorted(handout_filename(c, 0, "worksheet") for c in saved)
    assert f"{handout_filename(saved[0], 0)[:-4]}-worksheet.pdf" in names
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for client in saved:
        pdf = out / handout_filename(client, 0, "worksheet")
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
        assert f"Filing worksheet: {squash(client.name)}" in squash(PdfReader(pdf).pages[0].extract_text())
    said = capsys.readouterr()
    assert "worksheets: 2/2 done" in said.err and "2 worksheets, " in said.out and str(out) in said.out
    assert f"worksheet for {clients[1].name}: An alias has characters the worksheet font cannot print: 王小明" in said.err


def test_f38_a_step_that_points_to_the_open_question_above_has_it_above(long, demo):
    """F38: "An attorney decides the open question above before the block on relief lifts." is the engine's step,
    written to follow its reasons, as the window shows them (Why, then the steps); the worksheet
    printed the steps first, so "above" pointed at nothing, the open question in the reasons
    below it."""
    pointing = 0
    for r in (long, demo):
        for sheet in r.worksheet.cases:
            for filing in (f for g in sheet.groups for f in g.filings):
                heading = filing.remedy + (f" — {', '.join(filing.counts)}" if filing.counts else " — the whole case")
                start = r.text.index(heading, r.text.index(_sheet_heading(sheet)))
                asked = [s for s in filing.steps if "question above" in s]
                if not asked:
                    continue
                pointing += 1
                step_at = r.text.index(squash(asked[0])[:40], start)
                # Every reason, the question among them, before the step that points up to it.
                for reason, _cite in filing.reasons:
                    assert start < r.text.index(squash(reason)[:40], start) < step_at, (heading, reason)
    assert pointing >= 3


def test_f38_a_remedy_blocked_alike_on_several_counts_is_one_line_naming_them():
    """F38: a two-count case on probation in another case printed four blocked lines, each
    remedy's twice, the same words but the count ("..., HS 11359: blocked until 2029-09-27: The
    person is on probation in case LA489374 ..." and again for PC 459/460(b)); now one line a
    remedy naming both counts, on the real PDF."""
    client = next(c for c in generate_clients(40, seed=1) if c.name == "Miguel Gutiérrez Hernández")
    r = Rendered(client, DEMO_AS_OF)
    sheet = next(s for s in r.worksheet.cases if len(s.counts) == 2 and s.nothing_to_file)
    first, second = (c.section for c in sheet.counts)
    # The bar (in eight results of two cases) is said once under "Read this first" (X40-01),
    # and 1203.4 and 1203.425, blocked alike by it, share the line pointing there (X40-03).
    assert len(sheet.blocked) == 1, sheet.blocked
    remedies = "Dismissal after probation (PC 1203.4) and Automatic conviction relief by DOJ (PC 1203.425)"
    line = f"{remedies}, {first}, {second}: blocked until 2029-09-27 by the probation in case"
    assert r.text.count(line) == 1, line
    assert f"(PC 1203.4), {second}: blocked" not in r.text and f"(PC 1203.425), {second}: blocked" not in r.text


def test_f38_money_is_said_once_in_its_row_not_again_as_outstanding(long):
    """F38: case E's fines were said in its row ("Fines $500 ordered, $200 paid, $300 owed")
    and again under "Still outstanding" ("Fines: $200 of $500 paid"); the row says it all, so
    the case has nothing else outstanding and no such heading."""
    case_e = long.text[long.text.index(_heading(long, "E")):long.text.index(_heading(long, "F"))]
    assert "Fines $500 ordered, $200 paid, $300 owed (a condition of probation)" in case_e
    assert "Fines: $200 of $500 paid" not in long.text
    assert "Still outstanding" not in case_e
    # What the checklist says beyond the row stays: probation still running in case H.
    case_h = long.text[long.text.index(_heading(long, "H")):long.text.index(_heading(long, "I"))]
    assert "Still outstanding (checklist) • Probation ends 2027-09-15" in case_h


def test_f38_relief_already_granted_for_a_count_is_beside_it(long):
    """F38: case I's felony HS 11350(a) was redesignated under Prop 47 in 2015 (the record's
    relief_granted), and the worksheet listed it as "felony" and no more: the paralegal copying
    it onto a petition wrote a level the count no longer has.  The count now says it."""
    case_i = long.text[long.text.index(_heading(long, "I")):long.text.index(_heading(long, "J"))]
    assert ("HS 11350(a) Possession of a controlled substance (narcotics) "
            "Already granted: Prop 47 reduction (PC 1170.18), 2015-08-01 felony 2009-03-02") in case_i
    assert long.text.count("Already granted:") == 1  # the only count with relief granted


def test_f38_a_fact_to_find_out_is_asked_once_a_case_before_its_relief(long, demo):
    """F38: case J's revoked probation was asked about ("what sentence followed ...?") under
    each of the three remedies waiting on it, and the demo client's unserved sentence under
    both of its; each case now lists its facts to find out once, before "Relief to ask for"."""
    revocation = "Probation was revoked on 2010-11-01: what sentence followed"
    case_j = long.text[long.text.index(_heading(long, "J")):long.text.index(_heading(long, "K"))]
    sheet_j = _sheet(long, "J")
    in_steps = sum(revocation in step for g in sheet_j.groups for f in g.filings for n, step in enumerate(f.steps)
                   if n not in f.asked_in_list)  # a step asking it again points to the list (W42-02)
    assert case_j.count(revocation) == 1 + in_steps  # the list's, and the engine's own step that names it
    assert case_j.index("Facts to find out before filing") < case_j.index(revocation) < case_j.index("Relief to ask for")
    served = "Case 2CP02363: Has every part of the sentence (jail, fines, other terms) been completed?"
    assert demo.text.count(served) == 1
    for r in (long, demo):
        for sheet in r.worksheet.cases:
            for asked in sheet.to_find_out:  # every question of every relief, still asked
                assert squash(asked) in r.text
        # The heading once a case (the pointers to it name it in quotes: W42-02).
        assert r.text.count("Facts to find out before filing") - r.text.count("“Facts to find out before filing”") == \
            sum(bool(s.to_find_out) for s in r.worksheet.cases)


def test_f38_a_revocation_to_find_out_is_said_once_not_also_as_outstanding(long, demo):
    """F38: case J said "Probation revoked 2010-11-01, no later sentence recorded: find out what
    sentence followed" under Still outstanding and, just below, asked the same under Facts to
    find out before filing; the question stays, the checklist line goes.  Where no relief asks
    it (the demo client's case 2CP02363: an attorney's choice, not a missing fact) it stays."""
    case_j = long.text[long.text.index(_heading(long, "J")):long.text.index(_heading(long, "K"))]
    assert "Probation was revoked on 2010-11-01: what sentence followed" in case_j
    assert "Probation revoked 2010-11-01, no later sentence recorded" not in case_j
    assert "Still outstanding" not in case_j
    own = demo.text[demo.text.index(_heading(demo, "2CP02363")):demo.text.index(_heading(demo, "1MP31036"))]
    assert "Still outstanding (checklist) • Probation revoked 2023-07-12, no later sentence recorded: find out" in own


def test_f38_an_arrest_is_given_with_its_level(demo):
    """F38: the arrest to seal (form CR-409) was printed "2021-12-06 (PC 602)" though the record
    says it was a misdemeanor arrest, the level the limitations period and the petition turn on."""
    arrest = demo.text[demo.text.index(_heading(demo, "c3")):]
    assert "Arrest 2021-12-06 (misdemeanor PC 602)" in arrest


def _asked_in_the_list(r: Rendered, label: str, step: str) -> bool:
    """Whether case `label` prints `step` (a "Find out, then screen again: ...?" step) as a
    pointer to its facts to find out by their numbers, each of the step's questions that
    numbered fact of the list, and its "Where to look" under the pointer: all the step says."""
    import re

    text = _case_text(r, label)
    if FACTS_TO_FIND_OUT not in text or "Relief to ask for" not in text and AUTOMATIC not in text:
        return False
    listed_facts = text[text.index(FACTS_TO_FIND_OUT):text.index("Relief to ask for" if "Relief to ask for" in text else AUTOMATIC)]
    items = {int(n): fact for n, fact in re.findall(r"(?:^| )(\d+)\. (.*?)(?= \d+\. |$)", listed_facts)}
    asked, _, look = step.partition(" Where to look: ")
    asked = asked.split(": ", 1)[1]  # after "Find out, then screen again"
    questions = [q.strip() + "?" for q in asked.split("?") if q.strip()]
    numbers = sorted({next((n for n, fact in items.items() if squash(q) in fact), 0) for q in questions})
    if not questions or 0 in numbers:
        return False
    which = f"fact {numbers[0]}" if len(numbers) == 1 else "facts " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
    lead = "Ask the client about" if step.startswith("Ask the client,") else "Find out"
    return squash(f"{lead} {which} of “{FACTS_TO_FIND_OUT}” above, then screen again." + (f" Where to look: {look}" if look else "")) in text


def test_w42_a_step_asking_the_facts_listed_above_points_to_the_list(long, demo):
    """W42-02: case H's Prop 47 step "Find out, then screen again: Conviction PC 487(a): What was
    the value of the property (in dollars)? On what date was the offense committed? Where to
    look: ..." stood a few lines under the same two questions in "Facts to find out before
    filing" (case J's three such steps likewise).  It now names those facts by their numbers in
    that list and keeps where to look; every question it asked is that numbered fact, read back
    from the PDF."""
    shortened = 0
    for r in (long, demo):
        for sheet in r.worksheet.cases:
            for g in sheet.groups:
                for f in g.filings:
                    for n in f.asked_in_list:
                        assert _asked_in_the_list(r, sheet.label, f.steps[n]), (sheet.label, f.steps[n])
                        assert squash(f.steps[n]) not in r.text
                        shortened += 1
    assert shortened >= 4
    case_h = _case_text(long, "H")
    assert ("1. Find out facts 1 and 2 of “Facts to find out before filing” above, then screen again. "
            "Where to look: the police report or the plea form; the complaint.") in case_h
    assert case_h.count("What was the value of the property (in dollars)?") == 1


def _case_text(r: Rendered, label: str) -> str:
    """The PDF text of case `label`, to the next case's heading."""
    labels = [c.label for c in r.client.cases]
    label = next(c.label for c in r.client.cases if label in (c.label, case_heading(c)))  # or its sheet's title
    start = r.text.index(_heading(r, label))
    later = [r.text.index(_heading(r, other), start) for other in labels[labels.index(label) + 1:]]
    return r.text[start:min(later, default=len(r.text))]


def test_w39_dojs_automatic_relief_is_apart_not_relief_to_ask_for(long, demo):
    """W39-01: PC 1203.425 and 851.93 were listed under "Relief to ask for" ("No form named in
    the screening's steps"), as if a petition were to be prepared for them; DOJ grants them on
    its own records.  They now come after the relief to ask for, under a heading that says no
    filing, with their steps (check the RAP sheet) still printed; a case with only DOJ's relief
    (the long record's case D) has no "Relief to ask for" at all."""
    doj = ("Automatic conviction relief by DOJ (PC 1203.425) — ", "Automatic arrest relief by DOJ (PC 851.93) — ")
    apart = 0
    for r in (long, demo):
        for sheet in r.worksheet.cases:
            text = _case_text(r, sheet.label)
            to_ask = text.split(AUTOMATIC)[0]
            assert not any(title in to_ask for title in doj), sheet.label
            if sheet.automatic is None:
                assert AUTOMATIC not in text
                continue
            apart += 1
            assert text.count(AUTOMATIC) == 1
            assert all(f.remedy.startswith("Automatic") for f in sheet.automatic.filings)
            below = text.split(AUTOMATIC)[1]
            for filing in sheet.automatic.filings:  # its steps kept, under it (or above: W39-02)
                assert all(squash(step) in below for n, step in enumerate(filing.steps)
                           if n not in filing.said_above and n not in filing.at_top and n not in filing.asked_in_list), \
                    (sheet.label, filing.remedy)
            assert ("Relief to ask for" in to_ask) == bool(sheet.to_ask_for), sheet.label
    assert apart >= 8
    case_d = _case_text(long, "D")
    assert "Relief to ask for" not in case_d and f"{AUTOMATIC} Automatic conviction relief by DOJ (PC 1203.425) — VC 23152(a)" in case_d
    arrest = _case_text(demo, "c3")
    assert arrest.index("Form CR-409") < arrest.index(AUTOMATIC) < arrest.index("Get the client's RAP sheet (Live Scan)")


def test_w39_a_step_two_remedies_of_a_case_give_is_printed_once_in_the_case(long, demo):
    """W39-02: case H's "Ask the court to end probation early (PC 1203.3); then 1203.4 becomes
    mandatory." was printed under 1203.4 and again under 1203.3, word for word, as if two
    things to prepare (and the demo client's 1203.4 and 1203.425 steps alike); the later one now
    points to where it is said, keeping its number, and every step is printed once a case."""
    for r in (long, demo):
        for sheet in r.worksheet.cases:
            text = _case_text(r, sheet.label)
            # A bar's step said under "Read this first" is pointed to, not said in the case (X40-01).
            # One asking the facts listed above points there (W42-02).
            steps = {step for g in sheet.groups for f in g.filings for n, step in enumerate(f.steps)
                     if n not in f.at_top and n not in f.asked_in_list and n not in f.for_several}
            for step in steps:
                assert text.count(squash(step)) == 1, (sheet.label, step)
    pointers = sum(len(f.said_above) for r in (long, demo) for s in r.worksheet.cases for g in s.groups for f in g.filings)
    assert pointers >= 3
    case_h = _case_text(long, "H")
    early = "Ask the court to end probation early (PC 1203.3); then 1203.4 becomes mandatory."
    # Under the relief listed first (1203.3, to ask for now: W39-03), pointed to from 1203.4.
    pointer = "1. The same as step 1 under Early termination of probation (PC 1203.3), above. 2. Otherwise, on or after"
    assert case_h.index("Early termination of probation (PC 1203.3) — the whole case") < case_h.index(early) \
        < case_h.index("Dismissal after probation (PC 1203.4) — PC 487(a)") < case_h.index(pointer)
    own = _case_text(demo, "1MP31036")
    assert "The same as step 1 under Dismissal after probation (PC 1203.4), above." in own.split(AUTOMATIC)[1]


def test_w39_relief_to_ask_for_now_comes_before_relief_on_a_date_and_review(long, demo):
    """W39-03: under case H's Form CR-180, 1203.4 "Eligible on 2027-09-16" came first and 1203.3
    "Eligible now", the request to prepare today, after it (the remedies' own order); now, as in
    the text report, what can be filed now comes first, then on a date, then what waits on an
    attorney, in each form and in the order of the forms."""
    rank = {"Eligible now": 0, "Eligible on": 1, "Needs an attorney's review": 2}

    def ranked(filing) -> int:
        return next(v for k, v in rank.items() if filing.status.startswith(k))

    for r in (long, demo):
        for sheet in r.worksheet.cases:
            for groups in (sheet.to_ask_for, [sheet.automatic] if sheet.automatic else []):
                for g in groups:
                    assert [ranked(f) for f in g.filings] == sorted(ranked(f) for f in g.filings), (sheet.label, g.heading)
                firsts = [ranked(g.filings[0]) for g in groups if g.form is not None]
                assert firsts == sorted(firsts), sheet.label
    case_h = _case_text(long, "H")
    # The form's own steps, said once for its requests (W46-02), then the requests.
    assert case_h.index("Form CR-180 File once for this case") \
        < case_h.index("Early termination of probation (PC 1203.3) — the whole case Eligible now") \
        < case_h.index("Reduction of a wobbler to a misdemeanor (PC 17(b)) — PC 487(a) Eligible now") \
        < case_h.index("Dismissal after probation (PC 1203.4) — PC 487(a) Eligible on 2027-09-16")


def test_w39_dojs_relief_in_review_does_not_say_before_anything_is_filed(long, demo):
    """W39-04: PC 1203.425 in review (the long record's cases D, I, J, R, S) said "Needs an
    attorney's review before anything is filed" under "Automatic (no filing)": nothing is filed
    for it.  It says what the attorney reviews; the relief filed by petition keeps its words."""
    for r in (long, demo):
        automatic = [f for s in r.worksheet.cases if s.automatic for f in s.automatic.filings if f.needs_review]
        petitions = [f for s in r.worksheet.cases for g in s.to_ask_for for f in g.filings if f.needs_review]
        assert r.text.count(NEEDS_REVIEW) == len(petitions) > 0
        assert r.text.count("Needs an attorney's review of whether DOJ's relief applies") == len(automatic) > 0
        for sheet in r.worksheet.cases:
            if sheet.automatic is not None:
                assert "before anything is filed" not in _case_text(r, sheet.label).split(AUTOMATIC)[1], sheet.label


def test_x40_a_bar_in_one_case_is_said_once_on_page_1_and_each_line_points_there(long, demo):
    """X40-01: on the long record the probation in case H blocks results in 18 other cases;
    its step "Ask the court to end probation early in case H (PC 1203.3) ..." was printed in
    eight cases and the bar's sentence in each of 20 blocked lines.  Now, as the text report
    does (bars_said_once, shared), it is said once under "Read this first" on page 1, before
    the first case; a case's step and blocked line point there.  The demo client, with no bar
    from another case, has no such block."""
    step = "Ask the court to end probation early (PC 1203.3) in case H (PC 487(a), convicted 2025-09-15, Los Angeles County); relief can follow once it ends."
    bar = "The person is on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15. Relief is blocked until 2027-09-16; recheck on that day."
    assert long.text.count(step) == 1 and long.text.count(bar) == 1
    top = long.pages[0]
    assert top.index("Rules version") < top.index("Read this first") < top.index(bar) < top.index(step) < top.index(_heading(long, "A"))
    # 18 cases with no number: counted, each saying so under its heading (K85-01), not 18 titles in a sentence.
    assert "Blocks relief in 18 cases (see each case below):" in top
    pointer = 'See “Read this first” on page 1: what ends the probation in case H sooner.'
    assert long.text.count(pointer) >= 8
    blocked = "PC 484(a)/488: blocked until 2027-09-16 by the probation in case H (see “Read this first”, page 1)"
    assert blocked in _case_text(long, "A")
    assert long.text.count("blocked until 2027-09-16 by the probation in case H") >= 18
    assert "Read this first" not in demo.text


def test_x40_a_result_in_review_the_bar_blocks_points_to_it_in_one_line(long):
    """X40-02: a result in review that the probation in case H blocks too (case K's 1203.4,
    case C's certificate of rehabilitation: nine results) still said the bar's two sentences
    among its reasons, "The person is on probation in case H through 2027-09-15." and "Relief
    is blocked until 2027-09-16; recheck on that day."; now one line, cited, pointing to "Read
    this first", the reasons of its own kept.  Where the bar reads otherwise ("Whichever route
    follows the revocation, relief here waits until ..."), its words stay, as in the text report
    (bars_said_once)."""
    cases = long.text.split(_heading(long, "A"), 1)[1]
    assert "Relief is blocked until 2027-09-16; recheck on that day." not in cases
    case_k = _case_text(long, "K")
    assert ("– Blocked by the probation in case H (see “Read this first”, page 1). (PC 1203.4(a)(1)) "
            "– Were it not for that, relief here would be discretionary now") in case_k
    assert long.text.count("Blocked by the probation in case H (see “Read this first”, page 1).") == 9


def test_x40_remedies_a_bar_blocks_alike_in_a_case_share_one_line(long):
    """X40-03: each of the long record's eight cases with nothing to file (and two more) said
    "blocked until 2027-09-16 by the probation in case H (see ...)" twice, for 1203.4 and for
    1203.425 (or 1203.41 and 1203.42), each wrapped over two lines; now one line names both:
    18 blocked lines where there were 28.  A blocked line of its own words (not the bar said
    once) stays one a remedy."""
    both = ("Dismissal after probation (PC 1203.4) and Automatic conviction relief by DOJ (PC 1203.425), PC 647(b): "
            "blocked until 2027-09-16 by the probation in case H (see “Read this first”, page 1)")
    case_b = _case_text(long, "B")
    assert both in case_b and case_b.count("blocked until") == 1
    merged = [line for sheet in long.worksheet.cases for line in sheet.blocked if ") and " in line.split(":")[0]]
    assert len(merged) == 10
    assert all("by the probation in case H" in line for line in merged)
    assert sum(len(sheet.blocked) for sheet in long.worksheet.cases) == 18


@pytest.fixture(scope="module")
def automatic_alone() -> Rendered:
    # Demo client 37 (seed 1): one case, DOJ's automatic relief last on page 1; its reasons
    # filled the page's foot and its one step, all that says what to do, was alone on page 2.
    return Rendered(next(c for c in generate_clients(40, seed=1) if c.name == "Luis Ibáñez"), DEMO_AS_OF)


def _page_at(r: Rendered, at: int) -> int:
    """The page (from 1) of the character at `at` in `r.text`."""
    end = -1
    for number, page in enumerate(r.pages, start=1):
        end += len(page) + 1
        if at < end:
            return number
    raise AssertionError(at)


@pytest.mark.parametrize("which", ["long", "automatic_alone"])
def test_l41_a_remedys_headings_name_status_and_reasons_share_a_page_with_its_first_step(which, request):
    """L41: a remedy's name, status and reasons had ended a page with all its steps on the next
    (the long record's Prop 47 review for case H, page 3 to 4; demo client 37's DOJ relief).
    Now every remedy's first step is on the page of its name, and so are the headings with
    nothing else under them ("Relief to ask for", a form's heading) above it; later steps
    may run on to the next page, and the PDF is read in order, a cursor through its text."""
    r: Rendered = request.getfixturevalue(which)
    at = 0
    checked = 0
    for sheet in r.worksheet.cases:
        if sheet.nothing_to_file:
            continue
        at = r.text.index(_sheet_heading(sheet), at)
        parts = [("Relief to ask for", sheet.to_ask_for)] if sheet.to_ask_for else []
        if sheet.automatic is not None:
            parts.append((sheet.automatic.heading, [sheet.automatic]))
        for title, groups in parts:
            above = [title]
            for group in groups:
                if group is not sheet.automatic:
                    above.append(group.heading)
                for filing in group.filings:
                    lead = [*above, filing.heading, filing.status, *(squash(text) for text, _ in filing.reasons)]
                    if filing.steps:
                        lead.append("1. " + squash(_step_said(filing, 0, filing.steps[0]))[:60])
                    pages = []
                    for said in lead:
                        at = r.text.index(said, at)
                        pages.append(_page_at(r, at))
                    assert len(set(pages)) == 1, (sheet.label, filing.heading, list(zip(lead, pages)))
                    above = []
                    checked += 1
    assert checked >= (10 if which == "long" else 1)


def _demo_client(number: int) -> Rendered:
    """Demo client `number` as `clinic-app demo` adds them (seed 0), rendered."""
    client = list(generate_clients(number, seed=0))[number - 1]
    client.id = number
    return Rendered(client, DEMO_AS_OF)


@pytest.fixture(scope="module")
def outstanding_at_foot() -> Rendered:
    # Demo client 54: case 4CJ52436's "Still outstanding" had ended page 2 with one of its
    # three items, two on page 3.
    return _demo_client(54)


@pytest.mark.parametrize("which", ["long", "demo", "outstanding_at_foot"])
def test_w42_a_short_list_is_on_one_page_with_its_heading(which, request):
    """W42-04: "Still outstanding", "Facts to find out before filing" and "Blocked for now" could
    split across a page break (demo client 54: one checklist item at a page's foot, the rest on
    the next).  A list under SHORT_LIST_LINES printed lines is now on its heading's page."""
    from clinic_app.worksheet.render import SHORT_LIST_LINES

    r: Rendered = request.getfixturevalue(which)
    at = 0
    checked = 0
    for sheet in r.worksheet.cases:
        at = r.text.index(_sheet_heading(sheet), at)
        if sheet.nothing_to_file:
            continue  # one line and its blocked lines, kept whole already
        for heading, items in (("Still outstanding (checklist)", sheet.outstanding), (FACTS_TO_FIND_OUT, sheet.to_find_out),
                               ("Blocked for now", sheet.blocked)):
            if not items or sum(len(item) for item in items) > SHORT_LIST_LINES * 60:
                continue  # none, or surely long (about 100 characters a line: short ones are checked)
            where = r.text.index(heading, at)
            pages = {_page_at(r, where)}
            for item in items:
                where = r.text.index(squash(item)[:25], where)
                pages.add(_page_at(r, where))
            assert len(pages) == 1, (sheet.label, heading, pages)
            checked += 1
    assert checked >= (1 if which == "outstanding_at_foot" else 2)


@pytest.fixture(scope="module")
def sentence_elsewhere() -> Rendered:
    # Demo client 83: three cases each gave "Find out from the court whether the sentence in
    # case 24CJCF45467 has been served ..." word for word, under each of them.
    return _demo_client(83)


@pytest.mark.parametrize("which", ["sentence_elsewhere", "long", "demo"])
def test_w42_a_step_about_another_case_that_several_give_is_said_once_on_page_1(which, request):
    """W42-01: a step about one case that several cases give (demo client 83's "Find out from
    the court whether the sentence in case 24CJCF45467 has been served ...", under three
    cases) was printed in each, one thing to do read as three.  It is now said once under
    "Read this first" on page 1, naming the cases it is for, and each case points there; no
    step naming a case is printed in full in two cases, and every step is still printed."""
    from clinic_app.eligibility.text_report import case_named

    r: Rendered = request.getfixturevalue(which)
    printed_in: dict[str, set[str]] = {}
    for sheet in r.worksheet.cases:
        text = _case_text(r, sheet.label)
        for g in sheet.groups:
            for f in g.filings:
                for n, step in enumerate(f.steps):
                    if case_named(step) and squash(step) in text:
                        printed_in.setdefault(step, set()).add(sheet.label)
                    assert squash(step) in r.text or n in f.asked_in_list  # that one: W42-02's test
    assert all(len(cases) == 1 for cases in printed_in.values()), printed_in
    first_case = r.text.index(_case_heading(r.client.cases[0]))
    top = r.text[:first_case]
    for once in r.worksheet.for_several:
        assert r.text.count(squash(once.step)) == 1 and squash(once.step) in top
        assert f"For cases {', '.join(once.cases[:-1])} and {once.cases[-1]}: {squash(once.step)}" in top
        for label in once.cases:
            assert f"See “Read this first” on page 1: the step about {once.about}, said once for cases" in _case_text(r, label)
    if which == "sentence_elsewhere":
        assert [once.cases for once in r.worksheet.for_several] == [("GA378201", "2CP30656", "1VY29031")]
        # The step's second remedy in a case points to page 1 itself, not to the step above it
        # that points there: "The same as step 1 under Dismissal after probation ..." made
        # two hops to the words.
        said_once = {id(f) for sheet in r.worksheet.cases for g in sheet.groups for f in g.filings if f.for_several}
        assert sum(1 for sheet in r.worksheet.cases for g in sheet.groups for f in g.filings
                   if id(f) in said_once for n in f.said_above if n in f.for_several) >= 2
        assert "The same as step 1 under Dismissal after probation (PC 1203.4), above." not in _case_text(r, "GA378201")


def _text_spans(reader: PdfReader, page: int) -> list[tuple[float, float, str]]:
    """Where each piece of text of a page starts and ends, left to right, in points: its place
    on the page, and that plus its width in the font it is printed in."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from clinic_app.handouts.fonts import register_family

    register_family("DejaVuSans")
    ends = []

    def seen(text, cm, tm, font, size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            face = "DejaVuSans-bold" if "Bold" in str((font or {}).get("/BaseFont", "")) else "DejaVuSans"
            ends.append((x, x + stringWidth(text.strip(), face, size) * cm[0], text.strip()))

    reader.pages[page].extract_text(visitor_text=seen)
    return ends


def test_a43_03_the_offense_date_is_beside_each_count_where_the_record_holds_one(demo, long):
    """The counts' table gave Section, What it is, Level and Convicted but not the day of the
    offense the record holds ("Offense on" in the Record tab), which several petitions ask and
    Prop 47's timing turns on.  A case with one for any count now has an "Offense" column (a
    count without one: "not recorded"), before the conviction's day, the table no wider than
    the page; a case with none keeps its four columns."""
    import copy

    first = demo.client.cases[0].convictions[0]
    assert first.offense_date is not None
    assert (f"Section What it is (offense catalog) Level Offense Convicted HS 11359 Possession of marijuana for sale "
            f"misdemeanor {first.offense_date.isoformat()} {first.conviction_date.isoformat()}") in demo.text
    # The long record holds no offense's day: its tables keep their four columns.
    assert "Level Convicted" in long.text and "Offense Convicted" not in long.text

    # A case with a count whose day the record lacks: "not recorded" beside that count alone.
    client = copy.deepcopy(demo.client)
    case = next(c for c in client.cases if c.case_number == "1MP31036")
    dated, undated = case.convictions
    undated.offense_date = None
    mixed = Rendered(client, DEMO_AS_OF)
    own = mixed.text[mixed.text.index(_heading(mixed, "1MP31036")):]
    assert f"misdemeanor {dated.offense_date.isoformat()} {dated.conviction_date.isoformat()}" in own
    assert f"Possessing drug paraphernalia misdemeanor not recorded {undated.conviction_date.isoformat()}" in own
    # Each day on one line in its column, the last column within the page's margin (0.7 inch)
    # as the four columns were: "not recorded" ends before the conviction's day begins.
    spans = _text_spans(mixed.reader, 0)
    margin = float(mixed.reader.pages[0].mediabox.width) - 0.7 * 72
    unknown = next(span for span in spans if span[2] == "not recorded")
    convicted = [span for span in spans if span[2] in ("Convicted", undated.conviction_date.isoformat())]
    assert len(convicted) >= 3 and all(unknown[1] < start and end <= margin + 0.5 for start, end, _ in convicted), (unknown, convicted)


def test_r43_01_a_step_that_names_no_case_is_not_said_once_as_about_a_case():
    """R43-01: "case" followed by any word was taken for a case's name.  "An attorney decides
    whether summary probation in another case stops automatic relief", given by three of the
    29th demo client's (seed 7) cases, went to page 1, and each case said "See “Read this first” on
    page 1: the step about case stops"; "serving a sentence in case KA728427, which may stop
    it" was about "case KA728427, which".  A case is named by its number (or a letter)."""
    from clinic_app.eligibility.text_report import case_named

    assert case_named("An attorney decides whether summary probation in another case stops automatic relief.") is None
    assert case_named("the person may be serving a sentence in case KA728427, which may stop it") == "case KA728427"
    assert case_named("serving a sentence in case SA967993 and on probation in cases 26CJCM22339 and 6CJ49914.") == "case SA967993"
    assert case_named("Ask the court to end probation early in cases C, F and H.") == "cases C, F and H"
    assert case_named("whether the sentence in case 24CJCF45467 has been served") == "case 24CJCF45467"

    client = list(generate_clients(29, seed=7))[28]
    worksheet = compose(client, screen(client.person, client.cases, DEMO_AS_OF))
    labels = {case.label for case in client.cases}
    assert all(set(once.about.split(" ", 1)[1].replace(",", "").replace(" and ", " ").split()) <= labels
               for once in worksheet.for_several), [once.about for once in worksheet.for_several]


@pytest.fixture(scope="module")
def counts_differ() -> Rendered:
    # Demo client 56: case 25CJCM90773's two counts, DUI VC 23152(b) and PC 21310, get the same
    # six 1203.4 steps; only one reason differs (the DUI "is" a VC 12810 offense, the other
    # count's case "also includes" one).
    return _demo_client(56)


def test_w46_counts_whose_reasons_differ_share_one_request_and_its_steps(counts_differ):
    """W46-01: a case's 1203.4 for its two counts was two requests, one a count, because a
    reason differed: the second's six steps were six lines "The same as step N under Dismissal
    after probation (PC 1203.4) — VC 23152(b), above.", one petition read as two.  Now one
    request names both counts, says its status, the reasons both give and its steps once, and
    each count's own reason after the count's name; every reason is still printed."""
    r = counts_differ
    case = _case_text(r, "25CJCM90773")
    assert "Dismissal after probation (PC 1203.4) — VC 23152(b), PC 21310 Eligible on 2030-08-05 (discretionary)" in case
    # The one pointer left: 1203.4's first step is 1203.3's second, said above it (W39-02).
    dismissal = case.split("Dismissal after probation (PC 1203.4)")[1].split(AUTOMATIC)[0]
    assert "The same as step" not in dismissal.split("1. The same as step 2", 1)[1]
    assert case.count("file form CR-180 (petition) with CR-181 (order)") == 1
    assert ("– For VC 23152(b): VC 23152(b) is a VC 12810(a)-(e) offense, so relief is discretionary only. "
            "(PC 1203.4(c)(1)-(2)) – For PC 21310: The case also includes VC 23152(b)") in case
    assert case.count("Probation is still running and ends on 2030-08-04; relief is available from the next day") == 1
    for d in r.screening.results:
        if d.status in TO_FILE:
            for reason in d.reasons:
                assert squash(reason.text) in r.text, (d.remedy, reason.text)


def test_w46_a_forms_own_steps_are_said_once_for_the_case_before_its_requests():
    """W46-02: one CR-180 carries a case's 1203.4 and 17(b) (or 1203.41 and 1203.42, the
    attorney's choice), yet the worksheet said the form under each request: the filing, the
    declaration to attach and the fee under 1203.4, the 17(b) box under 17(b), and case
    TA352511's fee under 1203.41 and again as "The same as step 2 under ..." under 1203.42.  The
    form's own steps are now said once for the case, under "File once for this case" below the
    form's heading, each naming the requests that give it where not all do; each request keeps
    its status, reasons and other steps."""
    r = _demo_client(44)
    case = _case_text(r, "TA352511")
    fee = "There is no court filing fee for this petition (AB 134, since 2023-07-10)."
    # The one pointer: 1203.42's "pick one of these" step, said first under 1203.41 (J125-01).
    assert case.count(fee) == 1 and case.count("The same as step") == 1
    assert ("Form CR-180 File once for this case 1. For PC 1203.41 (or PC 1203.42 dismissal: the attorney picks one): "
            "File form CR-180 (petition) with CR-181 (order) with the "
            "court that entered the conviction; give the prosecutor 15 days' notice; attach a declaration (MC-030) and "
            "letters of support. 2. For PC 1203.42 (or PC 1203.41 dismissal: the attorney picks one): File form CR-180 (petition) with CR-181 (order) with the court that "
            f"entered the conviction; attach a declaration (MC-030) and letters of support. 3. {fee} "
            "Dismissal after county jail or prison (PC 1203.41) — HS 11350(a)") in case

    r = _demo_client(26)
    case = _case_text(r, "TA827713")
    block = case[case.index("File once for this case"):case.index("Dismissal after probation (PC 1203.4) — PC 21310")]
    for said in ("1. For PC 1203.4: File form CR-180 (petition) with CR-181 (order)", "2. For PC 17(b): Ask for the reduction on form CR-180",
                 "3. For PC 1203.4: Attach a declaration (MC-030)", f"4. For PC 1203.4: {fee}"):
        assert said in block, said
    sheet = next(s for s in r.worksheet.cases if s.label == "TA827713")
    (cr180,) = [g for g in sheet.groups if g.form == "CR-180"]
    for step, _for in cr180.once:
        assert case.count(squash(step)) == 1, step
        assert not any(step in f.steps for f in cr180.filings)


@pytest.mark.parametrize("number, as_of", [(13, DEMO_AS_OF), (22, DEMO_AS_OF), (24, DEMO_AS_OF), (24, date(2023, 6, 1)),
                                           (26, DEMO_AS_OF), (34, DEMO_AS_OF), (44, DEMO_AS_OF), (56, DEMO_AS_OF), (0, None)])
def test_w46_every_form_a_cases_steps_name_is_still_named_in_the_case(number, as_of, long):
    """W46: saying a form's steps once (W46-02) and a request's counts together (W46-01) must
    lose no paper to file: every form the engine's steps name for a case's relief (CR-180,
    CR-181, CR-409, CR-410, CR-400, CR-401, the declaration MC-030, the fee waiver FW-001 of a
    screening before AB 134) is named in that case's pages, and every step is printed."""
    import re

    r = long if number == 0 else _demo_client(number) if as_of == DEMO_AS_OF else Rendered(
        list(generate_clients(number, seed=0))[number - 1], as_of)
    labels = {c.id: c.label for c in r.client.cases}
    counts = {conv.id: conv.citation for c in r.client.cases for conv in c.convictions}
    top = r.text[:r.text.index(_case_heading(r.client.cases[0]))]
    named = 0
    for d in r.screening.results:
        if d.status not in TO_FILE:
            continue
        case = _case_text(r, labels[d.case])
        for step in (named_as_recorded(s, labels, counts) for s in d.next_steps):
            for form in re.findall(r"\b(?:CR|MC|FW)-\d+\b", step):
                assert form in case or form in top, (labels[d.case], d.remedy, form)
                named += 1
            assert squash(step) in r.text or _asked_in_the_list(r, labels[d.case], step), (labels[d.case], d.remedy, step)
    assert named
    if as_of == date(2023, 6, 1):
        assert "ask for a fee waiver (form FW-001)" in r.text


@pytest.mark.parametrize("which", ["demo", "long"])
def test_h167_01_each_request_says_the_screenings_confidence_under_its_status(which, request):
    """H167-01: the attorney reading a client's worksheet the night before the hearings read
    "Eligible now (discretionary)" with nothing of how sure the screening is: the text report
    and the Eligibility tab give each result's H/M/L confidence (ca-rules' marks), the page did
    not.  Each request's status line now ends with it, in the text report's words."""
    r: Rendered = request.getfixturevalue(which)
    filings = [f for sheet in r.worksheet.cases for g in sheet.groups for f in g.filings]
    assert {f.confidence for f in filings} >= ({"H", "L"} if which == "long" else {"H"})
    at = 0
    for f in filings:
        means = {"H": "high (the statute's text supports it)", "M": "medium (from a secondary source: check it)",
                 "L": "low (unsettled law: an attorney decides)"}[f.confidence]
        at = r.text.index(squash(f"{f.status} \u00b7 confidence {f.confidence}, {means}"), at)


def test_v236_01_the_pdfs_own_title_does_not_name_the_client(long):
    # A saved worksheet printed from a PDF viewer goes to the print queue under its metadata title,
    # which the queue, the computer's print log and a clinic printer's job list show to anyone;
    # the window's own printing names no client there (V27-04). The page itself names the client.
    meta = long.reader.metadata
    assert meta.title == "Filing worksheet"
    said = " ".join(str(value) for value in meta.values())
    assert "Rosa" not in said and "Example" not in said, said
    assert "Filing worksheet: Rosa Example" in long.pages[0]


def test_a281_03_each_case_and_its_forms_are_bookmarks_to_their_pages(long):
    """A281-03: a paralegal with a screen reader had no bookmarks in a worksheet of many cases
    and pages; each case is one, its forms under it, and the viewer opens showing them."""
    reader, w = long.reader, long.worksheet
    entries = list(reader.outline)
    cases = [e for e in entries if not isinstance(e, list) and e.title != READ_FIRST]
    assert len(cases) == len(w.cases) >= 5
    for entry, sheet in zip(cases, w.cases, strict=True):
        assert entry.title.startswith(_sheet_heading(sheet))
        assert entry.title.endswith(NOTHING_TO_FILE) == sheet.nothing_to_file
        n = entries.index(entry)
        under = entries[n + 1] if n + 1 < len(entries) and isinstance(entries[n + 1], list) else []
        assert [form.title for form in under] == [group.heading for group in sheet.to_ask_for]
        for bookmark in (entry, *under):
            page = long.pages[reader.get_destination_page_number(bookmark)]
            assert squash(bookmark.title) in page, bookmark.title
    assert sum(isinstance(e, list) for e in entries) >= 2
    assert len({reader.get_destination_page_number(e) for e in cases}) >= 2  # each on its own page
    assert (entries[0].title == READ_FIRST) == bool(w.read_first or w.for_several)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
