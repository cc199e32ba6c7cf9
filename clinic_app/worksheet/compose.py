"""Compose one client's filing worksheet from the record and its screening (no I/O, no clock).

Every fact comes from the record as it stood on the screening's day; every reason, step and
missing fact is the engine's own text (with its citation), copied, never reworded (a step's
record keys named as the record names them, and a missing fact asked as the window asks it): the
worksheet adds only labels ("Probation", "Fines"), the status in the window's words, and
which form the engine's steps name (a form's own steps, said once for the case where it
carries several requests, and a request's counts together where only their reasons differ).
What it leaves out: results that do not apply or are not eligible (the window and the text
report say why); blocked ones get one line each (those a bar said once blocks alike, one line
together).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from clinic_app import years_alone
from clinic_app.case_titles import (PROGRAM_TITLES, case_heading, outcome_words, record_parts, sharing_a_number,
                                    told_by_what_the_record_holds)
from clinic_app.catalog import attempted, load_catalog
from clinic_app.checklist import ChecklistItem, checklist, finish_by_said, released_from
from clinic_app.counties import court_of, court_practice_note, other_counties_named
from clinic_app.eligibility.any_level import alternatives
from clinic_app.eligibility.depends_on import conspiracy_described, law_named
from clinic_app.eligibility.fact_questions import given_facts, named_as_recorded, owner_of, own_case_given, question
from clinic_app.eligibility.immigration import immigration_first
from clinic_app.eligibility.registry import REMEDY_KEYS, remedy_title, short_name
from clinic_app.eligibility.result import ASK_THE_CLIENT, FIND_OUT
from clinic_app.eligibility import felony_by_its_sentence
from clinic_app.eligibility.text_report import (BAR_LIFTS, BarSaidOnce, CHOOSE_ONE, alternatives_open, bars_said_once,
                                                case_named, mode_words, registration_questions, steps_of_the_bar)
from clinic_app.court import (ReviewSaid, denial_review_of, denial_reviewed_on, filed_heading, petition_for, petition_said,
                              review_said)
from clinic_app.model import Case, Client, Conviction, Custody, Determination, Money, PaymentKind, Petition, Reason, Screening
from clinic_app.review import answer_key
from clinic_app.typed_sections import laws_apart_notes
from clinic_app.wording import listed

TITLE = "Filing worksheet"
CONFIDENTIAL = "Confidential: criminal history"
NOT_ADVICE = "Not legal advice: an attorney must confirm every item before filing"
# A result the worksheet lists in full: relief that can be asked for now, on a date, or once
# an attorney has decided the question the engine leaves open.
TO_FILE = ("eligible", "eligible_on", "needs_review")
# How the status of a result an attorney has still to review begins, which the window's
# worksheets question quotes (ui.tasks, W161-05).
REVIEW_SAID = "Needs an attorney's review"
NEEDS_REVIEW = f"{REVIEW_SAID} before anything is filed"
# The same for DOJ's automatic relief, where nothing is filed: "before anything is filed" under
# "Automatic (no filing)" said both.
NEEDS_REVIEW_AUTOMATIC = f"{REVIEW_SAID} of whether DOJ's relief applies"
# The same once the attorney has reviewed it on these facts, the review printed under it
# (E122-01: the page said "Needs an attorney's review" after the review, and not the review).
REVIEWED = "Reviewed by an attorney: file only as the review says"
REVIEWED_AUTOMATIC = "Reviewed by an attorney: whether DOJ's relief applies is as the review says"
# Over relief whose steps name no court form (a certificate of rehabilitation, an open
# question first): "No form named in the screening's steps" spoke of the program, not the filing.
NO_FORM = "No court form named for this relief"
# DOJ's automatic relief is granted on DOJ's own records, not asked for: listed under "Relief
# to ask for", the paralegal prepared a petition for it.  It stands apart, with its steps
# (check the RAP sheet), as the text report's "In short" puts it apart from the petitions.
AUTOMATIC_RELIEF = frozenset({"pc1203_425", "pc851_93"})
AUTOMATIC = "Automatic (no filing): DOJ acts on its own records; check the RAP sheet"
NOTHING_TO_FILE = "Nothing to file for this case now."
FACTS_TO_FIND_OUT = "Facts to find out before filing"
# The step that asks the court to end another case's probation early (E130-04).
EARLY_END = "(PC 1203.3)"
# A bar in one case that blocks relief in others, said once on page 1 (as the text report says
# it once in "In short"), each line it blocks pointing there.
READ_FIRST = "Read this first"
# The petition a step names: the Judicial Council's criminal forms (CR-180, CR-409, CR-400);
# the declaration (MC-030) and fee waiver (FW-001) a step names go with one, and are left in
# the step's own words.
_PETITION_FORM = re.compile(r"\bCR-\d+\b")
# A step that is the form's, not its request's: filing it (on a day, or with a box checked),
# what to attach, what the court charges (the engine's common.petition_step, after_filing and
# fee_step words).  "Otherwise, on or after ... file form CR-180" and "If not, file form CR-400"
# follow the step before them, and "Ask by motion or on form CR-180" is a choice: they stay.
_FORMS_OWN_STEP = re.compile(r"^(?:(?:File|Use|Ask for the reduction on|On or after \d{4}-\d{2}-\d{2}, file) form CR-\d+"
                             r"|Attach |There is no court filing fee|The court may charge a filing fee)")
# Over the steps of a count of unknown level that differ by level ("As a felony: Check the
# RAP sheet ...", "As a misdemeanor or an infraction: Check the RAP sheet ..."): one numbered
# step, its alternatives under it.  Numbered 1 and 2, staff read them as two steps to take in
# turn (O74, left alone 2).
BY_LEVEL = "Depending on the conviction's level, which the record does not give:"
# The heading of a form's own steps, said once for the case (W46-02).
FILE_ONCE = "File once for this case"
# Where every request it speaks for has a petition standing, the headings that say so
# (court.FILED_ONCE, FILE_ONCE_AFTER_REVIEW, FILE_ONCE_AS_REVIEWED: `court.filed_heading`).
_KEY_ORDER = {key: i for i, key in enumerate(REMEDY_KEYS)}
# The proposition relief that comes before a dismissal (ca-rules.md 7, order of operations), by title.
REDESIGNATIONS = frozenset(remedy_title(key) for key in ("prop64", "prop47"))
# What is asked for first in its case, whatever its form, by title: the redesignations, and the
# DEJ plea's withdrawal, which alone makes the plea no conviction for immigration (ca-rules.md
# 3.12, 4.8), before the arrest's sealing, as the client's handout card lists them (I129-02).
FILED_FIRST = REDESIGNATIONS | {remedy_title("pc1203_43")}
_STATUS_ORDER = {"eligible": 0, "eligible_on": 1, "needs_review": 2}
LANGUAGES = {"en": "English", "es": "Spanish"}
SENTENCE_TYPES = {"probation": "Probation", "no_probation": "No probation (fine or jail only)",
                  "county_jail_1170h": "County jail under PC 1170(h)", "state_prison": "State prison"}
SUPERVISION = {"none": "none", "mandatory_supervision": "mandatory supervision", "parole": "parole", "prcs": "PRCS"}


@dataclass(frozen=True)
class Fact:
    """One labelled fact to copy: ("Probation", "formal, 2015-03-02 to 2017-03-02")."""

    label: str
    value: str


@dataclass(frozen=True)
class CountLine:
    """One conviction as the petition lists it."""

    section: str
    description: str
    level: str  # at conviction, as the record holds it
    convicted: str
    # Relief a court or DOJ already granted for the count ("Prop 47 reduction (PC 1170.18),
    # 2015-08-01"): a felony redesignated since is listed on a petition as what it is now.
    granted: tuple[str, ...] = ()
    # The day of the offense, when the record holds it (the Record tab's "Offense on"): several
    # petitions ask it, and Prop 47's and other remedies' timing turns on it (A43-03).
    offense_on: str | None = None
    # The law as the record has it typed, where `section` reads it otherwise (a conspiracy typed
    # under its target's code, "HS 182(a)(1)/11352", is "PC 182(a)(1)/HS 11352"): the court's
    # own papers may write it so, and the petition's caption copies those (W69-01).
    typed: str | None = None


@dataclass
class Filing:
    """One relief to ask for: the engine's result, for one or more counts of a case alike."""

    remedy: str  # the remedy's title
    counts: list[str]  # the sections it is for; empty for relief of the whole case
    status: str  # "Eligible now (court's discretion)", "Eligible on 2027-03-02", NEEDS_REVIEW
    needs_review: bool
    confidence: str
    reasons: list[tuple[str, str]]  # (the engine's sentence, its citation)
    steps: list[str]
    missing: list[str]  # the engine's question for each missing fact
    # A step an earlier relief of the case already says word for word: its index in `steps`
    # -> where it is said ("step 1 under Dismissal after probation (PC 1203.4)"), printed in
    # its place (see _say_steps_once).
    said_above: dict[int, str] = field(default_factory=dict)
    # A step a bar of another case gives, said under READ_FIRST: its index -> the bar as named
    # there ("the probation in case H").
    at_top: dict[int, str] = field(default_factory=dict)
    # A step that asks the facts its case lists under FACTS_TO_FIND_OUT, every question of it
    # word for word: its index -> (how it begins, its "Where to look: ..." or "", the numbers
    # of those facts in the list), printed as a pointer to them (see _asked_in_the_list).
    asked_in_list: dict[int, tuple[str, str, tuple[int, ...]]] = field(default_factory=dict)
    # A step about another case that other cases give too, said once under READ_FIRST: its
    # index -> that StepForSeveral (see _say_once_for_the_client).
    for_several: dict[int, StepForSeveral] = field(default_factory=dict)
    # The counts whose reasons differ (the steps, status and facts to find out the same, so one
    # request lists them all): each group of counts with the reasons that are its own; `reasons`
    # then holds those every count gives.  Empty where every count gives the same reasons.
    own_reasons: list[tuple[tuple[str, ...], list[tuple[str, str]]]] = field(default_factory=list)
    # Where the petition filed for it stands, from the Record tab's petitions (court.petition_said);
    # None where none asks for it.  Counts share a request only where it is the same.
    court: str | None = None
    # The petition `court` speaks of (court.petition_for), for the form's FILE_ONCE block.
    petition: Petition | None = None
    # Its petition stands denied and the attorney has reviewed the denial since (D64-01).
    denial_reviewed: bool = False
    # That review as the staff read it, its day, who made it and the note they typed, printed
    # under `court` (C70-04: "file again only as the review says", and the review was not on
    # the page); None where none is given.
    review: str | None = None
    # The other remedy that does the same to the count, one of them filed ("Prop 47"), where
    # both are open: the form's FILE_ONCE block names it beside this request (J125-01).
    picked_over: str | None = None
    # Each count's reasons as the engine gave them, until _reasons_once splits them.
    _answers: list[tuple[list[str], list[tuple[str, str]]]] = field(default_factory=list, repr=False)

    @property
    def heading(self) -> str:
        return self.remedy + (f" \u2014 {', '.join(self.counts)}" if self.counts else " \u2014 the whole case")


