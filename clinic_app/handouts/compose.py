"""Compose a client's handout from their record and the engine's screening.

Pure data in, pure data out: no clock, no file writes, no ReportLab.  The words come from
``resources/handouts/<lang>.yaml``; this module only decides *which* words apply to this
client (ca-rules.md 2.5, 4 and 5 give the content).

What a handout shows about the client, and why (privacy by need):
- the name and the date, so the page is clearly theirs and dated;
- each conviction in plain words (the catalog description), its code section, level and
  year, because the client must be able to match it to court papers and a RAP sheet;
- the county of each case, only where the cases are in more than one county: each is filed
  in its own county's court, and two like convictions would otherwise read as one twice;
- where two cases' cards would still read alike, the full date, and the case number only
  where the day and the county are the same too (finding H23-01);
- the case number of each conviction's card where the client has more than one conviction's
  case: the to-do names their lines by it (S122-03);
- no date of birth, no addresses, no amounts beyond what they still owe.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date, timedelta
from typing import Any

from clinic_app.case_titles import sharing_a_number, told_by_what_the_record_holds
from clinic_app.catalog import DUI_SECTIONS, WET_RECKLESS_SECTION, as_written, in_sentence, load_catalog, us_code_cited
from clinic_app.checklist import PAROLE_UNRECORDED, RELEASE_UNKNOWN, checklist, finish_by, fines_by, left_to_do, released_from
from clinic_app.counties import counties_differ, county_key, county_named
from clinic_app.handouts.document import (
    ALL_COLUMNS,
    JOINED_COLUMNS,
    ClinicInfo,
    Guidance,
    Handout,
    Note,
    Option,
    RecordEntry,
    SayLine,
    Section,
    Task,
)
from clinic_app.eligibility.any_level import said_of
from clinic_app.eligibility.common import AB1950_CITE, JUDGMENT_DECIDES_LEVEL_STEP, were_it_not_from
from clinic_app.eligibility.consequences import dui_look_back_end, lifetime_29805, reduced_may_be_mcdv
from clinic_app.eligibility.registry import remedy_statute
from clinic_app.eligibility.bars import lifts_on, person_bars
from clinic_app.eligibility.depends_on import conspiracy_aim, conspiracy_read
from clinic_app.eligibility.jury import bars_by_registration
from clinic_app.eligibility.dates import ONE_DAY, anniversary, day_after
from clinic_app.eligibility.fact_questions import fields_checked
from clinic_app.eligibility.result import CHECK_THE_RECORD
from clinic_app.eligibility.sentence import effective_level, probation_active, unpaid_though_completed
from clinic_app.eligibility import felony_by_its_sentence, screen
from clinic_app.eligibility.prop64 import DOJ_REVIEW_BY, REDESIGNATED_AS, RELIEF_ASKED
from clinic_app.eligibility.pc1203_4 import EARLY_TERMINATION_STEP, EARLY_TERMINATION_STEP_VC12810
from clinic_app.handouts.texts import load_texts
from clinic_app.court import denial_reviewed_on, granted_on_an_arrest, standing as _standing
from clinic_app.matching import case_number_key
from clinic_app.model import Case, Client, Conviction, Determination, Petition, Screening, open_cases_hold_up_nothing
from clinic_app.review import answer_key
from clinic_app.typed_sections import federal_law_in_california, juvenile_court_counts
from clinic_app import years_alone

# Remedy families: what a granted remedy did to the conviction.
DISMISSALS = frozenset({"pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42", "pc1203_425", "pc1203_4b", "pc1203_49", "pc1203_43"})
REDUCTIONS = frozenset({"pc17b", "prop47", "prop64"})
SEALINGS = frozenset({"pc1203_45", "pc851_91", "pc851_93"})
VACATURS = frozenset({"pc1473_7", "pc236_14"})
AUTOMATIC = frozenset({"pc1203_425", "pc851_93"})
# Asked of no court that entered the conviction: a certificate of rehabilitation of the court
# where the client lives (PC 4852.06), a pardon of the Governor.
NOT_THE_CONVICTING_COURT = frozenset({"cor", "pardon"})
# The dismissals a client petitions for whose effects, disclosure duties included, are 1203.4's
# (ca-rules.md 3.1-3.4): what to say of one names its own section (W27-04).
PETITION_DISMISSALS = frozenset({"pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42"})
# Relief about the sentence rather than the conviction: never the headline of a conviction.
CASE_LEVEL = frozenset({"pc1203_3"})
# From this many cards held back by the same bar, it is said once at the top (`_bar_first`),
# as the text report says a reason once from three results alike (R35-01).
SAID_FIRST_FROM = 3
# Order in which options are listed when they share a status.
REMEDY_ORDER = (
    "pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42", "pc1203_4b", "pc1203_425",
    "pc17b", "prop47", "prop64", "pc1203_3", "pc1203_45", "pc1203_43", "pc851_91", "pc851_93",
    "pc1473_7", "pc236_14", "pc1203_49", "cor",
)
# What makes a felony a misdemeanor is asked for before the dismissal (ca-rules.md 7, 3.8): a
# card open to both lists it first, in this order.  The marijuana card had said "Dismissal: You
# qualify now" first and Prop 64 last (J125-04).  The lawyer's list keeps REMEDY_ORDER.
ASKED_FIRST = ("prop64", "pc17b", "prop47")
# Petitions whose waiting time runs from the end of the sentence and its supervision (PC
# 1203.41(a)(2), 1203.42, the certificate's period of rehabilitation): while the case's own
# sentence is what stands in the way, the bar lifting is not yet the day to file.
WAIT_AFTER_SENTENCE = frozenset({"pc1203_41", "pc1203_42", "cor"})
# Automatic relief's felony path: four years after the sentence is completed (ca-rules.md 3.5).
FELONY_PATH = "PC 1203.425(a)(1)(B)(iv)(II)"
SB1106_EFFECTIVE = date(2023, 1, 1)  # unpaid restitution no longer stops relief (ca-rules.md 2.3)
STATUS_RANK = {"eligible": 0, "eligible_on": 1, "blocked": 2, "needs_review": 3, "not_eligible": 4}
# More charges than this and an arrest card's title gives their number, the charges listed in
# the card's body: forty named in the title made a row taller than a page (finding H23-07).
TITLE_CHARGES = 5
NON_CONVICTION = frozenset({"dismissed", "acquitted", "no_charges_filed", "diversion_completed"})
# Disclosure columns, in the order the "What you may say" lines list them.
# "arrest" is a sealed arrest (PC 851.92: deemed not to have occurred); "arrest_not_sealed" one
# that is still on the record, which only the arrest rules that need no sealing cover.
# "sealed" is a conviction sealed under PC 1203.45: deemed not to have occurred, so none of a
# dismissal's answers ("Yes, but it was dismissed") fits it (ca-rules.md 3.13; finding H21-16).
# "prop64" is a conviction changed under Prop 64 alone: made a misdemeanor or an infraction, or
# dismissed and sealed (HS 11361.8); the record does not say which (finding H21-15).
# "after_prop64" is a conviction Prop 64 may still change (open now, from a day, or once what
# blocks it ends): the court will choose among the same, and the client is told so (A63-01).
# "after_reduction" is a felony PC 17(b) or Prop 47 may still make a misdemeanor (open now, from a
# day, or once what blocks it ends): the reduced answers, as they will hold then (H86-01).
# "after_sealing" is a conviction PC 1203.45 may still seal (open now, from a day, or once what
# blocks it ends): the sealed answers, said "If the judge seals", as the judge decides (J140-01).
# "after_vacatur" is a conviction a survivor's vacatur (PC 236.14 / 236.15) may still cancel: the
# vacated answers, said "If the judge cancels", as the judge decides (Y234-01).  Not a motion to
# vacate under PC 1473.7: its case may be pleaded again, and the new outcome then decides what
# is said (ca-rules.md 5, Vacated).
COLUMN_ORDER = ("not_cleared", "after_dismissal", "dismissed", "reduced", "after_reduction", "prop64", "after_prop64",
                "sealed", "after_sealing", "vacated", "after_vacatur", "arrest", "arrest_not_sealed")
# The reductions a client asks the court for whose answers, once granted, are the reduced ones.
MISDEMEANOR_REDUCTIONS = ("pc17b", "prop47")
# The license intro's "If a form asks you straight out, you must answer it ... tell them" is
# PC 1203.4(a)(1)'s duty to tell a licensing board about a conviction, and B&P 480's rules for
# arrests.  A conviction sealed under PC 1203.45 ("may answer accordingly any question", no
# exception for licensing) or vacated has no such duty: above its "No." alone the intro read
# as a rule the client would break (finding H21-44; ca-rules.md 3.13).
# The private job's Fair Chance paragraph (Gov. Code 12952) is about convictions alone: over an
# arrest's "No." alone (Lab. Code 432.7: never asked about) it told a client with no conviction
# when employers may ask about convictions and "give you at least 5 business days to answer
# before they say no" (T154-02).
INTRO_SPEAKS_FOR = {"license": {"not_cleared", "after_dismissal", "dismissed", "reduced", "after_reduction", "prop64",
                                "after_prop64",
                                "arrest", "arrest_not_sealed"},
                    "private_job": set(COLUMN_ORDER) - {"arrest", "arrest_not_sealed"}}
# Where a conviction stands when no dismissal can reach it: a case from another state or a
# federal court, or one the screening found no relief for (K59-01, A63-02).
NO_DISMISSAL_STATES = ("out_of_state", "not_available")
SITUATIONS = (
    "private_job", "government_job", "license", "public_office", "lottery", "peace_officer",
    "security_clearance", "immigration", "firearm", "jury", "housing",
)


def format_date(value: date | None, texts: dict) -> str:
    """A date the way the language writes it ("November 15, 2026", "15 de noviembre de 2026")."""
    if value is None:
        return ""
    meta = texts["meta"]
    return meta["date_format"].format(month=meta["months"][value.month - 1], day=value.day, year=value.year)


def compose(
    client: Client,
    screening: Screening | None,
    clinic: ClinicInfo | None = None,
    *,
    lang: str | None = None,
    large_print: bool = False,
    as_of: date | None = None,
    reviews: Iterable[tuple[str, date]] = (),
) -> Handout:
    """The handout for one client: their record in plain words, what to say, what to do.

    `lang` defaults to the client's language; `as_of` defaults to the screening's date (the
    handout speaks for the same day as the determinations it reports).  `reviews`: the
    attorney's reviews that count, (answer key, day), as the caseload line reads them
    (Repository.denial_reviews): a denial reviewed is said so (D64-01).
    """
    if not (client.name or "").strip():
        raise ValueError("A handout needs the client's name.")
    if screening is None and client.cases:
        raise ValueError("Screen the client's record before writing a handout: it reports the screening.")
    if as_of is None:
        if screening is None:
            raise ValueError("A handout needs the date it speaks for (as_of) or a screening.")
        as_of = screening.as_of
    language = lang or client.language or "en"
    # A juvenile court's record is no conviction: set apart before anything else reads the record.
    juvenile, client, screening = _juvenile_set_apart(client, screening)
    entered = bool(client.cases or juvenile)  # a juvenile court's case is a case entered all the same
    typed = clinic or ClinicInfo()
    clinic = typed.in_language(language)
    t = load_texts(language)
    ctx = _Context(client, screening, as_of, t, reviews=tuple(reviews))

    record = [_conviction_entry(ctx, case, conv) for case in client.cases if case.outcome == "convicted"
              for conv in case.convictions]
    # Arrest cards say the bar in full: the line said first counts convictions.
    others = [_arrest_entry(ctx, case) for case in client.cases if case.outcome != "convicted"]
    held_back = _held_back(ctx, record)
    if len(held_back) >= SAID_FIRST_FROM:
        # One bar (probation in one case) held back 18 cards of a 20-case record, each saying
        # it twice in full: 13 pages where the one thing to know was on every card and at the
        # top of none (finding H35-01).  It is said once, first, and each card points to it.
        ctx.bar_said_first = True
        record = [_conviction_entry(ctx, case, conv) for case in client.cases if case.outcome == "convicted"
                  for conv in case.convictions]
    # A case the clinic has marked convicted before typing its first conviction (the window's
    # Add case stores it so) had printed as "Arrest (charge not known)" under "Arrests that did
    # not lead to a conviction", with "No conviction" and the engine's rows beside it.  Its
    # card now says only that its details are still being entered, and to ask the clinic: it
    # is left out of what relief does, what to say and the steps toward relief.
    unfinished = [_unfinished_entry(ctx, case) for case in client.cases
                  if case.outcome == "convicted" and not case.convictions]
    # A case still open may yet end in a conviction: not under "Arrests that did not lead to a
    # conviction" (review finding H20-13; ca-rules.md 2.1 treats it as a bar on relief).
    record, others = _counts_told_apart(ctx, _told_apart(ctx, record)), _told_apart(ctx, others)
    record = _residence_said_once(ctx, _proof_said_once(ctx, _vacatur_said_once(ctx, record)))
    record, others = _denial_said_once(ctx, record, others)
    if not ctx.bar_said_first:
        record = _sooner_said(ctx, _cause_said_once(ctx, record))
    record = _sooner_pointed(ctx, record)
    open_cases = [entry for entry in others if entry.column == "pending"]
    arrests = [entry for entry in others if entry.column != "pending"]
    sections: list[Section] = []
    if record or unfinished:
        first = _bar_first(ctx, record, len(held_back)) if ctx.bar_said_first else []
        # A record sealed under PC 1203.45 throughout is deemed never to have happened: not
        # headed as convictions that stand, but as the page names them (S148-04).
        sealed = record and not unfinished and all(entry.column == "sealed" for entry in record)
        heading = t["headings"]["record_sealed" if sealed else "record"]
        sections.append(Section("record", heading, (*first, *record, *unfinished)))
    if open_cases:
        sections.append(Section("open_cases", t["headings"]["open_cases"], tuple(open_cases)))
    if arrests:
        sections.append(Section("arrests", t["headings"]["arrests"], tuple(arrests)))
    if juvenile:
        sections.append(_juvenile_section(ctx, juvenile))
    if not record and not others and not unfinished and not juvenile:
        # No case entered at all: nothing was looked at that the page can show, so it does not
        # say "We did not find any convictions" as of a record checked and clear (J63-07, D64-03).
        said = "empty" if client.cases else "no_case"
        sections.append(Section("empty", t["headings"][said], tuple(Note(x) for x in t[said])))
    elif record or others or unfinished:  # a juvenile court's case alone says all on its card
        effects, guidance = _effects(ctx, record, arrests), _guidance(ctx, record, arrests)
        if effects:  # a record of only an open case has neither
            # Where no relief is open for anything on the page, what follows is what stays
            # true of the record (guns, registration), not what relief does: a PC 288
            # registrant read "What relief does and does not do" as if relief were theirs (K59-01).
            heading = "effects" if _relief_in_view(ctx, record, arrests) else "effects_no_relief"
            sections.append(Section("effects", t["headings"][heading], tuple(effects)))
        if guidance:
            # The answers are California's law, and a client who will live or work in another
            # state read them as binding an employer there (O155-01): ca-rules.md says nothing of
            # another state's law, so the page says to ask the clinic, not what that law is.
            lead = Note(t["say_lead"]["text"], t["say_lead"]["cite"])
            if client.person.registrant_290:
                # Its answers' "No." is not the answer to "Must you register?" (V170-01).
                ask = t["say_lead_registrant"]
                lead = Note(f'{lead.text} {ask["text"]}', _join_cites([lead.cite, ask["cite"]]))
            sections.append(Section("say", t["headings"]["say"], tuple(guidance), lead=lead))
    tasks = _tasks(ctx, record + arrests)
    if not entered:  # not "Nothing for now. Nobody: nothing to do" (D64-03)
        tasks = [Task(t["tasks"]["no_case"], t["who"]["you"]) if task.text == t["tasks"]["nothing"] else task for task in tasks]
    if juvenile:
        tasks = [*(task for task in tasks if task.text != t["tasks"]["nothing"]), Task(t["juvenile"]["task"], t["who"]["you"])]
    if unfinished:
        ask = Task(t["tasks"]["ask_unfinished"], t["who"]["you"])
        tasks = [ask, *(task for task in tasks if task.text != t["tasks"]["nothing"])]
    nothing_listed = any(section.key == "empty" for section in sections)  # no case to check below
    # A juvenile court's case alone: "so the clinic can tell you what can be cleared" was taken
    # back by its card's "This clinic does not clear it" (R161-03).
    juvenile_alone = bool(juvenile) and not (record or others or unfinished)
    checklist = Section("checklist", t["headings"]["checklist"], tuple(tasks))
    if entered:
        sections.append(checklist)
    else:
        # "What to do first" (the page's title) first: its one step, then what is entered. Last,
        # in large print, the step went to page 2 with the contact block and left page 1 half
        # empty, the one thing to do on the page a client may not turn to (A65-03).
        sections.insert(0, checklist)

    # A page with cases but nothing to say of them yet (only an open case, or a case still to
    # enter) has no "What you may say" either: its title and intro had promised one (H66-02).
    first_only = not nothing_listed and not any(section.key == "say" for section in sections)
    author = (clinic.name or "").strip() or t["doc"]["clinic_default"]
    return Handout(
        lang=language,
        lang_tag=t["meta"]["lang_tag"],
        font=t["meta"]["font"],
        large_print=large_print,
        as_of=as_of,
        # No case entered: no "What you may say" and nothing changed to tell (V64-02).
        title=t["juvenile"]["page_title"] if juvenile_alone
        else t["doc"]["title_no_case" if first_only or not entered else "title"],
        subject=t["juvenile"]["subject"] if juvenile_alone
        else t["doc"]["subject_first" if first_only else "subject" if entered else "subject_no_case"],
        author=author,
        client_name=client.name.strip(),
        prepared_for=t["doc"]["prepared_for"].format(name=client.name.strip()),
        date_line=t["doc"]["as_of"].format(date=format_date(as_of, t)),
        notice=t["doc"]["notice"],
        page_template=t["doc"]["page"],
        contents_template=t["doc"]["contents"],
        contents_item=t["doc"]["contents_item"],
        # The client is the one who knows whether each case listed is theirs (a namesake's
        # case typed in, a case the RAP sheet left off): asked at the top, before anything is
        # filed (the clinics' request of other tools: dear-petition #470).
        intro=(tuple(t["intro" if entered else "intro_no_case"]) if nothing_listed
               else (t["juvenile"]["intro"], *t["intro"][1:], t["check_cases"]) if juvenile_alone
               else (*t["intro_no_case" if first_only else "intro"], t["check_cases"])),
        first_step="" if nothing_listed else _immigration_first(ctx),
        sections=tuple(sections),
        clinic=clinic,
        contact_heading=t["headings"]["contact"],
        contact_lines=_contact_lines(author, clinic, t, hours_in_english=typed.hours_in_english_only(language)),
        labels=dict(t["labels"]),
    )


def _juvenile_set_apart(client: Client, screening: Screening | None
                        ) -> tuple[list[tuple[Case, Conviction]], Client, Screening | None]:
    """The counts typed under the juvenile court's own law ("WI 602", `juvenile_court_named`),
    and the client and screening without them (a case left with no count is left out whole).

    A juvenile court's finding is not a conviction, and Clinic Desk does not clear it (ca-rules.md
    3.13, 4.1): the Record and Eligibility tabs say so (J140), but the handout printed it as
    "Conviction under WI 602", a misdemeanor with a dismissal and an early end of probation to
    ask for, and answered "Yes, I have convictions" for it (M160-01)."""
    apart = juvenile_court_counts(client.cases)
    if not apart:
        return [], client, screening
    counts = {(case.id, conv.id) for case, conv in apart}
    cases = [replace(case, convictions=[conv for conv in case.convictions if (case.id, conv.id) not in counts])
             for case in client.cases]
    gone = {case.id for case in cases if not case.convictions} & {case.id for case, _conv in apart}

    def kept(item) -> bool:
        return item.case not in gone and (item.case, item.conviction) not in counts

    if screening is not None:
        screening = replace(screening, results=[d for d in screening.results if kept(d)],
                            consequences=[c for c in screening.consequences if kept(c)])
    return apart, replace(client, cases=[case for case in cases if case.id not in gone]), screening


def _juvenile_section(ctx: _Context, apart: list[tuple[Case, Conviction]]) -> Section:
    """Each juvenile court's case as what it is, the referral for its sealing (W&I 781, 786), and
    what an employer (Lab. Code 432.7 [H]), a landlord (2 CCR 12264-12271 [M]; R161-01) and a
    Consumer Affairs board (B&P 480(d) [M]) may not do with it (ca-rules.md 4.1, 4.10, 4.3)."""
    t = ctx.t["juvenile"]
    cards = []
    for case, conv in apart:
        when = conv.conviction_date or case.disposition_date
        parts = [t["line"].format(year=when.year if when else ctx.t["labels"]["no_year"]),
                 written(conv.code, conv.section, ctx.t)]
        if _court_number(case):
            parts.append(ctx.t["labels"]["case_number"].format(number=case.case_number))
        cards.append(RecordEntry(case.id, conv.id, t["title"], " · ".join([*parts, *ctx.county_part(case)]),
                                 "juvenile", "juvenile", t["where"]))
    notes = [Note(t[key]["text"], t[key]["cite"]) for key in ("sealing", "employer", "housing", "license")]
    return Section("juvenile", t["heading"], (*cards, *notes))


def _immigration_first(ctx: _Context) -> str:
    """For a client who is not a US citizen (or not known to be), the immigration line on page 1
    above the first card: the worksheet, the text report and the Eligibility tab say first that
    immigration counsel comes before anything is filed (ca-rules.md 4.8), and the handout had
    said it only on page 3 and in the last page's to-do, below cards reading "The clinic can
    file papers" (I129-01).  Said there once: page 3 no longer says it again (I165-03)."""
    return ctx.t["effects"][_immigration_line(ctx.client)]["text"] if ctx.non_citizen else ""


def _immigration_line(client: Client) -> str:
    """The effects line of a client not known to be a citizen."""
    return _told_or_asked(client, "immigration_you", "immigration_ask")


def _told_or_asked(client: Client, told: str, asked: str) -> str:
    """Of a client not known to be a citizen, the words `told` for a "No", `asked` for an
    unknown: a client intake never asked had read "You told us you are not a U.S. citizen" as
    if it were so (I29-01).  One rule for every immigration line: I129-03 had a second copy."""
    return told if client.person.us_citizen is False else asked


@dataclass
class _Context:
    client: Client
    screening: Screening | None
    as_of: date
    t: dict[str, Any]
    # Whether the bar that holds back many cards is said once, first, each card pointing to
    # it (`_bar_first`).
    bar_said_first: bool = False
    # The attorney's reviews that count, (answer key, day) (D64-01).
    reviews: tuple[tuple[str, date], ...] = ()

    def denial_reviewed_on(self, case: Case, conviction: str | None, petition: Petition) -> date | None:
        """The day the attorney reviewed `petition`'s denial for this count, as the worksheet
        and the Eligibility tab take it (court.denial_reviewed_on); None if not reviewed."""
        results = self.screening.results if self.screening is not None else []
        days = [day for d in results if d.case == case.id and d.remedy == petition.remedy and d.conviction in (conviction, None)
                if (day := denial_reviewed_on(petition, d, self.reviews, self.as_of)) is not None]
        return max(days, default=None)

    def reviewed_on(self, d: Determination) -> date | None:
        """The day the attorney last reviewed result `d` on these facts, by `as_of`; None if
        not reviewed.  A result reviewed read "A lawyer must look at it first" (A160-01)."""
        key = answer_key(d)
        return max((day for said, day in self.reviews if said == key and day <= self.as_of), default=None)

    def case_of(self, d: Determination) -> Case | None:
        """The case of the client's record that result `d` is of; None where the record has no
        such case (a screening made before it was removed)."""
        return next((case for case in self.client.cases if case.id == d.case), None)

    def count_of(self, d: Determination) -> tuple[Case, Conviction] | None:
        """The count result `d` is of, with its case; None for a result of a whole case (an
        arrest's) or a count the record no longer has."""
        case = self.case_of(d) if d.conviction is not None else None
        conv = next((conv for conv in case.convictions if conv.id == d.conviction), None) if case is not None else None
        return (case, conv) if case is not None and conv is not None else None

    def convicted_in(self, case: Case, conv: Conviction) -> int | None:
        """The year a count's card gives: its conviction's, its case's judgment's, or the year
        alone told at intake; None where none is known."""
        if conv.conviction_date is not None:
            return conv.conviction_date.year
        if case.disposition_date is not None:
            return case.disposition_date.year
        return years_alone.year_given(self.client, case, "conviction date")

    def probation_over_by_the_year(self, case: Case) -> bool:
        """Whether the client told intake a year alone for `case`'s probation end, one before
        this year: its day blank, the screening asks whether probation is over, and the card
        offered to end early a probation the client says ended in 1973 (O207-03).  Only while
        the day is blank: a day typed since from the papers wins over the year told, as the
        card's conviction year does (R210-01: a violation after it, probation went on)."""
        probation = case.sentence.probation if case.sentence is not None else None
        if probation is not None and probation.last_day is not None:
            return False
        year = years_alone.year_given(self.client, case, "probation end")
        return year is not None and year < self.as_of.year

    def title(self, case: Case, conv: Conviction) -> str:
        """The count's title on its card (offense_title), by the year the card gives."""
        return offense_title(conv, self.t, convicted_in=self.convicted_in(case, conv))

    def results(self, case: str, conviction: str | None) -> list[Determination]:
        if self.screening is None:
            return []
        return [d for d in self.screening.results if d.case == case and d.conviction == conviction]

    @cached_property
    def ab1950_cases(self) -> frozenset[str]:
        """The cases whose probation the engine flags under AB 1950's cap (common.ab1950_flag):
        a reason of theirs cites it."""
        if self.screening is None:
            return frozenset()
        return frozenset(d.case for d in self.screening.results if any(r.cite == AB1950_CITE for r in d.reasons))

    @cached_property
    def numbers_shared(self) -> frozenset[str]:
        """The cases whose court number another of the client's cases has too (a case typed
        twice, a number two courts gave: `sharing_a_number`): a task names each by its day
        (`_of_case`), where "Case 24CR042: Finish probation." had stood for both (K410-01)."""
        return sharing_a_number(self.client.cases)

    def said_by_its_day(self, case: Case) -> bool:
        """Whether `case`'s cards give the day of its conviction, not the year alone: another case
        of its number (`numbers_shared`) was convicted the same year.  Its tasks name it by that
        day ("Case 24CR042 (convicted March 1, 2024): Finish probation.", `_of_case`), and two
        cards reading "Misdemeanor, 2024 · ... · Case 24CR042" did not say which was whose (K410-02)."""
        day = _day_of(case, True) if case.id in self.numbers_shared and case.outcome == "convicted" else None
        if day is None:
            return False
        number = case_number_key(case.case_number)
        return any(other.id != case.id and other.outcome == "convicted" and case_number_key(other.case_number) == number
                   and (when := _day_of(other, True)) is not None and when.year == day.year
                   for other in self.client.cases)

    @cached_property
    def counties_differ(self) -> bool:
        """Whether the California cases are in more than one county: then each card names its
        county, the court the client goes back to (finding H22-04)."""
        return counties_differ(self.client.cases)

    def county_part(self, case: Case) -> list[str]:
        """The card's county, as one more part of its detail line, or none."""
        name = _county(case) if self.counties_differ and case.jurisdiction == "CA" else None
        return [self.t["labels"]["county"].format(county=name)] if name else []

    def number_part(self, case: Case) -> list[str]:
        """The card's court case number, as the last part of its detail line, where the client
        has more than one conviction's case: the to-do then names each case's lines by that
        number ("Case 6MT00002: Finish probation.", `_of_case`), and cards that said only
        "Misdemeanor, 2025 · PC 484 · Orange County" did not say which card a line was about
        (S122-03).  None for one case, or a number not known (`_court_number`)."""
        several = sum(other.outcome == "convicted" for other in self.client.cases) > 1
        return [self.t["labels"]["case_number"].format(number=case.case_number)] if several and _court_number(case) else []

    def remedy(self, key: str) -> dict:
        return self.t["remedies"].get(key) or self.t["remedies"]["other"]

    @property
    def non_citizen(self) -> bool:
        return self.client.person.us_citizen is not True

    @cached_property
    def bars(self) -> list:
        """The engine's person-level bars the record is sure of, on `as_of`."""
        return [b for b in person_bars(self.client.person, self.client.cases, self.as_of, load_catalog()).bars if b.certain]

    def sentence_running(self, case: str) -> bool:
        """Whether the case's own sentence or supervision is among the bars: a waiting time
        counted from its end is still ahead (finding H21-07)."""
        return any(b.case == case for b in self.bars)

    @cached_property
    def blocking_cause(self) -> str:
        """What stands in the way now, from the engine's own person-level bars (a pending
        charge, then supervision after release, then probation, then the rest of a sentence).
        The client's two flags alone had missed mandatory supervision or parole the record
        shows in a case ("you must finish your sentence" was said of it) and an open case in
        the record.  Worked out once per handout: every blocked option and task says it.

        Each kind that stands in the way is named, joined: an open case beside parole was
        told only that the open criminal case must end, and the client would have come back
        when it ended to find parole still in the way (finding H21-09)."""
        causes = self.t["cause"]
        bars = self.bars
        kinds = {b.kind for b in bars}
        named = []
        if "pending_charge" in kinds:
            named.append(causes["pending_charge"])
        sentence = self._sentence_said(bars)
        if "serving_sentence" in kinds and kinds & {"parole", "prcs", "mandatory_supervision"}:
            # A client still in custody, then on PRCS, had been told only that the supervision
            # must end, beside "Finish your time in custody (October 27, 2028)" (H28-05).
            named.append(sentence)
        for kind in ("parole", "prcs", "mandatory_supervision"):
            if kind in kinds:
                # With its last day, as probation's: "your post-release supervision must end"
                # had no day, where the card's own line said "wait until December 19, 2029".
                until = [b.until for b in bars if b.kind == kind]
                named.append(causes[f"{kind}_until"].format(date=format_date(max(until) - ONE_DAY, self.t))
                             if None not in until else causes[kind])
                break
        probation = [b.until for b in bars if b.kind == "probation"]
        on_probation = [b for b in bars if b.kind == "probation"]
        if probation and None not in probation:
            # The day said is the last grant's: its case is the one named (B118-04: on probation in
            # two cases, the petty theft card, its own grant to end June 15, 2027, read "your
            # probation must end (it ends on March 1, 2028)", the day of the other case's grant).
            on_probation = [b for b in on_probation if b.until == max(probation)]
        title = self._probation_named(on_probation)
        of = "probation" if title is None else "probation_of"
        if probation and None not in probation:
            named.append(causes[f"{of}_until"].format(date=format_date(max(probation) - ONE_DAY, self.t), title=title))
        elif probation:
            named.append(causes[of].format(title=title))
        if "serving_sentence" in kinds and probation and sentence not in named:
            # Another case's sentence not yet served, beside a probation: a client with fourteen
            # cases was told only that her probation must end (February 3, 2027), and would have
            # come back then to find her 2021 sentence still in the way (L109-03).
            named.append(sentence)
        if not named:
            return sentence
        # Three causes had read "A y B y C" ("A, and B, and C"); a list says "A, B y C".
        return causes["joiner"].join([", ".join(named[:-1]), named[-1]] if len(named) > 2 else named)


    def _sentence_said(self, bars: list) -> str:
        """"your sentence must be finished", naming the card of its case as a probation's is
        named (`_probation_named`): beside "your probation for “Burglary” must end", a client
        read "your sentence" as the burglary's, where it was the sentence after another case's
        probation was revoked, and six cases' cards all said it of no case (O250-01)."""
        causes = self.t["cause"]
        title = self._probation_named([b for b in bars if b.kind == "serving_sentence"])
        return causes["sentence"] if title is None else causes["sentence_of"].format(title=title)

    def _probation_named(self, bars: list) -> str | None:
        """The title of the card of the one case whose probation stands in the way, where the
        client has convictions in another case too: said on their cards, "your probation must
        end (it ends on June 20, 2027)" was read as theirs, of a 2015 case whose probation had
        ended in 2018 (Z80-02).  `bars`: those of the grant ending last, where the day is known
        (B118-04).  None where there is no other such case (the probation is the only one the
        client has), or the probation is more than one case's.  A sentence's bars name its case
        alike (`_sentence_said`)."""
        cases = {b.case for b in bars}
        if len(cases) != 1 or sum(1 for case in self.client.cases if case.convictions) < 2:
            return None
        case = next((case for case in self.client.cases if case.id in cases and case.convictions), None)
        return self._card_named(case, case.convictions[0]) if case is not None else None

    def _card_named(self, case: Case, conv: Conviction) -> str:
        """The card of `conv` as a sentence names it: its title, or, where a card of another
        case has that title too, the title with its line's level and year ("Theft (petty
        theft) (Misdemeanor, 2019)"), or its full day where the years are the same too, as
        the cards tell themselves apart (H23-01).  "Your probation for “Theft (petty theft)”"
        was read on the card of a 2015 petty theft whose probation had ended as its own (R81b-01)."""
        t = self.t
        title = self.title(case, conv)
        alike = [other for other in self.client.cases if other.id != case.id and other.outcome == "convicted"
                 for c in other.convictions if self.title(other, c) == title]
        if not alike:
            return title
        day = conv.conviction_date or case.disposition_date
        level = level_said(case, conv, t)
        labels = t["labels"]
        # The parts of the card's own line that tell it apart (H23-01), so that the name fits no
        # other card: its county where the cards name theirs, its full day where a like card
        # of that court has its year, and the case number where the day and the court are the
        # same too ("Misdemeanor, convicted on March 2, 2019" named two cards, R82a-03).
        county = self.county_part(case)
        rivals = [other for other in alike if not county or county_key(other.county) == county_key(case.county)]
        number = []
        if day is not None and any((d := _day_of(other, True)) is not None and d.year == day.year for other in rivals):
            line = labels["conviction_on"].format(level=level, date=format_date(day, t))
            if _court_number(case) and any(_day_of(other, True) == day and county_key(other.county) == county_key(case.county)
                                           for other in rivals):
                number = [labels["case_number"].format(number=case.case_number)]
        else:
            given = day.year if day else years_alone.year_given(self.client, case, "conviction date")
            line = labels["conviction_line"].format(level=level, year=given or labels["no_year"])
        return labels["told_apart"].format(title=title, detail=" · ".join([line, *county, *number]))


