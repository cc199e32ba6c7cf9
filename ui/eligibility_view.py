"""The eligibility panel: every conviction x remedy, why, what next, and attorney review.

The "as of" date asks "what about next March?": the panel re-screens in memory for that
day (the engine is a pure function of the record and the date) and stores nothing; only
the workspace's screening for today is kept in the caseload.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_app.catalog import law_named
from clinic_app.court import denial_reviewed_on, petition_for, petition_said
from clinic_app.counties import court_of, court_practice_note, other_counties_named
from clinic_app.eligibility import remedy_title
from clinic_app.eligibility.common import is_already_granted
from clinic_app.eligibility.fact_questions import named_as_recorded, own_case_given, question
from clinic_app.eligibility.immigration import immigration_first
from clinic_app.eligibility.text_report import bars_said_once, fire_crew_questions, pending_note, registration_questions, relief_reaches
from clinic_app.handouts.compose import AUTOMATIC, NOT_THE_CONVICTING_COURT
from clinic_app.model import Case, Client, Consequence, Determination, Screening
from clinic_app.wording import count
from clinic_app.worksheet.compose import questions_to_ask
from clinic_app.typed_sections import federal_law_counts, federal_law_note, juvenile_court_counts, juvenile_court_note
from ui.column_widths import ColumnWidthsMenu
from ui.first_steps import ELIGIBILITY_ROWS
from ui.flow_layout import FlowLayout
from ui.forms import ABOUT_THE_RESULT_COLOURS, CAUTION_COLOURS, SPOKEN_KIND, AsOfDateEdit, MessageLabel, announce, combo_fitting, from_qdate, not_advice_banner, note_above, to_qdate
from ui.models.history_model import local_time
from ui.models.determination_model import (
    COL_CASE,
    COL_CONVICTION,
    COL_REMEDY,
    COL_REVIEWED,
    COL_STATUS,
    CONFIDENCE_TITLES,
    EARLIER_REVIEW,
    MODE_TITLES,
    DeterminationModel,
    RelevantDeterminations,
    key,
    status_text,
)
from ui.page_scroll import scrolled_body, under_above
from ui import screen_fit

# The reviewer's name last recorded on this computer (see ReviewDialog).
REVIEWER_SETTING = "review/reviewer"

BANNER = "Screening, not legal advice — an attorney must confirm every determination before the client relies on it."


# Where the law of the selected result's remedy is, one key away (Help > Remedies at a glance).
GUIDE_HINT = "F1: the selected result's remedy at a glance (who it is for, when it opens, what it does, with citations)"




def reviewed_notes(screening: Screening | None, reviews: Sequence, facts: str,
                   changed_since: Callable[..., list[str]] | None = None) -> dict[tuple, str]:
    """What the Reviewed column and the details say of each result of `screening`, screened
    from the facts hashed `facts`, given the client's `reviews` (oldest first): "who, when:
    note" of the newest review that counts for it; else the newest review of it, said to be
    of other facts (or of facts not recorded, a review kept before they were; or of another
    answer the rules gave then); nothing for a result never reviewed.  `changed_since`: the
    record's edits made after a review, in History's words, said after a review of other
    facts (E122-04: which facts, the attorney asked to look again had to find on History)."""
    from clinic_app.review import counts_for

    by_result: dict[tuple, list] = {}
    for review in reviews:
        by_result.setdefault((review.case, review.conviction, review.remedy), []).append(review)
    notes = {}
    for d in screening.results if screening else []:
        kept = by_result.get(key(d))
        if not kept:
            continue
        counting = [rv for rv in kept if counts_for(rv.facts_hash, rv.answer, facts, d)]
        review = (counting or kept)[-1]
        note = f"{review.reviewer}, {local_time(review.at, '%Y-%m-%d')}" + (f": {review.note}" if review.note else "")
        if not counting:
            if review.facts_hash is None:
                of = "facts not recorded"
            elif review.facts_hash != facts:
                of = "other facts"
                changed = changed_since(review) if changed_since is not None else []
                if changed:
                    note += f" (changed since: {'; '.join(changed)})"
            else:
                of = "another answer"
            note = f"{EARLIER_REVIEW}{of}: {note}"
        notes[key(d)] = note
    return notes


def details_html(d: Determination, reviewed: str | None, stays_true: Sequence[Consequence] = (), names: tuple[dict[str, str], dict[str, str], dict[str, str]] = ({}, {}, {}),
                 court: str | None = None, *, after_relief: bool = True, cases: Sequence[Case] = ()) -> str:
    """The selected determination in full: status, where the petition filed for it stands
    (`court`, court.petition_said), reasons with citations, next steps, missing facts, and
    what stays true of its conviction even after relief; "even after relief" left out where
    no relief reaches the conviction (`after_relief` False: text_report.relief_reaches).
    Another county's case of the client's `cases` is said with its county, as the filing
    worksheet says it (C149-02): "in case MSB21003456 (San Bernardino County)"."""
    e = html.escape
    own = next((c for c in cases if c.id == d.case), None)

    def courts(text: str) -> str:
        return other_counties_named(text, cases, own)
    parts = [f"<h3>{e(remedy_title(d.remedy))}: {e(status_text(d))}</h3>"]
    facts = []
    if d.mode:
        facts.append(f"Mode: {e(MODE_TITLES.get(d.mode, d.mode))}")
    facts.append(f"Confidence: {e(CONFIDENCE_TITLES.get(d.confidence, d.confidence))}")
    parts.append("<p>" + " · ".join(facts) + "</p>")
    if own is not None and d.remedy not in AUTOMATIC | NOT_THE_CONVICTING_COURT and d.status not in ("not_eligible", "not_applicable") \
            and (note := court_practice_note(own)):
        # The steps say "with the court that entered the conviction" and the table names the case
        # by its number: a Riverside case's petition read as a Los Angeles one's, nothing saying
        # the program knows Los Angeles practice only, as the filing worksheet says (L165-02).
        parts.append(f"<p><b>Court:</b> {e(court_of(own))}. {e(note)}</p>")
    if court:
        # Before the engine's steps ("File form CR-180 ..."), which a petition filed, heard or
        # ruled on has overtaken: a denial read "Eligible now ... File form CR-180" (D63-04).
        parts.append(f"<p><b>At the court:</b> {e(court)}</p>")
    if d.reasons:
        parts.append("<p><b>Why</b></p><ul>" + "".join(f"<li>{e(courts(r.text))} <i>({e(r.cite)})</i></li>" for r in d.reasons) + "</ul>")
    if d.next_steps:
        steps = (courts(named_as_recorded(s, names[0], names[1])) for s in d.next_steps)
        parts.append("<p><b>Next steps</b></p><ul>" + "".join(f"<li>{e(s)}</li>" for s in steps) + "</ul>")
    if d.missing_facts:
        cases, convictions, given = names
        own = own_case_given(given, d.case)  # a path without the case is this result's case
        parts.append("<p><b>Facts to find out</b></p><ul>" + "".join(_fact_item(s, cases, convictions, own) for s in d.missing_facts) + "</ul>")
    parts.append(f"<p><b>Attorney review:</b> {_review_said(d, reviewed)}</p>")
    if stays_true:
        items = "".join(f"<li><b>{e(_TOPIC_TITLES.get(c.topic, c.topic.replace('_', ' ').capitalize()))}:</b> {e(c.text)} <i>({e(c.cite)})</i></li>" for c in stays_true)
        # Over a conviction no relief reaches, "even after relief" spoke of relief the table had
        # just ruled out (X127: a PC 288(a) registrant's); headed plainly, as the report does (E40-04).
        heading = "What stays true of this conviction" + (" even after relief" if after_relief else "")
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    return "".join(parts)


def _review_said(d: Determination, reviewed: str | None) -> str:
    """What the details say of `d`'s attorney review, given its note (`reviewed_notes`)."""
    e = html.escape
    earlier = reviewed is not None and reviewed.startswith(EARLIER_REVIEW)
    if reviewed and not earlier:
        return e(reviewed)
    if is_already_granted(d):
        # Relief the court granted, recorded on its count, waits for no review (the attorney's
        # queue and F8 pass it by): "not reviewed yet", or "review it again" of a review kept
        # before the grant, asked for one nobody needs (K122).  One can still be marked.
        said = f"none {'for this answer' if earlier else 'recorded'}, and none is waiting: the court already granted this relief."
        return f"{said} <i>{e(reviewed)}</i>" if earlier else said
    if earlier:
        return f"not reviewed for this answer on these facts; review it again. <i>{e(reviewed)}</i>"
    return "not reviewed yet"