@dataclass
class FormGroup:
    form: str | None  # "CR-180"; None: the steps name none
    filings: list[Filing] = field(default_factory=list)
    automatic: bool = False  # DOJ's relief: nothing to file (AUTOMATIC)
    # The form's own steps, said once for the case under FILE_ONCE where it carries several
    # requests: the filing itself, what to attach, the fee (see _file_once); each with the
    # requests that give it, by section ("PC 1203.4"), where not every one does.
    once: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # Where every request `once` speaks for has a petition filed, heard, granted or denied:
    # where each stands (the requests' `court`), with the requests it is for where not all
    # (L63-01); `once_denied` where one was denied (its steps then wait on the attorney).
    once_court: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    once_denied: bool = False
    # The heading over `once`: FILE_ONCE, or where every request has a petition standing what
    # `court.filed_heading` says of them (L63-01, D64-01).
    once_heading: str = FILE_ONCE

    @property
    def once_filed(self) -> bool:
        """Nothing of `once` to file: every request's petition is filed, heard or granted."""
        return bool(self.once_court) and not self.once_denied

    @property
    def heading(self) -> str:
        return AUTOMATIC if self.automatic else f"Form {self.form}" if self.form else NO_FORM


@dataclass
class CaseSheet:
    label: str  # the case number, or without one its title (case_titles.case_heading)
    court: str
    counts: list[CountLine]
    facts: list[Fact]  # sentence and money
    outstanding: list[str]  # the checklist's items not done
    groups: list[FormGroup]  # the relief to ask for, by form; DOJ's automatic relief last, apart
    blocked: list[str]  # one line each
    told_apart: bool = False  # the label says what the record holds, its county with it (case_heading)
    # Relief the law closes whose screening still names what is left (a PC 288 registrant's
    # 1203.4: the tier petition under PC 290.5, a pardon): one line each (X127-03).
    closed: list[str] = field(default_factory=list)
    # Under the heading of a California case outside Los Angeles, what the program does not
    # know of its court (OUTSIDE_LOS_ANGELES); None in Los Angeles, another state, no county.
    court_note: str | None = None
    # Under the heading of a case with a count under the juvenile court's own law ("WI 602"),
    # the Eligibility tab's note (juvenile_court_note): its results below read it as an offense
    # not in the catalog, and told staff to "record that code", PC 602, a trespass (M160-02).
    # A United States Code count in a California case the same (federal_law_note, K162-01).
    laws_apart_note: str | None = None
    # Each of `to_find_out`'s questions -> the path of the fact it asks, as its result names it
    # ("sentence.probation.end", "cases[c2].sentence.completed"): where the answer is recorded.
    asked_paths: dict[str, str] = field(default_factory=dict)

    @property
    def offense_dates(self) -> bool:
        """True when the record holds the offense's day of any count of the case: the counts'
        table then has an "Offense" column (A43-03), and not otherwise, to keep it narrow."""
        return any(c.offense_on is not None for c in self.counts)

    @property
    def nothing_to_file(self) -> bool:
        return not self.groups

    @property
    def to_ask_for(self) -> list[FormGroup]:
        """The groups of relief a petition asks for: all but DOJ's automatic relief."""
        return [g for g in self.groups if not g.automatic]

    @property
    def automatic(self) -> FormGroup | None:
        return next((g for g in self.groups if g.automatic), None)

    @property
    def to_find_out(self) -> list[str]:
        """The facts to find out before filing, each once, in the order the relief asks them:
        case J's revocation ("what sentence followed ...?") was asked under each of the three
        remedies that wait on it."""
        return list(dict.fromkeys(asked for g in self.groups for f in g.filings for asked in f.missing))


@dataclass(frozen=True)
class BarForAll:
    """A bar in one case that blocks results in several others, said once under READ_FIRST."""

    named: str  # "the probation in case H"
    said: str  # the bar's sentences and the day it lifts, the engine's own
    cites: tuple[str, ...]
    steps: tuple[str, ...]  # what lifts it sooner (end that probation early, PC 1203.3)
    cases: tuple[str, ...]  # the cases it blocks, by label


@dataclass(frozen=True)
class StepForSeveral:
    """A step about one case that several others give word for word (end the probation in
    case H early; find out whether the sentence in case X was served), said once under
    READ_FIRST: one thing to do for the client, not one a case."""

    step: str
    about: str  # the case it names: "case 24CJCF45467"
    cases: tuple[str, ...]  # the cases that give it, by label