# ---- one conviction -----------------------------------------------------------------


# A word typed in the code box for "none of the codes listed", not a code's name.
_NO_CODE = "other"
# A section that names its own code in letters: "18 USC 641", "NRS 205.240" (not "476a").
_NAMES_ITS_CODE = re.compile(r"[A-Za-z]{2,}")
# A subdivision in parentheses names no code, its letters roman numerals ("(b)(ii)"): read,
# "other" went from before "39-14-103(b)(ii)", a bare section as a Penal Code one reads (R63-02).
_SUBDIVISION = re.compile(r"\([^()]*\)")


def written(code: str, section: str, t: dict | None = None) -> str:
    """A citation as a client reads it: as written (`as_written`), without the code box's
    "other" before a section that names its own code.  "Conviction under other 18 USC 641"
    read as if "other" were part of the law's name (A63-03); "other 641" keeps it, as the
    section alone would read as a Penal Code one, in the page's language where texts `t` are
    given: "Condena según other 641" left an English word on a Spanish page (U63-02)."""
    if (code or "").strip().casefold() == _NO_CODE:
        if _NAMES_ITS_CODE.search(_SUBDIVISION.sub("", section or "")):
            return as_written("", section)
        if t is not None:
            return as_written(t["labels"].get("other_code", code), section)
    return as_written(code, section)


def offense_title(conv: Conviction, t: dict, unknown: str | None = None, convicted_in: int | None = None) -> str:
    """What the conviction is, in plain words: the catalog's description, or its section.
    `convicted_in`: the year its card gives where the record has no conviction day (a year
    alone told at intake, the case's judgment), for a section whose meaning changed later."""
    cite = written(conv.code, conv.section, t)
    match = _catalog_match(conv)
    offense = getattr(match, "offense", None)
    if offense is None:
        return t["unknown_offense"].format(cite=cite) if unknown is None else unknown
    translated = (t.get("offenses") or {}).get(offense.citation)
    title = _title_of_its_day(conv, offense.citation, t, convicted_in) or translated or offense.description
    acts = t.get("offense_acts") or {}
    if getattr(match, "attempt", False) and t.get("attempt"):
        # Inside a sentence the offense starts lower case: "Attempted robbery", "Tentativa de
        # robo con violencia" (finding H21-20), but an initialism stays ("DUI").  A name that
        # is no act ("Having a gun when the law forbids it", "Switchblade knife") is tried as
        # its act: "Attempt to have a gun ..." (H82-02).
        act = acts.get(offense.citation)
        title = t["attempt_act"].format(act=act) if act else t["attempt"].format(what=in_sentence(title))
    aim = conspiracy_aim(match) if match is not None else None
    if aim is not None:
        # What the conspiracy was to commit, as the engine reads it (E65-03): "Conspiracy" alone
        # named no crime the client would know as theirs (H68-03).
        target, aim_offense = aim
        if aim_offense is None:
            return t["conspiracy_cite"].format(cite=target)
        if aim_offense.citation in acts:  # "Conspiracy to commit having a gun ..." (H82-02)
            return t["conspiracy_act"].format(act=acts[aim_offense.citation])
        aim_title = (t.get("offenses") or {}).get(aim_offense.citation) or aim_offense.description
        return t["conspiracy"].format(what=in_sentence(aim_title))
    return title


def _title_of_its_day(conv: Conviction, citation: str, t: dict, convicted_in: int | None = None) -> str | None:
    """The title of a section whose meaning changed on a day (texts' offenses_by_day), by the
    law of the offense's day; None where the section has one meaning or the day is not known.
    The conviction's day stands in only when it came before the change (the offense did too),
    and so does the year of a conviction whose day is not known, when a year before the change's:
    a 1976 HS 11357(b) known by its year was titled by both laws, one forty years on (O207-01)."""
    dated = (t.get("offenses_by_day") or {}).get(citation)
    if dated is None:
        return None
    changed_on = date.fromisoformat(str(dated["changed_on"]))
    if conv.offense_date is not None:
        return dated["before" if conv.offense_date < changed_on else "since"]
    if conv.conviction_date is not None and conv.conviction_date < changed_on:
        return dated["before"]
    if conv.conviction_date is None and convicted_in is not None and convicted_in < changed_on.year:
        return dated["before"]
    return None


def level_said(case: Case, conv: Conviction, t: dict) -> str:
    """The level on a count's line: the record's, or, where the record gives none and screen()
    reads the count as a felony by its case's prison or PC 1170(h) term (E81-01), "Felony (by
    its prison sentence)": "Level not known" stood above a felony's answers (H82-01)."""
    if conv.level is None and felony_by_its_sentence(case, load_catalog()):
        return t["levels"]["felony_by_term"][case.sentence.type]
    return t["levels"][conv.level or "not_known"]


def _cite(conv: Conviction, t: dict) -> str:
    """A conviction's law on its card: as written, but a conspiracy typed under the code of its
    target ("HS 182(a)(1)/11352", a section HS does not have) as the engine reads it, "PC
    182(a)(1)/HS 11352" (E65-03; H68-03)."""
    match = _catalog_match(conv)
    read = conspiracy_read(conv.code, conv.section, match) if match is not None else None
    return read or written(conv.code, conv.section, t)


def _catalog_match(conv: Conviction):
    """The catalog's reading of the conviction's section, or None."""
    try:
        from clinic_app.catalog import load_catalog

        return load_catalog().lookup(conv.code, conv.section)
    except Exception:  # noqa: BLE001 - a missing or broken catalog must not stop a handout
        return None


def _conviction_entry(ctx: _Context, case: Case, conv: Conviction) -> RecordEntry:
    t = ctx.t
    year = ctx.convicted_in(case, conv)
    level = level_said(case, conv, t)
    day = conv.conviction_date or case.disposition_date
    detail = t["labels"]["conviction_on"].format(level=level, date=format_date(day, t)) \
        if day is not None and ctx.said_by_its_day(case) \
        else t["labels"]["conviction_line"].format(level=level, year=year or t["labels"]["no_year"])
    # Two petty thefts of one year in two counties printed as the same card twice; each is
    # filed in its own county's court (finding H22-04).
    detail = " · ".join([detail, _cite(conv, t), *ctx.county_part(case), *ctx.number_part(case)])
    granted_state, granted_where = _granted(conv, t)
    results = ctx.results(case.id, conv.id)
    if case.convictions and conv is case.convictions[0]:
        results += [d for d in ctx.results(case.id, None)  # case-level remedies (early termination) once per case
                    if not (d.remedy == "pc1203_3" and d.status == "needs_review" and ctx.probation_over_by_the_year(case))]
    options = _options(ctx, [d for d in results if not _already_done(d.remedy, conv, granted_state)],
                       settled=granted_state is not None, at_court=_before_the_court(case, conv))
    options = _one_of_two_said(ctx, _late_proof_said(ctx, _at_court(ctx, case, conv, options, granted_state)))
    if case.jurisdiction != "CA" and not granted_state:
        # Not "no relief right now": California law does not reach it at all (finding H20-09).
        state, where, column = "out_of_state", t["state"]["out_of_state"], "not_cleared"
    elif granted_state:
        state, where = granted_state, granted_where
        column = {"sealed": "sealed" if _sealed_conviction(conv) else "dismissed",
                  "reduced": "prop64" if _changed_by_prop64(conv) else "reduced"}.get(granted_state, granted_state)
        if not any(o.status in ("eligible", "eligible_on", "blocked") for o in options):
            done = Option("granted", "", "granted", t["option"]["granted" if _court_ordered(conv) else "granted_automatic"],
                          t["who"]["nobody"])
            options = (done, *options)
    else:
        state, where = _headline(ctx, options, results)
        if state == "needs_review":
            asked, options = _asked_once(ctx, options, results)
            where = asked or where
            if federal_law_in_california(case, conv) and where != t["state"]["needs_review_reviewed"]:
                # A United States Code count in a case left California's: its card read as a
                # California conviction a lawyer must look at, nothing saying it is federal law,
                # which no California court clears (K162-02; the Eligibility tab's note, K162-01).
                where = t["state"]["federal_law"].format(law=_cite(conv, t))
        if any(o.court_state == "granted" for o in options):
            # Not "You can get relief now" over "The judge said yes" (B56 review).
            where = t["state"]["granted_unrecorded"]
        elif state == "eligible" and all(o.court_state == "filed" for o in options
                                         if o.status == "eligible" and o.remedy not in AUTOMATIC):
            # Every petition open now is filed: "You can get relief now" over "Your papers were
            # filed" read as something still to ask for (P61-03).
            where = t["state"]["filed"]
        column = "not_cleared"
    return RecordEntry(case.id, conv.id, ctx.title(case, conv), detail, state, column, where,
                       (*options, *_certificate(ctx, conv), *_pardon(ctx, case, conv, state)))


def _at_court(ctx: _Context, case: Case, conv: Conviction | None, options: tuple[Option, ...],
              granted_state: str | None = None) -> tuple[Option, ...]:
    """Each option with where the petition the clinic filed for it stands with the court.

    A client whose 1203.4 petition was filed, a hearing set, still read only "You qualify
    now. The clinic can file papers ..." as if nothing was done (B56-01).  The petition is
    caseload data, not a screening fact (clinic_app.court): the option's own words, the
    engine's answer, stay as they are; the court's part is said beside them.  The petition
    that stands is the one last filed, a withdrawn one only when no other asks for it.

    A petition for relief the card offers no line of its own for (one a lawyer is to check,
    or the screening no longer finds open) gets a line of its own, the court's words alone:
    the client would not have learnt of it at all (B56-03).

    An arrest's card (`conv` None) too: a petition to seal it filed, or granted, still read "You
    qualify now. The clinic can file papers to ask the court to seal the arrest" (P123-02)."""
    if not case.petitions:
        return options
    count = conv.id if conv is not None else None
    shown = {option.remedy for option in options}
    said: set[str] = set()
    out = []
    for option in options:
        # Its own relief, or one of the same name whose line it is (`_options` says PC 1203.41
        # and 1203.42 open alike once, under the first).
        asked = {option.remedy} | {p.remedy for p in case.petitions if p.remedy not in shown
                                   and ctx.remedy(p.remedy)["name"] == option.name}
        petition = _standing([p for p in case.petitions for remedy in asked if p.asks_for(remedy, count)])
        if petition is not None:
            said.add(petition.remedy)
            option = _with_court(ctx, option, petition, ctx.denial_reviewed_on(case, count, petition))
        out.append(option)
    first = conv is None or (bool(case.convictions) and conv is case.convictions[0])
    for remedy in dict.fromkeys(p.remedy for p in case.petitions):
        if (remedy in said or (conv is not None and _already_done(remedy, conv, granted_state))
                or (remedy in CASE_LEVEL and not first)):
            continue  # a case-level relief once per case, as its line is (`_conviction_entry`)
        petition = _standing([p for p in case.petitions if p.asks_for(remedy, count)])
        if petition is not None:
            reviewed = ctx.denial_reviewed_on(case, count, petition)
            # A denial is not the court's to act on any more: its line read "Who does it: The
            # court" under "The judge said no" where the screening had no option of its own
            # for it (a 17(b) needing review, N148-03), as `_with_court` says it otherwise.
            who = _who_after_denial(ctx, reviewed) if petition.ruling == "denied" else ctx.t["who"]["court"]
            out.append(Option(remedy, ctx.remedy(remedy)["name"], "court", _court_words(ctx, petition, reviewed)
                              + _asked_after_denial(ctx, case, count, remedy, petition, reviewed, out),
                              who, ctx.remedy(remedy).get("cite", ""),
                              court_state=petition.ruling or "filed", hearing_on=petition.hearing_on,
                              denial_reviewed=reviewed is not None))
    return tuple(out)


def _before_the_court(case: Case, conv: Conviction) -> frozenset[str]:
    """The relief a petition for `conv` stands for (filed, granted or denied; not withdrawn)."""
    return frozenset(remedy for remedy in {p.remedy for p in case.petitions}
                     if (p := _standing([q for q in case.petitions if q.asks_for(remedy, conv.id)])) is not None
                     and p.ruling != "withdrawn")


def _asked_after_denial(ctx: _Context, case: Case, count: str | None, remedy: str, petition: Petition,
                        reviewed: date | None, above: Iterable[Option] = ()) -> str:
    """" A clinic lawyer must first find out ..." after a denial not reviewed yet, where the
    screening of that relief waits on a fact the client may know (Prop 47's value, P172-02: the
    line "A clinic lawyer will also check ..." that asked it is no longer said beside the denial).
    Not where a line `above` it on the card asks that fact already: a count whose level is not
    known read "First they must find out whether your conviction was a felony, ..." in "Other
    relief" and the same again under the Prop 47 denied, one line on (R176-01)."""
    if petition.ruling != "denied" or reviewed is not None:
        return ""
    waiting = [d for d in ctx.results(case.id, count) if d.remedy == remedy and d.status == "needs_review"]
    what = _asked(ctx, waiting[0]) if waiting else ""
    if not what or any(what in option.text for option in above):
        return ""
    return f' {ctx.t["option"]["needs_review_asks"].format(what=what)}'


def _with_court(ctx: _Context, option: Option, petition: Petition, reviewed: date | None = None) -> Option:
    """`option` with where its petition stands.  Filed and awaiting the judge, the engine's
    words stay ("If the facts we have are right, the judge must grant it") with the court's
    beside them.  Once the judge has ruled they are out of date: a denial read "You qualify
    now ... the judge must grant it" over "The judge said no", and "Who does it: The clinic"
    (B56 review).  So a ruling is said in their place: a denial is a lawyer's to look at (as
    the headline then says), a grant the clinic's to record on the count."""
    court = _court_words(ctx, petition, reviewed)
    state = petition.ruling or "filed"
    kept = replace(option, court_state=state, hearing_on=petition.hearing_on)
    who = ctx.t["who"]
    if state == "denied":
        return replace(kept, status="needs_review", text=court, who=_who_after_denial(ctx, reviewed),
                       denial_reviewed=reviewed is not None)
    if state == "granted":
        return replace(kept, text=court, who=who["clinic"])
    if state == "filed":
        # "The clinic can file papers" over "Your papers were filed" read as a filing still
        # to make (P61-03): what the engine found stays, said as done.
        heard = _heard(ctx, petition.hearing_on)
        # Nor "Bring proof of that reason" of a late filing once heard (R383-04).
        text = _as_filed(ctx, option, late="heard_late" if heard else "filed_late")
        if heard:
            # Not "Bring proof of your good conduct" beside "that day has passed" (H375-01), nor
            # what else the judge weighs: a fire-camp dismissal's fire-crew proof (K387-01).
            said = ctx.t["option"]
            for weighed in ("eligible_discretionary", *_WHAT_THE_JUDGE_WEIGHS.values()):
                text = text.replace(said[weighed], said["heard_discretionary"])
        return replace(kept, court=court, text=text)
    return replace(kept, court=court)


def _heard(ctx: _Context, hearing: date | None) -> bool:
    """The petition's hearing day has passed (no ruling entered, where it is asked of a filed
    one): the judge has heard it, and proof for the judge is no longer the client's to gather."""
    return hearing is not None and hearing < ctx.as_of


def _reductions_denied(ctx: _Context, felonies: list[tuple[Case, Conviction]]) -> list[date | None] | None:
    """Where the judge said no to the PC 17(b) reduction of every felony (the petition that
    stands for its count), the day the attorney reviewed each denial (None: not yet); None
    where any felony's reduction was not denied (not asked, awaiting the judge, granted)."""
    days = []
    for case, conv in felonies:
        petition = _standing([p for p in case.petitions if p.asks_for("pc17b", conv.id)])
        if petition is None or petition.ruling != "denied":
            return None
        days.append(ctx.denial_reviewed_on(case, conv.id, petition))
    return days


def _who_after_denial(ctx: _Context, reviewed: date | None) -> str:
    """Who acts after the judge said no: a clinic lawyer, to look at it; the clinic, once the
    lawyer has (`reviewed`, D64-01: not "a clinic lawyer will look"), never the client ("Who
    does it: You" under "The judge said no" read as theirs to act on, C70-03)."""
    return ctx.t["who"]["clinic" if reviewed is not None else "lawyer"]


def _as_filed(ctx: _Context, option: Option, late: str = "filed_late") -> str:
    """The option's words with "The clinic can file papers to ..." said as filed; the rest
    (the judge must grant it, or what to bring) as it was.  The action is any of the remedy's:
    a Prop 64 card says the relief its steps ask for (_asked_of), and once filed it read "can
    file papers" on beside "Your papers were filed" (S143-01).  `late`: the words of a late filing."""
    # A survivor's PC 1203.49 filed: the clinic's lawyer has weighed the "if" (Y234-02).
    return _reworded(ctx, option, (("eligible_petition", "filed_petition"),
                                   ("eligible_petition_survivor_if", "filed_petition"), ("eligible_late", late)))


def _reworded(ctx: _Context, option: Option, pairs: tuple[tuple[str, str], ...]) -> str:
    """The option's words with the first line of `pairs` they begin with (with any of the remedy's
    actions) said as the line paired with it, the rest as it was."""
    words, remedy = ctx.t["option"], ctx.remedy(option.remedy)
    # The longest first, as in _asked_of: "either"'s words begin with "dismiss"'s.
    actions = sorted((said for key, said in remedy.items() if key == "action" or key.startswith("action_")),
                     key=len, reverse=True)
    for action in actions:
        for was, now in pairs:
            said = words[was].format(action=action)
            if option.text.startswith(said):
                return words[now].format(action=action) + option.text[len(said):]
    return option.text


def _court_words(ctx: _Context, petition: Petition, reviewed: date | None = None) -> str:
    """What the client is told of one petition on the handout's day: filed on, the hearing
    set (the clinic says whether to go: the page does not), the ruling and its day; a denial
    the attorney has reviewed since (`reviewed`, its day), so; a denial, what it means."""
    t, said = ctx.t["court"], []
    ruling, on = petition.ruling, format_date(petition.ruling_on, ctx.t)
    if ruling == "denied":
        # What the "no" means, after the day and the lawyer's look (N148-02).
        no = t["denied_reviewed_on"].format(date=on, reviewed=format_date(reviewed, ctx.t)) if reviewed is not None \
            else t["denied_on" if on else "denied"].format(date=on)
        return f"{no} {t['denied_means']}"
    if ruling in ("granted", "withdrawn"):
        # The granted relief is said by the card only once a person records it on the count
        # (Conviction.relief_granted): until then the page claims none of its effects.
        return t[f"{ruling}_on" if on else ruling].format(date=on)
    said.append(t["filed"].format(date=format_date(petition.filed_on, ctx.t)))
    hearing = petition.hearing_on
    if hearing is not None and hearing >= ctx.as_of:
        said.append(t["hearing"].format(date=format_date(hearing, ctx.t)))
    elif hearing is not None:
        # The day is gone and no ruling is entered: not "will tell you if you need to go".
        said.append(t["hearing_passed"].format(date=format_date(hearing, ctx.t)))
        return " ".join(said)
    said.append(t["waiting"])
    if hearing is None:
        said.append(t["no_hearing"])
    return " ".join(said)


def _told_apart(ctx: _Context, entries: list[RecordEntry]) -> list[RecordEntry]:
    """Cards of two cases that would read alike, told apart by what the record has: the full
    date, and the court's case number where the day and the county are the same too.  Two
    petty thefts of 2015 in one county, with no case number, printed the same card twice, and
    the client could not tell which was which (finding H23-01).  Cases in more than one county
    already name their county (`_Context.county_part`); in one county it tells nothing apart.
    Counts of one case stay as they are: they share the case's day and court."""
    groups: dict[tuple[str, str], set[str]] = {}
    for entry in entries:
        groups.setdefault((entry.title, entry.detail), set()).add(entry.case)
    if all(len(cases) == 1 for cases in groups.values()):
        return entries
    cases = {case.id: case for case in ctx.client.cases}
    labels = ctx.t["labels"]
    out = []
    for entry in entries:
        alike = groups[(entry.title, entry.detail)]
        case = cases.get(entry.case)
        if len(alike) == 1 or case is None:
            out.append(entry)
            continue
        conv = next((c for c in case.convictions if c.id == entry.conviction), None)
        day = (conv.conviction_date if conv and conv.conviction_date else case.disposition_date) if entry.conviction \
            else (case.arrest_date or case.disposition_date)
        head, *rest = entry.detail.split(" · ")
        if day is not None:
            key = "conviction_on" if entry.conviction else "case_on"
            head = labels[key].format(level=level_said(case, conv, ctx.t) if conv else "",
                                      date=format_date(day, ctx.t))
        twins = [cases[other] for other in alike if other in cases]
        number = labels["case_number"].format(number=case.case_number)
        if _court_number(case) and number not in rest and len({(_day_of(c, entry.conviction is not None), county_key(c.county))
                                                            for c in twins}) < len(twins):
            rest.append(number)
        out.append(replace(entry, detail=" · ".join([head, *rest])))
    return out


def _counts_told_apart(ctx: _Context, entries: list[RecordEntry]) -> list[RecordEntry]:
    """Counts of one case that would read alike, told apart by the day of each offense where
    the record has them and they differ.  Two counts of VC 10851 printed the same card twice,
    "Unlawful taking or driving of a vehicle / Felony, 2021 · VC 10851", and the client could
    not tell which was which (finding H28-07; `_told_apart` leaves counts of one case as they
    are, as they share its day and court)."""
    alike: dict[tuple[str, str, str], list[RecordEntry]] = {}
    for entry in entries:
        if entry.conviction is not None:
            alike.setdefault((entry.case, entry.title, entry.detail), []).append(entry)
    cases = {case.id: case for case in ctx.client.cases}
    days: dict[int, date] = {}
    for group in alike.values():
        if len(group) < 2:
            continue
        convictions = {c.id: c for c in cases[group[0].case].convictions} if group[0].case in cases else {}
        offense = [getattr(convictions.get(entry.conviction), "offense_date", None) for entry in group]
        if None not in offense and len(set(offense)) == len(offense):
            days.update({id(entry): day for entry, day in zip(group, offense)})
    if not days:
        return entries
    label = ctx.t["labels"]["offense_on"]
    return [replace(entry, detail=" · ".join([entry.detail, label.format(date=format_date(days[id(entry)], ctx.t))]))
            if id(entry) in days else entry for entry in entries]


def _day_of(case: Case, conviction: bool) -> date | None:
    """The day a case's card is dated by: its first conviction's, or the arrest's."""
    if conviction:
        return next((c.conviction_date for c in case.convictions if c.conviction_date), case.disposition_date)
    return case.arrest_date or case.disposition_date


def _certificate(ctx: _Context, conv: Conviction) -> tuple[Option, ...]:
    """A certificate of rehabilitation the court already granted, said on the card: it is no
    dismissal and changes no disclosure answer, so no headline names it, and the card had left
    it out altogether (finding H22-05).  It goes to the Governor as a pardon application, and
    a DCA board may not deny a license on the conviction alone (ca-rules.md 3.17 [H];
    B&P 480(b))."""
    grants = [g for g in conv.relief_granted if g.remedy == "cor"]
    if not grants:
        return ()
    t, when = ctx.t, max((g.date for g in grants if g.date), default=None)
    text = (t["option"]["cor_granted_on"].format(date=format_date(when, t)) if when
            else t["option"]["cor_granted"])
    return (Option("cor", ctx.remedy("cor")["name"], "granted", text, t["who"]["nobody"],
                   ctx.remedy("cor").get("cite", "") + "; B&P 480(b)"),)


def _pardon(ctx: _Context, case: Case, conv: Conviction, state: str) -> tuple[Option, ...]:
    """A California felony no relief reaches: a pardon from the Governor is what may still help,
    as the screening's disclosure answer says (ca-rules.md 3.17, 4.5).  A PC 288(a) registrant's
    card ended on "Nobody: nothing to do", where the law names a road still open (X127-02).
    Not where a certificate of rehabilitation was granted: the court sent it to the Governor as
    the request for a pardon (ca-rules.md 3.17), and its line on the card says so; "Ask the clinic
    whether to apply" under it sent the client to ask again (R128-02)."""
    if state != "not_available" or case.jurisdiction != "CA" or not _unreduced_felony(case, conv):
        return ()
    if any(g.remedy == "cor" for g in conv.relief_granted):
        return ()
    t = ctx.t
    return (Option("pardon", t["option"]["pardon_name"], "referral", t["option"]["pardon"], t["who"]["pardon"],
                   "Cal. Const., art. V, sec. 8; PC 4800"),)


def _county(case: Case) -> str | None:
    """The case's county as the clinic typed it, without a trailing "County" (nor "Superior
    Court", ", CA"; "LA" by its full name: R81a-03)."""
    return county_named(case.county)


def _already_done(remedy: str, conv: Conviction, granted_state: str | None) -> bool:
    """Relief that is moot: granted already, or of a kind the conviction already has."""
    if remedy in {g.remedy for g in conv.relief_granted}:
        return True
    if granted_state == "vacated":
        return remedy in DISMISSALS | REDUCTIONS
    if granted_state in ("dismissed", "sealed"):
        # A reduction stays open after a dismissal (PC 17(b)(3) "at any time"; Meyer v.
        # Superior Court): the card said "Nothing more is needed" where the screening had
        # 17(b) open now, and the gun note beside it said a reduction can end the ban
        # (finding H21-12; ca-rules.md 3.7).  Whether it is open is the engine's answer.
        return remedy in DISMISSALS
    return granted_state == "reduced" and remedy in REDUCTIONS


def _granted(conv: Conviction, t: dict) -> tuple[str | None, str]:
    """The strongest relief already granted: vacated > sealed > dismissed > reduced."""
    for state, family in (("vacated", VACATURS), ("sealed", SEALINGS), ("dismissed", DISMISSALS),
                          ("reduced", REDUCTIONS)):
        grants = [g for g in conv.relief_granted if g.remedy in family]
        if grants:
            when = max((g.date for g in grants if g.date), default=None)
            # Reduced and then dismissed: both, or a felony's card read "Dismissed" alone and
            # the client never learnt it is a misdemeanor now (finding H21-05).
            reductions = [g for g in conv.relief_granted if g.remedy in REDUCTIONS]
            key = "reduced_dismissed" if state == "dismissed" and reductions else state
            if key in ("reduced", "reduced_dismissed") and _changed_by_prop64(conv):
                # Not "Reduced to a misdemeanor": Prop 64 may have made a misdemeanor an
                # infraction, or dismissed and sealed it, and the record keeps only "prop64"
                # (finding H21-15; HS 11361.8(e), (f)).
                key = "changed_prop64" if key == "reduced" else "changed_prop64_dismissed"
            reduced_on = max((g.date for g in reductions if g.date), default=None)
            later = {"reduced_dismissed": "dismissed_reduced", "changed_prop64_dismissed": "dismissed_changed_prop64"}
            if key in later and when and reduced_on and reduced_on > when:
                # Reduced after the dismissal (PC 17(b)(3) "at any time"): not "Reduced to a
                # misdemeanor, then dismissed on" the dismissal's day, which told the client
                # it was a misdemeanor years before it was (finding H22-01).
                key, when = later[key], reduced_on
            if state == "sealed" and _sealed_conviction(conv):
                key = "sealed_conviction"  # what the sealing means, not "Sealed." alone (H21-16)
            if when:
                return state, t["state"][f"{key}_on"].format(date=format_date(when, t))
            return state, t["state"][key]
    return None, ""


def _court_ordered(conv: Conviction) -> bool:
    """Whether a court ordered relief recorded on the conviction: the DOJ's own (PC 1203.425)
    comes with no order for the client to keep, only "relief granted" on the record."""
    return any(g.remedy not in AUTOMATIC for g in conv.relief_granted)


def _changed_by_prop64(conv: Conviction) -> bool:
    """Whether Prop 64 is the only reduction granted: what it did to the conviction (a lesser
    offense, or dismissed and sealed) is not in the record (HS 11361.8; finding H21-15)."""
    remedies = {g.remedy for g in conv.relief_granted}
    return "prop64" in remedies and not remedies & (REDUCTIONS - {"prop64"})


