"""The client workspace: record, checklist, eligibility and history of one client.

Every edit becomes one `SaveClientCommand` on the window's undo stack.  Its `redo` saves
the whole record through `Repository.save_client` (in the database and the audit log the
moment it is made), re-screens the client as of today, stores that screening, and tells
the caseload list; `undo` does the same with the record as it was.  Edits are committed
when an edit is complete (a field is left, a box ticked, a payment added) and the form
is valid; Ctrl+S commits at once.  While a form has a problem, nothing is saved and the
Save button says why.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_app.came_back import came_back_said, entered_since
from clinic_app.case_titles import (case_heading, outcome_words, record_parts, sharing_a_number,
                                    titles_by_id, titles_day_first, told_by_what_the_record_holds)
from clinic_app.drafts import (as_record, asking_for_counts_removed, hearing_on_each_part, ledger_done, ledger_maybe_twice, ledger_moves, ledger_twice, ledger_undone, not_put_back,
                               parts_of_a_filing_removed, petition_keys, typing_over, with_petition_keys)
from clinic_app.model import Case, Client, ClientSummary, CountRemoved, Determination, Person, Probation, Screening, Sentence, new_record_id
from clinic_app.screening_format import FormatError, client_from_request, client_to_request_dict
from db.errors import CaseloadError, ChangedElsewhere, ClientNotFound, DiskFull, ReadOnly, read_only_refusal
from db.records import client_json
from db.repository import Repository, StoredScreening, is_stale
from ui.cell_in_full import CellInFull
from ui.case_form import CaseForm
from ui.checklist_view import ChecklistView
from ui.composing import finish_composing
from ui.eligibility_view import NOT_STORED_DISK_FULL, NOT_STORED_READ_ONLY, EligibilityPanel, reviewed_notes
from ui.forms import ErrorLabel, MessageLabel, announce, fields_by_name, set_aside, stay_or_discard
from clinic_app.eligibility import RULES_VERSION, facts_hash, remedy_statute, short_name
from clinic_app.eligibility.bars import ASK_TO_END_EARLY  # the words the early-end steps begin with
from clinic_app.eligibility.depends_on import law_named
from clinic_app.eligibility.immigration import counsel_first_of_record
from clinic_app.eligibility.registry import named_to_file
from clinic_app.court import court_next_action, court_standing, denial_reviewed, denied_action, hearings_coming, with_hearings
from clinic_app.matching import case_number_words
from clinic_app.next_action import IMMIGRATION_FIRST
from clinic_app.review import answer_key, set_aside_said
from clinic_app.summary import is_relief, outcome_text
from clinic_app.wording import count
from clinic_app.years_alone import years_alone_kept
from ui.models.history_model import (NO_CHANGE, HistoryModel, action_title, case_names, changed_paths, describe, entry_details,
                                     in_words, joined, item_named, local_time, petition_named, record_names, value_at,
                                     value_said)
from ui.page_scroll import FEWEST_LINES, LINES_SHOWN, FocusInSight, PageScroll, scrolled_body
from ui.panes import is_given_over, put_back_sizes, put_back_to, set_panes_whole
from ui.person_form import PersonForm
from ui.services import screen_and_store, screen_client
from ui.undo import AddClientCommand, DeleteClientCommand, MergeCommand, ReviewCommand, SaveClientCommand, push_done, typing_saved

TAB_RECORD, TAB_CHECKLIST, TAB_ELIGIBILITY, TAB_HISTORY = range(4)
# A pause in typing this long and what the forms hold is kept as the client's draft (D28-02).
DRAFT_AFTER_MS = 1500
# Where the last filing worksheet was saved, on this computer (a folder only): kept apart from
# the handouts' folder, which may be a USB stick of clients' copies; a worksheet is staff's.
WORKSHEET_FOLDER_SETTING = "worksheets/folder"


# Where the answer to a fact the screening asks of the person is recorded, on the Record tab's
# person form (K372): by the field of its path ("person.us_citizen").
_PERSON_FIELD_OF_FACT = {"dob": "dob", "us_citizen": "citizen", "ca_resident_since": "resident_since",
                         "registrant_290": "registrant"}


def case_title(case: Case, apart: bool = False) -> str:
    """How a case reads in the list: "BA123456 · convicted · PC 459"; a conspiracy typed under its
    target's code as the engine reads it, "PC 182(a)(1)/HS 11352", as every page names it (W69-03).
    A case numbered "unknown" (no number, R46-06) is told apart by what the record holds, as the
    filing worksheet titles it: "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"
    (W80-01: two walk-in cases "unknown" of one offense read alike).  In the list the day comes
    first, "unknown · convicted 2015-03-02 · PC 484(a) · Los Angeles County": at 200% the list is
    some 214 pixels wide, and both thefts read "unknown (PC 484(a), convicted 201", the year cut
    off (U82-01); `case_tooltip` gives the whole title as the worksheet has it.  A case whose
    number was left blank reads so after its key, "(case c3) · convicted 2017-12-01 · PC 647(f) ·
    Kern County" (B84-01): the key alone said nothing of which case it was.  `apart`: a number
    another of the client's cases has too (`case_titles.sharing_a_number`) reads so as well,
    "BA100001 · convicted 2015-05-01 · PC 459 · Los Angeles County": "BA100001 · convicted · PC
    459" twice said nothing of which was which (K408-01)."""
    if apart or told_by_what_the_record_holds(case):
        offenses, day, where = record_parts(case)
        outcome = "" if case.outcome == "convicted" else outcome_words(case.outcome)
        return " · ".join(p for p in (case.case_number or f"(case {case.id})", outcome, day, offenses, *where) if p)
    parts = [case.case_number or f"(case {case.id})", outcome_words(case.outcome)]
    # A case without a conviction by what the arrest was for, as a convicted one by its counts:
    # a RAP sheet's two dismissals read "FSB1500777 · dismissed" and "MSB2000123 · dismissed" (H113-03).
    parts.append(", ".join(law_named(c.code, c.section) for c in case.convictions or case.arrest_offenses if c.section))
    if case.jurisdiction != "CA":
        # Another state's case is told by its state, as an unnumbered one is (`record_parts`): one
        # marked so by mistake was told by nothing but its form's box, one case at a time (U110-05).
        parts.append(case.jurisdiction)
    return " · ".join(p for p in parts if p)


def case_tooltip(case: Case, apart: bool = False) -> str:
    """The list line's tooltip: the case's whole title, as the worksheet and the Checklist give it
    ("unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"), for a line cut at the
    list's edge; `apart` as `case_title`."""
    if not (apart or told_by_what_the_record_holds(case)):
        return case_title(case)
    titled = case_heading(case, apart=apart)
    return titled if case.outcome == "convicted" else f"{titled} · {outcome_words(case.outcome)}"



NBSP = "\u00a0"  # a space the header's line does not break at


def rules_changed_said(stored: StoredScreening, screened, client: Client) -> str:
    """What the rules of this version changed in a client's answers, opened before the whole
    caseload was re-screened after an update: their header quietly said "file on 2027-01-06"
    where the list, and the client, had "2027-01-05" from the older rules (U148-03).  Nothing
    where the facts changed too, or the answers are the same.

    Compared on the day of the last screening (`client` screened by these rules as of it): set
    beside today's, June's "eligible on" a day since passed was said changed by the rules, and
    what the days did is the come-back words' to say (`came_back_said`; A150-02)."""
    from clinic_app.answers_moved import AnswersMoved, answers_of, changed_that_day, changes

    if stored.facts_hash != screened.facts_hash:
        return ""
    before = answers_of(stored.screening)
    found = (changes(before, answers_of(screened.screening)) if stored.as_of == screened.screening.as_of
             else changed_that_day(before, client, stored.as_of))
    if not found:
        return ""
    return (f"The rules of this version of Clinic Desk ({screened.screening.rules_version}) changed this client's answers from "
            f"their last screening, as of {stored.as_of.isoformat()} by rules {stored.rules_version}: "
            f"{AnswersMoved(0, stored.rules_version, found).said()}. What they were told may no longer hold.")


def reviews_changed_said(repo: Repository, before: Client | None, screened_before: Screening | None,
                         client: Client | None, screening: Screening | None) -> str:
    """What a step just made from `before` (screened `screened_before`) to `client` (screened
    `screening`) did to the attorney's reviews, in sentences to add to what it said, or ""
    where nothing: a save that set a review aside put the client back on the attorney's queue,
    and the paralegal who changed the fact heard nothing of it (E122-02); Undo of that save, the
    facts as the review had them again, took them off the queue just as silently (X123-02).
    The reviews are read only where a result needed review on either side of the step."""
    if (before is None or screened_before is None or screening is None or client is None or client.id != before.id
            or not any(d.status == "needs_review" for d in (*screened_before.results, *screening.results))):
        return ""
    reviews = repo.reviews(client.id)
    older = (before.cases, screened_before, facts_hash(before.person, before.cases))
    newer = (client.cases, screening, facts_hash(client.person, client.cases))
    said = ""
    # Set aside: reviewed on the facts before the step and waiting on those after it; counting
    # again: the same, the step seen backwards (said of the results as they were before it).
    for (_, was, was_facts), (cases, now, now_facts), words in (
            (older, newer, "An attorney's review was of the facts before this change; waiting for the attorney again: "),
            (newer, older, "The facts are again those an attorney's review was of; it counts again, no longer waiting for the attorney: ")):
        results = set_aside_said(cases, was, was_facts, now, now_facts, reviews)
        if results:
            said += f" {words}{results}" + ("" if results.endswith("?") else ".")
    return said


def outcome_line(summary: ClientSummary, screening: Screening | None, today: date, counsel_first: bool = False) -> str:
    """The header's best outcome, with the relief it rests on: "· Eligible now: PC 17(b)
    reduce to misdemeanor, Prop 64 marijuana relief" (readability finding R18 G3: "Eligible
    now" alone, for a client in prison, read as a dismissal; "Eligible on 2028-06-03" beside
    referrals open now read as a contradiction).  `counsel_first`: the client told us they are
    not a US citizen (`counsel_first_of_record`), said first while relief is to file."""
    text = f"· {outcome_text(summary.best, summary.best_date)}"
    if (counsel_first and court_next_action(summary.court, today) is None and not summary.automatic_only
            and summary.best in ("eligible_now", "eligible_on")):
        # Relief still to file: the header over every tab said "Eligible now: PC 1203.4 dismissal"
        # where the list's line says "Immigration counsel first, then file now" and only the
        # Eligibility tab said why (I264-01; ca-rules.md 4.8: a dismissal is still a conviction).
        # As the list reads it: one petition filed of several, or one withdrawn, still says it
        # (R270-01); every one filed, the court's words.
        text = f"· {IMMIGRATION_FIRST} {text}"
    if screening is not None and summary.best == "nothing_available":
        # A referral open now is no relief to the caseload line, but "Nothing available" alone
        # stood over a registrant's certificate of rehabilitation "Eligible now" in the table
        # and on the handout, the one thing he came for (Y141-04).
        referrals = list(dict.fromkeys(short_name(d.remedy) for d in screening.results
                                       if d.status == "eligible" and not is_relief(d.remedy)))
        return f"{text} · Referral open now: {', '.join(referrals)}" if referrals else text
    if _denial_left_to_review(summary):
        # "Needs review" alone said nothing of the no the caseload line says (S150-02, K153-01).
        return f"{text}{_court_said(summary, today)}"
    if screening is not None and summary.best == "blocked":
        # "Blocked until <day>" alone read as fixed where ending the blocking probation early
        # (PC 1203.3, open there now) would lift it, as "Eligible on" says (S165-01).
        return text + _sooner_said([d for d in screening.results if d.status == "blocked" and is_relief(d.remedy)
                                    and d.date == summary.best_date], screening)
    if screening is None or summary.best not in ("eligible_now", "eligible_on"):
        return text
    status = "eligible" if summary.best == "eligible_now" else "eligible_on"
    named = [d for d in screening.results
             if d.status == status and is_relief(d.remedy) and (status == "eligible" or d.date == summary.best_date)]
    names = list(dict.fromkeys(named_to_file(d) for d in named))
    if not names:
        return text
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    # Relief DOJ grants on its own: named automatic, and said that no petition is to be
    # prepared, now or on the later day, as the list's "Automatic: check RAP sheet" and
    # "Automatic from <day>: check RAP sheet" say (N47, A48).
    nothing = ", nothing to file" if summary.automatic_only else ""
    if summary.automatic_only and summary.file_on is not None:
        # A petition comes after it: its day, in the list's words ("Automatic; file on <day>"),
        # to be diarised; "nothing to file" alone read as never (L51).  Kept on one line where the
        # header wraps: "file on" ended the line at 1280 pixels wide, its day alone on the next.
        nothing += f" {'now' if summary.best == 'eligible_now' else 'then'}; file{NBSP}on{NBSP}{summary.file_on.isoformat()}"
    return f"{text}: {shown}{nothing}{_court_said(summary, today)}{_sooner_said(named, screening)}"


def _sooner_said(named: list[Determination], screening: Screening) -> str:
    """" · Can be sooner: PC 1203.3 end probation early, open now" where the relief the header
    names for a later day waits on a probation the court can be asked to end early now (S156-02:
    a DUI client's dismissal waiting on his probation in another case read "Eligible on
    2027-01-11" alone, the day read as fixed, while his Eligibility tab had the early end
    "Eligible now" and its step), or is blocked by one until then (S165-01).  Nothing where the
    relief is open now, or its wait is not a probation's."""
    open_in = {d.case for d in screening.results if d.remedy == "pc1203_3" and d.status == "eligible"}
    # A block is another case's probation: PC 1203.3 open there, not in the blocked relief's own.
    waits_on_probation = any(any(step.startswith(ASK_TO_END_EARLY) for step in d.next_steps)
                             and (open_in - {d.case} if d.status == "blocked" else open_in)
                             for d in named if d.status in ("eligible_on", "blocked"))
    if not waits_on_probation:
        return ""
    return f" · Can be sooner: {short_name('pc1203_3')}, open{NBSP}now"


def _last_word_kept(text: str) -> str:
    """`text` with its last word kept with the one before it where the header wraps: at 200%
    "relief", "more" or "dismissal" stood alone on the outcome's last line for 11 of 60 demo
    clients (S80-05).  Not where the last word is long or a unit already (a day kept with its
    word): two of them bound would ask the header for more width than it has."""
    before, space, last = text.rpartition(" ")
    if not space or NBSP in last or len(last) > 10 or " " not in before:
        return text
    kept = f"{before}{NBSP}{last}"
    start, space, word = before.rpartition(" ")
    if space and len(word) <= 3 and " " in start:
        # A number or a code before it goes with them: "Prop / 47 reduction" parted Prop 47
        # where "Prop 47 / reduction" had not; "and 1 more" stays whole.
        kept = f"{start}{NBSP}{word}{NBSP}{last}"
    return kept


def _denial_left_to_review(summary: ClientSummary) -> bool:
    """Whether the client's best outcome needs review and a petition for relief under review (a
    17(b)) stands denied, left to the attorney (S150-02): the header then says the denial."""
    return summary.best == "needs_review" and summary.court is not None and bool(summary.court.denied_under_review)


def _court_said(summary: ClientSummary, today: date) -> str:
    """Where the petitions filed stand, as the caseload's Next action says it (court_action):
    "; filed 2026-11-02; hearing 2027-01-10", "; denied 2026-11-20: attorney to review"; the
    header said nothing of them, "Eligible now: PC 1203.4" read as still to file (Q54-02);
    then the hearing days to come not said yet ("; hearing 2026-12-08", R55-07).  Each day
    kept with the word before it where the header wraps.  A 17(b) denied and left to the
    attorney is said as the line says it, "; denied 2025-05-10: attorney to review" after
    "Needs review" (K153-01)."""
    eligible = summary.best == "eligible_now" and not summary.automatic_only
    said = court_standing(summary.court, today) if eligible else None
    if _denial_left_to_review(summary):
        said = denied_action(summary.court).full  # the line's words (K153-01)
    if eligible and said is None and hearings_coming(summary.court, today):
        said = "not all filed"  # its hearing to come said next (R55-07)
    # With the hearing days to come it does not say, as the list's tooltip (R54-03): a client
    # listed under "Hearing within 7 days" with another case still to file was opened on a
    # header that named no hearing (R55-07).
    said = with_hearings(said or "", summary.court, today).removeprefix("; ")
    if not said:
        return ""
    return "; " + re.sub(r" (?=\d{4}-\d\d-\d\d)", NBSP, said[0].lower() + said[1:])

class BothKept(str):
    """A line said of typing put back beside what another desk saved, both kept (a payment in
    their ledger and one typed here): not among what was "kept as they saved it"."""