@dataclass
class Worksheet:
    client_name: str
    head: list[Fact]
    cases: list[CaseSheet]
    as_of: date
    rules_version: str
    title: str = TITLE
    notices: tuple[str, str] = (CONFIDENTIAL, NOT_ADVICE)
    read_first: list[BarForAll] = field(default_factory=list)
    for_several: list[StepForSeveral] = field(default_factory=list)
    # What comes before any filing for a client who is not (or not known to be) a citizen, in
    # the text report's words (immigration.immigration_first), or None.
    first: str | None = None
    # A PC 290 registrant's: what a dismissal leaves, and the tier petition the screening does
    # not check (REGISTRATION_SAID), or None.
    registration: str | None = None
    # The cases' facts to find out as one list for the client (`questions_of`), each once.
    questions: list[Question] = field(default_factory=list)


@dataclass(frozen=True)
class Question:
    """A fact to find out, as the worksheet asks it under its case, named with that case for a
    list of the whole client's (the Eligibility tab's, K372): its words, and where it is recorded."""

    asked: str  # "Case BA100001: On what date does (or did) probation end?"
    case: str | None  # the key of the case it is about; None for a fact of the person
    conviction: str | None  # the key of the count it is about, if a count's
    path: str  # its FORMAT.md path with its case: "cases[c1].convictions[c1-1].offense_date"


# Whether the client must register under PC 290, as the worksheet's head says it (Person.registrant_290).
REGISTRANT_SAID = {True: "yes", False: "no"}
# Under a registrant's head (X149-04): staff filing his CR-180 read nothing of registration, nor
# of the one route that can end it, which no result names (ca-rules.md 4.6 [M]: PC 290.007; PC
# 290.5 by tier, 10 or 20 years, tier 3 generally not).  The record holds no tier.
REGISTRATION_SAID = ("PC 290 registration: a dismissal does not end it (PC 290.007). Ending it is a separate petition "
                     "under PC 290.5, by tier: after 10 or 20 years, and for tier 3 generally not at all (confidence M). "
                     "The screening does not check that petition, and the record does not hold the tier: an attorney decides.")


def _residence(client: Client, screening: Screening) -> list[Fact]:
    """The head's "CA resident since", where a certificate of rehabilitation is in view (open,
    waiting or asked): its period counts California residence (PC 4852.03(a)), and the petition
    is filed where the client lives (PC 4852.06).  Staff filing it for a client moving to Arizona
    read "Eligible now" and nowhere the residence that answer rests on (O155-04).  None where
    no certificate is in view: a line of no use to the other clients' petitions."""
    if not any(r.remedy == "cor" and r.status not in ("not_applicable", "not_eligible") for r in screening.results):
        return []
    return [Fact("CA resident since", _day(client.person.ca_resident_since))]


# The client's citizenship, as the worksheet's head says it (Person.us_citizen).
CITIZEN_SAID = {True: "yes", False: "no", None: "not known"}


def compose(client: Client, screening: Screening, reviews: Iterable[tuple[str, date] | ReviewSaid] = ()) -> Worksheet:
    """The worksheet of `client` for `screening` (made from this record, for its as_of).
    `reviews`: the attorney's reviews that count, (answer key, day), as the caseload line reads
    them (Repository.denial_reviews): a denial reviewed is said so (court.petition_said); given
    with who made each and its note (Repository.denial_reviews_said), the review is printed
    under it (C70-04)."""
    reviews = list(reviews)
    as_of = screening.as_of
    head = [
        Fact("Client number", str(client.id) if client.id is not None else "not saved yet"),
        Fact("Date of birth", _day(client.person.dob)),
        Fact("Also known as", "; ".join(client.aliases) if client.aliases else "none recorded"),
        Fact("Language", LANGUAGES.get(client.language, client.language)),
        Fact("As of", as_of.isoformat()),
        Fact("Rules version", screening.rules_version),
        # The page staff file from: the citizenship the immigration referral turns on, which it
        # never said, and the "First:" line the text report puts before everything (N114-02).
        Fact("US citizen", CITIZEN_SAID[client.person.us_citizen]),
        Fact("Must register", REGISTRANT_SAID[client.person.registrant_290]),
        *_residence(client, screening),
    ]
    # A case without a court number by its heading, "Case c2 (Los Angeles County): Was the arrest
    # ...?", not its record's key alone, "Case c2", which no paper the paralegal holds gives (K363).
    # Two cases of one number by what each record holds too (R376, K396-04): "Case BA100001: ...?"
    # asked twice read alike, here and in the Eligibility tab's questions.
    apart = sharing_a_number(client.cases)
    names = _Names({c.id: case_heading(c, apart=c.id in apart) for c in client.cases},
                   {conv.id: _law(conv) for c in client.cases for conv in c.convictions}, given_facts(client.cases),
                   tuple(client.cases))
    items = checklist(client, as_of)
    todo = [(item, said) for item, said in zip(items, _outstanding_said(client.cases, items, as_of))
            if not item.done and said is not None]
    by_case: dict[str, list[Determination]] = {}
    for result in screening.results:
        by_case.setdefault(result.case, []).append(result)
    # The text report's own finding of such bars (R35-01, T37-02): on the 20-case long record
    # the probation in case H and its step "Ask the court to end probation early in case H"
    # were printed under eight cases, and the bar under each of 20 blocked lines.
    bars = bars_said_once(screening, client.cases)
    # A case numbered "unknown" by what the record holds: two walk-in cases "unknown" were both
    # "Case unknown" (Z77); a case left blank too, "Case c3" said nothing (B84-01); two of one
    # number, as the questions name them (K396-04).
    labels = names.cases
    cases = [_case_sheet(case, by_case.get(case.id, []),
                         [said for i, said in todo if i.case == case.id and not _in_money_row(i, case, as_of)
                          and not _asked_below(i, case, by_case.get(case.id, []))],
                         as_of, names, bars, reviews)
             for case in client.cases]
    for case, sheet in zip(client.cases, cases):
        # The dates the client gave by their year alone, as intake noted them: the record has no day for
        # them, so the screening asks the day, and the worksheet said "to not recorded" though the
        # client had said 2019 (V71-03).
        sheet.facts += [Fact("Known at intake", said) for said in years_alone.said_of(client, case)]
    read_first = [BarForAll(names.courts(bar.named()), names.courts(" ".join(bar.texts)), tuple(bar.cites),
                            tuple(names.step(step) for step in bar.todo()),
                            tuple(dict.fromkeys(labels.get(d.case, d.case) for d, _at in bar.rows)))
                  for bar in bars]
    first = immigration_first(client.person, screening.results)
    return Worksheet(client.name, head, cases, as_of, screening.rules_version, read_first=read_first,
                     for_several=_say_once_for_the_client(cases), first=f"First: {first}." if first else None,
                     registration=_registration_said(client), questions=questions_of(client.cases, cases, names))


def questions_to_ask(client: Client, screening: Screening) -> list[Question]:
    """The facts to find out before filing for `client`, as one list: the worksheet's own
    ("Facts to find out before filing" under each case, in its order), each once, each naming
    its case (K372: the Eligibility tab listed none, and the attorney read every row's reasons
    to find what to ask, the client waiting)."""
    return compose(client, screening).questions