def _sealed_conviction(conv: Conviction) -> bool:
    """Whether the court sealed the conviction itself under PC 1203.45: it, its arrest and its
    records are deemed not to have occurred (ca-rules.md 3.13)."""
    return any(g.remedy == "pc1203_45" for g in conv.relief_granted)


def _options(ctx: _Context, results: Iterable[Determination], settled: bool = False,
             at_court: frozenset[str] = frozenset()) -> tuple[Option, ...]:
    """The relief worth telling the client about, best first, one line each.

    `settled`: relief was already granted, so anything still open is a side road.
    `at_court`: the relief a petition for the count stands for, which `_at_court` says by where
    the court stands, so it is not among what "a clinic lawyer will also check" (P172-02).
    """
    rows = [d for d in results if d.status in STATUS_RANK]
    # Where nothing is open, the one line kept is the dismissal the law bars (PC 1203.4(b)), the
    # client's own question: a PC 288 registrant's card had said only "Making it a misdemeanor:
    # The law does not allow this relief", of a straight felony, and nothing of the dismissal (X127-01).
    rows.sort(key=lambda d: (STATUS_RANK[d.status],
                             ASKED_FIRST.index(d.remedy)
                             if d.remedy in ASKED_FIRST and d.status not in ("needs_review", "not_eligible")
                             else len(ASKED_FIRST),
                             REMEDY_ORDER.index(d.remedy) if d.remedy in REMEDY_ORDER else 99))
    dismissals = [d for d in rows if d.remedy in PETITION_DISMISSALS]
    barred = dismissals[0] if dismissals and all(d.status == "not_eligible" for d in dismissals) else None
    if any(d.status != "not_eligible" for d in rows):
        rows = [d for d in rows if d.status != "not_eligible"]
    else:
        rows = rows[:1]
    # Where a path is already open, the "a lawyer must check" rows are side roads: one line.
    actionable = settled or any(d.status in ("eligible", "eligible_on", "blocked") and d.remedy not in CASE_LEVEL
                     for d in rows)
    # Where only a lawyer's check is left (automatic relief for a VC 2800 misdemeanor, an open
    # question), the dismissal the law bars is said too: "A lawyer must look at it first" alone
    # let the client hope a court would dismiss it (PC 1203.4(b); X127-04).
    barred = barred if barred is not None and not actionable and barred not in rows else None
    review = [d for d in rows if d.status == "needs_review"] if actionable else []
    out: list[Option] = []
    seen: dict[tuple[str, str], int] = {}
    for d in rows:
        if d in review:
            continue
        option = _option(ctx, d)
        same = seen.get((option.name, option.text))
        if same is None:
            seen[(option.name, option.text)] = len(out)
            out.append(option)
        else:
            # One line for the client, every statute for the attorney: 1203.41 and 1203.42
            # both open read alike, and 1203.42 had vanished from the card (ca-rules.md 3.4:
            # offer both).
            out[same] = replace(out[same], cite=_join_cites([out[same].cite, option.cite]))
    # Not a name the card already offers: "Dismissal (expungement): You qualify now" and then
    # "A clinic lawyer will also check if this fits: Dismissal (expungement)" (PC 1203.41
    # open, PC 1203.42 to review) read as a contradiction (finding H21-02).
    shown = {option.name for option in out}
    review = [d for d in review if ctx.remedy(d.remedy)["name"] not in shown and d.remedy not in at_court]
    if review:
        # Each as said in a sentence, not the card's heading: "check if this fits: Automatic
        # relief or Making it a misdemeanor" read as two headings run into the line (H68-01).
        names = list(dict.fromkeys(_said_in_review(ctx, d.remedy, review) for d in review))
        cites = _join_cites(ctx.remedy(d.remedy).get("cite", "") for d in review)
        # "A, B or C", as a list is said: "Desestimación (expungement), Reducirla a delito
        # menor." read as one long name, or as one cut off (R46-10).
        said = _one_of(names, ctx.t)
        # The one fact of the record they all wait on, in plain words (W80-02): the card had
        # said it nowhere, though the lawyer's check is that fact.
        asked = {_asked(ctx, d) for d in review}
        what = asked.pop() if len(asked) == 1 else ""
        text = ctx.t["option"]["also_review_asks"].format(names=said, what=what) if what else \
            ctx.t["option"]["also_review"].format(names=said)
        reviewed = [ctx.reviewed_on(d) for d in review]
        done = None not in reviewed
        if done:
            # Every one the lawyer has looked at, on these facts (A160-01): not "will also check".
            text = ctx.t["option"]["also_reviewed"].format(names=said, reviewed=format_date(max(reviewed), ctx.t))
        elif not what:
            text = _facts_some_wait_on(ctx, review, text)
        if any(d.remedy == "cor" for d in review):
            # The certificate needs California residence (ca-rules.md 3.17 [H]), said on its own
            # card where it is open (O155-02): a client moving away read of it here without it.
            text = f'{text} {ctx.t["option"]["cor_in_california"]}'
        out.append(Option("other", ctx.t["remedies"]["other"]["name"], "needs_review", text,
                          ctx.t["who"]["clinic" if done else "lawyer"], cites, reviewed=done))
    if barred is not None:
        out.append(_option(ctx, barred))
    return tuple(out)


def _facts_some_wait_on(ctx: _Context, review: list[Determination], text: str) -> str:
    """`text` with the one fact of the record some of `review` wait on, said of them, where the
    others wait on a lawyer's question alone: Prop 64's amount beside automatic relief's open
    question was said nowhere on the card (P165-03), as W80-02 says it where all wait on it.
    Each named as said among those that wait: "For reducing it to a misdemeanor (under one of two
    laws)" had a PC 459's open hours wait on 17(b) too, though only Prop 47 turns on them (K177-01).
    Two facts, each of its own: a burglary's degree for 17(b) beside the open hours for Prop 47
    (H434-02), each said of those that wait on it."""
    waiting = [d for d in review if _asked(ctx, d)]
    facts = dict.fromkeys(_asked(ctx, d) for d in waiting)
    for what in facts:
        group = [d for d in waiting if _asked(ctx, d) == what]
        names = _one_of(list(dict.fromkeys(_said_in_review(ctx, d.remedy, group) for d in group)), ctx.t)
        text = f'{text} {ctx.t["option"]["also_review_asks_for"].format(names=names, what=what)}'
    return text


# The dismissals that follow a Prop 64 change of a probation or fine-only conviction (ca-rules.md 7:
# proposition relief first, then a probation case to PC 1203.4).  Not PC 1203.41 or 1203.42 after
# a jail or prison term: which dismissal reaches that term once it is a misdemeanor is unsettled
# (the attorney weighs the order, as Prop 47's step says), so the card says nothing of an order.
_AFTER_PROP_64 = frozenset({"pc1203_4", "pc1203_4a"})


def _prop64_to_ask_first(ctx: _Context, d: Determination) -> Determination | None:
    """The Prop 64 result of `d`'s conviction where that relief is open now and not yet asked
    of the court; None otherwise."""
    if _prop64_before_the_court(ctx, d):
        return None
    return next((r for r in ctx.results(d.case, d.conviction) if r.remedy == "prop64" and r.status == "eligible"), None)


def _prop64_before_the_court(ctx: _Context, d: Determination) -> bool:
    """True where a Prop 64 petition for `d`'s own conviction stands (filed or ruled on): one
    filed for the other count of a two-count case left this one's dismissal line silent on
    the order, though its Prop 64 change was still to ask for (R195-01)."""
    count = ctx.count_of(d)
    return count is None or "prop64" in _before_the_court(*count)


def _one_of_two(option: Option) -> bool:
    """A misdemeanor reduction open and not yet filed: with the other one open too, the lawyer
    chooses between them (J125-03)."""
    return option.remedy in MISDEMEANOR_REDUCTIONS and option.status in ("eligible", "eligible_on") and not option.court_state


def _one_of_two_said(ctx: _Context, options: tuple[Option, ...]) -> tuple[Option, ...]:
    """17(b) and Prop 47 both open make the felony a misdemeanor alike, and one is filed (the
    screening's "the attorney picks one"): two lines had read as two things the clinic would
    do (J125-03).  Said after the second, once the court's part is known (`_at_court`): with
    one of them filed, the lawyer has chosen, and "A clinic lawyer will choose one of them"
    beside "The clinic filed papers" read as a choice still to make (R126-01)."""
    both = [i for i, o in enumerate(options) if _one_of_two(o)]
    if len(both) == 1:
        return _other_way_said(ctx, options, options[both[0]])
    if len(both) != 2:
        return options
    later = options[both[1]]
    # A late Prop 47's "If a clinic lawyer chooses Prop 47, bring proof" (`_late_proof_said`) is
    # said after the choice it waits on, not before it (R275-02).
    text = _reworded(ctx, later, (("eligible_late_if_chosen", "eligible_late_one_of_two"),))
    said = replace(later, text=text if text != later.text else f'{later.text} {ctx.t["option"]["one_of_two_misdemeanor"]}')
    return (*options[:both[1]], said, *options[both[1] + 1:])


def _lawyer_decides(options: tuple[Option, ...]) -> bool:
    """Whether the lawyer is still to decide whether to ask for a misdemeanor reduction open on
    the card: the other open too (J125-03), or the other denied (G261-01)."""
    open_ = [o for o in options if _one_of_two(o)]
    return len(open_) >= 2 or len(open_) == 1 and any(_denied_other_way(o, open_[0]) for o in options)


def _late_proof_if_chosen(option: Option, options: tuple[Option, ...]) -> bool:
    """Whether proof of a good reason to ask late (Prop 47 past its deadline) is asked for only if
    a clinic lawyer chooses that way: the lawyer still decides among `options`, the card's."""
    return option.mode == "good_cause" and _lawyer_decides(options)


def _late_proof_said(ctx: _Context, options: tuple[Option, ...]) -> tuple[Option, ...]:
    """A late Prop 47's "Bring proof of that reason" said with the to-do list's "if" where the
    lawyer decides: beside a 17(b) the judge denied, the card said it outright, under the denial's
    "A clinic lawyer will decide whether to ask for it" and over the list's "If a clinic lawyer
    chooses Prop 47" (K269-01).  After `_at_court`: filed, it is no longer one to choose; before
    `_one_of_two_said`, which says the choice before the "if" where both are open."""
    return tuple(replace(o, text=_reworded(ctx, o, (("eligible_late", "eligible_late_if_chosen"),)))
                 if _late_proof_if_chosen(o, options) else o for o in options)


def _denied_other_way(option: Option, open_: Option) -> bool:
    """`option` is the other misdemeanor reduction than `open_`, and the judge said no to it."""
    return option.remedy in MISDEMEANOR_REDUCTIONS and option.remedy != open_.remedy and option.court_state == "denied"


def _other_way_said(ctx: _Context, options: tuple[Option, ...], open_: Option) -> tuple[Option, ...]:
    """The judge said no to one misdemeanor reduction, and the other is open, not yet filed: the
    denial names it.  The card had read the "no" and "A clinic lawyer will look at what can be
    done next" beside the other's "You qualify now", a no and a yes to one change (G261-01)."""
    said = ctx.t["option"]["other_way_misdemeanor"].format(name=open_.name)
    return tuple(replace(o, text=f"{o.text} {said}") if _denied_other_way(o, open_) else o for o in options)


# Two reliefs that read alike in a sentence: both in the lawyer's list, they are said once
# ("reducing it to a misdemeanor (under one of two laws)"), not "reducing it to a misdemeanor
# or reducing it to a misdemeanor under Prop 47" (Z116-01).
_SAID_TOGETHER = {"pc17b": "also_review_misdemeanor", "prop47": "also_review_misdemeanor"}


def _said_in_review(ctx: _Context, remedy: str, review: list[Determination]) -> str:
    """How `remedy` is said in the list of what a lawyer will also check: its own words, or
    those it shares with another relief of the same kind in the list."""
    key = _SAID_TOGETHER.get(remedy)
    if key and len({d.remedy for d in review if _SAID_TOGETHER.get(d.remedy) == key}) > 1:
        return ctx.t["option"][key]
    return ctx.remedy(remedy)["said"]


# What the judge weighs, where the rules name more than good conduct: PC 1203.49 turns on proof
# that the PC 647(b) conviction came from being trafficked (ca-rules.md 3.16; finding H31-01),
# PC 1203.4b on having done well on a hand crew in custody (3.14; H31-06).
_WHAT_THE_JUDGE_WEIGHS = {"pc1203_49": "eligible_survivor", "pc1203_4b": "eligible_fire_camp"}


def _unfinished_on_probation(ctx: _Context, d: Determination) -> list[str]:
    """The conditions a probation now over (not ended early) left unfinished in the case of `d`,
    each quoted as typed (none: [], or where the dismissal would be the judge's had they been
    done): what leaves the screening's PC 1203.4 to the judge's discretion ("The record shows
    conditions not completed", pc1203_4.py)."""
    case = ctx.case_of(d)
    p = case.sentence.probation if case is not None and case.sentence is not None else None
    if p is None or p.early_termination is not None or probation_active(p, ctx.as_of) is not False:
        return []
    open_ = case.open_conditions(ctx.as_of)
    # Unpaid restitution is no unfinished condition since SB 1106 (PC 1203.4(c)(3)(B), ca-rules.md
    # 2.3): "you did not finish “Pay restitution ...”: that is why it is up to the judge" stood on
    # the page that says it "does not stop a dismissal" (R183-01).
    unfinished = [ctx.t["tasks"]["quoted"].format(label=c.label.strip()) for c in open_
                  if not (c.about_restitution and ctx.as_of >= SB1106_EFFECTIVE)]
    if not unfinished or _judges_had_they_been_done(ctx, case, open_, d):
        return []
    return unfinished


def _judges_had_they_been_done(ctx: _Context, case: Case, open_: list, d: Determination) -> bool:
    """Whether the screening would still leave `d`'s PC 1203.4 to the judge had the conditions
    `open_` of `case` been done: then they are not "why it is up to the judge".  A violation or a
    DUI leaves it to the judge all the same, and "If the court excused it, tell the clinic"
    promised what an excuse would not change (R183-02).  Where the route would then turn on a
    fact to find out (were the unpaid fines a condition?), the conditions are why it is the
    judge's now.  The screening's own rules, asked again, not copied here."""
    done = replace(case, conditions=[replace(c, completed_on=ctx.as_of) if any(c is o for o in open_) else c
                                     for c in case.conditions])
    again = screen(ctx.client.person, [done if c is case else c for c in ctx.client.cases], ctx.as_of)
    return any(r.remedy == d.remedy and r.case == d.case and r.conviction == d.conviction
               and r.status == "eligible" and r.mode == "discretionary" for r in again.results)


def _sooner_by_ending_early(ctx: _Context, d: Determination) -> bool:
    """Whether the screening says that ending `d`'s own case's probation early (PC 1203.3, open
    now in that case) lets the petition be filed at once: not where it "still waits"."""
    opens_at_once = any(step in (EARLY_TERMINATION_STEP, EARLY_TERMINATION_STEP_VC12810) for step in d.next_steps)
    return opens_at_once and any(r.remedy == "pc1203_3" and r.status == "eligible" for r in ctx.results(d.case, None))


