"""The handout as pure data: what the page says, before any layout.

`compose` builds a `Handout`; `render_pdf` lays it out.  Keeping the words apart from the
layout lets tests read exactly what a client will read (and measure its reading level)
without opening a PDF, and lets another renderer (an in-app view) show the same content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Union

from clinic_app.cli_options import typed_word
from clinic_app.matching import first_named
from clinic_app.wording import quoted


@dataclass(frozen=True)
class ClinicInfo:
    """Who prepared the handout.  Every field may be missing; the page copes."""

    name: str | None = None
    address: str | None = None
    phone: str | None = None
    website: str | None = None
    email: str | None = None
    hours: str | None = None
    # The hours as a Spanish page says them ("mar. y jue., de 9 a. m. a 4 p. m."): the one
    # field, typed in English, printed "Tue and Thu, 9 am to 4 pm" on Spanish handouts (H40-01).
    hours_es: str | None = None

    def in_language(self, language: str) -> "ClinicInfo":
        """The details as a page in `language` prints them: a Spanish page's hours are the
        Spanish ones when typed, else the English (better than none)."""
        if language == "es" and (self.hours_es or "").strip():
            return replace(self, hours=self.hours_es)
        return self

    def hours_in_english_only(self, language: str) -> bool:
        """Whether a page in `language` can give the clinic's hours only as typed in English
        (no Spanish hours typed): the page then says they are in English, and whoever makes
        it is told the Spanish line is empty (K59-03: "Horario: Tue and Thu, 9 am to 4 pm"
        had printed on a Spanish page, unsaid)."""
        if language == "en" or not (self.hours or "").strip():
            return False
        return not (language == "es" and (self.hours_es or "").strip())

    def reachable(self) -> bool:
        """Whether the page tells the client how to reach the clinic: a phone, an address, an
        email or a website.  A name alone ends the page "Questions? Contact the clinic" with
        nothing to contact it by."""
        return any((value or "").strip() for value in (self.phone, self.address, self.email, self.website))


# Said to whoever makes a Spanish handout while the clinic's Spanish hours are empty: on the
# handout dialog, and on standard error by `clinic-app handout`.
HOURS_IN_ENGLISH_ONLY = ("The clinic's hours have no Spanish version (File > Clinic details > Hours (Spanish)): "
                         "Spanish handouts print them in English, marked “(en inglés)”.")


# Said to whoever makes a handout while the clinic's details give no way to reach it (a new
# clinic's first handouts, File > Clinic details not filled in yet): on the handout dialog
# (W21-17), before a batch starts in the window, and on standard error by `clinic-app handout`
# (J63-01: a batch, and the command, printed a pile of pages ending "Questions? Contact the
# clinic" with no phone or address, unsaid).
NO_WAY_TO_REACH = "This handout gives the client no way to reach the clinic"
NO_CONTACT = f"{NO_WAY_TO_REACH}: add its phone or address in File > Clinic details."
# On a caseload that cannot be written, File > Clinic details refuses (K282): the preview sent the
# volunteer there all the same (K303-02).  Said what works: the file opened where it can be written.
# So too `clinic-app clinic`, which the terminal's note named after it (K304-02).
CANNOT_BE_ADDED_READ_ONLY = ("its phone or address cannot be saved in a read-only file; open the caseload where it can "
                             "be written to add them.")
NO_CONTACT_READ_ONLY = f"{NO_WAY_TO_REACH}: {CANNOT_BE_ADDED_READ_ONLY}"
NO_WAY_TO_REACH_BATCH = "These handouts give the clients no way to reach the clinic"
NO_CONTACT_BATCH = f"{NO_WAY_TO_REACH_BATCH}: add its phone or address in File > Clinic details."
NO_CONTACT_BATCH_READ_ONLY = f"{NO_WAY_TO_REACH_BATCH}: {CANNOT_BE_ADDED_READ_ONLY}"


def no_contact_said(read_only: bool, batch: bool = False) -> str:
    """That the pages give no way to reach the clinic, and where to add it: File > Clinic details,
    or, on a caseload that cannot be written, where that item (and `clinic-app clinic`) refuses,
    the caseload opened where it can be."""
    if batch:
        return NO_CONTACT_BATCH_READ_ONLY if read_only else NO_CONTACT_BATCH
    return NO_CONTACT_READ_ONLY if read_only else NO_CONTACT


# Said to whoever makes the handout of a client with no case entered (intake takes the
# person first; the window lists them under "Cases still to enter"): the page tells the client
# no case is entered yet and to have the clinic check their record (J63-07; it had said "We did
# not find any convictions or arrests" and "Nothing for now" until D64-03).
NO_CASE_ENTERED = ("No case is entered for this client: the handout says none is entered yet and asks them to have "
                   "the clinic check their record. If their cases are still to be entered, enter them first.")


# The clients with no case entered a batch's note names; more are counted, and listed by the list named.
NO_CASE_NAMED = 5


def no_case_note(no_case: Sequence[str], event: str | None = None,
                 command: Callable[[str], str] = "clinic-app {}".format) -> str | None:
    """What a batch says of its clients with no case entered (J63-07), `no_case` their names,
    and the list that has them (of `event`, by `command`, as `awaiting_review_note` names the
    queue); None for none.  Only a count was said: the paralegal printing 40 handouts the day
    before an event, told "1 client has no case entered ... enter them first", had no way to
    know whose cases to enter (B148-02)."""
    if not no_case:
        return None
    n = len(no_case)
    # One client's handout, not "their handouts" (U64-06).
    whom, says = ("1 client has", "their handout says none is entered yet and asks") if n == 1 else \
        (f"{n:,} clients have", "their handouts say none is entered yet and ask")
    on_event = f" --event {typed_word(event, posix=quoted)}" if event else ""
    return (f"{whom} no case entered ({first_named(no_case, NO_CASE_NAMED)}): {says} them to have the clinic check their "
            f"record. If their cases are still to be entered, enter them first (Cases still to enter, or "
            f"{command('list')} --outcome to_enter{on_event}, lists them).")


def awaiting_review_note(waiting: int, event: str | None = None, unlisted: int = 0,
                         command: Callable[[str], str] = "clinic-app {}".format, on_this_list: bool = False,
                         chosen: bool = False) -> str | None:
    """What a batch says of its `waiting` clients still on the attorney's queue (V109-03): at
    the end of an event day the handouts went out with nothing said of the results no attorney
    had looked at yet; None for none.  `event`: the command named lists that event's alone
    (`clinic-app handout --event`): `list --review` listed the whole caseload's queue, 84
    clients for the 6 said (C111-04).  `unlisted`: those never screened whose results need
    review (`review_unlisted`), said apart with the list that has them, "Not screened yet":
    counted with the queue, the list named listed fewer than said (C113-03).  `command`: a
    subcommand ("list") as typed on the run's caseload, its --db with it (R113-02: typed
    without, it listed the clinic's own).  `on_this_list`: the batch is of a list narrowed by more
    than its event (the clients shown), whose queue only the list's Review needed shows: the
    command listed the whole caseload's, 1,035 clients for the 719 said (W161-04).  `chosen`: of
    the lines chosen in it, which Review needed shows still chosen among the list's others: "shows
    them" of 2 chosen, 33 lines shown (R237-02)."""
    on_event = f" --event {typed_word(event, posix=quoted)}" if event else ""
    notes = []
    if waiting:
        whom = "1 client still awaits" if waiting == 1 else f"{waiting:,} clients still await"
        where = ("Review needed, ticked on this list, shows them still chosen, among any others awaiting review"
                 if on_this_list and chosen
                 else "Review needed, ticked on this list, shows them" if on_this_list
                 else f"Review needed, or {command('list')} --review{on_event}, lists them")
        notes.append(f"{whom} an attorney's review: {'their handout' if waiting == 1 else 'their handouts'} would go out "
                     f"before it ({where}).")
    if unlisted:
        whom, them = ("1 client not screened yet has", "their handout") if unlisted == 1 else \
            (f"{unlisted:,} clients not screened yet have", "their handouts")
        notes.append(f"{whom} results that need an attorney's review: {them} would go out before it, and Review "
                     f"needed lists them only once screened (Not screened yet, or {command('list')} --outcome not_screened"
                     f"{on_event}, lists them with any other client not screened; opening each, or "
                     f"{command('rescreen')}, screens them).")
    return " ".join(notes) or None