def questions_of(record: Iterable[Case], sheets: list[CaseSheet], names: _Names) -> list[Question]:
    """`sheets`' facts to find out (CaseSheet.to_find_out, in the worksheet's order), each with
    the case it is about named as the worksheet heads it: the same fact asked under two cases
    (another case's sentence, which two cases' relief waits on) is one question."""
    questions: dict[str, Question] = {}
    for case, sheet in zip(record, sheets):
        for asked in sheet.to_find_out:
            path = sheet.asked_paths.get(asked, asked)
            whole = path if path.startswith(("cases[", "person.")) else f"cases[{case.id}].{path}"
            owner = owner_of(whole) or (None, None)
            questions.setdefault(whole, Question(names.asked(whole, case.id), owner[0], owner[1], whole))
    return list(questions.values())


def _registration_said(client: Client) -> str | None:
    """A registrant's line under the head (REGISTRATION_SAID), and where the record shows no
    conviction that requires registration, the question the Eligibility tab and the text report
    ask (X149-03): the worksheet of a client ticked "Registered under PC 290" with a PC 415
    alone said only that a dismissal does not end it, and staff filed on a registration the
    record does not explain (R151-04)."""
    if not client.person.registrant_290:
        return None
    asks = registration_questions(client.cases, client.person)
    return f"{REGISTRATION_SAID} Ask the client: {' '.join(asks)}" if asks else REGISTRATION_SAID


# A step that points at what is "above" it ("An attorney decides the open question above")
# means its own remedy's reasons: said on page 1, it would point at nothing.
_POINTS_ABOVE = re.compile(r"\babove\b")


def _say_once_for_the_client(sheets: list[CaseSheet]) -> list[StepForSeveral]:
    """The steps about another case that several cases print in full, word for word, each
    said once under READ_FIRST and pointed to where it stood: demo client 83's "Find out from
    the court whether the sentence in case 24CJCF45467 has been served ..." stood under three
    cases, and a client with a bar said once still had "Ask the court to end probation early
    in cases ..." under two (a bar blocking too few results, or in other words, to be said
    once itself).  A step that names no case (file form CR-180 ...) is each petition's own,
    and stays in each case."""
    where: dict[str, list[tuple[CaseSheet, Filing, int]]] = {}
    for sheet in sheets:
        for filing in (f for g in sheet.groups for f in g.filings):
            for n, step in enumerate(filing.steps):
                # A step said above in its own case is counted too: it then points to page
                # 1 itself, not to a step above that points there ("The same as step 1 ...").
                if n in filing.at_top or n in filing.asked_in_list:
                    continue
                if case_named(step) is not None and not _POINTS_ABOVE.search(step):
                    where.setdefault(step, []).append((sheet, filing, n))
    said = []
    for step, places in where.items():
        cases = tuple(dict.fromkeys(sheet.label for sheet, _f, _n in places))
        if len(cases) < 2:
            continue
        once = StepForSeveral(step, case_named(step), cases)
        said.append(once)
        for _sheet, filing, n in places:
            filing.for_several[n] = once
    return said


@dataclass(frozen=True)
class _Names:
    """How the missing facts' questions name cases and counts: as the clinic knows them."""

    cases: dict[str, str]
    convictions: dict[str, str]
    given: dict[str, str]
    # The client's cases, to say another county's case with its county (C149-01).
    record: tuple[Case, ...] = ()
    # Each text said once a worksheet, with its counties and by the record's names: a case of 40
    # counts repeats the same reasons and steps, and each was said again, 730 times a worksheet,
    # a third of the Eligibility tab's rebuild, which lists its questions from here (P398).
    said: dict[tuple[str, str, str | None], str] = field(default_factory=dict, compare=False, repr=False)

    def asked(self, path: str, case_id: str) -> str:
        # The window's words for it (ui.eligibility_view): the FORMAT.md path is request
        # notation ("cases[c1].sentence.completed"), naming the case by a key no court knows.
        return question(path, self.cases, self.convictions, own_case_given(self.given, case_id))

    def steps(self, d: Determination) -> list[str]:
        # As the window names them: "Conviction PC 459(b): ...", not the record's key "c1-1".
        return [self.step(step, d.case) for step in d.next_steps]

    def step(self, step: str, case_id: str | None = None) -> str:
        key = ("step", step, case_id)
        if key not in self.said:
            self.said[key] = self.courts(named_as_recorded(step, self.cases, self.convictions), case_id)
        return self.said[key]

    def reasons(self, d: Determination) -> Determination:
        # The reasons likewise: "The person is on probation in case MSB21003456 (San Bernardino County)".
        return replace(d, reasons=[Reason(self.courts(r.text, d.case), r.cite) for r in d.reasons])

    def courts(self, text: str, case_id: str | None = None) -> str:
        # "in case MSB21003456 (San Bernardino County)" under another county's case, whose
        # heading names its own court (counties.other_counties_named, C149-01).
        key = ("courts", text, case_id)
        if key not in self.said:
            self.said[key] = other_counties_named(text, self.record, next((c for c in self.record if c.id == case_id), None))
        return self.said[key]