_TOPIC_TITLES = {
    "firearms": "Firearms",
    "jury": "Jury service",
    "peace_officer": "Peace officer",
    "dmv": "DMV",
    "registration": "Registration",
    "prior": "Prior conviction",
    "disclosure": "Disclosure",
    "immigration": "Immigration",
    "protective_order": "Protective order",
    "restitution": "Restitution",
    "vacated": "Vacated",
}


def _fact_item(path: str, cases: dict[str, str], convictions: dict[str, str], given: dict[str, str]) -> str:
    """The question to ask, which names the case and count it belongs to (the FORMAT.md
    path only when no question is known for it: paths are request notation, not what a
    paralegal records in the forms; readability finding R17-14); an amount the record gives
    is asked as a check of it (F26-06)."""
    return f"<li>{html.escape(question(path, cases, convictions, given))}</li>"


NOT_STORED_READ_ONLY = "Today's answers, not stored: this caseload is read-only."
# Mark reviewed...'s tip on a read-only file, in the words of the window's items it refuses there
# (ui.main_window: "A deletion cannot be saved in a read-only file: the client stays.").
REVIEW_CANNOT_BE_SAVED_SAID = "A review cannot be saved in a read-only file: nothing is marked reviewed."
# Not said in the title, as a read-only file is: the way on said here (K273-02).
NOT_STORED_DISK_FULL = "Today's answers, not stored: the disk is full. Free some space, then open the client again to store them."


def immigration_first_said(client: Client, screening: Screening | None) -> str:
    """"First: the client is not a US citizen, so immigration counsel comes before anything is
    filed." where the screening refers a conviction to immigration counsel (PC 1473.7), as the
    text report and the worksheet say it first; "" where it does not."""
    first = immigration_first(client.person, screening.results) if screening else None
    return f"First: {first}." if first else ""


def fire_crew_asked(client: Client, screening: Screening | None, later: str = "") -> str:
    """"Ask the client: ..." the text report's fire-crew question (PC 1203.4b), with where a yes
    is recorded (the Record tab, `later` saying when); "" where there is nothing to ask."""
    asks = fire_crew_questions(screening, client.cases, client.person) if screening else []
    if asks and not client.person.fire_camp:
        asks.append(f"To record a yes, tick \u201cServed in a fire camp\u201d on the Record tab{later} and save.")
    return f"Ask the client: {' '.join(asks)}" if asks else ""


def registration_asked(client: Client, screening: Screening | None) -> str:
    """"Ask the client: ..." the text report's question of a registrant whose record shows nothing
    that requires registration, with where to correct the box (X149-03); "" where none."""
    asks = registration_questions(client.cases, client.person) if screening else []
    if not asks:
        return ""
    return f"Ask the client: {' '.join(asks)} To correct it, untick \u201cRegistered under PC 290\u201d on the Record tab and save."


def ask_discard_note(parent: QWidget) -> bool:
    """Ask before a review note typed is lost; True to discard it.  Staying is the default
    (Enter, Escape): nothing is lost by a key pressed too fast."""
    from ui.forms import stay_or_discard

    return stay_or_discard(parent, "Review not recorded", "The review note you typed is not recorded.\n\n"
                           "Stay and mark the review, or discard the note.", "&Stay", "&Discard note")


class ReviewNotes(Protocol):
    """Where a review note typed and not yet recorded is kept (see EligibilityView.review_notes)."""

    def keep(self, what: str, note: str | None) -> None:
        """Keep `note`, typed for the results `what` names; None: drop it."""

    def kept(self, what: str, places: list[str]) -> tuple[datetime, str, str | None] | None:
        """When the note for the results `what` names was kept by a Clinic Desk gone since, the
        note, and None; or, where none was kept for them, one kept for the same counts and
        remedies (`places`, "Case X, count: remedy" each) when their results read otherwise,
        with the results it was typed for (K117-01)."""