def _sooner_pointed(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """A dismissal's "(see “Ending probation early”)" (`_sooner_by_ending_early`) on a card other
    than the one that line is on names that card, as `option.sooner` does: the case-level line is
    on the case's first card only, so a burglary's card pointed to a line on the petty theft's
    card above it, a page back (R206-01)."""
    name = ctx.remedy("pc1203_3")["name"]
    plain = ctx.t["option"]["sooner_on_this_card"].format(name=name)
    holders = {entry.case: entry for entry in record
               if any(o.remedy == "pc1203_3" and o.status == "eligible" for o in entry.options)}
    named = _named_apart(ctx, record)

    def pointed(entry: RecordEntry) -> RecordEntry:
        holder = holders.get(entry.case)
        if holder is None or holder is entry or not any(plain in o.text for o in entry.options):
            return entry
        under = ctx.t["option"]["sooner_on_its_card"].format(name=name, title=named(holder))
        return replace(entry, options=tuple(replace(o, text=o.text.replace(plain, under)) for o in entry.options))

    return [pointed(entry) for entry in record]


def _survivor_vacate(ctx: _Context, d: Determination) -> str:
    """A PC 236.14 / 236.15 vacatur open now: said as coming from what was done to the client
    where the count is marked so, as an "if" where only the client is marked a survivor (the
    screening leaves that link to the attorney, Z141-03); then what it does (Z141-01)."""
    text_of = ctx.t["option"]
    return f'{text_of[_survivor_opening(ctx, d)]} {text_of["vacate_survivor_does"]}'


def _survivor_opening(ctx: _Context, d: Determination) -> str:
    """The key of a survivor's vacatur's first words: the count marked a result of what was
    done to the client, or only the client marked a survivor."""
    return "eligible_vacate_survivor" if _marked_a_result(ctx, d) else "eligible_vacate_survivor_if"


def _marked_a_result(ctx: _Context, d: Determination) -> bool:
    """Whether `d`'s count is marked a result of what was done to the client (trafficking or
    partner violence), not only the client marked a survivor."""
    count = ctx.count_of(d)
    return count is not None and count[1].trafficking_related


def _option(ctx: _Context, d: Determination) -> Option:
    t, remedy = ctx.t, _asked_of(ctx, d)
    text_of, who = t["option"], t["who"]
    automatic = d.mode == "automatic" or d.remedy in AUTOMATIC
    when = format_date(d.date, t)
    if d.status == "eligible" and automatic:
        text, by = text_of["eligible_automatic"], who["doj"]
    elif d.status == "eligible" and d.remedy in VACATURS:
        # PC 236.14 is not about immigration (a citizen was told it "can matter a lot for
        # immigration"): it cancels what being trafficked or abused led to, and seals the
        # records (ca-rules.md 3.16; finding H21-08).
        # A lawyer the clinic helps find, as the line says: not "A clinic lawyer" (H36-01).
        text, by = (_survivor_vacate(ctx, d) if d.remedy == "pc236_14" else text_of["eligible_vacate"]), who["referral"]
    elif d.status == "eligible" and d.mode == "good_cause":
        # Past the filing deadline (Prop 47 after 2022-11-04): not "You qualify now" alone
        # (hand-out check H19-06); the court must first accept a good reason for the delay.
        text, by = text_of["eligible_late"].format(action=remedy["action"]), who["clinic"]
    elif d.status == "eligible":
        mode = "eligible_mandatory" if d.mode == "mandatory" else _WHAT_THE_JUDGE_WEIGHS.get(d.remedy, "eligible_discretionary")
        # PC 1203.49 of a count only its client is marked a survivor for: whether it came from
        # being trafficked "is for the attorney to confirm", and "You qualify now" told it as
        # settled, under the vacatur's "If this conviction came from ..." on the same card (Y234-02).
        petition = ("eligible_petition_survivor_if" if d.remedy == "pc1203_49" and not _marked_a_result(ctx, d)
                    else "eligible_petition")
        text = f'{text_of[petition].format(action=remedy["action"])} {text_of[mode]}'
        if mode == "eligible_discretionary" and d.remedy == "pc1203_4" and (unfinished := _unfinished_on_probation(ctx, d)):
            # The screening leaves a dismissal to the judge because a condition was not finished:
            # "The judge decides" alone did not say what stood in the way (D179-02).
            said = text_of["unfinished_conditions_many" if len(unfinished) > 1 else "unfinished_conditions"]
            text = f'{text} {said.format(label=_and_listed(ctx.t["tasks"], unfinished))}'
        if d.remedy in _AFTER_PROP_64 and (prop64 := _prop64_to_ask_first(ctx, d)) is not None:
            # Proposition relief is asked first, the dismissal after it (ca-rules.md 7, as the
            # worksheet orders them, J125-02): two "You qualify now" lines on one card read as
            # two filings at once, and the dismissal as needed even where Prop 64 seals it (Q191-02).
            # Where Prop 64 only makes it a lesser offense (HS 11359), "If the court does not
            # dismiss it then" spoke of a dismissal that change never gives (R195-03).
            lesser = _prop64_asked(prop64) == "redesignate"
            text = f'{text} {text_of["after_prop64_lesser" if lesser else "after_prop64"]}'
        if d.remedy == "prop64" and ctx.as_of >= DOJ_REVIEW_BY and not _prop64_before_the_court(ctx, d):
            # The screening says DOJ listed it for automatic review (AB 1793, HS 11361.9;
            # ca-rules.md 3.9 [M]) and checks the court record first: "You qualify now" alone
            # read as papers still to file for a conviction the court may have changed (M140-01).
            # Not once a petition for it stands: "The clinic filed papers ..." went on "The clinic
            # will check with the court before it files anything" (R195-01).
            text = f'{text} {text_of["prop64_reviewed"]}'
        by = who["clinic"]
    elif d.status == "eligible_on" and automatic:
        text, by = text_of["eligible_on_automatic"].format(date=when), who["doj"]
    elif d.status == "eligible_on":
        text = text_of["eligible_on_petition"].format(date=when, action=remedy["action"])
        if _sooner_by_ending_early(ctx, d):
            # A felony's dismissal waiting on its own probation, "Ending probation early: You
            # qualify now" just above it: "Come back then" read as the only way (E201-02); the
            # screening's step says an early end opens the dismissal at once (ca-rules.md 3.1).
            text = f'{text} {text_of["sooner_on_this_card"].format(name=ctx.remedy("pc1203_3")["name"])}'
        # The client's part is to come back; the clinic files: "Who does it: You" read as "you
        # file the papers yourself" (finding H36-01).
        by = who["come_back"]
    elif d.status == "blocked" and automatic and d.date:
        text, by = text_of["eligible_on_automatic"].format(date=when), who["doj"]
    elif d.status == "blocked" and automatic:
        # Not "Who does it: You" beside automatic relief: the client only has to get past the
        # problem (end of parole, an open case); the DOJ acts without papers after that, on
        # the felony path only four years later (finding H21-07: "After that, the DOJ may do
        # it" read as at once).
        felony_path = any(FELONY_PATH in r.cite for r in d.reasons)
        # A day the causes' own days already reach says nothing more: "your probation must end
        # (it ends on March 1, 2027)", then "only after March 2, 2027".
        after = _after_the_bar(d, max([ctx.as_of, *(b.until for b in ctx.bars if b.until is not None)]))
        # And the day relief would follow from once the bar lifts, where the screening gives
        # one (H75-02: a felony judged 2024 with an open case read "After that, the DOJ may do
        # it on its own", the screening's 2028-01-02 dropped); where that day differs by a
        # level the record does not give, that a lawyer will tell it, not a guess.
        key = ("blocked_automatic_then_wait" if felony_path and ctx.sentence_running(d.case) else
               "blocked_automatic_by_level" if after is _BY_LEVEL else
               "blocked_automatic_after" if after is not None else "blocked_automatic")
        text, by = _blocked_text(ctx, key, format_date(after, t) if isinstance(after, date) else ""), who["doj"]
    elif d.status == "blocked" and d.remedy in VACATURS:
        # What the engine says of a motion to vacate while the client is in custody for the
        # conviction (probation counts: ca-rules.md 3.15, pc1473_7): not before that custody
        # ends, a lawyer's motion the judge decides even then, immigration counsel now, habeas
        # while it lasts.  "This has to wait until ... Then come back to the clinic" read as
        # "the conviction can be cancelled once probation ends" (finding H36-03).
        text = text_of["blocked_vacate"].format(date=when) if d.date else text_of["blocked_vacate_undated"]
        by = who["referral"]
    elif d.status == "blocked":
        # A day that is the one the bars lift on says what they are: two felonies whose own
        # probation had ended read only "This has to wait until May 2, 2027", the probation of
        # another case that the day comes from said nowhere on the card (finding H28-06).
        # A later day (the remedy's own wait outlasts the bars, S28-07) is said alone, as before.
        # A bar with no day whose relief would follow only from a later one, once it lifts (a
        # misdemeanor's year from judgment, PC 1203.4a): that day too, as for automatic relief
        # (H75-03: "Then come back to the clinic" had the client come back as soon as the case ended).
        after = None if d.date else _after_the_bar(d, max([ctx.as_of, *(b.until for b in ctx.bars if b.until is not None)]))
        key = ("blocked_until_cause" if d.date and d.date == lifts_on(ctx.bars) else
               "blocked_until" if d.date else
               "blocked_then_wait" if d.remedy in WAIT_AFTER_SENTENCE and ctx.sentence_running(d.case) else
               "blocked_by_level" if after is _BY_LEVEL else
               "blocked_until_cause" if after is not None else "blocked")
        if isinstance(after, date):
            when = format_date(after, t)
        # As for a day to wait for (H36-01): the client comes back, the clinic files.
        text, by = _blocked_text(ctx, key, when), who["come_back"]
    elif d.status == "needs_review":
        # What the lawyer must find out, where it is a fact of the record: in plain words in the
        # text, not as a source beside "Who does it" (W80-02).
        asked = _asked(ctx, d)
        text = text_of["needs_review_asks"].format(what=asked) if asked else text_of["needs_review"]
        by = who["lawyer"]
        if (reviewed := ctx.reviewed_on(d)) is not None:
            # The lawyer has looked, on these facts: what comes of it is the clinic's to say.
            text, by = text_of["needs_review_reviewed"].format(reviewed=format_date(reviewed, t)), who["clinic"]
    else:
        # Why, where it is the registration the conviction requires (V170-02).
        registered = any(r.cite == REGISTRANT_PRISON_BAR for r in d.reasons)
        # Of an arrest, as an arrest: a sealing before PC 851.91 began said "for this conviction"
        # on the card of an arrest with none (K322-03).
        arrest = d.conviction is None and not next(c for c in ctx.client.cases if c.id == d.case).convictions
        key = "not_eligible_registrant" if registered else "not_eligible_arrest" if arrest else "not_eligible"
        text, by = text_of[key], who["nobody"]
    if d.status in ("eligible", "eligible_on") and d.remedy in text_of["does"]:
        # What it does, where nothing else on the page says it: the effects speak of a
        # dismissal, and "ask the court to seal it" left sealing unexplained (H31-02).
        text = f'{text} {text_of["does"][d.remedy]}'
    cites = [remedy.get("cite", "")] + [_cite_said(ctx, r.cite) for r in d.reasons if r.cite not in t["record_asked"]]
    return Option(d.remedy, remedy["name"], d.status, text, by, _join_cites(cites), d.mode,
                  reviewed=d.status == "needs_review" and ctx.reviewed_on(d) is not None)


# The bar on PC 1203.41's state-prison route for a conviction that requires PC 290 registration,
# as the engine cites it where that is why relief is closed.
REGISTRANT_PRISON_BAR = "PC 1203.41(a)(6)"


def _asked_of(ctx: _Context, d: Determination) -> dict:
    """The words of `d`'s relief, its `action` the one its steps ask the court for: Prop 64's
    card said "reduce or dismiss it" of every conviction, so a possession for sale, which can
    only be made a misdemeanor, read as one Prop 64 could dismiss (M140-02)."""
    remedy = ctx.remedy(d.remedy)
    if d.remedy == "prop64" and (outcome := _prop64_made(d)) is not None:
        return {**remedy, "action": remedy[f"action_{outcome}"]}
    return remedy


def _prop64_made(d: Determination) -> str | None:
    """What Prop 64's steps in `d` ask the court for (`_prop64_asked`), a redesignation said by
    the one lesser offense the screening's reason names ("redesignate_misdemeanor"): "(a
    misdemeanor or an infraction)" offered a possession for sale an infraction HS 11359(b)
    rules out (P165-01)."""
    outcome = _prop64_asked(d)
    if outcome == "redesignate":
        made = {REDESIGNATED_AS[r.cite] for r in d.reasons if r.cite in REDESIGNATED_AS}
        if len(made) == 1:
            outcome = f"redesignate_{made.pop()}"
    return outcome


def _prop64_asked(d: Determination) -> str | None:
    """Which relief (a key of prop64.RELIEF_ASKED) Prop 64's steps in `d` ask the court for;
    None where no step names one (a result that waits, or is not open)."""
    # The longest first: "either"'s words begin with "dismiss"'s.
    for outcome, relief in sorted(RELIEF_ASKED.items(), key=lambda item: -len(item[1])):
        if any(relief in step for step in d.next_steps):
            return outcome
    return None


def _asked(ctx: _Context, d: Determination) -> str:
    """The facts of the record a lawyer must find out for `d`, in the client's words ("whether
    your conviction was a felony, a misdemeanor or an infraction"): the reasons whose source is
    the client's record (record_asked); "" where none is."""
    said = ctx.t["record_asked"]
    asked = dict.fromkeys(said[r.cite] for r in d.reasons if r.cite in said)
    # A missing fact the client may know, named by its FORMAT.md path: Prop 64's amount had
    # been asked nowhere on the card (M140-04).
    facts = ctx.t["option"]["facts_asked"]
    # Not a fact of another case: "whether you finished every part of your sentence" on a card
    # waiting on another case's sentence read as its own (H375-04).
    asked.update(dict.fromkeys(facts[path.rsplit(".", 1)[-1]] for path in d.missing_facts
                               if path.rsplit(".", 1)[-1] in facts and _of_its_case(path, d.case)))
    if f"{d.conviction}].section" in " ".join(d.missing_facts):
        # The subdivision or degree, asked in the client's words where one question settles it:
        # a burglary's degree is whether it was a home, which the client knows; the card said
        # only that a lawyer "will also check" (H434-02).
        conv = next((conv for case in ctx.client.cases if case.id == d.case for conv in case.convictions
                     if conv.id == d.conviction), None)
        section = None if conv is None else re.match(r"[0-9.]+", conv.section or "")
        if section is not None and f"section_{section[0]}" in facts:
            asked[facts[f"section_{section[0]}"]] = None
    # An amount the record gives but the screening doubts is a step's check, not a missing fact:
    # a 1996 HS 11357(b) with 40 g (the section was 28.5 g or less) read only that a lawyer "will
    # also check" Prop 64, the amount they must find out said nowhere (Q191-03).
    checked = (field for step in d.next_steps if step.startswith(CHECK_THE_RECORD) for field in fields_checked(step))
    asked.update(dict.fromkeys(facts[field] for field in checked if field in facts))
    if said.get(_LEVEL_ASKED) in asked and _a_wobbler(ctx, d):
        # A burglary is a felony or a misdemeanor, never an infraction: "whether your
        # conviction was a felony, a misdemeanor or an infraction" asked a client a question
        # the law had already answered in part (R81b; H82-03).
        asked = {ctx.t["level_asked_wobbler"] if what == said[_LEVEL_ASKED] else what: None for what in asked}
    return ctx.t["option"]["asked_and"].join(asked)


def _of_its_case(path: str, case: str) -> bool:
    """Whether a missing fact's FORMAT.md path is of `case`, or of no case (the person's, or the
    determination's own, unprefixed): "cases[c2].sentence.completed" is not of case c1."""
    m = _CASE_PATH.match(path)
    return m is None or m["case"] == case


_CASE_PATH = re.compile(r"^cases\[(?P<case>[^\]]*)\]\.")


# The screening's source for a conviction's level, a fact of the record (W80-02).
_LEVEL_ASKED = "The client's record (level of conviction)"


def _a_wobbler(ctx: _Context, d: Determination) -> bool:
    """True where `d` is of one conviction the offense catalog calls a wobbler (a felony or a
    misdemeanor only), its attempt too; not a conspiracy, which the catalog reads by its aim."""
    count = ctx.count_of(d)
    match = _catalog_match(count[1]) if count is not None else None
    offense = getattr(match, "offense", None)
    return bool(offense is not None and offense.wobbler and conspiracy_aim(match) is None)


def _asked_once(ctx: _Context, options: tuple[Option, ...], results: list[Determination],
                state: str = "needs_review_asks") -> tuple[str | None, tuple[Option, ...]]:
    """Where two or more options of a card wait on a lawyer finding out the same fact of the
    record, and no option waits on anything else, the fact said once, on the card's "Where it
    stands" line, and each of those options pointing at it: five options each saying "whether
    your conviction was a felony, a misdemeanor or an infraction" made a client read one
    sentence five times (W80-02), and so did a card whose "Ending probation early" did not wait
    (R81b-04).  An option that does not wait reads as before.  (None, options) otherwise.
    `state`: the "Where it stands" words' key (an arrest's says "No conviction", H429-01)."""
    waiting = [o for o in options if o.status == "needs_review"]
    if len(waiting) < 2:
        return None, options
    asked = {_asked(ctx, d) for d in results if d.status == "needs_review" and d.remedy in {o.remedy for o in waiting}}
    what = asked.pop() if len(asked) == 1 else ""
    said = ctx.t["option"]["needs_review_asks"].format(what=what)
    if not what or any(o.text != said for o in waiting):
        return None, options
    return ctx.t["state"][state].format(what=what), \
        tuple(replace(o, text=ctx.t["option"]["needs_review_asked_above"]) if o.status == "needs_review" else o
              for o in options)


# A motion to vacate's line, whose words are mostly about the person (immigration counsel now,
# habeas meanwhile, the judge's hearing), not about the conviction: said in full once.
_VACATE_SAID_ONCE = ("blocked_vacate", "blocked_vacate_undated", "eligible_vacate")
# A survivor's vacatur says what it does after either opening (the count marked, or only the
# client): one line to say once, whichever opening comes first; a survivor with one count marked
# and another not had it whole on both (R145-01).
_SAID_AS_ONE = {"eligible_vacate_survivor_if": "eligible_vacate_survivor"}


def _vacatur_said_once(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """The first card offering a motion to vacate says its line in full; a later card whose line
    is the same kind ("only once you are no longer in custody for it ... not before April 27,
    2029 ... talk to an immigration lawyer now ... a habeas petition") says what is its own
    (this conviction too, the day its custody ends) and points to that card.  Seven lines,
    five of them about the person, were printed whole on three cards of one Spanish handout
    (client 1910 of the seed-86 demo, H86's "Left alone"; H89-01).  A line the court's
    papers changed (a motion filed) is not one of these and reads as before."""
    said = ctx.t["option"]
    first: dict[tuple[str, str], RecordEntry] = {}
    named = _named_apart(ctx, record)
    out = []
    for entry in record:
        options = []
        for option in entry.options:
            key, when = _vacate_key(ctx, entry, option) if option.remedy in VACATURS else (None, "")
            line = (option.remedy, _SAID_AS_ONE.get(key, key))
            if key is None:
                options.append(option)
            elif line not in first:
                first[line] = entry
                options.append(option)
            else:
                title = named(first[line])
                options.append(replace(option, text=said["again"][key].format(date=when, title=title)))
        out.append(replace(entry, options=tuple(options)) if options != list(entry.options) else entry)
    return out


def _proof_said_once(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """The first relief the judge weighs on good conduct says it in full, "The judge decides.
    Bring proof of your good conduct, like letters, pay stubs or class papers."; a later one says
    that the same proof helps there too: the one sentence about the person's conduct was printed
    on every card with a dismissal or an early end of probation open (twice in client 1914's
    handout, up to nine times in a long record), beside the checklist's "Gather proof of your good
    conduct for the judge" (H89-03)."""
    said = ctx.t["option"]
    full, again = said["eligible_discretionary"], said["again"]["eligible_discretionary"]
    seen = False
    out = []
    for entry in record:
        options = []
        for option in entry.options:
            # Not only at the end: a certificate's line says after it what the certificate does.
            if full in option.text and seen:
                option = replace(option, text=option.text.replace(full, again, 1))
            seen = seen or full in option.text
            options.append(option)
        out.append(replace(entry, options=tuple(options)) if options != list(entry.options) else entry)
    return out


def _residence_said_once(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """The certificate's California residence, where a lawyer will also check it (S159-02), is
    said on the first card that tells it, by that line or by the open certificate's own
    (option.does.cor); not again below: a long record's five such cards pushed a page.

    A certificate that waits, or that a lawyer must check on its own line, said nothing of it
    (N163-03; S159 saw it): the first such line says it, after the card's question is said
    once (`_asked_once` reads the lines' words alike)."""
    said = ctx.t["option"]
    again = f' {said["cor_in_california"]}'
    seen = False
    out = []
    for entry in record:
        options = []
        for option in entry.options:
            if seen and again in option.text:
                option = replace(option, text=option.text.replace(again, "", 1))
            elif not seen and option.remedy == "cor" and option.status in ("blocked", "needs_review"):
                option = replace(option, text=f"{option.text}{again}")
            # An open certificate's card says it in option.does.cor (_option).
            seen = seen or again in option.text or (option.remedy == "cor" and option.status in ("eligible", "eligible_on"))
            options.append(option)
        out.append(replace(entry, options=tuple(options)) if options != list(entry.options) else entry)
    return out


def _denial_said_once(ctx: _Context, record: list[RecordEntry],
                      others: list[RecordEntry]) -> tuple[list[RecordEntry], list[RecordEntry]]:
    """What a judge's "no" means (N148-02: the change not made, the questions answered as "What
    you may say" tells, maybe not the last word) is said in full on the first card with a
    denial; a later card points to it, and a second denial on the same card says only its own
    day.  A client with three denials read the same two sentences three times over two pages,
    the convictions' cards first, then the arrests' (client 10 of the seed-11 demo)."""
    full = ctx.t["court"]["denied_means"]
    named = _named_apart(ctx, record + others)
    first: RecordEntry | None = None

    def said_once(entry: RecordEntry) -> RecordEntry:
        nonlocal first
        options = []
        for option in entry.options:
            if full in option.text:
                if first is None:
                    first = entry
                elif first is entry:
                    option = replace(option, text=option.text.replace(f" {full}", "", 1))
                else:
                    again = ctx.t["court"]["denied_means_again"].format(title=named(first))
                    option = replace(option, text=option.text.replace(full, again, 1))
            options.append(option)
        return replace(entry, options=tuple(options)) if options != list(entry.options) else entry

    record = [said_once(entry) for entry in record]
    return record, [said_once(entry) for entry in others]


def _vacate_key(ctx: _Context, entry: RecordEntry, option: Option) -> tuple[str | None, str]:
    """Which of _VACATE_SAID_ONCE's lines `option` says as _option wrote it, and its day in
    words; (None, "") for any other line."""
    said = ctx.t["option"]
    for d in ctx.results(entry.case, entry.conviction):
        if d.remedy != option.remedy:
            continue
        when = format_date(d.date, ctx.t)
        if d.remedy == "pc236_14" and option.text == _survivor_vacate(ctx, d):
            # What a survivor's vacatur does, printed whole on each of three cards, made her
            # handout a page longer (Z141-04).
            return _survivor_opening(ctx, d), when
        for key in _VACATE_SAID_ONCE:
            if option.text == said[key].format(date=when):
                return key, when
    return None, ""


# The engine's dated cite of a law's start: "PC 851.91 (Stats. 2017, ch. 680, effective 2018-01-01)".
_LAW_BEGAN = re.compile(r"(\beffective )(\d{4}-\d{2}-\d{2})\b")


def _cite_said(ctx: _Context, cite: str) -> str:
    """A reason's cite as the handout prints it: a statute as written (a fact of the client's
    record, "The client's record (level of conviction)", is not printed as a source: _option
    says it in plain words, W80-02).  The words beside a statute, where the engine counts a
    time limit from its longest term ("PC 801; PC 805(a); PC 245(a)(1): 2, 3 or 4 years") or
    names a bill or a day ("PC 1170.18(j) (Prop 47, as enacted)"), in the handout's language:
    the Spanish handout had printed "2, 3 or 4 years" (G58-04).  A part of the cite the texts
    name is said in their words, longest first, the rest as written.  The day a law began
    ("effective 2018-01-01") is said as the page says its days: «en vigor desde el 1 de enero
    de 2018», not a computer's "2018-01-01" (G324-01)."""
    cite = _LAW_BEGAN.sub(lambda m: m[1] + format_date(date.fromisoformat(m[2]), ctx.t), cite)
    said = ctx.t["record_cite"]
    for written in sorted((w for w in said if w in cite), key=len, reverse=True):
        cite = cite.replace(written, said[written])
    return cite


# _after_the_bar's answer where the day differs by the conviction's level.
_BY_LEVEL = object()


def _after_the_bar(d: Determination, said: date) -> date | object | None:
    """The day a blocked result's relief would follow from once the bar lifts, where it is
    later than `said` (today, or a day the bars' causes say; the engine's "Were it not for that, relief here would be automatic from
    2028-01-02"); _BY_LEVEL where a count of unknown level gives it by level and the levels'
    days differ ("As a felony: ... from 2028-01-02", "As a misdemeanor or an infraction: ...
    now"); None where there is none to say (now, or not said)."""
    days: dict[tuple[str, ...], date | None] = {}
    for r in d.reasons:
        levels, text = said_of(r.text) or ((), r.text)
        given, day = were_it_not_from(text)
        if given:
            days[levels] = day if day is not None and day > said else None
    if not days:
        return None
    if len(set(days.values())) > 1 or (() not in days and len({lv for levels in days for lv in levels}) < 3 and any(days.values())):
        # Levels with different days, or a day said at some levels and not said at the others.
        return _BY_LEVEL
    return next(iter(days.values()))


def _blocked_text(ctx: _Context, key: str, when: str = "") -> str:
    """A blocked option's line: the bar in full, or, where it is said once at the top of the
    convictions (`_bar_first`), a pointer to it, the rest of the line as it was."""
    if ctx.bar_said_first and key in ctx.t["option"]["first"]:
        return ctx.t["option"]["first"][key].format(date=when)
    return ctx.t["option"][key].format(cause=ctx.blocking_cause, date=when)


def _held_back(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """The cards that say the bar (where it stands, or a relief on it): those that point to it
    once it is said first.  A relief whose own wait ends later says its own day alone (S28-07),
    and a card that says only that may not be counted among those the bar holds back."""
    cause = ctx.blocking_cause
    return [entry for entry in record if cause in entry.where or any(cause in option.text for option in entry.options)]


def _bar_first(ctx: _Context, record: list[RecordEntry], count: int) -> list[Note]:
    """The bar that holds back the cards pointing to it, said first, with how many it holds
    back, and the step the clinic can take now to lift it sooner where a card offers it
    (early termination of probation, PC 1203.3)."""
    first = ctx.t["first"]
    notes = [Note(first["bar"].format(cause=ctx.blocking_cause, count=count), strong=True)]
    sooner = _sooner(ctx, record)
    if sooner is not None:
        # Named with its line where other cards share its title, as the checklist names it:
        # "under “Theft (petty theft)”" stood over three cards so titled (R81b-05).
        notes.append(Note(first["sooner"].format(name=ctx.remedy("pc1203_3")["name"],
                                                 title=_named_apart(ctx, record)(sooner)),
                          ctx.remedy("pc1203_3").get("cite", "")))
    return notes


def _sooner(ctx: _Context, record: list[RecordEntry]) -> RecordEntry | None:
    """The card that offers to end early (PC 1203.3, open now) the one probation that is the
    whole bar: not beside parole, nor beside another case's probation."""
    if {b.kind for b in ctx.bars} != {"probation"}:
        return None
    sooner = next((entry for entry in record for option in entry.options
                   if option.remedy == "pc1203_3" and option.status == "eligible"), None)
    return sooner if sooner is not None and {b.case for b in ctx.bars} == {sooner.case} else None


def _sooner_said(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """Each other case's relief the bar holds back says that the wait can end sooner (`_sooner`),
    where the bar is not said first (`_bar_first` says it there).  The client on probation for
    a battery, a theft's dismissal waiting on it, read "This has to wait until this changes:
    your probation for “Battery” must end (it ends on September 15, 2027)" and no more on the
    theft's card, the step the screening gives for it unsaid (E130-03)."""
    sooner = _sooner(ctx, record)
    if sooner is None:
        return record
    said = ctx.t["option"]["sooner"].format(name=ctx.remedy("pc1203_3")["name"], title=_named_apart(ctx, record)(sooner))
    cause = ctx.blocking_cause

    short = ctx.t["option"]["blocked_as_above"]  # the cause said on the card's "Where it stands" (D154-03)

    def told(option: Option) -> Option:
        held = cause in option.text or short in option.text
        return replace(option, text=f"{option.text} {said}") if option.status == "blocked" and held else option

    return [entry if entry.case == sooner.case else replace(entry, options=tuple(told(o) for o in entry.options))
            for entry in record]


def _cause_said_once(ctx: _Context, record: list[RecordEntry]) -> list[RecordEntry]:
    """A card whose "Where it stands" says what must change first, its relief held back by it
    saying only "until that changes" (the rest of the line as it was): Marco's 2017 DUI read
    "your probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end (it ends
    on January 10, 2027)" twice in five lines, once on each (D154-03)."""
    cause = ctx.blocking_cause
    if not cause:
        return record
    said = ctx.t["option"]["blocked"].split("{cause}")[0] + f"{cause}."
    short = ctx.t["option"]["blocked_as_above"]

    def told(option: Option) -> Option:
        return replace(option, text=option.text.replace(said, short)) if option.status == "blocked" else option

    return [replace(entry, options=tuple(told(o) for o in entry.options))
            if entry.state == "blocked" and cause in entry.where else entry for entry in record]


def _headline(ctx: _Context, options: tuple[Option, ...], results: list[Determination]) -> tuple[str, str]:
    """Where a not-yet-cleared conviction stands, in one line."""
    t = ctx.t["state"]
    options = tuple(o for o in options if o.remedy not in CASE_LEVEL) or options
    results = [d for d in results if d.remedy not in CASE_LEVEL]
    statuses = [o.status for o in options]
    if "eligible" in statuses:
        eligible = [o for o in options if o.status == "eligible"]
        if all(o.remedy in VACATURS for o in eligible):
            # A motion to vacate turns on the evidence at a hearing, not a right to relief
            # (ca-rules.md 3.15, 3.16): not "You can get relief now" (review finding H20-07).
            return "vacate_possible", t["vacate_possible"]
        petition = any(o.remedy not in AUTOMATIC for o in eligible)
        return ("eligible", t["eligible"]) if petition else ("automatic", t["automatic"])
    if "eligible_on" in statuses:
        # "You can ask on or after" the first day a petition opens; where only the DOJ may act
        # later, the state does it (finding H21-10: "You can ask on or after October 10, 2034"
        # over "The DOJ may do it on its own after October 10, 2034", and a petition's headline
        # took the earlier day of automatic relief).
        automatic_only, first = _opening(results)
        state = "automatic_on" if automatic_only else "eligible_on"
        return state, t[state].format(date=format_date(first, ctx.t))
    if "blocked" in statuses:
        return "blocked", t["blocked_first"] if ctx.bar_said_first else t["blocked"].format(cause=ctx.blocking_cause)
    if "needs_review" in statuses:
        # Every option open is one the judge said no to: "A lawyer must look at it first" read
        # on after the lawyer had, over the card's own "The judge said no" (N148-04).
        denied = all(o.court_state == "denied" for o in options if o.status == "needs_review")
        if not denied and _all_reviewed(ctx, results):
            return "needs_review", t["needs_review_reviewed"]  # the lawyer has looked (A160-01)
        return "needs_review", t["denied" if denied else "needs_review"]
    return "not_available", t["not_available"]


def _all_reviewed(ctx: _Context, results: list[Determination]) -> bool:
    """Whether the results of a card that need review are all reviewed on these facts (A160)."""
    reviewed = [ctx.reviewed_on(d) for d in results if d.status == "needs_review"]
    return bool(reviewed) and None not in reviewed


def _opening(results: list[Determination]) -> tuple[bool, date | None]:
    """The first day relief waiting on a date opens: a petition's, or, when only the DOJ may
    act (PC 1203.425, 851.93), the DOJ's; and whether it is the DOJ's."""
    dated = [d for d in results if d.status == "eligible_on" and d.date]
    petitions = [d for d in dated if d.remedy not in AUTOMATIC]
    if dated and not petitions:
        return True, min(d.date for d in dated)
    return False, min((d.date for d in petitions), default=None)


def _court_number(case: Case) -> bool:
    """The case has a court's number to print: not one left blank, nor a word typed for one not
    known ("unknown", "pending"), which told no card apart and printed English on a Spanish page
    ("Caso unknown", C49-02)."""
    return not told_by_what_the_record_holds(case)


def _unfinished_entry(ctx: _Context, case: Case) -> RecordEntry:
    """A case marked convicted whose convictions are not entered yet: the page can say nothing
    of it but that, and no remedy for it (the engine's answers need the convictions)."""
    t = ctx.t
    when = case.disposition_date or case.arrest_date
    detail = t["labels"]["unfinished_line"].format(year=when.year if when else t["labels"]["no_year"])
    number = [t["labels"]["case_number"].format(number=case.case_number)] if _court_number(case) else []
    detail = " · ".join([detail, *number, *ctx.county_part(case)])
    return RecordEntry(case.id, None, t["unfinished"], detail, "unfinished", "unfinished", t["state"]["unfinished"])


# ---- arrests that did not end in a conviction -----------------------------------------


def _arrest_entry(ctx: _Context, case: Case) -> RecordEntry:
    t = ctx.t
    # As a conviction's citation is written: the code once ("ARS 13-1805", not "other ARS
    # 13-1805"; "476a PC", not "PC 476a PC"; finding H21-01).
    # Each once: two counts of one section read "Arrest: DUI, DUI" (finding H21-45).
    names, cites = _arrest_charges(ctx, case)
    # A semicolon between offenses: a catalog name may hold commas itself, and "Battery,
    # Resisting, delaying or obstructing an officer" read as three arrests (finding H22-02).
    what = "; ".join(names) or ", ".join(cites)
    title = t["arrest_offense"].format(what=what) if what else t["arrest_unknown"]
    when = case.arrest_date or case.disposition_date
    # Else the year told at intake, as a conviction's card gives it (X162-01): an arrest
    # remembered as "around 2015" read "year not known" beside it (H360-01).
    year = when.year if when else years_alone.year_given(ctx.client, case, "arrest date")
    detail = " · ".join([t["labels"]["case_line"].format(year=year or t["labels"]["no_year"]),
                         *_how_it_ended(ctx, case)])
    # An open case by its court's number: "Your open case must end first. Talk to your lawyer
    # in that case." is about it, and its card had said only "Arrest in 2013", where the
    # conviction cards beside it said "Case 25CJCM27539" (O250-03).
    number = [t["labels"]["case_number"].format(number=case.case_number)] \
        if case.outcome == "pending" and _court_number(case) else []
    charges = _charges(case, t)
    if len(charges) > TITLE_CHARGES:
        # The title row is printed whole on one page (and again at the top of the next):
        # twenty-five charges in large print Spanish, forty in English, made it taller than
        # a page and no handout could be written (finding H23-07).  The body's rows break.
        title = t["arrest_charges"].format(count=len(charges))
        detail = " · ".join([detail, *ctx.county_part(case), *number])
        entry = _arrest_entry_of(ctx, case, title, detail)
        return replace(entry, charges=charges)
    detail = " · ".join([detail, *cites, *ctx.county_part(case), *number])
    return _arrest_entry_of(ctx, case, title, detail)


def _how_it_ended(ctx: _Context, case: Case) -> list[str]:
    """How an arrest's case ended, as the Record tab names it ("No charges filed", "DEJ
    completed"); none for a case still open, which its card says is (S143-04)."""
    ended = ctx.t["labels"]["arrest_ended"]
    if case.outcome == "diversion_completed" and case.program is not None and case.program.kind == "dej":
        return [ended["dej_completed"]]
    return [ended[case.outcome]] if case.outcome in ended else []


def _arrest_charges(ctx: _Context, case: Case) -> tuple[list[str], list[str]]:
    """An arrest's charges, each once: their catalog names (those it has), and their cites."""
    cites = list(dict.fromkeys(written(o.code, o.section, ctx.t) for o in case.arrest_offenses))
    names = list(dict.fromkeys(offense_title(Conviction(id="", section=o.section, code=o.code), ctx.t, unknown="")
                               for o in case.arrest_offenses))
    return [n for n in names if n], cites


def _the_arrest(ctx: _Context, case_id: str) -> str:
    """An arrest as a checklist step says it, "the arrest for shoplifting and public
    intoxication": its card's title there, "...: Arrest: Shoplifting; Public intoxication;
    Arrest: Petty theft", put a colon after a colon, and the same "; " between one arrest's
    charges and between two arrests, so a client could not tell which charges were one arrest
    (H68-02)."""
    t = ctx.t["tasks"]
    case = next(c for c in ctx.client.cases if c.id == case_id)
    names, cites = _arrest_charges(ctx, case)
    # Each name as a sentence says it, "the arrest for public intoxication", where its card's
    # title keeps the capital; a statute ("PC 647(f)") or "DUI ..." as written (S126-01).
    charges = [in_sentence(name) for name in names] or cites
    if not charges:
        return t["the_arrest_unknown"]
    if len(_charges(case, ctx.t)) > TITLE_CHARGES:  # as its card's title: the count, listed on the card
        return t["the_arrest_charges"].format(count=len(_charges(case, ctx.t)))
    return t["the_arrest"].format(what=_and_listed(t, charges))


def _counties_filed_in(ctx: _Context, record: list[RecordEntry]) -> list[str]:
    """The counties, in the record's order, whose courts the clinic files papers with for the
    client, now or later, or has filed with and awaits: each case's relief is asked of the
    court that entered the conviction (ca-rules.md 6).  DOJ's automatic relief files nothing."""
    cases = {case.id: case for case in ctx.client.cases}
    found: dict[str, str] = {}
    for entry in record:
        case = cases.get(entry.case)
        if case is None or case.jurisdiction != "CA" or not _county(case):
            continue
        if any(o.court_state == "filed" or o.status in ("eligible", "eligible_on", "blocked")
               and o.remedy not in AUTOMATIC | NOT_THE_CONVICTING_COURT for o in entry.options):
            found.setdefault(county_key(case.county), _county(case))
    return list(found.values())


def _and_listed(t: dict, names: list[str]) -> str:
    """`names` one after another, each joined by "and" ("Battery and Vandalism"), as a
    sentence of the to-do list says them."""
    what = names[0]
    for name in names[1:]:
        # Spanish says "e", not "y", before the sound "i" («Hurto e Incendio provocado»).
        said = name.lower()
        sound_i = said.startswith(("i", "í", "hi", "hí")) and not said.startswith(("hia", "hie", "hio", "hiu"))
        what += (t["and_before_i"] if sound_i else t["and"]) + name
    return what


def _charges(case: Case, t: dict) -> tuple[str, ...]:
    """Each charge of an arrest once, as the card's body lists them: "Battery · PC 242"."""
    lines = []
    for o in case.arrest_offenses:
        name = offense_title(Conviction(id="", section=o.section, code=o.code), t, unknown="")
        lines.append(" · ".join(part for part in (name, written(o.code, o.section, t)) if part))
    return tuple(dict.fromkeys(line for line in lines if line))


def _arrest_entry_of(ctx: _Context, case: Case, title: str, detail: str) -> RecordEntry:
    """The arrest's card under `title` and `detail`: where it stands and what can be done."""
    t = ctx.t
    if case.outcome == "pending":
        # The text report says it of an open case: "if not a US citizen, get immigration advice
        # before any plea"; the card had said "Talk to a lawyer about it" alone (I129-03).
        where = t["state"]["pending"]
        if ctx.non_citizen:
            where = f'{where} {t["state"][_told_or_asked(ctx.client, "pending_immigration", "pending_immigration_ask")]}'
        return RecordEntry(case.id, None, title, detail, "pending", "pending", where, ())
    if case.jurisdiction != "CA":  # California relief does not reach it (finding H20-09)
        return RecordEntry(case.id, None, title, detail, "arrest_out_of_state", "arrest_not_sealed",
                           t["state"]["arrest_out_of_state"], ())
    results = ctx.results(case.id, None)
    if _arrest_sealed(case):
        # What is left beside the sealing is read at court as on any arrest's card: the plea's
        # withdrawal (PC 1203.43) granted read "You qualify now. The clinic can file papers", and
        # a client not a citizen lost "your guilty plea may still count as a conviction" once the
        # court sealed the arrest, which does not withdraw the plea (R142-01).
        # The sealing's own petition is what says it is sealed: the card says so, not again.
        others = replace(case, petitions=[p for p in case.petitions if p.remedy not in SEALINGS])
        options, granted = _granted_said_done(ctx, others, _options(
            ctx, [d for d in results if d.remedy not in SEALINGS], settled=True))
        # The day the court sealed it, where its petition's ruling has one (S143-04).
        sealed_on = _granted_on(case, "pc851_91")
        sealed = (t["state"]["arrest_sealed_on"].format(date=format_date(sealed_on, t)) if sealed_on
                  else t["state"]["arrest_sealed"])
        where = _plea_still_counts(ctx, sealed, [d for d in results if d.remedy not in granted])
        return RecordEntry(case.id, None, title, detail, "sealed", "arrest", where, options)
    options, granted = _granted_said_done(ctx, case, _options(ctx, results))
    left = tuple(o for o in options if o.remedy not in granted)
    results = [d for d in results if d.remedy not in granted]
    if left and left[0].status != "not_eligible":
        state, where = _headline(ctx, left, results)
        # An arrest's card says a lawyer's look done in its own words too (A160-02).
        said = "arrest_needs_review_reviewed" if where == t["state"]["needs_review_reviewed"] else f"arrest_{state}"
        where = t["state"].get(said, t["state"]["arrest_open"]).format(date=format_date(_opening(results)[1], t))
        if said == "arrest_needs_review":
            # The one fact both sealings wait on (the arrest's level), said once as on a
            # conviction's card (W80-02): asked on each, it read twice over (H429-01).
            asked, options = _asked_once(ctx, options, results, "arrest_needs_review_asks")
            where = asked or where
        if state in ("eligible_on", "automatic_on") and case.outcome == "no_charges_filed":
            # The day is when the client can no longer be charged: a charge filed before it
            # ends both the petition and DOJ's relief (ca-rules.md 3.10 (A), 3.11 (B); H31-08).
            where = f'{where} {t["state"]["arrest_if_no_charge"]}'
        # As a conviction's card says it: not "You can ask the court to seal this arrest now"
        # over "Your papers were filed" (P123-02).
        # An arrest's own words: the Spanish of a conviction's agrees with «condena» (G125-01).
        petitions = [o for o in left if o.status == "eligible" and o.remedy not in AUTOMATIC]
        if state == "eligible" and all(o.court_state == "filed" for o in petitions):
            where = t["state"]["arrest_filed"]
        elif state == "eligible" and any(o.court_state == "filed" and o.remedy in SEALINGS for o in petitions):
            # The sealing is filed and the plea's withdrawal is not: "You can ask the court to
            # seal this arrest now" offered what the clinic had already asked (R150).  It says
            # the papers are filed, as a card whose every petition is, and names what is left.
            unfiled = next(o for o in petitions if o.court_state != "filed")
            where = t["state"]["arrest_filed_other"].format(action=ctx.remedy(unfiled.remedy)["action"])
        elif state == "eligible" and not any(o.remedy in SEALINGS for o in petitions):
            # The petition open now is not a sealing (a DEJ plea's withdrawal): "You can ask the
            # court to seal this arrest now" had headed a card whose sealing the judge had just
            # denied, "The judge said no" under it (R150-02).  It names what can be asked.
            where = t["state"]["arrest_eligible_other"].format(action=ctx.remedy(petitions[0].remedy)["action"])
    elif granted:
        state, where = "arrest_granted", t["state"]["arrest_granted"]
    else:
        state, where = "arrest_open", t["state"]["arrest_open"]
    return RecordEntry(case.id, None, title, detail, state, "arrest_not_sealed", _plea_still_counts(ctx, where, results),
                       options)


def _granted_said_done(ctx: _Context, case: Case, options: tuple[Option, ...]) -> tuple[tuple[Option, ...], set[str]]:
    """An arrest's `options` with where each petition stands at court, a grant said done, not
    "ask the clinic for a new page": an arrest has no count to record it on, so a new page would
    say the same (D140-02).  And the relief granted, which the card no longer stands on."""
    options = _at_court(ctx, case, None, options)
    granted = {o.remedy for o in options if o.court_state == "granted"}
    return tuple(_granted_kept(ctx, case, o) if o.remedy in granted else o for o in options), granted


def _plea_still_counts(ctx: _Context, where: str, results: Iterable[Determination]) -> str:
    """`where`, and for a client not a citizen whose DEJ plea is not withdrawn yet, that it may
    still count: a guilty plea for deferred entry of judgment still counts as a conviction for
    immigration until PC 1203.43 lets the client withdraw it (ca-rules.md 3.12, 4.8), sealed or
    not: "No conviction" alone misled a non-citizen (finding H21-11)."""
    if ctx.non_citizen and any(d.remedy == "pc1203_43" and d.status in ("eligible", "eligible_on", "blocked", "needs_review")
                               for d in results):
        return f'{where} {ctx.t["state"]["dej_plea_immigration"]}'
    return where


def _arrest_sealed(case: Case) -> bool:
    """Whether a court or the DOJ has sealed the arrest (PC 851.91, 851.93): only then may the
    client answer as if it never happened (PC 851.92; review finding H20-02).  Eligible is not
    sealed (ca-rules.md 0: never say relief has happened).

    The record keeps granted relief per count (`Conviction.relief_granted`); a case that ended
    without a conviction has no counts in the screening format, so the grant a person entered on
    the petition to seal it is what says the court sealed it (D140-02: nothing else ever could).
    """
    return "pc851_91" in granted_on_an_arrest(case) or any(
        g.remedy in ("pc851_91", "pc851_93") for conv in case.convictions for g in conv.relief_granted)


def _granted_on(case: Case, remedy: str) -> date | None:
    """The day the court granted `remedy` on an arrest, by the petition that stands for it
    (`court.standing`); None where it is not granted or the ruling's day is not recorded."""
    petition = _standing([p for p in case.petitions if p.asks_for(remedy, None)])
    return petition.ruling_on if petition is not None and petition.ruling == "granted" else None


def _granted_kept(ctx: _Context, case: Case, option: Option) -> Option:
    """An arrest's `option` whose petition the judge granted, said done: the ruling and its day,
    without "this page does not show the change yet" (nothing on an arrest can record it), and
    nobody's to do."""
    granted_on = _granted_on(case, option.remedy)
    on = format_date(granted_on, ctx.t) if granted_on else ""
    # Nobody: the clinic's part (recording it) has nowhere to be done, and "The clinic" read as more to come.
    return replace(option, text=ctx.t["court"]["granted_kept_on" if on else "granted_kept"].format(date=on),
                   who=ctx.t["who"]["nobody"])


# ---- what relief does and does not do -------------------------------------------------


def _dismissal_noted(ctx: _Context, entry: RecordEntry) -> bool:
    """Whether what a dismissal leaves in place speaks of `entry` (`_effects` says why not)."""
    return (entry.state != "vacated" and not _no_dismissal(ctx, entry) and entry.column != "sealed"
            and not _certificate_alone(entry))


def _automatic_to_come(entries: list[RecordEntry]) -> bool:
    """Whether a card of `entries` offers DOJ's automatic relief (PC 1203.425): open now, on a day,
    or once what blocks it ends.  By the card, not by the count's relief granted: a felony made a
    misdemeanor (17(b), Prop 47) is still told "The DOJ may do it on its own" (R411-01)."""
    return any(option.remedy == "pc1203_425" and option.status in ("eligible", "eligible_on", "blocked")
               for entry in entries for option in entry.options)


def _effects(ctx: _Context, record: list[RecordEntry], arrests: list[RecordEntry]) -> list[Note]:
    e, client = ctx.t["effects"], ctx.client

    def note(key: str, strong: bool = False) -> Note:
        return Note(e[key]["text"], e[key]["cite"], strong)

    notes: list[Note] = []
    # What a dismissal leaves in place says nothing about a record whose every conviction was
    # vacated: no conviction remains (ca-rules.md 3.15, 3.16; review finding H20-01).
    # Nor about a record of cases from other states only: California relief does not reach
    # them (finding H21-04).  Their gun bans still hold (PC 29800 names any state's felony).
    # Nor about a conviction sealed under PC 1203.45: the record does not "say it was
    # dismissed", it is deemed not to have occurred (ca-rules.md 3.13; finding H21-16).
    # Nor about a conviction no relief reaches ("We found no relief for it right now"): what a
    # dismissal does read as if one were coming (K59-01).
    # Nor about a conviction whose one relief is a certificate of rehabilitation (a registrant's
    # prison term): "Your record will say it was dismissed" will never be so of it (Y141-01).
    noted = [entry for entry in record if _dismissal_noted(ctx, entry)]
    dismissal_notes = bool(noted)
    if record:
        if dismissal_notes:
            # Beside an arrest that did not lead to a conviction, "A dismissal does not erase your
            # record" could be read as about the arrest's dismissed charges (S156-03): said of the
            # conviction there, and so is what the court and the checks give out after it, whose
            # "After a dismissal" stood under the same arrest card (R158-02).
            beside = "_beside_arrests" if arrests else ""
            laws = _dismissal_laws(ctx, noted)
            if _automatic_to_come(noted):
                # The state's relief shows on the record as "relief granted", never "dismissed",
                # and every answer below is headed "Once your conviction is dismissed": its effects
                # are a dismissal's (ca-rules.md 3.5, and 5: "relief granted" read as dismissed),
                # which nothing said (H401-02).
                notes.append(note("automatic_as_dismissed"))
            notes += [replace(note(key), cite=_cited_as_dismissed(e[key]["cite"], laws)) for key in ("not_erased" + beside, "prior")]
            notes += [note("courts_private" + beside), note("firearms")]
        if _certificate_in_view(ctx, record):
            # What a certificate, offered or granted, does not do (ca-rules.md 3.17): the card
            # says only what it does, and the page said nothing of it (Y141-01).
            notes.append(note("certificate"))
        felonies = [(case, conv) for case in client.cases if case.outcome == "convicted"
                    for conv in case.convictions if _unreduced_felony(case, conv)]
        changed = [conv for case in client.cases if case.outcome == "convicted" for conv in case.convictions
                   if _gun_ban(ctx, case, conv) and _felony_as_judged(case, conv)
                   and any(g.remedy == "prop64" for g in conv.relief_granted)]
        if not felonies and changed:
            # A felony changed under Prop 64: the gun answers point here, and nothing here said
            # that whether the change lifted the felony ban is unsettled (ca-rules.md 3.9 [L];
            # H434-03).  A felony as judged: "It was a felony" was said of a level not recorded,
            # whose careful answer (V53-02) needs no such note (R440-01).  Named, and two in the
            # plural: "It was a felony" followed "A dismissal does not give back ..." (R440-02).
            notes.append(note("firearms_felony_prop64_changed" + ("_many" if len(changed) > 1 else "")))
        if felonies:
            # "Making it a misdemeanor can" only where every felony may be reduced under 17(b):
            # one that cannot (a prison term, a straight felony) keeps the ban whatever the others do.
            open_ = [set() if _beyond_california(case, conv) else _open_reductions(ctx, case, conv) for case, conv in felonies]
            reducible = all("pc17b" in o for o in open_)
            # A marijuana felony Prop 64 may still change: whether that lifts the ban is for a
            # lawyer (ca-rules.md 3.9 [L]: no carve-out like 1170.18(k) found; review finding).
            # Only where every felony is one Prop 64 may change: a second felony that only 17(b)
            # could reduce keeps the ban whatever Prop 64 does (seen in a demo handout: PC 12021
            # beside a marijuana felony was told to ask about Prop 64 alone).
            marijuana = not reducible and all("prop64" in o for o in open_)
            key = "firearms_felony_prop64" if marijuana else "firearms_felony_stays"
            if marijuana and len(felonies) > 1:
                # Two marijuana felonies read "changing your marijuana felony": which? (Q191-04)
                key = "firearms_felony_prop64_many"
            if key == "firearms_felony_stays" and not dismissal_notes:
                # No relief reaches any conviction (a PC 288 registrant): "A dismissal does not
                # change this" spoke of a dismissal the client cannot get (K59-01; Y62 saw it).
                key = "firearms_felony_no_relief"
            if all(_beyond_california(case, conv) for case, conv in felonies):
                # Felonies from another state or a federal court only: "A dismissal does not
                # change this" and "a pardon from the governor" spoke of California relief
                # they cannot get (P61-01); what holds is the ban and that no California
                # court can clear them (ca-rules.md 4.5; the engine's firearms consequence).
                # A United States Code count in a case left California's too, as its card says
                # (K162-02): it read "That would end the California ban" (N163-01).
                key = "firearms_felony_out_of_state"
            check = ""  # the notes' {check}: a lawyer's look at the reduction, to come or had
            if reducible:
                # Some offenses carry a gun ban as misdemeanors too (hand-out check H19-01: a
                # felony 273.5 was told a reduction "can" give guns back; since 2019 it cannot).
                offenses = [(_catalog_offense(conv), conv) for _case, conv in felonies]
                # The felonies that ban guns as misdemeanors too, by name: "this offense" on a
                # page of three felonies and five misdemeanors said none of them (G58-05).
                listed = {(case.id, conv.id) for (case, conv), (off, _conv) in zip(felonies, offenses)
                          if off is not None and (off.firearm_29805 or reduced_may_be_mcdv(off))}
                key = ("firearms_felony_lifetime" if any(lifetime_29805(off, conv) for off, conv in offenses)
                       else "firearms_felony_listed" if len(listed) == 1
                       else "firearms_felony_listed_many" if listed
                       else "firearms_felony")
                to_check = [d for case, conv in felonies for d in ctx.results(case.id, conv.id)
                            if d.remedy == "pc17b" and d.status == "needs_review"]
                if key != "firearms_felony_lifetime" and to_check:
                    # A reduction the screening leaves to a lawyer (a conspiracy whose target it
                    # does not read, a former PC 12021 only if under (c) or (d), a revoked
                    # probation that may have ended in prison) was told "can end the California
                    # ban", where the card says a lawyer will check whether it qualifies (V71-04);
                    # and "ends the felony ban" where the offense bans guns as a misdemeanor too
                    # (a felony PC 245(a)(1) or 422 whose probation was revoked, R72-01).
                    key = "firearms_felony_if_reduced" if key == "firearms_felony" else f"{key}_if_reduced"
                    # The attorney has reviewed each on these facts: "will check" read on beside
                    # the card's "A clinic lawyer looked at this on ..." (A160-01; S161-01).
                    reviewed = all(ctx.reviewed_on(d) is not None for d in to_check)
                    said = e["firearms_felony_reduction_check"]
                    check = said[("reviewed" if reviewed else "text") if not key.startswith("firearms_felony_listed_many")
                                 else ("reviewed_many" if reviewed else "many")]
            # Every felony a wobbler judged with neither probation nor custody: PC 17(b)(1) may
            # have made it a misdemeanor by that judgment (ca-rules.md 3.7 [H]), so "A felony
            # means no guns for life" and "Making it a misdemeanor can end the ban" told the
            # client as settled what a lawyer must first check in the court papers (V62-04).
            # A reduction the judge denied is not a check to come: "A clinic lawyer will check
            # whether it can be made a misdemeanor" read as never asked beside the card's "The
            # judge said no" (S150-01); and the judge has ruled on the felony's level.
            denials = _reductions_denied(ctx, felonies) if reducible and key != "firearms_felony_lifetime" else None
            by_judgment = (denials is None and key != "firearms_felony_lifetime"
                           and all(_level_by_judgment(ctx, case, conv) for case, conv in felonies))
            felony_note = note("firearms_felony_judgment" if by_judgment else key, strong=True)
            if key == "firearms_felony_if_reduced" and not by_judgment:
                felony_note = replace(felony_note, text=felony_note.text.format(check=check))
            if denials is not None:
                said = e["firearms_felony_reduction_denied"]
                after = said["next_reviewed" if all(denials) else "next"]
                felony_note = Note(said["many" if len(felonies) > 1 else "text"].format(next=after), said["cite"], True)
            if key.startswith("firearms_felony_listed"):
                named = _named_apart(ctx, record)
                what = "; ".join(named(entry) for entry in record if (entry.case, entry.conviction) in listed)
                # "Even as a misdemeanor, this conviction still bans guns for 10 years" was told
                # the client of a 2013 felony PC 273.5, whose ten years as a misdemeanor (PC
                # 29805(a), counted from the conviction) ran out in 2023, as the screening says (Z81).
                ended = _ten_years_ended(ctx, [(off, conv) for (case, conv), (off, _conv) in zip(felonies, offenses)
                                               if (case.id, conv.id) in listed])
                if by_judgment or denials is not None:
                    extra = e["firearms_felony_judgment_listed"]
                    extra_text = extra["ended"]["text"] if ended else extra["text"]
                    felony_note = Note(f"{felony_note.text} {extra_text.format(what=what, date=ended)}",
                                       _join_cites([felony_note.cite, extra["cite"]]), True)
                else:
                    text = e[key]["ended"]["text"] if ended else felony_note.text
                    felony_note = replace(felony_note, text=text.format(what=what, date=ended, check=check))
            if any(_prop47_felony(ctx, case, conv) for case, conv in felonies if not _beyond_california(case, conv)):
                # "A Prop 47 change does not end it" had been said beside every felony, a
                # robbery Prop 47 never reaches too, as if it might (finding H22B-04).
                extra = note("firearms_felony_prop47")
                felony_note = Note(f"{felony_note.text} {extra.text}",
                                   _join_cites([felony_note.cite, extra.cite]), True)
            notes.append(felony_note)
        if any(entry.column == "sealed" or _sealing_to_come(entry) for entry in record):
            # A sealing to come too: what it will not do (federal forms still ask) went unsaid
            # beside the offer to ask for it (J140-01).
            notes.append(note("sealed_conviction"))
        notes += _misdemeanor_gun_bans(ctx)
        # Registration, the DMV and probation reports are said only where the record may
        # touch them: to a client with a petty theft they read as alarming news (finding H21-18).
        if client.person.registrant_290:
            # Beside a dismissal, that it does not end the duty, as the general note says to a
            # client not known to register: "as before" alone left it to be inferred (X149-02).
            said = note("registration_you", strong=True)
            notes.append(replace(said, text=f'{e["registration_you"]["dismissed"]} {said.text}') if dismissal_notes else said)
        elif dismissal_notes and _may_carry(client, "registrable"):
            notes.append(note("registration"))
        if dismissal_notes and _may_carry(client, "vc12810", code="VC"):
            # "A DUI can still count as a prior" only where the record has one: a client with
            # a VC 14601.1 and two VC 10851s had read it as if a DUI were theirs (H28-04).
            notes.append(note("dmv_dui" if _has_dui(client) else "dmv"))
            notes += _dui_look_back(ctx)
        if dismissal_notes:
            notes.append(note("immigration"))
            if _first_possession_window(ctx, (entry for entry in record if entry.state != "vacated" and not _no_dismissal(ctx, entry))):
                notes.append(note("immigration_first_possession"))
        if any(c.protective_order_until and c.protective_order_until >= ctx.as_of for c in client.cases):
            notes.append(note("protective_order", strong=True))
        if dismissal_notes and any(c.topic == "restitution" for c in ctx.screening.consequences):
            # The screening's "stays owed and enforceable after relief": the page said it only
            # in a to-do line with no citation, and a client read a dismissal as the end of
            # what they owe the victim (F149-02; ca-rules.md 2.3).  Cited as the screening cites
            # it, the SB 1106 clause of each conviction's own dismissal route: the texts' own
            # "PC 1203.4(a)(1)" was read beside a 1203.4a or 1203.41 case too (R317-01).
            owed = _join_cites(_cite_said(ctx, c.cite) for c in ctx.screening.consequences if c.topic == "restitution")
            notes.append(Note(e["restitution_stays"]["text"], owed))
        # PC 1203.05 speaks for California probation reports only.
        if any(c.jurisdiction == "CA" and (c.sentence is None or c.sentence.type == "probation")
               for c in client.cases if c.outcome == "convicted"):
            notes.append(note("probation_report"))
    if _sealing_in_view(arrests):
        # What sealing does, where it is done or open.  "As if it never happened" is not so for
        # immigration (USCIS forms ask about sealed arrests; a DEJ plea may still count as a
        # conviction, ca-rules.md 3.12, 4.8): a client who is not a citizen, sealing a DEJ arrest,
        # read it with no word of immigration (N114-04).
        notes.append(note("arrest_sealed_immigration" if ctx.non_citizen else "arrest_sealed"))
    # The line to a client not known to be a citizen ("You told us you are not a U.S. citizen.
    # Talk to an immigration lawyer before you file anything ...") is page 1's, above the first
    # card (`_immigration_first`), which every page with this section has: said here too, it was
    # the same bold sentence twice, two pages apart (I165-03).
    return notes


def _certificate_in_view(ctx: _Context, record: list[RecordEntry]) -> bool:
    """Whether a card speaks of a certificate of rehabilitation: offered, granted, or among
    what "A clinic lawyer will also check" (an option of its own only where it is open)."""
    return any(option.remedy == "cor" for entry in record for option in entry.options) or any(
        d.remedy == "cor" and d.status == "needs_review" for entry in record if entry.conviction is not None
        for d in ctx.results(entry.case, entry.conviction))


def _certificate_alone(entry: RecordEntry) -> bool:
    """A conviction not cleared whose card offers a certificate of rehabilitation and nothing
    else: no dismissal is coming for it."""
    return entry.column == "not_cleared" and bool(entry.options) and all(o.remedy == "cor" for o in entry.options)


def _relief_in_view(ctx: _Context, record: list[RecordEntry], arrests: list[RecordEntry]) -> bool:
    """Whether the page speaks of relief at all: a conviction not marked "We found no relief
    for it right now" nor from another state or a federal court (which no California court
    can clear: P61-01), or an arrest sealed or that may be."""
    return any(not _no_dismissal(ctx, entry) for entry in record) or _sealing_in_view(arrests)


def _beyond_california(case: Case, conv: Conviction) -> bool:
    """A count no California court clears: its case another state's or a federal court's, or a
    United States Code count in a case left California's, whose card says so (K162-02)."""
    return case.jurisdiction != "CA" or us_code_cited(conv.section) is not None


def _no_dismissal(ctx: _Context, entry: RecordEntry) -> bool:
    """A conviction's card no dismissal is coming for (NO_DISMISSAL_STATES), or a United States
    Code count in a case left California's: its page spoke of "Your record will say it was
    dismissed" and "say if it was dismissed" beside its card's "a California court cannot clear
    it", where the same case marked federal says neither (N163-01)."""
    if entry.state in NO_DISMISSAL_STATES:
        return True
    return entry.state == "needs_review" and any(federal_law_in_california(case, conv)
                                                 for case, conv in _convictions_of(ctx, [entry]))


def _sealing_in_view(arrests: list[RecordEntry]) -> bool:
    """Whether an arrest is sealed or may be: what sealing does is then the client's to read."""
    return any(a.column == "arrest" or any(o.remedy in SEALINGS and o.status != "not_eligible" for o in a.options)
               for a in arrests)


def _may_carry(client: Client, flag: str, code: str | None = None) -> bool:
    """Whether a California conviction may carry a catalog flag: the row has it, a fact the
    record lacks decides it, the section is one the catalog does not know (the careful side),
    or the conviction is under `code` (every Vehicle Code offense is on the DMV's record)."""
    for case in client.cases:
        if case.outcome != "convicted" or case.jurisdiction != "CA":
            continue
        for conv in case.convictions:
            if _beyond_california(case, conv):
                continue  # a United States Code count, as its card says (N163-01)
            off = _catalog_offense(conv)
            if (off is None or getattr(off, flag) or off.condition(flag) is not None
                    or (code is not None and conv.code == code)):
                return True
    return False


# The Vehicle Code sections that count as a prior in a later DUI case (VC 23540, 23546,
# 23550): DUI, DUI causing injury, and a "wet reckless" (as the engine's consequences say).
_DUI_SECTIONS = (*DUI_SECTIONS, WET_RECKLESS_SECTION)


def _duis(client: Client, sections: tuple[str, ...] = _DUI_SECTIONS) -> Iterator[Conviction]:
    """The record's California convictions of `sections` of the Vehicle Code."""
    return (conv for case in client.cases if case.outcome == "convicted" and case.jurisdiction == "CA"
            for conv in case.convictions if conv.code == "VC" and conv.section.startswith(sections))


def _has_dui(client: Client) -> bool:
    """Whether a California conviction of the record is a DUI (or a wet reckless)."""
    return any(_duis(client))


def _dui_look_back(ctx: _Context) -> list[Note]:
    """Until when a dismissed DUI still counts as a prior in a later DUI case, the latest day
    of the record's DUIs whose ten years are still running (the screening's own count,
    consequences.dui_look_back_end); "at the latest" where a day is counted from the
    conviction, the offense date not recorded.  A client with a 2023 DUI had read only that a
    dismissed conviction "can still count against you" (D126-01).  A wet reckless counts as a
    prior alike (VC 23540, 23546, 23550; the screening dates it too), said by its own name:
    a client with a 2022 VC 23103.5 read nothing of it (R127-02).  Not of a DUI vacated: no
    conviction remains, so no prior follows from it (the screening's words), and its card's
    "The court cancelled this conviction" had stood above "still counts ... up to 2033" (R127-04)."""
    notes = []
    for key, sections in (("dui_prior", DUI_SECTIONS), ("wet_reckless_prior", (WET_RECKLESS_SECTION,))):
        ends = [(last, conv.offense_date is not None) for conv in _duis(ctx.client, sections)
                if not any(granted.remedy in VACATURS for granted in conv.relief_granted)
                for last in [dui_look_back_end(conv)] if last is not None and last >= ctx.as_of]
        if not ends:
            continue
        last, exact = max(ends, key=lambda end: (end[0], not end[1]))
        e = ctx.t["effects"][key]
        # Two DUIs still counting read "ten years after it" of either (D154-02): said of all.  Two
        # counts of one arrest, 23152(a) and (b) of one day, are one DUI to the client: one day.
        said = e["many"] if len({end for end, _ in ends}) > 1 and "many" in e else e
        text = said["text"] if exact else said["not_exact"]
        notes.append(Note(text.format(date=format_date(last, ctx.t)), e["cite"], False))
    return notes


def _catalog_offense(conv: Conviction):
    return getattr(_catalog_match(conv), "offense", None)


def _misdemeanor_gun_bans(ctx: _Context) -> list[Note]:
    """The gun bans misdemeanors carry, which a dismissal does not lift (hand-out check H19-02:
    a domestic violence misdemeanor was told only "if you could not have a gun before"):
    PC 29805(b) for life, PC 29805(a) for ten years from the conviction, and the federal
    domestic-violence ban, which is assumed to survive a California dismissal (ca-rules.md 4.5)."""
    e = ctx.t["effects"]
    found: set[str] = set()
    ten_years: list[tuple[date, Conviction]] = []
    undated = 0
    convictions = 0
    attempt = False
    for case in ctx.client.cases:
        if case.outcome != "convicted":
            continue
        for conv in case.convictions:
            convictions += 1
            bans, allowed = _misdemeanor_bans(ctx, conv)
            found |= bans
            undated += "undated" in bans
            if allowed is not None:
                ten_years.append((allowed, conv))
            # An attempt (PC 664) of a listed offense: whether PC 29805 reaches it is open
            # (ca-rules.md 4.5 names only the sections; L27-01), so the ban is said with it.
            attempt = attempt or (bool(bans & {"lifetime", "ten_years", "undated"}) and getattr(_catalog_match(conv), "attempt", False))
    notes = []
    if "lifetime" in found:
        notes.append(Note(e["firearms_lifetime"]["text"], e["firearms_lifetime"]["cite"], True))
    elif ten_years:
        # A conviction with no date beside a dated one: its ten years are not known, so the
        # dated one's last day alone would be too early a date to give (W26B-02).
        key = "firearms_ten_years_and_undated" if undated else "firearms_ten_years"
        words = _for_count(e[key], len(ten_years) + undated)
        allowed, conv = max(ten_years, key=lambda pair: pair[0])
        # Beside other convictions, "Your conviction" or "the last of them" did not say which: a
        # client with 28 counts read it just under "A felony means no guns for life" (G112-01,
        # M58-01).  Not named where two end the same day (either is "the last") or beside an
        # undated one (the date is only "at least").
        alone = [day for day, _conv in ten_years].count(allowed) == 1
        text = words["named"] if convictions > 1 and alone and "named" in words else words["text"]
        notes.append(Note(text.format(date=format_date(allowed, ctx.t), title=offense_title(conv, ctx.t),
                                      year=conv.conviction_date.year), e[key]["cite"], True))
    elif undated:
        key = "firearms_ten_years_undated"
        notes.append(Note(_for_count(e[key], undated)["text"], e[key]["cite"], True))
    if found & {"dv", "dv_if"} and notes and "lifetime" not in found:
        # Beside the federal ban for life, "Your convictions mean no guns until August 21, 2030"
        # read as the day guns come back (D179-01): the date is California's ban alone.
        state = notes[-1]
        notes[-1] = Note(e["firearms_state_law"]["text"].format(ban=state.text[:1].lower() + state.text[1:]),
                         state.cite, state.strong)
    if attempt:
        notes.append(Note(e["firearms_attempt"]["text"], e["firearms_attempt"]["cite"], True))
    if found & {"dv", "dv_if"}:
        key = "firearms_federal_dv" if "dv" in found else "firearms_federal_dv_if"
        notes.append(Note(e[key]["text"], e[key]["cite"], True))
    return notes


def _ten_years_ended(ctx: _Context, listed: list) -> str:
    """The day, as the page writes it, the last of the ten-year gun bans (PC 29805(a)) that
    the felonies `listed` ((catalog offense, conviction) pairs) would carry as misdemeanors
    ended, counted from each conviction as the screening counts it; "" where one of them is
    banned for life, is not on the PC 29805 list (its ban is the federal one alone), has no
    conviction date, or is still within its ten years."""
    ends = []
    for off, conv in listed:
        if off is None or not off.firearm_29805 or lifetime_29805(off, conv) or conv.conviction_date is None:
            return ""
        ends.append(anniversary(conv.conviction_date, 10))
    if not ends or day_after(max(ends)) > ctx.as_of:
        return ""
    return format_date(max(ends), ctx.t)


def _misdemeanor_bans(ctx: _Context, conv: Conviction) -> tuple[set[str], date | None]:
    """The gun bans one misdemeanor (or reduced felony) carries on `as_of`: "lifetime" (PC
    29805(b)), "ten_years" with the first day a gun is allowed again, "undated" (PC 29805(a),
    no conviction date), "dv" / "dv_if" (the federal domestic-violence ban, for sure or if the
    victim was family).  A vacated conviction carries none (ca-rules.md 4.5)."""
    if effective_level(conv) != "misdemeanor" or any(g.remedy in VACATURS for g in conv.relief_granted):
        return set(), None
    off = _catalog_offense(conv)
    if off is None:
        return set(), None
    bans: set[str] = set()
    allowed = None
    if lifetime_29805(off, conv):
        bans.add("lifetime")
    elif off.firearm_29805 and conv.conviction_date is None:
        bans.add("undated")
    elif off.firearm_29805 and (day := day_after(anniversary(conv.conviction_date, 10))) > ctx.as_of:
        bans.add("ten_years")
        allowed = day
    if off.domestic_violence:
        bans.add("dv")
    if reduced_may_be_mcdv(off):
        bans.add("dv_if")
    return bans, allowed


def _gun_ban(ctx: _Context, case: Case, conv: Conviction) -> bool:
    """Whether the conviction bans guns, or may (the same reading as the effects above): an
    unreduced felony, a PC 29805 misdemeanor within its ten years or for life, a domestic
    violence offense (federal), or an offense the catalog does not know.  Only then is the
    client told not to hold a gun and to answer "Yes" on the federal form (review finding
    H20-03: a speeding ticket was told both)."""
    if any(g.remedy in VACATURS for g in conv.relief_granted) or conv.level == "infraction":
        return False
    if _unreduced_felony(case, conv) or conv.level is None:
        return True  # a level not known may be a felony's (V53-02): the careful answer
    if _felony_as_judged(case, conv) and any(g.remedy == "prop64" for g in conv.relief_granted):
        # A felony changed under Prop 64: whether the felony ban still holds is unsettled, the
        # screening says (HS 11361.8(h); ca-rules.md 3.9 [L]).  "Once your conviction is
        # dismissed: This conviction does not by itself stop you from having a gun." was said of
        # a 2013 possession for sale changed in 2020 (H434-03).
        return True
    if _catalog_offense(conv) is None:
        return True  # not known: the careful answer
    return bool(_misdemeanor_bans(ctx, conv)[0])


def _open_reductions(ctx: _Context, case: Case, conv: Conviction) -> set[str]:
    """The reductions (PC 17(b), Prop 64) the screening leaves open for the conviction: now,
    later, once a bar lifts, or for a lawyer to decide."""
    return {d.remedy for d in ctx.results(case.id, conv.id)
            if d.remedy in ("pc17b", "prop64") and d.status in ("eligible", "eligible_on", "blocked", "needs_review")}


def _prop47_felony(ctx: _Context, case: Case, conv: Conviction) -> bool:
    """A felony changed under Prop 47, which keeps its gun ban (PC 1170.18(k)), or one the
    screening leaves Prop 47 open or undecided for."""
    return any(g.remedy == "prop47" for g in conv.relief_granted) or any(
        d.remedy == "prop47" and d.status in ("eligible", "eligible_on", "blocked", "needs_review")
        for d in ctx.results(case.id, conv.id))


def _level_by_judgment(ctx: _Context, case: Case, conv: Conviction) -> bool:
    """Whether the screening asks if the judgment itself made this felony a misdemeanor (PC
    17(b)(1)): its 17(b) row gives the one check step the engine gives such a record."""
    return any(d.remedy == "pc17b" and JUDGMENT_DECIDES_LEVEL_STEP in d.next_steps for d in ctx.results(case.id, conv.id))


def _made_a_misdemeanor(case: Case, conv: Conviction) -> bool:
    """A felony the court made a misdemeanor (PC 17(b), Prop 47), not vacated since: whether the
    felony bar to peace-officer work (Gov. Code 1029) still reaches it is unsettled (ca-rules.md
    4.4 [L]), as the screening's consequence says."""
    if not _felony_as_judged(case, conv):
        return False
    granted = {g.remedy for g in conv.relief_granted}
    return bool(granted & set(MISDEMEANOR_REDUCTIONS)) and not granted & VACATURS


def _unreduced_felony(case: Case, conv: Conviction) -> bool:
    """A felony still on the books as a felony: a 17(b) reduction lifts the state gun ban, and
    a vacated conviction leaves no conviction to ban anything (ca-rules.md 4.5; review finding
    H20-01: a 1473.7 vacatur was told "A felony means no guns for life").  A count of unknown
    level that the screening reads a felony by its prison or 1170(h) sentence (E81-01) is one:
    the handout had said no felony ban beside the felony's options (R82a-02)."""
    if not _felony_as_judged(case, conv):
        return False
    return not any(g.remedy in ("pc17b", "prop64") or g.remedy in VACATURS for g in conv.relief_granted)


def _felony_as_judged(case: Case, conv: Conviction) -> bool:
    """A felony when judged, whatever was granted since: recorded one, or of unknown level with a
    prison or 1170(h) sentence, which the screening reads as a felony (E81-01)."""
    return conv.level == "felony" or (conv.level is None and felony_by_its_sentence(case, load_catalog()))


# ---- what you may say --------------------------------------------------------------------


def _columns(record: list[RecordEntry], arrests: list[RecordEntry]) -> dict[str, list[RecordEntry]]:
    """The disclosure columns the record needs, in order, each with the entries it speaks for."""
    found: dict[str, list[RecordEntry]] = {}
    for entry in record + arrests:
        found.setdefault(entry.column, []).append(entry)
    # A dismissal that waits on something else (probation in another case) is dismissed later
    # all the same: left out, a client with two felonies blocked to May 2, 2027 and a
    # misdemeanor open then read, under guns, "Once your conviction is dismissed: This
    # conviction does not by itself stop you from having a gun." (finding H28-03).
    for entry in record:
        if entry.column != "dismissed" and any(
            o.remedy in DISMISSALS and o.status in ("eligible", "eligible_on", "blocked") for o in entry.options
        ):
            found.setdefault("after_dismissal", []).append(entry)
    # Prop 64 open: a marijuana conviction was told only what to say once it is dismissed,
    # never what holds once the court changes it under Prop 64 (A63-01).
    for entry in record:
        if entry.column != "prop64" and any(
            o.remedy == "prop64" and o.status in ("eligible", "eligible_on", "blocked") for o in entry.options
        ):
            found.setdefault("after_prop64", []).append(entry)
    # PC 17(b) (or Prop 47) open: a felony the clinic could ask the judge to make a misdemeanor now
    # was told what to say while it stands and once it is dismissed (for client 1564 of seed 86,
    # a year later), never what to say once it is a misdemeanor: a felony question's "No." (H86-01).
    for entry in record:
        if entry.column == "not_cleared" and _open_misdemeanor_reductions([entry]):
            found.setdefault("after_reduction", []).append(entry)
    # PC 1203.45 open: a conviction from before 18 the clinic could ask the judge to seal was told
    # only "Once your conviction is dismissed: ... “Yes, but it was dismissed under Penal Code
    # 1203.4.”" on a license form, never that a sealed one may be answered "No." (J140-01).
    for entry in record:
        if _sealing_to_come(entry):
            found.setdefault("after_sealing", []).append(entry)
    # A survivor's vacatur open: a client told on page 1 that the court may cancel her conviction
    # read only what to say while it stands and once it is dismissed, never that once cancelled an
    # employer is told "No." (ca-rules.md 5, Vacated; Y234-01).
    for entry in record:
        if entry.column != "vacated" and any(
            o.remedy == "pc236_14" and o.status in ("eligible", "eligible_on", "blocked") for o in entry.options
        ):
            found.setdefault("after_vacatur", []).append(entry)
    return {c: found[c] for c in COLUMN_ORDER if c in found}


def _sealing_to_come(entry: RecordEntry) -> bool:
    """Whether PC 1203.45 may still seal the conviction: open now, from a day, or once what blocks
    it ends (as a dismissal is for "Once your conviction is dismissed")."""
    return entry.column != "sealed" and any(
        o.remedy == "pc1203_45" and o.status in ("eligible", "eligible_on", "blocked") for o in entry.options)


def _open_misdemeanor_reductions(entries: Iterable[RecordEntry]) -> set[str]:
    """The reductions to a misdemeanor (PC 17(b), Prop 47) open for `entries`: now, from a day,
    or once what blocks it ends (as a dismissal is for "Once your conviction is dismissed")."""
    return {o.remedy for entry in entries for o in entry.options
            if o.remedy in MISDEMEANOR_REDUCTIONS and o.status in ("eligible", "eligible_on", "blocked")}


def _guidance(ctx: _Context, record: list[RecordEntry], arrests: list[RecordEntry]) -> list[Guidance]:
    t = ctx.t
    columns = _columns(record, arrests)
    labels = dict(t["columns"])
    to_come = any(column in columns for column in TO_COME)
    if "dismissed" in columns and "after_dismissal" in columns:
        # The same answer twice would only confuse: one line for both.
        columns["dismissed"] += columns.pop("after_dismissal")
        labels["dismissed"] = labels["dismissed_or_soon"]
        labels["many"] = {**labels["many"], "dismissed": labels["many"]["dismissed_or_soon"]}
    if "vacated" in columns and "after_vacatur" in columns:
        # So for a survivor's conviction cancelled beside others the judge may still cancel:
        # "For a cancelled (vacated) conviction: “No.”" then "If the judge cancels your
        # convictions: “No.”", the same answer twice, the second as if for all (Y234-03).
        columns["vacated"] += columns.pop("after_vacatur")
        labels["vacated"] = labels["vacated_or_if"]
        labels["many"] = {**labels["many"], "vacated": labels["many"]["vacated_or_if"]}
    out: list[Guidance] = []
    for key in SITUATIONS:
        if key == "immigration" and not ctx.non_citizen:
            continue
        spec = t["situations"][key]
        cells = {column: _named_law(ctx, _cell(ctx, key, spec, column, members, record), members)
                 for column, members in columns.items()}
        # A label, like a line, in the number of the convictions it speaks for (W26-06).
        lines = [SayLine(column, _named_if_others_stay(ctx, record, columns, column,
                                                       _in_number(ctx, labels, columns[column])[column]),
                         *_words(ctx, cells[column], columns[column]))
                 for column in columns]
        lines = _reduced_said_once(ctx, record, columns, labels, key, spec, lines)
        if len(cells) > 1 and len({_words(ctx, cell, []) for cell in cells.values()}) == 1:
            # The same words for every kind of record (no gun ban whether cleared or not): said
            # once, for all, not twice under two labels; in the number of all of them (W26-05).
            every = [member for members in columns.values() for member in members]
            lines = [SayLine(ALL_COLUMNS, "", *_words(ctx, next(iter(cells.values())), every))]
        def numbered(column: str) -> set[str]:
            # The sentences of a column's note said otherwise of several convictions ("this
            # conviction" for "one of these convictions").
            one, many = (set(re.split(r"(?<=\.)\s+", _words(ctx, cells[column], members)[1]))
                         for members in ([], [member for members in columns.values() for member in members]))
            return one - many if column in cells else set()

        def plural_note(line: SayLine, joined: list[SayLine]) -> str:
            # A line's note in the number of the convictions of the lines joined with it that
            # say its sentence: the 6 made misdemeanors' and Prop 64's one, "Even after the
            # change, ... may still ban guns" of all seven (Z114-01).
            if line.column not in cells:
                return line.note
            every = [member for said in joined if said.column in cells and numbered(said.column) & numbered(line.column)
                     for member in columns[said.column]]
            return _words(ctx, cells[line.column], every or columns[line.column])[1]

        lines = _closing_said_once(_same_advice_once(ctx, lines, plural_note))
        intro = _intro(ctx, key, spec, columns)
        if key == "housing":
            intro = _federal_housing_bans(ctx, columns) or intro
        if key == "jury" and ctx.non_citizen:
            # Only citizens may serve (CCP 203(a)(1)): "A misdemeanor never stops you from
            # serving" alone read to a green-card holder as leave to serve (I264-02).  The
            # answers stay under it, for the day she is a citizen.
            intro = Note(ctx.t["jury_not_citizen"]["text"], ctx.t["jury_not_citizen"]["cite"])
        if key == "security_clearance" and _federal_drug_possession(ctx):
            intro = Note(ctx.t["security_clearance_first_offender"]["text"], ctx.t["security_clearance_first_offender"]["cite"])
        now = _answer_for_now(columns) if key in UNTIL_DONE and intro is not None and to_come else None
        if now is not None:
            intro = _until_cleared(ctx, intro, labels, now, columns[now], UNTIL_DONE[key])
        asked = _asked_together(ctx, key, [said for said in (_work_with_children(ctx, key),
                                                             _driving_record(ctx, key, columns)) if said])
        if intro is None:
            intro, asked = asked, None
        if lines:
            out.append(Guidance(key, spec["title"], intro, tuple(lines), asked))
    return _long_lists_named_once(ctx, out, record, columns)


# The offense whose conviction, for making meth on federally assisted premises, closes public
# housing and Section 8 for life (ca-rules.md 4.10 [M]): HS 11379.6, manufacturing a controlled
# substance, the catalog's row for it and its subdivisions.  The record keeps neither the drug
# nor the place, so the handout says it as an "if" (H160-01).
MAKING_A_CONTROLLED_SUBSTANCE = ("HS", "11379.6")


def _federal_housing_bans(ctx: _Context, columns: dict[str, list[RecordEntry]]) -> Note | None:
    """The federal lifetime bans from public housing and Section 8 that may reach the client, said
    above the "Renting a home" answers, each as an "if" with a lawyer to ask (ca-rules.md 4.10
    [M]: the 2 CCR rules yield to them): a lifetime registrant's (F134-02), and one convicted of
    making meth in federally assisted housing (H160-01).  Of both, "ask a lawyer" is said once."""
    bans = [ctx.t[ban] for ban, holds in (("housing_registrant", ctx.client.person.registrant_290),
                                           ("housing_meth_production", _made_a_controlled_substance(ctx, columns)))
            if holds]
    if not bans:
        return None
    said = [ban["text"].removesuffix(ban["ask"]).rstrip() for ban in bans]
    return Note(" ".join([*said, bans[-1]["ask"]]), _join_cites([ban["cite"] for ban in bans]))


# A federal drug possession (21 USC 844 and its subdivisions), as the record keeps one typed
# "21 U.S.C. § 844(a)" (F161-01).
FEDERAL_DRUG_POSSESSION = re.compile(r"21 USC 844\b")


def _federal_drug_possession(ctx: _Context) -> bool:
    """Whether a case of the client's, a conviction or an arrest, is for federal drug possession:
    a client whose 21 USC 844 case was dismissed under 18 USC 3607 read under the SF-86 only
    "“Yes.” Tell about the arrest", though it is the one record that form does not ask about
    (ca-rules.md 4.9 [H]; F161-04).  The record does not keep how it was cleared: an "if"."""
    laws = [law.section for case in ctx.client.cases for law in [*case.convictions, *case.arrest_offenses]]
    return any(FEDERAL_DRUG_POSSESSION.match(us_code_cited(section) or "") for section in laws)


def _made_a_controlled_substance(ctx: _Context, columns: dict[str, list[RecordEntry]]) -> bool:
    """Whether a California conviction of the client's, not vacated (then no conviction), is for
    manufacturing a controlled substance (`MAKING_A_CONTROLLED_SUBSTANCE`)."""
    convictions = {(case.id, conv.id): conv for case in ctx.client.cases if case.jurisdiction == "CA"
                   for conv in case.convictions}
    for column, entries in columns.items():
        for entry in entries if column != "vacated" else ():
            off = None if (conv := convictions.get((entry.case, entry.conviction))) is None else _catalog_offense(conv)
            if off is not None and (off.code, off.section) == MAKING_A_CONTROLLED_SUBSTANCE:
                return True
    return False


def _work_with_children(ctx: _Context, key: str) -> dict[str, str] | None:
    """A registrant's question about work with children, above a job situation's answers: said in
    full under the private employer, after the Fair Chance law; under a government job, a pointer
    back to it.  A registrant read "Once your conviction is dismissed: “No.”" and nothing of work
    with children, where registration, which a dismissal does not end, must be told (PC 290.95;
    X149-01); then read it under the private employer alone, the government job's answers
    (schools, care homes) silent on it (S154-04).  None for one who does not register."""
    if not ctx.client.person.registrant_290 or key not in ("private_job", "government_job"):
        return None
    return _said_or_pointed_back(ctx, key, "job_registrant")


def _driving_record(ctx: _Context, key: str, columns: dict[str, list[RecordEntry]]) -> dict[str, str] | None:
    """The driving record's question above a job situation's answers, for a client with a
    conviction on it whose dismissal is in view: said in full under the private employer, a
    pointer back to it under a government job.  A client with two DUIs, asked about his driving
    record for a job driving a company car, read "Once your convictions are dismissed: “No.”" and
    nothing of the DMV's record, which a dismissal leaves as it was (VC 13555; D154-01): a question
    for the clinic, as the registrant's is; then read it under the private employer alone, the
    government job's "No." (a city bus, a public works truck) silent on it (R155-03)."""
    if key not in ("private_job", "government_job") or not _dismissed_on_the_driving_record(ctx, columns):
        return None
    return _said_or_pointed_back(ctx, key, "job_driving_record")


def _said_or_pointed_back(ctx: _Context, key: str, question: str) -> dict[str, str]:
    """`question` said in full under the private employer; under a government job its pointer
    back there (`question`_government), naming that situation's title."""
    if key == "private_job":
        return ctx.t[question]
    said = ctx.t[f"{question}_government"]
    return {**said, "text": said["text"].format(situation=ctx.t["situations"]["private_job"]["title"])}


def _asked_together(ctx: _Context, key: str, questions: list[dict[str, str]]) -> Note | None:
    """The questions for the clinic above a situation's answers (each a text and its cite), one
    paragraph.  Each ends "The answers below may not be right for it": of two, that is said once,
    after both (`job_asked_together`), not twice, the second "it" read of the first (R155-01).
    Under a government job, two pointers back are one (`job_pointers_together`): each named the
    private employer's title (R155-03)."""
    if len(questions) < 2:
        return Note(questions[0]["text"], questions[0]["cite"]) if questions else None
    cite = _join_cites([said["cite"] for said in questions])
    if key == "government_job":
        return Note(ctx.t["job_pointers_together"].format(situation=ctx.t["situations"]["private_job"]["title"]), cite)
    asked = [said["text"].removesuffix(said["answers_below"]).rstrip() for said in questions]
    return Note(" ".join([*asked, ctx.t["job_asked_together"]]), cite)


def _dismissed_on_the_driving_record(ctx: _Context, columns: dict[str, list[RecordEntry]]) -> bool:
    """Whether a conviction dismissed, or whose dismissal is to come, is on the DMV's driving
    record: a Vehicle Code conviction, or one the catalog lists under VC 12810 (VC 13555)."""
    convictions = {(case.id, conv.id): conv for case in ctx.client.cases if case.jurisdiction == "CA"
                   for conv in case.convictions}
    for entry in (*columns.get("dismissed", ()), *columns.get("after_dismissal", ())):
        conv = convictions.get((entry.case, entry.conviction))
        off = None if conv is None else _catalog_offense(conv)
        if conv is not None and (conv.code == "VC" or (off is not None and off.vc12810)):
            return True
    return False


# From this many convictions, a label's list of them is named in full under the first situation
# only: the later ones point back to it (L109-01).
NAMED_ONCE_FROM = 4
# From this many, the first situation's label counts them and names them after its answer, which
# a client with 22 found under a third of a page of names (H330-01).
NAMED_AFTER_FROM = 10


def _long_lists_named_once(ctx: _Context, guidance: list[Guidance], record: list[RecordEntry],
                           columns: dict[str, list[RecordEntry]]) -> list[Guidance]:
    """`guidance` with a long list of convictions a label names (`_named_if_others_stay`) said
    in full under the first situation that prints it, and under each later one as "the same 22
    as under “Applying for a job with a private employer”": a client with 28 counts read the
    names of the 22 to be dismissed, and of the 6 to be made misdemeanors, in each of nine
    situations, nine of her handout's 24 pages (L109-01)."""
    lists = [columns[column] for column in ("after_dismissal", "dismissed", "after_reduction") if column in columns]
    if "reduced" in columns and "after_reduction" in columns:
        lists.append(columns["reduced"] + columns["after_reduction"])  # as _reduced_said_once names them
    long_names = {_names_of(ctx, record, members) for members in lists}
    # The longest first: a list may end with a shorter one's names.
    long_names = sorted((names for names in long_names if names.count("; ") + 1 >= NAMED_ONCE_FROM), key=len, reverse=True)
    first_under: dict[str, str] = {}
    out = []
    for situation in guidance:
        lines = []
        for line in situation.lines:
            label = line.label
            for names in long_names:
                if f" ({names})" not in label and f" — {names}" not in label:
                    continue
                if names not in first_under:
                    first_under[names] = situation.title
                    count = names.count("; ") + 1
                    if count >= NAMED_AFTER_FROM and line.column != JOINED_COLUMNS and not line.named:
                        # 22 names, a third of a page, stood between "Applying for a job" and
                        # its "“No.”": said after the answer, the label counting them (H330-01).
                        again = ctx.t["labels"]["column_named_after"].format(count=count)
                        bare = label.replace(f" ({names})", "").replace(f" — {names}", "")
                        label = label.replace(f" ({names})", f" ({again})").replace(f" — {names}", f" ({again})")
                        named = ctx.t["labels"]["column_names_after"].format(label=bare, count=count, names=names)
                        line = replace(line, named=named)
                    continue
                count = names.count("; ") + 1
                # Named again under the same heading (a survivor's "If the judge cancels" after
                # "Once ... dismissed", Y234-01): "the same 4 as under" the heading she was reading
                # sent her to look for the list elsewhere (G239-02).
                again = (ctx.t["labels"]["column_named_above"].format(count=count) if first_under[names] == situation.title
                         else ctx.t["labels"]["column_named_before"].format(count=count, situation=first_under[names]))
                label = label.replace(f" ({names})", f" ({again})").replace(f" — {names}", f" ({again})")
            lines.append(replace(line, label=label))
        out.append(replace(situation, lines=tuple(lines)))
    return out


# From this many words, a line's answer is advice (a sentence), not a one-word answer ("“No.”")
# that two kinds of record may give for different reasons, each told in its own note.
ADVICE_FROM_WORDS = 8


def _same_advice_once(ctx: _Context, lines: list[SayLine],
                      plural_note: Callable[[SayLine, list[SayLine]], str]) -> list[SayLine]:
    """Two lines of one situation giving the same advice, said once under both labels, each
    one's note kept: under guns, "If your convictions are not cleared: Do not buy or hold a gun
    until a lawyer says you may." and, two lines on, "Once your conviction is made a misdemeanor
    (Corporal injury ...): Do not buy or hold a gun until a lawyer says you may." (or once
    dismissed, or changed under Prop 64) printed the one instruction twice in 1,170 of the 3,000
    handouts of the seed-86 demo (H86's, R87's "Left alone"; finding H89-02).  It now reads "If
    your convictions are not cleared, and once your conviction is made a misdemeanor (...): Do
    not buy or hold a gun until a lawyer says you may.", the notes of both after it.

    The joined line speaks for the convictions of all its labels, so each note is said as
    `plural_note` words it for them all: the long record's joined gun line, seven convictions
    named, read "Even after the change, this conviction may still ban guns." of Prop 64's one
    after "one of these convictions" of the six to be made misdemeanors (Z114-01)."""
    groups: list[list[SayLine]] = []  # each line's lines, joined once all are known
    for line in lines:
        same = next((group for group in groups if group[0].say == line.say and group[0].label and line.label), None)
        if same is None or len(line.say.split()) < ADVICE_FROM_WORDS:
            groups.append([line])
        else:
            same.append(line)
    joined = ctx.t["columns"]["joined"]
    out: list[SayLine] = []
    for group in groups:
        first = group[0]
        if len(group) == 1:
            out.append(first)
            continue
        # A sentence of its note already said under the joined label is not said again: "See the
        # gun notes in “What relief does and does not do”." closed a reduction's note and Prop 64's.
        note = plural_note(first, group)
        for line in group[1:]:
            note = " ".join(n for n in (note, *(sentence for sentence in re.split(r"(?<=\.)\s+", plural_note(line, group))
                                                if sentence and sentence not in note)) if n)
        # Each line's statutes, all of them: not _join_cites, which keeps "18 USC 922(g)(9)" (a
        # domestic violence ban) in place of the felony's "18 USC 922(g)".
        cites = dict.fromkeys(part.strip() for line in group for part in line.cite.split(";") if part.strip())
        # Its own column, so that its label is printed even where it is the situation's only
        # line: a "not cleared" line alone goes without one (render), and with that column
        # client 59 of the seed-86 demo read "Even after the change, one of these convictions
        # may still ban guns." with no word of which change (R90b-03).
        said = [first.label] + [line.label[:1].lower() + line.label[1:] for line in group[1:]]
        out.append(replace(first, column=JOINED_COLUMNS, note=note, cite="; ".join(cites),
                           label=joined["comma"].join(said[:-1]) + joined["last"] + said[-1]))
    return out


def _closing_said_once(lines: list[SayLine]) -> list[SayLine]:
    """Lines of one situation whose notes close on the same sentence, said at the last of them
    only: a felony made a misdemeanor, its dismissal to come, read under "Applying to be a police
    officer" two lines each ending "Ask a lawyer before you apply." (R134 saw it; S137-05).  A
    note that is that sentence alone goes too: an offence before 18 read "This federal form asks
    even about dismissed and sealed records." under both "Once your conviction is dismissed" and
    "If the judge seals your conviction" (J140 saw it; S148-01); the last line's note speaks for both."""
    closing = [re.split(r"(?<=\.)\s+", line.note.strip())[-1] if line.note.strip() else "" for line in lines]
    out = []
    for at, line in enumerate(lines):
        said_later = closing[at] and closing[at] in closing[at + 1:]
        out.append(replace(line, note=line.note.strip()[:-len(closing[at])].rstrip()) if said_later else line)
    return out


def _reduced_said_once(ctx: _Context, record: list[RecordEntry], columns: dict[str, list[RecordEntry]],
                       labels: dict, key: str, spec: dict, lines: list[SayLine]) -> list[SayLine]:
    """One line for a conviction made a misdemeanor and one the court may still make one, where
    both say the same words: "For a conviction made a misdemeanor: To a felony question: “No.”"
    and, the next line, "Once your conviction is made a misdemeanor (Corporal injury ...): To a
    felony question: “No.”" said one answer twice in nine situations (finding R87-01), as a
    dismissal granted and one to come once did (see `_guidance`).  Where the words differ (a
    gun answer, a law cited), each keeps its own line.  The felony the one line speaks for is
    not "another felony" beside the other's (R87-03): each is read without it."""
    if "reduced" not in columns or "after_reduction" not in columns:
        return lines
    both = columns["reduced"] + columns["after_reduction"]

    def words(column: str) -> tuple[str, str, str]:
        members = columns[column]
        beside = [entry for entry in record if entry not in both or entry in members]
        return _words(ctx, _named_law(ctx, _cell(ctx, key, spec, column, members, beside), members), both)

    said = {words(column) for column in ("reduced", "after_reduction")}
    if len(said) != 1:
        return lines
    in_number = {"reduced": labels["reduced_or_soon"], "many": {"reduced": labels["many"]["reduced_or_soon"]}}
    label = _named_if_others_stay(ctx, record, {"after_reduction": both}, "after_reduction",
                                  _in_number(ctx, in_number, both)["reduced"])
    return [SayLine("reduced", label, *said.pop()) if line.column == "reduced" else line
            for line in lines if line.column != "after_reduction"]


def _named_if_others_stay(ctx: _Context, record: list[RecordEntry], columns: dict[str, list[RecordEntry]],
                          column: str, label: str) -> str:
    """A dismissal's label with the convictions it speaks for named, where another conviction
    stays as it is: beside a Nevada conviction no California court can clear (or one no
    relief reaches), "Once your conviction is dismissed: “No.”" read as the answer for the
    whole record, when the one that stays must still be told of (P61-04).  So is Prop 64's to
    come: beside a burglary, "Once your conviction is changed under Prop 64" did not say which
    of two convictions it spoke for (H434-04)."""
    if column not in ("after_dismissal", "dismissed", "after_reduction", "after_prop64", "after_sealing",
                      "after_vacatur"):
        return label
    members = columns[column]
    # A reduction speaks for the felonies it reaches alone: beside a conviction it does not reach
    # (an infraction, a misdemeanor, a felony cleared otherwise), each is named (H86-01).
    stays = ("not_cleared",) if column != "after_reduction" else None
    if not any((stays is None or entry.column in stays) and entry.conviction is not None and entry not in members
               for entry in record):
        return label
    names = _names_of(ctx, record, members)
    # "(Second-degree (commercial) burglary)" in a label read as two asides, one inside the
    # other (A63-05): a name with its own parentheses follows a dash instead.
    return ctx.t["labels"]["column_for_nested" if "(" in names else "column_for"].format(label=label, names=names)


def _names_of(ctx: _Context, record: list[RecordEntry], members: list[RecordEntry]) -> str:
    """The convictions `members` as a label names them: "Petty theft; Robbery", each once."""
    named = _named_apart(ctx, record)
    return "; ".join(dict.fromkeys(named(entry) for entry in members))


def _prop64_lesser(ctx: _Context, members: list[RecordEntry]) -> dict | None:
    """The answer to come where Prop 64 can only make each conviction one lesser offense (a
    possession for sale: a misdemeanor, HS 11359(b)): "It depends on what the court does" was
    read eight times under a card saying the court must make it a misdemeanor (H434-01).  None
    where the court may do more than one thing, or the convictions differ."""
    made = {_prop64_made(d) for entry in members for d in ctx.results(entry.case, entry.conviction)
            if d.remedy == "prop64"}
    words = ctx.t["prop64_after_lesser"].get(made.pop()) if len(made) == 1 else None
    if words is None:
        return None
    return {**words, **words["many"]} if len(members) > 1 else words


# The columns of relief still to come: their answers ("Once your conviction is dismissed: “No.”")
# are not for now.
TO_COME = ("after_dismissal", "after_reduction", "after_prop64", "after_sealing", "after_vacatur")


def _answer_for_now(columns: dict[str, list[RecordEntry]]) -> str | None:
    """The column whose answer holds until the relief to come is done: "not cleared"; or, where
    every conviction waiting is already made a misdemeanor, that column: a felony reduced under
    17(b), its dismissal still to file, was told no answer for now (M59-01).  Prop 64's column
    has no answer to give ("Ask the clinic what to say here"), so it is not named."""
    if "not_cleared" in columns:
        return "not_cleared"
    waiting = {entry.column for column in TO_COME for entry in columns.get(column, ())}
    return "reduced" if waiting == {"reduced"} else None


# The situations whose intro says which answer is for now, while relief is to come, by the words
# that say it: a job's interview (E114-02), and a license applied for before the judge rules:
# "Yes, but they were dismissed" beside "Yes." left a nursing applicant to guess (H429-03).
UNTIL_DONE = {"private_job": "until_done", "license": "until_done_license"}


def _until_cleared(ctx: _Context, intro: Note, labels: dict, column: str, members: list[RecordEntry],
                   said: str = "until_done") -> Note:
    """The job intro, with which answer to give before the relief to come is done: a client told
    "You qualify now" with an interview next week read "Once your conviction is dismissed:
    “No.”" beside "If your conviction is not cleared", and nothing said which was for now (E114-02).
    `said`: the words' key in the columns (UNTIL_DONE)."""
    label = _in_number(ctx, labels, members)[column]
    return Note(f'{intro.text} {ctx.t["columns"][said].format(label=label)}', intro.cite)


def _intro(ctx: _Context, key: str, spec: dict, columns: dict[str, list[RecordEntry]]) -> Note | None:
    """The situation's intro, in the number of the convictions it speaks for, or in its words
    for arrests alone: "tell them, and say if it was dismissed" was said over three
    convictions, and over arrests that were never a conviction (W27B-02)."""
    if "intro" not in spec:
        return None
    speaks_for = INTRO_SPEAKS_FOR.get(key)
    members = [m for column, entries in columns.items() if speaks_for is None or column in speaks_for for m in entries]
    if speaks_for is not None and not members:
        return None
    words = spec["intro"]
    if "arrests" in words and members and not any(True for _ in _convictions_of(ctx, members)):
        words = {**words, **words["arrests"]}
    elif "no_dismissal" in words and all(_no_dismissal(ctx, entry) for entry in members if entry.conviction is not None):
        # "say if it was dismissed" of a dismissal the client cannot get: every conviction it
        # speaks for is from another state or a federal court, or one no relief reaches (A63-02).
        # In the number of the convictions too ("tell them about your convictions", U63-01).
        words = _in_number(ctx, {**words, **words["no_dismissal"]}, members)
    else:
        words = _in_number(ctx, words, members)
    return Note(words["text"], words["cite"])


def _cell(ctx: _Context, key: str, spec: dict, column: str, members: list[RecordEntry],
          record: Iterable[RecordEntry] = ()) -> dict:
    """The words for one situation and one column, chosen by what its convictions hold (and,
    for a reduced one, by the felonies of the `record` beside them)."""
    column_key = {"after_dismissal": "dismissed", "after_reduction": "reduced", "after_sealing": "sealed",
                  "after_vacatur": "vacated"}.get(column, column)
    # The reductions to come, whose laws the reduced answers cite as if granted (A63-01, H86-01).
    coming = {"after_prop64": {"prop64"}, "after_reduction": _open_misdemeanor_reductions(members)}.get(column, set())
    if column_key in ("prop64", "after_prop64"):
        if key != "firearm":
            # What to say turns on what the court did (or will do) under Prop 64, which the
            # record does not keep: not a misdemeanor's answers as if it were one (finding
            # H21-15), nor, before it, only a dismissal's (A63-01).  A form that asks even about
            # changed, dismissed and sealed records (SF-86, immigration) has its own answer,
            # whatever the court does: "Ask the clinic" was no answer there (M140-03).
            if "prop64" in spec:
                # Still to come, where each conviction's step asks the one same relief: only
                # what it can do is said.  A possession for sale, which Prop 64 only makes a
                # lesser offense, read "even if the court changed it, or dismissed and sealed
                # it" (M140 saw it; S148-02).  Once changed, the record does not say how (H21-15).
                asked = {_prop64_asked(d) for entry in members for d in ctx.results(entry.case, entry.conviction)
                         if d.remedy == "prop64"} if column_key == "after_prop64" else set()
                if len(asked) == 1 and f"prop64_{(only := next(iter(asked)))}" in spec:
                    return spec[f"prop64_{only}"]
                return spec["prop64"]
            if column_key == "after_prop64" and (lesser := _prop64_lesser(ctx, members)) is not None:
                return lesser
            return ctx.t["prop64_changed" if column_key == "prop64" else "prop64_after"]
        if column_key == "after_prop64" and not any(_gun_ban(ctx, case, conv) for case, conv in _convicted(ctx)):
            # A change to come leaves a lesser offense at worst, and where no conviction of the
            # record bans guns now (a marijuana misdemeanor alone), none does after it either.  The
            # reduced words, "Ask a lawyer before you buy a gun. A misdemeanor can still mean no
            # guns for 10 years.", read as a ban the change brings, below "This conviction does
            # not by itself stop you from having a gun." for the same conviction not cleared
            # (client 330 of the seed-86 demo; S92-02).  Beside a conviction that bans guns they
            # stay, as "Once your conviction is dismissed" does (H28-08); and a change already made
            # keeps them: the record does not say what the conviction was before it (H21-15).
            return spec["no_ban"]
        column_key = "reduced"  # a lesser offense at worst: the reduced gun answers hold
    if key == "firearm" and column_key in ("not_cleared", "dismissed", "sealed"):
        # Each column says its own (H20-03), but "Once your convictions are dismissed" does not
        # say which: "These convictions do not by themselves stop you from having a gun" there
        # read as leave to have one once all are dismissed, to a client whose felony PC
        # 245(a)(1) that line did not speak for (H28-08).  It is said only where no conviction
        # of the record bans guns.
        if column == "after_dismissal":
            convictions = _convicted(ctx)
        else:
            convictions = list(_convictions_of(ctx, members))
        if not any(_gun_ban(ctx, case, conv) for case, conv in convictions):
            return spec["no_ban"]
    if key == "firearm" and column_key == "reduced" and "reduced_ban" in spec:
        if any(_gun_ban(ctx, case, conv) for case, conv in _convictions_of(ctx, members)):
            # A reduced PC 273.5 bans guns for life, a PC 29805 misdemeanor for 10 years, a
            # Prop 47 felony as before: not "Ask a lawyer before you buy a gun" (finding H21-41).
            return _by_law(ctx, spec, spec["reduced_ban"], members, coming=coming)
        return _by_law(ctx, spec, spec["reduced"], members, coming=coming)
    if column_key == "not_cleared" and "not_cleared_infraction" in spec:
        levels = [conv.level for _case, conv in _convictions_of(ctx, members)]
        if levels and all(level == "infraction" for level in levels):
            # A licensing board may not deny for an infraction (B&P 480(d)), and only a felony
            # keeps anyone off a jury (CCP 203(a)): not the rules for convictions (finding H20-05).
            return spec["not_cleared_infraction"]
    if key == "jury" and column_key == "not_cleared" and _registers_for_a_felony(ctx, members):
        return _with_note(spec[column_key], ctx.t["jury_registrant"])
    if key == "jury" and column_key == "not_cleared" and (until := _jury_barred_through(ctx, members)) is not None:
        said = ctx.t["jury_not_now"]
        return _with_note(spec[column_key], {**said, "note": said["note"].format(date=format_date(until, ctx.t))})
    if key in _EMPLOYERS_432_8 and column_key == "not_cleared" and any(_marijuana_two_years(ctx, conv) for _case, conv in _convictions_of(ctx, members)):
        return _with_note(spec[column_key], ctx.t["marijuana_two_years"])
    if key in _EMPLOYERS_432_8 and column_key in ("arrest", "arrest_not_sealed") and _diversion_among(ctx, members):
        return _with_note(spec[column_key], ctx.t["diversion_not_asked"])
    if key == "housing" and column_key in ("arrest", "arrest_not_sealed") and _diversion_among(ctx, members):
        # A landlord may not use diversion as it may not use an arrest (ca-rules.md 4.10 [M]);
        # the job lines said so of an employer, the housing line not (H160-02).
        return _with_note(spec[column_key], ctx.t["housing_diversion_not_used"])
    if key == "immigration" and column_key == "dismissed" and _first_possession_window(ctx, members):
        return {**spec["dismissed"], **spec["dismissed_first_possession"]}
    if key == "peace_officer" and column_key in ("not_cleared", "dismissed"):
        convictions = list(_convictions_of(ctx, members))
        cell = spec[column_key]
        if not any(_unreduced_felony(case, conv) and not any(g.remedy == "prop47" for g in conv.relief_granted)
                   for case, conv in convictions):
            # "A felony still bars this job" said to a client with misdemeanors only read as if
            # their conviction were a felony (finding H21-43): the felony rule is left unsaid.
            # So for a felony made a misdemeanor under Prop 47 (for all purposes but guns, PC
            # 1170.18(k)): whether the bar still holds is unsettled, as after 17(b) (V63-05).
            cell = {k: v for k, v in cell.items() if k != "note"}
        if column_key == "dismissed" and any(_made_a_misdemeanor(case, conv) for case, conv in convictions):
            # Unsettled it stays once dismissed (ca-rules.md 4.4: a dismissal does not lift the
            # bar, a reduction's reach is not verified): reduced, then dismissed, a would-be
            # officer read "Yes, but it was dismissed" alone, the job as open (R134-01).
            cell = _with_note(cell, spec["reduced_dismissed"])
        return cell
    if column_key == "dismissed" and key in _TOLD_OF_A_DISMISSAL | _EMPLOYERS_432_8 | {"security_clearance"}:
        convictions = list(_convictions_of(ctx, members))
        reduced = sum(_made_a_misdemeanor(case, conv) for case, conv in convictions)
        if reduced and key == "security_clearance":
            # The federal form is told of both (ca-rules.md 5, SF-86: "explain the reduction" [H]):
            # reduced, then dismissed, it read only "Then explain that it was dismissed" (R233-01).
            cell = {**spec["dismissed"], **spec["reduced_dismissed"]}
            # Each of them made one: "and which of them the court made a misdemeanor" had no
            # answer (G239-03).  Two or more of them beside one that was not: «cuál de ellas» (one)
            # said only one was (K243-03), and the English "made a misdemeanor" (R244).
            plural = ("many_all_reduced" if reduced == len(convictions)
                      else "many_several_reduced" if reduced > 1 else "many")
            cell["many"] = cell[plural]
            return {k: v for k, v in cell.items() if k not in ("many_all_reduced", "many_several_reduced")}
        if reduced:
            # These forms are told of a dismissed conviction (PC 1203.4(a)(1)), and of a reduced one
            # as a misdemeanor (ca-rules.md 5): reduced, then dismissed, a real-estate applicant read
            # only "Yes, but it was dismissed", under a card headed "Felony, 2012" (N228-01).  So the
            # jobs that must still be told (Lab. Code 432.7's exceptions; 5, jobs, Reduced: "It is
            # now a misdemeanor"; 3.7): said after them, the others' answer being "No." (R233-02).
            more = ctx.t["reduced_then_dismissed"]
            return _reduced_by_cited(ctx, _with_note(spec[column_key], more, first=key in _TOLD_OF_A_DISMISSAL), members)
    if column_key == "reduced":
        return _beside_felony(ctx, _reduced_by_cited(ctx, spec[column_key], members, coming=coming), record, members)
    if column_key == "vacated":
        return _cited_by_its_vacaturs(ctx, spec[column_key], members)
    return spec[column_key]


def _cited_by_its_vacaturs(ctx: _Context, cell: dict, members: list[RecordEntry]) -> dict:
    """A vacated cell citing the law of each vacatur its convictions have, or may have: a
    survivor offered PC 236.14 alone read "If the judge cancels your convictions: “No.”  PC
    236.14; PC 1473.7", an immigrant's motion she never met, beside every answer (R240-01)."""
    convictions = [conv for _case, conv in _convictions_of(ctx, members)]
    laws = {g.remedy for conv in convictions for g in conv.relief_granted if g.remedy in VACATURS}
    if any(not any(g.remedy in VACATURS for g in conv.relief_granted) for conv in convictions):
        laws.add("pc236_14")  # one still to come: only a survivor's vacatur is (Y234-01)
    unsaid = {ctx.remedy(law)["cite"] for law in VACATURS - laws}
    return {**cell, "cite": "; ".join(part for part in cell["cite"].split("; ") if part not in unsaid)}


# The forms PC 1203.4(a)(1) still has told of a dismissed conviction, whose answer a reduction
# changes too ("Disclose as a misdemeanor", ca-rules.md 5).  Not the peace officer's: its own
# note says the felony bar's reach after a reduction is unsettled (R134-01).
_TOLD_OF_A_DISMISSAL = frozenset({"license", "public_office", "lottery"})


def _registers_for_a_felony(ctx: _Context, members: list[RecordEntry]) -> bool:
    """Whether the screening says registration for a felony keeps the client off juries, for a
    conviction of `members`: a PC 288(a) registrant read only the rules for everyone ("It also
    stops you while you must register for a felony") and was left to work out that it was his
    own case (CCP 203(a)(11); X127-05).  Only where the screening says it for certain: not of a
    client the record says does not register, nor where registration's basis is asked (R128-01)."""
    wanted = {(e.case, e.conviction) for e in members if e.conviction is not None}
    return any(c.topic == "jury" and bars_by_registration(c.text) and (c.case, c.conviction) in wanted
               for c in ctx.screening.consequences)


# How the screening's jury line begins where custody or supervision keeps the person off juries
# now, and the last day it says that lasts (clinic_app.eligibility.jury, one bar); where several
# bars do (prison then parole, or two cases), the first day it says the person may serve (R432-01).
_JURY_NOT_NOW = "The person cannot serve on a jury now:"
_JURY_THROUGH = re.compile(r" through (\d{4}-\d{2}-\d{2})\. ")
_JURY_UNTIL = re.compile(r"The person cannot serve on a jury until (\d{4}-\d{2}-\d{2}) at the earliest[.;]")


def _jury_barred_through(ctx: _Context, members: list[RecordEntry]) -> date | None:
    """The last day the screening says custody or supervision keeps the client off juries, for a
    conviction of `members`: a client on parole to 2027 read only the rule ("A felony stops you
    only while you are ... on parole"), not that it was theirs, nor until when (H428-03).  Where
    several bars keep them off, the day before the first the screening says they may serve: a
    client in prison, then on parole, read nothing of it (R432-01).  None where no day is said."""
    wanted = {(e.case, e.conviction) for e in members if e.conviction is not None}
    days = set()
    for c in ctx.screening.consequences:
        if c.topic != "jury" or (c.case, c.conviction) not in wanted:
            continue
        if c.text.startswith(_JURY_NOT_NOW) and (m := _JURY_THROUGH.search(c.text)) is not None:
            days.add(date.fromisoformat(m.group(1)))
        elif (m := _JURY_UNTIL.search(c.text)) is not None:
            days.add(date.fromisoformat(m.group(1)) - timedelta(days=1))
    return max(days) if days else None


def _convicted(ctx: _Context) -> list[tuple[Case, Conviction]]:
    """Every conviction of the client's record."""
    return [(case, conv) for case in ctx.client.cases if case.outcome == "convicted" for conv in case.convictions]


def _beside_felony(ctx: _Context, cell: dict, record: Iterable[RecordEntry], members: list[RecordEntry]) -> dict:
    """A reduced cell's "To a felony question: “No.”" with its `beside_felony` note where another
    felony of the record stands: demo client 21 of seed 86, a robbery felony not cleared, read
    "Once your conviction is made a misdemeanor — Second-degree (commercial) burglary: To a
    felony question: “No.”", an answer for that conviction alone that would be untrue for the
    whole record (finding R87-03; ca-rules.md 3.7: it is the reduced conviction that is no
    longer a felony)."""
    said = {k: v for k, v in cell.items() if k != "beside_felony"}
    others = [entry for entry in record if entry.column == "not_cleared" and entry not in members]
    if "beside_felony" in cell and any(conv.level == "felony" for _case, conv in _convictions_of(ctx, others)):
        said["note"] = " ".join(part for part in (cell.get("note", ""), cell["beside_felony"]) if part)
    return said


# The law that made each reduction a misdemeanor "for all purposes" (ca-rules.md 3.7, 3.8, 3.9).
_REDUCED_BY_CITE = {"pc17b": "PC 17(b)", "prop47": "PC 1170.18(k)", "prop64": "HS 11361.8"}


def _reduced_by_cited(ctx: _Context, cell: dict, members: list[RecordEntry], coming: Iterable[str] = ()) -> dict:
    """`cell` citing the law of each reduction granted (or `coming`) among `members` where it
    cites "PC 17(b)": a conviction changed under Prop 47 alone was cited PC 17(b), the wobbler
    reduction, not PC 1170.18(k), the law that made it a misdemeanor (V63-04)."""
    granted = {g.remedy for _case, conv in _convictions_of(ctx, members) for g in conv.relief_granted} | set(coming)
    laws = [cite for key, cite in _REDUCED_BY_CITE.items() if key in granted]
    if not laws or "PC 17(b)" not in cell.get("cite", ""):
        return cell
    return {**cell, "cite": cell["cite"].replace("PC 17(b)", "; ".join(laws))}


def _named_law(ctx: _Context, cell: dict, members: list[RecordEntry]) -> dict:
    """`cell` with its {law} (what to say of a dismissal: "dismissed under Penal Code {law}")
    the sections the dismissals of `members` were granted, or are open, under.  It said
    "Penal Code 1203.4" of a PC 1203.41 dismissal after a prison term (W27-04)."""
    laws = _dismissal_laws(ctx, members)

    def named(text: str) -> str:
        if len(laws) > 1:  # "el artículo 1203.4 o 1203.41" read as one section (W27B-04)
            for one, many in ctx.t["labels"].get("laws_many", {}).items():
                text = text.replace(one, many)
        # "1203.4, 1203.4a o 1203.41": «1203.4 o 1203.4a o 1203.41» put «o» between each pair (G104-04).
        return text.replace("{law}", _one_of(laws, ctx.t))

    out = {k: named(v) if isinstance(v, str) else v for k, v in cell.items()}
    if isinstance(cell.get("many"), dict):
        out["many"] = {k: named(v) for k, v in cell["many"].items()}
    if "{law}" in str(cell) and "cite" in out:
        # The answer names the dismissal's section: so does its citation (S215-01).
        out["cite"] = _cited_as_dismissed(out["cite"], laws)
    return out


def _cited_as_dismissed(cite: str, laws: list[str]) -> str:
    """`cite` with its "PC 1203.4(a)(1)", the probation statute's word on what a dismissal leaves
    in place, as the sections `laws` ("1203.41") the client's dismissals are under: ca-rules.md
    2.5 holds it for 1203.4a, 1203.41 and 1203.42 too.  A PC 459 sentenced to county jail under
    PC 1170(h), never probation, was told "dismissed under Penal Code 1203.41" and cited only
    1203.4 (S215-01)."""
    own = "; ".join("PC 1203.4(a)(1)" if law == "1203.4" else f"PC {law}" for law in laws)
    return cite.replace("PC 1203.4(a)(1)", own)


def _dismissal_laws(ctx: _Context, members: list[RecordEntry]) -> list[str]:
    """The sections, "1203.4", "1203.41", of the petitioned dismissals of `members`: granted,
    or else open (eligible now, on a date, or once what blocks it ends: H28-03), or else the
    ones a clinic lawyer is to check (H86-02).  Other relief (automatic, fire camp, 647(b),
    DEJ) has its own words to say, which an attorney has not yet given: "1203.4" as before."""
    laws: set[str] = set()
    for case, conv in _convictions_of(ctx, members):
        granted = {g.remedy for g in conv.relief_granted if g.remedy in DISMISSALS}
        # The screening's rows, not the card's options: the card shows 1203.41 and 1203.42,
        # both open, as one line, and the attorney chooses which to file.
        results = ctx.results(case.id, conv.id)
        open_now = {d.remedy for d in results
                    if d.remedy in DISMISSALS and d.status in ("eligible", "eligible_on", "blocked")}
        # A felony sentenced to prison, whose only petition is PC 1203.41 and a lawyer's to
        # check, was told to say "dismissed under Penal Code 1203.4", a section that does not
        # fit it (ca-rules.md 3.1): the section the lawyer checks, where none is open (H86-02).
        in_review = {d.remedy for d in results if d.remedy in PETITION_DISMISSALS and d.status == "needs_review"}
        laws |= ((granted or open_now) & PETITION_DISMISSALS) or in_review or {"pc1203_4"}
    return [remedy_statute(key).removeprefix("PC ") for key in REMEDY_ORDER if key in laws] or ["1203.4"]


# The engine's immigration line for a first simple possession convicted before Nunez-Reyes
# (2011-07-14): its citation names the case (clinic_app.eligibility.immigration).
_NUNEZ_REYES_CITE = "Nunez-Reyes v. Holder, 646 F.3d 684"


def _first_possession_window(ctx: _Context, members: Iterable[RecordEntry]) -> bool:
    """Whether one of `members` is a first simple possession convicted before 2011-07-14, which
    once dismissed may still be no conviction in the Ninth Circuit (ca-rules.md 4.8 [M]): the
    handout said flatly "a dismissed conviction still counts as a conviction" (V63-03).  The
    engine decides it (first offense, probation not violated); its immigration line says so."""
    if ctx.screening is None or not ctx.non_citizen:
        return False
    keys = {(entry.case, entry.conviction) for entry in members if entry.conviction is not None}
    return any(c.topic == "immigration" and _NUNEZ_REYES_CITE in c.cite and (c.case, c.conviction) in keys
               for c in ctx.screening.consequences)


# Lab. Code 432.8 binds the employers 432.7 binds, private and public (ca-rules.md 4.1).
_EMPLOYERS_432_8 = frozenset({"private_job", "government_job"})


def _diversion_among(ctx: _Context, members: list[RecordEntry]) -> bool:
    """Whether an arrest among `members` ended in diversion or deferred entry of judgment
    completed: its client may be asked about the program, which Lab. Code 432.7 bars as it bars
    asking about the arrest (D140-04)."""
    cases = {entry.case for entry in members}
    return any(case.outcome == "diversion_completed" for case in ctx.client.cases if case.id in cases)


def _marijuana_two_years(ctx: _Context, conv: Conviction) -> bool:
    """A marijuana misdemeanor (a Prop 64 section of the catalog: HS 11357-11360) that stands
    and is more than two years old on `as_of`, or of unknown date: ca-rules.md 4.1 [M] says
    "certain" such misdemeanors may not be asked about (Lab. Code 432.8) without saying which,
    so the handout says it may be one, never that it is (L27-03: 432.8 was said nowhere)."""
    if effective_level(conv) != "misdemeanor":
        return False
    off = _catalog_offense(conv)
    if off is None or not off.prop64:
        return False
    return conv.conviction_date is None or anniversary(conv.conviction_date, 2) < ctx.as_of


def _with_note(cell: dict, more: dict, *, first: bool = False) -> dict:
    """`cell` with `more`'s note after its own (singular and plural) and its cite added; `first`:
    before its own, where `more` goes on from the answer itself (N228-01)."""
    def joined(note: str, added: str) -> str:
        return " ".join(text for text in ((added, note) if first else (note, added)) if text)

    out = {**cell, "note": joined(cell.get("note", ""), more["note"]), "cite": _join_cites([cell.get("cite", ""), more["cite"]])}
    if "note" in cell.get("many", {}) or ("many" in cell and "many" in more):
        # `more`'s own plural where it has one (N228-01), else its one note; beside a plural
        # that has no note of its own, the cell's note goes on in it, as `_in_number` reads it.
        out["many"] = {**cell["many"], "note": joined(cell["many"].get("note", cell.get("note", "")),
                                                      more.get("many", {}).get("note", more["note"]))}
    return out


def _words(ctx: _Context, cell: dict, members: Iterable[RecordEntry]) -> tuple[str, str, str]:
    """(say, note, cite) of `cell`, in the number of the convictions among `members`."""
    cell = _in_number(ctx, cell, members)
    return cell["say"], cell.get("note", ""), cell.get("cite", "")


def _in_number(ctx: _Context, cell: dict, members: Iterable[RecordEntry]) -> dict:
    """`cell` in the number of the convictions among `members`, or, among none, of its arrests
    (see `_for_count`): "For a sealed arrest ... Tell about it" over two arrests read as if
    one of them were meant, where the conviction lines beside it agreed in number (W27-02)."""
    if "many" not in cell:
        return cell
    members = list(members)
    convictions = len(list(_convictions_of(ctx, members)))
    return _for_count(cell, convictions or sum(1 for member in members if member.conviction is None))


def _for_count(words: dict, convictions: int) -> dict:
    """`words` for `convictions` convictions: their `many` words for more than one, where they
    have them.  "This conviction" beside three convictions read as if only one of them were
    meant (W26-05); so did a gun note over several (W26B-02)."""
    plural = words.get("many")
    if plural is None:
        return words
    said = {k: v for k, v in words.items() if k != "many"}
    if convictions > 1:
        said.update(plural)
    return said


def _by_law(ctx: _Context, spec: dict, cell: dict, members: list[RecordEntry], coming: Iterable[str] = ()) -> dict:
    """A reduced gun cell with the law of each reduction among `members` added: Prop 47 keeps
    the felony gun ban (PC 1170.18(k)), a 17(b) reduction does not (ca-rules.md 3.7, 3.8),
    and the Prop 47 words had been said beside 17(b) reductions as well (finding H22B-03)."""
    granted = {g.remedy for _case, conv in _convictions_of(ctx, members) for g in conv.relief_granted}
    # A change still to come (Prop 64: A63-01; PC 17(b), Prop 47: H86-01): its law, as once granted.
    granted = granted | set(coming)
    by = [spec["reduced_by"][law] for law in ("pc17b", "prop47", "prop64") if law in granted]

    def with_laws(note: str) -> str:
        return " ".join(text for text in (note, *(b.get("note", "") for b in by)) if text)

    out = {**cell, "note": with_laws(cell.get("note", "")), "cite": _join_cites([*(b["cite"] for b in by), cell.get("cite", "")])}
    if "note" in cell.get("many", {}):  # the plural note (W26-05) gets the laws' words too
        out["many"] = {**cell["many"], "note": with_laws(cell["many"]["note"])}
    return out


def _convictions_of(ctx: _Context, entries: Iterable[RecordEntry]) -> Iterable[tuple[Case, Conviction]]:
    """The client's (case, conviction) behind each conviction entry."""
    wanted = {(e.case, e.conviction) for e in entries if e.conviction is not None}
    for case in ctx.client.cases:
        for conv in case.convictions:
            if (case.id, conv.id) in wanted:
                yield case, conv


# ---- what you still need to do ----------------------------------------------------------


def _tasks(ctx: _Context, record: list[RecordEntry]) -> list[Task]:
    """The checklist: what the record still asks, then the steps toward relief for every
    conviction and every arrest in `record` (arrests too: review finding H20-08)."""
    t, who = ctx.t["tasks"], ctx.t["who"]
    named = _named_apart(ctx, record)
    tasks: list[Task] = list(_record_tasks(ctx, record))
    convictions = any(_day_to_find(ctx, case, conv) for case, conv in _convictions_of(ctx, record))
    arrests = _arrest_day_to_find(ctx, record)
    if convictions or arrests:
        # A year ("1989") or a month ("3/1994") told at intake: the card gives it (X162-01), and
        # nothing asked the client for the papers that give the day (S163-03).  Said once.  An
        # arrest's too, whose automatic relief counts from its day (H360-04).
        key = "conviction_day_papers" if not arrests else "arrest_day_papers" if not convictions else "both_day_papers"
        tasks.append(Task(t[key], who["you"]))
    waiting: list[Task] = []  # what waits on someone else, or on the record changing
    # One line per step and day, naming each conviction it is for: twelve counts of one case
    # had printed twelve "Come back to the clinic on or after January 1, 2028 about: ..." lines
    # and eleven "After January 1, 2028, check your record" lines (finding H22-03).
    # Arrests keep lines of their own: "Petty theft; Arrest: Battery; Resisting, ..." would blur
    # which is a conviction.
    steps: dict[tuple[str, date | None, str, bool, bool], list[str]] = {}
    # The cases each step names: two cases given relief have an order each, and "Keep a copy of
    # the court order: Burglary; Possession" spoke of one (K164-01).
    cases_of: dict[tuple[str, date | None, str, bool, bool], set[int]] = {}

    def step(key: str, entry: RecordEntry, by: str, due: date | None = None, later: bool = False) -> None:
        arrest = entry.conviction is None and entry.column in ("arrest", "arrest_not_sealed", "pending")
        # The order to keep is one thing to do whatever it cleared, and the arrest is named as
        # one ("the arrest for ..."): dismissed convictions beside an arrest the court sealed
        # read "Keep a copy of the court order: ..." twice, one line under the other (R152).  So
        # is the look for "relief granted": one RAP sheet shows DOJ's relief of a conviction and
        # of an arrest alike, and the line was said twice, one under the other (T154-04).
        apart = entry.conviction is None and key not in _SAID_WITH_THE_CONVICTIONS
        whats = steps.setdefault((key, due, by, later, apart), [])
        cases_of.setdefault((key, due, by, later, apart), set()).add(entry.case)
        what = named(entry, _the_arrest(ctx, entry.case)) if arrest else named(entry)
        if what not in whats:
            whats.append(what)

    late_proof = sure_late = hearing = fire_camp_proof = notice = False
    proof_for: set[str] = set()  # the relief the judge weighs good conduct for: its proof asked where any
    proof_by: list[date] = []  # the hearings set on petitions filed for it: the proof is of use until then
    proof_later = False  # proof for a relief with no hearing set (not filed, or none set): of use after them
    survivors: set[tuple[str, str | None]] = set()  # the convictions proof of trafficking is for
    checks: list[str] = []  # the "check your record" lines
    checks_now: list[str] = []  # those with no day to wait for
    for entry in record:
        if entry.state in ("out_of_state", "arrest_out_of_state"):
            # The card says to ask a clinic lawyer where to get help with it: "Nothing for now.
            # Nobody: nothing to do" under it had said the opposite (P61-01).
            step("ask_out_of_state", entry, who["you"])
        if entry.column == "arrest" and "pc851_91" in granted_on_an_arrest(
                next(case for case in ctx.client.cases if case.id == entry.case)):
            # The court's order is what proves the sealing (PC 851.92): the card says the arrest
            # sealed and leaves out its petition, so the list had said "Nothing for now" where a
            # grant on the plea's withdrawal asks to keep its order (R142-02; S148-05).
            step("court_granted_kept", entry, who["you"])
        if entry.conviction is not None and any(_court_ordered(conv) for _case, conv in _convictions_of(ctx, [entry])) \
                and not any(option.court_state == "granted" for option in entry.options):
            # Relief recorded on the count: the card's "Nothing more is needed. Keep a copy of the
            # court order." over a list saying "Nothing for now" (a conviction sealed before 18,
            # G150 saw it).  The order is its proof, also where more relief is open: a felony
            # dismissed, its 17(b) still to ask, was left out of the list (H160-03).  Beside a
            # grant not recorded yet, whose step says to keep its order, not said twice.
            step("court_granted_kept", entry, who["you"])
        for option in entry.options:
            d = option.status
            if option.court_state in ("filed", "granted", "denied"):
                # Filed by the clinic: not "Go to the court hearing if the court sets one", beside
                # a card saying the court set it and the clinic will tell whether to go (B56-02).
                _court_step(ctx, step, entry, option)
                heard = _heard(ctx, option.hearing_on)
                if option.court_state == "filed" and option.remedy == "pc1203_49" and not heard:
                    # The judge still weighs proof of trafficking, not of good conduct (H31-01): a
                    # survivor whose petition was filed was told to gather letters and pay stubs,
                    # and, all filed, nothing about the trafficking (R251-01).
                    survivors.add((entry.case, entry.conviction))
                elif option.court_state == "filed" and option.mode == "discretionary" and not heard:
                    # Not for a hearing held: the list asks what happened at it (H375-01).
                    proof_for.add(option.remedy)
                    if option.hearing_on is not None:
                        proof_by.append(option.hearing_on)  # not heard: on the page's day or after
                    else:
                        proof_later = True
                # Not for a hearing held, as for good conduct (R383-04).
                late_filed = option.court_state == "filed" and option.mode == "good_cause" and not heard
                late_proof = late_proof or late_filed
                sure_late = sure_late or late_filed
            elif d == "eligible" and option.remedy in AUTOMATIC:
                step("check_rap_now", entry, who["you"])
            elif d == "eligible" and option.remedy in VACATURS:
                # The card says a lawyer the clinic helps find brings the motion (H36-01): the
                # list said "Wait for a clinic lawyer to review: Petty theft", a wait for the
                # clinic where the client is to go to that lawyer (D48-05).
                step("vacate", entry, who["you"])
                notice = notice or option.remedy == "pc1473_7"
            elif d == "eligible":
                hearing = True
                if option.remedy == "pc1203_49":
                    survivors.add((entry.case, entry.conviction))  # proof of trafficking, not of good conduct (H31-01)
                else:
                    if option.mode == "discretionary":
                        proof_for.add(option.remedy)
                        proof_later = True
                    # Past the deadline (Prop 47 after 2022-11-04) the judge first weighs the
                    # reason for the delay, the card's "Bring proof of that reason": not proof of
                    # good conduct, which the list had asked for alone (G58-01).
                    late_proof = late_proof or option.mode == "good_cause"
                    # Not where the card offers 17(b) as the other way: the lawyer may choose it (J125-03),
                    # nor where the judge said no to 17(b): the lawyer decides whether to ask (G261-02).
                    sure_late = sure_late or (option.mode == "good_cause"
                                              and not _late_proof_if_chosen(option, entry.options))
                    fire_camp_proof = fire_camp_proof or option.remedy == "pc1203_4b"  # H31-06
            elif d == "eligible_on":
                due = _date_of(ctx, entry, option)
                step("check_rap" if option.remedy in AUTOMATIC else "come_back_on", entry, who["you"], due)
            elif d == "blocked":
                due = _date_of(ctx, entry, option)
                if due and option.remedy in AUTOMATIC:
                    # The option says the DOJ may act after that day and to check the record,
                    # no papers: not "come back to the clinic" for it (finding H21-03).
                    step("check_rap", entry, who["you"], due)
                elif due:
                    step("come_back_on", entry, who["you"], due)
                else:
                    # The cause, not "the problem above": the headline may name none (H20-10).
                    step("come_back_when", entry, who["you"], later=True)
            elif d == "needs_review" and option.remedy != "other" and option.reviewed:
                step("lawyer_reviewed", entry, who["clinic"])  # the lawyer has looked (A160-03)
            elif d == "needs_review" and option.remedy != "other":
                step("lawyer", entry, who["lawyer"], later=True)
    for (key, due, by, later, _arrests), whats in steps.items():
        cause = ctx.blocking_cause if key == "come_back_when" else ""
        many_orders = key in _ORDERS_KEPT and len(cases_of[(key, due, by, later, _arrests)]) > 1
        # Three names or more, one a line: "Come back ... about: Petty theft (Misdemeanor, 2001 ·
        # PC 484(a)/488); Prostitution (soliciting or engaging); Possession ..." ran fifteen
        # names on in one paragraph of a narrow column, which no one could scan for their
        # case (finding H35-02).
        what = "; ".join(whats) if len(whats) < LISTED_FROM else _one_a_line(whats)
        if key == "come_back_when" and ctx.bar_said_first and len(whats) >= POINTED_FROM and not _arrests:
            # Each card of these says "see “Read this first”": 37 names under it, one a line, ran
            # two pages of the to-do list, the rest of the list after them (H308-02).
            text = t["come_back_when_pointed"].format(cause=cause, count=len(whats))
        else:
            text = t[key + "_cases" if many_orders else key].format(what=what, date=format_date(due, ctx.t), cause=cause)
        if len(whats) >= LISTED_FROM and "\n" in text:  # a list, not a sentence: no space before it, no stop after
            text = text.replace(": \n", ":\n").removesuffix(".")
        # "Come back on or after" and "After ..., check your record" name the first day they
        # may be done, not a deadline: under "By when" the same day read as the last one, "Come
        # back to the clinic on or after May 2, 2027 ... | By when: May 2, 2027" (finding
        # H28-01).  The day is in the words; `due` still puts the line in order.
        line = Task(text, by, due) if key in _FROM_A_DAY else _dated(ctx, text, by, due)
        (waiting if later else tasks).append(line)
        if key in ("check_rap", "check_rap_now"):
            checks.append(text)
            if key == "check_rap_now":
                checks_now.append(text)
    if proof_for:
        # Ending probation early the only relief it is for: "Gather proof ... for the judge"
        # led the list of a client told to come back in 2027, who could not tell which judge,
        # nor that it was for the one step that could make her wait shorter (O250-02).
        early = proof_for == {"pc1203_3"}
        # By the first hearing set, the day the proof is of use until: "Gather proof" with no
        # "By when", above "the court hearing on December 1", did not say so (H375-03).
        # Not where it is also for a relief with no hearing set: by the first hearing's day read as
        # of no use after it, to a client whose second filing will want the same proof (R383-03).
        by = None if proof_later else min(proof_by, default=None)
        tasks.append(_dated(ctx, t["proof_probation_early" if early else "proof"], who["you"], by))
    if late_proof:
        tasks.append(Task(t["proof_late" if sure_late else "proof_late_if_chosen"], who["you"]))
    if fire_camp_proof:
        tasks.append(Task(t["proof_fire_camp"], who["you"]))
    if survivors:
        # Said of each conviction it is for: «la causa de su condena», one, to a survivor with
        # three counts eligible read as one conviction to prove (G239; G247-01).
        tasks.append(Task(t["proof_survivor" if len(survivors) == 1 else "proof_survivor_convictions"], who["you"]))
    if hearing and any(key in ("court_hearing", "court_hearing_passed") for key, *_ in steps):
        # Beside "The clinic will tell you if you need to go to the court hearing on ...", "Go
        # to the court hearing if the court sets one" told the client to go, and said the
        # hearing twice (A63-07): for the papers not filed yet, the clinic tells the day.
        waiting.insert(0, Task(t["hearing_more"], who["clinic"]))
    elif hearing:
        waiting.insert(0, Task(t["hearing"], who["you"]))  # the court sets it, the clinic tells the day
    counties = _counties_filed_in(ctx, record)
    if len(counties) > 1:
        # Cases in Los Angeles, Riverside and San Bernardino: "Go to the court hearing" said
        # one court, and nothing on the page said the papers go to three, a hearing perhaps
        # far from home (C149-03).  Last, after the hearing line it explains.
        listed = _and_listed(t, [", ".join(counties[:-1]), counties[-1]])
        waiting.append(Task(t["courts_of_counties"].format(counties=listed), who["clinic"]))
    # What the client can do now first, then what is dated, soonest first, then what waits on
    # someone else: "Pay the fines" and "Gather proof" had come after "Come back on or after"
    # a day years ahead, as if they had to wait for it (finding H21-42).
    now = [task for task in tasks if task.due is None]
    dated = sorted((task for task in tasks if task.due is not None), key=lambda task: task.due)
    tasks = _dedupe(now + dated + waiting)
    if checks:
        # "Check your record for 'relief granted'", and nothing of what to do if it is not there:
        # DOJ acts only where its records are complete (ca-rules.md 3.5: a missing disposition
        # means no relief), and the window's next step says what then (a petition, or the court
        # asked to report the disposition).  A client read "No papers are needed" and took
        # himself as done either way (H401-01).
        # Once, under the last check (and under the how-to where that follows the check).
        last = max(i for i, task in enumerate(tasks) if task.text in checks)
        tasks.insert(last + 1, Task(t["rap_not_there"], who["you"]))
    day_papers = {t[key] for key in ("conviction_day_papers", "arrest_day_papers", "both_day_papers")}
    papers = next((i for i, task in enumerate(tasks) if task.text in day_papers), None)
    if papers is not None:
        # "Bring your court papers or your record (RAP sheet)" to a client who kept no papers
        # (a man who has seen no court since 1988) said nowhere how to get that record, which
        # was said only under a "check your record" line (O207-02).  Once, just before it: it
        # comes before any check, which needs the record in hand too (H29-06).  With no check,
        # the papers do instead: "If you have no court papers", or a client who kept them read
        # first a step to be fingerprinted and pay a fee for nothing (R210-02).
        tasks.insert(papers, Task(t["get_rap" if checks else "get_rap_without_papers"], who["you"]))
    elif checks:
        # "Check your record (RAP sheet)" had never said how to get one (finding H22B-01):
        # said once, under the first such line (ca-rules.md 6: Live Scan, a fee waiver).
        # A check to do now needs the record in hand first: under it, the list read "Check your
        # record (RAP sheet) for 'relief granted'", then "Ask the clinic how to get a copy of your
        # record", a step that could not be done in the order read (H29-06).  A check a day
        # ahead keeps the how-to under it, not first on the list (H22B-01).
        first = next(i for i, task in enumerate(tasks) if task.text in checks)
        tasks.insert(first if tasks[first].text in checks_now else first + 1, Task(t["get_rap"], who["you"]))
    if notice:
        # Not only "Wait for a clinic lawyer": a 1473.7 motion filed long after a Notice to
        # Appear may be found untimely (ca-rules.md 3.15; finding H31-04).  Before anything
        # else, and just after the immigration line, which goes in front of it next.
        tasks.insert(0, Task(t["immigration_notice"], who["you"]))
    if ctx.non_citizen and ctx.client.cases:
        # First: "before you file anything" (the screening's own first step for a non-citizen),
        # not after "Go to the court hearing" (finding H21-21).
        # Unknown: the client is asked first, and told what to do if not a citizen (I29-01).
        ask = ctx.client.person.us_citizen is None
        tasks.insert(0, Task(t["immigration_ask" if ask else "immigration"], who["you"]))
    tasks += _restitution_tasks(ctx, record)  # last: it does not stand in the way of relief
    return tasks or [Task(t["nothing"], who["nobody"])]


def _day_to_find(ctx: _Context, case: Case, conv: Conviction) -> bool:
    """The record has no day for `conv`, whose year (or month and year) the client gave at intake."""
    return conv.conviction_date is None and case.disposition_date is None and \
        years_alone.year_given(ctx.client, case, "conviction date") is not None


def _arrest_day_to_find(ctx: _Context, record: list[RecordEntry]) -> bool:
    """An arrest in `record` that did not end in a conviction (not an open case, nor another
    state's) has no day in the record, and the client gave its year (or month and year) at intake."""
    ids = {e.case for e in record if e.conviction is None and e.column in ("arrest", "arrest_not_sealed")
           and e.state not in ("pending", "arrest_out_of_state")}
    return any(case.id in ids and case.arrest_date is None and case.disposition_date is None
               and years_alone.year_given(ctx.client, case, "arrest date") is not None for case in ctx.client.cases)


def _court_step(ctx: _Context, step: Callable, entry: RecordEntry, option: Option) -> None:
    """The checklist's step for relief the clinic has filed a petition for (B56-02): the
    hearing set, which the clinic says whether to go to (the page does not); a denial, for a
    clinic lawyer to review; a grant, its order to keep and a new page to ask for, as the card
    says.  Filed with no hearing to come, nothing is the client's to do: the card says it."""
    who = ctx.t["who"]
    if option.court_state == "filed" and option.hearing_on is not None and option.hearing_on >= ctx.as_of:
        step("court_hearing", entry, who["clinic"], option.hearing_on)
    elif option.court_state == "filed" and option.hearing_on is not None:
        # The day gone with no ruling entered (A63-04): the card says to ask the clinic what
        # happened; the list had said nothing of it, or only "Go to the court hearing if the
        # court sets one" for papers still to file, as if none had been set (U63-03).
        step("court_hearing_passed", entry, who["you"], option.hearing_on)
    elif option.court_state == "denied" and option.denial_reviewed:
        # Reviewed since: what next is the clinic's to say (D64-01), and the clinic's step (C70-03).
        step("lawyer_reviewed", entry, who["clinic"])
    elif option.court_state == "denied":
        step("lawyer", entry, who["lawyer"], later=True)
    elif option.court_state == "granted":
        # On an arrest, the order to keep and no new page to ask for: the card says the grant
        # done, as a new page would, having no count to record it on (D140-02, R142-02).
        step("court_granted" if entry.conviction is not None else "court_granted_kept", entry, who["you"])


# From this many convictions named by one step, each is on a line of its own (`_tasks`).
LISTED_FROM = 3
# From this many convictions "Come back ... when this changes" counts them, where the bar is
# said first and each of their cards points to it, instead of naming each (H308-02).
POINTED_FROM = 10


def _one_a_line(items: list[str]) -> str:
    """A checklist step's list, each item a bulleted line of its own under the step (render
    breaks the step's text at each newline)."""
    return "".join(f"\n• {item}" for item in items)

# The steps that name the first day they may be done ("on or after", "After"), not a deadline.
# The to-do steps whose line names an arrest beside the convictions, not on a line of its own.
_SAID_WITH_THE_CONVICTIONS = frozenset({"court_granted_kept", "check_rap", "check_rap_now"})
# The to-do steps that name the court's order, one for each case ("_cases": the orders, K164-01).
_ORDERS_KEPT = frozenset({"court_granted", "court_granted_kept"})
_FROM_A_DAY = frozenset({"come_back_on", "check_rap", "court_hearing", "court_hearing_passed"})


def _named_apart(ctx: _Context, record: list[RecordEntry]) -> Callable[[RecordEntry], str]:
    """How a task names an entry: its title, or, where two cards share the title (each told
    apart by its line, H23-01), the title with that line: "Cultivation of marijuana" once
    stood for HS 11358 of 2010 and of 2016 (W27B-03)."""
    details: dict[str, set[str]] = {}
    for entry in record:
        details.setdefault(entry.title, set()).add(entry.detail)

    def named(entry: RecordEntry, said: str | None = None) -> str:
        """`said`: the entry as a sentence says it, in place of its title (H68-02)."""
        if len(details.get(entry.title, ())) <= 1:
            return said or entry.title
        return ctx.t["labels"]["told_apart"].format(title=said or entry.title, detail=entry.detail)

    return named


def _date_of(ctx: _Context, entry: RecordEntry, option: Option) -> date | None:
    for d in ctx.results(entry.case, entry.conviction) + ctx.results(entry.case, None):
        if d.remedy == option.remedy and d.status == option.status:
            return d.date
    return None


def _supervision_kind(case: Case | None) -> str | None:
    """The kind of supervision after release a case's sentence has ("parole"), for its
    checklist line to name it as the cards do: "Finish your supervision" beside "your parole
    must end" read as two things to finish (finding S45-04)."""
    custody = case.sentence.custody if case is not None and case.sentence is not None else None
    kind = custody.supervision_kind if custody is not None else None
    return kind if kind in ("parole", "prcs", "mandatory_supervision") else None


def _dated(ctx: _Context, text: str, who: str, due: date | None, done: bool = False) -> Task:
    return Task(text, who, due, format_date(due, ctx.t), done)


def _dedupe(tasks: list[Task]) -> list[Task]:
    seen: set[str] = set()
    out = []
    for task in tasks:
        if task.text not in seen:
            seen.add(task.text)
            out.append(task)
    return out


def _fines_left(ctx: _Context, case: Case | None) -> bool:
    """Whether the record shows fines of `case` unpaid on the page's day (not ones never
    recorded paid or not: `fines_unrecorded` asks about those)."""
    if case is None or not case.money:
        return False
    money = case.money.as_it_stood(ctx.as_of)
    return money.fines_owed > 0 and not money.unrecorded("fine")


def _record_tasks(ctx: _Context, record: Iterable[RecordEntry] = ()) -> Iterable[Task]:
    """What the record itself still asks of the client: probation, classes, money, ...

    Which items are open, and their dates, come from the clinic's checklist
    (`clinic_app.checklist`), so the handout and the workspace agree; the words are the
    handout's own, in the client's language.  `record` (the cards) names a case's
    convictions where a line says which case it is for (see `_of_case`).
    """
    t, who = ctx.t["tasks"], ctx.t["who"]
    cases = {case.id: case for case in ctx.client.cases}
    conditions_done: set[str] = set()
    revoked: set[str] = set()  # cases whose revocation line stands for their conditions (K28-01)
    fines: dict[str, int] = {}  # owed per case, in the checklist's order
    items = [item for item in checklist(ctx.client, ctx.as_of) if not item.done]
    # Two cases on probation had read "Finish probation (May 20, 2028)." and "Finish probation
    # (June 1, 2029)." with nothing to say which was which (finding H22B-02).
    # The same for supervision after release, a custody sentence and a protective order: their
    # words no longer carry the day, which is said once, under "By when" (H93-01), so two cases'
    # "Obey the protective order until it ends." would read as one line, and `_dedupe` keep one.
    several = {kind for kind in ("probation", "supervision", "sentence", "protective_order")
               if sum(item.kind == kind for item in items) > 1}
    # A sentence not yet completed (no probation, no custody) has no day and no card that names
    # it: "Finish your sentence." alone, among the tasks of fourteen cases whose revocations and
    # fines each said their case, did not say which sentence (L109-02).
    if sum(case.outcome == "convicted" for case in cases.values()) > 1:
        several.add("sentence")
    # Two cases' classes and hours, under no case, did not say which were whose, where their
    # probation lines each said theirs; two cases' "You have done 10 of 40 hours." ending the
    # same day read as one line, and `_dedupe` kept one (T122-01).
    if len({item.case for item in items if item.kind == "condition"}) > 1:
        several.add("condition")
    for item in items:
        case = cases.get(item.case)
        due_text = format_date(item.due, ctx.t)
        if item.kind in ("probation", "supervision", "sentence"):
            if item.kind == "probation":
                # Its last day is still probation (the checklist's "this is its last day"): only a
                # day gone is one to confirm (S27C-05: on the last day "Your probation was to end
                # on December 3, 2026. Get court papers that show it ended.").
                key = "probation_unknown" if not item.due else (
                    "probation_confirm" if item.due < ctx.as_of else "probation_end")
            else:
                kind = (_supervision_kind(case) if item.kind == "supervision" else None) or item.kind
                key = f"{kind}_end" if item.due else f"{kind}_unknown"
                if item.label == RELEASE_UNKNOWN:
                    # A jail or prison term's release day not recorded (checklist._custody_items):
                    # out, maybe for years, "Finish your sentence" was not his (S215-04); one the
                    # record says is not completed keeps "Finish your sentence" (R223-03).
                    key = "release_unknown"
                elif item.label == PAROLE_UNRECORDED:
                    # A prison term's parole or PRCS, its kind and end not recorded: "your
                    # supervision" did not say which, nor that it came after prison (H428-01).
                    key = "parole_or_prcs_unknown"
                elif key == "sentence_unknown" and _fines_left(ctx, case):
                    # A fine-only sentence (a no-license count, a speeding ticket) read "Finish
                    # your sentence." beside "Pay the fines you still owe", as if something else
                    # were left to do: its fines are said to be part of it (T274-03).
                    key = "sentence_unknown_fines"
            text = t[key].format(date=due_text)
            if item.kind in several and case is not None:
                text = _of_case(ctx, case, text, record)
            if key == "probation_confirm":
                # A day already past, in the words: not "By when" a day gone, which read as a
                # deadline missed for getting the papers (finding H23-06); it is to do now.
                yield Task(text, who["you"])
                continue
            yield _dated(ctx, text, who["you"], item.due)
            if key == "probation_end" and item.case in ctx.ab1950_cases:
                # The cap was only in the small-print cites: "Finish probation (January 19,
                # 2029)." alone (K28-02).  A check promised, no shorter date: the ordered one stands
                # until a lawyer reads it.  Its day orders it under the probation line.
                check = t["ab1950_check"]
                if item.kind in several and case is not None:
                    check = _of_case(ctx, case, check, record)
                yield Task(check, who["lawyer"], item.due)
        elif item.kind == "condition" and case is not None and item.case not in conditions_done:
            conditions_done.add(item.case)  # one pass words every open condition of the case
            yield from _condition_tasks(ctx, case, revoked=item.case in revoked,
                                        record=record if "condition" in several else None)
        elif item.kind == "revocation" and case is not None:
            # In place of the case's conditions (checklist._revoked): not "Finish: ... By June
            # 23, 2027" for a grant revoked in 2025, nor that they are over (K28-01).  The
            # checklist gives it before the case's condition items.  With none left to keep it
            # is said all the same: the sentence that followed is what relief waits on (K30-01).
            revoked.add(item.case)
            day = case.sentence.probation.as_it_stood(ctx.as_of).last_revoked()  # type: ignore[union-attr]  # revoked: there is one
            text = (t["revoked_conditions"].format(date=format_date(day, ctx.t)) if day is not None
                    else t["revoked_conditions_undated"])
            yield Task(_of_case(ctx, case, text, record), who["you"])
        elif item.kind == "fines" and case is not None and case.money:
            money = case.money.as_it_stood(ctx.as_of)  # later payments not yet made (O22-09)
            owed = money.fines_owed
            if money.unrecorded("fine"):
                # Nothing recorded paid: the client finds out what was, not told the whole is
                # owed (U52-01: "Pay the fines you still owe: $500.").
                yield Task(_of_case(ctx, case, t["fines_unrecorded"].format(amount=f"{money.fines_ordered:,}"), record), who["you"])
            elif owed:
                fines[case.id] = fines.get(case.id, 0) + owed
        elif item.kind == "pending_case":
            # On a record with no conviction the open case holds up nothing but its own sealing,
            # once it ends: "must end first", under "You qualify now" for each arrest that ended,
            # read as a wait for those too (J119-02).
            yield Task(t["pending_case_alone" if open_cases_hold_up_nothing(ctx.client.cases) else "pending_case"], who["you"])
        elif item.kind == "protective_order":
            text = t["protective_order"].format(date=due_text)
            if item.kind in several and case is not None:
                text = _of_case(ctx, case, text, record)
            yield _dated(ctx, text, who["you"], item.due)
    # Each case its own line where any case's fines are a condition of its probation, to pay by
    # its last day: the one line for all cases below had no "By when" nor what to do if she
    # cannot pay, which one case's line says (K217-01: fines unpaid in two cases, each a
    # condition, said neither).  Named by its case, the lines differ (H21-46).
    dues = {case_id: fines_by(cases[case_id], ctx.as_of) for case_id in fines}
    # None a condition, one line for all cases (below), but not the fines of a sentence the record
    # marks completed: asked about on its own line (H375-02), not in "Pay each court what its case
    # owes" with the rest, to pay again what may have been worked off (K387-02).
    together = {} if len(fines) == 1 or any(due is not None for due in dues.values()) else \
        {case_id: owed for case_id, owed in fines.items() if not unpaid_though_completed(cases[case_id])}
    if len(together) == 1:
        together = {}  # one case left: its own line, as one case's is
    for case_id, owed in fines.items():
        if case_id in together:
            continue
        due = dues[case_id]
        # A condition of probation, to pay by its last day: what to do if she cannot, as
        # the screening's step says ("or ask the court about ability to pay", ca-rules.md
        # 2.3).  A client paying restitution monthly read "Pay the fines you still owe:
        # $620." alone, nothing for the month she cannot (E201-03).
        # Unpaid on a sentence the record marks completed, the screening asks whether they
        # were paid, converted or waived: asked, not only owed (H375-02).
        key = "pay_fines_by" if due is not None else \
            "pay_fines_or_proof" if unpaid_though_completed(cases[case_id]) else "pay_fines"
        text = t[key].format(amount=f"{owed:,}")
        # Named where another case's fines are asked about ("Case BA200001: Fines of $300
        # were ordered. Find out ..."): "Pay the fines you still owe: $150." beside it read
        # as those fines (T122-04); and where the cases are in several counties: "Pay the
        # fines you still owe: $520." did not say which of four courts (L165-05).  Asked about, of
        # a client with another case: the proof and the sentence are this case's, and "The facts
        # we have show fines of $385 not paid" over "Finish probation" in another read as that
        # case's (client 182 of the demo, K387-03).
        if sum(item.kind == "fines" for item in items) > 1 or ctx.counties_differ \
                or (key == "pay_fines_or_proof" and len(ctx.client.cases) > 1):
            text = _of_case(ctx, cases[case_id], text, record)
        # By probation's last day where paying them is a condition, as the case's classes
        # and hours are: no "By when" had left the fines for after it, and the mandatory
        # route with them (E130-01).
        yield _dated(ctx, text, who["you"], due)
    if together:
        # None a condition: one line for all cases: one per case read as the same line twice
        # where two owed the same, and the checklist's de-duplication then dropped one amount
        # (finding H21-46).
        # Each case named with its amount, one a line as the checklist's lists of convictions
        # are: "$900" alone for three cases did not say which court to pay (finding H36-02).
        each = _one_a_line([_of_case(ctx, cases[case_id], t["amount"].format(amount=f"{owed:,}"), record)
                            for case_id, owed in together.items()])
        yield Task(t["pay_fines_cases"].format(amount=f"{sum(together.values()):,}", cases=each), who["you"])


def _of_case(ctx: _Context, case: Case, task: str, record: Iterable[RecordEntry] = ()) -> str:
    """`task`, saying which case it is for: the court case number the client's papers carry,
    or else what the case's convictions are, as the tasks name them (`_named_apart`): two
    cases of one offense, neither numbered, read "Cultivation of marijuana: Find out when
    your supervision ends." once for both (W27B-07).  A number typed where it was not known
    ("unknown", R46-06) is no number: two such cases read "Case unknown: Finish probation ...",
    in Spanish "Caso unknown: ...", and neither said which (R84b-04).  A number another of the
    client's cases has too is said with the day of its conviction (or arrest), in the page's
    date style: "Case 24CR042: $400" twice, and the two cases' "Case 24CR042: Finish probation."
    read as one line, did not say which case was which (K410-01)."""
    t = ctx.t["tasks"]
    if _court_number(case):
        convicted = case.outcome == "convicted"
        day = (_day_of(case, True) if convicted else case.arrest_date) if case.id in ctx.numbers_shared else None
        if day is not None:
            county = _county_told(ctx, case, day)
            key = ("in_case_convicted" if convicted else "in_case_arrested") + ("_in" if county else "")
            return t[key].format(number=case.case_number, date=format_date(day, ctx.t), county=county, task=task)
        return t["in_case"].format(number=case.case_number, task=task)
    record = list(record)
    named = _named_apart(ctx, record)
    entries = {entry.conviction: entry for entry in record if entry.case == case.id}
    offenses = "; ".join(dict.fromkeys(
        named(entries[conv.id]) if conv.id in entries else ctx.title(case, conv) for conv in case.convictions))
    return t["for_offense"].format(offense=offenses, task=task) if offenses else task


def _county_told(ctx: _Context, case: Case, day: date) -> str | None:
    """The county a task names `case` by beside its `day` (`_of_case`), where another case of its
    number has that day too and another county, as a number two courts gave: "Case 24CR042
    (convicted March 1, 2024)" read alike for both, and their tasks merged as one (K410-03).
    None where the day tells them apart, or the county does not."""
    if case.jurisdiction != "CA" or not (county := _county(case)):
        return None
    number, convicted = case_number_key(case.case_number), case.outcome == "convicted"
    twins = [other for other in ctx.client.cases if other.id != case.id and case_number_key(other.case_number) == number
             and (other.outcome == "convicted") == convicted
             and (_day_of(other, True) if convicted else other.arrest_date) == day]
    return county if any(county_key(other.county) != county_key(case.county) for other in twins) else None


def _restitution_tasks(ctx: _Context, record: list[RecordEntry] | None = None) -> list[Task]:
    """Restitution still owed.  Since SB 1106 (2023-01-01) unpaid restitution does not stop a
    dismissal, a 17(b) reduction or most other relief, and is no broken probation condition;
    it stays owed (ca-rules.md 2.3).  Said so, and listed after the steps toward relief, so a
    client does not wait to pay before filing (review finding H20-06).  `record` names the
    cases where more than one owes (`_of_case`)."""
    t, who = ctx.t["tasks"], ctx.t["who"]
    key = "restitution_owed" if ctx.as_of >= SB1106_EFFECTIVE else "pay_restitution"
    cases = {case.id: case for case in ctx.client.cases}
    monies = [(cases[item.case], cases[item.case].money.as_it_stood(ctx.as_of))  # type: ignore[union-attr]
              for item in checklist(ctx.client, ctx.as_of)
              if item.kind == "restitution" and not item.done and item.case in cases and cases[item.case].money]
    # Where two cases have restitution, a line for one of them names it, as fines are named:
    # "you still owe: $800" and "of $250 was ordered. Find out ..." said neither's (T122-04).
    # So too where the cases are in several counties, as the fines line is (L165-05): "Find out
    # from the court how much you have paid" did not say which of three courts (R166-02).
    named = ((lambda case, text: _of_case(ctx, case, text, record or ())) if len(monies) > 1 or ctx.counties_differ
             else (lambda case, text: text))
    # Ordered with nothing recorded paid: asked about, not told owed in full (U52-01).
    unrecorded = [(case, m.restitution_ordered or 0) for case, m in monies if m.unrecorded("restitution")]
    owing = [(case, m.restitution_owed) for case, m in monies if not m.unrecorded("restitution") and m.restitution_owed]
    owed = sum(amount for _, amount in owing)
    # The total, once: two cases owing the same sum had been told one of them (finding H21-46).
    text = t[key].format(amount=f"{owed:,}")
    if len(owing) > 1:
        # Then each case with its own, as the fines line says them (H36-02): "$1,050" alone, owed
        # in two counties, did not say where to pay what (T122-03).
        text += " " + t["owed_per_case"].format(cases=_one_a_line(
            [named(case, t["amount"].format(amount=f"{amount:,}")) for case, amount in owing]))
    elif owing:
        text = named(owing[0][0], text)
    tasks = [Task(text, who["you"])] if owed else []
    # Since SB 1106, what may be owed does not stop a dismissal, said as for a known sum (R55-05).
    asked = "restitution_unrecorded_sb1106" if ctx.as_of >= SB1106_EFFECTIVE else "restitution_unrecorded"
    # One a case, as fines to find out are: where to ask is that case's court (T122-04).
    tasks += [Task(named(case, t[asked].format(amount=f"{ordered:,}")), who["you"]) for case, ordered in unrecorded if ordered]
    if ctx.as_of >= SB1106_EFFECTIVE:
        # A condition to pay restitution on a case with no order recorded: the only word of
        # that debt, said in its words with what it does not stop (F149-01; `_condition_tasks`
        # leaves it to here).  Where the order is recorded, the line above says it.
        # A case the checklist lists conditions of, not revoked (whose own line says a clinic
        # lawyer will tell what is left, as `_condition_tasks` is told).
        items = checklist(ctx.client, ctx.as_of)
        open_ = {item.case for item in items if item.kind == "condition" and not item.done}
        open_ -= {item.case for item in items if item.kind == "revocation"}
        several = len(ctx.client.cases) > 1
        tasks += [Task(_of_case(ctx, case, text, record or ()) if several else text, who["you"])
                  for case in ctx.client.cases if case.id in open_ and not (case.money and case.money.restitution_ordered)
                  for cond in case.still_to_keep(ctx.as_of) if cond.about_restitution
                  for text in [t["restitution_condition"].format(label=t["as_written"].format(label=cond.label.strip()))]]
    return tasks


def _condition_tasks(ctx: _Context, case: Case, revoked: bool = False,
                     record: Iterable[RecordEntry] | None = None) -> Iterable[Task]:
    """`revoked`: the case's probation stands revoked, no later sentence recorded (checklist
    ._revoked): its own line says a clinic lawyer will tell what is left, so only a standing
    order (stay away) is said, kept with no end date, the grant's no longer saying until when
    (K28-01).  `record`, given where another case has conditions too: each task says which
    case it is for, as `_of_case` names it (T122-01)."""
    t, who = ctx.t["tasks"], ctx.t["who"]
    named = (lambda text: text) if record is None else (lambda text: _of_case(ctx, case, text, record))
    due = finish_by(case, ctx.as_of)  # None where `revoked`
    order = case.protective_order_until if case.protective_order_until and case.protective_order_until >= ctx.as_of else None
    # Done, or a standing order whose probation is over (S27C-01: "Obey: Stay away ..." had
    # no end once probation ended), is no task; a protective order may outlast probation and
    # stays one (Case.still_to_keep).
    for cond in case.still_to_keep(ctx.as_of):
        # The label as the clinic typed it (in English, on a Spanish page too): quoted and said
        # to be as written, never read into the sentence as the handout's own words (H29-01).
        label = t["as_written"].format(label=cond.label.strip())
        if cond.standing:
            # Staying away is obeyed, not finished (review finding H20-12; Condition.standing).  Where the case's
            # protective order lasts at least as long, its own task already says until when.
            # So does it for a protective order kept on after probation (may_outlast_probation).
            if order is not None and (order >= due if due is not None else cond.may_outlast_probation):
                continue
            # A stay-away order in the handout's words, its label quoted: a Spanish page had
            # read "Cumpla: Stay away from the protected person" (finding H28-09).
            # An order typed as one ("Obey all laws") is quoted after "Do what your papers say":
            # "Obey “Obey all laws” (as written in your papers)" said the verb twice (M124-02).
            key = ("obey_stay_away" if cond.kind == "stay_away" else
                   "obey_order_typed" if cond.typed_as_an_order else "obey_condition")
            if key == "obey_order_typed":
                label = t["quoted"].format(label=cond.label.strip())
            text = (t[f"{key}_until"].format(label=label, date=format_date(due, ctx.t)) if due
                    else t[key].format(label=label))
            yield Task(named(text), who["you"], due)  # the end date is in the words: no "By when"
            continue
        if cond.about_restitution and ctx.as_of >= SB1106_EFFECTIVE:
            # Said last, with the restitution owed (`_restitution_tasks`): "Finish “Pay
            # restitution to the victim in full”" first on the list told the client to pay
            # before relief, which since SB 1106 it does not wait for (F149-01).
            continue
        if revoked or released_from(case, cond, ctx.as_of):
            # Said by the revocation's line; or the court ended probation early and the
            # condition with it: no hours to finish after it (E130-02).
            continue
        # Nothing recorded done is not none done: the client is asked for proof, not told
        # "You have done 0 of 40 hours" (U52-04).
        unrecorded = cond.done_unrecorded
        # What is left, as the Checklist says it (`left_to_do`): "Done so far: 26 of 52" told what
        # was done, where the client needs what is still to do (S122-02).  By when is the row's
        # "By when" (`_dated`), as for every dated row (H93-01): said in the words too, the day
        # read twice, «Le faltan 28 de 52, y tiene hasta el 18 de marzo de 2029.» beside «18 de
        # marzo de 2029» (E155-05).
        left = left_to_do(cond)
        counted = dict(done=cond.done or 0, required=cond.required, left=left)
        if cond.kind == "community_service" and cond.required is not None:
            # The hours in the handout's words: the label, typed in English, had printed
            # "Termine: Community service (200 hours) (lleva 66 de 200)." (finding H28-09).
            key = ("finish_community_service_unrecorded" if unrecorded else
                   "finish_community_service_left" if left is not None else "finish_community_service")
            text = t[_agreeing(key, left)].format(**counted)
        elif cond.required is not None:
            key = ("condition_unrecorded" if unrecorded else
                   "condition_left" if left is not None else "condition_progress")
            progress = t[_agreeing(key, left)].format(**counted)
            text = t["finish_condition_progress"].format(label=label, progress=progress)
        else:
            text = t["finish_condition"].format(label=label)
        yield _dated(ctx, named(text), who["you"], due)


def _agreeing(key: str, left: int | None) -> str:
    """`key`, or its `_one` wording where one is left: «Le faltan 1 de 8» wants «Le falta» (K209-01)."""
    return f"{key}_one" if left == 1 and key.endswith("_left") else key


# ---- the clinic ---------------------------------------------------------------------------


def _contact_lines(name: str, clinic: ClinicInfo, t: dict, hours_in_english: bool = False) -> tuple[str, ...]:
    """The clinic's name, then its details two to a line ("Address: ... · Phone: ...").
    `hours_in_english`: the hours were typed in English only, and are said to be ("Horario
    (en inglés): Tue and Thu ..."), not printed as if the page's own words (K59-03).

    One detail a line made the block six lines long, too tall for the foot of the last page,
    so a handout could end on a page holding nothing else (finding H23D-01).
    """
    labels = t["labels"]
    details = []
    for key in ("address", "phone", "website", "email", "hours"):
        value = (getattr(clinic, key) or "").strip()
        if value:
            label = labels["hours_in_english"] if key == "hours" and hours_in_english else labels[key]
            details.append(f"{label}: {value}")
    return (name, *(" · ".join(details[i:i + 2]) for i in range(0, len(details), 2)))


def _one_of(items: list[str], t: dict) -> str:
    """`items` said as a list one of which holds, "A, B or C" («A, B o C»): commas between them,
    the language's "or" before the last alone."""
    return ", ".join(items[:-1]) + t["labels"]["law_or"] + items[-1] if len(items) > 1 else items[0]


def _join_cites(cites: Iterable[str]) -> str:
    """The cites, each once, joined by "; ".

    A section beside a subdivision of it ("PC 1203.45; PC 1203.45(a)": the remedy's section,
    then the one its reasons cite), or a subdivision beside a list that begins with it
    ("PC 1203.4b(a)(1); PC 1203.4b(a)(1), (b)(4)"), said nothing the more precise did not:
    only that one is kept (L32-04).  So too a section beside its dated form ("PC 851.91; PC
    851.91 (Stats. 2017, ch. 680, effective 2018-01-01)", on a day before the law began: K322-02).
    "PC 1203.4" beside "PC 1203.41" is two sections."""
    seen: list[str] = []
    for cite in cites:
        for part in (cite or "").split(";"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return "; ".join(part for part in seen if not any(other.startswith((part + "(", part + ",", part + " (")) for other in seen))