def _case_sheet(case: Case, results: list[Determination], outstanding: list[str], as_of: date, names: _Names,
                bars: list[BarSaidOnce] = (), reviews: list[tuple[str, date] | ReviewSaid] = ()) -> CaseSheet:
    # A blocked result whose first reason is a bar said under READ_FIRST -> that bar.
    top = {id(d): bar for bar in bars for d, at in bar.rows if at == 0}
    top_steps = {names.step(step, case.id): names.courts(bar.named())
                 for bar in bars for step in bar.todo()}
    # A result in review the bar blocks too: where its reasons say the bar -> (the bar, where).
    in_reasons = {id(d): (bar, at) for bar in bars for d, at in bar.rows}
    convictions = {conv.id: conv for conv in case.convictions}
    noted = [r for r in reviews if isinstance(r, ReviewSaid)]
    reviews = [(r[0], r[1]) for r in reviews]
    groups: dict[str | None, FormGroup] = {}
    # One line for a remedy blocked on the same day for the same reason on several counts:
    # a two-count case on probation elsewhere said each of its four blocked lines twice.
    blocked: dict[tuple[str, str], list[str]] = {}
    # What can be filed now first, then on a date, then what waits on an attorney (as the text
    # report's table orders them), each most useful first: under CR-180, 1203.4 "Eligible on
    # 2027-09-16" had come before 1203.3 "Eligible now", the request to prepare today.
    choices = alternatives_open(results)
    ordered = sorted(results, key=lambda d: (_STATUS_ORDER.get(d.status, len(_STATUS_ORDER)),
                                             _KEY_ORDER.get(d.remedy, len(_KEY_ORDER))))
    for result in ordered:
        conv = convictions.get(result.conviction) if result.conviction is not None else None
        if result.status == "blocked":
            what, why, cite = _blocked_line(result, top.get(id(result)), names.steps(result))
            why = names.courts(why, case.id)
            counts = blocked.setdefault((what, why, cite), [])
            if conv is not None:
                counts.append(_law(conv))
        elif result.status in TO_FILE:
            steps = names.steps(result)
            # Two remedies doing the same to this count (17(b) and Prop 47): one is filed, as the
            # text report says; printed as two requests, staff prepared both (J125-01).
            chosen = [members for _step, convs, members in choices.get(result.remedy, ()) if result.conviction in convs]
            steps[:0] = [f"{' or '.join(short_name(k) for k in members)}: {CHOOSE_ONE}" for members in chosen]
            if result.remedy in AUTOMATIC_RELIEF:
                # Its steps name CR-409 or a petition only as the route if DOJ does not act.
                group = groups.setdefault(AUTOMATIC, FormGroup(None, automatic=True))
            else:
                form = _petition_form(steps)
                group = groups.setdefault(form, FormGroup(form))
            automatic = result.remedy in AUTOMATIC_RELIEF
            petition = None if automatic else petition_for(case.petitions, result)
            denial_review = None if automatic else denial_review_of(petition, result, noted, as_of)
            # A result the screening leaves to the attorney, reviewed on these facts: its review,
            # not "Needs an attorney's review", is what staff file by (E122-01).
            reviewed = _question_review(result, noted, as_of) if petition is None or petition.ruling != "denied" else None
            filing = _add(group, names.reasons(result), conv, steps, [names.asked(path, case.id) for path in result.missing_facts], top_steps,
                          in_reasons.get(id(result)),
                          None if automatic else petition_said(case.petitions, result, as_of, reviews, arrest=not case.convictions),
                          petition, not automatic and denial_reviewed_on(petition, result, reviews, as_of) is not None,
                          review_said(denial_review or reviewed), reviewed is not None)
            if chosen:
                filing.picked_over = " or ".join(short_name(k) for members in chosen for k in members if k != result.remedy)
    # The forms in the order the remedies first name them; the results naming none next; DOJ's
    # automatic relief last, apart from what is asked for.
    listed_groups = [g for f, g in groups.items() if f not in (None, AUTOMATIC)] + \
        [groups[f] for f in (None, AUTOMATIC) if f in groups]
    # A Prop 64 or Prop 47 redesignation open to file goes first, whatever its form: the
    # dismissal follows it (ca-rules.md 3.8, 7), and CR-180 stood above it (J125-02).  So does
    # a DEJ plea's withdrawal: CR-409's sealing of the arrest stood above it (I129-02).
    listed_groups.sort(key=lambda g: not any(f.remedy in FILED_FIRST and not f.needs_review for f in g.filings))
    for filing in (f for g in listed_groups for f in g.filings):
        _reasons_once(filing)
    for group in listed_groups:
        _file_once(group)
    _say_steps_once(listed_groups)
    # A count whose relief waits (on probation elsewhere, a day to come) has nothing closed yet:
    # its certificate's "not eligible ... Ask for the PC 1203.4 dismissal first" had been said
    # under the line that the dismissal is blocked until 2028, as if closed by law (R128-03).
    waiting = {d.conviction for d in results if d.status in ("blocked", "eligible_on")}
    # Headed as the questions name it: a number two cases share by what its record holds (K396-04).
    label = names.cases.get(case.id) or case_heading(case)
    sheet = CaseSheet(label, court_of(case), [_count(c, case) for c in case.convictions],
                      _sentence_facts(case, as_of), outstanding, listed_groups,
                      _blocked_lines(blocked),
                      # Told apart by a title that says where it was heard; one with no county
                      # said nothing of its court, still to be found (X162-02).
                      told_apart=(told_by_what_the_record_holds(case) or label != case.label)
                      and bool(record_parts(case)[2]),
                      closed=[_closed_line(d, convictions.get(d.conviction)) for d in ordered
                              if d.status == "not_eligible" and d.next_steps and d.conviction not in waiting],
                      court_note=court_practice_note(case),
                      laws_apart_note=" ".join(laws_apart_notes(case)) or None)
    for filing in (f for g in listed_groups for f in g.filings):
        filing.asked_in_list = _asked_in_the_list(filing.steps, sheet.to_find_out)
    # The first path asking each question: two counts of one law, neither's value recorded, are
    # asked as one "Conviction PC 487(a): ...", whose answer goes first in the first (R376-01).
    for path in (path for d in ordered if d.status in TO_FILE for path in d.missing_facts):
        sheet.asked_paths.setdefault(names.asked(path, case.id), path)
    return sheet


def _closed_line(d: Determination, conv: Conviction | None) -> str:
    """A relief the law closes, with why and what its screening says is left: a PC 288(a)
    registrant's case read "Nothing to file for this case now" alone, and staff were not told
    of the tier petition and the pardon the screening names (X127-03)."""
    why = d.reasons[0] if d.reasons else None
    said = f"{remedy_title(d.remedy)}{f', {_law(conv)}' if conv is not None else ''}: not eligible"
    if why is not None:
        said += f": {why.text} ({why.cite})"
    return f"{said} {' '.join(d.next_steps)}"


def _blocked_lines(blocked: dict[tuple[str, str, str], list[str]]) -> list[str]:
    """One line a remedy blocked (its counts, then why); the remedies of the same counts blocked
    for the same words, one line naming them all, with each one's citation: on the long record
    the eleven cases with nothing to file each said "blocked until 2027-09-16 by the probation in
    case H" twice, once for 1203.4 and once for 1203.425, two wrapped lines each; and since a line
    says its whole bar (R91-02), a theft waiting on case B's prison term and parole said both of
    its sentences twice, one line under the other, but for the citation (V92-01)."""
    # (why, its counts) -> the remedies it names, and their citations
    merged: dict[tuple[str, tuple[str, ...]], tuple[list[str], list[str]]] = {}
    for (what, why, cite), counts in blocked.items():
        whats, cites = merged.setdefault((why, tuple(counts)), ([], []))
        whats.append(what)
        if cite and cite not in cites:
            cites.append(cite)
    return [listed(whats) + "".join(f", {c}" for c in counts) + why + (f" ({'; '.join(cites)})" if cites else "")
            for (why, counts), (whats, cites) in merged.items()]


def _say_steps_once(groups: list[FormGroup]) -> None:
    """A step two remedies of the case give word for word is printed under the first, and the
    later one points to it: "Ask the court to end probation early (PC 1203.3); then 1203.4
    becomes mandatory." stood under both 1203.4 and 1203.3, as if two requests to prepare.  The
    text report and the window say such a step once in the case, naming its remedies; here each
    relief keeps its numbered list, so the pointer keeps its number."""
    filings = [f for g in groups for f in g.filings]
    # The remedy by its title, with its counts only where the case lists it more than once.
    twice = {f.remedy for f in filings if sum(other.remedy == f.remedy for other in filings) > 1}
    said: dict[str, str] = {}
    for filing in filings:
        numbers = step_numbers(filing.steps)
        for n, step in enumerate(filing.steps):
            if n in filing.at_top:
                continue  # said on page 1, where this points
            if step in said:
                filing.said_above[n] = said[step]
            else:
                said[step] = f"step {numbers[n]} under {filing.heading if filing.remedy in twice else filing.remedy}"


def step_numbers(steps: list[str]) -> list[int]:
    """The number each step is printed under: the alternatives of a step that differs by level
    share one (see BY_LEVEL)."""
    return [number for number, group in enumerate(alternatives(steps), start=1) for _n in group]