def batch_note(clinic: ClinicInfo, languages: Iterable[str | None], no_case: Sequence[str] = (), awaiting_review: int = 0,
               event: str | None = None, unlisted_review: int = 0,
               command: Callable[[str], str] = "clinic-app {}".format, on_this_list: bool = False,
               chosen: bool = False, read_only: bool = False) -> str | None:
    """What a batch of handouts says before it starts: its clients still awaiting an attorney's
    review (`awaiting_review_note`, of `event` and by `command` where given, or `on_this_list` and
    `chosen` in it, with the `unlisted_review` never screened), those with no case entered
    (`no_case_note`, their names), that the pages give no way to reach the clinic (where to add
    it: not File > Clinic details where the caseload is `read_only`), and `hours_note`; None
    when none applies."""
    notes = [note for note in (awaiting_review_note(awaiting_review, event, unlisted_review, command, on_this_list, chosen), no_case_note(no_case, event, command),
                               None if clinic.reachable() else no_contact_said(read_only, batch=True),
                               hours_note(clinic, languages)) if note]
    return "\n\n".join(notes) or None


def hours_note(clinic: ClinicInfo, languages: Iterable[str | None]) -> str | None:
    """What a batch of handouts says before it starts (the window's print-or-save question,
    `clinic-app handout --event`'s standard error) when some handout of it is printed in
    Spanish and the clinic's hours have no Spanish version: None when every page is English,
    or the Spanish hours are typed.  `languages`: the batch's clients', each printed in
    English where no handout texts are in theirs (or none is set), as the batch prints it;
    the CLI had asked of the client's own language, and warned for a page printed in English."""
    from clinic_app.handouts.texts import available_languages

    known = set(available_languages())
    printed = {language if language in known else "en" for language in languages}
    return HOURS_IN_ENGLISH_ONLY if any(clinic.hours_in_english_only(language) for language in printed) else None