class ReviewDialog(QDialog):
    """Mark determinations reviewed: the note is kept, with who and when, in the audit log.
    Several results selected are reviewed at once, with one note (A29-02: five needs-review
    results took five dialogs and five notes); each is named, as what is marked is signed.

    A review is taken back only by Edit > Undo, while Clinic Desk stays open (U33-01), and
    another desk may have built on it by then; so it is never recorded by a stray Enter, and
    never without a note (keyboard check K20-05: focus opened on the read-only Reviewer field,
    the typed note went nowhere, and Enter stored a review with an empty note).  The cursor starts in the note, and Enter there starts a new line.  "Mark
    reviewed" (Alt+M, Ctrl+Enter, or Tab then Enter) records the review once the note says
    something, and otherwise says that a note is needed; it stays enabled, because a
    disabled button lets Alt+M type an "m" into the note (keyboard check K20-03).

    Who reviewed is a field after the note (A29-03: it was the computer account's name, so on
    a shared event laptop every attorney's sign-off bore the same name).  It starts with the
    name last recorded on this computer (QSettings: it is about the computer, not the
    caseload), the account's name before any, and is kept with the review.
    """

    # Not "A review cannot be taken back" (U33-03): Edit > Undo takes it back now, and an
    # attorney told it could not would not think to press Ctrl+Z after marking the wrong line.
    HINT = "Enter starts a new line; Ctrl+Enter or Alt+M records the review (Edit > Undo takes it back)."
    NO_NOTE = "Write what was checked first: the note is kept with the review."

    def __init__(self, reviewer: str, what: str, parent: QWidget | None = None, count: int = 1):
        super().__init__(parent)
        self.setWindowTitle("Attorney review" if count == 1 else f"Attorney review of {count} results")
        form = QFormLayout(self)
        # The room across for what is reviewed, on a short screen less than it asks (S104-01).
        there = screen_fit.room(self)
        across = 760 if there is None else min(760, there.width() - sum(form.getContentsMargins()[0::2]))
        if count == 1:
            result = QLabel(what)
            result.setWordWrap(result.sizeHint().width() > across)  # one line where it has the room, as before
            form.addRow(result)
        else:
            # Every result named, scrolled where they are many; not a stop on the way to the note.
            # Yet reached by Alt+R (V100-01): with no focus at all, an attorney at the keys saw
            # twelve of fifteen results (Ctrl+A, Alt+D) and signed for three never shown, only a
            # mouse wheel scrolling the box.  Click focus keeps it out of the Tab chain.
            self.what = QPlainTextEdit(what)
            self.what.setReadOnly(True)
            self.what.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.what.setAccessibleName("Results to mark reviewed")
            self.what.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            metrics = self.what.fontMetrics()
            self.what.setMaximumHeight(metrics.lineSpacing() * min(12, what.count("\n") + 2) + 12)
            # Wide enough for the longest line (each names case, count, remedy and status), where
            # the screen has that room: at 200% with 12 pt text it asked 685 of 667 pixels, and the
            # lines scroll sideways there (S104-01).
            self.what.setMinimumWidth(min(across, max(metrics.horizontalAdvance(line) for line in what.splitlines()) + 40))
            listed = QLabel(f"These {count} &results, with one note:")
            listed.setBuddy(self.what)
            form.addRow(listed)
            form.addRow(self.what)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName("Review note")
        # What the review marks, heard where the focus starts (X30-07): the list of several is
        # no Tab stop, and a screen-reader user heard "Review note" and never which results the
        # review would mark.
        marks = "this result" if count == 1 else f"these {count} results"
        self.note.setAccessibleDescription(f"Marks {marks} reviewed: " + "; ".join(what.splitlines()))
        self.note.setPlaceholderText("What was checked, e.g. the docket and the probation end date")
        label = QLabel("&Note:")
        label.setBuddy(self.note)
        form.addRow(label, self.note)
        self.hint = MessageLabel()
        self.hint.setAccessibleName("About the review note")
        self.hint.say(self.HINT, "plain")
        form.addRow("", self.hint)
        # After the note in the form and in Tab order: the note is what is typed every time.
        self.reviewer = QLineEdit(str(QSettings().value(REVIEWER_SETTING, "") or "") or reviewer)
        self.reviewer.setAccessibleName("Reviewer")
        self.reviewer.setToolTip("Who reviewed: kept with the review. The name last recorded on this computer comes first.")
        reviewer_label = QLabel("Re&viewer:")
        reviewer_label.setBuddy(self.reviewer)
        form.addRow(reviewer_label, self.reviewer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.mark_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.mark_button.setText("&Mark reviewed")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.note.textChanged.connect(lambda: self.hint.say(self.HINT, "plain") if self.hint.is_error else None)
        self.reviewer.textChanged.connect(lambda: self.reviewer.setAccessibleDescription(""))
        self.note.setFocus()  # typing goes into the note from the start
        # Its own size, or less on a short screen: at 200% it opened 355 to 533 pixels high on a
        # laptop's 344, Mark reviewed below the screen's edge (S104-01).
        wanted = self.sizeHint()
        self.resize(screen_fit.on_screen(self, wanted.width(), wanted.height()))

    # At most this many results already reviewed are named over the note, the rest counted: the
    # line is a note above the note, not the list of results the dialog shows (K346-02).
    REVIEWED_NAMED = 3

    def say_reviewed_before(self, before: list[str], count: int) -> None:
        """Where results chosen are already reviewed (`before`, EligibilityPanel.reviewed_before),
        said over the note and to a screen reader: a supervising attorney is told who reviewed
        and when, and may still add theirs.  The button and title say the review is a second one
        only where every result chosen was reviewed: of eleven chosen, four reviewed, they said
        "Mark reviewed again" of seven first reviews (K346-02)."""
        if not before:
            return
        named = "; ".join(before[:self.REVIEWED_NAMED])
        if len(before) > self.REVIEWED_NAMED:
            named += f"; and {len(before) - self.REVIEWED_NAMED} more"
        if count == 1:
            said = f"Already reviewed: {before[0]}. Marking it again records a second review; the first stays."
        elif len(before) == count:
            said = (f"All {count} of these results are already reviewed ({named}). "
                    "Marking them again records a second review of each; the first stays.")
        else:
            said = (f"{len(before)} of these {count} results are already reviewed ({named}): "
                    "a second review of those, the first staying; a first review of the others.")
        self.before = MessageLabel()
        self.before.setAccessibleName("Already reviewed")
        self.before.say(said, "note")
        self.layout().insertRow(0, self.before)
        self.note.setAccessibleDescription(f"{said} {self.note.accessibleDescription()}")
        if len(before) == count:
            self.mark_button.setText("&Mark reviewed again")
            self.setWindowTitle(f"{self.windowTitle()}: a second review")
        wanted = self.sizeHint()
        self.resize(screen_fit.on_screen(self, wanted.width(), wanted.height()))

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def put_note_back(self, note: str, at: str, typed_for: str | None = None) -> None:
        """A note typed here when Clinic Desk stopped at `at`, before the review was recorded,
        in the note again to check and record (K114-02), the cursor at its end; `typed_for`, the
        results it was typed for where a screening since changed them (K117-01)."""
        self.note.setPlainText(note)
        self.note.moveCursor(self.note.textCursor().MoveOperation.End)
        changed = ("" if typed_for is None else
                   f" The result changed since: it was typed for “{'; '.join(typed_for.split(chr(10)))}”.")
        self.hint.say(f"This note was typed when Clinic Desk stopped at {at}, before the review was recorded (it was "
                      f"closed by force, or the computer lost power).{changed} Check it, then Ctrl+Enter records the review.", "note")

    def reviewer_name(self) -> str:
        return " ".join(self.reviewer.text().split())

    def accept(self) -> None:
        """Recorded only with a note and a reviewer's name, whichever key or button asked;
        the name is remembered on this computer for the next review."""
        if not self.note_text():
            self._refuse(self.NO_NOTE, self.note)
            return
        if not self.reviewer_name():
            why = "Write who reviewed: the name is kept with the review."
            self.reviewer.setAccessibleDescription(SPOKEN_KIND["error"] + why)  # before the focus comes
            self._refuse(why, self.reviewer)
            return
        QSettings().setValue(REVIEWER_SETTING, self.reviewer_name())
        super().accept()

    def _refuse(self, why: str, field: QWidget) -> None:
        """Not recorded: `why` shown in the hint and said aloud, and the focus to `field`, the
        one to fill in (X30-08: shown only, in red, a screen-reader user heard nothing, the
        focus staying in the note, and took the review for recorded).  The Reviewer field is
        also described by it (as the Checklist's refused date is, X30-06): the note keeps its
        description, the results it marks (X30-07)."""
        self.hint.say(why)
        announce(self.hint, why)
        field.setFocus()

    def reject(self) -> None:
        """Escape, Cancel and the close button: a note typed is asked about first (W23-06:
        one Escape dropped what the attorney had written about the docket, as it had the
        clinic's details, W22-05)."""
        if self.isVisible() and self.note_text() and not ask_discard_note(self):
            return
        super().reject()


class ShowingBox(QComboBox):
    """The "Showing:" drop-down: asking the width of its widest choice, a stored result's
    words whole where the row has room ("Out of date: ..." uncut, G18-13), and no narrower
    than "Screened now" where it has not: the row squeezes it between the two.

    Not Qt's AdjustToContents, which asked the same but, a moment after its choices were
    offered again (the Eligibility tab shown), resized the box itself to its widest choice
    over what its row gave it: in a window 1100 wide, 484 pixels where the row gave 369,
    painted over the "Show remedies that do not apply" tick beside it (S103-01)."""

    def __init__(self) -> None:
        super().__init__()
        # Any policy but AdjustToContents: that one alone resizes the box itself (Qt's own
        # timer, 20 ms after its choices change).  The sizes asked are this class's.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        for changed in (self.model().rowsInserted, self.model().rowsRemoved, self.model().modelReset):
            changed.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return combo_fitting(self, [self.itemText(i) for i in range(self.count())])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return combo_fitting(self, [self.itemText(0)] if self.count() else [])


QUESTIONS_LABEL = "&Questions to ask the client:"
QUESTIONS_SAID = "Enter: to where the answer is recorded, on the Record tab"
QUESTIONS_GONE = "The questions to ask the client."  # "Gone from above the results: ..."
# Where the questions stand, said with their number on arriving (K372-02); not again after "Now
# above the results:", which says it: "above the results" was heard twice there (R376).
QUESTIONS_WHERE = ", above the results"


class QuestionList(QListWidget):
    """The facts to find out before filing, as the filing worksheet asks them (K372), each whole
    (wrapped, never cut) and as many rows high as it has, up to four: the table stays in sight."""

    chosen = Signal(object)  # the Question chosen (Enter, or a double-click)
    ROWS_SHOWN = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Questions to ask the client")
        self.setAccessibleDescription(QUESTIONS_SAID)
        self.setToolTip(QUESTIONS_SAID)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def set_questions(self, questions: Sequence) -> None:
        self.clear()
        for q in questions:
            item = QListWidgetItem(q.asked)
            item.setData(Qt.ItemDataRole.UserRole, q)
            item.setToolTip(f"{q.asked}\n{QUESTIONS_SAID}")
            self.addItem(item)
        if self.count():
            # Where Enter starts, without the look of a question chosen before the list is reached.
            # Read again while it has the keyboard, shown chosen as on reaching it: no question looked
            # chosen, and which one Enter would open could not be seen (R390-01).
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.ClearAndSelect if self.hasFocus()
                               else QItemSelectionModel.SelectionFlag.NoUpdate)
        self.updateGeometry()

    def asked(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Reached (Alt+Q, Tab), the question Enter acts on shown chosen, as the table's row is:
        unchosen, Fusion marks it by a hairline 1.7:1 on white, and which question Enter would
        open could not be seen (A388-02)."""
        super().focusInEvent(event)
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Left, no question looks chosen, as before the list was reached (K372); Enter starts
        again where it was."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a tooltip or menu over it
            self.selectionModel().clearSelection()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        # Only while it has questions: hidden, the page lays out as it did before (K81-04's scroll).
        return self.count() > 0

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """As high as its first four questions wrapped at `width`, and no more than five lines (at
        12 pt in a window 1100 wide, four wrapped to eight; the rest scroll): worked out in the
        layout's own pass, so the page is not laid out again once the list has its width."""
        style = self.style()
        inner = width - 2 * self.frameWidth() - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        if self.count() > self.ROWS_SHOWN:
            inner -= style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        metrics = self.fontMetrics()
        rows = sum(metrics.boundingRect(QRect(0, 0, max(inner, 1), 1 << 20), Qt.TextFlag.TextWordWrap, self.item(i).text()).height()
                   for i in range(min(self.count(), self.ROWS_SHOWN)))
        return min(rows, metrics.lineSpacing() * 5) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.heightForWidth(self.width()))