def _file_once(group: FormGroup) -> None:
    """The form's own steps (the filing, what to attach, the fee), said once for the case
    under FILE_ONCE where the form carries several requests, each request keeping only its
    other steps: a case with 1203.3, 17(b) and 1203.4 on one CR-180 said the form three times,
    the fee under each dismissal, and a paralegal read three papers to file.  A step of a
    request in review stays in it, under its status (nothing is filed before the review); one
    that begins "Otherwise" or "If" stays after the step it follows."""
    if group.form is None or group.automatic or len(group.filings) < 2:
        return
    # A request whose filing stays ("Otherwise, on or after ..., file form CR-180") keeps what
    # goes with it too: the declaration above the petition it is attached to had been read
    # first, to attach to a paper not yet named (S27B-05).
    lifted = [f for f in group.filings if not f.needs_review and any(_FORMS_OWN_STEP.search(s) for s in f.steps)
              and not any(group.form in s and not _FORMS_OWN_STEP.search(s) for s in f.steps)]
    if len(lifted) < 2:
        return  # the form carries one request's steps: said under it, as they were
    twice = {f.remedy for f in lifted if sum(other.remedy == f.remedy for other in lifted) > 1}
    given: dict[str, list[str]] = {}  # each step -> the requests that give it, by their short names
    for filing in lifted:
        kept = [n for n, step in enumerate(filing.steps) if not _FORMS_OWN_STEP.search(step)]
        for step in filing.steps:
            if _FORMS_OWN_STEP.search(step):
                given.setdefault(step, []).append(_short_name(filing, filing.remedy in twice))
        filing.at_top = {kept.index(n): bar for n, bar in filing.at_top.items() if n in kept}
        filing.steps = [filing.steps[n] for n in kept]
    # The filings first, then what to attach, then the fee: the paper, then what goes with it.
    # A step not every request gives names those that do: case TA352511's 1203.41 gives the
    # prosecutor notice and its 1203.42 does not.
    group.once = [(step, () if len(names) == len(lifted) else tuple(names))
                  for step, names in sorted(given.items(), key=lambda i: _once_order(i[0]))]
    # Each request's own line already says where its petition stands (D63-02); the block said
    # "File form CR-180" above them all the same.  Where every request has a petition standing
    # (a withdrawn one stands for nothing), it says where they stand; a request not yet filed
    # keeps the block, with the steps of those not filed, withdrawn or denied.
    petitions = [f.petition for f in lifted]
    if all(p is not None and p.ruling != "withdrawn" for p in petitions):
        stands: dict[str, list[str]] = {}
        for filing in lifted:
            stands.setdefault(filing.court or "", []).append(_short_name(filing, filing.remedy in twice))
        group.once_court = [(said, () if len(names) == len(lifted) else tuple(names)) for said, names in stands.items()]
        denied = [_short_name(f, f.remedy in twice) for f in lifted if f.petition.ruling == "denied"]  # type: ignore[union-attr]
        group.once_denied = bool(denied)
        group.once_heading = filed_heading([(f.petition, f.denial_reviewed) for f in lifted]) or FILE_ONCE
        # The steps of the requests denied, to file again once reviewed; not those of a
        # request still before the court or granted ("Not to file again" just above).
        if denied:
            group.once = [(step, () if len(names) == len(denied) else tuple(names))
                          for step, given_by in sorted(given.items(), key=lambda i: _once_order(i[0]))
                          if (names := [n for n in given_by if n in denied])]
    else:
        # Not the steps of a request filed and before the court, or granted: its own line says
        # not to file it again.  "1. For PC 1203.4: File form CR-180" stood above "Petition
        # already filed ... Not to file again" while the case's 17(b) waited (H351-01).
        done = {_short_name(f, f.remedy in twice) for f in lifted
                if f.petition is not None and f.petition.ruling not in ("withdrawn", "denied")}
        if done:
            group.once = [(step, tuple(kept)) for step, names in group.once
                          if (kept := [n for n in (names or given[step]) if n not in done])]
        # A denied one's steps wait on the attorney's review, as where every request stands
        # (L63-01): "File once for this case 1. For PC 1203.4: File form CR-180" stood above
        # its own "denied ...: an attorney reviews before it is filed again" (R353-02).
        group.once_heading = filed_heading([(f.petition, f.denial_reviewed) for f in lifted
                                            if f.petition is not None and f.petition.ruling == "denied"]) or FILE_ONCE


def _once_order(step: str) -> int:
    return 2 if "filing fee" in step else 1 if step.startswith("Attach ") else 0


# The citation a remedy's title ends with: "PC 17(b)" of "Reduction of a wobbler ... (PC 17(b))".
_TITLE_CITE = re.compile(r" \(((?:PC|HS|VC) [^()]*(?:\([^()]*\)[^()]*)*)\)$")


def _short_name(filing: Filing, with_counts: bool) -> str:
    """A request as the form's FILE_ONCE names it: its section ("PC 1203.4"), and its counts
    where the form carries the remedy for other counts too."""
    cite = _TITLE_CITE.search(filing.remedy)
    name = cite.group(1) if cite else filing.remedy
    name = f"{name} of {', '.join(filing.counts) or 'the whole case'}" if with_counts else name
    return f"{name} (or {filing.picked_over}: the attorney picks one)" if filing.picked_over else name


def _outstanding_said(cases: list[Case], items: list[ChecklistItem], as_of: date) -> list[str | None]:
    """Each checklist item's label, an open condition's with what is left of it and by when, as
    the Checklist says it under its tick (checklist.finish_by_said): "52-week batterer program:
    done so far 26 of 52 - 26 to go; finish by 2028-03-01, probation's last day (451 days
    left)".  The worksheet had said the tally alone (T122-02).  A case's condition items are
    its conditions, one each in the record's order (checklist._case_items), paired as the
    Checklist tab pairs them.  None for a condition the court's early end of probation released
    (checklist.released_from): no longer to be done, it is not "Still outstanding" (R133-03: the
    hours were listed there, "... no longer to be done")."""
    conditions = {case.id: (case, iter(case.conditions)) for case in cases}
    said: list[str | None] = []
    for item in items:
        by_when = ""
        if item.kind == "condition" and item.case in conditions:
            case, left = conditions[item.case]
            condition = next(left)
            if released_from(case, condition, as_of):
                said.append(None)
                continue
            by_when = finish_by_said(case, condition, as_of)
        said.append(f"{item.label} - {by_when[:1].lower()}{by_when[1:]}" if by_when else item.label)
    return said


def _in_money_row(item: ChecklistItem, case: Case, as_of: date) -> bool:
    """Whether the checklist's money item says no more than the case's Fines or Restitution
    row: "Fines: $200 of $500 paid" under "Fines: $500 ordered, $200 paid, $300 owed" said it
    twice.  One that says more (the ledger disagrees, SB 1106's note on restitution) stays."""
    if item.kind not in ("fines", "restitution") or case.money is None:
        return False
    m = case.money.as_it_stood(as_of)
    name, ordered, kind = (("Fines", m.fines_ordered, "fine") if item.kind == "fines"
                           else ("Restitution", m.restitution_ordered, "restitution"))
    paid = f"{name}: ${m.paid(kind):,} of ${ordered:,} paid"
    # What is left (R206-02) is the row's "owed" said again.
    return item.label in (paid, f"{paid} - ${ordered - m.paid(kind):,} to go")


# The missing facts that ask what sentence followed a revocation ("Probation was revoked on
# 2010-11-01: what sentence followed ...?", fact_questions).
_SENTENCE_AFTER_REVOCATION = ("sentence.custody", "sentence.type")


def _asked_below(item: ChecklistItem, case: Case, results: list[Determination]) -> bool:
    """Whether the checklist's revocation item ("Probation revoked 2010-11-01, no later sentence
    recorded: find out what sentence followed ...") only says again what the case's facts to
    find out ask: the sentence that followed, asked by a result of the case.  Where no result
    asks it (the relief needs an attorney, not that fact), the item stays: nothing else says it."""
    if item.kind != "revocation" or "find out" not in item.label:
        return False
    # A result's path is its own case's ("sentence.custody"), or any case's in full.
    asked = {*_SENTENCE_AFTER_REVOCATION, *(f"cases[{case.id}].{path}" for path in _SENTENCE_AFTER_REVOCATION)}
    return any(path in asked for d in results if d.status in TO_FILE for path in d.missing_facts)


def _petition_form(steps: list[str]) -> str | None:
    for step in steps:
        found = _PETITION_FORM.search(step)
        if found:
            return found.group()
    return None