def languages_said(languages: Iterable[str | None]) -> str:
    """How many of a batch's handouts print in each language, as the batch prints them (as
    `hours_note` reads `languages`), most first: "4 in Spanish, 2 in English", or "all in
    Spanish".  The question said only "each in the client's language", and an event's
    Spanish-reading clients whose records still said English got English pages (E155-02)."""
    from collections import Counter

    from clinic_app.handouts.texts import available_languages
    from clinic_app.report import LANGUAGE_NAMES

    known = set(available_languages())
    printed = Counter(language if language in known else "en" for language in languages)
    if len(printed) == 1:
        return f"all in {LANGUAGE_NAMES.get(next(iter(printed)), next(iter(printed)))}"
    # "1,062 in English", as the question's other counts are written (W161-01).
    return ", ".join(f"{many:,} in {LANGUAGE_NAMES.get(language, language)}" for language, many in printed.most_common())


@dataclass(frozen=True)
class Note:
    """A paragraph of plain text, with its citation in small print."""

    text: str
    cite: str = ""
    strong: bool = False


@dataclass(frozen=True)
class Option:
    """One kind of relief for one conviction: where it stands and who acts next."""

    remedy: str
    name: str
    status: str
    text: str
    who: str
    cite: str = ""
    mode: str | None = None
    # Where a petition the clinic filed for this relief stands with the court, in the
    # client's words ("Your papers were filed with the court on ..."); "" when none was
    # filed.  Said beside `text` while the judge has not ruled (B56-01); a ruling is said as
    # `text`, in place of the screening's words it made out of date.
    court: str = ""
    # That petition's state, for the checklist: "filed" (no ruling yet), "granted", "denied",
    # "withdrawn"; "" when none.  `hearing_on`: the hearing day the court set, if any.
    court_state: str = ""
    hearing_on: date | None = None
    # A denial the attorney has reviewed since (court.denial_reviewed_on): the client is told
    # so, and that the clinic will tell them what comes next, not to wait for a review done
    # (D64-01), the step the clinic's (C70-03).
    denial_reviewed: bool = False
    # A result the attorney has reviewed on these facts (A160): as a denial reviewed, what comes
    # next is the clinic's to say, and the to-do's step the clinic's, not "Wait for a lawyer".
    reviewed: bool = False


@dataclass(frozen=True)
class RecordEntry:
    """One conviction (or one arrest) in plain words."""

    case: str
    conviction: str | None
    title: str
    detail: str
    state: str  # unfinished (a case whose convictions are not entered yet), dismissed, reduced, sealed, vacated, eligible, automatic, vacate_possible, eligible_on, blocked, needs_review, not_available, out_of_state, arrest_open, arrest_out_of_state, pending
    column: str  # the disclosure column (none for "unfinished"): not_cleared, dismissed, reduced, sealed, vacated, arrest, pending
    where: str
    options: tuple[Option, ...] = ()
    # An arrest's charges, each in its own line of the card's body, where there are too many
    # for its title (which is then "Arrest: 25 charges"; finding H23-07).
    charges: tuple[str, ...] = ()


ALL_COLUMNS = "all"  # the column of a SayLine that holds for every kind of record
# The column of a SayLine said once under the labels of several (H89-02): its joined label is
# printed even where it is the situation's only line (R90b-03).
JOINED_COLUMNS = "joined"