class EligibilityPanel(QWidget):
    """Determinations of the selected client, an as-of picker, the banner and review."""

    as_of_changed = Signal(object)  # date
    question_chosen = Signal(object)  # a worksheet.compose.Question: to where it is recorded
    review_requested = Signal(object, str, str)  # [Determination, ...], note, reviewer

    def __init__(self, today: date | Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self._clock: Callable[[], date] = today if callable(today) else (lambda: today)
        self._shown_today = self._clock()  # the day the as-of picker was last set to as "today"
        self.client: Client | None = None
        self.screening: Screening | None = None
        # The notes above the results as a reader arriving at the tab was told them (A141-02),
        # each note's words ("" where not shown); None while the tab is not in front.  A note
        # changed in place is said against them once (`_say_notes_changed`, K148-02).
        self._notes_heard: tuple[str, ...] | None = None
        # Scrolled where the window is shorter than the page: its whole height was the least
        # the client window could be, past a 1366 x 768 laptop's screen at 200% (X74-01).
        # The banner over the scroll area, always in sight while the page shows, as it is on every
        # printed page: scrolled with the page, at 200% it went above the fold (X76-01).
        self.banner = not_advice_banner(BANNER, "Screening, not legal advice")
        layout = QVBoxLayout(scrolled_body(self, above=self.banner))
        under_above(layout)

        # Wrapped where the page is narrow: on one line that never wrapped, the client window
        # could not be narrower than 692 pixels, 847 once the rules version was said, past a
        # 1366 x 768 laptop's screen at 200% (683 wide for Qt; AA66-02).
        top = FlowLayout()
        top.setSpacing(layout.spacing())
        as_of_label = QLabel("&As of:")
        self.as_of = AsOfDateEdit(self._shown_today)
        self.as_of.setAccessibleName("Screen as of date")
        as_of_label.setBuddy(self.as_of)
        self.today_button = QPushButton("&Today")
        # "Today" alone, said by a screen reader beside the date, did not say what it does (H40-03).
        self.today_button.setAccessibleName("Screen as of today")
        self.today_button.setToolTip("Screen as of today: the As of date back to today")
        self.today_button.clicked.connect(lambda: self.as_of.setDate(to_qdate(self.today)))
        self.show_all = QCheckBox("Show remedies that do &not apply")
        self.rules = QLabel()
        # A stored result, shown as it was (issue 3, item 8): its own rules' words and day,
        # not a recomputation; "Screened now" is the live answer for the as-of date.
        showing_label = QLabel("Sho&wing:")  # Alt+S is Save (GUI check G18-15)
        self.showing = ShowingBox()
        self.showing.setAccessibleName("Results shown: screened now, or a stored result")
        self.showing.addItem("Screened now")
        showing_label.setBuddy(self.showing)
        self._stored: list = []
        self._reviewed: dict[tuple, str] = {}
        top.add_group(as_of_label, self.as_of, self.today_button)
        top.add_group(showing_label, self.showing)
        top.add_group(self.show_all)
        top.add_trailing(self.rules)
        layout.addLayout(top)
        self.stored_note = note_above(layout, "About the stored result shown", ABOUT_THE_RESULT_COLOURS)
        # As of kept showing a day it could not read ("2/29/2027", K293-02) over the answers of
        # the day before, which nothing else on the tab names: read as that day's (R301-01).
        self.as_of_note = note_above(layout, "About the As of day", ABOUT_THE_RESULT_COLOURS)
        self.as_of.refused_kept.connect(self._say_as_of_refused)
        # Today's answers a read-only caseload could not store as the client opened (R258-03): her
        # line in the list still said "Not screened" (or the older rules' answer), and her page
        # said nothing of why (K269-02).  Said where a stored result's day is.
        self.not_stored_note = note_above(layout, "About the answers shown", ABOUT_THE_RESULT_COLOURS)
        # The text report's first line for a client who is not (or not known to be) a citizen,
        # in sight above the table: here it was only in each dismissal's "What stays true",
        # under a table whose first rows said "Eligible now: Mandatory" (N114-01).
        self.immigration_note = note_above(layout, "Before anything is filed", CAUTION_COLOURS)
        # A pending case has no result but "does not apply", hidden until Show remedies that do
        # not apply is ticked: the tab said nothing of it, where the text report says what it
        # stops (J119-01).
        self.pending_note = note_above(layout, "Open cases", CAUTION_COLOURS)
        # A bar from another case (a probation running there) that holds back many results,
        # said once above them, as the text report, the worksheet and the handout say it first:
        # a twelve-case client's tab opened on rows "Blocked until 2027-03-19" under a header
        # "Eligible now", and why, and that ending one probation early frees ten results, was
        # only in each row's details (H130-01).  Named for what it tells: its words begin "Read
        # this first", and a reader said them twice under that name (R133-04).
        self.bar_note = note_above(layout, "Relief held back by another case", CAUTION_COLOURS)
        # A count under the juvenile court's own law ("WI 602") is screened as an offense not in
        # the catalog, its rows "Needs review", one step "if the conviction is under PC 602,
        # record that code": what it is, said once above them, in the Record tab's words (J140-03).
        self.juvenile_note = note_above(layout, "A juvenile court's record", CAUTION_COLOURS)
        # A United States Code count ("18 USC 1343") in a case left California's is screened as
        # a California offense not in the catalog, every remedy "Needs review": that it is federal
        # law, said once above them, as the Record tab says it while it is typed (K162-01).
        self.federal_note = note_above(layout, "Federal law in a California case", CAUTION_COLOURS)
        # What only the client can answer and the record has a box for: a prison term's fire-crew
        # service (PC 1203.4b), asked by the text report alone, its row "Does not apply" hidden
        # here, and intake having no place for it (Y141-02).
        self.ask_note = note_above(layout, "Ask the client", CAUTION_COLOURS)
        # The facts to find out before filing, the worksheet's, one list for the client (K372):
        # the attorney read every row's reasons to find what to ask, the client waiting.  Hidden
        # where there is nothing to ask, as the notes above are, and as the worksheet prints no
        # "Facts to find out" for a case with none: an empty list's line would take a row's room.
        self.questions_label = QLabel(QUESTIONS_LABEL)
        self.questions = QuestionList()
        self.questions_label.setBuddy(self.questions)
        self.questions.chosen.connect(self.question_chosen)
        for widget in (self.questions_label, self.questions):
            layout.addWidget(widget)
            widget.hide()  # until there is a question (`_show_questions`)

        self.model = DeterminationModel(self)
        self.proxy = RelevantDeterminations(self)
        self.proxy.setSourceModel(self.model)
        # Each result's row as shown (`_row_of`), made in one pass as it is first asked for and
        # dropped as the rows shown change: a reset, a filter or sort, rows come or gone, new data.
        # Found anew for each result, a 40-count case's rebuild walked the table 582 times over
        # (places: 97,647 mapToSource calls, ~0.7 s of every rebuild; P379-01).
        self._rows_by_key: dict[tuple, int] | None = None
        for changed in (self.proxy.modelAboutToBeReset, self.proxy.modelReset, self.proxy.layoutAboutToBeChanged,
                        self.proxy.layoutChanged, self.proxy.rowsAboutToBeInserted, self.proxy.rowsInserted,
                        self.proxy.rowsAboutToBeRemoved, self.proxy.rowsRemoved, self.proxy.rowsAboutToBeMoved,
                        self.proxy.rowsMoved, self.proxy.dataChanged):
            changed.connect(self._forget_rows)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Determinations")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several results may be marked reviewed at once (Shift/Ctrl+click, Shift+arrows).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REMEDY, QHeaderView.ResizeMode.Stretch)
        # A case numbered "unknown" is shown by its title (E83-02), some 60 letters: fitted to
        # it, the column pushed Status and Mode out of sight at 200%.  It is fitted up to a
        # third of the table, and never less than the number and the day; the rest on hover.
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.Interactive)
        # A review's note, a line long, fitted to it took the Remedy column's room: on a 1366 x
        # 768 laptop every remedy read "Dismissal after county jail or pri..." once one result
        # was reviewed (T103-01).  The note has the room the remedies' names leave whole.
        header.setSectionResizeMode(COL_REVIEWED, QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        # A column the user dragged (or fitted by the Menu key) keeps their width for as long as
        # the window is open, as a desktop program's table does: it went back to its fitted width
        # at the next load (a re-screen, another day, the window resized; E109-03).
        self._widths_by_hand: dict[int, int] = {}
        self._fitting = False
        header.sectionResized.connect(self._column_dragged)
        ColumnWidthsMenu(self.table, self.reset_columns)  # the keyboard's way to its width (K97-02)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Determination details")
        self.details.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([300, 260])
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        # Beside the button, always in sight: at the foot of the details it was scrolled away.
        self.guide_hint = QLabel(GUIDE_HINT)
        self.guide_hint.setWordWrap(True)  # no wider minimum for the page on a small screen
        # The room left of the button is the hint's: a line, where it wrapped to three in a
        # column a fifth of the page wide beside an empty stretch.
        bottom.addWidget(self.guide_hint, 1)
        # The refusal a review meets, said before the dialog (the client page's: a read-only file's,
        # in its words), or None: the note was typed whole, then the write refused (K346-01).
        self.review_refused: Callable[[], Exception | None] = lambda: None
        self.review_button = QPushButton("Mark reviewe&d...")
        self._offer_review()
        bottom.addWidget(self.review_button)
        layout.addLayout(bottom)

        self.as_of.day_changed.connect(self.as_of_changed)
        self.showing.currentIndexChanged.connect(self._choose_shown)
        self.show_all.toggled.connect(self.proxy.set_show_all)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.review_button.clicked.connect(self._review)
        self.reviewer = ""
        # Where a review note typed and not yet recorded is kept, and found again (K114-02): the
        # client page's (ui.client_view), in the caseload as the client's draft.  None: not kept.
        self.review_notes: ReviewNotes | None = None
        self.facts = ""  # the facts hash of the screening shown, which a review is kept with
        # The reviews that count, (answer key, day), as the caseload line reads them
        # (Repository.denial_reviews): a denial reviewed says so under "At the court" (D64-01).
        self.denial_reviews: list[tuple[str, date]] = []

    @property
    def today(self) -> date:
        return self._clock()

    def follow_today(self, reset: bool = False) -> None:
        """After midnight, an as-of left on "today" moves to the new day (a what-if date
        the paralegal picked stays, unless `reset`); store check S18-03."""
        now = self._clock()
        if now != self._shown_today or (reset and self.as_of_date() != now):
            if reset or self.as_of_date() == self._shown_today:
                self.as_of.set_day_quietly(now)
            self._shown_today = now

    def as_of_date(self) -> date:
        return from_qdate(self.as_of.date())

    def _say_as_of_refused(self, refused: str) -> None:
        if refused:
            self.as_of_note.setText(self.as_of.still_the_day_before(
                "The answers below", f"as of {self.as_of_date().isoformat()}", refused))
        self.as_of_note.setVisible(bool(refused) and self.shown_stored() is None)

    def set_stored(self, stored: Sequence, facts_hash: str, rules_version: str) -> None:
        """The client's stored results (newest first), offered beside the live screening;
        `facts_hash` and `rules_version` are today's, to say whether each is out of date."""
        self._stored = list(stored)
        self._now_key = (facts_hash, rules_version)
        self.showing.blockSignals(True)
        self.showing.clear()
        self.showing.addItem("Screened now")
        for s in self._stored:
            # What matters first, where a narrow window cuts the rest off.
            self.showing.addItem(f"{'' if self._current(s) else 'Out of date: '}stored result as of {s.as_of.isoformat()}, rules {s.rules_version}, saved {local_time(s.created_at, '%Y-%m-%d %H:%M')}")
        self.showing.setCurrentIndex(0)
        self.showing.blockSignals(False)
        self._shown_stored(None)

    def shown_stored(self):
        """The stored result on show, or None for the live screening."""
        index = self.showing.currentIndex()
        return self._stored[index - 1] if 0 < index <= len(self._stored) else None

    def _current(self, s) -> bool:
        return (s.facts_hash, s.rules_version) == self._now_key

    def _choose_shown(self, index: int) -> None:
        if index <= 0 or index > len(self._stored):
            self._shown_stored(None)
            self.as_of_changed.emit(self.as_of_date())  # the live screening again
            return
        stored = self._stored[index - 1]
        self._shown_stored(stored)
        if self.client is not None:
            self.show_screening(self.client, stored.screening, self._reviewed, stored.labels)

    def _shown_stored(self, stored) -> None:
        """The note above a stored result, and the as-of picker (which speaks for the live
        screening only) disabled while one is shown."""
        # The as-of speaks for the live screening, and a review is of today's result: neither
        # while a stored one is shown (GUI check G18-01: the review went to today's row).
        for widget in (self.as_of, self.today_button):
            widget.setEnabled(stored is None)
        self._say_as_of_refused(self.as_of.refused_now())  # hidden over a stored one, which has its day
        self._offer_review()
        if stored is None:
            self.stored_note.hide()
            return
        why = []
        if stored.rules_version != self._now_key[1]:
            why.append(f"the rules changed since (now {self._now_key[1]})")
        if stored.facts_hash != self._now_key[0]:
            why.append("the client's record changed since")
        if why:
            state = f"Out of date: {' and '.join(why)}; choose \"Screened now\" for today's answer."
        elif stored.as_of != self._clock():
            # Same facts and rules, another day: dates may have come since (GUI check G18-05).
            state = f"Same record and rules as today, but it speaks for {stored.as_of.isoformat()}: choose \"Screened now\" for today's answer."
        else:
            state = "Same record and rules as today."
        self.stored_note.setText(
            f"Stored result, shown as it was: as of {stored.as_of.isoformat()}, by rules {stored.rules_version}, "
            f"saved {local_time(stored.created_at, '%Y-%m-%d %H:%M')}. {state}"
        )
        self.stored_note.show()

    def show_screening(self, client: Client, screening: Screening | None, reviewed: dict[tuple, str], labels=None,
                       not_stored: str = "") -> None:
        """Show (or update in place) the determinations; keeps the selected row when it still
        exists for the same client, and shows the selected row.  `not_stored`: why today's answers
        shown were not stored ("" where they were, or are not today's).

        Another client starts at the top: the same request ids ("c1", "c1-1") name other
        cases there, and keeping the row showed its details beside a table scrolled elsewhere
        (readability finding R18 G1)."""
        same_client = self.client is not None and client.id is not None and self.client.id == client.id
        current = self.current() if same_client else None
        self.client, self.screening, self._reviewed = client, screening, reviewed
        self._fitting = True  # the table filled anew: its widths are the program's, not dragged
        try:
            self.model.set_screening(client, screening, reviewed, labels)
            self.model.set_denials(self._denials_to_review())
        finally:
            self._fitting = False
        self._fit_columns()
        self.rules.setText(f"Rules version {screening.rules_version}" if screening else "")
        self.not_stored_note.setText(not_stored)
        self.not_stored_note.setVisible(bool(not_stored))
        first = immigration_first_said(client, screening)
        self.immigration_note.setText(first)
        self.immigration_note.setVisible(bool(first))
        pending = [f"Case {self.model.case_names.get(case.id, case.id)}: {pending_note(case, client.cases)}"
                   for case in client.cases if case.outcome == "pending"] if screening else []
        self.pending_note.setText("\n".join(pending))
        self.pending_note.setVisible(bool(pending))
        bars = [other_counties_named(named_as_recorded(bar.in_sight(first=not at), self.model.case_names, self.model.conviction_names),
                                     client.cases)
                for at, bar in enumerate(bars_said_once(screening, client.cases))] if screening else []
        self.bar_note.setText("\n".join(bars))
        self.bar_note.setVisible(bool(bars))
        juvenile = [f"Case {self.model.case_names.get(case.id, case.id)}: {juvenile_court_note(law_named(conv.code, conv.section))}"
                    for case, conv in juvenile_court_counts(client.cases)] if screening else []
        self.juvenile_note.setText("\n".join(juvenile))
        self.juvenile_note.setVisible(bool(juvenile))
        federal = [f"Case {self.model.case_names.get(case.id, case.id)}: {federal_law_note(law_named(conv.code, conv.section))}"
                   for case, conv in federal_law_counts(client.cases)] if screening else []
        self.federal_note.setText("\n".join(federal))
        self.federal_note.setVisible(bool(federal))
        asked = " ".join(filter(None, (fire_crew_asked(client, screening), registration_asked(client, screening))))
        self.ask_note.setText(asked)
        self.ask_note.setVisible(bool(asked))
        self._show_questions(client, screening if self.shown_stored() is None else None)
        if same_client:
            self._say_notes_changed()
        if self.proxy.rowCount():
            if not same_client:
                self.table.clearSelection()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(self._row_of(current) if current else 0)
            self.table.scrollTo(self.table.selectionModel().currentIndex())
        self._show_details()

    def _show_questions(self, client: Client, screening: Screening | None) -> None:
        """The worksheet's facts to find out for the screening shown; none over a stored result
        (shown as it was, of a record since changed perhaps: its questions may be answered)."""
        self.questions.set_questions(questions_to_ask(client, screening) if screening is not None else [])
        for widget in (self.questions_label, self.questions):
            widget.setVisible(self.questions.count() > 0)

    def _fit_columns(self) -> None:
        """The Case and Reviewed columns as the program sizes them (the others fit their words),
        or as the user sized them."""
        self._fitting = True
        try:
            for column, width in self._widths_by_hand.items():  # first: the Reviewed column's room is after them
                self.table.setColumnWidth(column, width)
            if COL_CASE not in self._widths_by_hand:
                self._fit_case_column()
            # The Remedy column's words measured once, for the room left to Reviewed and for its own
            # least width: asked twice, each asked every row shown (P398-03).
            remedies = self._fit_reviewed_column() if COL_REVIEWED not in self._widths_by_hand else None
        finally:
            self._fitting = False
        self._fit_remedy_column(remedies)

    def reset_columns(self) -> None:
        """The columns as the program sizes them again, after a divider dragged or a column fitted."""
        self._widths_by_hand.clear()
        self._fit_columns()

    def _column_dragged(self, column: int, _old: int, new: int) -> None:
        # A column that sizes itself (to its words, or the room left) is not the user's.
        if not self._fitting and self.table.horizontalHeader().sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self._widths_by_hand[column] = new

    def _fit_reviewed_column(self) -> int:
        """The Reviewed column as wide as its longest note, in the room the other columns leave
        with every remedy's name whole; never narrower than its header.  A note cut is whole in
        its tooltip and in the status bar as the arrows come to it.  Returns the remedies' width."""
        table, header = self.table, self.table.horizontalHeader()
        least = header.sectionSizeHint(COL_REVIEWED)
        wanted = max(least, table.sizeHintForColumn(COL_REVIEWED))
        remedies = self._remedies_width()
        others = sum(header.sectionSize(column) for column in range(header.count()) if column not in (COL_REMEDY, COL_REVIEWED))
        room = table.viewport().width() - others - remedies
        table.setColumnWidth(COL_REVIEWED, max(least, min(wanted, room)))
        return remedies

    def _remedies_width(self) -> int:
        """The width of the longest remedy's name shown, or of the Remedy header if wider."""
        return max(self.table.horizontalHeader().sectionSizeHint(COL_REMEDY), self.table.sizeHintForColumn(COL_REMEDY))

    def _fit_remedy_column(self, words: int | None = None) -> None:
        """The Remedy column takes the room the others leave, as before, but never less than
        its header and a dozen letters' width of a remedy's name ("Dismissa…", "Automati…"),
        the columns after Status scrolled to: at 200% with 15 pt text it had 62 pixels, "Dis…",
        "Au…", its own header cut to "emed", where Mode and Reviewed had theirs whole; at 12
        pt 34 pixels, "…", until the window was widened and narrowed again (L125-03)."""
        table, header = self.table, self.table.horizontalHeader()
        if COL_REMEDY in self._widths_by_hand:
            return
        words = self._remedies_width() if words is None else words  # `words`: measured for this fit already
        least = min(words, max(header.sectionSizeHint(COL_REMEDY), table.fontMetrics().averageCharWidth() * 12))
        others = sum(header.sectionSize(column) for column in range(header.count()) if column != COL_REMEDY)
        self._fitting = True
        try:
            if table.viewport().width() - others >= least:
                self._remedy_resized(QHeaderView.ResizeMode.Stretch)
            else:
                self._remedy_resized(QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(COL_REMEDY, least)
        finally:
            self._fitting = False

    def _remedy_resized(self, mode: QHeaderView.ResizeMode) -> None:
        """The Remedy column sized by `mode`, set only where it is not already: set anew, it laid
        the header out again, every column fitting its words anew, twice a rebuild (P398-02)."""
        header = self.table.horizontalHeader()
        if header.sectionResizeMode(COL_REMEDY) != mode:
            header.setSectionResizeMode(COL_REMEDY, mode)

    def _fit_case_column(self) -> None:
        """The Case column as wide as its longest name, up to a third of the table, and at
        least as wide as "unknown (convicted 2015-03-02…" (the day that tells two cases apart)."""
        # The cell's margins and the "…" of a cut name come on top of the words.
        least = self.table.fontMetrics().horizontalAdvance("unknown (convicted 2015-03-02\u2026") + 12
        most = max(least, self.table.viewport().width() // 3)
        wanted = max(self.table.sizeHintForColumn(COL_CASE), self.table.horizontalHeader().sectionSizeHint(COL_CASE))
        self.table.setColumnWidth(COL_CASE, min(wanted, most))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_remedy_column()  # the room the others leave it, known once the viewport has its width
        return super().eventFilter(watched, event)

    def _denials_to_review(self) -> dict[tuple, str]:
        """The results shown whose petition stands denied with no review of it since the
        ruling (as the caseload line and the header read `denial_reviews`), each with the
        line's words: the rows to mark reviewed (K66-02)."""
        if self.client is None or self.screening is None:
            return {}
        cases = {case.id: case for case in self.client.cases}
        denials = {}
        for d in self.screening.results:
            case = cases.get(d.case)
            petition = petition_for(case.petitions, d) if case is not None else None
            if petition is None or petition.ruling != "denied":
                continue
            if denial_reviewed_on(petition, d, self.denial_reviews, self.today) is None:
                on = f" {petition.ruling_on.isoformat()}" if petition.ruling_on else ""
                denials[key(d)] = f"Denied{on}: attorney to review"
        return denials

    def _forget_rows(self, *_args) -> None:
        self._rows_by_key = None

    def _row_of(self, wanted: Determination) -> int:
        """The first row shown of `wanted`'s count and remedy (0 where none is shown)."""
        if self._rows_by_key is None:
            rows: dict[tuple, int] = {}
            for row in range(self.proxy.rowCount()):
                rows.setdefault(key(self.model.determination(self.proxy.mapToSource(self.proxy.index(row, 0)).row())), row)
            self._rows_by_key = rows
        return self._rows_by_key.get(key(wanted), 0)

    def rows_to_review(self) -> list[int]:
        """The rows shown that the attorney's queue waits for (`awaits_review`), top to bottom."""
        return [row for row in range(self.proxy.rowCount())
                if self.model.awaits_review(self.model.determination(self.proxy.mapToSource(self.proxy.index(row, 0)).row()))]

    def choose_first_to_review(self) -> bool:
        """Choose the first row the attorney's queue waits for (`awaits_review`), as shown; False,
        the row chosen unchanged, where there is none."""
        rows = self.rows_to_review()
        if rows:
            self._choose_row(rows[0])
        return bool(rows)

    def choose_next_to_review(self, step: int = 1, *, here_too: bool = False) -> str:
        """Choose the next row the attorney's queue waits for below the current one (`step` 1),
        or above it (-1), from the first (or the last) again past the end; what was chosen, in
        words for the status bar and a screen reader ("" where none waits, the row unchanged).
        `here_too`: the current row itself, if it waits (the tab just come to, on its row).

        View > Next result to review (V102-01): six results to review among eleven rows took
        Ctrl+Down and Ctrl+Space from one to the next, the rows between passed by eye."""
        rows = self.rows_to_review()
        if not rows:
            return ""
        index = self.table.currentIndex()
        here = index.row() - (step if here_too else 0) if index.isValid() else (-1 if step > 0 else self.proxy.rowCount())
        further = [row for row in rows if row > here] if step > 0 else [row for row in reversed(rows) if row < here]
        row = further[0] if further else (rows[0] if step > 0 else rows[-1])
        self._choose_row(row)
        return self.place_in_queue_said("" if further else (", from the first again" if step > 0 else ", from the last again"))

    def place_in_queue_said(self, again: str = "") -> str:
        """The current row's place among the results to review, as F8 says it in the status bar:
        "Result to review 2 of 6: row 5 of 11, Case ..., remedy: answer." (the row awaits review), with
        the court's denial where that is what waits ("...: Eligible now; Denied <day>: attorney to
        review": the answer alone did not say why, H371-04)."""
        rows, row, d = self.rows_to_review(), self.table.currentIndex().row(), self.current()
        return (f"Result to review {rows.index(row) + 1} of {len(rows)}{again}: row {row + 1} of {self.proxy.rowCount()}, "
                f"{self.where(d)}, {remedy_title(d.remedy)}: {self._reviewed_for(d)}.")

    def _choose_row(self, row: int) -> None:
        """`row` alone chosen and current, in sight.  Not `selectRow`, which reads the keys held:
        Shift+F8 added the rows between to the selection, and Mark reviewed would mark them all."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.proxy.index(row, 0), flags)
        self.table.scrollTo(self.proxy.index(row, 0))

    def first_to_review_said(self) -> str:
        """The row `choose_first_to_review` chose, in words for a screen reader: which row of
        how many, its case, count, remedy and answer (A94-01: "Opened Alejandra Orozco. Needs
        review" and the cell "BA100001" were all it heard of the row the keyboard was on)."""
        d = self.current()
        if d is None:
            return ""
        row = self.table.currentIndex().row()
        return (f"On the Eligibility tab, the first result to review, row {row + 1} of {self.proxy.rowCount()}: "
                f"{self.where(d)}, {remedy_title(d.remedy)}: {self._reviewed_for(d)}.")

    def notes_said(self) -> str:
        """The notes shown above the results, in words, one after the other: today's answers not
        stored, then the cautions: immigration counsel first, the open cases, relief held back by
        another case's bar, a juvenile court's record, federal law in a California case, the
        question to ask the client, how many facts there are to find out.  "" where none is
        shown.  Not focusable, they are heard only where said (A141-02)."""
        return " ".join(note for note in self._notes_shown() if note)

    def _notes_shown(self) -> tuple[str, ...]:
        """Each note's words (not a stored result's, said as it is chosen), in the order they stand,
        "" where it is not shown."""
        notes = (self.not_stored_note, self.immigration_note, self.pending_note, self.bar_note, self.juvenile_note, self.federal_note, self.ask_note)
        # The questions to ask, by their number and the key to them (K372-02): the keyboard starts
        # on the results, under the list, and a screen reader heard nothing of it there.
        asked = f"{count(self.questions.count(), 'question')} to ask the client{QUESTIONS_WHERE} (Alt+Q)." \
            if self.questions.isVisibleTo(self) else ""
        return (*(" ".join(note.text().split()) if note.isVisibleTo(self) else "" for note in notes), asked)

    def notes_arrived_at(self) -> None:
        """The tab brought to the front, its notes as they are now: what a note changed in place
        is said against.  (Said, or not, by the window as it is arrived at: A141-02.)"""
        self._notes_heard = self._notes_shown()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The tab left: arriving again is the window's to say.  Not the window minimized (a hide
        # the window system sends): brought back, the tab had not been left, and its notes
        # changed after went unheard until another tab was visited (R150-03).
        if not event.spontaneous():
            self._notes_heard = None
        super().hideEvent(event)

    def _say_notes_changed(self) -> None:
        """A note above the results come, changed or gone while the tab is in front, said once:
        "As of" moved past a running probation's end took "Read this first: ..." from the screen,
        and back brought it again, unheard (K148-02).  The notes come or changed in their words,
        of those gone their first sentence; a refresh that changes no note says nothing."""
        heard, shown = self._notes_heard, self._notes_shown()
        if heard is None or heard == shown:
            return
        self._notes_heard = shown
        # The questions' said where they are once, by "Now above the results:" (K396-01).
        come = [note.replace(QUESTIONS_WHERE, "", 1) if at == len(shown) - 1 else note
                for at, (note, was) in enumerate(zip(shown, heard)) if note and note != was]
        # The questions' (the last) by what they were: their number said where they are and the key
        # to them, which goes nowhere once they are gone (R376-03).
        gone = [QUESTIONS_GONE if at == len(shown) - 1 else was.split(". ")[0].rstrip(".") + "."
                for at, (note, was) in enumerate(zip(shown, heard)) if was and not note]
        said = ([f"Now above the results: {' '.join(come)}"] if come else []) + (
            [f"Gone from above the results: {' '.join(gone)}"] if gone else [])
        announce(self.table, " ".join(said))

    def say_current_cell(self) -> None:
        """Tell a screen reader the focus is on the current cell, as Qt does when the current
        row moves under the focus: given to the table with its row already chosen, Qt says
        the table has the focus and nothing of the row (A94-01)."""
        table = QAccessible.queryAccessibleInterface(self.table)
        cell = table.focusChild() if table is not None and self.table.hasFocus() else None
        if cell is None:
            return
        focus = QAccessibleEvent(self.table, QAccessible.Event.Focus)
        focus.setChild(table.indexOfChild(cell))
        QAccessible.updateAccessibility(focus)

    def current(self) -> Determination | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.determination(self.proxy.mapToSource(index).row())

    def status_of(self, conviction_label: str, remedy: str) -> str | None:
        """The status text shown for a conviction's remedy (what a reader of the table sees)."""
        for row in range(self.proxy.rowCount()):
            d = self.model.determination(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if self.proxy.index(row, COL_CONVICTION).data() == conviction_label and d.remedy == remedy:
                return self.proxy.index(row, COL_STATUS).data()
        return None

    def _offer_review(self) -> None:
        """Mark reviewed... pressable only for a result screened now and chosen in the table;
        greyed, its tip says why, as Save's does ("Everything is saved"): its Alt+D showed and
        said what the button does, not why nothing happened (A104-03, Q108-02).  On a read-only
        file, pressable, refused when pressed (K346-01), its tip says so first, as the window's
        items the file refuses do (K349-02: it read as on any file)."""
        if self.shown_stored() is not None:
            why = 'Cannot mark reviewed: a stored result is shown, and a review is of the result screened now; choose "Screened now"'
        elif self.current() is None:
            why = "Cannot mark reviewed: no result is chosen; choose one in the table"
        else:
            why = None
        self.review_button.setEnabled(why is None)
        if why is None and self.review_refused() is not None:
            why = REVIEW_CANNOT_BE_SAVED_SAID
        self.review_button.setToolTip(why or "Record that an attorney reviewed the selected determinations (select "
                                      "several with Shift or Ctrl: one note for all; F8 goes to the next result to review)")

    def _show_details(self, *_args) -> None:
        d = self.current()
        self._offer_review()
        if d is None:
            # An empty table is an answer too (GUI check G18-16): say it, and where the why is.
            empty = self.proxy.rowCount() == 0 and self.screening is not None
            if empty and not self.screening.results:
                # Nothing was screened at all: a client with no case yet.  The tick showed an
                # empty table too, and "no remedy fits" read as an answer about the client (F58-03).
                # What shows here as Help > First steps says it: a whole case's rows too (K241-01).
                self.details.setHtml("<p>Nothing is screened yet: no case is entered for this client. "
                                     f"Add their cases on the Record tab, and {ELIGIBILITY_ROWS}, show here.</p>")
                return
            self.details.setHtml(
                "<p>No remedy fits this record as of this date. Tick \u201cShow remedies that do not apply\u201d to see why each does not.</p>"
                if empty else "<p>Select a determination to see why.</p>"
            )
            return
        # Consequences are per conviction; a case-level row (early termination, arrest
        # sealing) has none of its own.
        stays = [c for c in self.screening.consequences if c.case == d.case and c.conviction == d.conviction] if self.screening and d.conviction else []
        names = (self.model.case_names, self.model.conviction_names, self.model.given_facts)
        case = next((c for c in self.client.cases if c.id == d.case), None) if self.client is not None else None
        # The day the results above it speak for (the As of date, or a stored screening's), as
        # the filing worksheet reads it for its own: on today, a hearing before a later As of
        # was "not yet held", and an earlier stored screening was told of a review made after it (V64).
        as_of = self.screening.as_of if self.screening is not None else self.as_of_date()
        court = (petition_said(case.petitions, d, as_of, self.denial_reviews, arrest=not case.convictions)
                 if case is not None else None)
        # The conviction's own rows and its case's, as the report heads them (E40-04).
        rows = [r for r in self.screening.results if r.case == d.case and r.conviction in (d.conviction, None)] if stays else []
        self.details.setHtml(details_html(d, self.model.reviewed_note(d), stays, names, court, after_relief=relief_reaches(rows),
                                          cases=self.client.cases if self.client is not None else ()))

    def selected(self) -> list[Determination]:
        """The determinations of the selected rows, in the table's order (the current one when
        no row is selected)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows:
            current = self.current()
            return [current] if current is not None else []
        return [self.model.determination(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in rows]

    def where(self, d: Determination) -> str:
        """Which count and remedy: one remedy has a row per conviction (W21-13: the review dialog
        named only the remedy and its status; the Edit menu's Undo names it too, U33-01), in the
        words of its own row's Case and Conviction cells, shown or not.  A result the table hides
        ("Does not apply", the tick off) was named by the first row shown: a review note kept for
        it was dropped unseen as a result the client no longer has (`places`, K384-01)."""
        case_label, count = self.model.row_names(d)
        return f"Case {case_label}, {count}" if d.conviction else f"Case {case_label} (whole case)"

    def places(self) -> set[str]:
        """Each count and remedy of the results, "Case X, count: remedy", those the table hides
        too, as a review note is kept for them whatever their status
        (ui.client_view._same_places)."""
        return {f"{self.where(d)}: {remedy_title(d.remedy)}"
                for d in (self.model.determination(row) for row in range(self.model.rowCount()))}

    def _reviewed_for(self, d: Determination) -> str:
        """What the review dialog says of `d`: its status, and the court's denial waiting for the
        attorney, as the Reviewed column says it.  The attorney reviewing a denial signed a
        dialog naming the result only as "Eligible now" (H371-03); F8 and the row a client opens
        on from Review needed said it so too (H371-04)."""
        denial = self.model.denial_of(d)
        return f"{status_text(d)}; {denial}" if denial else status_text(d)

    def _review(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        refused = self.review_refused()
        if refused is not None:
            raise refused  # nothing asked, nothing typed (K346-01)
        if len(chosen) == 1:
            what = f"{self.where(chosen[0])}\n{remedy_title(chosen[0].remedy)}: {self._reviewed_for(chosen[0])}"
        else:
            what = "\n".join(f"{self.where(d)}: {remedy_title(d.remedy)}: {self._reviewed_for(d)}" for d in chosen)
        dialog = ReviewDialog(self.reviewer, what, self, count=len(chosen))
        dialog.say_reviewed_before(self.reviewed_before(chosen), len(chosen))
        notes = self.review_notes
        if notes is not None:
            self._keep_note_typed(dialog, what, [f"{self.where(d)}: {remedy_title(d.remedy)}" for d in chosen], notes)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if notes is not None:
            notes.keep(what, None)  # recorded, or discarded (Cancel asks first)
        if accepted:
            self.review_requested.emit(chosen, dialog.note_text(), dialog.reviewer_name())

    def reviewed_before(self, chosen: Sequence[Determination]) -> list[str]:
        """Of `chosen`, each already reviewed by a review that counts for it now, as "where:
        who, when: note" (H337's audit: Alt+D on one recorded a second review, saying nothing)."""
        notes = ((d, self.model.reviewed_note(d)) for d in chosen)
        return [f"{self.where(d)}: {remedy_title(d.remedy)}: {note}" if len(chosen) > 1 else note
                for d, note in notes if note and not note.startswith(EARLIER_REVIEW)]

    @staticmethod
    def _keep_note_typed(dialog: ReviewDialog, what: str, places: list[str], notes: ReviewNotes) -> None:
        """The note typed in `dialog` kept a moment after each key, as the Record tab's typing
        is (D28-02), and the note kept for the same results by a Clinic Desk that stopped
        before recording it put back first: an attorney's paragraph on the docket was lost
        whole when the battery died as they wrote it (K114-02)."""
        from ui.client_view import DRAFT_AFTER_MS  # read when asked: tests shorten it

        kept = notes.kept(what, places)
        if kept is not None:
            dialog.put_note_back(kept[1], local_time(kept[0], "%Y-%m-%d %H:%M"), kept[2])
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.setInterval(DRAFT_AFTER_MS)
        timer.timeout.connect(lambda: notes.keep(what, dialog.note_text() or None))
        dialog.note.textChanged.connect(timer.start)
        dialog.finished.connect(timer.stop)