def _add(group: FormGroup, d: Determination, conv: Conviction | None, steps: list[str], missing: list[str],
         top_steps: dict[str, str] | None = None, bar_at: tuple[BarSaidOnce, int] | None = None,
         court: str | None = None, petition: Petition | None = None, denial_reviewed: bool = False,
         review: str | None = None, question_reviewed: bool = False) -> Filing:
    """One filing per result; counts of the same case with the same answer in the same words
    share it, so a case of three counts reads its steps once, not three times.  The filing the
    result went into, shared or new."""
    status = _status(d, question_reviewed)
    reasons = [(r.text, r.cite) for r in d.reasons]
    if bar_at is not None:
        # The bar's sentences and the day it lifts, said under READ_FIRST, one line pointing
        # there (as the text report's pointer does): case K's 1203.4 in review had said "The
        # person is on probation in case H ..." and "Relief is blocked until ..." as eight others did.
        bar, at = bar_at
        reasons[at: at + len(bar.texts)] = [(f"Blocked by {bar.named()} (see \u201c{READ_FIRST}\u201d, page 1).", reasons[at][1])]
    for filing in group.filings:
        # The reasons may differ by count (W46-01): case 56's DUI count said "VC 23152(b) is a
        # VC 12810(a)-(e) offense", its other count "The case also includes VC 23152(b)", and
        # the second count's six steps, the same words, were six "The same as step N" lines.
        if (filing.remedy, filing.status, filing.steps, filing.missing, filing.confidence, filing.court, filing.review) == \
                (remedy_title(d.remedy), status, steps, missing, d.confidence, court, review) and filing.counts and conv is not None:
            filing.counts.append(_law(conv))
            answer = next((a for a in filing._answers if a[1] == reasons), None)
            if answer is None:
                filing._answers.append(([_law(conv)], reasons))
            else:
                answer[0].append(_law(conv))
            return filing
    at_top = {n: top_steps[step] for n, step in enumerate(steps) if step in (top_steps or {})}
    filing = Filing(remedy_title(d.remedy), [_law(conv)] if conv is not None else [], status,
                    d.status == "needs_review", d.confidence, reasons, steps, missing, at_top=at_top, court=court,
                    petition=petition, denial_reviewed=denial_reviewed, review=review, _answers=[([_law(conv)], reasons)] if conv is not None else [])
    group.filings.append(filing)
    return filing


def _question_review(d: Determination, reviews: list[ReviewSaid], as_of: date) -> ReviewSaid | None:
    """The newest review of `d`'s answer made by `as_of`, where `d` is the attorney's to
    review; `reviews` are those that count on the client's facts, in the order made
    (Repository.denial_reviews_said), so a review of other facts is none."""
    if d.status != "needs_review":
        return None
    key = answer_key(d)
    return next((r for r in reversed(reviews) if r.answer == key and r.day <= as_of), None)


def _reasons_once(filing: Filing) -> None:
    """The reasons every count of `filing` gives, said once in `reasons`, and each group of
    counts' own in `own_reasons`: one request with its steps once, and per count only what
    differs."""
    if len(filing._answers) < 2:
        return
    first = filing._answers[0][1]
    common = [r for r in first if all(r in reasons for _counts, reasons in filing._answers[1:])]
    filing.reasons = common
    filing.own_reasons = [(tuple(counts), own) for counts, reasons in filing._answers
                          if (own := [r for r in reasons if r not in common])]


# The question marks that end a step's questions ("... (in dollars)? On what date ...?").
_QUESTION = re.compile(r"[^?]*\?")
_WHERE_TO_LOOK = " Where to look: "
# How the pointer begins, by the step's: "Find out facts 1 and 2 of ...", "Ask the client about fact 3 of ...".
_POINTER_LEADS = {FIND_OUT: "Find out", ASK_THE_CLIENT: "Ask the client about"}


def _asked_in_the_list(steps: list[str], listed_facts: list[str]) -> dict[int, tuple[str, str, tuple[int, ...]]]:
    """The steps that ask again what the case's FACTS_TO_FIND_OUT list asks: Prop 47's "Find
    out, then screen again: Conviction PC 487(a): What was the value of the property (in
    dollars)? On what date was the offense committed? Where to look: ..." stood a few lines
    under the same two questions.  Only a step whose every question is in the list, word for
    word, is shortened: it names those facts by their numbers there, and keeps its "Where to
    look", so nothing it says is lost."""
    found = {}
    for n, step in enumerate(steps):
        lead = next((lead for lead in (FIND_OUT, ASK_THE_CLIENT) if step.startswith(lead)), None)
        if lead is None:
            continue
        asked, _, look = step[len(lead):].partition(_WHERE_TO_LOOK)
        questions = [q.strip() for q in _QUESTION.findall(asked)]
        where = [next((i for i, fact in enumerate(listed_facts, start=1) if q in fact), None) for q in questions]
        if questions and " ".join(questions) == asked.strip() and None not in where:
            found[n] = (_POINTER_LEADS[lead], f"{_WHERE_TO_LOOK.strip()} {look}" if look else "", tuple(sorted(set(where))))
    return found


def _status(d: Determination, reviewed: bool = False) -> str:
    if d.status == "needs_review":
        automatic = d.remedy in AUTOMATIC_RELIEF
        if reviewed:
            return REVIEWED_AUTOMATIC if automatic else REVIEWED
        return NEEDS_REVIEW_AUTOMATIC if automatic else NEEDS_REVIEW
    said = "Eligible now" if d.status == "eligible" or d.date is None else f"Eligible on {d.date.isoformat()}"
    mode = mode_words(d.mode)
    return f"{said} ({mode})" if mode else said


# How any_level and either_way end the first reason of an answer that does not turn on what
# the record leaves open.
SAME_WHICHEVER = "the answer here is the same whichever it is."


def _blocked_line(d: Determination, bar: BarSaidOnce | None = None, steps: list[str] = ()) -> tuple[str, str, str]:
    """(the remedy, ": blocked until ...: the first reason", its citation), the counts it is for
    to go between the first two, the citation after them; the reason, where it is a bar said under
    READ_FIRST, a pointer there (and no citation: READ_FIRST gives it).  Of its `steps` (as
    named in the record), those of the bar follow it, as READ_FIRST says them: a theft waiting on
    a battery's probation read "blocked until 2027-09-16: The person is on probation in case
    24CR01234 through 2027-09-15." and not that the request to end it early comes first (E130-04)."""
    until = f" until {d.date.isoformat()}" if d.date is not None else ""
    if bar is not None:
        return remedy_title(d.remedy), f": blocked{until} by {bar.named()} (see \u201c{READ_FIRST}\u201d, page 1)", ""
    # Not the sentence that a count of unknown level (or naming two offenses) is answered the
    # same whichever it is (any_level, either_way): "blocked: The record does not say whether PC
    # 484(a) was a felony ...; the answer here is the same whichever it is." named no bar.
    first = next((r for r in d.reasons if not r.text.endswith(SAME_WHICHEVER)), None)
    if first is None:
        return remedy_title(d.remedy), f": blocked{until}", ""
    run = _bar_run(d, first)
    # The request that ends that probation early, the one step the line asks for (the others
    # of its bar, a recheck, DOJ's earlier run, are the result's own business).
    todo = [s for s in steps_of_the_bar(list(steps), run) if EARLY_END in s]
    what_to_do = f" What to do: {' '.join(todo)}" if todo else ""
    return remedy_title(d.remedy), f": blocked{until}: {' '.join(run)}{what_to_do}", first.cite


def _bar_run(d: Determination, first) -> list[str]:
    """The sentences of the bar that reason `first` begins, where the day it lifts follows them
    (bars.blocked: each bar's sentence, then "Relief is blocked until ...", all one citation),
    said without that last line, which the blocked line's date says.  The first alone read
    "blocked until 2029-12-29: The person is serving a sentence in case B (...) through
    2028-01-28.", and the PRCS after it, which sets that date, was nowhere on the line (R91-02)."""
    at = d.reasons.index(first)
    run = []
    for r in d.reasons[at:]:
        if r.cite != first.cite:
            break
        if BAR_LIFTS.fullmatch(r.text):
            return run
        run.append(r.text)
    return [first.text]