@dataclass(frozen=True)
class SayLine:
    """What the client may say in one situation, for one kind of record."""

    column: str  # a RecordEntry's column, ALL_COLUMNS when the words hold for every one, or JOINED_COLUMNS
    label: str
    say: str
    note: str = ""
    cite: str = ""
    # The convictions a long label would name, said after the answer (H330-01): "“Once your
    # convictions are dismissed” means these 22: ...", the label counting them.
    named: str = ""


@dataclass(frozen=True)
class Guidance:
    """One situation (a job application, a lease, ...) and what to say there."""

    key: str
    title: str
    intro: Note | None
    lines: tuple[SayLine, ...]
    # A question for the clinic after the intro, a paragraph of its own: a registrant's about work
    # with children, at the tail of the Fair Chance paragraph, read as part of the law (S154-03).
    asked: Note | None = None


@dataclass(frozen=True)
class Task:
    """One line of the checklist."""

    text: str
    who: str
    due: date | None = None
    due_text: str = ""
    done: bool = False


Block = Union[Note, RecordEntry, Guidance, Task]


@dataclass(frozen=True)
class Section:
    key: str  # record, open_cases, arrests, empty, effects, say, checklist
    heading: str
    blocks: tuple[Block, ...]
    # Said under the heading, above every block: what holds for all of them ("What you may say"
    # answers by California's law, O155-01).
    lead: Note | None = None


@dataclass(frozen=True)
class Handout:
    """Everything one client's handout says, in one language."""

    lang: str
    lang_tag: str
    font: str
    large_print: bool
    as_of: date
    title: str
    subject: str
    author: str
    client_name: str
    prepared_for: str
    date_line: str
    notice: str
    page_template: str  # "Page {page} of {pages}"
    intro: tuple[str, ...]
    sections: tuple[Section, ...]
    clinic: ClinicInfo
    contact_heading: str
    contact_lines: tuple[str, ...]
    labels: dict = field(default_factory=dict, compare=False)
    # Said in bold under the intro, above the first card: the step to take before anything
    # the cards offer (a client not known to be a citizen: immigration counsel first, I129-01).
    first_step: str = ""
    # A long handout's line on page 1: "Where to find each part: {sections}.", each section as
    # contents_item says it ("“{title}”, page {page}"); the renderer knows the pages (H308-01).
    contents_template: str = ""
    contents_item: str = ""

    def section(self, key: str) -> Section | None:
        """The section with this key, if the handout has it."""
        return next((s for s in self.sections if s.key == key), None)

    def prose(self) -> list[str]:
        """Every sentence-bearing text a client reads, without citations or headings.

        This is what the reading-level check measures: the small-print citations are
        legal references meant for a lawyer or a clerk, not sentences to read.
        """
        out: list[str] = [*self.intro, self.first_step, self.notice]
        for section in self.sections:
            for block in (*([section.lead] if section.lead else []), *section.blocks):
                out.extend(_block_prose(block))
        return out

    def all_text(self) -> str:
        """All words of the handout, citations included (for tests and search)."""
        parts = [self.title, self.prepared_for, self.date_line, *self.intro, self.first_step]
        for section in self.sections:
            parts.append(section.heading)
            for block in (*([section.lead] if section.lead else []), *section.blocks):
                parts.extend(_block_prose(block))
                parts.extend(_block_cites(block))
        parts.extend(self.contact_lines)
        parts.append(self.notice)
        return "\n".join(p for p in parts if p)


def _block_prose(block: Block) -> list[str]:
    if isinstance(block, Note):
        return [block.text]
    if isinstance(block, RecordEntry):
        return [block.where] + [x for o in block.options for x in (o.text, o.court) if x]
    if isinstance(block, Guidance):
        out = [note.text for note in (block.intro, block.asked) if note]
        for line in block.lines:
            out.extend(t for t in (line.say, line.note) if t)
        return out
    if isinstance(block, Task):
        return [block.text]
    return []


def _block_cites(block: Block) -> list[str]:
    if isinstance(block, Note):
        return [block.cite]
    if isinstance(block, RecordEntry):
        return [block.title, block.detail, *block.charges] + [f"{o.name} {o.who} {o.cite}" for o in block.options]
    if isinstance(block, Guidance):
        return [block.title] + [note.cite for note in (block.intro, block.asked) if note] + [
            f"{line.label} {line.named} {line.cite}" for line in block.lines
        ]
    if isinstance(block, Task):
        return [block.due_text, block.who]
    return []