class NameHeading(QLabel):
    """The client's name over their pages, cut short with "..." where the header has not the
    room, the whole name in its tooltip and said to a screen reader.  At its full width a long
    name (66 letters, as Spanish names with both surnames and their particles have) left the
    outcome beside it 61 pixels, a column a word wide, at 1024 wide; one of 88 letters made the
    window at least 1230 wide, past a laptop's screen (G42-02)."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleName(text)
        self._say_whole()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Room for a first name and a surname at least; the rest is given only if it is there.
        # Eleven M's (about 16 letters of a name), not twelve: with twelve, a long name made the
        # client window 678 wide at its narrowest, past a 1366 x 768 laptop's screen at 200%
        # (667 for the window there; AA66-02).
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 11)), hint.height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.shown_text(), self.foregroundRole())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._say_whole()

    def _say_whole(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")


class SaveReason(ErrorLabel):
    """The red "Cannot save: ..." beside Save, in the header only while it says something.
    Empty, it still held two fifths of the width the header had to spare, so the outcome beside
    it wrapped in a column: at 200% on a 1366 x 768 laptop (the window 667 x 344) "Eligible now:
    PC 1203.4a dismissal, PC 1203.425 automatic relief; hearing ... held: record the ruling" took
    five lines and pushed the pages down (X74, left alone 2).  A screen reader hears its words as
    before, as the label's name changing (QLabel says a new text so): they are put in once it is
    shown, and it is hidden only once they are gone, so the change comes from a label in sight."""

    placing = Signal()  # shown with new words: the header puts it where they have room

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text:
            self.show()
        super().setText(text)
        if text:
            self.placing.emit()  # where its words fit: they are in now
        else:
            self.hide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """No least width of its own: beside the outcome its longest word's width (with the
        row's other least widths) held the window at 696 where a 200% screen leaves 667, so a
        window narrowed while it was said never got narrow enough for it to go under the row
        (R78-01).  The header places it where its words have room (_place_save_reason)."""
        return QSize(0, super().minimumSizeHint().height())


class CaseList(QListWidget):
    """The client's cases: it asks for two lines, and grows into whatever room is left.

    QListWidget asks for 192 pixels; the left pane wraps its messages (height for width), so
    its scroll area gives every widget the height it asks for, and "Add case" fell below the
    fold of an 800-pixel window (W21-02).  Four lines still put it below the fold of a window
    700 pixels high (W27B-01); from 800 pixels up the list has its six lines as before.

    The scroll bar across it, shown where a case's counts run past a narrow pane, is asked for
    too: at 150% on a 1366 x 768 laptop it took the second line, one case in sight (H416-01)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.horizontalScrollBar().rangeChanged.connect(self._bar_across_changed)
        self._bar_across = False

    def _bar_across_changed(self, _least: int, most: int) -> None:
        if (most > 0) != self._bar_across:
            self._bar_across = most > 0
            self.updateGeometry()  # the bar shown or hidden: ask its height, or give it back

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lines = 2 * (self.fontMetrics().height() + 4) + 2 * self.frameWidth()
        if self._bar_across and self.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            lines += self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), lines)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class PaneScroll(QScrollArea):
    """The client pane of the Record tab: it scrolls up and down, and asks the splitter for
    the width of what it holds, so that it does not scroll sideways.

    A plain scroll area asks for almost nothing: in a window 1024 pixels wide the splitter
    gave the client pane 340 pixels of the 371 it needed, and the Name field and "Has a
    pending criminal charge" were cut off at its edge (W27B-01).

    It is no stop of Tab: the fields it holds are, and it scrolls to the one Tab reaches.
    Taking focus itself, it was where intake opened, so a name typed there went nowhere and
    the date of birth typed next went into the Name field (W28-07)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        # Two lines at the least, not a scroll area's 70 pixels: with the Cases box under it, the
        # Record page at 200% asked more than a long outcome in the header left it, and the page
        # scrolled, its bar beside the case form's at its right edge (S80-01).  Where there is
        # room it has what it asks (G42-05); the cases keep their two lines.
        height = 2 * (self.fontMetrics().height() + 4) + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), min(hint.height(), height))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The height of all it holds, where a scroll area asks a fixed share of it: the client's
        # fields were given 334 pixels of the 449 they ask, and the cases below them the rest,
        # at a window height where both fitted (G42-05).
        hint = super().sizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        return QSize(hint.width(), widget.sizeHint().height() + 2 * self.frameWidth())

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds grew (a relief row added): ask again
        return super().viewportEvent(event)


class RecordTab(QWidget):
    """The person form, the list of cases and the form of the selected case."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.person = PersonForm()
        self.case_form = CaseForm()
        self.cases = CaseList()
        self.cases.setAccessibleName("Cases")
        self.add_case = QPushButton("A&dd case")
        # Alt+M (A70-01), from the case number's label: every other letter of its words is taken
        # on this page.  It asks nothing, as the click never did: Ctrl+Z puts the case back.
        self.remove_case = QPushButton("Re&move case")
        self.remove_case.setAccessibleName("Remove the selected case")

        box = QGroupBox("Client")
        QVBoxLayout(box).addWidget(self.person)
        left_scroll = PaneScroll()
        left_scroll.setWidgetResizable(True)
        left_scroll.setWidget(box)
        # The cases, and Add case, under the client's fields and never scrolled away with
        # them: in the scrolling pane, a window 650 pixels high (1280 x 720, or 1920 x 1080 at
        # 150%, less the taskbar) had "Add case" and "Remove case" below its fold, and a client's
        # second case out of sight, where the Notes field it now hides first is seldom used (G42-05).
        cases_box = QGroupBox("Cases")
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.addWidget(self.cases)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_case)
        buttons.addWidget(self.remove_case)
        buttons.addStretch(1)
        cases_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)  # as the case form's: the boxes have their own
        left_layout.addWidget(left_scroll)
        left_layout.addWidget(cases_box, 1)
        # Alt+X from the client's own fields and the list of cases too: the first count's
        # Trafficking / IPV box of the case shown, as from the case's fields that are not a
        # count's (X74-02); it did nothing here (S80-03).  On this pane, not the whole page: the
        # case form's own Alt+X and one over it would be one key twice, and neither would act.
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_X), left, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                  activated=self._to_trafficking_box)

        # The case form may scroll sideways, where the window is narrower than any clinic
        # laptop's: asked of the splitter as the client pane's is, a relief row's long remedy
        # made the window's narrowest width larger than a 1280 screen at 150% (W27B-01).
        self.case_scroll = QScrollArea()
        self.case_scroll.setWidgetResizable(True)
        self.case_scroll.setWidget(self.case_form)
        for scroll in (left_scroll, self.case_scroll):
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop on the Tab chain (K19-01)
            # An Alt letter's field scrolled into sight, as Tab's is (R75-04); before the page's
            # own watch is made (scrolled_body), so the form scrolls first, then the page.
            FocusInSight(scroll)
        # Said in place of the case form of a client with no case yet (W21-02: the label was
        # made but never shown, and "Add case" sits below the fold of the left pane).  The form
        # is hidden then, not greyed: greyed, it still showed the fields of the case just
        # removed, or of the client opened before a new one (U71-02).
        self.no_case = QLabel("No case yet: add one with “Add case” under the list of cases.")
        self.no_case.setWordWrap(True)
        self.no_case.setContentsMargins(8, 8, 8, 8)
        self.no_case.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_case)
        right_layout.addWidget(self.case_scroll, 1)
        right_layout.addStretch(0)  # the room below the words while the form is hidden
        self.split = split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.splitterMoved.connect(self._remember_widths)
        self._left_pane, self._pane_scrolls = left, (left_scroll, self.case_scroll)
        for scroll in self._pane_scrolls:
            scroll.widget().installEventFilter(self)  # what it holds grew or shrank: `_panes_whole`
        # Scrolled, as a whole, where the window is shorter than its panes' least height (X74-01).
        layout = QVBoxLayout(scrolled_body(self))
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._page = self.findChild(PageScroll)
        self._page.verticalScrollBar().installEventFilter(self)  # shown or hidden: `_place_panes`
        # Tab order: the person's fields, then the cases list, then the selected case.
        QWidget.setTabOrder(self.person.notes, self.cases)
        QWidget.setTabOrder(self.cases, self.add_case)
        QWidget.setTabOrder(self.add_case, self.remove_case)
        QWidget.setTabOrder(self.remove_case, self.case_form.case_number)

    shown_case = -1  # the index of the case the case form shows (and will save into)
    _sizes_side_by_side: list[int] | None = None  # the panes' widths as the user last dragged them
    _share_with_a_case: float | None = None  # the client pane's share before a page with no case widened it
    _page: PageScroll | None = None  # the page's scroll area, whose bar is watched once made

    @property
    def _page_bar(self) -> QWidget | None:
        """The page's scroll bar, asked of its scroll area each time, not kept: once a case with
        no count (a dismissal, an arrest, a case just added) had been shown, PySide let go of the
        bar's Python wrapper (the bar itself lives on), every resize after raised "already
        deleted", and an Add conviction could end the program (U154-01)."""
        return self._page.verticalScrollBar() if self._page is not None else None

    def _panes_side_by_side_need(self) -> int:
        """The width the two panes need side by side, each whole: the client pane's least (its
        check boxes' words do not wrap) and the case form's least with its scroll bar."""
        if self.case_scroll.isHidden():
            case = self.split.widget(1).minimumSizeHint().width()
        else:
            scroll = self.case_scroll
            case = (self.case_form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                    + 2 * scroll.frameWidth())
        return self._left_pane.minimumSizeHint().width() + self.split.handleWidth() + case

    def _place_panes(self) -> None:
        """The client pane above the case pane where the page lacks the width for both side by
        side, beside it again where it has it.  At 667 wide with 15 pt text (a 1366 x 768 laptop
        at 200%) the client pane's least width, 376, left the case form 237 pixels of the 358
        it needs, and every field of the case was cut at the pane's right edge until scrolled
        sideways (L126 left it).  The widths a user dragged come back with the room."""
        # Less the page's own scroll bar where it shows (it is watched: `eventFilter`).  Stacked,
        # the page is taller than side by side: a bar hidden stacked is hidden side by side too.
        bar = self._page_bar
        room = self.width() - (bar.width() if bar.isVisible() else 0)
        side_by_side = room >= self._panes_side_by_side_need()
        split = self.split
        if side_by_side == (split.orientation() == Qt.Orientation.Horizontal):
            return
        set_panes_whole(split, not side_by_side)  # View's pane item greyed stacked (M128-01)
        if side_by_side:
            split.setOrientation(Qt.Orientation.Horizontal)
            # Once the split has laid its panes out across: set now, the widths were given at the
            # width it had standing stacked, and its own layout after shared them out again.
            QTimer.singleShot(0, self, self._put_back_widths)
        else:
            split.setOrientation(Qt.Orientation.Vertical)
        self._panes_whole()

    def _panes_whole(self) -> None:
        """Stacked, each pane as tall as what it holds, and the page scrolls them as one: at 667 x
        372 with 15 pt text the page showed 140 pixels, the client's fields two lines of them in
        their own scroll area and the case form 70 pixels in its own under them, three scroll
        bars to read one case by.  Side by side, each pane scrolls itself again (S80-01)."""
        stacked = self.split.orientation() == Qt.Orientation.Vertical
        for scroll in self._pane_scrolls:
            height = 0
            if stacked and not scroll.isHidden():
                held = scroll.widget()  # its lines wrap: as tall as it is at the width it has
                tall = held.heightForWidth(scroll.viewport().width()) if held.hasHeightForWidth() else held.sizeHint().height()
                height = max(tall, held.minimumSizeHint().height()) + 2 * scroll.frameWidth()
            if scroll.minimumHeight() != height:
                scroll.setMinimumHeight(height)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self._page_bar and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._place_panes()
        elif event.type() == QEvent.Type.LayoutRequest:
            # A row added may ask the case form more width than the room beside the client pane
            # leaves (a petition's remedy): placed again then, not only when the window is resized.
            self._place_panes()
            self._panes_whole()
        elif event.type() == QEvent.Type.Resize:
            self._panes_whole()
        return super().eventFilter(watched, event)

    def _remember_widths(self) -> None:
        if self.split.orientation() == Qt.Orientation.Horizontal:
            self._sizes_side_by_side = self.split.sizes()

    def _put_back_widths(self) -> None:
        if self._sizes_side_by_side is not None and self.split.orientation() == Qt.Orientation.Horizontal:
            self.split.setSizes(self._sizes_side_by_side)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_panes()

    def _to_trafficking_box(self) -> None:
        if self.case_form.case is not None and self.case_scroll.isVisible():  # no case: no box
            self.case_form.to_trafficking_box()

    def selected_case(self) -> int:
        return self.cases.currentRow()

    def values_shown(self) -> tuple[str | None, list[tuple[QWidget, object]]]:
        """The case shown and what each field of the page shows: taken before an Undo or Redo,
        to find the field the step puts back (`focus_put_back`)."""
        case = self.case_form.case.id if self.case_form.case is not None else None
        return case, [(widget, value) for widget in tab_stops(self) if (value := shown_value(widget)) is not None]

    def focus_put_back(self, before: tuple[str | None, list[tuple[QWidget, object]]]) -> QWidget | None:
        """The keyboard to the first field, in Tab order, that shows another value than it did
        `before` (`values_shown`); None where none does, or another case is shown now (the
        undo of "Remove case" shows the case it brings back, F58-06): the focus stays.
        After Ctrl+Z undid a date of birth fixed on this tab, the keyboard stayed in the field
        the user had gone on to (the Language box, Tab away), and the date put back was
        somewhere out of its reach (K81-02, from Z80)."""
        from shiboken6 import isValid

        case, values = before
        if case != (self.case_form.case.id if self.case_form.case is not None else None):
            return None
        had = dict(values)  # by the field itself: a count's row refilled keeps its fields
        # A row the step brought back anew (the Remove of a list's last row undone) is a field
        # put back too, shown a turn later: the keyboard stayed on "Add condition", below the
        # condition heard "Put back", which Shift+Tab had to go and find (A436-01).
        put_back = [widget for widget in tab_stops(self)
                    if (isValid(widget) and widget.isEnabled()
                        and (widget.isVisible() and widget in had and shown_value(widget) != had[widget]
                             or widget not in had and shown_value(widget) is not None and _being_shown(widget, self)))]
        # A field the step changed only because another it changed gives it its value is not
        # the one put back: undone, a sentence of state prison that gave the count Felony put the
        # keyboard in the count's Level box, before the Sentence box in Tab order (R82b-01).
        following = self.case_form.fields_following()
        for widget in put_back:
            if following.get(widget) not in put_back:
                # The shortcut's reason: a line's text is chosen whole, so typing replaces it.
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return widget
        return None

    def show_case(self, client: Client, index: int, *, checked_next: bool = False) -> None:
        self.shown_case = index
        self.case_form.load(client.cases[index], checked_next=checked_next)
        self.case_form.say_years_told(client)
        self.case_form.setEnabled(True)

    def load(self, client: Client, case_index: int | None = None, *, checked_next: bool = False) -> None:
        """Show `client` on case `case_index` (None: the case shown).  `checked_next`: the
        caller checks the forms straight after (`CaseForm.load`)."""
        self.person.load(client, checked_next=checked_next)
        current = self.cases.currentRow() if case_index is None else case_index
        self.cases.blockSignals(True)
        self.cases.clear()
        apart = sharing_a_number(client.cases)
        for case in client.cases:
            item = QListWidgetItem(case_title(case, case.id in apart), self.cases)
            item.setToolTip(case_tooltip(case, case.id in apart))
        self.cases.blockSignals(False)
        if client.cases:
            current = min(max(current, 0), len(client.cases) - 1)
            self.cases.setCurrentRow(current)
            self.show_case(client, current, checked_next=checked_next)
        else:
            self.case_form.case = None
            self.shown_case = -1
            self.case_form.setEnabled(False)
        self.remove_case.setEnabled(bool(client.cases))
        self.no_case.setVisible(not client.cases)
        self.case_scroll.setVisible(bool(client.cases))
        if not client.cases:
            self._client_pane_its_room()
        else:
            self._case_pane_its_room_back()

    def _client_pane_its_room(self) -> None:
        """With no case to show, the client pane its room (below), where the panes stand
        side by side as the split shared them (a user's own drag is kept).  The split keeps the
        share it was given, and a client with a case gives the case form all but the client
        pane's least: a New client page opened after one kept it, on a 1366 x 768 laptop at 125%
        the client's fields 366 pixels wide, "No case yet" alone in the 687 beside them, the
        Name field's message on three lines (W249-03, J216's narrow New client pane)."""
        split = self.split
        if self._sizes_side_by_side is not None or split.orientation() != Qt.Orientation.Horizontal:
            return
        # Panes the user gave over by View's item are theirs as a drag's are: widened over them,
        # "Put the panes back" then left the next case at the share given, stuck (R256-02).  What
        # it puts back to is widened instead: put back here, the case form's sizes left the
        # client's fields at their least, as before W249-03 (R259-02).
        before = put_back_sizes(split)
        left, right = split.sizes() if before is None else before
        # As a New client page made first has it (554 of 1053 there): "No case yet" on its one
        # line and the rest the client's, or half the page where that line is longer (large text),
        # and no less than the client's fields ask; the words wrap in what is left.
        scroll = self._pane_scrolls[0]  # the client's fields: their scroll area's own hint is less
        fields = (scroll.widget().sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                  + 2 * scroll.frameWidth() + self._left_pane.width() - scroll.width())
        # The line as the label lays it out, not the letters' advance: that was a pixel short,
        # and "cases." went alone onto a second line (R256-01).
        margins = self.no_case.contentsMargins()
        line = (self.no_case.fontMetrics().size(Qt.TextFlag.TextSingleLine, self.no_case.text()).width()
                + margins.left() + margins.right())
        whole = left + right
        asked = min(max(fields, whole // 2, whole - line), whole - split.widget(1).minimumSizeHint().width())
        if whole and asked > left:
            self._share_with_a_case = self._share_with_a_case or left / whole
            if before is None:
                split.setSizes([asked, whole - asked])
            else:
                put_back_to(split, [asked, whole - asked])

    def _case_pane_its_room_back(self) -> None:
        """A case shown again after `_client_pane_its_room`: the share the case form had, so that
        the next client's case is not folded into what was left beside a New client's fields."""
        share, self._share_with_a_case = self._share_with_a_case, None
        split = self.split
        if share is None or self._sizes_side_by_side is not None or split.orientation() != Qt.Orientation.Horizontal:
            return
        whole = sum(split.sizes())
        sizes = [round(whole * share), whole - round(whole * share)]
        if is_given_over(split):
            # Given over by View's item on the page with no case: kept, and put back, the case
            # form's share, not the widened page's (R256-02).
            put_back_to(split, sizes)
        else:
            split.setSizes(sizes)

    def problems(self) -> list[str]:
        out = self.person.validated()
        if self.case_form.case is not None:
            out += self.case_form.validated()
        return out

    def snapshot(self, client: Client) -> Client:
        """`client` with the forms' values (call only when `problems()` is empty)."""
        out = self.person.apply_to(client)
        index = self.shown_case
        if self.case_form.case is not None and 0 <= index < len(out.cases):
            out.cases[index] = self.case_form.value()
        return out

    def fields(self) -> dict[str, QLineEdit]:
        """The date, amount and number fields by name ("person.dob", "case.convictions.0.date")."""
        out = {f"person.{name}": field for name, field in fields_by_name(self.person).items()}
        if self.case_form.case is not None:
            out |= {f"case.{name}": field for name, field in fields_by_name(self.case_form).items()}
        return out

    def typing_kept(self, client: Client) -> tuple[Client, dict[str, str]] | None:
        """What a draft keeps: `client` with the forms' values, those of the fields whose text
        is not yet a value (DOB "1985-13-01") left out, and those fields' text by name; None when
        the rest has problems too.  A draft needed a whole record: once a date was typed wrong,
        none was kept, and a note typed after it for minutes was lost in a crash (D32-01)."""
        raw = {name: field for name, field in self.fields().items() if field.problem()}
        with set_aside(raw.values()):
            if self.problems():
                return None
            return self.snapshot(client), {name: field.text() for name, field in raw.items()}

    def put_back_typing(self, raw: dict[str, str]) -> None:
        """A draft's text of fields not yet a value back in its fields (those the forms show)."""
        fields = self.fields()
        for name, text in raw.items():
            if name in fields and isinstance(text, str):
                fields[name].setText(text)


def history_names(entries, client: Client | None = None) -> dict[str, str]:
    """The case and count keys the log's `entries` name, as History says them of `client`."""
    # A case or count since removed, named from the newest record the log keeps of it: a
    # review of a case left blank and removed since read "on c3" (D86-03).  Where the log
    # keeps none (a review brought by an import of a case this caseload never had), its key.
    names = record_names(*(record for e in entries if e.entity == "client" for record in (e.after, e.before)))
    cases = client.cases if client is not None else []
    for case, title in zip(cases, titles_day_first(cases)):
        # Named as the window's lists name it: a case left blank by what its record holds,
        # the day first, not by its key "c3" (K85-02; case_title_day_first), and two of one
        # number so too, "Case 24CR042: county" said of either (K408-02).
        names[case.id] = title
        names.update((conviction.id, law_named(conviction.code, conviction.section)) for conviction in case.convictions)
    return names


def edits_since_review(entries, client: Client | None = None) -> Callable:
    """For `reviewed_notes`: what the record's edits logged after a review (`entries`, the
    client's log, newest first) changed of the facts the screening reads (`_screened_part`), in
    History's words ("Case GA377991, probation end");
    after the review's own line in the log where found, so an edit saved in the second the
    review was kept is told apart by its place.  The record before the first of them beside
    the record after the last: an edit taken back (Undo, or typed back) is not said, where the
    attorney had looked again at a probation end as the review had it (V122-03)."""
    names = history_names(entries, client)

    def since(review) -> list[str]:
        kept = next((e.id for e in entries if e.entity == "review" and e.action == "review" and isinstance(e.after, dict)
                     and (e.after.get("case"), e.after.get("conviction"), e.after.get("remedy"), e.after.get("note"),
                          e.after.get("facts_hash")) == (review.case, review.conviction, review.remedy, review.note,
                                                         review.facts_hash)), None)
        edits = [e for e in reversed(entries) if e.entity == "client" and e.action == "update"
                 and (e.id > kept if kept is not None else e.at > review.at)]
        if not edits:
            return []
        said = describe(replace(edits[-1], before=_screened_part(edits[0].before), after=_screened_part(edits[-1].after)), names)
        return [] if said == NO_CHANGE else [said]

    return since


def _screened_part(record):
    """Of a client's record as the log keeps it, what the screening reads and a review's facts are
    hashed from (facts_hash: the person's facts and the cases); a phone, the notes or the name
    changed since a review are no facts it was given on, and its "(changed since: ...)" named
    them beside those that were (X123-03)."""
    return {part: record.get(part) for part in ("person", "cases")} if isinstance(record, dict) else record


class HistoryTab(QWidget):
    """The client's audit log: every save, screening and review, newest first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.table.setModel(self.model)
        self.table.setAccessibleName("History of changes")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Change details")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        layout = QVBoxLayout(scrolled_body(self))  # as the Record and Eligibility pages (X74-01)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._show)

    def show_entries(self, entries, client: Client | None = None) -> None:
        self.model.set_entries(entries, history_names(entries, client))
        self.details.clear()

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        e = self.model.entry(current.row())
        # The row's own words ("Attorney review undone"), not the log's ("review withdraw").
        lines = [f"{local_time(e.at)} by {e.user}: {action_title(e)}"]
        # What changed, from what to what, in the clinic's words: a client added, a screening, a
        # denial had shown the record as the log keeps it (a Python dict, keys and all: X69).  A
        # review says the row's words: its facts hash and answer key told the attorney nothing,
        # and a review taken back by Undo showed nothing at all under "review withdraw" (K66-04).
        said = self.model.index(current.row(), 3).data() or ""
        lines += [f"  {line}" for line in entry_details(e, self.model.names, said)] if e.entity != "review" else [f"  {said}"]
        self.details.setPlainText("\n".join(lines))


def case_found(cases: list[Case], searched: str) -> int | None:
    """The index of the case whose number the search box's words found the client by, else
    None: the client is then opened on the first case (C48-04: a client found by a case number opened on another case, the one
    searched for some Tabs and arrows away).

    A case is found as the search index finds it (db.records.searched_case_numbers,
    repository.fts_query): its whole number however it is spaced ("ga175338", "GA-175338"),
    or the start of its number or of a part of it ("0056789" of "LA 0056789"), typed alone or
    beside the client's name ("Rosa LA 0056789"), or of a later part ("81162" of
    "25CJCM81162", F58-02).  Before S52-03 only the whole box was compared, with the start of the whole number: a case found by a name beside its number,
    or by its number's last part, opened on the first case.  The whole number wins; a start
    that more than one case has names none."""
    def bare(text: str) -> str:
        return re.sub(r"[^0-9A-Z]", "", text.upper())

    from clinic_app.matching import digits_of_a_case_number, printed_after_letters, search_terms

    # "12-3-45", a date alone, found the client by "CR 12-3-45" too (W74-02): that case.
    if (digits := digits_of_a_case_number(searched)) is not None:
        return next((index for index, case in enumerate(cases) if printed_after_letters(case.case_number or "", digits)), None)
    # A date of birth ("3/2/1985", or beside a name: "Rosa 3/2/85") found the client, not a case.
    searched, _born = search_terms(searched)
    words = [bare(word) for word in re.findall(r"\w+", searched)]
    # Each run of the words typed side by side, run together: "LA 0056789" is one number.
    typed = {"".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1)}
    typed = {text for text in typed if len(text) >= 3 and re.search(r"[0-9]", text)}  # a name, a word: no number
    if not typed:
        return None
    whole = [bare(case.case_number or "") for case in cases]
    exact = [index for index, number in enumerate(whole) if number and number in typed]
    if exact:
        return exact[0]
    # The words the index holds of each number, and its parts ("0056789" of "LA 0056789").
    parts = [[bare(part) for part in re.findall(r"\w+", case.case_number or "") + case_number_words(case.case_number or "")]
             + [whole[index]] for index, case in enumerate(cases)]
    starting = [index for index, numbers in enumerate(parts) if any(n.startswith(text) for n in numbers if n for text in typed)]
    return starting[0] if len(starting) == 1 else None


def tab_stops(page: QWidget) -> list[QWidget]:
    """The widgets of `page` that Tab stops at, in Tab order, shown or not."""
    stops, widget = [], page
    for _ in range(2000):  # a page has a few hundred widgets at most
        widget = widget.nextInFocusChain()
        if widget is page or widget is None:
            break
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
    return stops


def _being_shown(widget: QWidget, page: QWidget) -> bool:
    """Whether `widget`, just made on the shown `page`, shows once its layout shows it: nothing
    between them hidden on purpose (a widget added to a shown one is shown a turn later)."""
    while widget is not None and widget is not page:
        if widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return False
        widget = widget.parentWidget()
    return page.isVisible()


def first_control(page: QWidget) -> QWidget | None:
    """The first widget of `page`, in Tab order, that the keyboard can reach now."""
    return next((widget for widget in tab_stops(page) if widget.isVisible() and widget.isEnabled()), None)


def shown_value(widget: QWidget) -> object:
    """What a field shows (a line's text, a box's choice, a tick), None for a button or a list."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.checkState() if isinstance(widget, QCheckBox) else widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return None


def edit_title(before: Client, after: Client, typed: tuple[str, str] | None = None) -> str:
    """What an edit changed, as Edit > Undo names it: "Edit Case BA100001, probation end"
    (W21-23: every edit read "Edit record", so an undo could not be told from another).  How a
    petition keeps a count removed is not named: it follows the counts, it is no one's edit (R58-05).
    `typed`: `before` and `after` as `_as_typed` writes them, where the caller has them (P335-03)."""
    import json

    was_typed, typed_now = typed or (_as_typed(before), _as_typed(after))
    record, was = json.loads(typed_now), json.loads(was_typed)
    # A petition said once, briefly, with what changed in it after ("Case BA100001, PC 1203.4
    # petition of 2026-11-02: ruling, ruled on"): the history's words, said for each field,
    # named it in full twice and made the Edit menu as wide as the sentence (A70-04).
    said: dict[str, list[str]] = {}
    for path in changed_paths(was, record, limit=8):
        at = re.match(r"cases\[\d+\]\.petitions\[\d+\]", path)
        place = in_words(at.group(0) if at else path, record, brief=True, before=was)
        inside = in_words(path, record, brief=True).removeprefix(place + ", ") if at and path != at.group(0) else None
        said.setdefault(place, [])
        if inside and inside not in said[place]:
            said[place].append(inside)
    fields = [place if not inside else f"{place}, {inside[0]}" if len(inside) == 1 else f"{place}: {', '.join(inside)}"
              for place, inside in said.items()]
    if not fields:
        return "Edit record"
    return "Edit " + joined(fields[:2], case_names(record)) + (" and more" if len(fields) > 2 else "")


class _ReviewNotesKept:
    """Review notes typed and not yet recorded, kept in the caseload as a draft of the client
    shown (Repository.keep_draft, "review"), each with the results it is for: a note kept for
    one result is not lost when another is reviewed first (ui.eligibility_view.ReviewNotes)."""

    def __init__(self, view: ClientWorkspace) -> None:
        self.view = view
        self._notes: dict[tuple[str, int], dict[str, str]] = {}  # by caseload and client: kept now, by results
        self._found: dict[tuple[str, int], tuple[datetime, dict[str, str]]] = {}  # those of a Clinic Desk gone since
        # The cases the notes name, "Case X" to the case's key, to follow one renumbered since (U118-05).
        self._cases: dict[tuple[str, int], dict[str, str]] = {}

    def _of(self, client_id: int) -> tuple[tuple[str, int], dict[str, str]]:
        key = (self.view.repo.path, client_id)
        if key not in self._notes:
            kept = self.view.repo.draft(client_id, of="review")
            notes = kept[1].get("notes") if kept is not None and isinstance(kept[1], dict) else None
            notes = {str(what): str(note) for what, note in notes.items()} if isinstance(notes, dict) else {}
            self._notes[key] = dict(notes)
            cases = kept[1].get("cases") if kept is not None and isinstance(kept[1], dict) else None
            self._cases[key] = {str(named): str(case) for named, case in cases.items()} if isinstance(cases, dict) else {}
            if kept is not None and notes:
                self._found[key] = (kept[0], notes)
        return key, self._notes[key]

    def _shown(self) -> tuple[int, tuple[str, int], dict[str, str]] | None:
        """The shown client's id, key and notes kept now; None where no stored client is shown
        or the caseload could not be read."""
        client = self.view.client
        if client is None or client.id is None:
            return None
        try:
            key, notes = self._of(client.id)
        except CaseloadError:
            return None
        self._follow_renumbered(client, key, notes)
        return client.id, key, notes

    def _follow_renumbered(self, client: Client, key: tuple[str, int], notes: dict[str, str]) -> None:
        """The notes kept for a case whose number was changed since (a docket number's typo
        corrected, here or at another desk) renamed for it: named by its old number, a note was
        for a case the record no longer had, and dropped unseen (U118-05).  A case removed, its
        key no longer the record's, keeps its notes' words, and they are dropped as before."""
        now = {case: named for named, case in _cases_named(client).items()}
        kept = self._cases.get(key, {})
        moved = {was: now[case] for was, case in kept.items()
                 if case in now and now[case] != was and was not in now.values()}
        if not moved:
            return
        for by_what in (notes, self._found.get(key, (None, {}))[1]):
            for what in list(by_what):
                if (renamed := _renamed(what, moved)) != what:
                    by_what[renamed] = by_what.pop(what)
        self._cases[key] = {moved.get(was, was): case for was, case in kept.items()}
        self._store(client.id, notes)

    def keep(self, what: str, note: str | None) -> None:
        if (shown := self._shown()) is None:
            return
        client_id, key, notes = shown
        if note:
            notes[what] = note
            self._cases[key] = {**self._cases.get(key, {}), **_cases_named(self.view.client)}
        elif notes.pop(what, None) is None:
            return
        self._store(client_id, notes)

    def _store(self, client_id: int, notes: dict[str, str]) -> None:
        key = (self.view.repo.path, client_id)
        # Only the cases the notes name, by the words they name them with.
        lines = [line for what in notes for line in what.split("\n")]
        cases = self._cases[key] = {named: case for named, case in self._cases.get(key, {}).items()
                                    if any(line.startswith((f"{named},", f"{named} (")) for line in lines)}
        record = ({"notes": notes, "cases": cases} if cases else {"notes": notes}) if notes else None
        try:
            self.view.repo.keep_draft(client_id, record, of="review")
        except CaseloadError:
            pass  # busy or full: this copy of the note is lost, the note itself is still in the box

    def kept(self, what: str, places: list[str]) -> tuple[datetime, str, str | None] | None:
        if (shown := self._shown()) is None:
            return None
        client_id, key, notes = shown
        at, found = self._found.get(key, (None, {}))
        if at is None:
            return None
        if what in found:
            return at, found.pop(what), None  # offered once: recorded or discarded, it is gone
        # Kept under its results' words, a note for a result a re-screen then changed was never
        # offered again, and lay in the caseload unseen: the same counts' and remedies' next
        # review is its place, the change said (K117-01).
        typed_for = next((was for was in found if _same_places(was, places)), None)
        if typed_for is None:
            return None
        note = found.pop(typed_for)
        if notes.pop(typed_for, None) is not None:
            # Kept at once under the results it is now for: the dialog may stop before a key.
            notes[what] = note
            self._store(client_id, notes)
        return at, note, typed_for

    def keep_those_shown(self, places: set[str]) -> None:
        """Drop the notes kept by a Clinic Desk gone since for a count or remedy the client's
        screening of today no longer has (a case or count removed, a remedy that no longer
        applies): no review can put them back, and they lay in the caseload unseen (K117-01)."""
        if (shown := self._shown()) is None:
            return
        client_id, key, notes = shown
        _at, found = self._found.get(key, (None, {}))
        gone = [was for was in found if not _could_be_put_back(was, places)]
        for was in gone:
            del found[was]
            notes.pop(was, None)
        if gone:
            self._store(client_id, notes)


def _cases_named(client: Client) -> dict[str, str]:
    """The client's cases as a review note's results name them ("Case BA100001", as the
    Eligibility tab's Case column: ui.models.determination_model), each to its key; two of one
    number by what each holds, as that column tells them apart (K396-04): by the number alone, one
    name for both, a note for one was not followed to it renumbered (R400-02)."""
    return {f"Case {title}": case.id for case, title in zip(client.cases, titles_day_first(client.cases))}


def _renamed(what: str, moved: dict[str, str]) -> str:
    """Results named as the review dialog names them (see `_same_places`), each case named in
    `moved` ("Case X" to "Case Y") named anew."""
    def line_of(line: str) -> str:
        for was, now in moved.items():
            if line.startswith((f"{was},", f"{was} (")):
                return now + line[len(was):]
        return line

    return "\n".join(line_of(line) for line in what.split("\n"))


def _same_places(what: str, places: list[str]) -> bool:
    """Whether results named as the review dialog names them (`what`: "Case X, count\nremedy:
    status" for one, a "Case X, count: remedy: status" line each for more) are those of the
    counts and remedies `places` ("Case X, count: remedy" each), whatever their status."""
    lines = what.replace("\n", ": ", 1).split("\n") if len(places) == 1 else what.split("\n")
    return len(lines) == len(places) and all(line.startswith(place + ": ") for line, place in zip(lines, places))


def _could_be_put_back(what: str, places: set[str]) -> bool:
    """Whether results named as the review dialog names them (see `_same_places`) are of counts
    and remedies among `places`, whatever their status: read as one result's or as several's."""
    def among(line: str) -> bool:
        return any(line.startswith(place + ": ") for place in places)

    return (what.count("\n") == 1 and among(what.replace("\n", ": ", 1))) or all(among(line) for line in what.split("\n"))


def ask_put_back(parent: QWidget, name: str, at: str) -> bool:
    """Ask whether typing kept as a draft when Clinic Desk stopped goes back in the form; True to put it back."""
    return not stay_or_discard(
        parent, "Typing not saved",
        f"Clinic Desk stopped at {at} before what was typed in {name}'s record was saved (it was closed by force, "
        "or the computer lost power). It was kept as a draft.",
        "&Put it back", "&Discard it",
        "Put it back in the form to check it (it is saved as any edit is, and Ctrl+Z undoes it), or discard it.")


def _case_as_added(key: str) -> Case:
    """The case "Add case" makes: most clinic cases are a conviction with probation, so it starts
    there (the form changes it); its kind not known until a count's level says it, or the
    paralegal does (A56-05)."""
    return Case(id=key, outcome="convicted", sentence=Sentence(type="probation", probation=Probation(kind=None)))


# The file's refusal of a save, said beside Save: short, as the question says it whole, the
# file's path and what to do (K305-02).
FILE_REFUSED_SAID = {ReadOnly: "Cannot save: the caseload file is read-only", DiskFull: "Cannot save: the disk is full"}

# How typing that cannot be saved is taken back, for a save that failed however it was typed.
TAKING_BACK = "Ctrl+Z in a box you typed in takes back what you typed there."


def ask_discard(parent: QWidget, problem: str, where: str) -> bool:
    """Ask before edits that cannot be saved are lost; True to discard them."""
    return stay_or_discard(parent, "Changes not saved", *discard_question(problem, where), "&Discard changes")


def ask_discard_refused(parent: QWidget, problem: str, where: str, refused: CaseloadError, *, to_fix: bool = False,
                        payment_typed: bool = False) -> bool:
    """`ask_discard`, of typing the file itself refused (`refused`: read-only, a full disk),
    which `problem` says (`to_fix`, `payment_typed`: as `discard_question`'s); True to discard it."""
    return stay_or_discard(parent, "Changes not saved",
                           *discard_question(problem, where, refused, to_fix=to_fix, payment_typed=payment_typed),
                           "&Discard changes")


# How a read-only caseload takes the typing it refused: opened again, once it can be written to.
READ_ONLY_TAKES_CHANGES = "The file takes changes only once it can be written to and is opened again (File > Open caseload...)."


def discard_question(problem: str, where: str, refused: CaseloadError | None = None, *,
                     to_fix: bool = False, payment_typed: bool = False) -> tuple[str, str]:
    """The "Changes not saved" question's words and its Stay button's.  On a read-only file
    nothing typed can be fixed: "Fix them" sent the user looking for a fault in the typing
    (R311's Left alone).  What can be done is said: stay to copy the typing, or discard it;
    the file takes changes only once opened again (README).  A full disk is fixed by freeing
    space, and typing that is not valid by mending it: both "Fix them", as before.  Typing
    not valid in a read-only file (`to_fix`) can be fixed, and is still not saved then, nor a
    payment typed beside it on the Checklist (`payment_typed`) added: "Fix them" and "(Add
    payment records it)" said otherwise (K323-02)."""
    if isinstance(refused, ReadOnly):
        if to_fix:
            payment = " and adds no payment" if payment_typed else ""
            return (f"This record has changes this caseload file cannot save:\n{problem}\n\nWhat is not valid can be "
                    f"fixed, and is still not saved then: this file saves nothing typed{payment}. Stay to fix it and keep "
                    f"them in sight to copy, or discard them and {where}. {READ_ONLY_TAKES_CHANGES}", "&Stay and fix")
        return (f"This record has changes this caseload file cannot save:\n{problem}\n\nStay to keep them in sight and "
                f"copy them, or discard them and {where}. {READ_ONLY_TAKES_CHANGES}", "&Stay")
    return f"This record has changes that cannot be saved yet:\n{problem}\n\nFix them, or discard them and {where}.", "&Stay and fix"


def _typed_at(record: object, path: str) -> str:
    """The value at `path` ("cases[0].money.fines_paid", as history_model.changed_paths
    writes it) of a record as JSON, as text to read."""
    import json

    value = record
    for key, index in re.findall(r"(\w+)|\[(\d+)\]", path):
        try:
            value = value[int(index)] if index else value[key]
        except (IndexError, KeyError, TypeError):
            return "(nothing)"
    if value in (None, "", [], {}):
        return "(nothing)"
    if isinstance(value, list) and all(petition_named(item) for item in value):
        # A case's petitions (typed in a case removed there): named, not as JSON (N64-01).
        return "; ".join(str(petition_named(item)) for item in value)
    key = path.rpartition(".")[2]
    if isinstance(value, bool) or key in ("language", "jurisdiction"):
        # As the History tab says them: a box ticked "yes", not JSON's "true"; a language
        # "Spanish", not the “es” no form shows (R311-01).
        return value_said(value, {}, key)
    return f"“{value}”" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


# At most this many lines of fields typed in a question: a whole new client typed on a full
# disk made one line a field, the buttons pushed off a laptop's screen.
FIELDS_NAMED = 6


def _typed_lines(stored: dict, typed: dict) -> list[str]:
    """The Record's fields typed over `stored` (records as JSON), a line each in the forms' words
    ("Record: phone: “555-0101”"); a case or a count added or removed by its name, not written
    out as JSON; past FIELDS_NAMED, how many more."""
    paths = changed_paths(stored, typed, limit=100)
    lines = []
    for path in paths[:FIELDS_NAMED]:
        blocks = _blocks_added_or_removed(value_at(stored, path), value_at(typed, path))
        if blocks:
            # A case or a count added or removed, by its name: "cases typed" said every case was
            # typed over, and "cases: (nothing)" none left, where Discard puts one back (R311-03).
            place = in_words(path, typed, before=stored)
            if path.endswith(".convictions"):
                place = place.removesuffix("convictions") + "counts"  # as the case's rows name them
            lines.append(f"Record: {place}: {blocks}")
            continue
        said, value = _typed_at(typed, path), value_at(typed, path)
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            said = "; ".join(f"“{item}”" for item in value)  # aliases, as typed
        lines.append(f"Record: {in_words(path, typed, before=stored)}" + (" typed" if said[:1] in "{[" else f": {said}"))
    if len(paths) > FIELDS_NAMED:
        lines.append(f"Record: {count(len(paths) - FIELDS_NAMED, 'more field')} typed")
    return lines


def _blocks_added_or_removed(stored: object, typed: object) -> str | None:
    """Cases, counts, conditions added to or removed from a list by their names ("Case BA100003
    added"); None where it is no such list, or a block has no name yet (a case with no number)."""
    if not (isinstance(stored, list) and isinstance(typed, list) and len(stored) != len(typed)
            and all(isinstance(block, dict) for block in stored + typed)):
        return None
    added = [item_named(block, {}) for block in typed if block not in stored]
    removed = [item_named(block, {}) for block in stored if block not in typed]
    if None in added + removed:
        return None
    return ", ".join([f"{'; '.join(blocks)} {done}" for blocks, done in ((added, "added"), (removed, "removed")) if blocks])


def _not_put_back_said(path: str, why: str, base: dict, typed: dict, put: dict) -> str:
    """A line of what was typed and not put back over the record as stored (drafts.not_put_back),
    in the forms' words: a case removed there says what was typed in it, field by field, not
    the case as JSON (A64-02)."""
    if why == "changed there, kept":
        said = f"{_capital(in_words(path, put))}: changed in another window or on another desk, so not removed here"
        instead = _petition_typed_instead(path, base, typed, put)
        if instead is not None:
            # Its remedy and its day both changed in its row here: not plainly the same filing
            # (drafts.petition_keys), so both are kept, and which to keep is the user's (C65-02).
            said += f"; {instead}, typed in its place here, is kept beside it: if they are one petition, remove the one that is wrong"
        return said
    if why in ("removed there", "added there too"):
        block = value_at(typed, path)
        # What was typed in it: against the record it was typed on; a block added here too,
        # against theirs of the same key (their count's facts the same are not said twice).
        other = put if why == "added there too" else base
        before = next((item for item in value_at(other, path.rpartition("[")[0]) or [] if isinstance(item, dict) and item.get("id") == block.get("id")), None)
        if before is None and why == "removed there" and petition_named(block):
            # A part of a filing made two here ("Granted in part..."), the filing removed there
            # (drafts.parts_of_a_filing_removed): what was typed in it, against the filing.
            filing = next((item for item in value_at(other, path.rpartition("[")[0]) or [] if isinstance(item, dict)
                           and (item.get("remedy"), item.get("filed_on")) == (block.get("remedy"), block.get("filed_on"))), None)
            before = None if filing is None else {**filing, "id": block.get("id")}
        place = in_words(path, typed)
        typed_in = [f"{in_words(path + inner, typed).removeprefix(place + ', ') or place}: {_typed_at(block, inner)}"
                    for inner in ("." + sub if not sub.startswith("[") else sub for sub in changed_paths(before, block, limit=100))]
        if why == "added there too" and petition_named(block):
            # The same petition (case, remedy, counts, day) recorded on both desks: one, theirs
            # (N64-01); not another to add again.
            return (f"{_capital(place)}: recorded in another window or on another desk too, so theirs is kept and what "
                    "was typed in it here is not put back: " + "; ".join(typed_in))
        if why == "added there too":
            # Both desks' "Add count" gave it the case's next key: theirs is kept (R64-02).
            return (f"{_capital(place)}: added in another window or on another desk too, so the one typed here is not "
                    "put back (add it again): " + "; ".join(typed_in))
        return (f"{_capital(place)}: removed in another window or on another desk, so what was typed in it is not put back: "
                + "; ".join(typed_in))
    return f"{_capital(in_words(path, typed))}: {_typed_at(typed, path)}"


def _kept_as_saved_said(kept: list, base: dict, typed: dict, put: dict) -> list[str]:
    """Lines for the blocks `drafts.as_record` kept as the other desk saved them, the typing
    and their change contradicting each other there: why, in the forms' words, and each field
    typed in the block, to type again where still needed (S64-02).  The block "" is their
    record whole: nothing typed is put back (R64-05)."""
    out: list[str] = []
    for block, problem in kept:
        why = getattr(problem, "problem", None) or str(problem)
        path = getattr(problem, "path", "") or ""
        if block == "":
            where = f"{_capital(in_words(path, typed))}: " if path else ""
            return [f"Nothing typed is put back: with their change the record would not hold together ({where}{why})",
                    *(f"{_capital(in_words(at, typed, before=base))}: {_typed_at(typed, at)}" for at in changed_paths(base, typed, limit=100))]
        if block in ("person", "client"):
            name = "The person's facts" if block == "person" else "The client's details"
            where = f"{_capital(in_words(path, typed))}: " if path else ""
        else:
            n = next((n for n, case in enumerate(typed.get("cases", [])) if case.get("id") == block), None)
            if n is None:
                continue
            name = _capital(in_words(f"cases[{n}]", typed))
            if path.startswith("cases["):
                path = re.sub(r"^cases\[\d+\]", f"cases[{n}]", path)
            where = f"{_capital(in_words(path, typed))}: " if path.startswith("cases[") else ""
        typed_in = [f"{_capital(in_words(at, typed, before=base))}: {_typed_at(typed, at)}" for at in changed_paths(base, typed, limit=100)
                    if _in_block(at, block, typed)]
        if typed_in:
            out += [f"{name}: kept as it was saved in another window or on another desk, as what was typed in it contradicts "
                    f"their change ({where}{why}). What was typed in it:", *typed_in]
    return out


def _petition_typed_instead(path: str, base: dict, typed: dict, put: dict) -> str | None:
    """The petition typed here in the row of a petition `path` (in `put`) that the typing took
    out, named ("the PC 17(b) ... petition filed 2026-11-03"); None when `path` is no petition or
    the row holds none added here."""
    at = re.fullmatch(r"cases\[(\d+)\]\.petitions\[(\d+)\]", path)
    if at is None:
        return None
    case, row = (int(n) for n in at.groups())
    case_id = value_at(put, f"cases[{case}]").get("id") if isinstance(value_at(put, f"cases[{case}]"), dict) else None
    mine = next((c for c in typed.get("cases", []) if c.get("id") == case_id), None)
    was = next((c for c in base.get("cases", []) if c.get("id") == case_id), None)
    if mine is None or was is None:
        return None
    was_keys = {p.get("id") for p in was.get("petitions", [])}
    rows = mine.get("petitions", [])
    # Its row in the record typed on: where the petition taken out stood.
    kept = value_at(put, path)
    place = next((n for n, p in enumerate(was.get("petitions", [])) if isinstance(kept, dict) and p.get("id") == kept.get("id")), row)
    if place < len(rows) and rows[place].get("id") not in was_keys:
        return petition_named(rows[place])
    return None


def _in_block(path: str, block: str, typed: dict) -> bool:
    """Whether `path` (of the record `typed`, as JSON) is in `block` (`drafts.as_record`'s: a
    case's id, "person", "client", or "" for the whole record)."""
    if block == "":
        return True
    if block == "person":
        return path == "person" or path.startswith(("person.", "person["))
    if block == "client":
        return not path.startswith(("cases", "person"))
    n = next((n for n, case in enumerate(typed.get("cases", [])) if case.get("id") == block), None)
    return n is not None and (path == f"cases[{n}]" or path.startswith((f"cases[{n}].", f"cases[{n}][")))


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _as_typed(client: Client) -> str:
    """The client as JSON, without how each petition writes the counts since removed from its
    case (`Petition.counts_removed`): the Record tab fills them in from the client's history for
    a petition saved before E58-03, which nobody typed, so opened such a client read as changed
    (Save on, an "Edit record" committed on going to another case, a draft kept of nothing
    typed: R58-01).  A count removed on the form changes the case's counts, a change; saved,
    the petition keeps the count as written."""
    return client_json(replace(client, cases=[
        replace(case, petitions=[replace(p, counts_removed=[]) for p in case.petitions]) for case in client.cases]))


def save_client_worksheet(parent: QWidget, repo: Repository, client: Client, screening: Screening | None,
                          today: date) -> Path | None:
    """Save `client`'s filing worksheet, screened for `today` (`screening` where it is for
    that day), as a PDF where the user chooses; the file written, or None.  The open record's
    and the caseload list's chosen line's (P92-02) alike."""
    from clinic_app.worksheet import compose
    from clinic_app.worksheet.render import render_bytes
    from ui.handout_dialog import save_pdf_file
    from ui.tasks import safe_name

    if screening is None or screening.as_of != today:
        screening = screen_client(client, today).screening
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = render_bytes(compose(client, screening, repo.denial_reviews_said(client.id)))
    finally:
        QApplication.restoreOverrideCursor()
    suggested = f"worksheet-{safe_name(client.name)}-{today.isoformat()}.pdf"
    return save_pdf_file(parent, "Filing worksheet", "worksheet", WORKSHEET_FOLDER_SETTING, suggested, pdf)


class ClientWorkspace(QWidget):
    """One client's record, checklist, eligibility and history, with save, undo and handout."""

    client_saved = Signal(object, object)  # Client, ClientSummary | None
    # A client was deleted, or an added client taken back by undo: their number, and what
    # was taken out (db.repository.RemovedClient: their stored screenings, for the counts).
    client_removed = Signal(int, object)
    rules_caught_up = Signal()  # a client's newest stored result was of other rules, and no longer is
    back_requested = Signal()
    said = Signal(str)  # for the status bar (a handout saved, and where)
    # A review recorded, in words, for the status bar and a screen reader (MainWindow._review_said);
    # whether none of the client's results is left to review.
    review_said = Signal(str, bool)
    # The cell the keyboard is on in the Eligibility or History table, whole, where its column
    # cuts it; "" as it leaves it (ui.cell_in_full, MainWindow._cell_in_full).
    cell_in_full = Signal(str)
    # The file found read-only where the window's last load found it writable (a review refused
    # before its dialog): the window's title says it at once, as Undo's refusal has it (K370-01).
    read_only_found = Signal()

    def __init__(self, repo: Repository, undo_stack: QUndoStack, *, today: date | Callable[[], date],
                 read_only: Callable[[], bool] = lambda: False, named: Callable[[Client], str] = lambda client: client.name,
                 parent: QWidget | None = None):
        """`read_only`: whether the caseload's file refuses every save, as the window last found
        it (Repository.read_only, asked at each load, not of the database at each question).
        `named`: a client as the window tells them from a namesake (a review's Undo names them)."""
        super().__init__(parent)
        self.repo = repo
        self._read_only = read_only
        self._named = named
        self.undo_stack = undo_stack
        # The counts each case of the record shown had in its audit log (`_counts_had`).
        self._counts_had_for: tuple[Client, dict[str, dict[str, CountRemoved]]] | None = None
        # A day, or the window's clock (read when used: the window stays open for days).
        self._clock: Callable[[], date] = today if callable(today) else (lambda: today)
        self.client: Client | None = None
        self.screening: Screening | None = None  # as of today: what the caseload keeps
        self.summary: ClientSummary | None = None
        self._loading = False
        self._committing = False  # a save under way (it may be asking whether to retry)
        self._stale_tabs: set[int] = set()
        self.handout_dialog = None  # the handout preview while it is open
        self._moved: dict[int, int] = {}  # client number -> number after an undone add was redone
        # (client number, the case as stored) of each "Add case" of the client open: leaving
        # the client takes out those still as they were stored (W24-02), whatever else was
        # typed meanwhile (W25-05).
        self._untouched_cases: list[tuple[int, Case]] = []
        # Typing not yet saved is kept in the caseload as the client's draft after a pause, so
        # that a program killed or a battery dead mid-field loses nothing typed; a save or a
        # discard drops it (D28-02).  The clients this view kept one for:
        self._drafted: set[int] = set()
        self._checks_put_back: list = []  # a draft's Checklist typing, put back by `focus_page`
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_AFTER_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self._build()

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        # No mnemonic: Alt+C is the Caseload menu (keyboard check K19-07); Alt+Left goes back.
        self.back = QPushButton("← Caseload")
        self.back.setAccessibleName("Back to the caseload")
        self.back.setToolTip("Back to the caseload (Alt+Left)")
        self.back.clicked.connect(self.back_requested)
        # Alt+Left goes back when pressed.  As the button's own shortcut it clicked the button
        # a tenth of a second later (an animated click): Ctrl+F and a name typed in that time
        # went to the search box, then the late click put the keyboard on the list, which took
        # the name as a line's first letters (C64-02).
        back_key = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        back_key.activated.connect(self.back_requested)
        self.title = NameHeading()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.outcome = QLabel()
        self.outcome.setAccessibleName("Best outcome")
        # Wraps rather than widening the window past a laptop's screen (GUI check G18-11).
        self.outcome.setWordWrap(True)
        # Room for two short lines of it beside a long name, which is cut short first (G42-02);
        # where the screen leaves the row not that room, it goes under the row (_place_outcome):
        # beside, with a larger font (10.5 pt) at 200% it made the client window 732 wide (805
        # at 12 pt) where a 1366 x 768 laptop leaves 667, Save and Handout off the screen (S100-04).
        self._outcome_room = self.outcome.fontMetrics().averageCharWidth() * 30
        self.outcome.setMinimumWidth(self._outcome_room)
        self.save_button = QPushButton("&Save")
        self.save_reason = SaveReason()  # red on the light and on the dark palette alike (F63-05)
        self.handout_button = QPushButton("&Handout...")
        self.handout_button.setToolTip("Preview the client's handout, then print it or save it as a PDF (Ctrl+P)")
        header.addWidget(self.back)
        header.addWidget(self.title)
        # The outcome takes the free width, wrapping only when the window is narrow (it had
        # wrapped into a column a few words wide beside empty space); a "Cannot save" shown
        # takes two fifths of it.
        header.addWidget(self.outcome, 3)
        header.addWidget(self.save_reason, 2)
        header.addWidget(self.save_button)
        header.addWidget(self.handout_button)
        layout.addLayout(header)
        self._header = header
        self.save_reason.placing.connect(self._place_save_reason)

        self.tabs = QTabWidget()
        self.record = RecordTab()
        self.checklist = ChecklistView()
        self.eligibility = EligibilityPanel(self._clock)
        self.eligibility.reviewer = self.repo.user
        self._review_notes = self.eligibility.review_notes = _ReviewNotesKept(self)  # K114-02
        self.history = HistoryTab()
        self.tabs.addTab(self.record, "&Record")
        self.tabs.addTab(self.checklist, "Chec&klist")
        self.tabs.addTab(self.eligibility, "E&ligibility")
        self.tabs.addTab(self.history, "Histor&y")
        self._page_scrolls = self.tabs.findChildren(PageScroll)  # each page's, asking its lines (`_pages_to_room`)
        for table in (self.eligibility.table, self.history.table):
            CellInFull(table).said.connect(self.cell_in_full)
        self.tabs.currentChanged.connect(self._refresh_tab)
        self.tabs.currentChanged.connect(self._focus_tab)
        # After the tab is rebuilt and arrived at: its notes changed from here on are said (K148-02).
        self.tabs.currentChanged.connect(lambda tab: tab == TAB_ELIGIBILITY and self.eligibility.notes_arrived_at())
        self.tabs.tabBar().installEventFilter(self)  # typing on the tabs is said, not lost unsaid (F49-01)
        layout.addWidget(self.tabs, 1)

        self.save_button.clicked.connect(self.save)
        self.handout_button.clicked.connect(self.print_handout)
        self.record.case_form.keys_used = self._keys_used
        self.record.case_form.today = self._clock
        self.record.person.follow_clock(self._clock)
        self.record.case_form.remedies_screened = self._remedies_screened
        self.record.case_form.counts_screened = self._counts_screened
        self.record.case_form.counts_had = self._counts_had
        for form in (self.record.person, self.record.case_form):
            form.changed.connect(self._edited_now)
            form.changed.connect(self._typed_in)
            form.changed.connect(self._draft_later)
            form.committed.connect(self._autosave)
        self.record.case_form.row_removed.connect(self._row_removed)
        self.record.cases.currentRowChanged.connect(self._case_selected)
        self.record.add_case.clicked.connect(self.add_case)
        self.record.remove_case.clicked.connect(self.remove_case)
        self.checklist.edit_requested.connect(self._checklist_edit)
        self.checklist.probation_status_asked.connect(self._to_probation_status)
        self.checklist.supervision_end_asked.connect(self._to_supervision_end)
        self.checklist.undo_stack = self.undo_stack  # whether a tick is still done, to untick it (B63-01)
        self.checklist.read_only = self._read_only  # no way offered to a Status the file refuses (K338-03)
        self.checklist.typed.connect(self._draft_later)
        self.eligibility.as_of_changed.connect(lambda _d: self._show_screening())
        self.eligibility.review_requested.connect(self._record_review)
        self.eligibility.question_chosen.connect(self._to_the_fact)
        # Refused in the file's words before a note is typed, as Remove case is (K346-01).  The file
        # asked too, as Undo asks it (K349-01): made read-only since the last load, the tip read as
        # on any file and the dialog took a note the file then refused (A359-02).
        self.eligibility.review_refused = self._review_refused

    def _review_refused(self) -> Exception | None:
        """The read-only file's refusal a review meets, or None; the file found read-only since
        the window's last load is told to the window (`read_only_found`), whose title said
        writable after the review was refused (K370-01)."""
        if self._read_only():
            return read_only_refusal(self.repo.path)
        if not self.repo.read_only():
            return None
        self.read_only_found.emit()
        return read_only_refusal(self.repo.path)

    @property
    def today(self) -> date:
        return self._clock()

    def _keys_used(self) -> set[str]:
        """Case and conviction keys the client's reviews and kept results name (not to be given again)."""
        client = self.client
        return self.repo.record_keys_used(client.id) if client is not None and client.id is not None else set()

    # ---- opening ---------------------------------------------------------------------

    def open_client(self, client_id: int, listed=None, *, again: bool = False, searched: str = "",
                    to_review: bool = False) -> None:
        """Show a stored client, screened as of today, on the case whose number was `searched`
        (the search box's words that found them), else on their first case.

        `to_review` (opened from the attorney's queue, Review needed): on the Eligibility tab, on
        the first result the queue waits for, where there is one.

        The fresh screening is stored (and the caseload line updated) only when it says
        something different from what the list shows (`listed`, the client's ClientRow) or
        from the stored screening, so opening a client normally writes nothing.

        `again`: the client shown, shown again as stored (another desk changed them): the page
        and the case shown are kept, and no kept draft is offered (there is no typing to put back).
        """
        case, tab = self.record.shown_case, self.tabs.currentIndex()
        self.opened_on_said = ""
        if not again:  # a payment fold opened stays open while its client is shown, not when opened anew
            self.checklist.fold_again()
        client = self.repo.get_client(client_id)
        # A new day since the last client moves the as-of on; another client starts on today,
        # not on the last one's what-if date (GUI check G18-10).
        self.eligibility.follow_today(reset=self.client is None or self.client.id != client_id)
        screened = screen_client(client, self.today)
        # A stored result of other rules or facts is replaced even where the caseload line
        # would not change (store check S18-04: after a rules update, opening every client
        # left them all "screened by older rules").
        key = self.repo.newest_screening_key(client_id)
        rules = screened.screening.rules_version
        current = key is not None and key[:2] == (rules, screened.facts_hash)
        # A result stored for a later day (a re-screen for a day to plan for) is kept while
        # the facts and rules are the same: opening one client quietly undid the planning run
        # for that line alone (store check S18-02).  The tab still shows today's answers.
        planned = current and key[2] > self.today
        # So is a newer copy of Clinic Desk's result of the same facts: this copy's older
        # rules must not take its place (store check S18-12).
        newer = key is not None and key[0] > rules and key[1] == screened.facts_hash
        last_as_of, told = (key[2] if key is not None else None), listed
        if not again and listed is not None and last_as_of is not None and last_as_of >= self.today:
            # The line is of today (a re-screen of the whole caseload this morning, or this
            # client opened before) or of a day to plan for: the client came back with what the
            # last earlier day's screening said (N125-01).
            last_as_of, told = self.repo.answer_before(client_id, self.today) or (None, None)
        self.came_back_said = "" if again else came_back_said(
            told, last_as_of, screened.summary, self.today, lambda day: entered_since(self.repo.saves_after(client_id, day), client))
        not_stored, not_stored_said = None, ""
        if not planned and not newer and (not current or not self._summary_matches(listed, screened.summary)):
            stored = self.repo.latest_screening(client_id) if key is not None else None
            if stored is None or stored.summary != screened.summary or is_stale(stored, screened.facts_hash, screened.screening.rules_version):
                kept = True
                try:
                    self.repo.store_screening(client_id, screened.screening, screened.facts_hash, screened.summary,
                                              client.cases, of_saved_facts=True)
                except (ReadOnly, DiskFull) as error:
                    # Today's answers shown, not kept: on a caseload that cannot be written (said in
                    # the title from its opening, K254-02) a client not screened yet, or by older
                    # rules (every client after a rules update), did not open at all (R258-03).
                    kept = False
                    # Said over them (K269-02), a full disk too, which said nothing (K273-02).
                    not_stored = screened.screening
                    not_stored_said = NOT_STORED_READ_ONLY if isinstance(error, ReadOnly) else NOT_STORED_DISK_FULL
                if kept:
                    self.client_saved.emit(client, screened.summary)
                if key is not None and key[0] < rules:
                    if kept:
                        self.rules_caught_up.emit()
                    if not again:
                        # Both, where both are so: what the rules changed, and what a client come
                        # back is told (C123), which the rules' words had taken the place of (A150-02).
                        self.came_back_said = " ".join(said for said in (self.came_back_said,
                                                                         rules_changed_said(stored, screened, client)) if said)
        self.screening, self.summary = screened.screening, screened.summary
        self._not_stored, self._not_stored_said = not_stored, not_stored_said
        if again:
            self._show(client, case_index=case if 0 <= case < len(client.cases) else 0)
            self.tabs.setCurrentIndex(tab)
            return
        found = case_found(client.cases, searched)
        self._case_asked_for = found is not None
        self._show(client, case_index=found or 0)
        # Opened anew, each page starts at its top: where the last client's pages were scrolled
        # to (their Eligibility page read to its foot) carried over to this one (X76-02).
        for scroll in self.tabs.findChildren(PageScroll):
            scroll.verticalScrollBar().setValue(0)
        self.tabs.setCurrentIndex(TAB_RECORD)
        if to_review:
            # Opened from Review needed, the Eligibility tab (Alt+L) started on its first row:
            # Alt+D there marked an "Eligible now" PC 851.91 reviewed, the results to review
            # further down (P92's Left alone).  It opens on the first of those now.
            self.tabs.setCurrentIndex(TAB_ELIGIBILITY)
            if self.eligibility.choose_first_to_review():
                self.opened_on_said = self.eligibility.first_to_review_said()
                if notes := self.eligibility.notes_said():
                    # The notes above the rows said with the row, in one announcement: said by
                    # focus_page as the tab was arrived at (A141-02), they came before "Opened ...",
                    # a second announcement a screen reader may cut short.
                    self.opened_on_said = f"{self.opened_on_said} {notes}"
            else:
                self.tabs.setCurrentIndex(TAB_RECORD)  # none left to review: opened as any client is
        if found is not None and len(client.cases) > 1:
            self._say_case_found(client.cases, found)
        self._offer_draft(client)

    def _say_case_found(self, cases: list[Case], index: int) -> None:
        """Say to a screen reader which case a client found by a case number was opened on
        (S52-04): the keyboard lands on the Record tab's tab (F49), where "Record" was heard
        and nothing of the case shown among several, the first or the one searched for.  Not
        in the status bar: held there 15 seconds, it would still name a case after the next
        client, found by name, was opened; the case list shows the case to the eye."""
        announce(self.tabs.tabBar(), f"Opened on case {cases[index].case_number} ({index + 1} of {len(cases)}), "
                                     "the case number searched for.")

    def typing_unsaved(self) -> bool:
        """Whether the forms hold typing not saved yet: on the Record page (saveable or not),
        or on the Checklist a payment not added, a completed date or count whose box was not left."""
        client = self.client
        if client is None:
            return False
        problems, after = self._checked()
        if self._edited and (problems or self._changed(after) is not None):
            return True
        shown = self.checklist.client is not None and self.checklist.client.id == client.id
        return shown and bool(self.checklist.typed_payments() or self.checklist.typed_checks())

    def follow_stored(self, listed=None) -> str:
        """The client open, changed or re-screened in another window or on another desk since
        they were shown: the pages kept showing what they were opened with (W33-03).

        Nothing typed: the stored record is shown again, screened, on the same page and case,
        the focus kept where it was ("shown").  Typing not saved: it is kept, and the stored
        results and history read again ("typing"; the caller says why a save will be refused).
        The record unchanged: only its stored results and history are read again ("same").
        "removed": the client is no longer in the caseload (nothing is changed here)."""
        client = self.client
        if client is None or client.id is None:
            return "same"
        try:
            stored = self.repo.get_client(client.id)
        except ClientNotFound:
            return "removed"
        if client_json(stored) == client_json(client) or self.typing_unsaved():
            self.results_stored()
            return "same" if client_json(stored) == client_json(client) else "typing"
        return "shown" if self._shown_again(client.id, listed) else "removed"

    def follow_the_day(self) -> bool:
        """The client shown was screened for a day now gone (left open past midnight): shown
        again, screened for today, on the same page and case, as opening them does (M191-01).
        Typing not saved is left as it is (False: asked again later); its save moves on with
        the day (G18-04)."""
        client = self.client
        if client is None or client.id is None or self.screening is None or self.screening.as_of == self.today:
            return True
        if self.typing_unsaved():
            return False
        self._shown_again(client.id)
        return True

    def _shown_again(self, client_id: int, listed=None) -> bool:
        """The stored client shown again (open_client's `again`), the focus kept where it was;
        False where they are no longer in the caseload."""
        from shiboken6 import isValid

        # The window's focus field, the window perhaps not yet active again (this runs as it
        # becomes so, before Qt gives the focus back).
        focus = self.window().focusWidget() or QApplication.focusWidget()
        try:
            self.open_client(client_id, listed, again=True)
        except ClientNotFound:
            return False
        if focus is not None and isValid(focus) and focus.isVisible() and self.isAncestorOf(focus):
            focus.setFocus()  # a field of the record, kept as it was shown again
        else:
            self.focus_page()
        return True

    def drop_removed(self) -> None:
        """The client open was removed elsewhere: nothing is left to show (as `_removed`)."""
        self._draft_timer.stop()
        self.client = None
        self.screening = self.summary = None
        self.back_requested.emit()

    def _remedies_screened(self, case_id: str) -> list[str]:
        """The remedies the screening shown weighs for a case, those available now first: what
        a petition filed on it is chosen from (P53)."""
        if self.screening is None:
            return []
        weighed = [d for d in self.screening.results if d.case == case_id and d.status not in ("not_eligible", "not_applicable")]
        weighed.sort(key=lambda d: d.status != "eligible")
        return [d.remedy for d in weighed]

    def _counts_had(self, case_id: str) -> dict[str, CountRemoved]:
        """The counts a case had in the client's audit log, by key, as last written: a
        petition naming a count since removed says it by them (C57-04)."""
        if self.client is None or self.client.id is None:
            return {}
        # Read once for the record shown (a save, an undo shows another): the petition row asks
        # at each reading of the form, each key typed, and the whole log took 57 ms over 300
        # saves (R58-06).  The record held keeps its object from being taken for another.
        held = self._counts_had_for
        if held is None or held[0] is not self.client:
            try:
                held = self._counts_had_for = (self.client, self.repo.counts_had(self.client.id))
            except CaseloadError:
                return {}
        return held[1].get(case_id, {})

    def _counts_screened(self, case_id: str, remedy: str) -> list[str]:
        """The counts of a case the screening shown weighs `remedy` for: those a new petition
        for it asks relief for, at first (Y55-03)."""
        if self.screening is None:
            return []
        return [d.conviction for d in self.screening.results if d.case == case_id and d.remedy == remedy
                and d.conviction is not None and d.status not in ("not_eligible", "not_applicable")]

    @staticmethod
    def _summary_matches(listed, summary: ClientSummary) -> bool:
        if listed is None:
            return False
        return (listed.best, listed.best_date, listed.next_action_date, list(listed.outstanding), listed.needs_review,
                listed.automatic_only, listed.file_on, listed.court) == (summary.best, summary.best_date, summary.next_action_date,
                                                                         list(summary.outstanding), summary.needs_review,
                                                                         summary.automatic_only, summary.file_on, summary.court)

    def new_client(self) -> None:
        """A blank record: it is stored once it has a name (the first commit).  Its citizenship
        starts unknown, not "Yes": a client never asked was taken for a citizen, with no
        immigration referral (I29-01)."""
        self.screening, self.summary = None, None
        self._case_asked_for = False  # the last client's case found by its number is not this one's
        self._show(Client(name="", person=Person(us_citizen=None)), case_index=0)
        self.tabs.setCurrentIndex(TAB_RECORD)
        self.record.person.name.setFocus()
        assert self.client is not None
        self._offer_draft(self.client)  # a new client's typing kept when the program stopped (D32-02)

    def _show(self, client: Client, case_index: int | None = None) -> None:
        self._draft_timer.stop()
        self._checks_put_back = []
        self._put_back = None
        self._loading = True
        try:
            self.client = client
            # The forms' problems are said by the Save button's check that ends
            # `_refresh_views`: opening a client checked them there and at their load, back
            # to back, the same answers (~0.7 ms an open, E99-01).
            self.record.load(client, case_index, checked_next=True)
        finally:
            self._loading = False
        self._edited = False
        self._typed_last = None  # the last record's box is not where this one was typed
        self._refresh_views()

    def _place_save_reason(self) -> None:
        """The "Cannot save" beside the outcome where the header's row has the room for it (its
        words in a few lines, the rest of the row at its least), as it has always stood; under
        the row where it has not.  Beside the outcome at 200% on a 1366 x 768 laptop, the row's
        least width with it made the window up to 725 wide where the screen leaves 667, Save and
        Handout past the screen's edge, and the words stood in a column of nine lines (X77-02).  Under the row it asks no width of the window.  Beside,
        it asks the window for its longest word only, so the window can still be narrowed to
        where it goes under the row."""
        reason, row, page = self.save_reason, self._header, self.layout()
        beside = row.indexOf(reason) >= 0
        if reason.isHidden() and not beside:
            return
        items = [row.itemAt(i) for i in range(row.count())]
        others = [item for item in items if item.widget() is not reason and not item.isEmpty()]
        margins = page.contentsMargins()
        needs = (sum(item.minimumSize().width() for item in others) + len(others) * row.spacing()
                 + reason.sizeHint().width() + margins.left() + margins.right())
        if self.width() >= needs and not beside:
            page.removeWidget(reason)
            row.insertWidget(row.indexOf(self.outcome) + 1, reason, 2)
        elif self.width() < needs and beside:
            row.removeWidget(reason)
            page.insertWidget(page.indexOf(self.tabs), reason)

    def _place_outcome(self) -> None:
        """The best outcome beside the name where the header's row has room for it at its
        usual width (two short lines, `_outcome_room`, its least there), the rest of the row at
        its least, on the screen the window is on; under the row, the page's width, asking no
        width of the window, where it has not (a larger font at 200%: S100-04).  Beside, its
        least width widens the window to the row's as before, within the screen."""
        from ui.screen_fit import room

        outcome, row, page = self.outcome, self._header, self.layout()
        beside = row.indexOf(outcome) >= 0
        margins = page.contentsMargins()
        needs = self._row_least_but_the_outcome() + row.spacing() + self._outcome_room + margins.left() + margins.right()
        screen = room(self.window())
        fits = screen is None or needs <= screen.width() - (self.window().width() - self.width())
        # Nor where the window is narrower than that (half a 1366-wide screen, with 12 pt text):
        # beside, it held the window at 751 pixels at least, wherever the screen had the room
        # (L125-02); `minimumSizeHint` asks no width for it.
        fits = fits and needs <= self.width()
        if fits and not beside:
            page.removeWidget(outcome)
            outcome.setMinimumWidth(self._outcome_room)
            row.insertWidget(row.indexOf(self.title) + 1, outcome, 3)
        elif not fits and beside:
            row.removeWidget(outcome)
            outcome.setMinimumWidth(0)
            page.insertWidget(page.indexOf(row) + 1, outcome)
        if fits != beside:
            # The least size this view asks (`minimumSizeHint`) is another with the outcome moved:
            # the window's own least read afresh, not kept as it was (its least height stayed
            # 3 pixels more than it asks at 10.5 pt, and the window would not take it: E109-01).
            self.updateGeometry()
        # The window Qt widened to the row's least width, past the screen, made as wide as the
        # screen again once the outcome is under the row (a top-level window is not narrowed
        # when its least width is), after this resize.
        window = self.window()
        if not fits and window is not self and window.width() > screen.width():
            QTimer.singleShot(0, self, lambda: self._narrow_window_to(screen.width()))

    def _row_least_but_the_outcome(self) -> int:
        """The header row's least width, the outcome and a "Cannot save" aside: the back
        button, the name at its shortest, Save and Handout."""
        row = self._header
        others = [row.itemAt(i) for i in range(row.count())]
        others = [item for item in others if item.widget() not in (self.outcome, self.save_reason) and not item.isEmpty()]
        return sum(item.minimumSize().width() for item in others) + max(0, len(others) - 1) * row.spacing()

    def _narrow_window_to(self, width: int) -> None:
        """The window as wide as `width` again, where Qt had widened it past that to the
        header's least width before the outcome went under the row."""
        from PySide6.QtWidgets import QApplication

        window = self.window()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if window.layout() is not None:
            window.layout().activate()  # the window's least width set from the page's new one
        if window.width() > width:
            window.resize(max(width, window.minimumSizeHint().width()), window.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_outcome()
        if not self.save_reason.isHidden():
            self._place_save_reason()
        self._pages_to_room()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The header's wrapped lines counted, as far as the screen has the room for them.
        hint = super().minimumSizeHint()
        at_most = self._room_for_the_view()
        wrapped = self._header_wrapped_over_one_line()
        width = hint.width()
        if self._header.indexOf(self.outcome) >= 0:
            # No width asked for the outcome beside the name: narrower, it goes under the row
            # (`_place_outcome`), and the window can be as narrow as the rest allow (L125-02).
            page = self.layout()
            margins = page.contentsMargins()
            rest = [page.itemAt(i) for i in range(page.count())]
            width = max([self._row_least_but_the_outcome()]
                        + [item.minimumSize().width() for item in rest if item.layout() is not self._header and not item.isEmpty()])
            width += margins.left() + margins.right()
        return QSize(width, hint.height() + (wrapped if at_most is None else max(0, min(wrapped, at_most - hint.height()))))

    def _room_for_the_view(self) -> int | None:
        """The height the screen leaves this view in its window (less the menus and the status
        bar), or None where there is no screen."""
        from ui.screen_fit import room

        window = self.window()
        screen = room(window)
        return None if screen is None else screen.height() - (window.height() - self.height() if window is not self else 0)

    def _header_wrapped_over_one_line(self) -> int:
        """How much taller the header's wrapped words are than the one line Qt asks the window
        for them: at 200% on a 1366 x 768 laptop the outcome's four lines beside the name (two
        under the row at 12 pt) came out of the page under it, given less than its least at the
        window's least height (S106).  Beside the name, the row as tall as its lines; under the
        row, each its own, at the page's width."""
        row, beside, under = self._header, 0, 0
        margins = self.layout().contentsMargins()
        for label in (self.outcome, self.save_reason):
            if label.isHidden():
                continue
            if row.indexOf(label) >= 0:
                beside = max(beside, label.heightForWidth(label.width()) - row.minimumSize().height())
            else:
                across = self.width() - margins.left() - margins.right()
                under += label.heightForWidth(across) - label.minimumSizeHint().height()
        return max(0, beside) + max(0, under)

    def _pages_to_room(self) -> None:
        """The pages ask four lines, not five, where the screen has not the room for five under
        the header's lines: at 12 pt on a 1366 x 768 laptop at 200% the window asked 358 pixels
        where the screen leaves 344, its status bar under the screen's edge (E109-01).  Five
        wherever they fit: at the usual font, four cut the keyboard's result (K81-04)."""
        scrolls, at_most = self._page_scrolls, self._room_for_the_view()
        if not scrolls or at_most is None:
            return
        asked, line = scrolls[0].lines, max(scroll.line_height() for scroll in scrolls)
        # Qt's least height (the header's one line), as it would be with five lines asked.
        with_five = QWidget.minimumSizeHint(self).height() + (LINES_SHOWN - asked) * line
        lines = LINES_SHOWN if with_five + self._header_wrapped_over_one_line() <= at_most else FEWEST_LINES
        if lines == asked:
            return
        for scroll in scrolls:
            scroll.ask_lines(lines)
        self.tabs.updateGeometry()  # its least height read afresh, not as Qt keeps it to the next layout
        self.updateGeometry()

    def _show_outcome(self, text: str) -> None:
        """The header's best outcome, and what a screen reader says of it: the label's fixed
        name, "Best outcome", was said in place of its text, so the outcome, its relief, that
        nothing is to be filed and the petition's day after it were never heard (L51)."""
        self.outcome.setText(_last_word_kept(text))
        spoken = text.removeprefix("· ").replace(NBSP, " ")
        self.outcome.setAccessibleName(f"Best outcome: {spoken}" if spoken else "Best outcome")
        self._pages_to_room()  # its lines at its width counted in the window's least height
        self.updateGeometry()

    def _show_header_outcome(self) -> None:
        """The header's outcome line, its petition denied said reviewed where the attorney has
        reviewed it since (H63-04), as the caseload line reads it."""
        summary, client = self.summary, self.client
        if summary is None or client is None:
            self._show_outcome("")
            return
        if summary.court is not None and summary.court.denials and client.id is not None:
            summary = replace(summary, court=denial_reviewed(summary.court, self.repo.denial_reviews(client.id)))
        self._show_outcome(outcome_line(summary, self.screening, self.today, counsel_first_of_record(client.person, client.cases)))

    def _refresh_views(self, *, forms_as_stored: bool = False) -> None:
        """The header and the tab in front follow `self.client`, and the Save button the forms.
        `forms_as_stored`: the caller has just found the forms valid and holding that record
        (`_saved`), so the button is not made to read them again (P335-01)."""
        client = self.client
        assert client is not None
        self.title.setText(client.name or "New client")
        if not client.cases:
            # Not "Nothing available", which reads as "no relief" for a record not yet entered (W21-21).
            self._show_outcome("· No case entered yet")
        else:
            self._show_header_outcome()
        stored = client.id is not None
        for tab in (TAB_CHECKLIST, TAB_ELIGIBILITY, TAB_HISTORY):
            self.tabs.setTabEnabled(tab, stored)
        self.handout_button.setEnabled(stored and self.screening is not None)
        # Only the tab in front is rebuilt now; the others when they are shown (opening a
        # client stays well under 100 ms, whatever the record holds).
        self._stale_tabs = {TAB_CHECKLIST, TAB_ELIGIBILITY, TAB_HISTORY} if stored else set()
        self._refresh_tab(self.tabs.currentIndex())
        if forms_as_stored:
            self._update_save_state(checked=([], client), unchanged=True)
        else:
            self._update_save_state()

    def _refresh_tab(self, tab: int) -> None:
        """Rebuild `tab` if the client changed since it was last shown."""
        if tab not in self._stale_tabs or self.client is None or self.client.id is None:
            return
        self._stale_tabs.discard(tab)
        if tab == TAB_CHECKLIST:
            # The forms' record: typing put back over another desk's, or a draft's, is shown
            # where it was made, as the save will store it (S64-05).
            self.checklist.show_client(self._forms_record(), self.today, self.screening)
        elif tab == TAB_ELIGIBILITY:
            self._offer_stored()
            self._show_screening()
        elif tab == TAB_HISTORY:
            self.history.show_entries(self.repo.history(self.client.id, rescreens=True), self.client)

    def results_stored(self) -> None:
        """A whole-caseload re-screen stored new results: the open client's list of stored
        results and history are rebuilt (GUI check G18-08: the list kept the result it had
        called out of date until the client was opened again)."""
        if self.client is None or self.client.id is None:
            return
        self._stale_tabs |= {TAB_ELIGIBILITY, TAB_HISTORY}
        self._refresh_tab(self.tabs.currentIndex())

    def _show_screening(self) -> None:
        """The eligibility panel for its as-of date: today's stored screening, or a what-if;
        or the stored result the panel is showing as it was."""
        client = self.client
        if client is None or client.id is None:
            return
        shown = self.eligibility.shown_stored()
        labels = None
        if shown is not None:
            screening, labels, facts = shown.screening, shown.labels, shown.facts_hash
        else:
            as_of = self.eligibility.as_of_date()
            screening = self.screening if as_of == self.today and self.screening else screen_client(client, as_of).screening
            facts = facts_hash(client.person, client.cases)
        # A review counts only for the facts and the answer it was given on (A29-01).
        self.eligibility.facts = facts
        self.eligibility.denial_reviews = self.repo.denial_reviews(client.id)
        reviews = self.repo.reviews(client.id)
        # A review of other facts says what changed since (E122-04): the log read only then.
        since = edits_since_review(self.repo.history(client.id), client) if any(r.facts_hash not in (None, facts) for r in reviews) else None
        # Today's answers a read-only caseload (or a full disk) could not store as the client opened: not those of
        # another day, nor another screening since (K269-02).
        unstored = shown is None and screening is not None and screening is self._not_stored
        self.eligibility.show_screening(client, screening, reviewed_notes(screening, reviews, facts, since), labels,
                                        self._not_stored_said if unstored else "")
        if shown is None and screening is self.screening:
            # Today's screening of the record as saved: a note kept for what it no longer has waits for nothing.
            self._review_notes.keep_those_shown(self.eligibility.places())

    def _offer_stored(self) -> None:
        """The stored results beside the live one (issue 3, item 8: shown as it was)."""
        client = self.client
        if client is None or client.id is None:
            return
        self.eligibility.set_stored(self.repo.stored_screenings(client.id), facts_hash(client.person, client.cases), RULES_VERSION)

    # ---- saving ----------------------------------------------------------------------

    def problems(self) -> list[str]:
        return self._checked()[0]

    def _checked(self) -> tuple[list[str], Client | None]:
        """The forms' problems, and the record they hold when there are none.  One copy of the
        record serves both: the Save button's state took three whole copies of the client
        (two `snapshot`s and a `problems`), and opening a client asks it twice (O28-02)."""
        if self.client is None:
            return ["No client is open"], None
        out = self.record.problems()
        if out:
            return out, None
        # Facts each valid alone but impossible together (a conviction before the date of
        # birth): the repository would refuse the save, so say it beside the button.
        from ui.services import born_too_late, impossible_fact, impossible_said

        after = self.record.snapshot(self._forms_record())
        error = impossible_fact(after)
        problem = impossible_said(after, error, titled=True)  # a case by its list's name (R365-01)
        if problem:
            # And beside the Date of birth field, where it is typed (Q110-03); the person
            # form's own check, just run, took back what was said there before.
            self.record.person.rows["dob"].message.say(born_too_late(after))
            # And beside the shown case's field it names: a supervision end before the
            # conviction, no release typed, was said only in "Cannot save" (K386-02).
            self.record.case_form.say_refused(error.path.removeprefix(f"cases[{self.record.shown_case}]."), error.problem)
        return ([problem], None) if problem else ([], after)

    # Typing put back over another desk's record (`_typing_over_theirs`): the record made, of
    # which the Record tab's forms hold the person and the case shown.  The rest of it (hours
    # or a payment on another case, made on the Checklist) was taken from their record again at
    # the save, and lost (A64-01).  None once the forms show a record as stored (`_show`).
    _put_back: Client | None = None
    # The forms' record while `save` stores it (valid, made from the stored record): None
    # otherwise, and `_saved` reads the forms to learn whether they show the record stored.
    _forms_held: Client | None = None
    # The stored record and the forms' while `save` stores them, with their `_changed_typed`
    # JSON, which `commit` names the undo step from (P335-03).
    _typed_held: tuple[Client, Client, tuple[str, str]] | None = None
    # A count, condition, ... a Remove just took out, in words, for the save it makes to say
    # (H405-01): "Saved: Edit Case BA1, convictions" named neither the count nor the way back.
    _removed_row: str | None = None

    def _row_removed(self, said: str) -> None:
        self._removed_row = said

    def _case_shown_id(self) -> str | None:
        """The id of the case the Record tab shows (None: no case)."""
        cases = self._forms_record().cases if self.client is not None else []
        return cases[self.record.shown_case].id if 0 <= self.record.shown_case < len(cases) else None

    def _forms_record(self) -> Client:
        """The record the forms were loaded with: the stored one, or the typing put back over it."""
        assert self.client is not None
        put = self._put_back
        return put if put is not None and put.id == self.client.id else self.client

    def _pending(self) -> Client | None:
        """The forms' record when it differs from the stored one (None if unchanged or invalid)."""
        return self._changed(self._checked()[1])

    def _changed(self, after: Client | None) -> Client | None:
        """`after`, the forms' record, unless it is the stored one (or None)."""
        return self._changed_typed(after)[0]

    def _changed_typed(self, after: Client | None) -> tuple[Client | None, tuple[str, str] | None]:
        """`_changed`, and the stored record and `after` as `_as_typed` wrote them to compare them
        (None when they were not), which name the save's undo step (`edit_title`) too."""
        if after is None or self.client is None:
            return None, None
        typed = (self._stored_as_typed(), _as_typed(after))
        return (None if typed[0] == typed[1] and self.client.id is not None else after), typed

    # The stored record, a copy of it as it was then and its `_as_typed` JSON: each keystroke
    # compared the forms' record with the stored one written anew (P361-02).
    _stored_typed: tuple[Client, Client, str] | None = None

    def _stored_as_typed(self) -> str:
        """`_as_typed(self.client)`, written again only when the stored record is another one
        or was changed since (a record changed in place equals its copy no more)."""
        client = self.client
        kept = self._stored_typed
        if kept is not None and kept[0] is client and kept[1] == client:
            return kept[2]
        typed = _as_typed(client)
        self._stored_typed = (client, copy.deepcopy(client), typed)
        return typed

    def _typed_in(self) -> None:
        self._update_save_state(typing=True)

    def _update_save_state(self, typing: bool = False, checked: tuple[list[str], Client | None] | None = None,
                           *, unchanged: bool = False) -> None:
        """The Save button, its tooltip and the red "Cannot save" beside it.  While a field is
        typed in, a new "Cannot save" waits for the field to be left or a save to be tried, as
        the message beside the field does (E27B-02: "3/" on the way to "3/2/1985" put "Cannot
        save: Date of birth: Not a date ..." in red at the first slash); one already said
        follows the typing, and goes as soon as the record can be saved.  `checked`: the
        forms' `_checked()` when the caller has just taken it (and changed nothing since);
        `unchanged`: the caller has also found its record to be the stored one (`_changed`)."""
        if self._loading:
            return
        problems, after = checked or self._checked()
        if problems:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip("Cannot save yet:\n" + "\n".join(problems))
            if not typing or self.save_reason.text():
                self.save_reason.setText("Cannot save: " + problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        elif unchanged or self._changed(after) is None:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip("Everything is saved")
            self.save_reason.setText("")
        else:
            self.save_button.setEnabled(True)
            if self.save_reason.text() in FILE_REFUSED_SAID.values():
                # The file's refusal stays while its typing does: more typed in the box cleared
                # it, the file refusing still (R311's Left alone).  Undo, Discard, or a save that
                # works (a full disk freed) leaves nothing to save: gone, above.
                self._say_file_refused()
            else:
                self.save_button.setToolTip("Save now (Ctrl+S); changes are also saved when you leave a field")
                self.save_reason.setText("")

    def _say_file_refused(self, refused: CaseloadError | None = None) -> None:
        """The file's refusal of a save (`refused`; None: the one already said) beside Save, and on
        Save, whose tooltip a screen reader hears as its description: the red words are no stop
        of Tab, and Save said "changes are also saved when you leave a field" (A320-01)."""
        if refused is not None:
            self.save_reason.setText(FILE_REFUSED_SAID[ReadOnly if isinstance(refused, ReadOnly) else DiskFull])
        self.save_button.setToolTip(f"{self.save_reason.text()}.\n{TAKING_BACK}")

    _edited = False  # typed into since the record was shown (a blank new client is not)
    # The Record box last typed in, where Stay and fix puts the keyboard back when nothing on the
    # page is wrong but the file refused the typing: a click on ← Caseload had left it on the
    # button, away from the box whose Ctrl+Z the question names (R292).
    _typed_last: QWidget | None = None

    def _edited_now(self) -> None:
        if not self._loading:
            self._edited = True
            typing = QApplication.focusWidget()
            if typing is not None and self.record.isAncestorOf(typing):
                self._typed_last = typing

    def ready_to_leave(self, where: str) -> bool:
        """Whether the record may be left: valid edits are saved first; edits that cannot be
        saved (a date that is not a date) are kept unless the user chooses to discard them
        (keyboard check K19-05: leaving dropped every edit of the case without a word)."""
        if self.client is None:
            return True
        finish_composing()  # another client opened with a letter still composed in a field (H97-01)
        self.checklist.take_typing()  # a completed date or count typed, its box not left (U31-02, U31-06)
        problem = self._unsaved_problem()
        if problem is None:
            try:
                self.save()
            except (ReadOnly, DiskFull) as refused:
                # Typing the file refused: asked here as at the close (K254-03), for every way out
                # of the record.  Going to the list or to another client only warned, and the
                # warning came back at each try, the way out (Ctrl+Z, or Discard) said nowhere.
                return self.discard_if_not_saved(refused, where)
        # A payment typed on the Checklist and not added went with the client, without a
        # word (W23-10), as a case typed at intake had (K20-04), and so did a completed date
        # that is not a date yet (U31-02), and hours done typed as "12.5" (K45-07).
        typed_there = self._checklist_typing_said()
        if (problem is not None or typed_there) and self._read_only():
            # Typing on the Checklist (a payment not added), or typing not valid, in a file that
            # refuses every save: asked as the file's refusal, as the Record's typing is (K314-01).
            # It said "Fix them", "Add payment records it" and "Stay and fix", which no fixing
            # does (A320-03); and so beside a date half typed, which fixed is not saved (K323-02).
            return self.discard_if_not_saved(read_only_refusal(self.repo.path), where, not_valid=problem)
        problems = [p for p in (problem, *typed_there) if p]
        return not problems or self._discard_if_chosen("\n".join(problems), where)

    def _checklist_typing_said(self, *, file_refuses: bool = False) -> list[str]:
        """A line for each kind of typing on the Checklist that leaving the client drops: a
        payment typed and not added, a completed date or a count that cannot be saved."""
        return [p for p in (self.checklist.payment_not_added(file_refuses=file_refuses), self.checklist.date_not_taken(),
                            self.checklist.count_not_taken()) if p]

    def _typed_not_saved(self) -> list[str]:
        """The Record's fields typed and not stored, each with what was typed ("Record: phone:
        “555-0101”"), as the forms name them; none where the forms hold no valid change."""
        import json

        pending = self._pending()
        if pending is None or self.client is None:
            return []
        stored, typed = (json.loads(_as_typed(record)) for record in (self.client, pending))
        return _typed_lines(stored, typed)

    def discard_if_not_saved(self, error: CaseloadError, where: str, *, not_valid: str | None = None) -> bool:
        """Where the save itself failed (a file that cannot be written, a full disk), asked as
        typing that cannot be saved is, with the way to take it back; True when the user discards
        it.  The same warning came back at each close and the window never closed (E248).  What
        Discard throws away is named: the fields typed, and a payment typed beside them on the
        Checklist, which the question named nowhere (K288's Left alone).  `not_valid`: why typing
        beside it cannot be saved even where the file could (a date half typed), said first."""
        lost = [*filter(None, [not_valid]), *self._typed_not_saved(), *self._checklist_typing_said(file_refuses=True)]
        if not self._discard_if_chosen("\n".join([str(error), *lost, TAKING_BACK]), where, refused=error,
                                       to_fix=not_valid is not None,
                                       payment_typed=self.checklist.payment_not_added() is not None):
            return False
        if self.client is not None:
            # The forms show the record as stored: typed and valid, it was saved again, and failed,
            # as its box was left when the window closed.
            shown = self.record.shown_case
            self._show(self.client, case_index=shown if 0 <= shown < len(self.client.cases) else 0)
        return True

    def _discard_if_chosen(self, problem: str, where: str, refused: CaseloadError | None = None, *,
                           to_fix: bool = False, payment_typed: bool = False) -> bool:
        """Ask; True when the user discards the edits that cannot be saved (`refused`: by the file;
        `to_fix`: some of them not valid either; `payment_typed`: a payment among them)."""
        if (ask_discard(self, problem, where) if refused is None
                else ask_discard_refused(self, problem, where, refused, to_fix=to_fix, payment_typed=payment_typed)):
            self._edited = False
            self.checklist.discard_typing()
            if self.client is not None:
                self._drop_draft(self.client.id)
            return True
        self._to_the_field_to_fix()
        return False

    # While Stay and fix moves the keyboard: a box it leaves on the way (Name, where the Record
    # tab shown puts it) saves, and the file's refusal, just said by the question, came again
    # in a warning after it (R311-02); said beside Save instead.
    _staying_to_fix = False

    def _to_the_field_to_fix(self) -> None:
        """Stay and fix: the keyboard to the first Record field whose problem stops the save, so
        it is in sight (the page scrolls to the focus).  It stayed where it was, the probation
        end typed "2027-0" below the fold or on another tab, to be found by the words alone
        (U154-04).  With none there, to the Checklist's box whose typing cannot be saved."""
        self._staying_to_fix = True
        try:
            self._keyboard_to_the_field_to_fix()
        finally:
            self._staying_to_fix = False

    def _keyboard_to_the_field_to_fix(self) -> None:
        for message in self.record.findChildren(MessageLabel):
            message.say_held()  # an error held while its field was typed in, said now
            field = next((f for f in message.describes if f.isEnabled() and not f.isHidden()), None)
            if message.is_error and field is not None:
                self.tabs.setCurrentIndex(TAB_RECORD)
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        # Else the Checklist's typing the question named after the Record's (K155-05).
        field = self.checklist.field_to_fix()
        if field is not None:
            self.tabs.setCurrentIndex(TAB_CHECKLIST)
            self.checklist.fix_in_sight(field)
            return
        # Else nothing typed is wrong, the file refused it: back to the box typed in.
        from shiboken6 import isValid

        typed = self._typed_last
        if typed is not None and isValid(typed) and typed.isEnabled() and typed.isVisibleTo(self.record):
            self.tabs.setCurrentIndex(TAB_RECORD)
            typed.setFocus(Qt.FocusReason.OtherFocusReason)

    # Whether the Record tab's case was asked for (found by its number, or chosen on the tab),
    # not the first case a client opens on: the Checklist then starts on it (R144-01).
    _case_asked_for = False

    @property
    def case_leads(self) -> bool:
        """Whether the Record tab's case is the one the client was opened or is looked at for:
        not the first case (found by its number), or the first where it was asked for (R144-01).
        The Checklist starts on it, and opening the client names it (S147-03)."""
        return (self.client is not None and 0 <= self.record.shown_case < len(self.client.cases)
                and (self.record.shown_case > 0 or self._case_asked_for))

    def focus_page(self, say_notes: bool = True) -> None:
        """The keyboard starts on the first control of the tab shown; on Eligibility, on the
        answers (E27-04: it started on the as-of date, where the Down arrows a volunteer
        pressed to read the answers screened the client as of 2025, then 2024, unnoticed;
        Alt+A still goes to the date).  A draft's Checklist typing put back takes it (U31B-02)."""
        checks, self._checks_put_back = self._checks_put_back, []
        box = self.checklist.put_back_checks(checks) if checks else None
        if box is not None:  # a draft's completed date or count, the box it was typed in (U31B-02)
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        page = self.tabs.currentWidget()
        first = self.eligibility.table if page is self.eligibility else first_control(page)
        if page is self.checklist and self.case_leads:
            # The Checklist starts on the case the Record tab shows (the one searched for by its
            # number, C48-04), not on the first case, some twenty Tabs away on a client with three.
            # The first case too where it was asked for: found by its number, or chosen back on
            # the Record tab, it gave way to the case "Still to do" names (R144-01).
            first = self.checklist.first_control_of(self.client.cases[self.record.shown_case].id) or first
        elif page is self.checklist and self.checklist.left_in:
            # A long record's page starts where its first line says what is left ("Still to do: 3
            # items, in case 24M08080 (below)"): it started on the oldest case's done ticks, the
            # open items Tabs away, and a reader heard a done tick and not that line (A141-01).
            # On what is left there, passing a case whose item is done elsewhere (H308).
            first = self.checklist.first_control_left() or self.checklist.first_control_of(self.checklist.left_in[0]) or first
        if first is None and page is self.checklist:
            # Nothing to tick or type (a probation completed, no condition, no fine): the page's
            # frame kept the keyboard, named nothing, nothing of it said, the focus unseen.  The
            # tab takes it, which a reader names, and the page is said (A104-04).
            self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
            announce(self.tabs.tabBar(), f"Checklist: nothing to tick or type. {self.checklist.words()}")
        elif page is self.checklist and first is not None and self._nothing_but_folds(page):
            # Nothing owed, nothing to tick, each paid-up case's payment form folded (Q110-02):
            # the keyboard went to "Enter a payment" and a reader heard that button alone, not
            # the page A104-04 said ("Probation completed", "$300 of $300 paid") (A114-03).
            first.setFocus(Qt.FocusReason.TabFocusReason)
            announce(first, f"Checklist: nothing to tick or type; Enter a payment opens a case's payment form. "
                            f"{self.checklist.words()}")
        elif first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)
            if page is self.checklist and self.checklist.where_left_said:
                # In sight, a case or more below the line; and that line heard after the control.
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the tab just shown, laid out
                self.checklist.show_case_of(first)
                announce(first, self.checklist.where_left_said)
            if first is self.eligibility.table:
                self.eligibility.say_current_cell()  # the row the keyboard is on, not the table alone (A94-01)
                # And the notes above the rows, after it: a reader arriving heard "Eligible now"
                # rows, and not that immigration counsel comes before anything is filed, nor that
                # another case's probation holds back ten results (A141-02).
                if say_notes and (notes := self.eligibility.notes_said()):
                    announce(self.eligibility.table, notes)
            if isinstance(first, QLineEdit) and first.hasFocus() and first.selectedText() == first.text():
                # Still all chosen, so typing replaces it, but seen from its start: Tab's
                # choosing all put the cursor at the end, and a long name showed only its end (G42-06).
                first.setSelection(len(first.text()), -len(first.text()))

    def _nothing_but_folds(self, page: QWidget) -> bool:
        """Whether every control the keyboard reaches on `page` is an "Enter a payment" button."""
        folds = self.checklist.folded_payments()
        return all(any(stop is fold for fold in folds) for stop in tab_stops(page) if stop.isVisible() and stop.isEnabled())

    def focus_opened(self) -> None:
        """Where the keyboard starts on a client just opened: the Record tab's tab, with Name
        one Tab away, not in Name with the whole name chosen (F49-01).  A paralegal who went
        on typing as if still in the search box (a second name, a case number) replaced the
        client's name, saved when the field was left.  The tab takes no typing; a screen
        reader says "Record, tab" and then who was opened (C48-06).  A draft's Checklist
        typing put back keeps the focus in its box, as `focus_page` puts it (U31B-02)."""
        if self._checks_put_back or self.tabs.currentWidget() is not self.record:
            self.focus_page(say_notes=not self.opened_on_said)  # opened on a row, its notes said with it
            return
        # The keyboard's reason, so the focus is drawn as Tab's is (the theme rings the tab).
        self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    def _typed_on_tabs(self, event) -> bool:
        """A letter or digit typed on the tabs of the page, as a paralegal who believed she
        was still in the search box types: nothing is changed, and where the focus is and
        how to search is said, once a key run (F49-01)."""
        text = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        if not text or not text.isprintable() or text.isspace() or event.modifiers() & commands:
            return False
        said = ("Typing goes nowhere here: the keyboard is on the tabs of "
                f"{self.client.name if self.client is not None and self.client.name else 'the client'}'s record. "
                "Ctrl+F finds another client; Tab goes to the Name field.")
        if self._typed_said != said:
            self._typed_said = said
            self.said.emit(said)
            announce(self.tabs.tabBar(), said)
        return True

    _typed_said: str | None = None  # what typing on the tabs last said (not again while typing goes on)
    # Where a client opened from the attorney's queue was opened, said with who was opened (A94-01).
    opened_on_said = ""
    # What the last screening, of an earlier day, answered where today's answers otherwise (C123).
    came_back_said = ""
    # Today's screening as the client opened, where a read-only caseload could not store it (K269-02).
    _not_stored: Screening | None = None
    _not_stored_said = ""  # and why: NOT_STORED_READ_ONLY or NOT_STORED_DISK_FULL

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tabs.tabBar():
            if event.type() == QEvent.Type.KeyPress and self._typed_on_tabs(event):
                return True
            if event.type() == QEvent.Type.FocusOut:
                self._typed_said = None  # the next time typing lands there, it is said again
            if event.type() == QEvent.Type.Shortcut:
                return self._tab_key_pressed(watched, event)
        return super().eventFilter(watched, event)

    def _tab_key_pressed(self, bar, event) -> bool:
        """A tab's Alt key (the tab bar's only shortcuts): the tab bar shows the tab, and the
        one already shown takes the keyboard to its first control, as another tab's does
        (`_focus_tab`).  Alt+K pressed on the Checklist with the focus on "← Caseload" left
        it there, unsaid, and the Space meant for the first tick box left the client (P92-01)."""
        shown = self.tabs.currentIndex()
        bar.event(event)  # the tab bar's own handling: the tab of that key is shown
        if self.tabs.currentIndex() == shown and self.isVisible():
            self.focus_page()
        return True

    def _focus_tab(self, _index: int) -> None:
        """A tab chosen by Alt+key or the mouse: its first control takes the keyboard, unless
        the focus is already in it (keyboard check K20-12: it stayed on the tab bar or the
        Record tab's field, and the next Tab started over at "← Caseload").  The page itself
        is not in it: Ctrl+Tab from a field gives the focus to the page, which the first time
        it is shown has no control to pass it to (W23-08: the Checklist's frame kept it, with
        nothing shown focused, and Space ticked nothing)."""
        page = self.tabs.currentWidget()
        focus = QApplication.focusWidget()
        # The tab's stack gives the focus that leaves the other page to this page's first
        # field: on Eligibility, the as-of date, which is not where the keyboard starts (E27-04).
        if focus is self.eligibility.as_of:
            focus = None
        if self.isVisible() and not (focus is not None and focus is not page and page.isAncestorOf(focus)):
            self.focus_page()

    def may_reload(self, where: str) -> bool:
        """Whether the forms may be shown again from the store (an undo, redo or checklist
        edit does): True unless typing that cannot be saved would be lost and the user stays
        to fix it (keyboard check K20-02).  Valid edits are not saved here: an undo would
        only take them back again.  A read-only file refuses the step itself: raised in its
        words, nothing asked, nothing shown again (K329-01)."""
        problems = self.problems() if self.client is not None and self._edited else []
        lost = problems if problems and self._typing_would_be_lost(problems) else []
        # The Checklist is shown again too: a completed date that is not a date yet goes (U31-02).
        typed = self.checklist.date_not_taken() if self.client is not None else None
        lost += [typed] if typed else []
        if not lost:
            return True
        if self._read_only():
            # "Fix them, or discard them and save the checklist change" offered a step the file
            # refuses however it is answered: Discard emptied the payment typed from a receipt
            # and the date, then the save was refused.  Refused now, as with nothing typed.
            raise read_only_refusal(self.repo.path)
        return self._discard_if_chosen(lost[0], where)

    def _typing_would_be_lost(self, problems: list[str]) -> bool:
        """Whether `problems` come from more than rows added and not typed in (a case just
        added has a blank conviction row: undoing "Add case" loses nothing typed)."""
        form = self.record.case_form
        # Only while the case is as "Add case" made it: its number or day typed (the field left
        # or not), the blank row stopped the save, and Undo took back "Add case" without a
        # question, the number gone on Redo (U154-02).
        if form.case is not None and not form.as_added:
            return True
        # Only the blank rows whose problems are among `problems` (a blank conviction row beside
        # counts typed gives none: W24-01; a blank arrest offense row none at all: W24-05).
        kept = form.kept_convictions() if form.case is not None else []
        blank = [row for row in kept if row.is_blank()]
        return len(problems) > sum(len(row.validate()) for row in blank)

    def _unsaved_problem(self) -> str | None:
        """Why the edits typed since the record was shown cannot be saved; None if they can."""
        problems = self.problems() if self._edited else []
        return problems[0] if problems else None

    # ---- drafts: typing kept before it is saved (D28-02) ----------------------------------

    def _draft_later(self) -> None:
        if not self._loading and self.client is not None:  # a new client's too (D32-02)
            self._draft_timer.start()

    def stop_drafting(self) -> None:
        """No draft due is kept (the window closes, its caseload with it)."""
        self._draft_timer.stop()

    def keep_draft_now(self) -> None:
        """Keep the typing as the draft now, not at the pause: the program is stopping (a
        shutdown, a `kill`), and the close may ask about typing that cannot be saved, which
        nobody answers then; a stop within the pause, then a kill, lost it (K211-01)."""
        self._draft_timer.stop()
        self._keep_draft()

    def _keep_draft(self) -> None:
        """Keep what the forms hold, when it differs from the stored record, as the client's draft.

        The text of a field not yet a value (a date of birth "1985-13-01") is kept beside the
        record made without it (D32-01); a record made of facts impossible together (a
        conviction before the birth) is kept as it is.  Anything else the record cannot be
        made without (a count with no code section) keeps the last draft.  A caseload busy or
        full loses nothing but this copy of the typing, still in the form: nothing is said.
        """
        client = self.client
        if client is None or self._loading:
            return
        kept_typing = self.record.typing_kept(self._forms_record())
        if kept_typing is None:
            return
        after, raw = kept_typing
        # A payment typed on the Checklist, not added, is typing too (U31-08); the page's, when
        # it shows this client.
        shown = self.checklist.client is not None and self.checklist.client.id == client.id
        payments = self.checklist.typed_payments() if shown else {}
        # And so is a completed date or count typed there, its box not left (U31B-02).
        checks = self.checklist.typed_checks() if shown else []
        try:
            if _as_typed(after) == _as_typed(client) and not payments and not checks and not raw:
                self._drop_draft(client.id)
                return
            # And the record it was typed on: put back, only what was typed goes over the record
            # as it is then, not every field as it was now (K63-01).
            # The case shown by its id as well as its place: put back over a record with a case
            # taken out or added before it, the place was another case (N64-04).
            kept = {"case": self.record.shown_case, "case_id": self._case_shown_id(), "client": client_to_request_dict(after),
                    "typed_on": client_to_request_dict(client)}
            if payments:
                kept["payments"] = payments
            if checks:
                kept["checks"] = checks
            if raw:
                kept["fields"] = raw
            self.repo.keep_draft(client.id, kept)
            self._drafted.add(client.id)
        except CaseloadError:
            pass

    def _drop_draft(self, client_id: int | None) -> None:
        if client_id in self._drafted:
            self._drafted.discard(client_id)
            try:
                self.repo.keep_draft(client_id, None)
            except CaseloadError:
                self._drafted.add(client_id)  # dropped at the next save

    def _offer_draft(self, client: Client) -> None:
        """The client's draft, kept by a Clinic Desk that stopped before saving it, offered back
        in the forms (not saved until the user leaves a field or saves, as typing is); a new
        client's (no number yet) at the next new client (D32-02)."""
        try:
            kept = self.repo.draft(client.id)
        except CaseloadError:
            return
        if kept is None:
            return
        at, draft = kept
        self._drafted.add(client.id)
        try:
            typed = client_from_request(draft["client"])
            typed.id = client.id
        except (FormatError, KeyError, TypeError, ValueError):
            typed = None  # not a record this program can read (a newer one's): nothing to put back
        not_put_back: list[str] = []
        typed_over = typed is not None and isinstance(draft.get("typed_on"), dict)
        if typed_over:
            typed, not_put_back = self._typing_over(client, draft["typed_on"], draft["client"], typed)
        case_index = draft.get("case") if isinstance(draft.get("case"), int) else 0  # a draft kept before N64-04: by place
        case_id = draft.get("case_id")
        if case_id is None and typed is not None:
            # A draft kept before N64-04: its place is in the record it kept, which names the
            # case's id; put back over a record with a case taken out before it, the place
            # alone opened on another case (Z64-03).
            kept_cases = draft["client"].get("cases") if isinstance(draft["client"], dict) else None
            if isinstance(kept_cases, list) and 0 <= case_index < len(kept_cases) and isinstance(kept_cases[case_index], dict):
                case_id = kept_cases[case_index].get("id")
        if typed is not None and case_id is not None and any(case.id == case_id for case in typed.cases):
            case_index = next(n for n, case in enumerate(typed.cases) if case.id == case_id)
        payments = draft.get("payments") if isinstance(draft.get("payments"), dict) else {}
        checks = draft.get("checks") if isinstance(draft.get("checks"), list) else []
        raw = draft.get("fields") if isinstance(draft.get("fields"), dict) else {}  # text not yet a value (D32-01)
        if (typed is None or (_as_typed(typed) == _as_typed(client) and not payments and not checks and not raw and not not_put_back)
                or not ask_put_back(self, client.name or typed.name or "a new client", local_time(at, "%Y-%m-%d %H:%M"))):
            self._drop_draft(client.id)
            return
        if not_put_back:
            QMessageBox.warning(self, "Clinic Desk", f"{client.name}'s record was changed in another window or on another desk "
                                "after this was typed. The typing is put back over the record as it is now, except where "
                                "they changed the same field (or one it contradicts), or removed the case it is in: their change "
                                "is kept there, and what was typed there was:\n\n"
                                + "\n".join(not_put_back) + "\n\nType it again where it is still needed.")
        self._loading = True
        try:
            self.record.load(typed, case_index if 0 <= case_index < len(typed.cases) else 0)
            self.record.put_back_typing(raw)
            # The record the forms were loaded with, as a put-back's (A64-01): hours or a payment
            # of the draft on a case the Record tab does not show are the save's and the
            # Checklist's, not taken from the stored record again (S64-05).  Not a draft kept
            # before K63-01 (no "typed_on"): it is the whole record as it was then, and its
            # other cases would undo what another desk saved since (Z64-02); they are the
            # stored record's, as they were before S64-05.
            self._put_back = typed if typed_over else None
        finally:
            self._loading = False
        if raw:
            self.record.problems()  # its problem said beside each field put back, as it was
            for message in self.record.findChildren(MessageLabel):
                message.say_held()
        if payments or checks:
            # Typed against the stored record's cases, on the Checklist: built now to hold them.
            self.checklist.show_client(self._forms_record(), self.today, self.screening)
            self._stale_tabs.discard(TAB_CHECKLIST)  # not built again (empty) when it is shown
            self.checklist.put_back_payments(payments)
        self._edited = _as_typed(typed) != _as_typed(client) or bool(raw)
        self._update_save_state()
        if checks:
            # A completed date or count is saved when its box is left (or the client is, with the
            # focus in it: `ChecklistView.take_typing`): put back with the focus in it, as it
            # was, once the page is on screen (`focus_page`: a spin box shown again shows its
            # value, not the text typed).
            self.tabs.setCurrentIndex(TAB_CHECKLIST)
            self._checks_put_back = checks

    def _typing_over_theirs(self, typed_on: Client | None, typed: Client, refused: ChangedElsewhere, page: int,
                            not_made: str = "", case_id: str | None = None) -> ChangedElsewhere:
        """A save refused because another window or desk saved the client since (`refused`):
        the forms show their record now (`_saved`), and the typing went with the record it was
        typed on, a note of minutes lost with "make your change again" (K63-04).  What was typed
        goes back over their record, as a draft does (K63-01), not saved: it is saved as any
        edit is, and kept as a draft meanwhile.  `page`: the tab it was typed on, shown again
        with it (a Checklist change is shown there, A64-01).  `not_made`: said last, the step
        refused that is not in `typed` ("Add case", to choose again: A64-04).  `case_id`: the case the
        Record tab showed as it was typed, shown again (else the first).  Returns what to say."""
        client = self.client
        if typed_on is None or client is None or client.id != typed.id:
            return refused
        put, not_put_back = self._typing_over(client, client_to_request_dict(typed_on), client_to_request_dict(typed), typed)
        if _as_typed(put) == _as_typed(client):
            if not not_put_back:
                return refused  # nothing of the typing left to put back: theirs was the same change
        else:
            self._loading = True
            try:
                # On the case it was typed in, by its id: their record was opened on the first
                # case, and by place it was another case if they took one out before it (N64-04).
                self.record.load(put, next((n for n, case in enumerate(put.cases) if case.id == case_id), 0))
                self._put_back = put
                if page == TAB_CHECKLIST:
                    # Their record opened on the Record tab: back to the Checklist, the focus
                    # leaving a field of the record without saving it there and then.
                    self.tabs.setCurrentIndex(TAB_CHECKLIST)
            finally:
                self._loading = False
            self._edited = True
            self._update_save_state()
            if page == TAB_CHECKLIST:
                # It shows the forms' record: the hours, payment or tick is seen where it was
                # made, and the next change made there is made on it.
                self.checklist.show_client(put, self.today, self.screening)
            # Kept as typing is: the typing kept when the save was refused (or none yet) was
            # typed on the record before theirs, and the typing put back was in no draft (T63).
            self._keep_draft()
        said = (f"{client.name}'s record was changed in another window or on another desk after you opened it, so your "
                "change was not saved over it (it would have undone theirs). Their record is shown now, with what you "
                "typed put back over it")
        # A payment put back beside theirs is in the ledger with it: nothing of theirs is "kept
        # there" in its place (F70-01: "their change is kept there" was said of two payments both kept).
        both = [line for line in not_put_back if isinstance(line, BothKept)]
        not_put_back = [line for line in not_put_back if not isinstance(line, BothKept)]
        if not_put_back:
            said += (" except where they changed the same field (or one it contradicts), or removed the case it is in: "
                     "their change is kept there, and what you typed there was:\n" + "\n".join(not_put_back + both) + "\nCheck it; ")
        elif both:
            said += ":\n" + "\n".join(both) + "\nCheck it; "
        else:
            said += ": check it; "
        said += "it is saved as any edit is." + (f" {not_made}" if not_made else "")
        return ChangedElsewhere(said, path=refused.path)

    @staticmethod
    def _typing_over(client: Client, typed_on: dict, typed_request: dict, typed: Client) -> tuple[Client, list[str]]:
        """The draft `typed` (`typed_request` as kept), typed on the record `typed_on`, made a
        record of what was typed over `client`, the record as stored now: a draft put back whole
        undid, at the next save, every change another window or desk had saved since (K63-01).
        And, in words, each field typed that the stored record changed too, each otherwise: kept
        as stored, what was typed said ("Notes: typed ...")."""
        import json

        stored = client_to_request_dict(client)
        if stored == typed_on:
            return typed, []
        try:
            base = client_from_request(typed_on)
        except (FormatError, KeyError, TypeError, ValueError):
            return typed, []  # not a record this program can read: put back as typed, as before
        as_typed = typed
        try:
            # Payments added or taken out are done again on their ledger, its totals with it,
            # not merged as fields: two desks' payments both changed them (A64-03).
            moves = ledger_moves(base, typed)
            if moves:
                typed = ledger_undone(base, typed, moves)
                typed_request = client_to_request_dict(typed)
            # Petitions, which have no ids, matched by what makes one the same petition (N64-01).
            keys = petition_keys(base, typed, client)
            keyed = [with_petition_keys(record, k) for record, k in zip((typed_on, typed_request, stored), keys)]
            # Where the typing and their change contradict each other, the block it is in (the
            # case, else the person) is kept as they saved it, the rest of the typing put back (S64-02).
            put, put_keys, kept = as_record(typing_over(*keyed), keyed[2])
            parts_of_a_filing_removed(base, typed, keys[2], put, put_keys)
        except (FormatError, KeyError, TypeError, ValueError) as impossible:
            # The typing and their change together make a record that cannot be (an early
            # termination typed here, after the ordered end put right there).  Put back as
            # typed, whole, their change was not on the forms, and the next save undid it
            # without a word (R64-05): theirs is kept, and each field typed is said.
            base.id = as_typed.id
            base_json, typed_json = (json.loads(_as_typed(record)) for record in (base, as_typed))
            why = (f"{_capital(in_words(impossible.path, typed_json))}: {impossible.problem}"
                   if isinstance(impossible, FormatError) and impossible.path else str(impossible))
            return client, [f"Nothing typed is put back: with their change the record would not hold together ({why})",
                            *(f"{_capital(in_words(path, typed_json, before=base_json))}: {_typed_at(typed_json, path)}"
                              for path in changed_paths(base_json, typed_json, limit=100))]
        put.id = client.id
        base_json, typed_json, put_json = (with_petition_keys(json.loads(_as_typed(record)), k) for record, k in
                                           zip((base, typed, put), (keys[0], keys[1], put_keys)))
        said = _kept_as_saved_said(kept, base_json, typed_json, put_json)
        said += [_not_put_back_said(path, why, base_json, typed_json, put_json) for path, why in not_put_back(base_json, typed_json, put_json)
                 if not any(_in_block(path, block, typed_json) for block, _ in kept)]  # said with their block, above
        put = hearing_on_each_part(base, typed, client, put, (keys[1], keys[2], put_keys))  # what is said above is unchanged: it adds their hearing (day filed) only
        put_named = titles_by_id(put.cases)
        for case_id, petition, gone in asking_for_counts_removed(typed, client, put):
            place = put_named.get(case_id, case_id)
            named = petition_named({"remedy": petition.remedy, "filed_on": petition.filed_on.isoformat()})
            said.append(f"Case {place}, {named}: asks relief for {', '.join(gone)}, taken off the case in another window or "
                        "on another desk; the petition is put back as typed, asking for it still: check whether the "
                        "petition is still wanted, and which counts it asks for")
        put, not_done = ledger_done(put, moves)
        # A case with no number by what its record holds, as the lines above name it (in_words,
        # K341): "Case None" was said (R64-03), then "Case 1", a place the Checklist shows
        # nowhere (K363); one of two cases of one number told apart so too, as History names it
        # (K408): "Case BA100001: the ... payment" was said of either (R411-04).
        numbers = titles_by_id(base.cases)
        for case_id, move, payment in ledger_twice(base, client, [move for move in moves if move not in not_done]):
            # Put in their ledger as typed, as the payment form adds one it says the ledger has (S64-04).
            receipt = f", receipt {payment.receipt}" if payment.receipt else ""
            said.append(BothKept(f"Case {numbers.get(case_id)}: the {payment.kind} payment of ${payment.amount:,} on "
                                 f"{payment.date.isoformat()}{receipt}, added here, was added in another window or on another desk "
                                 "too: it is in the ledger twice now; check it was not entered twice"))
        for case_id, payment, theirs in ledger_maybe_twice(base, client, [move for move in moves if move not in not_done]):
            # Both kept, as the merge keeps such a pair: which amount the receipt says is for a person (Z64).
            mine = f", receipt {payment.receipt}" if payment.receipt else ""
            other = f", receipt {theirs.receipt}," if theirs.receipt else ""
            said.append(BothKept(f"Case {numbers.get(case_id)}: the {payment.kind} payment of ${payment.amount:,} on "
                                 f"{payment.date.isoformat()}{mine}, added here, and one of ${theirs.amount:,}{other} on the same "
                                 "day, added in another window or on another desk, are both in the ledger now: two payments, or "
                                 "one typed twice with another amount? If it is one, remove the wrong one"))
        for case_id, move, payment in not_done:
            # As the merge says a payment; "the payment of $75 toward fine" was no English (U64-04).
            what = f"the {payment.kind} payment of ${payment.amount:,} on {payment.date.isoformat()}"
            said.append(f"Case {numbers.get(case_id)}: removed in another window or on another desk, so {what} is not put back"
                        if move == "added" or all(case.id != case_id for case in put.cases) else
                        f"Case {numbers.get(case_id)}: {what}, taken out here, was changed or taken out in another window "
                        "or on another desk: their ledger is kept")
        return put, said

    def _autosave(self) -> None:
        """A Record box left: its typing saved.  Refused by the file (read-only, a full disk) as the
        keyboard goes to a way out of the record that asks "Changes not saved" at once (a click on
        ← Caseload or Handout...), or as that question's Stay and fix moves the keyboard, the
        refusal is said beside Save, not in a warning of its own: one click showed the save's
        warning and the question, which says it too (A298's Left alone; R311-02).  Left for another
        box (Tab, a click), the warning is said as before."""
        if self._loading:
            return
        try:
            self.save()
        except (ReadOnly, DiskFull):
            # `save` said the refusal beside Save (A320-01).  The button pressed, not only the
            # keyboard on it: a page changed by Alt+K hides the box, and Qt hands the keyboard
            # on to the next control, which may be ← Caseload.
            clicked = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
            asking = clicked and QApplication.focusWidget() in (self.back, self.handout_button)
            if not asking and not self._staying_to_fix:
                raise

    def save(self) -> bool:
        """Commit the forms if they are valid and changed; True when something was saved."""
        finish_composing()  # Ctrl+S in a field with a letter still composed: saved with it (H97-01)
        removed, self._removed_row = self._removed_row, None  # a Remove's, said with this save only
        self.record.case_form.settle_offenses()
        checked = self._checked()
        after, typed = self._changed_typed(checked[1])
        if after is None:
            # The check just made serves the button too: leaving a client (opening the
            # next) made two copies of the record for one answer (O28-04), and compared it
            # with the stored one twice (E99-02).
            self._update_save_state(checked=checked, unchanged=True)
            for message in self.record.findChildren(MessageLabel):  # a save tried: every problem said
                message.say_held()
            return False
        # Shown in the status bar too, as a Checklist change is (H40-04): a field saved on
        # leaving it, or Ctrl+S, was said to a screen reader only, and to the eye nothing but
        # the Save button greying said the record was saved (L64-03).
        # What the forms hold, for `_saved` to compare with the record stored without reading
        # them again (P335-02); typing put back over another desk's is read there as before.
        self._forms_held = after if self._forms_record() is self.client else None
        self._typed_held = (self.client, after, typed) if self.client is not None and typed is not None else None
        try:
            self._commit_and_say(after, "Edit record" if self.client and self.client.id else "Add client", in_status_bar=True,
                                 removed=removed)
        except (ReadOnly, DiskFull) as refused:
            # Said beside Save however the save came (the close, Alt+Left, Tab, Ctrl+S), not after
            # a click on ← Caseload alone: a keyboard user never had it (A320-01).
            self._say_file_refused(refused)
            raise
        finally:
            self._forms_held = self._typed_held = None
        # Read and stored: a count's "23152" shows as the "VC 23152" the record holds (I50-02).
        self.record.case_form.show_as_stored()
        # Saved, the typing is an undo step of the window's: Ctrl+Z in the field takes it back (F97-01).
        typing_saved(self.record)
        return True

    def commit(self, after: Client, text: str, removed: str | None = None) -> str | None:
        """Store `after` as the client's record: a new client is added, an edit is an undo
        command.  The file held by another program is said, with Retry (W22-04).  Returns
        the step's name (as Edit > Undo says it), None when this save is one under way.
        `removed`: the row a Remove took out, kept with the step for Undo and Redo to say
        (K426-01)."""
        from ui.crash import retry_while_busy

        if self._committing:
            return None  # the field left for the "busy, retry?" question: that save is this one
        self._committing = True
        try:
            if after.id is None:
                return retry_while_busy(self, lambda: self._add(after))
            assert self.client is not None
            if text == "Edit record":
                held = self._typed_held
                typed = held[2] if held is not None and held[0] is self.client and held[1] is after else None
                text = edit_title(self.client, after, typed)
            # Intake's line of a year alone names its case by number or place: a case removed,
            # or its number typed, and it named another case, or none (R72, Y73-01).
            after = years_alone_kept(self.client, after)
            # The client with the date of birth where another has the same name, as a review's
            # step names them (K349-04): a save, a tick or a payment read "(Marta Reyes)" (K366-02).
            text = f"{text} ({self._named(after)})"
            step = SaveClientCommand(self._saved, self.client, after, text, line_of=self.repo.eligible_now_line)
            step.row_removed = removed
            retry_while_busy(self, lambda: push_done(self.undo_stack, step))
            return text
        finally:
            self._committing = False

    def _commit_and_say(self, after: Client, text: str, *, in_status_bar: bool = False, removed: str | None = None) -> None:
        """`commit`, then announce the save, and the best outcome when the new screening moved
        it.  Such a save is made away from the user's eyes (on leaving a field, Enter in a
        payment's amount) and only the header's label said the new outcome: a screen-reader
        user heard neither (K38-02).  (Adding or removing a case is said where it is done.)
        `in_status_bar`: shown there too, as a review or a handout saved is.  `removed`: a row a
        Remove took out, named with the way back, as a case removed is (H405-01)."""
        outcome = self.outcome.text()
        typed_on, page, case_id = self.client, self.tabs.currentIndex(), self._case_shown_id()
        screened_before = self.screening
        try:
            saved = self.commit(after, text, removed)
        except ChangedElsewhere as refused:
            # The Record tab's typing and a Checklist change alike (A64-01: hours, a payment
            # or a tick refused were dropped, "make your change again").
            raise self._typing_over_theirs(typed_on, after, refused, page, case_id=case_id) from refused
        if saved is None:
            return
        said = f"Saved: {saved}."
        if removed:
            said += f" Removed {removed}. Edit > Undo (Ctrl+Z) puts it back."
        if self.outcome.text() != outcome and self.outcome.text():
            said += f" Best outcome now: {self.outcome.text().removeprefix('· ')}"
        said += self.reviews_changed_said(typed_on, screened_before)
        announce(self, said)
        if in_status_bar:
            self.said.emit(said)

    def reviews_changed_said(self, before: Client | None, screened_before: Screening | None) -> str:
        """What a step just made from `before` (screened `screened_before`) to the client shown
        did to the attorney's reviews (`reviews_changed_said`)."""
        return reviews_changed_said(self.repo, before, screened_before, self.client, self.screening)

    def _checklist_edit(self, after: Client, text: str) -> None:
        """A tick, hours or a payment: saving it shows the record again, so typing on the
        Record tab that cannot be saved is asked about first (keyboard check K20-02).  Refused by
        a read-only file, the page is shown as stored: a tick stayed ticked, read done and stored
        as not (R331-03); a payment, shown nowhere yet, keeps its form and its typing (K285-01)."""
        from ui.services import impossible_facts, not_saved_said

        refused = impossible_facts(after, titled=True)
        if refused is not None:
            # A record stored before the check refused it (an end before the conviction, K386):
            # a payment or a tick raised the refusal out of the save, a crash report (R389-02).
            if self.client is not None and not self.checklist.paying():
                self.checklist.take_back_change(self.client, self.today, self.screening)
            QMessageBox.warning(self, "Clinic Desk", not_saved_said(refused))
            return
        try:
            self._checklist_change(after, text)
        except ReadOnly:
            if self.client is not None and not self.checklist.paying():
                self.checklist.take_back_change(self.client, self.today, self.screening)
            raise

    def _checklist_change(self, after: Client, text: str) -> None:
        """`_checklist_edit`'s change, made and said."""
        if not self.may_reload("save the checklist change"):
            assert self.client is not None
            self.checklist.take_back_change(self.client, self.today, self.screening)  # the tick or count as stored
            return
        pending = self._pending() if self._edited and self.checklist.client is not None else None
        if pending is not None:
            # Typing the forms hold in no field (put back over another desk's record, K63-04, or a
            # draft offered back): saved first, as leaving a field saves typing, then the change,
            # made over it.  The change was saved on the record as stored and the forms shown
            # from it again: the typing went without a word (S64-03).
            assert self.checklist.client is not None
            after, _ = self._typing_over(pending, client_to_request_dict(self.checklist.client), client_to_request_dict(after), after)
            typed_on = self.client
            try:
                saved = self.commit(pending, "Edit record")
            except ChangedElsewhere as refused:
                raise self._typing_over_theirs(typed_on, after, refused, TAB_CHECKLIST) from refused
            if saved is not None:
                announce(self, f"Saved: {saved}.")
        # Shown as well as said: a payment recorded (or a tick, hours) changed the ledger and
        # the balance out of sight, and the status bar said nothing of it (H40-04).  So is a
        # save on the Record tab (L64-03).
        self._commit_and_say(after, text, in_status_bar=True)

    def _add(self, client: Client) -> str:
        """Store a new client as an undo step (Ctrl+Z removes them again, Redo puts them back);
        returns its name, the client with the birth date where another has the same name, as a
        save names them (K370-02: "Add client (Marta Reyes)" named either of two)."""
        text = f"Add client ({self._named(client)})"
        push_done(self.undo_stack, AddClientCommand(self._added, self._taken_back, client, text, self._restored))
        return text

    def add_at_intake(self, client: Client) -> None:
        """Store a client started at intake as an undo step, as "Add client" is on the Record
        page (U33-02: a client made twice at intake could only be deleted by hand); sets
        `client.id`.  Intake screens them itself, and shows them: this page does not."""
        command = AddClientCommand(lambda record, _previous: self.repo.add_client(record), self._taken_back, client,
                                   f"Add client at intake ({self._named(client)})", self._restored)
        push_done(self.undo_stack, command)
        client.id = command.client_id

    def save_at_intake(self, before: Client, after: Client, text: str) -> None:
        """A case added or a correction saved at intake, as an undo step of its own, as each
        edit on the Record page is: Ctrl+Z after intake walks back its steps one by one, the
        client last (their "Add client" is refused while their record has changed since)."""
        push_done(self.undo_stack, SaveClientCommand(self._saved, before, after, f"{text} ({self._named(after)})",
                                                     line_of=self.repo.eligible_now_line))

    def keep_handout_language(self, client: Client, language: str) -> None:
        """Store `language` as `client`'s handout language (the preview's button, E155-01), an
        undo step as an edit on the Record tab is: the open client's forms, or a client chosen
        on the list, whose line, Language filter and the event's batch follow."""
        from ui.crash import retry_while_busy

        shown = self.client is not None and self.client.id == client.id
        before = self.client if shown else self.repo.get_client(client.id)
        after = copy.deepcopy(before)
        after.language = language
        text = f"{edit_title(before, after)} ({self._named(after)})"
        retry_while_busy(self, lambda: push_done(self.undo_stack, SaveClientCommand(self._saved, before, after, text,
                                                                                      line_of=self.repo.eligible_now_line)))
        self.said.emit(f"Saved: {text}.")

    def _taken_back(self, client_id: int, expected: Client):
        """AddClientCommand.undo: the client added leaves the caseload, unless their record
        changed since or an attorney has reviewed them since (later work is never lost
        silently: the step is refused, and the client stays)."""
        return self._removed(client_id, expected, reviews=[])

    def _added(self, client: Client, previous_id: int | None) -> int:
        """AddClientCommand.redo: store the record under a new number; returns it.

        The first time, the blank form becomes this client.  A redo after an undo stores
        the record again under a new number (numbers are never reused): the forwarding
        table sends the commands that name the old number to the new one.
        """
        self.repo.add_client(client)
        assert client.id is not None
        if previous_id is not None and previous_id != client.id:
            self._moved[previous_id] = client.id
        if self.client is not None and self.client.id is None:
            self.client.id = client.id  # the blank form now shows this stored client
            self._drop_draft(None)  # the new client's typing is theirs now (D32-02)
        self._saved(client)
        return client.id

    def _removed(self, client_id: int, expected: Client | None = None, reviews: list | None = None):
        """AddClientCommand.undo and DeleteClientCommand.redo: the client leaves the caseload
        (the audit log keeps the record), unless another desk has changed the record
        `expected` (as this window added or put it back) since, or an attorney has reviewed them
        since they had `reviews` (Repository.delete_client); returns what was removed."""
        client_id = self.current_id(client_id)
        removed = self.repo.delete_client(client_id, expected=expected, reviews=reviews)
        self.client_removed.emit(client_id, removed)
        if self.client is not None and self.client.id == client_id:
            self.client = None
            self.screening = self.summary = None
            self.back_requested.emit()  # nothing left to show here
        return removed

    def delete_client(self, client_id: int, name: str) -> None:
        """Delete a stored client as an undo step: Ctrl+Z puts them back whole (W21-25)."""
        push_done(self.undo_stack, DeleteClientCommand(self._removed, self._restored, client_id, f"Delete client ({name})"))

    def merge_duplicate(self, merged, from_id: int, expected: tuple[Client, Client], reviews: tuple[list, list], text: str) -> None:
        """Merge the record `from_id` into the kept client as `merged` says (clinic_app.merging),
        as an undo step: Ctrl+Z puts both records back as they were (M43)."""
        from clinic_app.merging import merge_refused

        # A record the check refuses, stored before it did (K386): whose, which case and field,
        # as `clinic-app merge` says it; "Not saved: ..." named no client, the fault perhaps the
        # other record's (K395-01).  Said in words by the window's hook; nothing merged.
        refused = merge_refused(*expected, merged)
        if refused is not None:
            raise CaseloadError(refused)
        line_before = []  # the kept client's caseload line before the merge, for its undo (R51-02)

        def merge():
            line_before[:] = [self.repo.eligible_now_line(merged.client.id)]
            done = self.repo.merge_clients(merged, from_id, expected=expected, reviews=reviews)
            self.client_removed.emit(from_id, done.removed)
            self._screened_again(done.merged)
            return done

        def unmerge(done) -> None:
            self.repo.unmerge(done)
            self._screened_again(done.before, line_before[0] if line_before else None)
            self._restored_shown(done.removed.client)

        command = MergeCommand(merge, unmerge, text)
        command.record = merged.client  # named in a refusal of the record made (K391-02)
        push_done(self.undo_stack, command)

    def _screened_again(self, client: Client, line_before=None) -> None:
        """A record a merge (or its undo) wrote: screened and stored, its line and, when it is
        the client shown, its pages follow (`line_before`: an undo's, see `_screen_stored`)."""
        client = copy.deepcopy(client)
        screened = self._screen_stored(client, line_before)
        if self.client is not None and self.client.id == client.id:
            self.screening, self.summary = screened.screening, screened.summary
            self._drop_draft(client.id)
            self._show(client, case_index=self.record.shown_case if 0 <= self.record.shown_case < len(client.cases) else 0)

    def _restored_shown(self, client: Client) -> None:
        """A client put back whole (their stored results with them): their line comes back."""
        stored = self.repo.latest_screening(client.id)
        self.client_saved.emit(client, stored.summary if stored is not None else None)

    def _restored(self, removed) -> None:
        """DeleteClientCommand.undo: the client is back, with their stored results and reviews."""
        self.repo.restore_client(removed)
        self._restored_shown(removed.client)

    def current_id(self, client_id: int | None) -> int | None:
        """The number a client has now (a client re-added by redo has a new one)."""
        seen = set()
        while client_id in self._moved and client_id not in seen:
            seen.add(client_id)
            client_id = self._moved[client_id]
        return client_id

    def _saved(self, client: Client, expected: Client | None = None, line_before=None, undoing: str | None = None) -> None:
        """Put `client` in the database over `expected` (the record it replaces; see
        Repository.save_client), re-screen it, and update whatever shows it.  `line_before`:
        an undo's, the caseload line before the step it takes back (SaveClientCommand);
        `undoing`, an undo's, that step's words, for History."""
        client.id = self.current_id(client.id)
        self.eligibility.follow_today()  # after midnight the tab moves on with the header (G18-04)
        try:
            self.repo.save_client(client, expected=expected, undoing=undoing)  # writes nothing when unchanged (a just-added client)
            self._drop_draft(client.id)
        except ChangedElsewhere:
            # The edit was made on a record another desk has replaced since: the forms show
            # theirs now, so that leaving the client does not try the same save again.
            if self.client is not None and self.client.id == client.id:
                self.open_client(client.id)
            raise
        screened = self._screen_stored(client, line_before)
        if self.client is not None and self.client.id == client.id:
            held = self._forms_held
            if held is not None:  # a save of the forms: what they held, valid (`save`)
                forms_differ = client_json(held) != client_json(client)
            else:
                forms_differ = self.problems() or client_json(self.record.snapshot(self.client)) != client_json(client)
            self.screening, self.summary = screened.screening, screened.summary
            if forms_differ:  # undo/redo or a checklist edit: the forms must show the record
                # A case the step brings back (Undo of "Remove case", Redo of "Add case") is
                # the one shown: the first case stayed shown, and the focus on "Remove case"
                # with it, one key away from removing another case than the one undone (F58-06).
                shown = {case.id for case in self.client.cases}
                back = next((index for index, case in enumerate(client.cases) if case.id not in shown), None)
                self._show(client, back)
                if back is not None and client.cases[back] == _case_as_added(client.cases[back].id):
                    # Redo of "Add case" showed it with no conviction row, "Cannot save: Add at
                    # least one conviction below" in red, and kept it once left empty (U154-03).
                    # Only a case still bare: one with a number typed, its removal undone, is kept.
                    self._ready_as_added()
            else:
                self.client, self._put_back = client, None  # the typing put back is stored now
                if 0 <= self.record.shown_case < len(client.cases):
                    # The form now edits the stored case (facts it does not show included).
                    self.record.case_form.take_stored(client.cases[self.record.shown_case])
                    self.record.case_form.screening_changed()  # its petitions' remedies (A56-03)
                # The forms were just found valid and holding `client`, now the stored record:
                # nothing to save, without reading them a third time in the save (P335-01).
                self._refresh_views(forms_as_stored=True)
                self._retitle_cases()

    def _screen_stored(self, client: Client, line_before=None):
        """Screen a record just written (a save, a merge or its undo), store the result and
        let its line follow; the screening.  The record stands if the result cannot be stored:
        it is shown, and stored on the next open, whose facts no stored result matches (GUI
        check G18-14: "the save failed" was said of a record that changed).  `line_before`:
        an undo's, the line before the step it takes back, whose "eligible now since" day the
        record put back has again."""
        try:
            screened = screen_and_store(self.repo, client, self.today, line_before)
        except CaseloadError:
            screened = screen_client(client, self.today)
        self.client_saved.emit(client, screened.summary)
        return screened

    def _retitle_cases(self) -> None:
        assert self.client is not None
        apart = sharing_a_number(self.client.cases)
        for index, case in enumerate(self.client.cases):
            item = self.record.cases.item(index)
            if item is not None:
                item.setText(case_title(case, case.id in apart))
                item.setToolTip(case_tooltip(case, case.id in apart))

    # ---- cases -----------------------------------------------------------------------

    def _to_probation_status(self, case_id: str) -> None:
        """From the Checklist's "confirm with the court that it ended": the Record tab on that
        case, the keyboard on its probation Status (H328-02)."""
        self._to_case_field(case_id, lambda form: form.probation_status)

    def _to_supervision_end(self, case_id: str) -> None:
        """From the Checklist's "Parole or PRCS after release: end date unknown" (or "Parole:
        end date unknown"): the Record tab on that case, the keyboard on its Supervision after
        where it says Unknown, else on its Supervision end (A436-02)."""
        self._to_case_field(case_id, lambda form: form.supervision if form.supervision.currentData() is None
                            else form.supervision_end)

    def _to_the_fact(self, question) -> None:
        """From a question chosen on the Eligibility tab (K372): the Record tab, on its case, the
        keyboard in the field that records its answer (the client's own, for a fact of the person)."""
        if question.case is None:
            field = _PERSON_FIELD_OF_FACT.get(question.path.removeprefix("person."))
            self.tabs.setCurrentIndex(TAB_RECORD)
            getattr(self.record.person, field or "dob").setFocus(Qt.FocusReason.OtherFocusReason)
            return
        own = f"cases[{question.case}]."
        conv = f"convictions[{question.conviction}]." if question.conviction else ""
        path = question.path.removeprefix(own).removeprefix(conv)
        self._to_case_field(question.case, lambda form: form.field_of(path, question.conviction))

    def _to_case_field(self, case_id: str, field: Callable[[CaseForm], QWidget]) -> None:
        """The Record tab on the case `case_id`, the keyboard in its `field`."""
        if self.client is None:
            return
        index = next((i for i, case in enumerate(self.client.cases) if case.id == case_id), None)
        if index is None:
            return
        self.tabs.setCurrentIndex(TAB_RECORD)
        if index != self.record.shown_case:
            self.record.cases.setCurrentRow(index)  # leaving the case shown as a click on the list does
        if self.record.shown_case != index:
            return
        # Once the rows made for the case are shown (a layout shows them a turn later) and laid
        # out, the tab just shown too: a count's field of a case just opened was not shown yet,
        # and the keyboard went to the Sentence type, or was put below the fold (R376-02).
        QTimer.singleShot(0, self, lambda: self._focus_case_field(index, field))

    def _focus_case_field(self, index: int, field: Callable[[CaseForm], QWidget]) -> None:
        if self.record.shown_case != index or self.tabs.currentIndex() != TAB_RECORD:
            return  # another case or tab chosen meanwhile
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        field(self.record.case_form).setFocus(Qt.FocusReason.OtherFocusReason)

    def _case_selected(self, index: int) -> None:
        if self._loading or self.client is None:
            return
        problem = self._unsaved_problem()
        if problem is not None:
            if ask_discard(self, problem, "go to the other case"):
                self._show(self.client, index)  # the record as stored, on the case chosen
            else:
                self._loading = True  # back to the case being fixed, its typing kept
                self.record.cases.setCurrentRow(self.record.shown_case)
                self._loading = False
            return
        # Leaving a case commits its edits first (when valid), then shows the other case.
        after = self._pending()
        if after is not None:
            self._commit_and_say(after, "Edit record")
        if self.client is not None and 0 <= index < len(self.client.cases) and index != self.record.shown_case:
            self._case_asked_for = True
            self._loading = True
            self.record.show_case(self.client, index)
            self._loading = False
        self._update_save_state()

    def add_case(self) -> None:
        """A new convicted case with one empty conviction row, ready to type into."""
        if self.client is None:
            return
        # The case just added and left empty is no problem of the record's (W25-06), but a
        # second click still adds no second empty case (W21-18).
        problems = self.problems() or self.record.case_form.still_as_added()
        if problems:
            self._update_save_state()
            # Said, not only refused: a click that added nothing looked like a lost click, and
            # a second "Add case" after the first one's blank conviction added nothing (W21-18).
            self.save_reason.setText(f"Cannot add a case yet: {problems[0]}")
            return
        typed_on, typed = self.client, self.record.snapshot(self._forms_record())  # keeps edits not yet committed
        case_id = self._case_shown_id()
        after = copy.deepcopy(typed)
        key = new_record_id("c", [c.id for c in after.cases] + list(self._keys_used()))
        after.cases.append(_case_as_added(key))
        if after.id is None:
            self._add(after)
        else:
            try:
                self.commit(after, "Add case")
            except ChangedElsewhere as refused:
                # What was typed before the click goes back over their record, as a save's typing
                # does (A64-04: it was dropped); the empty case is theirs to add again, on it.
                raise self._typing_over_theirs(typed_on, typed, refused, TAB_RECORD,
                                               "The case was not added: choose Add case again.", case_id) from refused
        self._show(self.client, case_index=len(self.client.cases) - 1)
        self._ready_as_added()
        self.record.case_form.case_number.setFocus()

    def _ready_as_added(self) -> None:
        """The case shown, as "Add case" makes it (a convicted case, no count yet), shown so:
        a blank conviction row put ready, and the case taken out again if left untouched."""
        self.record.case_form.convictions.add_button.click()
        self.record.case_form.as_added = True  # its blank row is no typing of the user's (W25-06)
        self.record.case_form.validate()
        # Everything typed before is stored above; the conviction row put ready is no typing of
        # the user's.  Counted as an edit, leaving the case untouched asked about "changes that
        # cannot be saved" (W23-13).  Anything typed from here on is an edit again, and asked
        # about while the row's problems stop a save.
        self._edited = False
        self._update_save_state()  # its blank row no "Cannot save" of the user's
        shown = self.record.shown_case
        if self.client is not None and self.client.id is not None and 0 <= shown < len(self.client.cases):
            self._untouched_cases.append((self.client.id, copy.deepcopy(self.client.cases[shown])))

    def drop_untouched_case(self) -> bool:
        """Leaving the client (after ready_to_leave, so what was typed is saved): a case "Add
        case" made that is still as it was stored, nothing typed or chosen in it, is taken out
        again as its own undo step; True when one was.  Kept, it stayed stored as an empty
        case, and the client's other cases' answers stayed needs_review, since an undated
        conviction "may still be running" (W24-02).  The case itself is compared: typing in the
        person form or another case after "Add case" had kept it (W25-05)."""
        added, self._untouched_cases = self._untouched_cases, []
        if self.client is None or self.client.id is None:
            return False
        cases = [case for client_id, case in added if self.current_id(client_id) == self.client.id]
        try:
            return self._take_out_as_added(cases)
        except ChangedElsewhere:
            # Another desk saved the client since (N64-02): the removal, no change the user
            # made, was said as theirs to make again, the client not left, and left again the
            # empty case stayed.  The forms show their record now (`_saved`): taken out of it,
            # where it is still as added (one they typed in is theirs, and stays).
            return self._take_out_as_added(cases)

    def _take_out_as_added(self, added: list[Case]) -> bool:
        """Take out of the client's record the cases of `added` it has still as added; True when one was."""
        assert self.client is not None
        ids = {case.id for case in added if case in self.client.cases}
        if not ids:
            return False
        after = copy.deepcopy(self.client)
        after.cases = [case for case in after.cases if case.id not in ids]
        self.commit(after, "Remove the empty case" if len(ids) == 1 else "Remove the empty cases")
        return True

    def remove_case(self) -> None:
        if self.client is None or self.client.id is None:
            return
        index = self.record.selected_case()
        if not 0 <= index < len(self.client.cases):
            return
        # Removing shows the record again: typing that cannot be saved yet (a date being
        # fixed, and what was typed after it) is asked about first, as an undo does (W21-16:
        # it was put back to the stored record without a word).
        if not self.may_reload("remove the case"):
            return
        typed_on = self.client
        after = self.record.snapshot(self._forms_record()) if not self.problems() else copy.deepcopy(self.client)
        removed_id = after.cases[index].id
        # Typing pending elsewhere (a name, another field of the client) is saved first, as its
        # own step, as leaving the field saves it: stored with the removal, Ctrl+Z took it back
        # with the case (R71).  Typing in the case removed goes with it, as before.
        typing = copy.deepcopy(after)
        stored_case = next((case for case in self.client.cases if case.id == removed_id), None)
        if stored_case is not None:
            typing.cases[index] = copy.deepcopy(stored_case)
        if self._changed(typing) is not None:
            try:
                saved = self.commit(typing, "Edit record")
            except ChangedElsewhere as refused:
                del after.cases[index]  # the typing and the removal go back over their record, as below
                raise self._typing_over_theirs(typed_on, after, refused, TAB_RECORD) from refused
            if saved is None:
                return  # a save under way (the "busy, retry?" question): the removal is the user's to ask again
            announce(self, f"Saved: {saved}.")
            typed_on = self.client
            after = copy.deepcopy(self.client)
            index = next((i for i, case in enumerate(after.cases) if case.id == removed_id), -1)
            if index < 0:
                return
        # Named before it goes, as the list named it: one of two cases of one number by what its
        # record holds, "Remove case 24CR042" said of either (R411-02; K408).
        named = titles_day_first(after.cases)[index]
        after.cases.pop(index)
        # The keyboard's field, to find it again: in the last case it goes with the form (U71-02).
        focus = QApplication.focusWidget()
        in_record = focus is not None and self.record.isAncestorOf(focus)
        try:
            # Named as the list and History name it: "c2 (arrested 2026-10-02, HS 11350, Los Angeles
            # County)", not "c2" in Edit > Undo and "without a number" in the status bar (K341-02).
            saved = self.commit(after, f"Remove case {named}")
        except ChangedElsewhere as refused:
            # The typing and the removal go back over their record, not saved, as a save's typing
            # does (A64-04: the typing was dropped); a case they changed since stays, and is said.
            raise self._typing_over_theirs(typed_on, after, refused, TAB_RECORD) from refused
        if saved is not None:
            # Said, in the status bar and aloud: one key (Alt+M, A70-01) removes a case without a
            # question, the keyboard stays where it was, and only the case list showed it gone.
            said = f"Removed case {named}. Edit > Undo (Ctrl+Z) puts it back."
            announce(self, said)
            self.said.emit(said)
            # The last case removed, its form is hidden and its field had the keyboard: it went
            # nowhere, and Tab and a screen reader started from nothing (Z73-01).  Add case is
            # the step the words in the form's place name.
            now = QApplication.focusWidget()
            if in_record and (now is None or not now.isVisible()) and self.record.add_case.isVisible():
                self.record.add_case.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- review and handout ----------------------------------------------------------

    def _record_review(self, determinations, note: str, reviewer: str) -> None:
        """Mark the results reviewed, as an undo step (U33-01): Ctrl+Z takes back a review
        marked on the wrong line, as it takes back every other change."""
        from ui.crash import retry_while_busy

        assert self.client is not None and self.client.id is not None
        client_id = self.client.id
        # Kept with the facts and the answer the attorney saw: it counts while they hold (A29-01).
        # Several results selected are one write, with one note (A29-02).
        reviewed = [(d.case, d.conviction, d.remedy, answer_key(d)) for d in determinations]
        facts = self.eligibility.facts
        again = len(self.eligibility.reviewed_before(determinations))  # before this one is kept

        def keep(at):
            number = self.current_id(client_id)
            ids = self.repo.record_reviews(number, reviewed, note, facts_hash=facts, reviewer=reviewer, at=at)  # the name typed (A29-03)
            kept = at if at is not None else next(rv.at for rv in self.repo.reviews(number) if rv.id == ids[0])
            self._reviews_changed(number)
            return kept

        def withdraw(at):
            number = self.current_id(client_id)
            self.repo.withdraw_reviews(number, reviewed, note, facts_hash=facts, reviewer=reviewer, at=at)
            self._reviews_changed(number)

        # A second review is named one on Edit > Undo and Redo, and in "Undone: ...", as the
        # status line says it when marked: Redo read "Review of ..." of a second one (K346-03).
        # The client with the date of birth where another has the same name (K349-04).
        kind, named = "Second review" if again == len(determinations) else "Review", self._named(self.client)
        if len(determinations) == 1:
            d = determinations[0]
            text = f"{kind} of {remedy_statute(d.remedy)}, {self.eligibility.where(d)} ({named})"
        else:
            some = f", {again} of them a second review" if 0 < again < len(determinations) else ""
            text = f"{kind} of {len(determinations)} results{some} ({named})"
        retry_while_busy(self, lambda: push_done(self.undo_stack, ReviewCommand(keep, withdraw, text)))
        # A review names the case: it is no longer untouched.
        cases = {d.case for d in determinations}
        self._untouched_cases = [(client_id, case) for client_id, case in self._untouched_cases if case.id not in cases]
        # Said where it happened, as a handout saved is: the Reviewed column and the Attorney
        # review count change away from the focus, and nothing told a screen-reader user the
        # review was recorded, nor of how many results (X30-05).  Shown and said aloud by the
        # window, with what is left of the attorney's queue after the client's last (V109-04,
        # K111-02): said here too, a screen reader heard it twice, or the rest not at all.
        said = f"{count(len(determinations), 'result')} marked reviewed by {reviewer}"
        if again:
            # A second review of a result already reviewed is said to be one (H337's audit).
            said += (" again: a second review, the first stays" if again == len(determinations) else
                     f" ({again} of them again: a second review, the first stays)")
        said += ". Edit > Undo takes the review back."
        self.review_said.emit(said, not self.eligibility.rows_to_review())

    def _reviews_changed(self, client_id: int) -> None:
        """A review kept, or taken back by Undo: the Eligibility tab's Reviewed column and the
        history of the client shown, and the client's line (it may leave or join the
        attorney's queue), whichever client is on screen."""
        if self.client is not None and self.client.id == client_id:
            if self.client.cases:
                self._show_header_outcome()  # a denial reviewed moves on (H63-04)
            if self.tabs.currentIndex() == TAB_ELIGIBILITY:
                self._show_screening()
            else:
                self._stale_tabs.add(TAB_ELIGIBILITY)
            self._stale_tabs.add(TAB_HISTORY)
            self._refresh_tab(self.tabs.currentIndex())
            self.client_saved.emit(self.client, self.summary)
            return
        stored = self.repo.latest_screening(client_id)
        self.client_saved.emit(self.repo.get_client(client_id), stored.summary if stored is not None else None)

    def save_worksheet(self) -> Path | None:
        """Save the client's filing worksheet (the record as shown, screened for today) as a
        PDF where the user chooses; the file written, or None."""
        if self.client is None or self.client.id is None or self.screening is None:
            return None
        # As the handout: an edit still in its field is saved first (K20-06).
        if not self.ready_to_leave("save the worksheet of the record as it was last saved"):
            return None
        return save_client_worksheet(self, self.repo, self.client, self.screening, self.today)

    def print_handout(self) -> None:
        """The handout preview (the client's language, today): print it or save it as a PDF."""
        if self.client is None or self.client.id is None or self.screening is None:
            return
        # The handout speaks for the record as shown: an edit still in its field is saved
        # first, and typing that cannot be saved is asked about (keyboard check K20-06: Ctrl+P
        # right after typing printed the stored record without the edit).
        if not self.ready_to_leave("print the record as it was last saved"):
            return
        from ui.handout_dialog import handout_preview

        screening = self.screening
        if screening.as_of != self.today:
            # Opened before midnight: the handout speaks for today (GUI check G18-03).
            screening = screen_client(self.client, self.today).screening
        dialog = handout_preview(self.repo, self.client, screening, today=self.today, parent=self, clock=lambda: self.today,
                                 keep_language=lambda lang: self.keep_handout_language(self.client, lang))
        self.handout_dialog = dialog  # tests and screenshots reach the open dialog
        dialog.said.connect(self.said)
        dialog.exec()
        self.handout_dialog = None
        dialog.deleteLater()
