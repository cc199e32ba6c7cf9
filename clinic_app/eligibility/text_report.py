"""A screening as text a paralegal can read at a terminal (`clinic-app screen --format text`).

First, what the report comes to ("In short": immigration counsel first where the person
may not be a citizen; petitions open now and later; DOJ's automatic relief and the motions
an attorney weighs, apart from them; what is blocked, and, once, a bar in one case that stops
relief word for word in three or more results elsewhere, with the results it blocks, by
remedy, and what lifts it (each of those rows, and each case's step, pointing there);
how many results wait on a fact, and how many on an attorney); then the facts to find out:
each missing fact once, numbered, as the question to ask, with the results it would settle
(a result below names the numbers it waits on), and the questions only the client can answer
(trafficking, fire-crew service).
Then per case (a pending one says what it holds up), per conviction: every remedy that
fits the record (status, mode, date), most useful first, each with where the court stands
on a petition for it (an exported client's, as the Eligibility tab says it), then every one of
its reasons and their citations, in order (the reason that decides the result is often not the
first: a later bar, a date worked out, a deadline; rows with the same answer and reasons say
them once, under the last); then the relief already granted, on
its own line; then the remedies that do not fit this kind of record, on one line (or "the
same remedies as" an earlier count or case); then what stays true after relief (what three
or more convictions share word for word is named there by topic and said once, after the last
case). Last, the case's next steps, with immigration advice (PC 1473.7) and survivor
vacatur (PC 236.14) ahead of any other filing, each naming its counts where the case has
more than one, a remedy's steps headed as the filing worksheet heads them where an exported
client's petitions stand for every one of its results ("Already filed for this case: ..."), a remedy's steps side by side naming it once (steps two or more cases give
word for word are said once, after the last case, for the cases they are for, where that takes
fewer lines, and pointed to there by their heading).
Plain ASCII, wrapped to 100 columns, or to a narrower terminal's width (a bracketed citation is
kept on one line unless it is longer than a line, and then each case it cites is; a code section
never breaks from its code; the tables too, below 80 columns as wide as their words, a row on
two lines where need be), so it also prints and pastes cleanly.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from typing import Callable, Iterable

from clinic_app.case_titles import case_title, record_parts, sharing_a_number, told_by_what_the_record_holds
from clinic_app.catalog import as_written, load_catalog
from clinic_app.counties import court_practice_note
from clinic_app.court import ReviewSaid, denial_review_of, denial_reviewed_on, filed_heading, petition_for, petition_said, review_said
from clinic_app.eligibility import pc236_14, pc1203_4b
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import PENDING_RECHECK, case_words, infractions_only
from clinic_app.eligibility.depends_on import law_named, unsettled
from clinic_app.eligibility.common import JUDGMENT_DECIDES_LEVEL_STEP, ROUTE_TO_CONFIRM, is_already_granted
from clinic_app.eligibility.fact_questions import given_facts, question
from clinic_app.eligibility.immigration import immigration_first
from clinic_app.eligibility.registry import REMEDY_KEYS, remedy_title, short_name
from clinic_app.eligibility.result import CHECK_THE_RECORD, CONFIDENCE_MEANS, either_offense
from clinic_app.model import Case, Conviction, Determination, Person, Screening, open_cases_hold_up_nothing
from clinic_app.typed_sections import federal_law_in_california, laws_apart_notes
from clinic_app.wording import count, listed

WIDTH = 100
# The width of the report being rendered: WIDTH, or a narrower terminal's (T37-03).
_WIDTH: ContextVar[int] = ContextVar("text_report_width", default=WIDTH)
# How the report's own lines name each case (`cases_called`), by its record key.
_CALLED: ContextVar[dict[str, str]] = ContextVar("text_report_cases_called", default={})
# Where the petition filed for a result stands (`court.petition_said`), by its case's key: the
# cases of an exported client carry their petitions; a bare request's have none.
_COURT: ContextVar[dict[str, Case]] = ContextVar("text_report_court", default={})
# The attorney's reviews that count (court.denial_reviews_that_count) of an exported client, in
# the order made: a denial reviewed since says so, and the review, as the worksheet does (X268-02).
_REVIEWED: ContextVar[list[ReviewSaid]] = ContextVar("text_report_reviewed", default=[])
CONFIDENCE_KEY = "Confidence, the letter after each status: " + "; ".join(f"{letter} {means}" for letter, means in CONFIDENCE_MEANS.items()) + "."
NOTICE = "SCREENING, NOT LEGAL ADVICE - an attorney must confirm every result before anything is filed."

# The remedies' short names (the registry's NAMES), by key.
SHORT = {key: short_name(key) for key in REMEDY_KEYS}
# Most useful first: what can be done now, then soon, then what is in the way.
_ORDER = {"eligible": 0, "eligible_on": 1, "blocked": 2, "needs_review": 3, "not_eligible": 4, "not_applicable": 5}
_KEY_ORDER = {k: i for i, k in enumerate(REMEDY_KEYS)}
_COLS = (35, 26, 14)  # remedy, status, mode
# Immigration advice and survivor vacatur come before any other filing (a dismissal or
# reduction filed first can hurt a noncitizen, and vacatur makes the other petitions moot).
_FIRST_STEPS = ("pc1473_7", "pc236_14")
_MODE_WORDS = {"mandatory": "mandatory", "discretionary": "discretionary", "good_cause": "good cause", "automatic": "automatic"}
# A pending case has no remedy of its own, but it is what stops the others (PC 1203.4(a)(1),
# 1203.4a(a), 1203.41(a)(3), 1203.425(a)(1)(B)(iii)): said, so the report is not silent on it.
PENDING_NOTE = (
    "This case is still open. A pending charge stops most record-clearance relief until it "
    "ends (a dismissal or acquittal lifts it at once): the client should see the defense attorney "
    "or public defender about it first, and, if not a US citizen, get immigration advice before any plea."
)

# On a record with no conviction the bars above hold up nothing: arrest sealing and DOJ's
# arrest relief of the other cases do not wait on an open case (ca-rules.md 3.10, 3.11).
PENDING_ALONE_NOTE = (
    "This case is still open: screen it again when it ends. No case here ended in a conviction, so it "
    "holds up no other relief on this record. The client should see the defense attorney or public "
    "defender about it first, and, if not a US citizen, get immigration advice before any plea."
)

OUTSIDE_NOTE = (
    "This case is from a court outside California ({where}): California record-clearance law does "
    "not reach it, so no remedy below can be filed for it here (ask about relief in that court). It "
    "can still matter for the California cases: a pending charge or probation in it stops relief there."
)

PENDING_INFRACTION_NOTE = (
    "This case is still open, for an infraction only. Whether a pending infraction stops relief in "
    "the other cases is an open question for an attorney (see their results); once this case ends, "
    "it no longer matters."
)


def status_label(d: Determination) -> str:
    """"ELIGIBLE NOW", "ELIGIBLE ON 2027-03-02", "BLOCKED until 2027-03-02", ..."""
    when = d.date.isoformat() if d.date else None
    return {
        "eligible": "ELIGIBLE NOW",
        "eligible_on": f"ELIGIBLE ON {when}" if when else "ELIGIBLE LATER",
        "blocked": f"BLOCKED until {when}" if when else "BLOCKED, end unknown",
        "needs_review": "NEEDS ATTORNEY REVIEW",
        "not_eligible": "not eligible",
        "not_applicable": "does not apply",
    }[d.status]


def render_text(screening: Screening, person: Person | None, cases: Iterable[Case], client_name: str | None = None,
                width: int = WIDTH, reviews: Iterable[ReviewSaid] = ()) -> str:
    """The whole screening as text (see the module docstring), wrapped to `width` columns:
    WIDTH, or a narrower terminal's (T37-03: at an 80-column terminal 417 of a 20-case
    record's 905 lines ran past the edge and were broken mid-word).  `reviews`: those of an
    exported client that count (court.denial_reviews_that_count), in the order made."""
    cases = list(cases)
    token, called = _WIDTH.set(width), _CALLED.set(cases_called(cases))
    court, reviewed = _COURT.set({case.id: case for case in cases if case.petitions}), _REVIEWED.set(list(reviews))
    try:
        return _render_text(screening, person, cases, client_name)
    finally:
        _REVIEWED.reset(reviewed)
        _COURT.reset(court)
        _CALLED.reset(called)
        _WIDTH.reset(token)


def at_the_court(d: Determination, as_of: date) -> str | None:
    """Where the petition filed for `d`'s relief and count stands on `as_of`, as the filing
    worksheet and the Eligibility tab say it (`court.petition_said`); None where none asks for
    it.  X263: an exported client's grant not yet recorded on the count read "ELIGIBLE NOW"
    and nothing of the grant, a denied Prop 47 nothing of the denial, at the terminal alone.
    A denial the attorney has reviewed since (the export's reviews that count, `_REVIEWED`)
    says so, and the review, who made it and its note, as the worksheet does (X268-02: it read
    "an attorney reviews before it is filed again" of a denial reviewed)."""
    case = _COURT.get().get(d.case)
    if case is None:
        return None
    said = petition_said(case.petitions, d, as_of, _review_days(), arrest=not case.convictions)
    review = review_said(denial_review_of(petition_for(case.petitions, d), d, _REVIEWED.get(), as_of))
    return said if said is None or review is None else f"{said} {review}"


def _review_days() -> list[tuple[str, date]]:
    """The export's reviews that count (`_REVIEWED`) as (answer key, day), as `court` asks them."""
    return [(r.answer, r.day) for r in _REVIEWED.get()]


def _court_has_it(d: Determination, as_of: date) -> str | None:
    """The court's word on the petition that stands for `d`'s relief and count, for "In short":
    ": granted 2026-11-16", ": denied 2026-11-16", ": filed 2026-08-03"; None where none asks
    for it, or the one that does was withdrawn (its relief is open to file, as before).  A
    denial the attorney has reviewed since, by `at_the_court`'s rule, adds the review's day:
    ": denied 2026-11-16, reviewed 2026-11-20" (K276-02: the summary kept "denied" alone above
    a row saying it was reviewed).  A comma, not the row's semicolon: semicolons set the counts
    apart here (`_same_day_once`)."""
    case = _COURT.get().get(d.case)
    p = petition_for(case.petitions, d) if case is not None else None
    if p is None or p.ruling == "withdrawn":
        return None
    if p.ruling is None:
        return f": filed {p.filed_on.isoformat()}"
    reviewed = denial_reviewed_on(p, d, _review_days(), as_of)
    return (f": {p.ruling}" + (f" {p.ruling_on.isoformat()}" if p.ruling_on else "")
            + (f", reviewed {reviewed.isoformat()}" if reviewed else ""))


def cases_called(cases: Iterable[Case]) -> dict[str, str]:
    """Each case's record key -> how the report's own lines name it ("Next steps for case ...",
    "Open now: ... (case ...)"): by its court number, as a paralegal knows it and as the
    reasons say it (S156-01: "Next steps for case c1" beside reasons naming "case 5CJ08134").
    A case with no number (blank, or a word for one not known), or a number two of the cases
    share, keeps its key, which its heading "CASE c1  (...)" shows beside what it holds."""
    cases = list(cases)
    shared = sharing_a_number(cases)
    return {c.id: c.case_number.strip() for c in cases if not told_by_what_the_record_holds(c) and c.id not in shared}


def _called(case_id: str) -> str:
    """How the report's lines name the case keyed `case_id` (`cases_called`)."""
    return _CALLED.get().get(case_id, case_id)


def _cases_said(case_ids: Iterable[str]) -> str:
    """"case 5CJ08134", or "cases 5CJ08134 and c2", as the report names them (`_called`)."""
    return case_words([_called(c) for c in case_ids])


def _render_text(screening: Screening, person: Person | None, cases: Iterable[Case], client_name: str | None) -> str:
    cases = list(cases)
    who = f" for {client_name}" if client_name else ""
    lines = [
        # The name shown as codes before it is wrapped, as wrapping turns a carriage return in it into a space.
        *_wrap(_visible(f"Record-clearance screening{who} as of {screening.as_of.isoformat()}  (rules {screening.rules_version})"), 0, 2),
        *_wrap(NOTICE, 0, 0),
        "",
    ]
    if person is not None:
        lines.extend(_person_lines(person))
    said_at_top = bars_said_once(screening, cases)
    lines.extend(_in_short(screening, person, said_at_top, cases))
    several = len({d.case for d in screening.results}) > 1  # a case's own facts say whose they are
    facts = _missing_facts(screening, several)
    # A case numbered "unknown" by its title, as the reasons name it (E83-03).
    lines.extend(_facts_to_find_out(facts, {c.id: case_title(c) for c in cases}, _which_offense(cases), given_facts(cases)))
    lines.extend(_intake_prompts(screening, cases, person))
    numbers = {fact: i for i, fact in enumerate(facts, 1)}
    labels = _conviction_labels(cases)
    shared = _shared_consequences(screening, labels)
    unfit: dict[str, str] = {}  # a "does not fit" list already said -> where (T32-01)
    steps = {case.id: _to_the_top(_case_steps(screening, case), said_at_top) for case in cases}
    shared_steps = _shared_steps(steps, [case.id for case in cases])
    to_top = {id(d): (bar, at) for bar in said_at_top for d, at in bar.rows}
    for case in cases:
        lines.extend(_case_lines(screening, case, numbers, several, labels, shared, unfit, steps[case.id], shared_steps, to_top,
                                 pending_note(case, cases)))
    lines.extend(_shared_consequence_lines(shared, labels))
    lines.extend(_shared_step_lines(steps, shared_steps))
    if screening.results:
        # The tables' last letter was said nowhere: a paralegal reading aloud had no word for
        # "M" to give (T45 saw it).  The letters are ca-rules.md's, as FORMAT.md's field is.
        lines.extend(["", *_wrap(CONFIDENCE_KEY, 0, 2)])
    lines.extend(_wrap(NOTICE, 0, 0))
    return "\n".join(_visible(line) for line in lines) + "\n"


def _visible(line: str) -> str:
    """The line with every character a terminal would act on rather than show (escape
    sequences, carriage returns, a newline inside an id, bidirectional overrides) written
    as its code: ids and names come from imported files, and a crafted one had cleared the
    screen and forged an "eligible" row (fuzzing finding)."""
    if line.isprintable():  # every line but a crafted one
        return line
    return "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in line)


# Supervision after custody as the report names it: spelled out, as the results' reasons do
# (T45-04: "Person: on prcs." and "then PRCS" read as codes to a client hearing them).
_SUPERVISION = {"prcs": "post-release community supervision (PRCS)"}


def pending_note(case: Case, cases: Iterable[Case]) -> str:
    """What a pending case means for the rest of the record (`cases`, the client's), said under
    it here and above the Eligibility tab's results (J119-01: the tab listed no row for it and
    said nothing of it); "" for a case not pending.  On a record where no case ended in a
    conviction it stops nothing the screening found, and is not said to (J119-05)."""
    if case.outcome != "pending":
        return ""
    if open_cases_hold_up_nothing(cases):
        return PENDING_ALONE_NOTE
    return PENDING_INFRACTION_NOTE if infractions_only(case, load_catalog()) else PENDING_NOTE


def supervision_words(kind: str) -> str:
    """"prcs" -> "post-release community supervision (PRCS)", "mandatory_supervision" ->
    "mandatory supervision"."""
    return _SUPERVISION.get(kind, kind.replace("_", " "))


def _person_lines(person: Person) -> list[str]:
    facts = []
    if person.registrant_290:
        facts.append("required to register under PC 290")
    if person.pending_charges:
        facts.append("has a pending charge")
    if person.on_supervision and person.on_supervision != "none":
        facts.append(f"on {supervision_words(person.on_supervision)}")
    if person.us_citizen is False:
        facts.append("not a US citizen (immigration referral)")
    elif person.us_citizen is None:
        facts.append("citizenship unknown (immigration referral)")
    if not facts:
        return []
    return [f"Person: {'; '.join(facts)}.", ""]


_IN_SHORT = (
    ("first", "First"),
    # Relief the record says the court (or DOJ) already granted, before what is still open: a
    # felony reduced and dismissed read in short only DOJ's automatic relief, and a dismissal
    # with nothing else open "no remedy fits this record" (N228-02).
    ("granted", "Already granted"),
    # A petition the client's export carries for it, filed or ruled on: not "Open now" (X263).
    ("court", "At the court (see each below)"),
    ("eligible", "Open now"),
    ("eligible_on", "Opens later"),
    ("automatic", "Automatic (DOJ may act; check the RAP sheet before filing)"),
    ("referral", "Motions an attorney weighs (decided on the evidence)"),
    ("blocked", "Blocked for now"),
)
# Relief DOJ grants without a filing, and motions that turn on evidence an attorney weighs
# (ca-rules.md 0, 3.15, 3.16): neither is "open now" as a petition to file is.
_AUTOMATIC = frozenset({"pc1203_425", "pc851_93"})
_REFERRALS = frozenset({"pc1473_7", "pc236_14", "pc1203_49"})


def _in_short(screening: Screening, person: Person | None = None, said_at_top: list["BarSaidOnce"] | None = None,
              cases: Iterable[Case] = ()) -> list[str]:
    """What the whole report comes to, before its detail: immigration counsel first for a
    person who may not be a citizen; the relief a petition the client's export carries asks
    for, with the court's word on it (`_court_has_it`); the petitions open now, those that
    open on a date, DOJ's automatic relief, the motions an attorney weighs, what is blocked (and, once, what
    in one case stops relief in the others: `said_at_top`), and how many results wait for an
    attorney."""
    # Each remedy's counts (or cases): who, on or until when, and what else is said of it.
    groups: dict[str, dict[str, list[tuple[str, str, str]]]] = {key: {} for key, _ in _IN_SHORT}
    # A result that waits only on a fact the paralegal can find is not the attorney's yet
    # (readability finding R15-13: a missing date of birth sent the file to an attorney).
    review = waiting = checking = 0
    # A result blocked by a bar said once below is said with it, by remedy (T37-01: on a
    # 20-case record "Blocked for now" named 28 counts over four lines, read aloud before the
    # one bar that blocks them all).
    with_a_bar = {id(d) for bar in said_at_top or () for d, _at in bar.rows}
    for d in sorted(screening.results, key=lambda d: _KEY_ORDER.get(d.remedy, 99)):
        if d.status == "needs_review":
            if d.missing_facts:
                waiting += 1
            elif any(step.startswith(CHECK_THE_RECORD) for step in d.next_steps):
                checking += 1  # a fact the record gives, doubted: the paralegal's too (S27-01)
            else:
                review += 1
            continue
        if is_already_granted(d):
            groups["granted"].setdefault(short_name(d.remedy), []).append((d.conviction or f"case {_called(d.case)}", "", ""))
            continue
        if d.status not in ("eligible", "eligible_on", "blocked") or (d.status == "blocked" and id(d) in with_a_bar):
            continue
        group = "automatic" if d.remedy in _AUTOMATIC and d.status != "blocked" else "referral" if d.remedy in _REFERRALS and d.status == "eligible" else d.status
        who = d.conviction or f"case {_called(d.case)}"
        if group != "automatic" and (court := _court_has_it(d, screening.as_of)) is not None:
            groups["court"].setdefault(short_name(d.remedy), []).append((who, "", court))
            continue
        when = f"{'on' if d.status == 'eligible_on' else 'until'} {d.date.isoformat()}" if d.date is not None else ""
        note = ", good cause needed" if d.mode == "good_cause" else ""
        if any(step.startswith(ROUTE_TO_CONFIRM) for step in d.next_steps):
            # Open, but its route waits on a fact (readability finding R17-09: "Open now"
            # beside a row whose mandatory route a reason still questions).
            note += ": route to confirm"
        groups[group].setdefault(short_name(d.remedy), []).append((who, when, note))
    first = immigration_first(person, screening.results)
    if first is not None:
        groups["first"] = {first: []}
    lines = []
    for key, label in _IN_SHORT:
        if groups[key]:
            said = "; ".join(f"{name} ({_same_day_once(where)})" if where else name for name, where in groups[key].items())
            lines.extend(_wrap(f"{label}: {said}.", 2, 4))
    if groups["granted"] and not (waiting or checking or review or said_at_top
                                  or any(groups[key] for key, _ in _IN_SHORT if key != "granted")):
        lines.append("  Nothing more to file (see below).")  # not "no remedy fits" (N228-02)
    lines.extend(_count_key_said(groups, cases))
    for bar in said_at_top or ():
        lines.extend(_wrap(bar.said(), 2, 4))
    if waiting:
        lines.extend(_wrap(f"To complete: {count(waiting, 'result waits', 'results wait')} on facts to find out (listed next).", 2, 4))
    if checking:
        # "its steps" only of one result (L67-01: "5 results rest on a fact ... (see its steps)").
        whose = "its" if checking == 1 else "their"
        lines.extend(_wrap(f"To check: {count(checking, 'result rests', 'results rest')} on a fact the record gives but that looks wrong (see {whose} steps).", 2, 4))
    if review:
        lines.extend(_wrap(f"For an attorney: {count(review, 'result needs', 'results need')} review of an open question (below).", 2, 4))
    if not lines:
        lines = ["  Nothing to file: no remedy fits this record (see below)."]
    return ["In short:", *lines, ""]


# A bar in one case that stops relief in the others (probation, supervision, a sentence being
# served, a pending charge: ca-rules.md 2.1) is said under each result it blocks as the bar's
# sentence, then the day it lifts, both cited to that result's statute (bars.blocked).
BAR_LIFTS = re.compile(r"Relief is blocked (?:until \d{4}-\d\d-\d\d; recheck on that day|while this lasts; screen again when it ends)\.")
_CASE_NAMED = re.compile(r"\b[Cc]ases? ([^\s,;:()]+)")
# The same, with every case of a list: "cases C, F and H".  A case is named by its number
# (which has a digit) or a capital letter: "another case stops ..." names none, and "case
# KA728427, which ..." only the one (R43-01: "case stops" was taken for a case's name).
_CASE_LABEL = r"(?:[^\s,;:()]*\d[^\s,;:()]*|[A-Z](?![\w-]))"
_CASES_NAMED = re.compile(rf"\b[Cc]ases? (?:{_CASE_LABEL}, )*(?:{_CASE_LABEL} and )?{_CASE_LABEL}")


def case_named(text: str) -> str | None:
    """The case (or cases) `text` first names, as it names them ("case H", "cases C, F and
    H"), or None: the worksheet says once a step that several cases give about another case
    (W42-01), and names it by that case where each of them points."""
    found = _CASES_NAMED.search(text)
    return found.group().rstrip(".") if found else None
# What the pointer under a row calls the bar, by the words of its sentence (bars.BAR_WHAT).
_BAR_NOUNS = (("on probation", "probation"), ("on parole", "parole"), ("(PRCS)", "PRCS"),
              ("on mandatory supervision", "mandatory supervision"), ("under supervision after release", "supervision"),
              ("serving a sentence", "sentence"), ("pending", "pending charge"))


# How a case's line ends where a step said once at the top stood (T37-02).
_TOP_POINTER = ", at the top."
# How a pointer to steps said once after the last case ends: the section comes next after
# the last case, and its heading is named (T45-03: "after the last case" made S52's pointer
# three lines at 80 columns).
_BELOW = ", below."


class BarSaidOnce:
    """One set of bars from other cases, with the day they lift, that blocks several results
    word for word: said once in "In short", and under each result a pointer (R35-01: on a
    20-case record with probation running in case H, "The person is on probation in case H
    through 2027-09-15" and the day it lifts came under 37 results, two lines each; read
    aloud, the client heard 37 problems where there is one)."""

    def __init__(self, texts: tuple[str, ...]):
        self.texts = texts  # the bars' sentences, then the day they lift: as under each result
        self.rows: list[tuple[Determination, int]] = []  # each result it blocks, and where in its reasons
        self.cites: list[str] = []

    def add(self, d: Determination, at: int) -> None:
        self.rows.append((d, at))
        if d.reasons[at].cite not in self.cites:
            self.cites.append(d.reasons[at].cite)

    def steps(self) -> list[str]:
        """The next steps every result it blocks gives (those it decides, where there are:
        a result that needs review has the open question's steps instead)."""
        rows = [d for d, _at in self.rows if d.status == "blocked"] or [d for d, _at in self.rows]
        return [s for s in rows[0].next_steps if all(s in d.next_steps for d in rows[1:])]

    def named(self) -> str:
        """The bars as the pointer names them: "the probation in case H"."""
        names = []
        for text in self.texts[:-1]:
            kind = next((noun for words, noun in _BAR_NOUNS if words in text), "bar")
            doubt = text.startswith("The record does not show") or text.startswith("Case ")
            where = case_words([m.rstrip(".") for m in _CASE_NAMED.findall(text)][:1])
            names.append(f"the {kind} in {where}" + (", if it holds" if doubt else ""))
        return listed(names)

    def pointer(self, cite: str) -> str:
        return f"Blocked by {self.named()} (see the top). [{cite}]"

    def todo(self) -> list[str]:
        """Its steps (end that probation early, PC 1203.3; find out when that parole ends):
        what lifts it sooner, those that name its case.  Another step every result gives (of
        their own case, when they are all in one) is not this bar's."""
        return steps_of_the_bar(self.steps(), self.texts)

    def step_pointer(self, remedies: str) -> str:
        """The line under a case where its step of `todo` stood (T37-02)."""
        return f"{remedies}: see \"What to do\" about {self.named()}{_TOP_POINTER}"

    def said(self) -> str:
        return (f"Stops relief in {self._cases()} ({count(len(self.rows), 'result')} below say "
                f"\"see the top\"): {' '.join(self.texts)} [{'; '.join(self.cites)}]{self.blocks()}{self._what_to_do()}")

    def in_sight(self, first: bool = True) -> str:
        """The bar as the window's Eligibility tab says it once, above its results (H130-01):
        "Read this first: The person is on probation in case 24M08080 through 2027-03-18.
        Relief is blocked until 2027-03-19; recheck on that day. It holds back 10 results in
        9 other cases. What to do: Ask the court to end probation early ...".  A bar on the
        line under another (`first` False) begins with its own words: the note's lines each
        began "Read this first:" (S137-02)."""
        return (f"{'Read this first: ' if first else ''}{' '.join(self.texts)} It holds back "
                f"{count(len(self.rows), 'result')} in {self._cases()}.{self._what_to_do()}")

    def _cases(self) -> str:
        return count(len(dict.fromkeys(d.case for d, _at in self.rows)), "other case")

    def _what_to_do(self) -> str:
        todo = self.todo()
        return f" What to do: {' '.join(todo)}" if todo else ""

    def blocks(self) -> str:
        """What it blocks, by remedy, said here and not under "Blocked for now" (T37-01): the
        counts named up to three ("C1, L1 and S1"), past that counted ("11 counts"); the
        results that need review for a question of their own, counted."""
        by_remedy: dict[str, list[str]] = {}
        for d in sorted((d for d, _at in self.rows if d.status == "blocked"), key=lambda d: _KEY_ORDER.get(d.remedy, 99)):
            by_remedy.setdefault(short_name(d.remedy), []).append(d.conviction or f"case {_called(d.case)}")
        said = []
        for name, who in by_remedy.items():
            if len(who) <= 3:
                said.append(f"{name} ({listed(who)})")
            else:
                said.append(f"{name} ({count(len(who), 'count') if all(not w.startswith('case ') for w in who) else count(len(who), 'result')})")
        others = len(self.rows) - sum(map(len, by_remedy.values()))
        besides = f"{count(others, 'result that needs', 'results that need')} review name{'s' if others == 1 else ''} it too"
        if said and others:
            return f" It blocks {listed(said)}; {besides}."
        if said:
            return f" It blocks {listed(said)}."
        return f" {besides[0].upper()}{besides[1:]}." if others else ""


def steps_of_the_bar(steps: list[str], texts: Iterable[str]) -> list[str]:
    """Of `steps`, those of the bar said in `texts` (the sentences naming the other case it
    runs in): what lifts it sooner, each naming its case, or the recheck of an open case."""
    where = {m.rstrip(".") for text in texts for m in _CASE_NAMED.findall(text)}
    return [s for s in steps if s == PENDING_RECHECK or {m.rstrip(".") for m in _CASE_NAMED.findall(s)} & where]


def bars_said_once(screening: Screening, cases: list[Case]) -> list[BarSaidOnce]:
    """The bars from other cases that block results word for word (the bars' sentences and
    the day they lift, each naming a case other than the result's own), where as many results
    as T32 counts before saying a paragraph once: said once, near the top (a result that
    needs review for an open question besides says the same words of the bar, and points
    there too).  A result where the bar reads otherwise keeps its words ("Whichever route
    follows the revocation, relief here waits until ...": another route; "That lifts on ...,
    but relief waits until ...": its own wait decides); so does a bar that names no case (the
    person's own facts, or a result's own case, said without its name)."""
    own = {c.id: {c.id, c.case_number} for c in cases}
    found: dict[tuple[str, ...], BarSaidOnce] = {}
    for d in screening.results:
        if d.status == "not_applicable":
            continue  # no reasons are printed for it
        reasons = d.reasons
        for j, r in enumerate(reasons):
            if not BAR_LIFTS.fullmatch(r.text):
                continue
            i = j
            while i > 0 and reasons[i - 1].cite == r.cite and (names := _CASE_NAMED.findall(reasons[i - 1].text)) \
                    and not {n.rstrip(".") for n in names} & own.get(d.case, {d.case}):
                i -= 1
            if i < j:
                texts = tuple(x.text for x in reasons[i: j + 1])
                found.setdefault(texts, BarSaidOnce(texts)).add(d, i)
            break
    return [bar for bar in found.values() if len(bar.rows) >= _SAID_ONCE_FROM]


def _same_day_once(where: list[tuple[str, str, str]]) -> str:
    """The counts of one remedy (who, when, note), a day they share said once: "c3-1 and
    c3-2, both on 2027-11-27", not "c3-1 on 2027-11-27, c3-2 on 2027-11-27" (S27-12: read
    aloud, the date came twice).  A note the counts share is said once too: "F1 and P1, good
    cause needed", not "F1, good cause needed, P1, good cause needed" (S32-04: a 20-case
    record's summary said ": route to confirm" eight times in one line).  The parts are said
    as English lists them, "A1, B1 and C1" (T45-02: "(A1, A2, A3, B1, C1)" read as cut off);
    where a part has a note or a day of its own, the parts are set apart by semicolons: "A1:
    route to confirm; B1 and C1", not "A1: route to confirm, B1 and C1", where the note reads
    as B1's too."""
    groups: dict[tuple[str, str], list[str]] = {}
    for who, when, note in where:
        groups.setdefault((when, note), []).append(who)
    merged = any(len(who) > 1 and (day or note) for (day, note), who in groups.items())
    apart = merged or any(note for _day, note in groups)  # a note's own colon or comma
    said = []
    for (day, note), who in groups.items():
        every = "both" if len(who) == 2 else "all"
        if len(who) > 1 and all(w.startswith("case ") for w in who):
            # Case-level rows: "cases c3, c4 and c6", not "case c3, case c4, case c6" (S27-13).
            said.append(case_words([w.removeprefix("case ") for w in who]) + (f", {every} {day}" if day else "") + note)
        elif len(who) == 1:
            said.append(f"{who[0]} {day}".rstrip() + note)
        elif not day and not note:
            # Beside a part with its own commas, the plain counts are one part: "C1 and F1; A1
            # and B1: route to confirm", not "C1; F1; A1 and B1: ...".
            if apart:
                said.append(listed(who))
            else:
                said.extend(who)
        else:
            said.append(listed(who) + (f", {every} {day}" if day else "") + note)
    return "; ".join(said) if apart else listed(said)  # "; " where a part has its own commas


def _fact_key(fact: str, d: Determination, several: bool) -> str:
    """The fact as the report names it: with more than one case, a case's own fact
    ("sentence.completed") is the same question another case's doubt asks as
    "cases[B].sentence.completed": one line, saying whose (review finding: it was listed twice)."""
    if several and not fact.startswith(("cases[", "person.", "convictions[")):
        return f"cases[{d.case}].{fact}"
    if not several:
        # One case: "cases[A].sentence.completed" and "sentence.completed" are one question,
        # asked once and without the case's name (S31-05: it was listed twice, once as "Case A:").
        return fact.removeprefix(f"cases[{d.case}].")
    return fact


def _missing_facts(screening: Screening, several: bool) -> dict[str, dict[str, list[str]]]:
    """Each missing fact once -> remedy name -> the results it would settle: a fact such as
    the date of birth is missing for every conviction alike, and the paralegal asks it once."""
    needed: dict[str, dict[str, list[str]]] = {}
    for d in screening.results:
        for fact in d.missing_facts:
            where = d.conviction or f"case {_called(d.case)}"
            users = needed.setdefault(_fact_key(fact, d, several), {}).setdefault(short_name(d.remedy), [])
            if where not in users:
                users.append(where)
    return needed


def _which_offense(cases: Iterable[Case]) -> dict[str, str]:
    """The question for the section of a count naming two offenses, by its missing fact's path
    ("convictions[A1].section", or "cases[P].convictions[P1].section" as another case's prior):
    the general "What code section is it ...?" hid the choice the results ask (O24-06)."""
    catalog = load_catalog()
    convictions = [(case, conv) for case in cases for conv in case.convictions]
    ids = Counter(conv.id for _case, conv in convictions)
    asked = {}
    for case, conv in convictions:
        match = catalog.lookup(conv.code, conv.section)
        if not match.two_offenses and R.subdivisions(match):
            # "647(f)/(b)": one offense to the catalog, but a remedy reading the number asks
            # which (record_facts.split_on, O24B-03).
            match = replace(match, two_offenses=R.subdivisions(match))
        if match.two_offenses:
            which = (f"Is the conviction for {either_offense(match)}? ({as_written(conv.code, conv.section)} names "
                     f"{'two' if len(match.two_offenses) == 2 else len(match.two_offenses)} offenses; the abstract of judgment or the minute order says which.)")
            asked[f"cases[{case.id}].convictions[{conv.id}].section"] = which
            if ids[conv.id] == 1:  # a path without the case names one conviction only when its id is one
                asked[f"convictions[{conv.id}].section"] = which
    return asked


def _question(fact: str, case_names: dict[str, str], which: dict[str, str], given: dict[str, str]) -> str:
    """The question for a missing fact: for the section of a two-offense count, which one."""
    asked = question(fact, case_names, given=given)
    if fact not in which:
        return asked
    whose = asked.split(": ", 1)[0]  # "Conviction A1", "Case P, conviction P1"
    return f"{whose}: {which[fact]}"


def _facts_to_find_out(needed: dict[str, dict[str, list[str]]], case_names: dict[str, str], which: dict[str, str] | None = None, given: dict[str, str] | None = None) -> list[str]:
    """The missing facts, numbered (a result below says which it waits on), each as the
    question to ask (it names the case and count a fact belongs to), with the results it
    would settle.  The request path is the JSON's: printed here it read as data-entry
    notation to a client handed the list (readability finding R17-14), so only a field with
    no question shows it."""
    if not needed:
        return []
    lines = ["Facts to find out (each would settle a result below):"]
    for i, (fact, by_remedy) in enumerate(needed.items(), 1):
        users = listed([f"{name} ({listed(where)})" for name, where in by_remedy.items()])
        asked = _question(fact, case_names, which or {}, given or {})
        # "For:" stays with the first remedy it names: ending a line, it read as a heading
        # with nothing under it (T45-05, public case S59 at 80 columns).
        lines.extend(_wrap(f"{i}. {asked if asked != fact else f'[{fact}]'} For:{_KEEP}{users}.", 2, 5))
    return [*lines, ""]


def _intake_prompts(screening: Screening, cases: list[Case], person: Person | None = None) -> list[str]:
    """The questions only the client can answer, which the record has no place to show until
    asked: the remedies they would open say "does not fit" for now, on one line per count,
    and the prompt in their reasons was not printed (readability finding R15-07)."""
    said = {(d.remedy, d.reasons[0].text) for d in screening.results if d.status == "not_applicable" and d.reasons}
    asks = []
    if ("pc236_14", pc236_14.NO_SIGN.text) in said:
        which = "this offense" if sum(len(c.convictions) for c in cases) == 1 else "any of these offenses"
        # Said as the law stood on the screened day (oracle finding O21-13: a 2016 screening
        # offered 236.14, law from 2017, and 236.15's partner violence, law from 2022).
        day = screening.as_of
        cause = "being trafficked" if day < pc236_14.PC236_15 else "being trafficked, or from intimate partner or sexual violence"
        when = f" once it takes effect on {pc236_14.EFFECTIVE.isoformat()}" if day < pc236_14.EFFECTIVE else ""
        asks.append(f"Did {which} arise from {cause}? If so, PC 236.14 vacatur may fit{when}.")
    asks += fire_crew_questions(screening, cases, person)
    asks += registration_questions(cases, person)
    if not asks:
        return []
    return ["Ask the client too (the record has no answer yet):", *(x for a in asks for x in _wrap(f"- {a}", 2, 4)), ""]


def fire_crew_questions(screening: Screening, cases: list[Case], person: Person | None = None) -> list[str]:
    """What to ask the client about fire-crew service (PC 1203.4b), which the record cannot
    show until asked: the text report's, and the Eligibility tab's (Y141-02)."""
    if person is not None and person.registrant_290:
        # A PC 290 registrant is automatically ineligible (PC 1203.4b(a)(1); ca-rules.md 3.14),
        # but the screening asks for fire-crew service before it weighs the bars: "If so, PC
        # 1203.4b dismissal may fit" was asked of him on the tab and in the report (R145-03).
        return []
    said = {(d.remedy, d.reasons[0].text) for d in screening.results if d.status == "not_applicable" and d.reasons}
    asks = []
    # Fire-crew service is served in custody: asked only of a record with a custody term in
    # it, or one that may hide one (a revoked probation, an unrecorded sentence).  A California
    # term: the hand crews are the state's and the counties' (PC 1203.4b(a)), and a client whose
    # only prison term was federal was asked it beside his Los Angeles probation case (F161-05);
    # so was one whose case, left California's, holds United States Code counts only (N163-02).
    custody = any(
        c.sentence is None or c.sentence.type in S.CUSTODY_SENTENCES or (c.sentence.probation is not None and S.probation_revoked(c.sentence.probation))
        for c in cases if c.outcome == "convicted" and c.jurisdiction == "CA" and not _federal_law_only(c)
    )
    if custody and ("pc1203_4b", pc1203_4b.NO_CAMP.text) in said:
        when = f" once it takes effect on {pc1203_4b.EFFECTIVE.isoformat()}" if screening.as_of < pc1203_4b.EFFECTIVE else ""
        asks.append(f"Did the client serve on a fire crew or hand crew while in custody? If so, PC 1203.4b dismissal may fit{when}.")
    camp_rows = [d for d in screening.results if d.remedy == "pc1203_4b"]
    if camp_rows and all(d.status == "not_applicable" and d.reasons and d.reasons[0].text == pc1203_4b.NO_CUSTODY_HERE.text for d in camp_rows):
        asks.append("The client reports fire-crew service, but no case here shows the jail or prison term it was served in: find that case (PC 1203.4b dismissal may fit), or tell the attorney if it was a county hand crew in one of these cases.")
    return asks


def _federal_law_only(case: Case) -> bool:
    """Whether each count of a case left California's is a United States Code section: the case
    is a federal court's, whatever its State or court says (K162-01's note)."""
    return bool(case.convictions) and all(federal_law_in_california(case, conv) for conv in case.convictions)


def registration_questions(cases: list[Case], person: Person | None) -> list[str]:
    """What to ask a client marked as a PC 290 registrant whose record shows no conviction that
    requires registration: the text report's, and the Eligibility tab's (X149-03).  A client who
    believed they must register, ticked so at intake with a PC 415 alone, read automatic relief
    "not eligible" and "You must keep registering as before", nothing asking what for.  Not asked
    where the record may hold the basis: a registrable offense, one only on a fact of the case,
    a section the catalog does not know, or a case of another state or a federal court."""
    if person is None or not person.registrant_290:
        return []
    catalog = load_catalog()
    for case in cases:
        if case.outcome != "convicted":
            continue
        if case.jurisdiction != "CA":
            return []
        for conv in case.convictions:
            m = catalog.lookup(conv.code, conv.section)
            if m.offense is None or R.is_registrable(m) or unsettled(m, "registrable", conv=conv) is not None:
                return []
    return ["The client is marked as required to register under PC 290, but no conviction in this record requires it. "
            "Which case do they register for? If it is not entered, enter it; if they do not have to register, the "
            "results that registration closes (automatic relief, Prop 47 and others) may open."]


def mode_words(mode: str | None) -> str:
    """The mode as words ("good_cause" -> "good cause"); "" for no mode."""
    if not mode:
        return ""
    return _MODE_WORDS.get(mode, mode.replace("_", " "))


def _conviction_labels(cases: list[Case]) -> dict[tuple[str, str], str]:
    """(case, conviction) -> the name the report gives the conviction: its id ("A1"), or, where
    two cases use the same id, the id and its case ("1 in case B")."""
    ids = Counter(conv.id for case in cases for conv in case.convictions)
    return {(case.id, conv.id): conv.id if ids[conv.id] == 1 else f"{conv.id} in case {_called(case.id)}" for case in cases for conv in case.convictions}


# From how many convictions a paragraph is said once, after the last case: for two, the
# section and the pointers to it cost more lines than they save, and the paragraph read where
# its conviction is reads better (a public two-felony case grew by a line).
_SAID_ONCE_FROM = 3


def _shared_consequences(screening: Screening, labels: dict[tuple[str, str], str]) -> dict[tuple[str, str], dict[str, list[tuple[str, str]]]]:
    """What stays true after relief that is word for word the same for several (three or more)
    convictions: (topic, text) -> its citation -> those convictions, in the report's order (the
    same words cited to 1203.4 for one count and 1203.4a for another are one paragraph).  Each
    is said once, after the last case, and a conviction names its topic (T32-01: a 20-case
    record printed the same disclosure paragraph under every one of its convictions)."""
    where: dict[tuple[str, str], dict[str, list[tuple[str, str]]]] = {}
    for c in screening.consequences:
        if c.conviction is not None and (c.case, c.conviction) in labels:
            convs = where.setdefault((c.topic, c.text), {}).setdefault(c.cite, [])
            if (c.case, c.conviction) not in convs:
                convs.append((c.case, c.conviction))
    order = list(labels)
    shared = {item: {cite: sorted(convs, key=order.index) for cite, convs in by_cite.items()}
              for item, by_cite in where.items() if len({k for convs in by_cite.values() for k in convs}) >= _SAID_ONCE_FROM}
    # A topic's paragraphs side by side (the firearms of a felony beside a misdemeanor's).
    topics = list(dict.fromkeys(topic for topic, _text in shared))
    return dict(sorted(shared.items(), key=lambda item: topics.index(item[0][0])))


def _shared_consequence_lines(shared: dict[tuple[str, str], dict[str, list[tuple[str, str]]]], labels: dict[tuple[str, str], str]) -> list[str]:
    """The section after the last case: each consequence that several convictions share,
    once, with the convictions it is true of (and, where they differ, each one's citation)."""
    if not shared:
        return []
    lines = ["What stays true even after relief, for several convictions:"]
    for (topic, text), by_cite in shared.items():
        def who(convs: list[tuple[str, str]]) -> str:
            if len(convs) == len(labels):
                return "every conviction above"
            left_out = [name for k, name in labels.items() if k not in convs]
            if len(convs) > 3 and len(left_out) < len(convs):
                # The few left out, not the many in, as R33-03 heads steps (L34-02: "(A1, B1,
                # D1, F1, G1, ...)" named 12 of 20 convictions, the next topic 14, most the same ones).
                return "every conviction above except " + listed(left_out)
            return listed([labels[k] for k in convs])
        if len(by_cite) == 1:
            ((cite, convs),) = by_cite.items()
            said = f"- {topic.replace('_', ' ')} ({who(convs)}): {text} [{cite}]"
        else:
            said = f"- {topic.replace('_', ' ')} ({'; '.join(f'{who(convs)} [{cite}]' for cite, convs in by_cite.items())}): {text}"
        lines.extend(_wrap(said, 2, 4))
    return [*lines, ""]


# A step that names one of the cases it would be said for ("find out when the offense in
# case B was committed", "cases A and B") is that case's own: said under it.
def _names_case(step: str, case_id: str) -> bool:
    return re.search(rf"\bcases? (?:[^\s,]+, )*(?:[^\s,]+ and )?{re.escape(case_id)}(?![\w-])", step) is not None


# A step that points at what is "above" it ("An attorney decides the open question above",
# "the fact named above", "the reasons above say how they differ") means its own case's
# table: said after the last case, under "Next steps for each of cases E, K and O", the
# nearest thing above was another case's, or none (L34-03).  It stays under its case.
_POINTS_ABOVE = re.compile(r"\babove\b")
# A step that says "this case" ("Get the minute order of the reduction in this case") means
# the case it is under (B86-03: its own case unnamed, as its heading stands above it); said once
# under "Next steps for every case above" it named none (R88-01).  It stays under its case.
_ITS_OWN_CASE = re.compile(r"\bthis case\b")


def _shared_steps(steps: dict[str, list[tuple[tuple[str, ...], str]]], case_ids: list[str]) -> dict[str, tuple[tuple[str, ...], str]]:
    """Each next step (as printed: its remedies and words) that two or more cases give word for
    word -> those cases, in the report's order, and the heading it is said under, once, after
    the last case (R33-01: a two-case record printed the same eight filing steps under each
    case, a 20-case record the same two under every case), where that takes fewer lines than
    saying it under each.
    A step naming one of those cases stays under that case."""
    holders: dict[str, list[str]] = {}
    for case_id, items in steps.items():
        for _remedies, step in items:
            holders.setdefault(step, [])
            if case_id not in holders[step]:
                holders[step].append(case_id)
    groups: dict[tuple[str, ...], list[str]] = {}
    for step, cases in holders.items():
        if _POINTS_ABOVE.search(step) or _ITS_OWN_CASE.search(step) or step.endswith(_TOP_POINTER):
            # "the open question above" is its own case's, in the table over it; a pointer to
            # the top is said where the step stood, not gathered to point there from a section
            continue
        sharers = tuple(c for c in cases if not _names_case(step, c))
        if len(sharers) > 1:
            groups.setdefault(sharers, []).append(step)
    shared = {}
    for sharers, said in groups.items():
        # Only where it saves lines, as T32 chose for consequences: two cases sharing one short
        # step ("An attorney decides whether PRCS counts ...") would gain a heading, a pointer
        # in each case and a blank line for the two lines saved.
        under_each = sum(len(_wrap(f"- {step}", 4, 6)) for step in said)
        once = 2 + sum(len(_wrap(f"- {step}", 2, 4)) for step in said) + len(sharers)  # + a pointer each
        if len(sharers) * under_each > once:
            shared.update(dict.fromkeys(said, (sharers, _steps_heading(sharers, case_ids))))
    return shared


def _steps_heading(group: tuple[str, ...], case_ids: list[str]) -> str:
    """The heading of the steps `group` of cases shares: "each of" the cases, as a petition is
    filed in each case (ca-rules.md 6)."""
    left_out = [c for c in case_ids if c not in group]
    if len(group) == len(case_ids) > 2:
        return "Next steps for every case above"
    if len(group) > 3 and len(left_out) < len(group):
        # The few cases left out, not the many in (R33-03: two headings of 13 and 15 of 20
        # cases, read aloud, could not be told apart).
        return f"Next steps for every case above except {_cases_said(left_out)}"
    return f"Next steps for each of {_cases_said(group)}"


def _shared_step_lines(steps: dict[str, list[tuple[tuple[str, ...], str]]],
                       shared_steps: dict[str, tuple[tuple[str, ...], str]]) -> list[str]:
    """After the last case: the steps several cases share, under the heading of the cases they
    are for, each set of cases once, in the order the cases and their steps came."""
    groups: dict[str, list[str]] = {}
    for items in steps.values():
        for _remedies, step in items:
            if step in shared_steps and step not in groups.setdefault(heading := shared_steps[step][1], []):
                groups[heading].append(step)
    lines: list[str] = []
    for heading, said in groups.items():
        lines.extend(_wrap(f"{heading}:", 0, 2))
        for step in _name_once(said):
            lines.extend(_wrap(f"- {step}", 2, 4))
        lines.append("")
    return lines


# The heading over a conviction's consequences.  Where no relief fits it at all (every row not
# eligible or not for this record, none granted), "even after relief" spoke of relief the
# table just ruled out (E40-04, public case S51's PC 288(a)): the same facts are said, headed
# plainly.  They are kept, not left out: the firearm ban, registration and what to disclose
# are what the client most needs to hear when nothing clears the conviction.
AFTER_RELIEF = "What stays true even after relief"
NO_RELIEF = "What stays true of this conviction"


def relief_reaches(rows: list[Determination]) -> bool:
    """Whether some relief among a conviction's `rows` (its own and its case's) is open, waits,
    is in question or was granted: the Eligibility tab's details head its consequences by it too."""
    return any(d.status not in ("not_eligible", "not_applicable") or is_already_granted(d) for d in rows)


def _consequences_heading(rows: list[Determination]) -> str:
    """AFTER_RELIEF if some relief reaches the conviction (`relief_reaches`); else NO_RELIEF."""
    return AFTER_RELIEF if relief_reaches(rows) else NO_RELIEF


def _case_lines(screening: Screening, case: Case, numbers: dict[str, int], several: bool, labels: dict[tuple[str, str], str],
                shared: dict, unfit: dict[str, str], steps: list[tuple[tuple[str, ...], str]],
                shared_steps: dict[str, tuple[tuple[str, ...], str]], to_top: dict, pending: str = "") -> list[str]:
    head = f"CASE {case.id}"
    extra = [x for x in (case.case_number, case.county if case.jurisdiction == "CA" else case.jurisdiction) if x]
    if told_by_what_the_record_holds(case):
        # With no court number, its key ("CASE c3", which the report's lines name) says nothing
        # of which case it is: its day, offense and county do, as the Eligibility table puts
        # them (B84-01).
        offenses, day, where = record_parts(case)
        extra = [x for x in (case.case_number, day, offenses, *where) if x]
    if extra:
        head += "  (" + ", ".join(extra) + ")"
    head += f"  - {case.outcome.replace('_', ' ')}"
    # The title alone over its underline, the sentence under it: a long sentence wrapped
    # between the two (readability finding R15-22).
    lines = _wrap(head, 0, 2)
    lines.append("=" * max(len(x) for x in lines))
    if case.sentence is not None:
        lines.extend(_wrap(f"Sentence: {_sentence_words(case, screening.as_of)}.", 2, 4))
    if court_note := court_practice_note(case):
        # A Riverside case's steps say "with the court that entered the conviction" as Los
        # Angeles's do, the report's practice being Los Angeles's: said under its heading, as the
        # filing worksheet and the Eligibility tab say it (L165-03).
        lines.extend(_wrap(court_note, 2, 4))
    if case.jurisdiction != "CA":
        # Every row of such a case is "does not fit", and the table drops their reason
        # (oracle finding O21-07: an AZ case read as if nothing in it qualified on its facts).
        lines.extend(_wrap(OUTSIDE_NOTE.format(where=case.jurisdiction), 2, 4))
    if case.outcome == "pending":
        lines.extend(_wrap(pending, 2, 4))
        lines.append("")
    for note in laws_apart_notes(case, "in the request"):
        # A count under the juvenile court's own law ("WI 602"): its rows below read it as an
        # offense not in the catalog, "if the conviction is under PC 602, record that code", and
        # its "What stays true" as a prior conviction to disclose (M160-04); a United States
        # Code count in a California case, its rows California relief "Needs review" (K162-01).
        lines.extend(_wrap(note, 2, 4))
    rows = [d for d in screening.results if d.case == case.id]
    case_rows = [d for d in rows if d.conviction is None]
    case_table: list[str] | None = None
    for conv in case.convictions:
        lines.extend(_wrap(f"{conv.id}: {_conviction_words(conv)}", 2, 4))
        table = _table([d for d in rows if d.conviction == conv.id], numbers, several, conv, unfit, labels[(case.id, conv.id)], to_top, screening.as_of)
        if len(case.convictions) == 1 and case_rows:
            # Made here, after the count's, as before: which of the two lists is said first
            # is the one the other points to.
            case_table = _table(case_rows, numbers, several, None, unfit, f"case {_called(case.id)}", to_top, screening.as_of)
            merged = _unfit_said_once(table, case_table)
            if merged is not None:
                case_rows, table = [], merged
        lines.extend(table)
        cons = [c for c in screening.consequences if c.case == case.id and c.conviction == conv.id]
        own = [c for c in cons if (c.topic, c.text) not in shared]
        # What other convictions share is said once, after the last case; here, by topic.
        elsewhere = list(dict.fromkeys(c.topic.replace("_", " ") for c in cons if (c.topic, c.text) in shared))
        later = f"{listed(elsewhere)} (as for other convictions: said once, after the last case)" if elsewhere else ""
        # The case's own rows too: a PC 1203.43 plea withdrawal is relief for the conviction.
        heading = _consequences_heading([d for d in rows if d.conviction in (conv.id, None)])
        if own:
            lines.append(f"    {heading}:")
            for c in own:
                lines.extend(_wrap(f"- {c.topic.replace('_', ' ')}: {c.text} [{c.cite}]", 6, 8))
            if later:
                lines.extend(_wrap(f"- {later}.", 6, 8))
        elif later:
            lines.extend(_wrap(f"{heading}: {later}.", 4, 6))
        lines.append("")
    if case_rows:
        table = case_table if case_table is not None else _table(case_rows, numbers, several, None, unfit, f"case {_called(case.id)}", to_top, screening.as_of)
        same = _SAME_UNFIT.fullmatch(" ".join(x.strip() for x in table))
        if same:
            # Nothing but a list said before: one line, not a heading over it (R33-02: a
            # 20-case record gave three lines to it in 19 cases).
            lines.extend(_wrap(f"For the whole case: the same remedies as {same[1]} do not fit this record.", 2, 4))
        else:
            lines.append("  For the whole case:")
            lines.extend(table)
        lines.append("")
    if not steps:
        return lines
    # A step other cases share word for word is said once, after the last case (R33-01: on
    # two cases of the same offense the filing steps came twice, word for word); here, where
    # those steps stood, a line points to their heading (one line for shared steps side by
    # side).  The case's own steps keep their order, so what comes first (immigration advice,
    # vacatur) still does.
    said: list[str] = []
    pointers: dict[int, tuple[tuple[str, ...], str]] = {}  # place in `said` -> (the cases, the heading)
    for _remedies, step in steps:
        group, heading = shared_steps.get(step, ((), ""))
        if case.id not in group:
            said.append(step)
            continue
        # One pointer to a heading, where its first step stood (T39-04: public case S46's case
        # A pointed to "Next steps for each of cases A and B" twice, its own declaration step
        # between; S52's case A, its own route step between).  The case's own steps keep
        # their order after it.
        if heading not in (said_under for _group, said_under in pointers.values()):
            pointers[len(said)] = (group, heading)
            said.append("")
    for at, (group, heading) in pointers.items():
        # The heading named as printed, so that it is found (R33-01 said "as for case A", of
        # steps said under "Next steps for each of cases A and B"); their remedies are not
        # named again, as the section names each (T45-03: public case S52's pointer named four
        # remedies, three lines at 80 columns, before the heading it points to).
        others = [c for c in group if c != case.id]
        said[at] = f"Shared with {_cases_said(others) if len(others) <= 3 else 'other cases'}: see \"{heading}\"{_BELOW}"
    said = _name_once(said, set(pointers))
    if len(said) == 1 and pointers:
        # Nothing of its own: one line, as T32's "What stays true even after relief: ..."
        # ("Next steps for case B: PC 1203.4 dismissal: see ..." read aloud as two labels, one
        # after the other: T39-03).
        lines.extend(_wrap(f"Next steps for case {_called(case.id)}: see \"{pointers[0][1]}\"{_BELOW}", 2, 4))
    else:
        lines.append(f"  Next steps for case {_called(case.id)}:")
        for x in said:
            lines.extend(_wrap(f"- {x}", 4, 6))
    lines.append("")
    return lines


def _to_the_top(steps: list[tuple[tuple[str, ...], str]], said_at_top: list[BarSaidOnce]) -> list[tuple[tuple[str, ...], str]]:
    """A case's steps, each that a bar said at the top gives as its "What to do" a pointer
    there naming the step's remedies (T37-02: on a 20-case record "Ask the court to end
    probation early in case H (PC 1203.3); relief can follow once it ends." was said at the
    top and seven times more, under five cases and in two sections after the last case)."""
    out = []
    for remedies, step in steps:
        label, words = step.split(": ", 1)
        bar = next((bar for bar in said_at_top if words in bar.todo()), None)
        item = (remedies, bar.step_pointer(label) if bar is not None else step)
        # Two steps of one bar (two fine-only sentences unpaid, each its own "Find out from
        # the court ...") point to it once: the pointer names both (T274-01).
        if bar is None or item not in out:
            out.append(item)
    return out


def _name_once(steps: list[str], pointers: Iterable[int] = ()) -> list[str]:
    """The steps, those of the same remedies side by side as one entry, their name said once
    (T37-05: "PC 1203.4 dismissal: File form CR-180 ...", then "PC 1203.4 dismissal: There is
    no court filing fee ...": read aloud, the name came before each step).  A line pointing to
    where steps are said (at `pointers`, or to the top) stays a line of its own."""
    out: list[str] = []
    apart = set(pointers)
    last = None  # the name of the entry before, if it is a step's
    for i, step in enumerate(steps):
        name, _, words = step.partition(": ")
        if i in apart or step.endswith(_TOP_POINTER):
            out.append(step)
            last = None
        elif name == last:
            out[-1] += " " + words
        else:
            out.append(step)
            last = name
    return out


def _case_steps(screening: Screening, case: Case) -> list[tuple[tuple[str, ...], str]]:
    """The case's next steps, each with the remedies it is for (see _step_items), a remedy's
    headed as the filing worksheet heads them where every request for it has a petition
    standing (`_filed_headings`)."""
    rows = [d for d in screening.results if d.case == case.id]
    steps = _step_items(rows, len(case.convictions) if case.outcome == "convicted" else 0)
    for name, heading in _filed_headings(rows, case, screening.as_of).items():
        # Before the remedy's own first step, under its label, so that its steps follow it on
        # one entry (_name_once); "for this case" keeps it under its case (_ITS_OWN_CASE).
        at = next((i for i, (names, _step) in enumerate(steps) if names == (name,)), None)
        if at is not None:
            steps.insert(at, ((name,), f"{steps[at][1].partition(': ')[0]}: {heading}."))
    return steps


def _filed_headings(rows: list[Determination], case: Case, as_of: date) -> dict[str, str]:
    """By short name, the heading over the steps of each remedy of the case whose every result
    with steps a petition in the client's export asks for, in the worksheet's words
    (`court.filed_heading`): "Already filed for this case: not to file again", "File once for
    this case, only after an attorney has reviewed the denial".  X268: under a dismissal
    granted or filed the text still said "File form CR-180 ...", under a denied Prop 47 "File a
    Prop 47 application", with nothing over them; the steps stay (some serve the hearing)."""
    if not case.petitions:
        return {}
    reviewed = _review_days()
    by_remedy: dict[str, list[tuple]] = {}
    for d in rows:
        if d.status != "not_applicable" and d.next_steps and d.remedy not in _AUTOMATIC:
            p = petition_for(case.petitions, d)
            by_remedy.setdefault(d.remedy, []).append((p, denial_reviewed_on(p, d, reviewed, as_of) is not None))
    return {short_name(remedy): heading for remedy, requests in by_remedy.items() if (heading := filed_heading(requests))}


def _table(rows: list[Determination], numbers: dict[str, int], several: bool, conv: Conviction | None, unfit: dict[str, str],
           label: str, to_top: dict, as_of: date) -> list[str]:
    """The rows that fit, with their reasons; then what was already granted; then, on one
    line, the remedies that do not fit.  `unfit` carries the lists said so far in the report
    (names -> the `label` of where: "A1", "case A"): a count or case with a list already said
    says so rather than repeating it (T32-01: a 20-case record repeated it in every case).
    A row that waits on facts names their numbers in "Facts to find out" (`numbers`).  A row
    whose bar from another case is said once at the top (`to_top`: id of the row -> the bar,
    and where in its reasons it stands; see bars_said_once) points there in one line, with
    its own citation.  A row a petition asks for says where it stands with the court on `as_of`
    under it, before its reasons, as the Eligibility tab does (`at_the_court`)."""
    rows = sorted(rows, key=lambda d: (_ORDER[d.status], _KEY_ORDER.get(d.remedy, 99)))
    shown = [d for d in rows if d.status != "not_applicable"]
    granted = [d for d in rows if d.status == "not_applicable" and is_already_granted(d)]
    skipped = [d for d in rows if d.status == "not_applicable" and not is_already_granted(d)]
    out: list[str] = []
    heading, row_lines = _table_columns(shown)
    out.extend(heading)
    alike = 1  # the rows so far that give the same reasons as the one at hand
    for i, d in enumerate(shown):
        out.extend(row_lines(d))
        if (court := at_the_court(d, as_of)) is not None:
            out.extend(_wrap(f"At the court: {court}", 8, 10))
        # Rows with the same answer and reasons, waiting on the same facts, say them once,
        # under the last of them (finding O23C-02: a case with no conviction entered printed
        # the same sentence under each of its four case-level rows); the JSON keeps each row's.
        if i + 1 < len(shown) and d.reasons and _same_grounds(d, shown[i + 1]):
            alike += 1
            continue
        lead = f"Each of the {alike} above: " if alike > 1 else ""
        alike = 1
        # Every reason, in order: the one that decides the result (a later bar, the date
        # worked out, a deadline, the open question) is often not the first.
        said_once = to_top.get(id(d))
        skip = 0
        for at, r in enumerate(d.reasons):
            if skip:
                skip -= 1
                continue
            if said_once is not None and at == said_once[1]:
                out.extend(_wrap(f"{lead}{said_once[0].pointer(r.cite)}", 8, 10))
                skip = len(said_once[0].texts) - 1
            else:
                out.extend(_wrap(f"{lead}{r.text} [{r.cite}]", 8, 10))
            lead = ""
        if d.missing_facts:
            # By number, not by request path (readability finding R15-14): the question is
            # above, once, and says whose fact it is.
            found = sorted({numbers[k] for f in d.missing_facts if (k := _fact_key(f, d, several)) in numbers})
            if found:
                which = f"fact {found[0]}" if len(found) == 1 else "facts " + ", ".join(map(str, found[:-1])) + f" and {found[-1]}"
                out.extend(_wrap(f"Waits on {which} (see Facts to find out).", 8, 10))
            else:  # not reached from render_text, which numbers every fact; said raw, not lost
                out.extend(_wrap("Missing: " + ", ".join(d.missing_facts), 8, 10))
        elif d.status == "needs_review" and any(step.startswith(CHECK_THE_RECORD) for step in d.next_steps):
            # Nothing is missing, something given is doubted (S27-01, S27B-01): the row says
            # where its check is, as a row waiting on a fact says which (S27B-04).
            out.extend(_wrap("Waits on a check of the record (see Next steps below).", 8, 10))
    if granted:
        dates = {r.remedy: r.date for r in conv.relief_granted} if conv is not None else {}
        names = listed([short_name(d.remedy) + (f" ({dates[d.remedy].isoformat()})" if dates.get(d.remedy) else "") for d in granted])
        out.extend(_wrap(f"Already granted: {names}.", 4, 6))
    if skipped:
        # Said as English lists them, "A, B and C" (T42-01: read aloud, "A, B, C." sounded
        # cut off, as if a name were still to come).
        names = listed([short_name(d.remedy) for d in skipped])
        if names in unfit:
            out.extend(_wrap(f"Does not fit this record: the same remedies as {unfit[names]}.", 4, 6))
        else:
            out.extend(_wrap(f"Does not fit this record: {names}.", 4, 6))
            unfit[names] = label
    return out


def _table_columns(shown: list[Determination]) -> tuple[list[str], Callable[[Determination], list[str]]]:
    """The table's heading and a maker of each row's lines, fitted to the report's width: from
    80 columns the columns as wide as they always were; narrower (a COLUMNS of 60 to 79), as
    wide as this table's own words, and where even those do not fit on one line, each row on
    two, its remedy's name whole above its status, mode and confidence (D58-04: the rows stayed
    80 wide, and the terminal broke them mid-word)."""
    width = _WIDTH.get()
    if not shown:
        return [], lambda d: []  # no row fits: no heading over none
    if 4 + sum(_COLS) + 1 <= width:
        last = "Confidence"
        if 4 + sum(_COLS) + len(last) > width:
            # A narrow terminal: the mode and confidence under one heading, the rule as wide as
            # the rows (the longest ends at column 80: "discretionary H").
            heading = ["    " + "Remedy".ljust(_COLS[0]) + "Status".ljust(_COLS[1]) + "Mode/confidence",
                       "    " + "-" * (sum(_COLS) + 1)]
        else:
            heading = ["    " + "Remedy".ljust(_COLS[0]) + "Status".ljust(_COLS[1]) + "Mode".ljust(_COLS[2]) + last,
                       "    " + "-" * (sum(_COLS) + len(last))]
        return heading, lambda d: ["    " + short_name(d.remedy)[: _COLS[0] - 1].ljust(_COLS[0]) + status_label(d).ljust(_COLS[1])
                                   + mode_words(d.mode).ljust(_COLS[2]) + d.confidence]
    last = "Mode/confidence"
    status_room = max(len(status_label(d)) for d in shown) + 2
    mode_room = max(len(mode_words(d.mode)) for d in shown) + 1

    def rest(d: Determination) -> str:
        return status_label(d).ljust(status_room) + mode_words(d.mode).ljust(mode_room) + d.confidence

    rest_room = status_room + max(mode_room + 1, len(last))
    name_room = max(len(short_name(d.remedy)) for d in shown) + 2
    if 4 + name_room + rest_room <= width:
        heading = ["    " + "Remedy".ljust(name_room) + "Status".ljust(status_room) + last, "    " + "-" * (name_room + rest_room)]
        return heading, lambda d: ["    " + short_name(d.remedy).ljust(name_room) + rest(d)]
    # The name alone, whole (T45-01: a remedy's name stays on one line), the rest under it.
    heading = ["    Remedy", "      " + "Status".ljust(status_room) + last, "    " + "-" * max(name_room - 2, 2 + rest_room)]
    return heading, lambda d: ["    " + short_name(d.remedy), "      " + rest(d)]


_SAME_UNFIT = re.compile(r"Does not fit this record: the same remedies as (.+)\.")
_UNFIT_LEAD = "    Does not fit this record: "


def _unfit_said_once(table: list[str], case_table: list[str]) -> list[str] | None:
    """A one-count case's table with its whole case's unfitting remedies said in the count's
    line, where the whole case's only point to a list said before: "Does not fit this record:
    the same remedies as A1 and, for the whole case, as case A."  (T39-02: "the same remedies
    as" came twice in 13 of the long record's 20 cases, the second time in a paragraph of its
    own, two lines with its blank.)  None where the whole case has more to say, or the count
    no such line."""
    whole = _SAME_UNFIT.fullmatch(" ".join(x.strip() for x in case_table))
    at = next((i for i, x in enumerate(table) if x.startswith(_UNFIT_LEAD)), None)
    if whole is None or at is None:
        return None
    said = " ".join(x.strip() for x in table[at:])
    if _SAME_UNFIT.fullmatch(said):
        said = f"{said[:-1]} and, for the whole case, as {whole[1]}."
    else:  # the count's own list, said here first: the whole case's pointer after it
        said = f"{said[:-1]}; for the whole case, the same remedies as {whole[1]}."
    return [*table[:at], *_wrap(said, 4, 6)]


def _same_grounds(a: Determination, b: Determination) -> bool:
    """Whether two rows come to the same answer (status and date) for the same reasons (text
    and citation, in order), waiting on the same facts: then the report says them once.  The
    same reasons under different answers are each said where they are (a hand-made result)."""
    return (
        (a.status, a.date) == (b.status, b.date)
        and [(r.text, r.cite) for r in a.reasons] == [(r.text, r.cite) for r in b.reasons]
        and a.missing_facts == b.missing_facts
    )


def _next_steps(rows: list[Determination], counts: int = 1) -> list[str]:
    """Each remedy's steps, prefixed with its short name, each step text once: immigration
    advice and survivor vacatur first, then the rest most useful first (as in the table).

    In a case of more than one count, a step says which counts it is for ("(A1, A2)"), so
    that "no petition route is open" for one count is not read of the other.
    """
    return [step for _remedies, step in _step_items(rows, counts)]


def _step_items(rows: list[Determination], counts: int = 1) -> list[tuple[tuple[str, ...], str]]:
    """_next_steps, each step with the short names of the remedies it is for."""
    # step -> remedy name -> its counts: a step two remedies share names each with its own
    # counts (metamorphic finding: "PC 1203.4 dismissal (A1, A2)" took in the count A2 that
    # only 1203.425's step was for, and 1203.4 excludes).
    found: dict[str, dict[str, list[str]]] = {}
    # A step that is not the last of some remedy's steps: it leads, and keeps its place.
    leads: set[str] = set()
    choices = alternatives_open(rows)
    for d in sorted(rows, key=_step_order):
        if d.status == "not_applicable":
            # A not_eligible result's steps are kept: they name the route that is left
            # ("seal the arrest under 851.91 instead", "screen again once SB 731 applies").
            continue
        for choice, convs, members in choices.get(d.remedy, ()):
            # Said before the first of the remedies' own steps.
            found.setdefault(choice, {}).setdefault(" or ".join(short_name(k) for k in members), convs)
        leads.update(d.next_steps[:-1])
        for s in d.next_steps:
            convs = found.setdefault(s, {}).setdefault(short_name(d.remedy), [])
            if d.conviction is not None and d.conviction not in convs:
                convs.append(d.conviction)
    # The counts in the record's order: gathered in the steps' order, a count whose result is
    # open came first (S28B-07: "PC 1203.425 automatic relief (c1-2, c1-1)").
    place = {c: i for i, c in enumerate(dict.fromkeys(d.conviction for d in rows if d.conviction is not None))}
    out: list = []  # (names, step, whether it closes every remedy's steps it is in)
    for s, by_remedy in found.items():
        by_remedy = dict(sorted(by_remedy.items(), key=lambda item: _name_rank(item[0])))
        if counts > 1:
            label = "; ".join(f"{name} ({listed(sorted(convs, key=place.__getitem__))})" if convs else name for name, convs in by_remedy.items())
        elif any(" or " in name for name in by_remedy):
            label = "; ".join(by_remedy)  # "A or B; C or D", not "A or B and C or D"
        else:  # every remedy the step is for (it named only the first)
            label = listed(list(by_remedy))
        out.append((tuple(by_remedy), f"{label}: {s}", s not in leads))
    # A closing step two remedies share ("There is no court filing fee for this petition")
    # comes after the last of their own steps, not between them (L67-02, public case S23:
    # "1203.41: File ...", "1203.41 and 1203.42: There is no court filing fee ...",
    # "1203.42: File ...": the fee line split the two alternatives' filings).
    for item in [item for item in out if item[2] and len(item[0]) > 1]:
        at = out.index(item)
        later = [i for i in range(at + 1, len(out)) if set(out[i][0]) & set(item[0])]
        if later:
            out.insert(later[-1], out.pop(at))
    out = [(names, step) for names, step, _closing in out]
    # The check of a felony wobbler's judgment (PC 17(b)(1)) decides which reading every other
    # result of the count holds under, so it is said before them, after only the steps that
    # always come first (V62-05: it stood after "check the RAP sheet" for automatic relief,
    # which rests on the level it checks).
    checks = [item for item in out if item[1].endswith(JUDGMENT_DECIDES_LEVEL_STEP)]
    if checks:
        rest = [item for item in out if not item[1].endswith(JUDGMENT_DECIDES_LEVEL_STEP)]
        lead = next((i for i, (names, _step) in enumerate(rest) if _name_rank(names[0])[0] != 0), len(rest))
        out = [*rest[:lead], *checks, *rest[lead:]]
    return out


# Remedies that do the same thing to one conviction by different statutes: the attorney
# picks one, and one petition is filed (ca-rules.md 3.4 "offer both and let the attorney
# choose", 6 "one petition per case").  Readability finding R15-12: their filing steps were
# listed one after the other, as two filings; R18-12: the fire-camp dismissal beside them.
_ALTERNATIVES = (("pc1203_41", "pc1203_42", "pc1203_4b"), ("pc17b", "prop47"))
_ALTERNATIVE_OF = {key: group for group in _ALTERNATIVES for key in group}
CHOOSE_ONE = "These are alternatives for the same conviction: the attorney picks one (the reasons above say how they differ), and only that one is filed."


def alternatives_open(rows: list[Determination]) -> dict[str, list[tuple[str, list[str], tuple[str, ...]]]]:
    """remedy -> [(the choose-one step, the counts it is for, the remedies it names)] where
    two or more remedies of a group are open (now or on a date) for the same conviction.
    The filing worksheet says the same step (J125-01)."""
    open_for: dict[str, list[str]] = {}
    for d in rows:
        if d.remedy in _ALTERNATIVE_OF and d.status in ("eligible", "eligible_on") and d.conviction is not None:
            open_for.setdefault(d.remedy, []).append(d.conviction)
    out: dict[str, list[tuple[str, list[str], tuple[str, ...]]]] = {}
    for group in _ALTERNATIVES:
        by_conv: dict[str, tuple[str, ...]] = {}
        for conv in dict.fromkeys(c for key in group for c in open_for.get(key, [])):
            members = tuple(key for key in group if conv in open_for.get(key, []))
            if len(members) > 1:
                by_conv[conv] = members
        for members in dict.fromkeys(by_conv.values()):
            convs = [c for c, m in by_conv.items() if m == members]
            for key in members:
                out.setdefault(key, []).append((CHOOSE_ONE, convs, members))
    return out


def _count_key_said(groups: dict[str, dict[str, list[tuple[str, str, str]]]], cases: Iterable[Case]) -> list[str]:
    """Where "In short" names a count by its record key, the first one's key read once, as its
    heading below says it (S160-03: "Open now: PC 1203.4 dismissal (c1-1, c2-1, c3-1 ...)" was
    the first a clinic reader met of "c3-1", before any heading said which count it is)."""
    named = {who for group in groups.values() for where in group.values() for who, _when, _note in where}
    for case in cases:
        for conv in case.convictions:
            if conv.id in named:
                return _wrap(f"A count is named by its key, as headed below: {conv.id} is {_conviction_words(conv)}, "
                             f"in case {_called(case.id)}.", 2, 4)
    return []


# Proposition relief open now is filed before a dismissal of the same case (ca-rules.md 7, order
# of operations; the worksheet files it first, J125-02): a 2008 HS 11360(a) on probation read
# "PC 1203.4 dismissal: File form CR-180 ..." above Prop 64's "If not, file form CR-400" (Q191-05).
_PROPOSITIONS = frozenset({"prop64", "prop47"})


def _step_order(d: Determination) -> tuple:
    proposition_open = d.remedy in _PROPOSITIONS and d.status == "eligible"
    return (d.remedy not in _FIRST_STEPS, not proposition_open, _ORDER[d.status], _KEY_ORDER.get(d.remedy, 99))


# A short name's remedy key ("PC 1203.41 dismissal or PC 1203.42 dismissal": its first's).
_KEY_OF_NAME = {name: key for key, name in SHORT.items()}


def _name_rank(name: str) -> tuple[int, int]:
    """Where a remedy's name stands among the others a step or pointer is for: immigration
    advice and survivor vacatur first, as their steps are; then ending probation early, which
    the dismissals it is named with wait on ("PC 1203.3 end probation early and PC 1203.4
    dismissal: Ask the court to end probation early ..."); then the registry's order.  Not the
    results' order (T42-03: that put a blocked result's remedy first, so the long record said
    "PC 1203.4 dismissal and PC 1203.425 automatic relief: see ..." under ten cases and
    "PC 1203.425 automatic relief and PC 1203.4 dismissal: see ..." under three, the same
    two remedies read as another pair)."""
    key = _KEY_OF_NAME.get(name.split(" or ")[0])
    if key is None:
        return (3, 99)
    return (0 if key in _FIRST_STEPS else 1 if key == "pc1203_3" else 2, _KEY_ORDER[key])


def _conviction_words(conv: Conviction) -> str:
    # The code once (S26-06); a conspiracy typed under its target's code as the engine reads it,
    # "PC 182(a)(1)/HS 11352", as the client's card and the worksheet name it, and as typed
    # beside it, as the record and the reasons below write it (W69-02).
    law, typed = law_named(conv.code, conv.section), as_written(conv.code, conv.section)
    words = f"{law}{f' (typed {typed})' if law != typed else ''}, {conv.level or 'level not known'}"
    if conv.conviction_date:
        words += f", convicted {conv.conviction_date.isoformat()}"
    return words  # relief already granted is said once, on its own line under the table


def _sentence_words(case: Case, as_of: date) -> str:
    """The sentence as it stood on `as_of`, the day the screening speaks for: a revocation or
    completion dated later is not said of it (oracle finding O22B-01)."""
    s = case.sentence
    assert s is not None
    words = {"probation": "probation", "no_probation": "no probation", "county_jail_1170h": "county jail (PC 1170(h))", "state_prison": "state prison"}[s.type]
    p = s.probation.as_it_stood(as_of) if s.probation is not None else None
    if p is not None:
        words = f"{p.kind} probation" if p.kind is not None else "probation (formal or summary not known)"
        if p.start or p.end:
            words += f" {p.start.isoformat() if p.start else '?'} to {p.end.isoformat() if p.end else '?'}"
        if p.early_termination and S.ended_on_ordered_end(p):
            # Nothing early about it (S30-04: "2023-06-01 to 2024-06-01, ended early 2024-06-01").
            words += ", the court's order ending it (PC 1203.3) dated that same day"
        elif p.early_termination and p.early_termination > as_of:
            words += f", to end early on {p.early_termination.isoformat()}, after the screening date"
        elif p.early_termination == as_of:
            # The screening counts that day as probation's last (oracle finding O23-21).
            words += f", ending early on {p.early_termination.isoformat()}, its last day"
        elif p.early_termination:
            words += f", ended early {p.early_termination.isoformat()}"
        if p.status:
            words += f" ({p.status})"
    c = s.custody
    if c is not None:
        if c.release_date and c.release_date > as_of:
            # Not "released" on a day the person was still held (oracle finding O23-04).
            words += f", to be released {c.release_date.isoformat()}, after the screening date"
        elif c.release_date:
            words += f", released {c.release_date.isoformat()}"
        if c.supervision and c.supervision != "none":
            # after a comma: "(PRCS) (end date not recorded)" ran two brackets together
            words += f", then {supervision_words(c.supervision)}" + (f" to {c.supervision_end.isoformat()}" if c.supervision_end else ", end date not recorded")
        elif c.supervision is None and (c.supervision_end or c.split):
            # Its end alone, as intake stores a prison term's (E29-05): the rows count from it,
            # and the line had left it out (K129-05).  A split term's, its kind left at Unknown,
            # is mandatory supervision (PC 1170(h)(5)(B)), said even with no end, whose end the
            # screening asks: the line had said nothing of it (R223-02, as the worksheet S215-03).
            kind = "kind not recorded: mandatory supervision" if c.split else "kind not recorded"
            words += f", then supervision ({kind})" + (f" to {c.supervision_end.isoformat()}" if c.supervision_end
                                                       else ", end date not recorded")
        elif c.release_date is None and s.type in S.CUSTODY_SENTENCES:
            # A straight term's release day is what its waits count from, and the screening asks
            # it: the line said only "county jail (PC 1170(h))", where the worksheet says "release
            # date not recorded" and the Checklist asks it, or, the record saying the term is not
            # completed, "Sentence not yet completed" (S215-04, R223-03; K235-02).
            words += ", not yet completed" if s.completed is False else ", release date not recorded"
    return words


# textwrap splits only on ASCII whitespace, so a private-use character stands in for each
# space inside a bracketed citation while wrapping and is turned back into a space after
# (a command's quoted words are kept whole so: kept_whole).
KEEP = _KEEP = "\ue000"
# A command's quoted word (a path, an event's name), as shlex.quote or typed_word says it.
_QUOTED_WORD = re.compile(r"'[^']*'|\"(?:\\.|[^\"\\])*\"")


def kept_whole(command: str) -> str:
    """`command` with each quoted word's spaces kept from the wrap (its text turned back after):
    at 80 columns "--db '.../case files/my" was cut from "caseload.sqlite'", and the two lines
    copied, or typed as read, named a file that is not there (R122-03; a handout's note's
    `--phone "(213) 555-0100"` too, X123-04)."""
    return _QUOTED_WORD.sub(lambda m: m.group(0).replace(" ", KEEP), command)


_CITATION = re.compile(r"\S*\[[^\[\]]*\]\S*")  # with what sticks to it: "(see [PC 17(b)])."
# A code and its section number stay on one line in running text too: "PC 1203.4", "VC 23152(a)";
# so do a ballot measure's and a bill's ("Prop 47", "AB 134": T42-02, "For: Prop" ended a line
# with "47 reduction" on the next).
_CODE_SECTION = re.compile(r"\b(PC|VC|HS|CCP|BP|WI|Gov\. Code|Civ\. Code|Evid\. Code|Lab\. Code|Prop|AB|SB) (?=\d)")
# Two sections read as one, "PC 236.14 / 236.15" (T42-02: at 80 columns "PC 236.14 /" ended a
# line, "236.15 vacatur" began the next).
_SECTION_PAIR = re.compile(r"(?<=\d) / (?=\d)")
# A remedy's name stays whole on a line: "Certificate of" ending one line and "rehabilitation"
# beginning the next read as two things (T45-01); longest first, so that "PC 1203.41 dismissal"
# is not read as "PC 1203.4" and more.
_REMEDY_NAME = re.compile("|".join(re.escape(name) for name in sorted(SHORT.values(), key=len, reverse=True)))
# A short bracket of counts after a name stays with it too: "(A1 and" ending a line and "B1)."
# beginning the next split one list (T45-06).  So does one case or two named by court number,
# longer than a count's key: "(cases 1CA64098 and" ending a line split it (S156-01).
_NAME_AND_COUNTS = re.compile(rf"({_REMEDY_NAME.pattern})( \((?:[^()]{{1,20}}|cases? [^\s(),]+(?: and [^\s(),]+)?)\))?")
# A case citation, "Adams v. County of Sacramento (1991) 235 Cal.App.3d 872": one name, as the
# handouts keep it (T42-02: a bracket of two or three citations is longer than a line at 80
# columns, and broke after "Sacramento" or "(1991) 235").  Kept whole where it fits a line.
_CASE_CITATION = re.compile(r"\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} v\. [A-Z][\w.'-]*(?: (?:of|the|and|[A-Z][\w.'-]*))* "
                            r"\(\d{4}\)(?: \d+ Cal\.[\w.]* \d+)?")


def _wrap(text: str, first: int, rest: int) -> list[str]:
    """`text` wrapped to the report's width (WIDTH, or a narrower terminal's) with a hanging
    indent; a bracketed citation that fits on a line is never split (one longer than a line
    may still break, though not inside a case it cites), nor a code from its section number
    ("PC 1203.4", "PC 236.14 / 236.15", "Prop 47"), nor a remedy's name ("Certificate of
    rehabilitation")."""
    width = _WIDTH.get()
    room = width - max(first, rest)

    def fits(m: re.Match) -> bool:
        # With what sticks to it, which wraps with it: "relief (case A on 2027-06-02)." is one
        # word to textwrap, and one a character longer than a line was cut anywhere, "(case A
        # on 20" ending a line and "27-06-02)." the next (D58-03, public case S28 at 60 columns).
        start, end = m.start(), m.end()
        while start > 0 and not m.string[start - 1].isspace():
            start -= 1
        while end < len(m.string) and not m.string[end].isspace():
            end += 1
        return end - start <= room

    def keep(m: re.Match) -> str:
        word = m.group(0)
        return word.replace(" ", _KEEP) if fits(m) else word

    kept = _CASE_CITATION.sub(keep, _CITATION.sub(keep, text))  # a bracket too long for a line: its cases each whole
    kept = _NAME_AND_COUNTS.sub(lambda m: keep(m) if fits(m) else _REMEDY_NAME.sub(keep, m.group(0)), kept)
    kept = _SECTION_PAIR.sub(f"{_KEEP}/{_KEEP}", _CODE_SECTION.sub(lambda m: m.group(1).replace(" ", _KEEP) + _KEEP, kept))
    lines = textwrap.wrap(kept, width, initial_indent=" " * first, subsequent_indent=" " * rest, break_on_hyphens=False)
    return [x.replace(_KEEP, " ") for x in lines] or [""]


__all__ = ["render_text", "status_label", "mode_words", "short_name", "relief_reaches", "NOTICE", "SHORT", "remedy_title"]
