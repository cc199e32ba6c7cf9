"""One case of the client's record: the case, its convictions, sentence, probation,
custody and supervision, conditions and money, validated as you type."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from clinic_app.case_titles import PROGRAM_TITLES
from clinic_app.level_on_the_day import level_of_the_sentence
from clinic_app import years_alone
from clinic_app.model import Case, Client, Conviction, CountRemoved, Custody, Money, Probation, Program, ReliefGranted, Sentence, new_record_id, probation_kind_for
from clinic_app.probation_term import term_read, term_typed
from clinic_app.screening_format import jurisdiction_written
from ui.case_rows import (ARREST_LEVEL_CHOICES, ArrestOffenseRow, ConditionRow, ConvictionRow, PetitionRow, RowList, ViolationRow,
                           after_today, california_court_typed, jurisdiction_typed, outside_california, state_or_court_box)
from ui.forms import FINES_ORDERED_TIP, SENTENCE_TIP, AmountField, Committer, DateField, MessageLabel, ShorterTitleBox, add_row, announce, combo, has_typing, set_combo, text_as_recorded, tristate
from ui.page_scroll import scroll_area_of

# A widget the Tab key stops at (Qt.FocusPolicy.TabFocus's bit), as a plain number: asked of
# every widget of the window each time a case is shown (_tab_in_box_order).
_TAB_FOCUS = Qt.FocusPolicy.TabFocus.value

OUTCOME_CHOICES = [("Convicted", "convicted"), ("Dismissed", "dismissed"), ("Acquitted", "acquitted"),
                   ("No charges filed", "no_charges_filed"), ("Diversion completed", "diversion_completed"),
                   ("Pending", "pending")]
SENTENCE_CHOICES = [("Probation", "probation"), ("No probation (fine or jail only)", "no_probation"),
                    ("County jail, PC 1170(h)", "county_jail_1170h"), ("State prison", "state_prison"),
                    ("No sentence (not convicted)", None)]
# One stored without a kind (intake of a count of unknown level) shows "Not known", for the
# paralegal to choose (X55); a probation added here starts as its counts' level says (A56-05).
PROBATION_KIND = [("Summary (misdemeanor)", "summary"), ("Formal (felony)", "formal"), ("Not known", None)]
PROBATION_STATUS = [("Work it out from the dates", None), ("Active", "active"), ("Completed", "completed"),
                    ("Revoked", "revoked")]
PROGRAM_CHOICES = [("None", None), *((title, kind) for kind, title in PROGRAM_TITLES.items())]
# "Unknown", as the other questions the record may not answer yet: said "None", it read as the
# answer "no supervision" beside "None (confirmed)", and a prison case left at it was asked
# "Was there supervision after release?" by the screening (E29-02).
SUPERVISION_CHOICES = [("Unknown", None), ("Mandatory supervision", "mandatory_supervision"), ("Parole", "parole"),
                       ("PRCS", "prcs"), ("None (confirmed)", "none")]


# Said by each count's Trafficking / IPV box and by Help > Keyboard shortcuts (X74-02).
TRAFFICKING_KEY = "Alt+X comes here from this count's fields; pressed again, it goes to the next count's box"


def _kept_note(what: str) -> QLabel:
    """Said at the top of a box shown only because it holds what the case's outcome has no
    place for: kept, not dropped unsaid, for the user to clear if it was a slip."""
    note = QLabel(f"Kept as recorded, though a case that did not end in a conviction has no {what}: "
                  "clear them if they were entered by mistake.")
    note.setWordWrap(True)
    note.hide()
    return note


def _group(title: str, shorter: str | None = None) -> tuple[QGroupBox, QFormLayout]:
    box = ShorterTitleBox(title, shorter) if shorter else QGroupBox(title)
    form = QFormLayout(box)
    # A label over its field where the row has no room for both side by side: at 200% (the
    # window 667 x 344) the form scrolled sideways, and scrolled, its labels were cut (S80-04).
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return box, form


# Said beside the "State or court:" box of a case typed there as a California court's (U110-04).
CALIFORNIA_COURT_SAID = "A California court: leave this blank for a California case"
# A case stored "Calif." before the box read it as California (R110-02): kept as stored, and so
# screened as another state's, until the user puts it right (R113-01).
CALIFORNIA_STORED_AS_TYPED = "Stored as typed, so screened as a court outside California: clear this box to make it a California case"
# The start of the note beside a paid sum over the sum ordered (E248-01), "$150" following.
PAID_OVER_ORDERED = "More than the $"
MONEY_KEYS = ("fines_ordered", "fines_paid", "restitution_ordered", "restitution_paid")


# Where the answer to a fact the screening asks of a case is recorded: the form's field, by the
# start of the fact's path within its case (fact_questions' paths, "sentence.probation.end"); the
# longest start wins (K372: a question chosen on the Eligibility tab takes the keyboard there).
_FIELD_OF_FACT = {
    "sentence": "sentence_type", "sentence.judgment_date": "judgment", "sentence.imposition_suspended": "imposition_suspended",
    "sentence.completed": "sentence_completed", "sentence.probation": "probation_start",
    "sentence.probation.kind": "probation_kind", "sentence.probation.end": "probation_end",
    "sentence.probation.status": "probation_status", "sentence.custody": "release", "sentence.custody.supervision": "supervision",
    "sentence.custody.supervision_end": "supervision_end", "money": "fines_ordered", "money.fines_paid": "fines_paid",
    "money.fines_condition_of_probation": "fines_condition", "convictions": "convictions", "arrest_date": "arrest_date",
    "arrest_level": "arrest_level", "arrest_offenses": "arrest_offenses", "program": "program_kind",
    "program.plea_entered": "plea_entered", "program.completed_on": "program_completed",
}
# The same for a fact of one count, on its row.
_COUNT_FIELD_OF_FACT = {"section": "offense", "conviction_date": "date", "level": "level", "offense_date": "offense_date",
                        "value_dollars": "value_dollars", "open_business_hours": "open_hours",
                        "cannabis_grams": "cannabis_grams", "cannabis_plants": "cannabis_plants"}


# The row of the case form holding a fact the record's check refuses (its path within the case):
# said beside it, not only in "Cannot save" (K386-02).
_ROW_OF_REFUSED = {"disposition_date": "disposition", "arrest_date": "arrest_date", "protective_order_until": "protective_order",
                   "program.completed_on": "program_completed", "sentence.judgment_date": "judgment",
                   "sentence.probation.start": "probation_start", "sentence.probation.end": "probation_end",
                   "sentence.probation.early_termination": "early_termination",
                   "sentence.custody.release_date": "release", "sentence.custody.supervision_end": "supervision_end",
                   **{f"money.{key}": key for key in MONEY_KEYS}}


def _field_named(fields: dict[str, str], path: str) -> str | None:
    starts = [start for start in fields if path == start or path.startswith(start + ".")]
    return fields[max(starts, key=len)] if starts else None


class CaseForm(Committer):
    """Edits one `Case`; `value()` gives the edited copy, `validate()` the problems."""

    row_removed = Signal(str)  # a count, condition, ... taken out by its Remove, in words (H405-01)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.case: Case | None = None
        # The keys the client's reviews and stored results name, which a new conviction must
        # not take (set by the client view, which has the caseload).
        self.keys_used: Callable[[], Iterable[str]] = lambda: ()
        # Today, by the window's clock (set by the client view): completed dates after it are refused.
        self.today: Callable[[], date] = date.today
        # The remedies the client's screening weighs for a case, by its key (set by the client
        # view, which has the screening): what a petition filed is chosen from.
        self.remedies_screened: Callable[[str], list[str]] = lambda _case: []
        # The counts of a case the screening weighs a remedy for (case, remedy): those a new
        # petition's picker ticks at first (Y55-03; set by the client view).
        self.counts_screened: Callable[[str, str], list[str]] = lambda _case, _remedy: []
        # The citations of the counts a case had in its history, by key (the workspace's audit log).
        self.counts_had: Callable[[str], dict[str, CountRemoved]] = lambda _case: {}
        # The case "Add case" has just made (stored with no conviction), nothing typed or
        # chosen in it since: its blank conviction row is no change (set by the client view).
        self.as_added = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        box, form = _group("Case")
        self.case_number = QLineEdit(placeholderText="e.g. BA123456")
        self.county = QLineEdit()
        # The state or court of a case not heard in California (FORMAT.md's `jurisdiction`): a
        # Nevada case of a long record could be entered only by an import, and typed here with
        # a blank County it was screened as a California one (L109-04).  Blank is California.
        self.jurisdiction = state_or_court_box()
        self.outcome = combo(OUTCOME_CHOICES)
        self.disposition = DateField()
        # Before the form's own `watch`: the count's date is in the save that leaving makes.
        self.disposition.editingFinished.connect(self._date_new_counts)
        self.arrest_date = DateField()
        self.rows = {
            # Alt+U, not M: Alt+M is "Remove case" (A70-01).  Outcome gave up its U: it is two
            # Tabs after the case number, and a case Add case makes is already "convicted".
            "case_number": add_row(form, "Case n&umber:", self.case_number),
            "county": add_row(form, "County:", self.county),
            # Heard as it reads: "if not California" is in its tooltip and placeholder (K409-03).
            "jurisdiction": add_row(form, "State or court:", self.jurisdiction),
            "outcome": add_row(form, "Outcome:", self.outcome, "Case outcome"),
            "disposition": add_row(form, "Disposition date:", self.disposition),
            "arrest_date": add_row(form, "Arrest date:", self.arrest_date),
        }
        self.protective_order = DateField()
        # Heard as it reads, what it is in its tooltip: "Criminal protective order in force until"
        # was a second name for the field, as "Early termination date (PC 1203.3)" was below (K409-03).
        self.protective_order.setToolTip("The day a criminal protective order made in this case is in force until")
        self.rows["protective_order"] = add_row(form, "Protective order until:", self.protective_order)
        layout.addWidget(box)

        # What the arrest was for: the limitation periods and arrest sealing turn on it when
        # the case did not end in a conviction.
        self.arrest_box, form = _group("Arrest (for a case without a conviction)")
        self.arrest_level = combo(ARREST_LEVEL_CHOICES)
        self.rows["arrest_level"] = add_row(form, "Arrest level:", self.arrest_level, "Arrest level")
        # Alt+W: "Add c&onviction" has O, and the box shows beside it when a convicted case
        # records what the arrest was for (K38-01: both were Alt+O, which only moved between them).
        self.arrest_offenses = RowList("Add &what the arrest was for", lambda a: ArrestOffenseRow(
            a, arrested=self._arrested, outside=lambda: outside_california(self.jurisdiction)))
        form.addRow("Arrested for:", self.arrest_offenses)
        layout.addWidget(self.arrest_box)

        box, form = _group("Diversion or deferred entry of judgment", "Diversion or DEJ")
        self.program_kind = combo(PROGRAM_CHOICES, {"Deferred entry of judgment (DEJ)": "Deferred entry (DEJ)"})
        self.plea_entered = tristate("Plea entered")
        self.program_completed = DateField()
        self.rows |= {
            "program_kind": add_row(form, "Program:", self.program_kind, "Diversion or DEJ program"),
            "plea_entered": add_row(form, "Plea entered:", self.plea_entered, "Plea entered for the program"),
            "program_completed": add_row(form, "Program completed:", self.program_completed),
        }
        layout.addWidget(box)

        self.convictions = RowList("Add c&onviction", self._conviction_row)
        self.convictions_box = QGroupBox("Convictions")
        QVBoxLayout(self.convictions_box).addWidget(self.convictions)
        layout.addWidget(self.convictions_box)

        self.sentence_box, form = _group("Sentence")
        box = self.sentence_box
        self.sentence_type = combo(SENTENCE_CHOICES)
        self.sentence_type.setToolTip(SENTENCE_TIP)  # heard too: Qt says a tooltip where no description is set
        self.judgment = DateField()
        self.imposition_suspended = tristate("Imposition of sentence suspended")
        self.sentence_completed = tristate("Sentence completed")
        self.rows |= {
            # Heard as it reads, as intake's "Sen&tence:" is: "Sentence type" was a second name (K393-04).
            "sentence_type": add_row(form, "Sen&tence:", self.sentence_type),
            "judgment": add_row(form, "Judgment date:", self.judgment),
            "imposition_suspended": add_row(form, "Imposition suspended:", self.imposition_suspended),
            "sentence_completed": add_row(form, "Sentence completed:", self.sentence_completed),
        }
        layout.addWidget(box)

        self.probation_box, form = _group("Probation")
        # Said when the box stays in view under another sentence only for what it holds (H49-03).
        self.probation_not_kept = MessageLabel()
        form.addRow(self.probation_not_kept)
        self.probation_kind = combo(PROBATION_KIND)
        self.probation_start = DateField()
        self.probation_end = DateField()
        # Said as intake's "Until:" says it (V132-03): with no tooltip, a volunteer whose printout
        # gave "3 years' summary probation" and no end day counted the day by head (J216-01).
        self.probation_end.setToolTip("The day probation ends or ended, or its term as the record prints it "
                                      "(“PROB 3 YRS”, “36 MOS”), counted from the probation start, else the "
                                      "judgment or conviction date")
        self.early_termination = DateField()
        self.early_termination.setToolTip("The day the court ended probation early (PC 1203.3 early termination)")
        self.probation_status = combo(PROBATION_STATUS)
        self.rows |= {
            "probation_kind": add_row(form, "Kind:", self.probation_kind, "Probation kind"),
            "probation_start": add_row(form, "Probation start:", self.probation_start, "Probation start"),
            "probation_end": add_row(form, "Probation end:", self.probation_end, "Probation end"),
            # "Kind", "Status": the box's word with them, as the eye has it; "Ended early on" says
            # itself, the statute in its tooltip (K409-03).
            "early_termination": add_row(form, "Ended early on:", self.early_termination),
            "probation_status": add_row(form, "Status:", self.probation_status, "Probation status"),
        }
        # "PROB 3 YRS" as the RAP sheet prints it, its end counted and written as the field is
        # left, before the leaving saves (`watch` below): "Not a date" had sent the paralegal
        # to count by head what intake counts (V132-03, S147-01).  The term typed, the day
        # written, what was said and the day counted from, while the field holds that day.
        self._term_written: tuple[str, str, str, tuple[str, date]] | None = None
        self.probation_end.editingFinished.connect(self._probation_term_as_its_end)
        self.probation_end.textEdited.connect(self._forget_term_written)
        # A day it counts from typed or put right after: counted again, saved by the same leaving.
        for counted_from in (self.probation_start, self.judgment, self.disposition):
            counted_from.editingFinished.connect(self._count_term_again)
        # Alt+A (A70-01): every other letter of its words is taken on this page; Aliases gave it up.
        self.violations = RowList("&Add violation", lambda v: ViolationRow(v, today=lambda: self.today(),
                                                                           ends=self._probation_ends))
        form.addRow("Violations:", self.violations)
        layout.addWidget(self.probation_box)

        self.custody_box, form = _group("Custody and supervision")
        self.custody_not_kept = MessageLabel()
        form.addRow(self.custody_not_kept)
        self.split = QCheckBox("Split sentence (part custody, part mandatory supervision)")
        self.release = DateField()
        self.supervision = combo(SUPERVISION_CHOICES)
        self.supervision_end = DateField()
        form.addRow("", self.split)
        self.rows |= {
            # Intake's name for the day, its refusals' and the year told there ("release day 2012"):
            # "Released on:", heard "Release date", was a third and a fourth name (K393-01).
            "release": add_row(form, "Release day:", self.release),
            "supervision": add_row(form, "Supervision after:", self.supervision, "Supervision after release"),
            # "Supervision end", as it is heard here and at intake and as intake refuses it; beside
            # "Probation end:" above.  Labelled "Supervision ends:", its "Cannot save" line said a
            # third name (K393-04).
            "supervision_end": add_row(form, "Supervision end:", self.supervision_end),
        }
        layout.addWidget(self.custody_box)

        self.conditions = RowList("Add condit&ion", lambda c: ConditionRow(c, lambda: self.today()))
        self.conditions_box = ShorterTitleBox("Conditions (classes, programs, community service)", "Conditions")
        self.conditions_kept = _kept_note("conditions")
        box_layout = QVBoxLayout(self.conditions_box)
        box_layout.addWidget(self.conditions_kept)
        box_layout.addWidget(self.conditions)
        layout.addWidget(self.conditions_box)

        self.money_box, form = _group("Money")
        box = self.money_box
        self.money_kept = _kept_note("fines or restitution")
        form.addRow(self.money_kept)
        self.fines_ordered = AmountField()
        self.fines_ordered.setToolTip(FINES_ORDERED_TIP)
        self.fines_paid = AmountField()
        self.fines_condition = tristate("Fines are a condition of probation")
        self.restitution_ordered = AmountField()
        self.restitution_paid = AmountField()
        # Blank is not known, 0 is nothing paid: the Checklist asks about a blank (U52-01).
        self.fines_paid.paid_of, self.restitution_paid.paid_of = self.fines_ordered, self.restitution_ordered
        for paid in (self.fines_paid, self.restitution_paid):
            paid.setPlaceholderText("not known")
            paid.setToolTip("What has been paid so far: 0 if nothing was paid; blank if nobody has asked the client or the court yet")
        self.rows |= {
            "fines_ordered": add_row(form, "Fines ordered:", self.fines_ordered),
            "fines_paid": add_row(form, "Fines paid:", self.fines_paid),
            "fines_condition": add_row(form, "Fines a probation condition:", self.fines_condition),
            "restitution_ordered": add_row(form, "Restitution ordered:", self.restitution_ordered),
            "restitution_paid": add_row(form, "Restitution paid:", self.restitution_paid),
        }
        layout.addWidget(box)

        # The petitions filed with the court on this case (P53): the caseload line reads them.
        # Alt+P, taken from the client's Phone (L64-04): a petition filed was 83 Tabs from Name
        # on a client with six cases, and every other letter of its words is taken on the
        # Record page (Alt+F is File).  As Alt+P adds a payment on the Checklist.
        self.petitions = RowList("Add &petition filed", lambda p: PetitionRow(
            p, self._screened_remedies, lambda: self.today(), counts=self._case_counts, counts_screened=self._screened_counts,
            counts_before=self._counts_before, asked=self._remedies_asked))
        self.petitions.setAccessibleName("Petitions filed with the court on this case")
        self.convictions.changed.connect(self._counts_follow)
        self.petitions_box = QGroupBox("Petitions filed with the court")
        QVBoxLayout(self.petitions_box).addWidget(self.petitions)
        layout.addWidget(self.petitions_box)
        layout.addStretch(1)

        # Before `watch`, so the box shows what is stored when its leaving saves (U110-01).
        self.jurisdiction.editingFinished.connect(self._show_jurisdiction_as_stored)
        for widget in (self.case_number, self.county, self.jurisdiction, self.outcome, self.disposition, self.arrest_date,
                       self.protective_order, self.arrest_level, self.program_kind, self.plea_entered, self.program_completed,
                       self.sentence_type, self.judgment, self.imposition_suspended, self.sentence_completed,
                       self.probation_kind, self.probation_start, self.probation_end, self.early_termination,
                       self.probation_status, self.split, self.release, self.supervision, self.supervision_end,
                       self.fines_ordered, self.fines_paid, self.fines_condition, self.restitution_ordered,
                       self.restitution_paid):
            self.watch(widget)
        # The note that a paid sum is over the sum ordered, heard as either sum is left, after
        # the leaving's save (`watch`): shown as the keyboard goes on to the next field, it went
        # unheard, "Saved: ... restitution paid" alone (A257-01).  Each note once, as last heard.
        self._over_ordered_heard: dict[str, str] = {}
        for money in (self.fines_ordered, self.fines_paid, self.restitution_ordered, self.restitution_paid):
            money.editingFinished.connect(self._say_paid_over_ordered)
        for rows in (self.convictions, self.violations, self.conditions, self.arrest_offenses, self.petitions):
            rows.changed.connect(self._changed)
            rows.committed.connect(self.committed)
            rows.removed.connect(self.row_removed)
        self.sentence_type.currentIndexChanged.connect(self._show_sentence_parts)
        # A probation added takes its kind from the counts' level until chosen (A56-05).
        self._kind_by_level = False
        self.sentence_type.currentIndexChanged.connect(self._kind_follows_levels)
        self.convictions.changed.connect(self._kind_follows_levels)
        self.probation_kind.activated.connect(self._kind_chosen)
        # A term in state prison or in county jail under PC 1170(h) is a felony's alone (PC 17(a)):
        # a case's only count left at "Choose level" takes Felony once such a sentence is chosen
        # here, as at intake (Z80-01); a count typed after the sentence too (K81-03).
        self._sentence_chosen_here = False
        self.sentence_type.currentIndexChanged.connect(self._sentence_chosen)
        self.convictions.changed.connect(self._felony_by_sentence)
        self.outcome.currentIndexChanged.connect(self._show_arrest)
        # A violation after the probation's end is said beside it (H113-02), as the end is typed;
        # and heard once the end is left (`_say_violations_after_the_end`).
        self._end_typed = False
        self.probation_end.textChanged.connect(self._violations_against_the_end)
        self.probation_end.editingFinished.connect(self._say_violations_after_the_end)
        # What the arrest was for is said by the level on the arrest's day (R79-02).
        # and a level the catalog gave a section typed follows it (H113-01).
        self.arrest_date.textChanged.connect(lambda: [row.follow_the_day() for row in self.arrest_offenses.rows])
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        # After `_outcome_chosen`, which may have taken the unfilled sentence away.
        self.outcome.currentIndexChanged.connect(self._show_what_applies)
        self.sentence_type.currentIndexChanged.connect(self._show_what_applies)
        self.program_kind.currentIndexChanged.connect(self._show_program)
        self.program_kind.currentIndexChanged.connect(self._show_what_applies)
        self.changed.connect(self._typed_in)
        self.changed.connect(self.validated)
        # Alt+X, the box's "x", from anywhere in the case (X74-02): each count has its own
        # Trafficking / IPV box, and a letter underlined on every row would only move the
        # focus from one to the next, whichever row the keyboard was in (as K20-11's Remove
        # buttons); every letter of its words is taken on the Record page besides.
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_X), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                  activated=self.to_trafficking_box)

    def to_trafficking_box(self) -> None:
        """The keyboard to the Trafficking / IPV box of the count it is in; of the first count
        from the case's other fields; of the next count from a box.  It goes there, scrolled
        into sight, and ticks nothing: Space does, as in any box (U71-04's Alt+Q does the same
        for the client's boxes).  Nine Tabs from the count's offense, it was reached by none
        of the keys the page's letters give."""
        rows = [row for row in self.convictions.rows if row.trafficking.isVisibleTo(self)]
        if not rows:
            return
        focus = QApplication.focusWidget()
        at = next((i for i, row in enumerate(rows) if focus is not None and row.isAncestorOf(focus)), 0)
        if focus is rows[at].trafficking:
            at = (at + 1) % len(rows)
        box = rows[at].trafficking
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if (scroll := scroll_area_of(self)) is not None:
            scroll.ensureWidgetVisible(box, 8, 8)  # setFocus does not scroll, as Tab does

    def screening_changed(self) -> None:
        """The client's screening changed (a save re-screened them): each petition row offers
        the remedies it weighs now, its choice kept (A56-03)."""
        for row in self.petitions.rows:
            row.refresh_remedies()  # type: ignore[attr-defined]

    def _screened_remedies(self) -> list[str]:
        return self.remedies_screened(self.case.id) if self.case is not None else []

    def _case_counts(self) -> list[tuple[str, str]]:
        """The case's counts as the form holds them, (key, citation): what a petition may ask
        relief for.  Those stored, read when a petition's row was made, kept a count removed
        here a box, ticked, and a petition for the whole case came to name it (R56-02)."""
        if self.case is None:
            return []
        return [row.count_named() for row in self.kept_convictions()]

    def _remedies_asked(self) -> list[str]:
        """The remedies the petitions on the form ask for and the court has not refused or had
        withdrawn: what a new petition is not (D63-05)."""
        return [row.remedy.currentData() for row in self.petitions.rows  # type: ignore[attr-defined]
                if row.ruling.currentData() not in ("denied", "withdrawn")]  # type: ignore[attr-defined]

    def _granted_unrecorded(self, count: str, recorded: list[str]) -> ReliefGranted | None:
        """The relief a petition on the form, ruled granted, asks for `count` and the count does
        not hold yet (`recorded`, its relief rows' remedies): its remedy and the ruling's day
        (None where not typed, or not a date yet); None where there is none (D63-03)."""
        from clinic_app.eligibility.registry import BY_KEY

        for row in self.petitions.rows:
            remedy = row.remedy.currentData()  # type: ignore[attr-defined]
            if row.ruling.currentData() != "granted" or remedy in recorded:  # type: ignore[attr-defined]
                continue
            if remedy not in BY_KEY or BY_KEY[remedy].scope != "conviction":
                continue  # arrest sealing is the case's, recorded on no count
            asked = row.counts_asked()  # type: ignore[attr-defined]
            if asked and count not in asked:
                continue
            try:
                day = row.ruled.value()  # type: ignore[attr-defined]
            except ValueError:
                day = None
            return ReliefGranted(remedy, day)
        return None

    def _counts_follow(self) -> None:
        """A count added or removed on the form: each petition's boxes follow (R56-02)."""
        for row in self.petitions.rows:
            row.follow_counts()  # type: ignore[attr-defined]

    def _counts_before(self) -> dict[str, CountRemoved]:
        """The citations of the counts this case had, by key: as stored (a count removed on the
        form, not saved yet), else as its history last had them (C57-04)."""
        if self.case is None:
            return {}
        return {**self.counts_had(self.case.id),
                **{c.id: CountRemoved(c.id, c.section, c.code, c.level) for c in self.case.convictions if c.section}}

    def _screened_counts(self, remedy: str) -> list[str]:
        return self.counts_screened(self.case.id, remedy) if self.case is not None else []

    def _typed_in(self) -> None:
        self.as_added = False  # the case is the user's now

    def _conviction_row(self, conviction: Conviction | None) -> ConvictionRow:
        if conviction is None:
            taken = [row.conviction.id for row in self.convictions.rows]  # type: ignore[attr-defined]
            # A key a petition of the case names, its count since removed, is not given again:
            # the petition filed for that count had asked relief for the new one (R56-01).
            taken += [key for row in self.petitions.rows for key in row.keys_named()]  # type: ignore[attr-defined]
            case_id = self.case.id if self.case else "c"
            key = new_record_id(f"{case_id}-", taken + list(self.keys_used()))
            conviction = Conviction(id=key, section="", level=None,  # chosen, or the catalog's (V53-02)
                                    conviction_date=self.disposition.value() if not self.disposition.problem() else None)
        row = ConvictionRow(conviction, today=lambda: self.today(), granted=self._granted_unrecorded,
                            outside=lambda: outside_california(self.jurisdiction))
        # Its key said where it is met, by the mouse and by a screen reader (X74-02): the whole tip,
        # the law it asks about first, not the key in its place (A99-03).
        row.trafficking.setToolTip(f"{row.trafficking.toolTip()}. {TRAFFICKING_KEY}")
        row.trafficking.setAccessibleDescription(row.trafficking.toolTip())
        # Its relief rows' Remove said as every row's (H405-01): heard by nobody, a relief removed
        # was "Saved: Edit Case BA100001, PC 459, relief granted", nor which nor the way back (K423-02).
        row.relief.removed.connect(self.row_removed)
        return row

    def _date_new_counts(self) -> None:
        """The disposition date, typed or fixed, is the date of the counts added in this form
        whose date is blank or still the one given before: a count added before it is dated
        when added (`_conviction_row`), but "Add case" adds its count first, and Tab reaches
        the disposition date after, so the count kept a blank date (E27-03)."""
        if self.disposition.problem() or self.disposition.value() is None:
            return
        for row in self.convictions.rows:
            row.take_disposition_date(self.disposition.value())

    def _show_sentence_parts(self) -> None:
        """The probation box for a probation sentence, custody for jail or prison: and one that
        holds what was typed stays in view under another sentence, said not kept (`validate`),
        where it had gone with its dates unsaid (H49-03)."""
        kind = self.sentence_type.currentData()
        self.probation_box.setVisible(kind == "probation" or self._probation_held())
        self.custody_box.setVisible(kind in ("county_jail_1170h", "state_prison") or self._custody_held())
        self.split.setVisible(kind == "county_jail_1170h" or self.split.isChecked())

    def _probation_held(self) -> bool:
        return (has_typing(self.probation_box) or self.probation_status.currentData() is not None
                or bool(self.violations.rows))

    def _custody_held(self) -> bool:
        return has_typing(self.custody_box) or self.supervision.currentData() is not None or self.split.isChecked()

    def _say_not_kept(self, kind: str | None) -> None:
        """Over a probation or custody box shown under another sentence: its facts are not
        stored with that sentence; Ctrl+Z takes the choice back."""
        said = ("Not kept with the sentence chosen: the record keeps {} only for {}. "
                "Edit > Undo (Ctrl+Z) takes the choice back.")
        self.probation_not_kept.say(said.format("probation", "a probation sentence")
                                    if kind != "probation" and self._probation_held() else None, "note")
        self.custody_not_kept.say(said.format("custody and supervision", "a county jail or state prison sentence")
                                  if kind not in ("county_jail_1170h", "state_prison") and self._custody_held() else None, "note")

    def _show_arrest(self) -> None:
        """The arrest offenses matter for a case without a conviction; shown also when some are recorded."""
        self.arrest_box.setVisible(self.outcome.currentData() != "convicted" or bool(self.arrest_offenses.rows))

    def _outcome_chosen(self) -> None:
        """A case that did not end in a conviction has no sentence: the probation "Add case"
        starts with goes when another outcome is chosen, if nothing of it was filled in (E29-01:
        an arrest with no charges filed was stored with a probation sentence, which
        `clinic-app screen` refuses).  A sentence filled in stays, and is said to be wrong."""
        if self.quiet or self.outcome.currentData() == "convicted":
            return
        # The blank count goes too, as its Remove button takes it: left on show, it said
        # "Enter the code section" in red under a case that has none to enter (E29-08).
        for row in [row for row in self.convictions.rows if row.is_blank()]:
            row.remove_requested.emit(row)
        if self.sentence_type.currentData() is not None and not self._sentence_filled_in():
            set_combo(self.sentence_type, None)

    def _sentence_filled_in(self) -> bool:
        chosen = (self.imposition_suspended, self.sentence_completed, self.probation_status, self.supervision)
        return (any(has_typing(box) for box in (self.sentence_box, self.probation_box, self.custody_box))
                or any(field.currentData() is not None for field in chosen) or self.split.isChecked()
                or bool(self.violations.rows))

    def _show_what_applies(self) -> None:
        """Each box and question shown only where the case can have it (H49-01): a case that
        did not end in a conviction has no counts, sentence or money, and no conditions unless
        it is in a diversion program; only a
        probation sentence has its imposition suspended, or fines made a condition of it.
        What the record already holds is shown all the same (said to be wrong or kept, by
        `validate`), never hidden with its value.  Decided when the outcome, sentence or program is
        chosen, or the case opened, not at each keystroke: the form does not jump as it is typed in."""
        convicted = self.outcome.currentData() == "convicted"
        probation = self.sentence_type.currentData() == "probation"
        self.convictions_box.setVisible(convicted or bool(self.convictions.rows))
        self.sentence_box.setVisible(convicted or self.sentence_type.currentData() is not None)
        for key, field in (("imposition_suspended", self.imposition_suspended), ("fines_condition", self.fines_condition)):
            self._show_row(key, probation or field.currentData() is not None)
        # A diversion or DEJ program has its own classes and treatment to finish, whatever the
        # outcome (a pending case in the program most of all): its completion is what PC
        # 1001.9, 1000.4, 1203.43 and 851.91 turn on, and the checklist tracks them (I50-01:
        # H49-01 hid the box for a pending case in diversion).  Money is not asked for a
        # program: it holds fines and restitution only, no program fees.
        in_program = self.program_kind.currentData() is not None
        conditions_kept = not convicted and not in_program and bool(self.conditions.rows)
        self.conditions_box.setVisible(convicted or in_program or conditions_kept)
        self.conditions_kept.setVisible(conditions_kept)
        money = self.case.money if self.case is not None else None
        money_kept = not convicted and (has_typing(self.money_box) or self.fines_condition.currentData() is not None
                                        or bool(money and money.payments))
        self.money_box.setVisible(convicted or money_kept)
        self.money_kept.setVisible(money_kept)

    def _show_row(self, key: str, shown: bool) -> None:
        row = self.rows[key]
        row.parentWidget().layout().setRowVisible(row, shown)

    def _show_program(self) -> None:
        """Plea and completion are the program's: asked once one is chosen (they were shown
        greyed under "None", with no word why).  One typed before "None" was chosen stays in
        view, said not to be kept (`validate`), to be cleared or its program chosen again."""
        on = self.program_kind.currentData() is not None
        for key, held in (("plea_entered", self.plea_entered.currentData() is not None),
                          ("program_completed", bool(self.program_completed.text().strip()))):
            self._show_row(key, on or held)

    # ---- load / read -----------------------------------------------------------------

    def load(self, case: Case, *, checked_next: bool = False) -> None:
        """Show `case`, each problem said beside its field.  `checked_next`: the caller checks
        the form straight after (a client shown: the Save button's check, `validate` with the
        rest of the record), so the problems are said by that check, not found twice."""
        self.as_added = False
        self._sentence_chosen_here = False  # a stored sentence changes no level by itself
        self._term_written = None
        self.quiet = True
        try:
            self._fill(case)
        finally:
            self.quiet = False
        # The notes the case comes with are beside their fields and in the paid fields'
        # descriptions: counted heard, said as they change.  A money field the keyboard was in as
        # the next client opened is left after the load, and said her note before "Opened ...",
        # as typing her fines did (R259-01).
        self._over_ordered_heard = self._paid_over_ordered({key: self.rows[key].field.problem() for key in MONEY_KEYS})  # type: ignore[attr-defined]
        if not checked_next:
            self.validate()
        # Later, not inside whatever asked for the load: done inside QUndoStack.undo(), the
        # walk along the window's focus chain left the undo actions' wrappers deleted.
        QTimer.singleShot(0, self, self._tab_in_box_order)

    def say_years_told(self, client: Client) -> None:
        """Each date of the case shown that the client told at intake by its year alone (or its
        month and year) says so in its box while blank, as the Checklist says of a probation's
        end: the boxes read as if nothing had been told, the years in the notes only (H360-03)."""
        case = self.case
        dates = {"conviction date": [row.date for row in self.convictions.rows], "arrest date": [self.arrest_date],
                 "probation end": [self.probation_end], "release day": [self.release],
                 "supervision end": [self.supervision_end]}
        for what, fields in dates.items():
            given = years_alone.given_as(client, case, what) if case is not None else None
            counted = given is not None and years_alone.counted(client, case, what)  # not told as such (R362-02)
            for field in fields:
                field.say_told(given, counted=counted)

    def _tab_in_box_order(self) -> None:
        """Tab goes through the boxes in the order they show, each box's fields in their own
        order: the Convictions box, added to the form after its neighbours were made, came
        after the money fields at the bottom."""
        boxes = [item.widget() for item in (self.layout().itemAt(i) for i in range(self.layout().count())) if item.widget()]
        fields = []
        widget = self.nextInFocusChain()
        for _ in range(5000):  # the whole chain once (it is a ring)
            if widget is self:
                break
            # The form's own first: most of the chain is the rest of the window, and asking a
            # widget's focus policy builds an enum (E97-04).
            if self.isAncestorOf(widget) and widget.focusPolicy().value & _TAB_FOCUS:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        rank = {id(field): next((i for i, box in enumerate(boxes) if box.isAncestorOf(field)), len(boxes)) for field in fields}
        ordered = sorted(fields, key=lambda field: rank[id(field)])  # stable: each box keeps its order
        for first, second in zip(ordered, ordered[1:]):
            QWidget.setTabOrder(first, second)

    def _fill(self, case: Case) -> None:
        self.case = case
        self.case_number.setText(case.case_number or "")
        self.county.setText(case.county or "")
        self.jurisdiction.setText("" if case.jurisdiction == "CA" else case.jurisdiction)
        set_combo(self.outcome, case.outcome)
        self.disposition.set_value(case.disposition_date)
        self.arrest_date.set_value(case.arrest_date)
        self.protective_order.set_value(case.protective_order_until)
        set_combo(self.arrest_level, case.arrest_level)
        self.arrest_offenses.set_items(case.arrest_offenses)
        program = case.program
        set_combo(self.program_kind, program.kind if program else None)
        set_combo(self.plea_entered, program.plea_entered if program else None)
        self.program_completed.set_value(program.completed_on if program else None)
        self.convictions.set_items(case.convictions)
        sentence = case.sentence
        set_combo(self.sentence_type, sentence.type if sentence else None)
        self.judgment.set_value(sentence.judgment_date if sentence else None)
        set_combo(self.imposition_suspended, sentence.imposition_suspended if sentence else None)
        set_combo(self.sentence_completed, sentence.completed if sentence else None)
        stored = sentence.probation if sentence else None
        probation = stored or Probation()
        # A probation not stored yet (another sentence, or none: chosen here, it is added), or
        # one "Add case" made before any count was typed, takes its kind from the counts'
        # level until someone chooses it: it had started Summary, a felony's probation saved
        # as summary and a count of unknown level's read as summary by the screening (A56-05).
        # So does a "Not known" stored where the levels say no kind (a count's level not known,
        # or no count): what intake stores (X55-02), and the Record tab until a level is set,
        # which no one chose: opened again, a felony's level set left it "Not known" (E58-04).
        # "Not known" stored beside levels that all say a kind was chosen, and stays.
        self._kind_by_level = stored is None or (stored.kind is None and probation_kind_for(c.level for c in case.convictions) is None)
        set_combo(self.probation_kind, self._kind_of_levels() if self._kind_by_level else probation.kind)
        self.probation_start.set_value(probation.start)
        self.probation_end.set_value(probation.end)
        self.early_termination.set_value(probation.early_termination)
        set_combo(self.probation_status, probation.status)
        self.violations.set_items(probation.violations)
        custody = (sentence.custody if sentence else None) or Custody()
        self.split.setChecked(custody.split)
        self.release.set_value(custody.release_date)
        set_combo(self.supervision, custody.supervision)
        self.supervision_end.set_value(custody.supervision_end)
        self.conditions.set_items(case.conditions)
        self.petitions.set_items(case.petitions)
        money = case.money or Money()
        self.fines_ordered.set_value(money.fines_ordered)
        self.fines_paid.set_value(money.fines_paid)
        set_combo(self.fines_condition, money.fines_condition_of_probation)
        self.restitution_ordered.set_value(money.restitution_ordered)
        self.restitution_paid.set_value(money.restitution_paid)
        self._show_sentence_parts()
        self._show_arrest()
        self._show_program()
        self._show_what_applies()

    def field_of(self, path: str, conviction: str | None = None) -> QWidget:
        """The field that records the fact at `path` of the case shown (its path within the case,
        "sentence.probation.end", or a count's "value_dollars" with the count's key): where the
        keyboard goes to answer a question the screening asks.  Where that field is not shown
        (the probation box under another sentence), the case's sentence, else its number."""
        row = next((r for r in self.convictions.rows if getattr(r, "conviction", None) is not None
                    and r.conviction.id == conviction), None) if conviction is not None else None
        name = _field_named(_COUNT_FIELD_OF_FACT, path) if row is not None else _field_named(_FIELD_OF_FACT, path)
        field = getattr(row if row is not None else self, name, None) if name else None
        if isinstance(field, RowList):  # the counts, or what the arrest was for: its first row's law
            first = field.rows[0] if field.rows else None
            field = getattr(first, "offense", None) or getattr(first, "section", None) or field.add_button
        for shown in (field, self.sentence_type):
            if shown is not None and shown.isVisibleTo(self):
                return shown
        return self.case_number

    def validate(self) -> list[str]:
        """Show each problem beside its field; return "Field: problem" lines (empty when savable)."""
        problems: dict[str, str | None] = {}
        for key in ("disposition", "arrest_date", "protective_order", "program_completed", "judgment", "probation_start", "probation_end", "early_termination",
                    "release", "supervision_end"):
            problems[key] = self.rows[key].field.problem()  # type: ignore[attr-defined]
        for key in MONEY_KEYS:
            problems[key] = self.rows[key].field.problem()  # type: ignore[attr-defined]
        completed = None if problems["program_completed"] else self.program_completed.value()
        if completed is not None and completed > self.today():
            # A year typed wrong made the program done now, and the screening with it (as a
            # condition's completed date, W21-19).
            problems["program_completed"] = f"After today ({self.today().isoformat()}); enter the date once the program is done"
        kind = self.sentence_type.currentData()
        if kind == "probation" and not problems["probation_start"] and not problems["probation_end"]:
            start, end = self.probation_start.value(), self.probation_end.value()
            if start and end and end < start:
                problems["probation_end"] = f"Ends before it starts ({start.isoformat()})"
            early = None if problems["early_termination"] else self.early_termination.value()
            if early and start and early < start:
                problems["early_termination"] = "Before probation started"
            elif early and end and early > end:
                problems["early_termination"] = f"After probation ends ({end.isoformat()}): if it was extended, enter the new end"
        if kind in ("county_jail_1170h", "state_prison") and not problems["release"] and not problems["supervision_end"]:
            release, end = self.release.value(), self.supervision_end.value()
            if release and end and end < release:
                problems["supervision_end"] = f"Ends before release ({release.isoformat()})"
        # A California case sent out of state, every remedy with it (U110-04); stored so already
        # (an import), said without holding the client's other edits up.
        california = california_court_typed(self.jurisdiction)
        as_stored = self.case is not None and self.jurisdiction.text().strip() == self.case.jurisdiction.strip()
        if california and not as_stored:
            problems["jurisdiction"] = CALIFORNIA_COURT_SAID
        self._days_gone_by(problems, kind)
        self._before_the_conviction(problems, kind)
        if self.outcome.currentData() == "convicted" and not self.convictions.rows:
            problems["outcome"] = "Add at least one conviction below"
        elif self.outcome.currentData() != "convicted" and self.kept_convictions():
            problems["outcome"] = "A case without a conviction lists none: remove the convictions below"
        if self.outcome.currentData() != "convicted" and kind is not None:
            problems["sentence_type"] = "A case without a conviction has no sentence: choose “No sentence (not convicted)”"
        out = []
        self._say_not_kept(kind)
        notes = self._kept_though_not_asked(kind)
        if self._term_written is not None and self.probation_end.text() == self._term_written[1]:
            notes["probation_end"] = self._term_written[2]
        if kind == "probation" and problems["probation_end"] and (term := term_typed(self.probation_end.text())):
            problems["probation_end"] = (f"{term.said} is counted from the probation start, the judgment or the "
                                         "conviction date: type one of them, or the day probation ends")
        notes |= self._paid_over_ordered(problems)
        if california and as_stored:
            notes["jurisdiction"] = CALIFORNIA_COURT_SAID
        elif (self._jurisdiction_as_loaded() and self.case is not None and self.case.jurisdiction != "CA"
              and jurisdiction_typed(self.jurisdiction) == "CA"):
            notes["jurisdiction"] = CALIFORNIA_STORED_AS_TYPED
        for key, row in self.rows.items():
            text = problems.get(key)
            if text or key not in notes:
                row.message.say(text)
            else:
                row.message.say(notes[key], "note")
            if text:
                # By its label, not its accessible name: "Cannot save: Early termination date
                # (PC 1203.3): ..." named a field labelled "Ended early on:" (K393-03).
                out.append(f"{row.named()}: {text}")
        # R130-02's note asks to tick the Split sentence box, which comes before Supervision end
        # in Tab order: described on the end alone, it was heard only once past the box it asks
        # to tick.  The box carries it too, heard as it is reached (S147-04).
        note = "supervision_end" in notes and not problems.get("supervision_end")
        said = self.supervision_end.accessibleDescription() if note else ""
        if self.split.accessibleDescription() != said:
            self.split.setAccessibleDescription(said)
        out += (self._conviction_problems() + self._convictions_after_judgment() + self.violations.validate()
                + self.conditions.validate() + self.petitions.validate() + [problem for row in self.kept_arrest_offenses() for problem in row.validate()])
        return out

    def say_refused(self, fact: str, problem: str) -> None:
        """Say beside its row `problem`, the record's check refusing `fact` of this case
        ("sentence.custody.supervision_end"); a fact no row holds (of a count, another case) is
        said by "Cannot save" alone.  The next `validate` takes it back."""
        key = _ROW_OF_REFUSED.get(fact)
        if key is not None and key in self.rows:
            self.rows[key].message.say(problem)

    def _paid_over_ordered(self, problems: dict[str, str | None]) -> dict[str, str]:
        """A note beside a paid sum larger than the sum ordered (E248-01): "1500" typed for 150
        was saved with "Saved: ... fines paid" alone, the fines counted paid in full and the
        screening moved.  A note, not a hold: the Checklist's payment over what is owed is one
        (K29-03), and a record imported so keeps its other edits savable; intake refuses it."""
        notes = {}
        for ordered_key, paid_key in (("fines_ordered", "fines_paid"), ("restitution_ordered", "restitution_paid")):
            if problems[ordered_key] or problems[paid_key]:
                continue
            ordered, paid = self.rows[ordered_key].field.value(), self.rows[paid_key].field.value()  # type: ignore[attr-defined]
            if ordered is not None and paid is not None and paid > ordered:
                notes[paid_key] = f"{PAID_OVER_ORDERED}{ordered:,} ordered: check both amounts"
        return notes

    def _say_paid_over_ordered(self) -> None:
        """Say each note of `_paid_over_ordered` shown now and not yet heard in its words."""
        for key in ("fines_paid", "restitution_paid"):
            message = self.rows[key].message
            note = message.text() if message.kind == "note" and message.text().startswith(PAID_OVER_ORDERED) else ""
            if note and note != self._over_ordered_heard.get(key):
                announce(message, f"Note: {self.rows[key].field.accessibleName()}: {note}")  # type: ignore[attr-defined]
            self._over_ordered_heard[key] = note

    def _kept_though_not_asked(self, kind: str | None) -> dict[str, str]:
        """The notes beside an answer shown only because the record holds it (H49-01)."""
        notes = {}
        if kind != "probation":
            for key, field in (("imposition_suspended", self.imposition_suspended), ("fines_condition", self.fines_condition)):
                if field.currentData() is not None:
                    notes[key] = "Kept as recorded, though asked only of a probation sentence: choose Unknown to clear it"
        if (kind == "county_jail_1170h" and not self.split.isChecked() and self.supervision.currentData() is None
                and not self.rows["supervision_end"].field.problem() and self.supervision_end.value() is not None):
            # Intake stored a jail term's supervision end so until K129-01, and the screening reads
            # it as a straight term's end (PC 1203.41 waits 2 years, not 1), though a straight
            # 1170(h) term has no supervision: said where it can be put right (R130-02).
            notes["supervision_end"] = ("A PC 1170(h) term with supervision after it is a split sentence: tick Split "
                                        "sentence (or choose Mandatory supervision). As it is, it is screened as a straight term: "
                                        "PC 1203.41 waits 2 years from this day, not 1")
        if self.program_kind.currentData() is None:
            if self.plea_entered.currentData() is not None:
                notes["plea_entered"] = "Not kept with no program: choose the program, or Unknown"
            if self.program_completed.text().strip():
                notes["program_completed"] = "Not kept with no program: choose the program, or clear the date"
        return notes

    def settle_offenses(self) -> None:
        """Each count's section still being typed takes the catalog's level, as leaving its field
        does (`ConvictionRow.settle_offense`), before a save reads the form: Ctrl+S with the
        cursor still after "211" saved a robbery with no level, the screening asking for it,
        while the note under it said "PC 211 Robbery - felony" (R54-04; intake settles so since I29-02)."""
        for row in self.convictions.rows:
            row.settle_offense()  # type: ignore[attr-defined]
        for row in self.arrest_offenses.rows:  # and what an arrest was for (H113-01)
            row.settle_level()  # type: ignore[attr-defined]

    def show_as_stored(self) -> None:
        """Each count's (and arrest offense's) bare section as the record stores it, on Save (see
        `ConvictionRow.show_as_stored`): Ctrl+S saves with the focus still in the field."""
        for row in [*self.convictions.rows, *self.arrest_offenses.rows]:
            row.show_as_stored()  # type: ignore[attr-defined]
        self._show_jurisdiction_as_stored()

    def _show_jurisdiction_as_stored(self) -> None:
        """The "State or court:" box as a stored case loads it: blank for California however
        it was typed ("california", "CA "), a state stripped.  It went on saying "california"
        after the save, and where the case was California already there was nothing to save (U110-01)."""
        # The case's own as it loads, kept as stored (`value`): "nv" tabbed through is no edit (R113-01).
        stored = self.case.jurisdiction if self._jurisdiction_as_loaded() else jurisdiction_written(self.jurisdiction.text())
        shown = "" if stored in ("", "CA") else stored
        if self.jurisdiction.text() != shown:
            self.jurisdiction.setText(shown)

    def _jurisdiction_as_loaded(self) -> bool:
        """Whether the "State or court:" box still holds what the stored case loaded into it.  A
        case stored as typed before the box read it so ("nv" before Z112-01, "Calif." before
        R110-02) was read otherwise as it was opened ("NV", "CA"): the client read as changed with
        nothing typed, and going back to the list saved an edit nobody made, a "Calif." case's
        screening changed with it (R113-01).  Kept as stored, as a text field is (F83-02)."""
        if self.case is None:
            return False
        return self.jurisdiction.text().strip() == ("" if self.case.jurisdiction == "CA" else self.case.jurisdiction).strip()

    def kept_convictions(self) -> list:
        """The conviction rows the case stores: an added row left wholly blank beside counts
        typed is no change of the user's; it asked about "changes that cannot be saved" on
        leaving the client (W24-01).  A case's only row is kept, blank or not: a convicted case
        needs a count, and typing elsewhere in it is asked about while it has none (W23-13).
        But not in the case "Add case" just made, left as it came: the case is stored with no
        count, and its blank row stopped the save of a phone number typed in the person form
        (W25-06)."""
        rows = self.convictions.rows
        kept = [row for row in rows if not row.is_blank()]
        if kept:
            return kept
        # Nor in a case whose outcome is no conviction: the row "Add case" put ready stopped
        # the save of an arrest with no charges filed until it was found and removed (E29-01).
        return [] if self.as_added or self.outcome.currentData() != "convicted" else rows

    def still_as_added(self) -> list[str]:
        """What the case "Add case" just made lacks while it is left as it came (its count);
        empty for any other case."""
        return [problem for row in self.convictions.rows for problem in row.validate()] if self.as_added else []

    def _conviction_problems(self) -> list[str]:
        """The kept rows' problems; a case's only row left blank says why a count is needed:
        "the code section is missing" alone, asked about after a case number was typed, did
        not say that the typing waits on it (W25-06)."""
        kept = self.kept_convictions()
        if self.as_added:
            for row in self.convictions.rows:
                row.validate()  # the hint beside the blank row; no problem of the user's
        problems = [problem for row in kept for problem in row.validate()]
        if len(kept) == 1 and kept[0].is_blank() and self.outcome.currentData() == "convicted":
            problems = [problem + " (a case that ended in a conviction needs at least one before it is saved)"
                        if problem == "Conviction: the code section is missing" else problem for problem in problems]
        return problems

    def kept_arrest_offenses(self) -> list:
        """The arrest offense rows the case stores: one added and left blank is no change of
        the user's (a case needs none), not a problem to ask about on leaving (W24-05)."""
        return [row for row in self.arrest_offenses.rows if not row.is_blank()]

    def _days_gone_by(self, problems: dict[str, str | None], kind: str | None) -> None:
        """The case's disposition, arrest and judgment days after today: each a day gone by.  A
        year typed wrong ("2042") on a case with no sentence was saved without a word and
        screened "No remedy fits" (I59-02); a probation's days were checked against the
        conviction, and a program's completion against today, but not these."""
        today = self.today()
        # The judgment is kept only with a sentence (`value`): not asked of a case without one.
        for key, field, kept in (("disposition", self.disposition, True), ("arrest_date", self.arrest_date, True),
                                 ("judgment", self.judgment, kind is not None)):
            later = None if problems[key] or not kept else after_today(field, today)
            if later:
                problems[key] = later[0].upper() + later[1:]

    def _before_the_conviction(self, problems: dict[str, str | None], kind: str | None) -> None:
        """An arrest after the case's first conviction, or a grant of probation or a release
        before it: said beside the field, as the caseload would refuse the save with only a
        path to go on (screening_format.check_case)."""
        days = [row.date.value() for row in self.convictions.rows if not row.date.problem() and row.date.value() is not None]
        if not days:
            return
        first = min(days)
        arrested = None if problems["arrest_date"] else self.arrest_date.value()
        if arrested is not None and arrested > first:
            problems["arrest_date"] = f"After the conviction ({first.isoformat()})"
        for key, field, shown in (("probation_start", self.probation_start, kind == "probation"),
                                  ("release", self.release, kind in ("county_jail_1170h", "state_prison"))):
            day = None if problems[key] or not shown else field.value()
            if day is not None and day < first:
                problems[key] = f"Before the conviction ({first.isoformat()})"

    def _convictions_after_judgment(self) -> list[str]:
        """A count convicted after the judgment date (judgment is pronounced on a conviction,
        never before it): said beside the count, as the caseload would refuse it."""
        if self.sentence_type.currentData() is None or self.judgment.problem():
            return []  # no sentence is saved, so no judgment date either
        judged = self.judgment.value()
        if judged is None:
            return []
        out = []
        for row in self.convictions.rows:
            convicted = None if row.date.problem() else row.date.value()
            if convicted is not None and convicted > judged:
                row.message.say(f"The conviction date is after the judgment date ({judged.isoformat()})")
                out.append(f"{row.date.accessibleName()}: after the judgment date")  # "Convicted", as it reads (R415-01)
        return out

    def value(self) -> Case:
        """The edited case (call only when `validate()` is empty)."""
        assert self.case is not None
        case = copy.deepcopy(self.case)
        case.case_number = text_as_recorded(self.case_number.text(), self.case.case_number)
        case.county = text_as_recorded(self.county.text(), self.case.county)
        case.jurisdiction = self.case.jurisdiction if self._jurisdiction_as_loaded() else jurisdiction_typed(self.jurisdiction)
        case.outcome = self.outcome.currentData()
        case.disposition_date = self.disposition.value()
        case.arrest_date = self.arrest_date.value()
        case.protective_order_until = self.protective_order.value()
        case.arrest_level = self.arrest_level.currentData()
        case.arrest_offenses = [row.value() for row in self.kept_arrest_offenses()]
        kind = self.program_kind.currentData()
        case.program = None if kind is None else Program(kind=kind, plea_entered=self.plea_entered.currentData(),
                                                         completed_on=self.program_completed.value())
        case.convictions = [row.value() for row in self.kept_convictions()]
        kind = self.sentence_type.currentData()
        if kind is None:
            case.sentence = None
        else:
            old = case.sentence
            sentence = Sentence(type=kind)
            if old is not None:
                sentence.probation, sentence.custody = old.probation, old.custody
            sentence.judgment_date = self.judgment.value()
            sentence.imposition_suspended = self.imposition_suspended.currentData()
            sentence.completed = self.sentence_completed.currentData()
            sentence.probation = self._probation() if kind == "probation" else None
            sentence.custody = self._custody() if kind in ("county_jail_1170h", "state_prison") else None
            case.sentence = sentence
        case.conditions = self.conditions.values()
        case.petitions = self.petitions.values()
        case.money = self._money(case.money)
        return case

    def take_stored(self, case: Case) -> None:
        """The case just saved from this form, which now edits it (facts it does not show
        included).  A probation's kind saved is the record's from now on, as when the client is
        opened again: a summary saved turned formal with the level put to felony, until the
        client was opened again (C57-03).  "Not known" saved is no kind: leaving the Sentence
        box saves the form, and the kind follows the level typed next, as A56-05 has it."""
        self.case = case
        stored = case.sentence.probation if case.sentence else None
        self._kind_by_level = self._kind_by_level and (stored is None or stored.kind is None)

    def _arrested(self) -> date | None:
        """The arrest date typed, where it is a date (what an arrest row's level turns on)."""
        return None if self.arrest_date.problem() else self.arrest_date.value()

    def _kind_of_levels(self):
        """The probation kind the case's counts' levels say (formal for a felony, summary for a
        misdemeanor, None while a level is not known), as intake stores it (X55-02)."""
        return probation_kind_for(row.level.currentData() for row in self.convictions.rows)  # type: ignore[attr-defined]

    def _kind_follows_levels(self) -> None:
        """A count's level chosen, or a probation sentence chosen: the kind of a probation
        being added follows (A56-05); one stored, or chosen by the paralegal, stays."""
        if self.quiet or not self._kind_by_level:
            return
        kind = self._kind_of_levels()
        if self.probation_kind.currentData() != kind:
            set_combo(self.probation_kind, kind)

    def _kind_chosen(self) -> None:
        self._kind_by_level = False  # the paralegal's choice (the court's order), kept

    def _sentence_chosen(self) -> None:
        if self.quiet:
            return
        self._sentence_chosen_here = True
        self._felony_by_sentence()

    def fields_following(self) -> dict[QWidget, QWidget]:
        """The fields whose value another field of the form may give, each with that field:
        a count's level, given Felony by a sentence of state prison or 1170(h) (K81-03).  What
        an Undo or Redo of both puts back is the giving field (`RecordTab.focus_put_back`)."""
        return {row.level: self.sentence_type for row in self.convictions.rows}

    def _felony_by_sentence(self) -> None:
        """The level the sentence chosen here gives the case's count (ConvictionRow.felony_by_sentence).
        A one-count case changed to "State prison" on this tab, its level at "Choose level", was
        saved of unknown level and every remedy of the case read "Needs review" (K81-03, from
        Z80).  Only a case of exactly one count, whose sentence is that count's; with several,
        a misdemeanor count may stand beside the felony sentenced, and none is given a level,
        though one given while the case had one count goes back with the sentence.  A level the
        user chose, "Choose level" too, stays (`ConvictionRow.level_picked`)."""
        if self.quiet or not self._sentence_chosen_here:
            return
        kind = self.sentence_type.currentData()
        rows = self.convictions.rows
        if len(rows) == 1 and not rows[0].level_picked:
            rows[0].felony_by_sentence(kind)
        elif level_of_the_sentence(kind) is None:
            for row in rows:
                row.felony_by_sentence(kind)  # puts back only the "Choose level" it gave

    def _violations_against_the_end(self) -> None:
        """Each violation row told the end as it is typed; typed by the user (the field in focus,
        not a record loaded into it), the end is said against them as it is left."""
        for row in self.violations.rows:
            row.validate()
        self._end_typed = self._end_typed or self.probation_end.hasFocus()

    def _say_violations_after_the_end(self) -> None:
        """A probation end typed before a violation's day put "After the probation's end ..." beside
        the violation, out of the keyboard's way: a screen reader heard "Saved: ..., probation end"
        and not the note, the screening reading probation over on that end (A114-02).  Said as
        the end typed is left, of each violation after it; nothing where none is."""
        if not self._end_typed:
            return
        self._end_typed = False
        for row in self.violations.rows:
            if row.message.kind == "note" and row.message.text():
                announce(row.message, f"Note: violation on {row.date.text()}: {row.message.text()}")

    def _term_counted_from(self) -> tuple[str, date] | None:
        """The day a term of probation typed counts from, and what that day is: the probation's
        start where typed, else the judgment date, else the conviction date (intake's start).
        None where the first of them typed is not a date: a start mistyped ("11/31/2022") was
        passed over as if blank, the end counted again from the conviction date and heard so,
        the start's "Not a date" unheard (A150-01); counted once it is put right."""
        for field, said in ((self.probation_start, "the probation start"), (self.judgment, "the judgment date"),
                            (self.disposition, "the conviction date")):
            if field.problem():
                return None
            if field.value() is not None:
                return said, field.value()
        return None

    def _probation_term_as_its_end(self, again: bool = False) -> None:
        """Where "Probation end" holds a term as a RAP sheet prints it ("PROB 3 YRS", "36 MOS"),
        its end counted (`_term_counted_from`) is written in the field, and said beside it;
        `again`: counted over a day the term gave before (`_count_term_again`), said so."""
        if self.quiet or self.sentence_type.currentData() != "probation":
            return
        counted = self._term_counted_from()
        read = term_read(self.probation_end.text(), counted[1] if counted else None)
        if counted is None or read is None:
            return
        (said_from, granted), (term, ends) = counted, read
        said = (f"{'Counted again: ' if again else ''}{term.said} from {said_from} {granted.isoformat()}, "
                f"so {ends.isoformat()}; if the court set another end, type that day")
        typed = self.probation_end.text()
        self.probation_end.set_value(ends)
        self._term_written = (typed, ends.isoformat(), said, counted)
        self.validate()
        announce(self.rows["probation_end"].message, f"Probation end: {said}")

    def _forget_term_written(self) -> None:
        self._term_written = None

    def _count_term_again(self) -> None:
        """The probation start (or the judgment or conviction date) typed or put right after
        "PROB 3 YRS" was read: the end counted again from the day it counts from now.  The end
        from the old start had stayed, seen and saved (K148-01), as intake's did from a
        conviction date put right (R135-01).  A term typed before any day to count from is
        counted once there is one; an end the paralegal typed over the day written is theirs,
        left alone; a day that changes nothing the term counts from says nothing again.  Under
        another sentence nothing is counted, and the day written is not taken back to the term."""
        if self.quiet or self.sentence_type.currentData() != "probation":
            return
        if self._term_written is not None:
            typed, written, _said, counted = self._term_written
            if self.probation_end.text() != written:
                self._term_written = None
                return
            if self._term_counted_from() in (None, counted):
                return
            self.probation_end.setText(typed)
            self._probation_term_as_its_end(again=True)
        elif term_typed(self.probation_end.text()) is not None:
            self._probation_term_as_its_end()

    def _probation_ends(self) -> date | None:
        """The probation's end the form shows, where it is a date; None where it is not (yet)."""
        return None if self.probation_end.problem() else self.probation_end.value()

    def _probation(self) -> Probation:
        return Probation(
            kind=self.probation_kind.currentData(),
            start=self.probation_start.value(),
            end=self.probation_end.value(),
            early_termination=self.early_termination.value(),
            violations=self.violations.values(),
            status=self.probation_status.currentData(),
        )

    def _custody(self) -> Custody:
        return Custody(
            split=self.split.isChecked() and self.sentence_type.currentData() == "county_jail_1170h",
            release_date=self.release.value(),
            supervision=self.supervision.currentData(),
            supervision_end=self.supervision_end.value(),
        )

    def _money(self, old: Money | None) -> Money | None:
        values = (self.fines_ordered.value(), self.fines_paid.value(), self.fines_condition.currentData(),
                  self.restitution_ordered.value(), self.restitution_paid.value())
        payments = list(old.payments) if old else []
        if all(v is None for v in values) and not payments:
            # Keep an empty money block as it was stored (None or all unknown): not an edit.
            empty = old is not None and not old.payments and all(
                v is None for v in (old.fines_ordered, old.fines_paid, old.fines_condition_of_probation,
                                    old.restitution_ordered, old.restitution_paid))
            return old if empty else None
        return Money(*values, payments=payments)  # type: ignore[misc]