def _count(conv: Conviction, case: Case) -> CountLine:
    match = load_catalog().lookup(conv.code, conv.section)
    offense = match.offense
    # An attempt is described as one: "PC 664/459 Attempted burglary", not "Burglary" (K51-04).
    described = (attempted(offense.description) if match.attempt else offense.description) if offense is not None else None
    # What a conspiracy was to commit, as the client's card names it (H68-03): "Conspiracy"
    # alone named no crime to copy onto a petition (W69-01).
    described = conspiracy_described(match) or described
    when = conv.conviction_date or (case.sentence.judgment_date if case.sentence is not None else None)
    granted = tuple(remedy_title(g.remedy) + (f", {_day(g.date)}" if g.date is not None else ", date not recorded")
                    for g in conv.relief_granted)
    law = _law(conv)
    return CountLine(law, described or "not in the offense catalog",
                     _level(conv, case), _day(when), granted,
                     _day(conv.offense_date) if conv.offense_date is not None else None,
                     conv.citation if law != conv.citation else None)


def _level(conv: Conviction, case: Case) -> str:
    """A count's level as recorded; where none is and screen() reads the count as a felony by
    its case's prison or PC 1170(h) term (E81-01), that reading and its law: "level not known"
    stood above a felony's answers (H82-01)."""
    if conv.level is not None:
        return conv.level
    # The column is narrow; the count's first reason says the term and that the record gives no level.
    return "felony by its sentence (PC\u00a017(a))" if felony_by_its_sentence(case, load_catalog()) else "level not known"


def _law(conv: Conviction) -> str:
    """A count's law as the worksheet names it: as typed, but a conspiracy typed under its
    target's code ("HS 182(a)(1)/11352", a section HS does not have) as the engine reads it,
    "PC 182(a)(1)/HS 11352", as the client's handout does (H68-03; W69-01)."""
    return law_named(conv.code, conv.section)


def _sentence_facts(case: Case, as_of: date) -> list[Fact]:
    facts: list[Fact] = []
    if not case.case_number:
        # The heading then names it by the record's key ("c3"), as the window does; the court
        # knows it by a number still to find.
        facts.append(Fact("Case number", "not recorded"))
    if case.outcome != "convicted":
        facts.append(Fact("Outcome", outcome_words(case.outcome)))
        if case.disposition_date is not None:
            facts.append(Fact("Disposition", _day(case.disposition_date)))
        if case.arrest_date is not None:
            # Each offense with its level, as the record has it: "misdemeanor PC 602" (the
            # level had been left out, though the petition and the time to file turn on it).
            arrested = listed([(f"{o.level} " if o.level else "") + f"{o.code} {o.section}" for o in case.arrest_offenses]) \
                if case.arrest_offenses else ""
            if not any(o.level for o in case.arrest_offenses) and case.arrest_level:
                arrested = f"{case.arrest_level}: {arrested}" if arrested else case.arrest_level
            facts.append(Fact("Arrest", _day(case.arrest_date) + (f" ({arrested})" if arrested else "")))
    if case.program is not None:
        p = case.program
        # Whether a guilty plea was entered: the DEJ plea's withdrawal (PC 1203.43) turns on it.
        plea = {True: ", guilty plea entered", False: ", no plea entered"}.get(p.plea_entered, "")
        facts.append(Fact("Program", PROGRAM_TITLES.get(p.kind, p.kind) + plea
                          + (f", completed {_day(p.completed_on)}" if p.completed_on else "")))
    s = case.sentence
    if s is not None:
        facts.append(Fact("Sentence", SENTENCE_TYPES.get(s.type, s.type) + (f", judgment {_day(s.judgment_date)}" if s.judgment_date else "")))
        if s.imposition_suspended is not None:
            facts.append(Fact("Imposition suspended", "yes" if s.imposition_suspended else "no (execution suspended)"))
        p = s.probation.as_it_stood(as_of) if s.probation is not None else None
        if p is not None:
            facts.append(Fact("Probation granted", f"{p.kind or 'kind not known'}, {_day(p.start)} to {_day(p.end)}" + (f" ({p.status})" if p.status else "")))
            if p.early_termination is not None:
                facts.append(Fact("Ended early (PC 1203.3)", _day(p.early_termination)))
            for v in p.violations:
                facts.append(Fact("Violation", f"{_day(v.date)}, {v.outcome}"))
        c = s.custody
        if c is not None:
            facts.extend(_custody_facts(s.type, c))
        if s.completed is not None:
            facts.append(Fact("Sentence completed", "yes" if s.completed else "no"))
    if case.money is not None:
        m = case.money.as_it_stood(as_of)
        if m.fines_ordered:
            tied = " (a condition of probation)" if m.fines_condition_of_probation else ""
            facts.append(Fact("Fines", f"${m.fines_ordered:,} ordered, {_paid_and_owed(m, 'fine', m.fines_owed)}{tied}"))
        if m.restitution_ordered:
            facts.append(Fact("Restitution", f"${m.restitution_ordered:,} ordered, {_paid_and_owed(m, 'restitution', m.restitution_owed)}"))
    if case.protective_order_until is not None:
        facts.append(Fact("Protective order", f"until {_day(case.protective_order_until)}"))
    return facts


def _custody_facts(kind: str, c: Custody) -> list[Fact]:
    """The term served and the supervision after it, as PC 1203.41's wait turns on them: a split
    or a straight jail term (1 year or 2), released when, supervised to when.  "custody, released"
    had said nothing of a prison term or a straight one, and a supervision whose kind was not
    recorded (intake asks only its end, E29-05) was left off with its end (K129-02)."""
    # A jail term's supervision end with neither the split nor the kind recorded (intake stored
    # it so before K129-01): "straight term (no mandatory supervision)" above "kind not recorded
    # (mandatory supervision)" said both, and not which the screening read (R130-03).
    unsplit = kind == "county_jail_1170h" and not c.split and c.supervision is None and c.supervision_end is not None
    term = ("split sentence" if c.split else "straight term as recorded" if unsplit else "straight term (no mandatory supervision)") \
        if kind == "county_jail_1170h" else "state prison" if kind == "state_prison" else "custody"
    facts = [Fact("Custody", f"{term}, release date not recorded" if c.release_date is None
                  else f"{term}, released {_day(c.release_date)}")]
    ends = "end date not recorded" if c.supervision_end is None else f"ends {_day(c.supervision_end)}"
    if c.supervision is not None and c.supervision != "none":
        facts.append(Fact("Supervision", f"{SUPERVISION.get(c.supervision, c.supervision)}, {ends}"))
    elif unsplit:
        facts.append(Fact("Supervision", f"kind not recorded, {ends}: after a PC 1170(h) term only a split sentence's "
                                         "mandatory supervision, yet screened as a straight term (PC 1203.41 waits 2 years, "
                                         "not 1): check the sentence"))
    elif c.supervision is None and (c.supervision_end is not None or c.split):
        # A split term with neither kind nor end (the Record tab's Split ticked, Supervision after
        # left at Unknown) had no line at all, above a "Facts to find out" asking its end (S215-03).
        # A split jail term's is mandatory supervision alone (PC 1170(h)(5)(B)): R130-03 had left it
        # "parole, PRCS or mandatory supervision" when it took the unsplit term's line away (R131-01).
        followed = "parole or PRCS" if kind == "state_prison" else "mandatory supervision" if kind == "county_jail_1170h" \
            else "parole, PRCS or mandatory supervision"
        facts.append(Fact("Supervision", f"kind not recorded ({followed}), {ends}"))
    return facts


def _paid_and_owed(m: Money, kind: PaymentKind, owed: int) -> str:
    """"$200 paid, $300 owed", or that the payments are not recorded: a blank "Fines paid"
    is not known, not "$0 paid, $500 owed" (U52-01)."""
    if m.unrecorded(kind):
        return "payments not recorded"
    return f"${m.paid(kind):,} paid, ${owed:,} owed"


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "not recorded"
