"""The caseload page: search as you type, filters, counts at a glance, and the list.

Search goes to the repository's full-text index (names, aliases, case numbers, accents
folded) after a short pause in typing (150 ms), so a fast typist costs one query, not
one per key.  The other filters are applied by `CaseloadModel` over the loaded rows.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinic_app.checklist import probation_ends_early
from clinic_app.counties import NOT_GIVEN
from clinic_app.court import all_filed
from clinic_app.line_action import shorter_samples
from clinic_app.matching import close_spellings, first_letters_search, read_month_first_said
from clinic_app.model import LANGUAGES
from clinic_app.probation_ended import OthersRunning, month
from clinic_app.report import kept_as_text
from clinic_app.review import awaiting_of_many
from clinic_app.summary import newly_eligible
from clinic_app.wording import count
from db.connection import commands_on, heard_commands
from db.repository import Repository, ScreeningCounts
from ui.cell_in_full import CellInFull, cell_fit
from ui.column_widths import ColumnWidthsMenu
from ui import first_steps
from ui.flow_layout import FlowLayout
from ui.focus_tips import tip_said_elsewhere
from ui.clipboard import copy_text
from ui.forms import ABOUT_THE_RESULT_COLOURS, AsOfDateEdit, NamedWords, announce, from_qdate, note_above
from ui.models.caseload_model import (
    COL_BEST,
    COL_CASES,
    COL_DOB,
    COL_EVENT,
    COL_NAME,
    COL_NEXT,
    COL_OUTSTANDING,
    HEADERS,
    CaseloadFilter,
    CaseloadModel,
    CaseloadProxy,
    ClientIdRole,
    NextActionDayRole,
    OutstandingLabelsRole,
    ShortNextActionRole,
)
from ui.page_scroll import WordsScroll

SEARCH_DELAY_MS = 150
# How long the choosing of several lines (Shift+arrows, Ctrl+click) pauses before how many are
# chosen is said aloud: longer than a key held down repeats, or a hand pressing Shift+Down again.
CHOOSING_PAUSE_MS = 500
# How the keyboard comes to a field (Tab, Shift+Tab, Ctrl+F or its Alt letter), not the mouse
# (which has the tooltip) nor the window putting it there (at start, after "Show every client").
KEYBOARD_FOCUS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)
LANGUAGE_TITLES = {"en": "English", "es": "Spanish"}
OUTCOME_FILTERS = (
    ("Any outcome", None),
    ("Eligible now", "eligible_now"),
    # Its two halves: the filings to prepare, and automatic relief to check on the RAP sheet (N47).
    ("Eligible now: to file", "eligible_now_to_file"),
    ("Eligible now: automatic only", "eligible_now_automatic"),
    ("Eligible later", "eligible_on"),
    # Its halves too: petitions to come, and automatic relief coming on the first day (A48).
    ("Eligible later: to file", "eligible_on_to_file"),
    ("Eligible later: automatic only", "eligible_on_automatic"),
    # Eligible later, within so many days (WITHIN_DAYS): the week's and the month's filings (U30-03).
    # A petition's day after automatic relief counts too (J50).
    ("Eligible within 7 days", "eligible_within_7"),
    ("Eligible within 30 days", "eligible_within_30"),
    # Only the petitions of those days, as `clinic-app list --to-file-within` (J50): "Eligible
    # within" mixed in automatic relief coming on its own, with nothing to file.
    ("To file within 7 days", "to_file_within_7"),
    ("To file within 30 days", "to_file_within_30"),
    # Every petition to file now filed, the court's ruling awaited (P53), and the hearings of
    # the coming week, to prepare for.
    ("Filed, awaiting the court", "filed"),
    ("Hearing within 7 days", "hearing_within_7"),
    ("Blocked", "blocked"),
    ("Needs review", "needs_review"),
    ("Nothing available", "nothing_available"),
    # Not a screening's outcome: the record still to type (I59).  After an intake day, those
    # with no case yet were only under "Any outcome", mixed among thousands.
    ("Cases still to enter", "to_enter"),
    # Nor this: no screening stored yet (a laptop's day imported, a demo caseload), which the
    # report counts under "Not screened yet" and the status line offers to screen; no filter
    # listed them (X110-03).
    ("Not screened yet", "not_screened"),
    # Not an outcome either: whose probation ended (K64-02), who may be eligible for PC 1203.4
    # since, read from the cases as stored (PROBATION_MONTHS_BACK).
    ("Probation ends this month", "probation_ended_this_month"),  # ended, or ends later this month (T64)
    ("Probation ended last month", "probation_ended_last_month"),
)
WITHIN_DAYS = {"eligible_within_7": 7, "eligible_within_30": 30, "to_file_within_7": 7, "to_file_within_30": 30}
HEARING_DAYS = {"hearing_within_7": 7}
# Said when "To file within 7 (30) days" is chosen: its days are later ones (P92-03).
NOT_TODAY_SAID = "Not those who can file today: Outcome \u201cEligible now: to file\u201d lists them."
# The status bar's button, where the eye finds it, and the keyboard's way to the same (A114-05:
# "Re-screen now (bottom right)" was said aloud to a screen reader, with no way there it could use).
RESCREEN_NOW_SAID = "Re-screen now (bottom right, or Caseload > Re-screen whole caseload...)"
# Said in its place where the caseload's file cannot be written, where the button is not offered
# (K262-03): the status line's words, and the list's (K272-02: they still sent the user to it).
CANNOT_BE_SAVED_READ_ONLY = "cannot be saved in a read-only file"  # an import's words too (K278-02)
RESCREEN_CANNOT_BE_SAVED = f"a re-screen {CANNOT_BE_SAVED_READ_ONLY}"
# The same as a sentence, with what is there instead: the empty Review needed list's, and what
# Caseload > Re-screen whole caseload... says there in place of a run that could keep nothing (K278-01).
RESCREEN_CANNOT_BE_SAVED_SAID = (f"{RESCREEN_CANNOT_BE_SAVED[:1].upper()}{RESCREEN_CANNOT_BE_SAVED[1:]}: "
                                 "each client opens with today's answers, not stored.")
# How many months back each "Probation ended" item looks: this month, last month.
PROBATION_MONTHS_BACK = {"probation_ended_this_month": 0, "probation_ended_last_month": 1}
# The Outcome filters that count from today: filtered again when the day has moved on (P101-02).
COUNTED_FROM_TODAY = frozenset(WITHIN_DAYS) | frozenset(HEARING_DAYS) | frozenset(PROBATION_MONTHS_BACK)
# What each of those lists, said on its item (the Outcome box's list shows it on hovering); {list}:
# `clinic-app list` on the window's caseload (CaseloadView.command); {month}: the month a probation
# item lists, by the window's day (CaseloadView._say_outcome_tips); {rescreen}: the way to screen
# them, or that a re-screen cannot be saved (a read-only caseload).
WITHIN_SAID = {
    "eligible_within_7": "Relief coming within 7 days, automatic relief (PC 1203.425, 851.93) included, and a "
                         "petition coming then after automatic relief. To leave out automatic relief: To file within 7 days",
    "eligible_within_30": "Relief coming within 30 days, automatic relief (PC 1203.425, 851.93) included, and a "
                          "petition coming then after automatic relief. To leave out automatic relief: To file within 30 days",
    "to_file_within_7": "A petition to file within 7 days, not yet today (those are under Eligible now: to file); "
                        "not automatic relief, which DOJ grants on its own ({list} --to-file-within 7)",
    "to_file_within_30": "A petition to file within 30 days, not yet today (those are under Eligible now: to file); "
                         "not automatic relief, which DOJ grants on its own ({list} --to-file-within 30)",
    "filed": "Every petition to file now is filed and the court has not ruled ({list} --outcome filed)",
    "hearing_within_7": "A hearing on a petition filed, today or in the next 7 days, to prepare for "
                        "({list} --hearing-within 7)",
    "needs_review": "Some answer needs an attorney's review. A client whose only gap is a case's convictions still "
                    "to type is under Cases still to enter ({list} --outcome needs_review)",
    "to_enter": "No case entered yet, or a case marked convicted whose convictions are not typed yet "
                "({list} --outcome to_enter)",
    "not_screened": "No screening stored yet, as the report's \u201cNot screened yet\u201d counts them; {rescreen} "
                    "({list} --outcome not_screened)",
    "probation_ended_this_month": "A probation whose last day (an early end the court ordered, else its ordered end) "
                                  "is in this month, passed or still to come; a revoked grant is left out "
                                  "({list} --probation-ended {month})",
    "probation_ended_last_month": "A probation whose last day (an early end the court ordered, else its ordered end) "
                                  "was last month, who may be eligible now; a revoked grant is left out "
                                  "({list} --probation-ended {month})",
}
# The Remedy filter (F75-01): who a remedy can help now or on a day to come, as last screened
# ({list} as in WITHIN_SAID).
# Not those for whom it is blocked (something stands in the way: a case pending, probation still
# running, a sentence not done) nor those whose answer needs an attorney's review: a Prop 47
# night's list is of those it can help, and the Outcome filter's "Blocked" and "Needs review"
# find the others.
REMEDY_SAID = ("Clients whose last screening finds this remedy available now or on a later day, for any case or "
               "conviction; not those for whom it is blocked or needs an attorney's review (Outcome finds them). "
               "The same as {list} --remedy KEY")
# The "Older rules" count's tooltip (K374-04), {list} as above.
OLDER_RULES_SAID = ("Clients last screened by older rules than this Clinic Desk's, whose answers may have changed "
                    "(the status line counts them; a re-screen, or opening one, screens them by today's rules). "
                    "The same as {list} --older-rules")
# The ticks' and boxes' tooltips, each with its twin at a terminal as the counts and the Remedy
# and County boxes say theirs ({list} as above): "Something outstanding" said nothing of
# `list --outstanding` (K374-02), found in the README only (K396-02).
OUTSTANDING_SAID = ("Clients still waiting on something: a fine or restitution to pay, a class, community service, "
                    "probation or custody running, a case's convictions to enter (the Outstanding column says what), "
                    "as last screened. The same as {list} --outstanding")
REVIEW_NEEDED_SAID = ("Clients awaiting an attorney's review: a result that needs review with no review kept for it on "
                      "these facts, or a petition denied and not reviewed since the ruling. The same as {list} --review")
EVENT_SAID = "Clients of this clinic event. The same as {list} --event NAME"
LANGUAGE_SAID = "Clients whose handout is in this language (a client given none: English). The same as {list} --language {codes}"
# Said as the last of them is screened by today's rules while their count lists them (A388-03).
OLDER_RULES_NONE_LEFT = "No client is screened by older rules now: the list no longer shows only them."


def _heard(here: int, of_all: int) -> str:
    """A count at a glance as a screen reader hears it: "312 of 2,345 clients, as the list is
    filtered" where a filter leaves some out, else "2,345 clients"."""
    return count(here, "client") if here == of_all else f"{here:,} of {count(of_all, 'client')}, as the list is filtered"


def remedy_filters(command: Callable[[str], str] = "clinic-app {}".format) -> list[tuple[str, str, str]]:
    """(key, short name, what it lists) of each remedy, in the order the engine screens them;
    `command`: a subcommand as typed on the window's caseload (db.connection.commands_on)."""
    from clinic_app.eligibility import REMEDIES, remedy_title, short_name

    return [(r.key, short_name(r.key), f"{remedy_title(r.key)}: available now or later ({command('list')} --remedy {r.key})")
            for r in REMEDIES]


# A county counts for a California case only (O112-03): said, or a Nevada case's client missing
# from its County box's county, and from "County not given", reads as a fault (W114-01).
COUNTY_SAID = ("Clients with a California case heard in this county, as the cases' County boxes were typed "
               "(\"Orange\" and \"Orange County\" are one; a case of another state is in none); \"County not given\": "
               "a California case whose County box is blank. The same as {list} --county NAME")


# Beside "Newly eligible": those whose every petition to file now was filed already (R55).
FILED_ALREADY = "with every petition to file already filed (awaiting the court or ruled on)"
# "Newly eligible" starts counting this many days back, today included (E48): a week.
NEWLY_ELIGIBLE_DAYS = 7
# How many days back a paralegal last set it to, on this computer (L51): a clinic re-screening
# every two weeks set 14 each morning, the day put back a week at each start.  Days, not the
# day: a fixed day would drift further back each day the program is opened.
NEWLY_ELIGIBLE_DAYS_SETTING = "caseload/newly_eligible_days"
# Beyond this a remembered number is not taken (a settings file edited by hand, or damaged).
NEWLY_ELIGIBLE_DAYS_MOST = 36_500


@functools.cache
def _next_action_samples() -> tuple[str, ...]:
    """The Next action's words the list keeps its least width for: a filing day whole and every
    kind's fewer words (`shorter_samples`: the court's too, Q54), said of one fixed day.  Made
    once a process: the same words at each window's build, where they were made again (S367-03)."""
    return ("File on 2027-03-02", *shorter_samples(date(2027, 3, 2)))


def remembered_newly_eligible_days() -> int:
    """The number of days back "Newly eligible" counts from, today included, as last set."""
    value = QSettings().value(NEWLY_ELIGIBLE_DAYS_SETTING, NEWLY_ELIGIBLE_DAYS)
    try:
        days = int(value)
    except (TypeError, ValueError):
        return NEWLY_ELIGIBLE_DAYS
    return days if 1 <= days <= NEWLY_ELIGIBLE_DAYS_MOST else NEWLY_ELIGIBLE_DAYS
# The counts at a glance: (label, key in CaseloadModel.counts(), outcome filter or None for review).
COUNTS = (
    ("Eligible now", "eligible_now"),
    ("Eligible later", "eligible_on"),  # as the filter it sets (U30-04: "soon" counted 2033 too)
    ("Blocked", "blocked"),
    ("Attorney review", "review"),
    # Clients an import added beside one with their name and date of birth (W24-03): found
    # here, opened, and one deleted (Ctrl+Z puts it back) once a person has checked.
    ("Possible d&uplicates", "duplicates"),
)

# What a count counts, where it is not what its name suggests: "Attorney review: 2,558" is half
# a caseload whose event report says "Needs an attorney's review 30" (A38's report).
COUNT_TIPS = {
    "review": ("Clients with any result still waiting for an attorney's review, or a petition denied and not "
               "reviewed since, whatever their best outcome (some are eligible now). The event report's \"Needs an attorney's review\" counts only clients "
               "whose best outcome is a review, and its \"with any result to review\" counts reviewed ones too. "
               "The same as {list} --review"),
}


# View > Sort list by: every column, each with its own letter (U30-02).
SORT_TITLES = {
    COL_NAME: "&Name",
    COL_DOB: "Date of &birth",
    COL_CASES: "&Cases",
    COL_EVENT: "Clinic &event",
    COL_BEST: "Best &outcome",
    COL_NEXT: "Ne&xt action",
    COL_OUTSTANDING: "Ou&tstanding",
}


class DayKeptDelegate(QStyledItemDelegate):
    """A next action too wide for its cell says it in fewer words ("Auto; file 2026-12-21": the
    model's ShortNextActionRole, made with the whole words from the line's state, Z55), and
    where even those do not fit, is cut short before its day, the day kept whole: "Auto; f...
    2026-12-21" (the model's NextActionDayRole: the day the words were made to end with).  Cut
    at the end, as the other columns are, a narrow list (853 pixels: 1280 at 150%) read
    "Automatic; file on 2..." and "Automatic from 203...", the day a petition is to be diarised
    lost (R51's finding); Qt's own middle cut halves the day too ("Automati...26-12-21"); the
    long words cut before the day read "Automa... 2026-12-21" for a petition to diarise and for
    nothing to file alike (V53-01).  Fewer words with no day (the attorney's queue's "PC 1203.4
    dismissal, ...") are cut at a word's end (`_cut_at_a_word`, S129-01).  The whole text is the
    cell's tooltip."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if option.rect.width() <= 0:
            return
        metrics, room, fits = cell_fit(option)
        if fits(option.text):
            return
        shorter = index.data(ShortNextActionRole)
        if shorter is not None:
            option.text = shorter
            if fits(shorter):
                return
        # The day the words end with, from the model (D58-02: found again by a regular
        # expression over the words); checked against them, so a mismatch is Qt's cut, never a
        # day cut off words that do not end with it.
        day = index.data(NextActionDayRole)
        if day is None and shorter is not None:
            option.text = _cut_at_a_word(shorter, fits) or shorter
            return
        if day is None or not option.text.endswith(f" {day}"):
            return  # no day to keep ("Held: record ruling"): Qt's own cut
        before = option.text[:-len(day)].rstrip()
        allowed = room - metrics.horizontalAdvance(f" {day}")
        while True:
            # The words cut to the room less the day's may still not fit, by a pixel, and Qt's
            # own cut would then halve the day: they are cut a pixel shorter until it fits.
            words = metrics.elidedText(before, Qt.TextElideMode.ElideRight, max(0, allowed))
            option.text = f"{words} {day}" if words else day
            if not words or fits(option.text):
                return
            allowed -= 1


def _cut_at_a_word(words: str, fits) -> str | None:
    """`words` cut short at the end of the last word that fits, "..." after it: a statute is
    shown whole or not at all.  The queue's "PC 1203.4 dismissal, PC 1203.425 ..." cut by Qt
    read "PC 1203.4 dismissal, PC 1..." and, before its fewer words, "To review: PC 1203...."
    (S129-01).  None where not even the first word fits: Qt's own cut then."""
    parts = words.split(" ")
    for kept in range(len(parts) - 1, 0, -1):
        cut = " ".join(parts[:kept]).rstrip(",;:") + " \u2026"
        if fits(cut):
            return cut
    return None


class MiddleCutDelegate(QStyledItemDelegate):
    """A clinic event too wide for its cell is cut in the middle, its end kept: a clinic's events
    are often named alike but for their day or place ("Expungement Fair — Compton 2026-03-14" and
    "... 2026-09-12"), and cut at the end, as the other columns are, both read "Expungement Fair
    — Compt..." (Q108-03).  The whole name is the cell's tooltip, as before."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class WholeLabelsDelegate(QStyledItemDelegate):
    """An Outstanding cell too narrow for its labels says those that fit whole and how many more:
    "probation to 2027-03-02, +2 more", or narrower "probation to 2027-03-02 +2" (the model's
    OutstandingLabelsRole).  Cut at its end as the other columns are, at 200% (a 1080p screen)
    it read "probation to ..." and "fines $260 (2...", the day and the sum lost, and nothing
    said that more followed (AA64).  Where even the first label does not fit, it is cut short
    before the count of the rest ("probation rev... +2").  The whole list is the cell's
    tooltip, and the Checklist tab's.  A first label saying two things, "; " between them
    ("probation ended 2026-10-09 (case BA500001); another runs to 2027-03-15 (case BA500002)"),
    is cut in its first, the second kept whole where it fits, else in its middle: cut at its
    end at 1366 wide, it read "probation ended 2026-10-09 (case BA500001); a... +1", the
    probation that runs on, why the client may not file yet, lost (Z119-01)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if option.rect.width() <= 0:
            return
        metrics, room, fits = cell_fit(option)
        labels = index.data(OutstandingLabelsRole) or []
        if fits(option.text) or not labels or (len(labels) < 2 and "; " not in labels[0]):
            return  # whole, or one label: Qt's own cut, the label whole in the tooltip
        for said in (", +{} more", " +{}"):  # the count of the rest said shorter before a label is cut
            for shown in range(len(labels) - 1, 0, -1):
                text = ", ".join(labels[:shown]) + said.format(len(labels) - shown)
                if fits(text):
                    option.text = text
                    return
        more = f" +{len(labels) - 1}" if len(labels) > 1 else ""
        first, said, second = labels[0].rpartition("; ")
        if said:  # the second thing whole after the first cut, where that fits
            allowed = metrics.horizontalAdvance(first)
            while allowed > 0:
                option.text = metrics.elidedText(first, Qt.TextElideMode.ElideRight, allowed) + said + second + more
                if fits(option.text):
                    return
                allowed -= 1
        # Cut a pixel shorter until Qt's own cut leaves it whole (DayKeptDelegate); two things
        # cut in the middle, the end of the second kept ("... has no end date recorded").
        cut = Qt.TextElideMode.ElideMiddle if said else Qt.TextElideMode.ElideRight
        allowed = room - metrics.horizontalAdvance(more)
        while allowed > 0:
            option.text = metrics.elidedText(labels[0], cut, allowed) + more
            if fits(option.text):
                return
            allowed -= 1


class EventFilterBox(QComboBox):
    """The Event filter: at least as wide as "Any event", and asking the width of the event
    chosen, which the filters' row gives where it has room (ui.flow_layout).  Sized for "Any
    event" alone, the event chosen read "Saturday Clinic 2026-11-:" beside empty room, and two
    Saturdays' events could not be told apart (U67-03)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.currentIndexChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self.currentText()), hint.height())
        whole = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(hint.width(), whole.width()), hint.height())


class CountyFilterBox(EventFilterBox):
    """The County filter, read again (`coming_to_use`) as the keyboard comes to it and as it is
    opened: a county not chosen whose last case was put right to a county the caseload has
    stayed among the choices, and chosen showed nobody (R82b-02, left by R81a-01: the window
    does not know a client's counties before the save)."""

    coming_to_use = Signal()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.coming_to_use.emit()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.coming_to_use.emit()
        super().showPopup()


class ChosenColumnsHeader(QHeaderView):
    """The caseload list's column names, in bold while lines are chosen, as Qt's own header shows
    them, without asking the list line by line.  Qt's header asked every line of every column
    whether it was chosen at each of its repaints (QItemSelectionModel.isColumnSelected, for a
    column wholly chosen), two calls into the model's Python per line: with all 20,000 lines
    chosen, Ctrl+A, a search or a sort held the window 0.3-2 s (P252).  So it is handed a choice
    of its own that stays empty, and the list's choice is read here from its ranges, a few at
    most, and said on each column's name as Qt says it (State_On, State_Sunken, the neighbours)."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)
        self._chosen: QItemSelectionModel | None = None

    def setSelectionModel(self, chosen: QItemSelectionModel) -> None:  # noqa: N802 - Qt's name
        """The list's choice kept to read from; Qt's header given an empty one of its own."""
        if self._chosen is not None:
            self._chosen.selectionChanged.disconnect(self._choice_changed)
        self._chosen = chosen
        chosen.selectionChanged.connect(self._choice_changed)
        super().setSelectionModel(QItemSelectionModel(chosen.model(), self))

    def _choice_changed(self, *_args) -> None:
        self.viewport().update()  # as Qt's header repaints its names when the choice changes

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The choice's ranges read once a repaint, not for each name and its neighbours: lines
        # chosen one by one, or kept through a filter, are thousands of ranges (P252).
        self._ranges = self._chosen_ranges()
        try:
            super().paintEvent(event)
        finally:
            self._ranges = None

    _ranges: list[tuple[int, int, int, int]] | None = None

    def _chosen_ranges(self) -> list[tuple[int, int, int, int]]:
        """The list's choice as (top, bottom, left, right) ranges, top first."""
        if self._chosen is None:
            return []
        return sorted((part.top(), part.bottom(), part.left(), part.right()) for part in self._chosen.selection()
                      if not part.parent().isValid())

    def _chosen_in(self, column: int) -> tuple[bool, bool]:
        """Whether any line is chosen in `column`, and whether every line of it is."""
        if self._chosen is None or column < 0 or self.model() is None:
            return False, False
        ranges = self._ranges if self._ranges is not None else self._chosen_ranges()
        parts = [(top, bottom) for top, bottom, left, right in ranges if left <= column <= right]
        lines, covered = self.model().rowCount(), 0
        for top, bottom in parts:
            if top > covered:
                break
            covered = max(covered, bottom + 1)
        return bool(parts), lines > 0 and covered >= lines

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, column: int) -> None:  # noqa: N802 - Qt's name
        super().initStyleOptionForIndex(option, column)
        if not (self.sectionsClickable() and self.highlightSections()):
            return
        if not option.state & QStyle.StateFlag.State_Sunken:  # Sunken already: the name pressed, said so alone
            some, every = self._chosen_in(column)
            if some:
                option.state |= QStyle.StateFlag.State_On
            if every:
                option.state |= QStyle.StateFlag.State_Sunken
        place = self.visualIndex(column)
        before, after = (self._chosen_in(self.logicalIndex(place + step))[1] for step in (-1, 1))
        option.selectedPosition = (QStyleOptionHeader.SelectedPosition.NextAndPreviousAreSelected if before and after
                                   else QStyleOptionHeader.SelectedPosition.PreviousIsSelected if before
                                   else QStyleOptionHeader.SelectedPosition.NextIsSelected if after
                                   else QStyleOptionHeader.SelectedPosition.NotAdjacent)


class CaseloadTable(QTableView):
    """The caseload list's table, which takes several lines (M231-01)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeader(ChosenColumnsHeader(self))
        self._typed_at = -1e9  # when a name was last typed on the list to go to it (Qt's type-ahead)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """Qt's type-ahead (a name's first letters typed on the list go to it), but not for the
        space of Space or Ctrl+Space alone, which choose a line or take it out: Qt looked for a
        name beginning with " " at each, asking every line's words of the model's Python, 0.2 s
        at 20,000 lines and a second at 100,000, to find none (P252).  A space within the
        letters typed, as in "Ana G", is looked for still."""
        now = time.monotonic()
        if not search.strip() and now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            return
        self._typed_at = now
        super().keyboardSearch(search)

    def rowsAboutToBeRemoved(self, parent, start: int, end: int) -> None:  # noqa: N802 - Qt's name
        """The lines chosen all leaving the list (an edit takes a client out of the filter): the
        line the keyboard goes on to is chosen, as Qt chose it while the list took one line only
        (W23-14); taking several, Qt left nobody chosen, and Down started over at the top."""
        chosen = self.selectionModel().selection() if self.selectionModel() is not None else None
        leaving = bool(chosen) and not parent.isValid() and all(start <= part.top() and part.bottom() <= end for part in chosen)
        if leaving:
            self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        try:
            super().rowsAboutToBeRemoved(parent, start, end)
        finally:
            if leaving:
                self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)


class CaseloadView(QWidget):
    """Search box, filters, counts and the virtual list of clients."""

    client_activated = Signal(int)  # the user opened a client (Enter or double-click)
    filter_changed = Signal()
    said = Signal(str)  # for the status bar and a screen reader (MainWindow._announce)
    shown = Signal(str)  # for the status bar alone: what the list says aloud itself, or not at all
    said_gone = Signal(str)  # what the list said that is no longer so, taken off the status bar
    # What the search box takes, for the status bar, when the keyboard comes to it; "" when it
    # leaves (MainWindow._search_hint).
    hint = Signal(str)
    # The cell the keyboard is on, whole where its column cuts it, for the status bar; "" when
    # it leaves it (ui.cell_in_full, MainWindow._cell_in_full).
    cell_in_full = Signal(str)

    def __init__(self, repo: Repository, parent: QWidget | None = None, *, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.repo = repo
        self.today = today  # the window's day (MainWindow.today), for "Eligible within 7 days"
        # The commands its tooltips name, on this caseload (S118-01): without its --db they ran
        # on the clinic's own.
        self.command = commands_on(repo.path or "")
        # The same, as a screen reader hears them (K409-01): the file as "--db CASELOAD", not its
        # whole path, said eight times on the page and holding perhaps a staff member's name.
        self.heard_command = heard_commands(self.command)
        self._searched = ""  # the search box's text the list was last narrowed to
        self._read_only = repo.read_only()  # its file cannot be written: read again at each load
        self._filtered_on = today()  # the day the list was last filtered for (follow_today)
        # A hearing passed is said so (Q54); on the attorney's queue, what each client awaits (C70-01).
        self.model = CaseloadModel(self, today=lambda: self.today(), awaiting=lambda client_ids: awaiting_of_many(self.repo, client_ids))
        self.proxy = CaseloadProxy(self)
        self.proxy.setSourceModel(self.model)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._searched_as_typed)
        self._build()

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        # The filters and the counts wrap onto another line where the window is narrow: at
        # 1280 pixels and 150% scaling (853 wide for Qt) the row of filters made the window's
        # narrowest width 888, wider than the screen, and the search box was "Na..." (W27C-03).
        top = FlowLayout()
        top.setSpacing(layout.spacing())
        # The two rows of filters in a pane that is as high as they need, and scrolls where the
        # page is short: on a 1366 x 768 laptop at 200% with a 12 pt font (667 x 344 for Qt)
        # they wrap onto five lines, and the Remedy and County line was drawn over the list (at
        # 15 pt the lines over each other: a layout squeezes what it cannot place, S102-01).
        # With room the pane takes their height exactly, and nothing moves.
        filters = QWidget()
        filters_layout = QVBoxLayout(filters)
        filters_layout.setContentsMargins(0, 0, 0, 0)
        filters_layout.setSpacing(layout.spacing())
        self.filters_pane = QScrollArea()
        self.filters_pane.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop of its own for Tab, nor the window's first focus (the search box stays it).
        self.filters_pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filters_pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filters_pane.setWidgetResizable(True)
        self.filters_pane.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        search_label = QLabel("&Search:")
        self.search = QLineEdit(placeholderText="Name, alias, case number or date of birth (Ctrl+F)")
        # The hint has room for what it searches, not how: a date typed as staff type one, and a
        # name and a date together, which found nobody before G64-01 and K64-01.
        self.search.setToolTip('A name, alias or case number ("Lopez", "25CJCM"); a date of birth as you type one '
                               '("3/2/85", "March 2 1985", "2 de marzo de 1985"); or a name with the date of birth '
                               'before or after it ("lopez 3/2/85"): that name, born that day; or the phone number '
                               'a client calls from ("(626) 555-0104", "555-0104")')
        tip_said_elsewhere(self.search)  # in the status bar as the keyboard comes (AA64), not as a tip too
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search clients")
        search_label.setBuddy(self.search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first)
        # Room for most of its hint before the filters go onto the next line.
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("Name, alias, case number"))
        top.add_group(search_label, self.search, stretch=True)

        self.outcome = self._combo("&Outcome:", top, "Filter by best outcome")
        for title, key in OUTCOME_FILTERS:
            self.outcome.addItem(title, key)
        self._say_outcome_tips()
        # Sized for "Any event" at the least, not for the longest event name: the row is full,
        # and Qt would otherwise squeeze the box below its own first item ("Any ever"); the
        # event chosen asks its own width (EventFilterBox).
        self.event = self._combo("Eve&nt:", top, "Filter by clinic event", EventFilterBox())
        self._say_filter(self.event, EVENT_SAID)
        self.language = self._combo("&Language:", top, "Filter by language")
        self._say_filter(self.language, LANGUAGE_SAID.replace("{codes}", " or ".join(LANGUAGES)))
        self.language.addItem("Any language", None)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_TITLES.get(code, code), code)
        filters_layout.addLayout(top)

        counts = FlowLayout()
        self.count_buttons: dict[str, QPushButton] = {}
        for title, key in COUNTS:
            button = QPushButton(title)
            button.setFlat(True)
            button.setCheckable(True)
            button.clicked.connect(lambda checked, k=key: self._count_clicked(k, checked))
            self.count_buttons[key] = button
            if key in COUNT_TIPS:
                self._say_filter(button, COUNT_TIPS[key])
            counts.add_group(button)
        # Those who became eligible now since a day (Q46-01): among thousands eligible for
        # years, the week's new filings.  The day each became so is kept in the caseload (E48:
        # it had lived in the window that re-screened, lost on closing it, and a re-screen by
        # `clinic-app rescreen` was never seen here).  The day beside the button starts a week
        # back (this day and the 6 before): a weekly re-screen's clients stay shown all week,
        # closed and opened again, without last week's; a re-screen here for an earlier day
        # moves it back to that day.  Shown once someone became eligible since that day.
        # Those screened by older rules than this Clinic Desk's, whom the status line counted and
        # nothing listed (K374-04): a count of its own, shown where there are any (set_older_rules).
        self.older_rules_button = QPushButton()
        self.older_rules_button.setFlat(True)
        self.older_rules_button.setCheckable(True)
        self._say_filter(self.older_rules_button, OLDER_RULES_SAID)
        self.older_rules_button.clicked.connect(self._filter_chosen)
        self.older_rules_button.hide()
        counts.add_group(self.older_rules_button)
        self._older_rules: frozenset[int] | None = None  # their ids, read when first listed
        self._older_rules_count = 0
        self._older_counted: ScreeningCounts | None = None  # the counts they were read by (set_older_rules)
        self.newly_eligible_button = QPushButton()
        self.newly_eligible_button.setFlat(True)
        self.newly_eligible_button.setCheckable(True)
        self.newly_eligible_button.clicked.connect(self._filter_chosen)
        self.newly_eligible_button.hide()
        self.newly_since_label = QLabel()
        self.newly_since = AsOfDateEdit(self.today() - timedelta(days=remembered_newly_eligible_days() - 1))
        self._newly_since_on = self.today()  # the day it was set on, to move on from (follow_today)
        self.newly_since.setAccessibleName("Newly eligible since")
        self.newly_since_label.setBuddy(self.newly_since)
        self.newly_since.day_changed.connect(self._newly_since_chosen)
        # No taller than the counts beside it (a pixel): a taller line centred the counts and
        # the ticks a pixel apart (tests/gui/test_small_screen.py, W27C-03).
        self.newly_since.setFixedHeight(self.newly_eligible_button.sizeHint().height())
        counts.add_group(self.newly_eligible_button, self.newly_since_label, self.newly_since)
        # The two ticks on this row, beside the counts that filter too, and "Showing N of M"
        # at the end of the filters above: the ticks there had left the search box 40 pixels
        # ("Na...") in a window 1024 wide (W27-05), and it is the box a paralegal types in first.
        self.outstanding = QCheckBox("Something ou&tstanding")
        self.review = QCheckBox("&Review needed")
        for box, said in ((self.outstanding, OUTSTANDING_SAID), (self.review, REVIEW_NEEDED_SAID)):
            self._say_filter(box, said)
            counts.add_group(box)
        # Who a remedy can help (F75-01): a Prop 47 night, a 17(b) clinic, a Prop 64 drive.
        # On this row, after the ticks: on the row above it took the search box's room (219
        # pixels left it at 1360 wide, "Name, alias, case number" cut).  Sized as the Event
        # filter, for "Any remedy" and the remedy chosen, not for the longest short name.
        self.remedy = self._combo("Re&medy:", counts, "Filter by remedy", EventFilterBox())
        self._say_filter(self.remedy, REMEDY_SAID)
        self.remedy.addItem("Any remedy", None)
        for key, title, said in remedy_filters(self.command):
            self.remedy.addItem(title, key)
            self.remedy.setItemData(self.remedy.count() - 1, said, Qt.ItemDataRole.ToolTipRole)
        # A clinic serving two counties: "the Orange County cases" (F75-02), the counties as the
        # cases' County boxes were typed, "Orange" and "Orange County" one (clinic_app.counties).
        self.county = self._combo("Count&y:", counts, "Filter by county", CountyFilterBox())
        self.county.coming_to_use.connect(self._counties_read_again)
        self._say_filter(self.county, COUNTY_SAID)
        self._county_spellings: dict[str, list[str]] = {}  # each county's spellings typed, by key
        self._county_ids: tuple[str, frozenset[int]] | None = None  # the county chosen's clients, read once
        self.shown_label = QLabel()
        top.add_group(self.shown_label)
        filters_layout.addLayout(counts)
        # The day beside Newly eligible left holding typing it could not read ("2/29/2027",
        # K293-02) over the clients of the day before, said by its tooltip alone: read as that
        # day's.  Said under it as the Eligibility tab says its own (R301-01, K304-01).
        self.newly_since_note = note_above(filters_layout, "About the Newly eligible day", ABOUT_THE_RESULT_COLOURS)
        self.newly_since.refused_kept.connect(self._say_newly_since_refused)
        self.newly_eligible_button.toggled.connect(lambda _down: self._say_newly_since_refused(self.newly_since.refused_now()))
        self.filters_pane.setWidget(filters)
        layout.addWidget(self.filters_pane)
        # A filter the keyboard comes to is scrolled into sight (Alt+M, Ctrl+F: Tab alone
        # would do it, QScrollArea.focusNextPrevChild).
        QApplication.instance().focusChanged.connect(self._filter_in_sight)

        # Said when the list is empty (W21-28: a search that found nobody showed a blank table
        # and "Showing 0 of 2,200"), with the way back to every client.
        self.empty = QWidget()
        empty_layout = QHBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 4, 0, 4)
        self.empty_label = NamedWords("Why the list is empty")
        self.empty_label.setWordWrap(True)
        self.show_all = QPushButton("Show every client")
        self.show_all.setToolTip("Clear the search box and set every filter back to Any")
        self.show_all.clicked.connect(self.show_every_client)
        # A surname spelled as heard ("Hakobian"): the caseload's spelling close to it, searched
        # at a press (P97-02).  Shown only where one is offered.
        self.close_spelling = QPushButton()
        self.close_spelling.clicked.connect(self._search_close_spelling)
        self.close_spelling.hide()
        self._spelling_offered: str | None = None
        self._offered_what = ""  # what the search offered is, said as it is searched
        # The words scroll where the page is short, not squeezed: at 200% with 15 pt text the
        # empty caseload's "No clients yet" had 128 of its 216 pixels, its first and last lines
        # cut (S105-05).  Where they have the room they are laid out as before.
        self.empty_words = WordsScroll(self.empty_label)
        empty_layout.addWidget(self.empty_words, 1)
        empty_layout.addWidget(self.close_spelling)
        empty_layout.addWidget(self.show_all)
        self.empty.hide()
        layout.addWidget(self.empty)

        self.table = CaseloadTable()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Caseload")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several lines chosen as in every desktop list (Ctrl+click, Shift+click, Shift+arrows,
        # Ctrl+Space, Ctrl+A), for their handouts at once: ten clients picked from 5,000 took ten
        # Ctrl+P's, or a filter that happened to show exactly them (M231-01, from C218).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.next_action_delegate = DayKeptDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_NEXT, self.next_action_delegate)
        self.outstanding_delegate = WholeLabelsDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_OUTSTANDING, self.outstanding_delegate)
        self.event_delegate = MiddleCutDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_EVENT, self.event_delegate)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from sample text, so they follow the font size (200% scaling included).
        fm = self.fontMetrics()
        samples = (
            (COL_NAME, "Guadalupe Hernández-Villanueva"),
            (COL_DOB, "Date of birth"),
            (COL_CASES, "Cases"),
            (COL_EVENT, "Compton expungement fair"),
            (COL_BEST, "Eligible on 2027-03-02"),
            # The longest with a date (next_action): a petition filed with its hearing (P53: cut to
            # "Filed 2026-11-02;... 2026-11-25", its hearing day half hidden); "Screen again on
            # 2027-03-02", "Automatic: check RAP sheet" and "Automatic from 2027-03-02" fit too.
            (COL_NEXT, "Filed 2026-11-02; hearing 2027-01-10"),
        )
        self._natural = {column: fm.horizontalAdvance(sample) + 28 for column, sample in samples}
        # Where the list is narrower than those widths (853 pixels: 1280 at 150%), the clinic
        # event gives way first, then the name, each cut short with "..." down to these; the
        # outcome, the dates and the count stay whole, and the event's whole name is its
        # tooltip (W28-01: the list scrolled sideways, Next action past the edge).
        # The next action gives way last, never below a filing day whole (U30-01: its words
        # and day are wider than the bare date it was), nor below the shorter words of
        # automatic relief with its day ("Auto; file 2027-03-02", V53-01: cut, a petition to
        # diarise and nothing to file read alike); its whole text is its tooltip.  The name
        # gives it the 15 pixels that takes at 853 (a long list's scroll bar beside it): its
        # sample still whole, with the next action's margins rather than the headers' 28.
        self._least = {COL_EVENT: fm.horizontalAdvance("Clinic event") + 28,
                       COL_NAME: fm.horizontalAdvance("Guadalupe Hernández") + 12,
                       COL_NEXT: max(fm.horizontalAdvance(text) for text in _next_action_samples()) + 12}
        # The Outstanding column's least: one label with its day whole (the commonest kind,
        # "probation to 2027-03-02", with the count of the rest: WholeLabelsDelegate), taken from
        # the event, the name and the next action as they give way; it was its header's width,
        # "probation to ..." at 200% (AA64).  An early end the court has ordered is said longer
        # (S165-02), and at its least it read "probation ends early 2027-01... +1", its day lost
        # where "probation to" kept it (R166-01): the least keeps either whole.
        self._outstanding_least = max(fm.horizontalAdvance(label) for label in (
            "probation to 2027-03-02, +2 more", f"{probation_ends_early(date(2027, 3, 2))} +2")) + 12
        self._outstanding_header = fm.horizontalAdvance("Outstanding") + 28  # as the samples' headers
        self._sized_by_hand = False  # a column the user dragged: their widths are kept
        self._fitting = False
        self._fit_columns()
        header.sectionResized.connect(self._column_dragged)
        ColumnWidthsMenu(self.table, self.reset_columns)  # the keyboard's way to the widths (K97-02)
        self.table.viewport().installEventFilter(self)
        self.search.installEventFilter(self)  # Escape clears it (eventFilter)
        self.table.activated.connect(self._activated)
        # The client opened from the list, with the lines before and after theirs then (C218-02).
        self._opened_between: tuple[int, int | None, int | None] | None = None
        self.table.selectionModel().currentRowChanged.connect(self._opened_left)
        # A sort asked for since (a header, View > Sort list by) is the order gone down now: Down
        # went on to the line after the client's in the order before it, "as the list stood" (R229-01).
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._opened_forgotten)
        self._how_many_said = 0  # how many lines were chosen when the status bar last said so
        self._several_said: str | None = None  # its words, while several lines are chosen
        self._several_heard = False  # whether they were said aloud whole since several were chosen
        self._several_heard_after = QTimer(self, singleShot=True, interval=CHOOSING_PAUSE_MS)
        self._several_heard_after.timeout.connect(self._say_aloud_several_chosen)
        self.table.selectionModel().selectionChanged.connect(self._say_several_chosen)
        self.model.sorted_shown.connect(self._chosen_in_view)
        # The cell the keyboard is on, whole in the status bar where its column cuts it (B70-02's
        # Outstanding, and every column since K97-01); leaving the list takes it away.
        CellInFull(self.table, of_row=lambda index: index.siblingAtColumn(COL_NAME).data() or "").said.connect(self.cell_in_full)
        self.table.installEventFilter(self)  # Escape there clears a search
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        # Tab from the search box goes to what it found: the list (the empty list's buttons first,
        # where it found nobody), then the filters as they are laid out.  It went through the
        # thirteen filters first, the list last (Q113-05); Down and Enter went to the list already.
        chain = [self.search, self.close_spelling, self.show_all, self.table, self.outcome, self.event, self.language,
                 *self.count_buttons.values(), self.older_rules_button, self.newly_eligible_button, self.newly_since, self.outstanding, self.review,
                 self.remedy, self.county]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        # The filters' pane measured again (S102-01) where a filter is shown or its words change,
        # and where "Show every client" takes room from the page or gives it back.
        filters.installEventFilter(self)
        self.empty.installEventFilter(self)
        # Connected last: filling the combos above must not filter a list that is not built yet.
        for combo in (self.outcome, self.event, self.language, self.remedy, self.county):
            combo.currentIndexChanged.connect(self._filter_chosen)
        for box in (self.outstanding, self.review):
            box.toggled.connect(self._filter_chosen)
        self.review.toggled.connect(lambda _on: self._fit_columns())  # the queue's columns (L126-02)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_filters()

    def _fit_filters(self) -> None:
        """The filters' pane as high as its filters need at the page's width, and no higher than
        leaves the list its header and three clients (S102-01); the rest is scrolled to."""
        pane, filters = self.filters_pane, self.filters_pane.widget()
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        needed = filters.heightForWidth(width)
        table = self.table
        # Its sideways bar counted even where not shown: at 200% the columns are wider than the page.
        list_least = (table.horizontalHeader().sizeHint().height() + 3 * table.verticalHeader().defaultSectionSize()
                      + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())
        room = self.height() - margins.top() - margins.bottom() - self.layout().spacing() - list_least
        if self.empty.isVisibleTo(self):  # "Show every client" under the filters
            room -= self.empty.sizeHint().height() + self.layout().spacing()
        # Never below the first line of filters (the search box a paralegal types in first).
        height = needed if needed <= room else max(room, self.search.sizeHint().height())
        if pane.height() != height or pane.minimumHeight() != height:
            pane.setFixedHeight(height)

    def _filter_in_sight(self, _old, now) -> None:
        if now is not None and self.filters_pane.widget().isAncestorOf(now):
            self.filters_pane.ensureWidgetVisible(now, 0, 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.filters_pane.widget() and event.type() == QEvent.Type.LayoutRequest
                or watched is self.empty and event.type() in (QEvent.Type.Show, QEvent.Type.Hide)):
            self._fit_filters()
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if watched is self.table.viewport() and event.type() == QEvent.Type.ToolTip and self._whole_name(event):
            return True
        if watched is self.search and event.type() == QEvent.Type.FocusIn and event.reason() in KEYBOARD_FOCUS:
            # What it takes (a date of birth as staff type one, a name with a date) was its
            # tooltip only, seen by hovering: a paralegal at Ctrl+F never learnt it (AA64).
            self.hint.emit(self.search.toolTip())
        elif watched is self.search and event.type() == QEvent.Type.FocusOut:
            self.hint.emit("")
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and self.search.text()):
            # Escape clears the search, as in most search boxes: it did nothing, and the way
            # back to every client was the small ✕ at the end of the box (W28-09).
            self.search.clear()
            self.apply_filters()
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and not event.modifiers() and self.search.text()):
            # On the list too (reached from the search by Down or Enter), as in the box: Escape
            # there did nothing, and the list stayed at the search's matches (U93-02).  The
            # line chosen stays chosen, and the focus on the list: the paralegal's place.
            chosen, several = self.selected_client_id(), self._several_chosen()
            self.search.clear()
            self.apply_filters()
            if chosen is not None:
                self.select_client(chosen)
            elif several is not None:
                self.choose_clients(*several)
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy)
                and self.chosen_count() > 1):
            self._copy_chosen_lines()
            return True
        if (watched is self.table and event.type() == QEvent.Type.FocusIn
                and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)):
            self._first_chosen_if_none()
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self._on_from_where_opened(event.key() == Qt.Key.Key_Down)):
            return True
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            # Down goes to the clients found, as in most search boxes: it did nothing, and a
            # paralegal who typed a name two clients share reached the list by Tab or by
            # Enter only (A34-02).  The search typed is run first if its pause has not.
            self.apply_filters()
            return self._to_list()
        return super().eventFilter(watched, event)

    def _whole_name(self, event) -> bool:
        """A client's name cut short ("...") in its column shown whole in a tooltip, as the
        clinic event's is: a long name (66 letters, both surnames with their particles) read
        "María de los Ángeles Villaseñor-Gu..." and hovering showed nothing, so two clients
        whose names differ at the end could not be told apart (G42-04).  False where the
        name is whole.  A line found by an alias keeps its own tooltip under the whole line:
        it had said only "Found by an alias: ...", the name still cut short (R43-04)."""
        index = self.table.indexAt(event.pos())
        if index.column() != COL_NAME:
            return False
        name, room = index.data() or "", self.table.visualRect(index)
        # Less the cell's margins either side of its text (Fusion's, with room to spare).
        if self.table.fontMetrics().horizontalAdvance(name) <= room.width() - 8:
            return False
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(event.globalPos(), name if own is None else f"{name}\n{own}", self.table.viewport(), room)
        return True

    def _to_list(self) -> bool:
        """Focus on the list, on the line chosen (the first, if none is); False if it is empty."""
        if self.proxy.rowCount() == 0:
            return False
        self._first_chosen_if_none()
        self.table.scrollTo(self.table.currentIndex())
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _first_chosen_if_none(self) -> None:
        """The list's first line chosen where nobody is, the keyboard's column kept (R102-01).
        A sort (or a filter) left Qt's cursor on a line unchosen (_chosen_in_view), and Tab to
        the list left it on the first line unchosen: Down from the search there chose nobody,
        and the next Down (the first, after Tab) chose the second line, the soonest "File on"
        of a list sorted by Next action passed over (C218-01, C218-03)."""
        if self.table.selectionModel().hasSelection() or self.proxy.rowCount() == 0:
            return
        column = max(self.table.currentIndex().column(), 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.proxy.index(0, column), flags)
        self.table.scrollTo(self.table.currentIndex())

    def _fit_columns(self) -> None:
        """The columns at their natural widths, less what the list's width lacks, taken
        from the clinic event, then the name, then the next action (see _least)."""
        if self._sized_by_hand:
            if not self.review.isChecked():  # the queue left: what is to review back in its place
                self._next_beside_the_name(False)
            self._outstanding_back_at_the_end()
            return
        widths = dict(self._natural)
        over = sum(widths.values()) + self._outstanding_least - self.table.viewport().width()
        for column in (COL_EVENT, COL_NAME, COL_NEXT):
            cut = max(0, min(over, widths[column] - self._least[column]))
            widths[column] -= cut
            over -= cut
        header = self.table.horizontalHeader()
        self._fitting = True
        for column, width in widths.items():
            header.resizeSection(column, width)
        # Where the others at their least leave it no room for its own header (a laptop at 200%),
        # what the client still owes comes next to their name, at its least (one label whole, and
        # how many more): last, it began past the list's right edge, seen only by scrolling
        # sideways (W122-02).  The others follow it, in their order; with room, it is last again.
        moved = self.table.viewport().width() - sum(widths.values()) < self._outstanding_header
        # In the attorney's queue (Review needed) what is to review comes next to the name too,
        # before what is owed: at 200% "To review: PC 1203.4 ..." began past the list's right
        # edge, beside an Outstanding column empty for most of the queue (L126-02).
        self._next_beside_the_name(moved and self.review.isChecked())
        place = header.visualIndex(COL_NAME) + 1 + (header.visualIndex(COL_NEXT) == 1) if moved else header.count() - 1
        if header.visualIndex(COL_OUTSTANDING) != place:
            header.moveSection(header.visualIndex(COL_OUTSTANDING), place)
            if not moved:  # last, it takes the room left: the width it had beside the name was its least
                header.resizeSection(COL_OUTSTANDING, header.minimumSectionSize())
        if moved:
            header.resizeSection(COL_OUTSTANDING, self._outstanding_least)
        self._fitting = False

    def _next_beside_the_name(self, beside: bool) -> None:
        """Next action next to the name (`beside`), or back in its place after Best outcome."""
        header = self.table.horizontalHeader()
        place = 1 if beside else header.visualIndex(COL_BEST) + (header.visualIndex(COL_NEXT) > header.visualIndex(COL_BEST))
        if header.visualIndex(COL_NEXT) != place:
            header.moveSection(header.visualIndex(COL_NEXT), place)

    def _outstanding_back_at_the_end(self) -> None:
        """Outstanding last again where the list has the room for it, the widths the user dragged
        kept: once a divider was dragged next to it at 200%, a window widened left it beside the
        name, at its least, until Reset column widths (X123-01).  The column last while it was
        moved had the room left, not a width chosen: it has its own again."""
        header = self.table.horizontalHeader()
        if header.visualIndex(COL_OUTSTANDING) == header.count() - 1:
            return
        stretched = header.logicalIndex(header.count() - 1)
        widths = {column: header.sectionSize(column) for column in self._natural}
        widths[stretched] = self._natural[stretched]
        if self.table.viewport().width() - sum(widths.values()) < self._outstanding_header:
            return
        self._fitting = True
        self._next_beside_the_name(False)
        header.moveSection(header.visualIndex(COL_OUTSTANDING), header.count() - 1)
        header.resizeSection(stretched, widths[stretched])
        header.resizeSection(COL_OUTSTANDING, header.minimumSectionSize())  # last, it takes the room left
        self._fitting = False

    def reset_columns(self) -> None:
        """The columns as the program sizes them again, after a divider dragged or a column fitted."""
        self._sized_by_hand = False
        self._fit_columns()

    def _column_dragged(self, column: int, _old: int, _new: int) -> None:
        # The last column takes the room left as the list is sized: not a width the user chose
        # (Outstanding, unless next to the name: W122-02).
        header = self.table.horizontalHeader()
        if not self._fitting and header.visualIndex(column) != header.count() - 1:
            self._sized_by_hand = True

    def _combo(self, title: str, layout: FlowLayout, accessible: str, combo: QComboBox | None = None) -> QComboBox:
        label = QLabel(title)
        combo = combo or QComboBox()
        combo.setAccessibleName(accessible)
        label.setBuddy(combo)
        layout.add_group(label, combo)
        return combo

    # ---- data ------------------------------------------------------------------------

    def load(self) -> None:
        """Read the whole caseload list from the repository (no records, no screening)."""
        self.show_rows(self.repo.list_clients(), put_right=self.repo.put_right_pairs())

    def show_rows(self, rows: list, people=None, put_right=None) -> None:
        """Fill the list with `rows` (from `load` or from a background read, which gives their
        person keys too, for the possible duplicates: see CaseloadModel.set_rows), the client
        chosen staying chosen (W23-09: after a re-screen or an import read the list again,
        nothing was chosen and the arrow keys started over at the top)."""
        selected, several = self.selected_client_id(), self._several_chosen()
        # Made read-only, or writable again (by the clinic's IT), since the last load: what the
        # list says of a re-screen follows, as the status line's button does (K272-02).
        if self.repo.read_only() != self._read_only:
            self._read_only = not self._read_only
            self._say_outcome_tips()
        self.model.set_rows(rows, people, put_right)
        self.refresh_choices()
        self.apply_filters()
        if selected is not None:
            self.select_client(selected)
        elif several is not None:
            self.choose_clients(*several)

    def set_put_right(self, pairs: set[frozenset[int]]) -> None:
        """The pairs of a name or date of birth put right on a laptop, read after the list
        (L47-01): they join "Possible duplicates", and the list it shows, where chosen; the
        client chosen stays chosen, the rest of the list as it was."""
        self.model.set_put_right(pairs)
        shown = self.model.current_filter()
        if shown.duplicates is not None:
            # Those pairs join the lines shown in their places, not by a reset that took the
            # list back to the top under the paralegal's eyes.
            self.model.set_filter(replace(shown, duplicates=self.model.duplicate_ids()), in_place=True)
            self._say_shown()
        self.update_counts()

    def events_offered(self) -> set[str]:
        """The clinic events the Event filter offers now ("Any event" aside)."""
        return {self.event.itemData(i) for i in range(1, self.event.count())}

    def refresh_choices(self) -> None:
        """Refill the event filter (keeping the chosen event) and the counts."""
        chosen = self.event.currentData()
        self.event.blockSignals(True)
        self.event.clear()
        self.event.addItem("Any event", None)
        for name in self.model.events():
            self.event.addItem(name, name)
        index = self.event.findData(chosen)
        self.event.setCurrentIndex(max(index, 0))
        self.event.blockSignals(False)
        county_gone = self.refresh_counties()
        if (chosen is not None and index < 0) or county_gone:
            # The event or county chosen is gone from the caseload (its last client removed, its
            # last case's county put right): the box says "Any ..." and the list shows what it
            # says, where it had kept the old choice's clients, or nobody (R77-01).
            self.apply_filters()
        self.update_counts()

    def update_counts(self) -> None:
        self._say_counts()
        self._count_newly_eligible()
        shown = self.model.current_filter().duplicates
        if shown is not None and shown != self.model.duplicate_ids():
            self.apply_filters()  # one of a pair deleted or renamed: the other leaves the list too
        self._say_shown()  # a client added or deleted changes "Showing N of M" too

    def _say_counts(self) -> None:
        """Each count's clients: of the list as filtered, beside the whole caseload's where a
        filter leaves some out ("Eligible now: 312 of 2,345", P80-01), as "Showing N of M"."""
        whole, shown = self.model.counts(), self.model.counts_shown()
        for title, key in COUNTS:
            button = self.count_buttons[key]
            of_all = whole.get(key, 0)
            here = of_all if shown is None else shown.get(key, 0)
            said = f"{here:,}" if here == of_all else f"{here:,} of {of_all:,}"
            button.setText(f"{title}: {said}")
            # A screen reader reads the accessible name in place of the text: set once as
            # "Show only: Eligible now", it never said how many clients each count holds.
            button.setAccessibleName(f"Show only {title.replace('&', '')}: {_heard(here, of_all)}")
        self._say_older_rules(narrowed=shown is not None)

    def _say_older_rules(self, *, narrowed: bool) -> None:
        """The "Older rules" count, of the list as filtered beside the whole caseload's where a
        filter leaves some out, as the other counts: a search of "Garcia" read "Older rules:
        2,857" above 562 lines, of whom 81 (R380-04).  Their ids are read for it then."""
        of_all = self._older_rules_count
        here = self.model.shown_of(self._older_rule_ids()) if narrowed and of_all else None
        here = of_all if here is None else here
        button = self.older_rules_button
        button.setText(f"Older rules: {here:,}" if here == of_all else f"Older rules: {here:,} of {of_all:,}")
        button.setAccessibleName(f"Show only those screened by older rules: {_heard(here, of_all)}")

    def set_older_rules(self, counts: ScreeningCounts) -> None:
        """How many clients were last screened by older rules than the program's, as the status
        line counts them (the main window's ScreeningCounts, `counts.older`): the count shown
        where there are any, or while it lists them; a count changed (a client opened, screened
        by today's rules, a re-screen, an import) reads them again where it lists them (K374-04),
        and so does a caseload counted again, a new `counts` (a load, another desk's changes):
        one screened again and another stored by older rules left the number as it was and the
        list as first read, naming the one and missing the other (R380-01)."""
        older, counted_again = counts.older, counts is not self._older_counted
        if older == self._older_rules_count and self._older_rules is not None and not counted_again:
            return
        self._older_counted = counts
        self._older_rules_count, self._older_rules = older, None
        if older:
            # Some by older rules again before the list came in sight (another desk's import): "No
            # client is screened by older rules now" was said over "Older rules: 1" (R390-02).
            self._older_let_go = None
        button = self.older_rules_button
        if button.isChecked() and not older:
            button.setChecked(False)  # every one screened again: nothing left to list
            # Said, as each one before it leaving was: the last one opened and back at the list,
            # the button gone and the whole caseload listed, a screen reader heard nothing (A388-03).
            # The last one opened is screened as her page comes in front of the list: it is said
            # once the list is in sight again, not over "Opened ..." (a turn later: the page changed).
            self._older_let_go = self._narrowed()
            QTimer.singleShot(0, self, self._say_older_let_go)
        elif button.isChecked():
            self.model.set_filter(replace(self.model.current_filter(), older_rules=self._older_rule_ids()), in_place=True)
            self._say_shown()
            # The counts above it count the lines it holds read again: "Eligible now: 2 of 3"
            # stood above Otto alone, Olga screened again by today's rules (R385-03).
            self._say_counts()
        self._say_older_rules(narrowed=self.model.counts_shown() is not None)
        button.setVisible(older > 0 or button.isChecked())

    _older_let_go: str | None = None  # the list's filter by older rules let go, not said yet: _narrowed's words

    def _say_older_let_go(self) -> None:
        """That no client is left screened by older rules, so their count no longer narrows the
        list, and what the list shows now (A388-03): once, with the list in sight."""
        if self._older_let_go is not None and self.isVisible():
            hidden, self._older_let_go = self._older_let_go, None
            self.said.emit(f"{OLDER_RULES_NONE_LEFT} {self.shown_label.text()}.{hidden}")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._say_older_let_go()

    def _older_rule_ids(self) -> frozenset[int]:
        """The clients last screened by older rules (Repository.screened_by_older_rules), read
        once a count (`set_older_rules`): one pass over the newest screenings."""
        if self._older_rules is None:
            from clinic_app.eligibility import RULES_VERSION

            self._older_rules = frozenset(self.repo.screened_by_older_rules(RULES_VERSION))
        return self._older_rules

    def newly_eligible_since(self) -> date:
        """The day "Newly eligible" counts from (the day beside the button)."""
        return from_qdate(self.newly_since.date())

    def show_newly_eligible_since(self, day: date) -> None:
        """Count (and show, when the button is down) those newly eligible since `day`: after a
        re-screen for an earlier day than the one shown, so that its clients are among them."""
        self.newly_since.set_day_quietly(day)
        self._newly_since_changed(day)

    def _newly_since_chosen(self, day: date) -> None:
        """A day set by hand: how many days back it is is kept for the next start (L51); a
        re-screen's day (show_newly_eligible_since) is not a choice, and a day to come counts
        no one back."""
        days = (self.today() - day).days + 1
        if 1 <= days <= NEWLY_ELIGIBLE_DAYS_MOST:
            QSettings().setValue(NEWLY_ELIGIBLE_DAYS_SETTING, days)
        self._newly_since_changed(day)

    def _say_newly_since_refused(self, refused: str) -> None:
        if refused:
            shown = "listed" if self.newly_eligible_button.isChecked() else "counted"
            self.newly_since_note.setText(self.newly_since.still_the_day_before(
                f"The clients {shown} as newly eligible", f"since {self.newly_eligible_since().isoformat()}", refused))
        self.newly_since_note.setVisible(bool(refused))

    def _newly_since_changed(self, _day: date) -> None:
        self._newly_since_on = self.today()
        self._count_newly_eligible()
        if self.newly_eligible_button.isChecked():
            self.apply_filters()

    def _newly_eligible_rows(self) -> list:
        day = self.newly_eligible_since()
        # The few with a day asked alone: 5 ms over 100,000 lines, where asking each took 16.
        return [row for row in self.model.all_rows() if row.eligible_now_since is not None and newly_eligible(row.eligible_now_since, day)]

    def newly_eligible_counts(self) -> tuple[int, int, int]:
        """(with a petition to file, with automatic relief only, of those with a petition after
        it) of those who became eligible now since the day shown: the second are no new filing
        (N47), and are counted apart; the third have one to file on a day to come (J50, L51).
        Those whose every petition to file is filed already are none of these (R55): see
        `newly_eligible_filed`."""
        return self._newly_eligible_split(self._newly_eligible_rows())[:3]

    def newly_eligible_filed(self) -> int:
        """Of those who became eligible now since the day shown, how many have every petition
        to file now filed already (awaiting the court, or ruled on): listed by "Newly eligible",
        as by `clinic-app list --newly-eligible-since`, but not counted among those to file."""
        return self._newly_eligible_split(self._newly_eligible_rows())[3]

    @staticmethod
    def _newly_eligible_split(rows: list) -> tuple[int, int, int, int]:
        automatic = sum(1 for row in rows if row.automatic_only)
        later = sum(1 for row in rows if row.automatic_only and row.file_on is not None)
        filed = sum(1 for row in rows if not row.automatic_only and all_filed(row.court))
        return len(rows) - automatic - filed, automatic, later, filed

    def _count_newly_eligible(self) -> None:
        to_file, automatic, petition_later, filed = self._newly_eligible_split(self._newly_eligible_rows())
        day = self.newly_eligible_since()
        button = self.newly_eligible_button
        more = f" + {automatic:,} automatic" if automatic else ""
        # Filed for since they became eligible: listed, but no filing of this week's (R55).
        more += f" + {filed:,} filed" if filed else ""
        button.setText(f"Ne&wly eligible: {to_file:,}{more}")
        # Heard as the tooltip says them: one with a petition after automatic relief is not
        # "automatic relief only" (L51 told them apart in the tooltip, not here: R52-02).
        alone = automatic - petition_later
        button.setAccessibleName(f"Show only those newly eligible since {day:%B} {day.day}, {day.year}: "
                                 f"{count(to_file, 'client')} to file" + (f", {alone:,} with automatic relief only" if alone else "")
                                 + (f", {petition_later:,} with automatic relief now and a petition to file later" if petition_later else "")
                                 + (f", {filed:,} {FILED_ALREADY}" if filed else ""))
        tip = (f"Clients who became eligible now on {day:%B} {day.day}, {day.year} or after (the day beside this; it starts "
               f"a week back, or as many days back as it was last set to), as a re-screen or a change to their record "
               f"found them: {count(to_file, 'client')} with a petition to file")
        if automatic > petition_later:
            tip += (f", and {automatic - petition_later:,} with automatic relief only (PC 1203.425 / 851.93: nothing to file; "
                    "listed \u201cAutomatic: check RAP sheet\u201d)")
        if petition_later:
            # Not "nothing to file": a petition comes after the automatic relief (L51).
            tip += (f", and {petition_later:,} with automatic relief now and a petition to file later "
                    "(listed \u201cAutomatic; file on\u201d its day)")
        if filed:
            tip += f", and {filed:,} {FILED_ALREADY} (listed by where the court stands)"
        self._say_filter(button, tip + f". The same as {{list}} --newly-eligible-since {day.isoformat()}.")
        shown = bool(to_file or automatic or filed) or button.isChecked()
        button.setVisible(shown)
        # Beside the button "since"; alone, what the day is for.
        self.newly_since_label.setText("since" if shown else "Newly eligible since")
        self.newly_since.setToolTip(button.toolTip())
        self.newly_since.setAccessibleDescription(button.accessibleDescription())

    def _say_shown(self) -> None:
        total, shown = len(self.model.all_rows()), self.model.rowCount()
        self.shown_label.setText(f"Showing {shown:,} of {count(total, 'client')}")  # "of 1 client" (K262-01)
        self.empty.setVisible(shown == 0)
        if total:
            self._first_steps_heard("")
        if shown:
            return
        text = self.search.text().strip()
        filtered = self.current_filter_chosen()
        if total == 0:
            # Every way in for a first-time user (F24-05): the end-of-day import was not named.
            # And how a clinic event is made (E29-11): there is no "New event"; the volunteer
            # looked for one in the menus before a client was entered.
            # One step to a line (E138-01): run together as one paragraph, a first-time volunteer
            # read six sentences to find the one menu path wanted.  Plain lines, not rich text,
            # so a screen reader hears the same words as the description, with no tags.
            # Each step a line whole at the window's first size, at 15 pt too (S140-02): the
            # first ran over two ("..., / or bring in ..."), the words said shorter to fit.
            # The words are ui.first_steps', Help > First steps' too, their keys read from the menus.
            steps = [first_steps.NEW_CLIENT, first_steps.INTAKE, first_steps.IMPORT, first_steps.RESTORE,
                     self._clinic_to_set_up(), self._encrypt_while_empty(),
                     # Started with no --demo, the demo went unnamed (X101-04).
                     first_steps.DEMO, first_steps.HOW_TO]
            bar = self.window().menuBar() if isinstance(self.window(), QMainWindow) else None
            steps = [first_steps.said(step, bar) for step in steps if step]
            self.empty_words.say("\n".join(steps))
            self._first_steps_heard(self.empty_label.text())
        elif text:
            # A name spelled another way than the caseload's finds nobody: the caseload's spelling
            # close to it, searched at a press (P97-02), and its first letters, which find it
            # where the spelling offered is not theirs (F97-02).
            close = [] if filtered else close_spellings(text, self.model.name_words())
            shorter = first_letters_search(text)
            # "10/11/1967", typed day first as her Mexican ID prints it, was read as October 11
            # and found nobody, with nothing said of how it was read (R157-02).
            two_ways = read_month_first_said(text)
            offered = two_ways[1] if two_ways else close[0] if close else None
            self.empty_words.say(f"No client matches “{text}”" + (" with the filters chosen" if filtered else "") + "."
                                     + (f" Its date was {two_ways[0]} (Enter searches it)." if two_ways else "")
                                     + (f" Spelled close to it: {', '.join(f'“{name}”' for name in close)}"
                                        + (f" (Enter searches “{close[0]}”)." if not two_ways else ".") if close else "")
                                     + " Clear the search (the ✕ at the end of the box) or click “Show every client”."
                                     + (f" Spelled another way? Type fewer letters, “{shorter}”, or the date of birth."
                                        if shorter else ""))
            self._offer_spelling(offered, "a date of birth read the other way" if two_ways else None)
            self.show_all.setVisible(True)
            return
        elif self.review.isChecked() and not self.current_filter_chosen(besides_review=True):
            self.empty_words.say(self._review_queue_empty())
        else:
            self.empty_words.say("No client has what the filters ask for. Set them back to “Any”, or click “Show every client”.")
        self._offer_spelling(None)
        self.show_all.setVisible(total > 0)

    def _offer_spelling(self, spelling: str | None, what: str | None = None) -> None:
        """The button that searches the caseload's spelling close to the search (P97-02), or
        another search (`what` it is: the date read the other way, R157-02), or none."""
        self._spelling_offered = spelling
        self._offered_what = what or "a name spelled close to what was typed"
        self.close_spelling.setVisible(spelling is not None)
        if spelling is not None:
            self.close_spelling.setText(f"Search “{spelling}”")
            self.close_spelling.setToolTip(f"Search the caseload for “{spelling}”, {self._offered_what}")

    def _search_close_spelling(self) -> None:
        """The spelling offered, searched as if typed; the keyboard back in the box, to Enter."""
        if self._spelling_offered is None:
            return
        searched, what = self._spelling_offered, self._offered_what
        self.search.setText(searched)
        self.apply_filters()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        # The box's new words were all a screen reader heard: not why, nor whom they found,
        # written beside the list (Y162-05).
        shown = self.proxy.rowCount()
        found = (self.empty_label.text() if shown == 0 else
                 "1 client matches; Enter opens them." if shown == 1 else
                 f"{count(shown, 'client')} match; Enter goes to the list, on the first of them.")
        self.said.emit(f"Searched “{searched}”, {what}: {found}")

    def _first_steps_heard(self, steps: str) -> None:
        """An empty caseload's first steps as the description of the search box and the list,
        where the keyboard starts and where a reader looks for clients: a screen-reader user
        starting on a fresh install (or readying an event laptop) heard "Search clients" and
        not one of them, words no key reaches (A141-03).  "" once there is a client."""
        for field in (self.search, self.table):
            if field.accessibleDescription() != steps:
                field.setAccessibleDescription(steps)

    def _clinic_to_set_up(self) -> str:
        """The first step of a new clinic's, said beside the ways in while the caseload is empty
        and the clinic's details give no way to reach it: the empty window named every way to
        add a client and not this one, and the first handouts ended "Questions? Contact the
        clinic" with nothing to contact it by (J63-03)."""
        from clinic_app.handouts.command import clinic_from_settings
        from db.errors import CaseloadError

        try:
            if clinic_from_settings(self.repo.get_setting).reachable():
                return ""
        except CaseloadError:
            return ""  # the file busy for a moment: the ways in are said all the same
        return first_steps.CLINIC_DETAILS

    def _encrypt_while_empty(self) -> str:
        """On a plain caseload, still empty, that a laptop going to clinic events is encrypted now
        (C131-04): the README says it, the window did not, and a coordinator readying laptops
        from the window encrypted after the event's day, when the backups made meanwhile stay
        plain (named for deleting) and the plain pages stay on the disk."""
        if self.repo.passphrase is not None:
            return ""
        return first_steps.ENCRYPT

    def clinic_details_changed(self) -> None:
        """File > Clinic details was saved: an empty caseload's first steps are said again."""
        self._say_shown()

    def caseload_encrypted(self) -> None:
        """File > Encrypt caseload is done: an empty caseload's first steps no longer ask it."""
        self._say_shown()

    def _review_queue_empty(self) -> str:
        """The attorney's queue with nobody on it (V100-02): the work done, or, where clients are
        not screened yet, not known.  It read "No client has what the filters ask for. Set them
        back to “Any”", as if Review needed had gone wrong, to the attorney who had just
        reviewed the day's last client, and the same on a laptop's day imported, not screened."""
        unscreened = self.model.not_screened()
        if unscreened:
            many = f"{count(unscreened, 'client')} {'is' if unscreened == 1 else 'are'}"
            # Not sent to a Re-screen now a read-only caseload does not offer (K272-02).
            way = RESCREEN_CANNOT_BE_SAVED_SAID if self._read_only else f"{RESCREEN_NOW_SAID} screens them."
            return (f"No client is waiting for an attorney's review yet, but {many} not screened yet: their results to review "
                    f"are not known. {way}")
        return ("No client is waiting for an attorney's review: every result to review and every denial is reviewed. "
                "Untick Review needed (Alt+R), or click “Show every client”, for the whole caseload.")

    def current_filter_chosen(self, *, besides_review: bool = False) -> bool:
        """Whether any filter besides the search box narrows the list (`besides_review`: any but
        Review needed)."""
        return (self.outcome.currentIndex() > 0 or self.event.currentIndex() > 0 or self.language.currentIndex() > 0
                or self.remedy.currentIndex() > 0 or self.county.currentIndex() > 0
                or self.outstanding.isChecked() or (self.review.isChecked() and not besides_review)
                or self.count_buttons["duplicates"].isChecked() or self.older_rules_button.isChecked()
                or self.newly_eligible_button.isChecked())

    def filters_said(self) -> list[str]:
        """What narrows the list besides the Event filter, in the filters' own words as laid
        out ("Eligible now: to file", "Spanish", "Review needed", "PC 1203.4 dismissal"), and
        "found by search" for a search (the words searched, a client's name or date of birth,
        are not said): an export of the list is named by them (K230-01)."""
        said = [combo.currentText() for combo in (self.outcome, self.language) if combo.currentIndex() > 0]
        said += [words for words, on in (("Possible duplicates", self.count_buttons["duplicates"].isChecked()),
                                         ("Older rules", self.older_rules_button.isChecked()),
                                         ("Newly eligible", self.newly_eligible_button.isChecked())) if on]
        said += [box.text().replace("&", "") for box in (self.outstanding, self.review) if box.isChecked()]
        said += [combo.currentText() for combo in (self.remedy, self.county) if combo.currentIndex() > 0]
        return said + (["found by search"] if self._searched else [])

    def show_every_client(self) -> None:
        """Clear the search and set every filter back to Any: the whole caseload again."""
        widgets = (self.outcome, self.event, self.language, self.remedy, self.county, self.outstanding, self.review)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.outcome, self.event, self.language, self.remedy, self.county):
            combo.setCurrentIndex(0)
        for box in (self.outstanding, self.review):
            box.setChecked(False)
        self.count_buttons["duplicates"].setChecked(False)
        self.older_rules_button.setChecked(False)
        self.older_rules_button.setVisible(self._older_rules_count > 0)
        self.newly_eligible_button.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()
        self.search.setFocus()

    def current_filter(self) -> CaseloadFilter:
        text = self.search.text().strip()
        ids = self._found(text) if text else None
        outcome, within = self.outcome.currentData(), WITHIN_DAYS.get(self.outcome.currentData())
        hearing = HEARING_DAYS.get(outcome)
        back = PROBATION_MONTHS_BACK.get(outcome)
        ended, running_on = self._probation_ended(back)
        return CaseloadFilter(
            ids=ids,
            outcome=None if within or hearing or back is not None else outcome,
            hearing_from=self.today() if hearing else None,
            hearing_by=self.today() + timedelta(days=hearing) if hearing else None,
            eligible_by=self.today() + timedelta(days=within) if within else None,
            to_file=bool(within) and outcome.startswith("to_file"),
            event=self.event.currentData(),
            language=self.language.currentData(),
            remedy=self.remedy.currentData(),
            in_county=self._in_county(),
            outstanding=self.outstanding.isChecked(),
            review=self.review.isChecked(),
            duplicates=self.model.duplicate_ids() if self.count_buttons["duplicates"].isChecked() else None,
            older_rules=self._older_rule_ids() if self.older_rules_button.isChecked() else None,
            newly_eligible_since=self.newly_eligible_since() if self.newly_eligible_button.isChecked() else None,
            probation_ended=ended,
            probation_running_on=running_on,
        )

    def _probation_ended(self, back: int | None, client_ids: list[int] | None = None
                         ) -> tuple[dict[int, tuple[date, str | None]] | None, dict[int, OthersRunning] | None]:
        """The filter's clients (of `client_ids`, or all) whose probation ended in the month `back`
        months before today's, and of them those whose other grant runs on (the line says it, as
        `clinic-app list --probation-ended` does: Z119-01); none under another filter."""
        if back is None:
            return None, None
        found = self.repo.probation_ended(*self.probation_month(back), client_ids=client_ids)
        return found, self.repo.probation_running_on(found, self.today())

    def _in_county(self) -> frozenset[int] | None:
        """The clients with a case in the county chosen (None: any county), read once for the
        county chosen (20 ms at 100,000 clients), not again at each key typed in the search."""
        key = self.county.currentData()
        if key is None:
            return None
        if self._county_ids is None or self._county_ids[0] != key:
            self._county_ids = (key, frozenset(self.repo.clients_in_county(self._county_spellings.get(key, []))))
        return self._county_ids[1]

    def refresh_counties(self) -> bool:
        """Refill the County filter from the cases as stored, keeping the county chosen; True
        when the county chosen is no case's now, and the box says "Any county" (the list is
        then to be filtered again, as `refresh_choices` and `update_client` do)."""
        chosen = self.county.currentData()
        found = self.repo.counties()
        self._county_spellings = {key: spellings for key, (_name, spellings) in found.items()}
        self._county_ids = None  # read again: a case's county may have been typed since
        self.county.blockSignals(True)
        self.county.clear()
        self.county.addItem("Any county", None)
        # "County not given" (C80-01) after the counties, as "Any county" is before them.
        for key, (name, _spellings) in sorted(found.items(), key=lambda item: (item[0] == NOT_GIVEN, item[1][0].casefold())):
            self.county.addItem(name, key)
        index = self.county.findData(chosen)
        self.county.setCurrentIndex(max(index, 0))
        self.county.blockSignals(False)
        return chosen is not None and index < 0

    def _counties_read_again(self) -> None:
        """The County filter's choices as the cases are now, as it is about to be used: one
        `Repository.counties` read (45-60 ms at 100,000 clients, F75-02), not one per save."""
        if self.refresh_counties():
            self.apply_filters()  # the county chosen is no case's now: "Any county" (R77-01)

    def probation_month(self, back: int) -> tuple[date, date]:
        """The first and last day of the month "Probation ended" looks at, `back` months before today's."""
        return month(self.today(), back)

    def _found(self, text: str) -> frozenset[int]:
        """The clients a search finds: by name, alias or case number (the full-text index), or,
        for a date, those born that day (E27-07: "3/2/1985", the one thing that tells two
        clients of the same name apart at a clinic table, found nobody), or both: "darnell
        jackson 10/12/1983" found none of seven Darnell Jacksons (C64).  As `clinic-app list
        --search` finds them (Repository.search_ids, matching.search_terms)."""
        return frozenset(self.repo.search_ids(text, ranked=False))

    def _by_alias(self, text: str) -> dict[int, str]:
        """The clients a search finds by an alias, with the alias (none for a date of birth)."""
        if not text:
            return {}
        return self.repo.found_by_alias(text)

    def apply_filters(self) -> None:
        """Narrow the list to what the search box and the filters say, keeping the selection."""
        self._search_timer.stop()
        self._opened_between = None  # the list narrowed or read again: its lines as they are now
        selected, several = self.selected_client_id(), self._several_chosen()
        # The keyboard's column too: back on the list on a new day (follow_today), a keyboard
        # user on a line's Clinic event was put back on its Name (R102-01).
        column = max(self.table.currentIndex().column(), 0)
        self._searched = self.search.text().strip()
        self._filtered_on = self.today()
        flt = self.current_filter()
        narrowed_anew = flt != self.model.current_filter()
        self.model.set_found_by_alias(self._by_alias(self._searched))
        self.model.set_searched(self._searched)  # a whole name's clients first (K374-01)
        self.model.set_filter(flt)
        for key, button in self.count_buttons.items():
            if key == "review":
                button.setChecked(self.review.isChecked())
            elif key != "duplicates":  # a filter of its own: the button is its only switch
                button.setChecked(self.outcome.currentData() == key)
        self._say_counts()
        self._say_shown()
        if (selected is not None and not self.select_client(selected, column=column)
                or several is not None and not self.choose_clients(*several, column=column)):
            # The client chosen gone with the filter: the narrowed list from its top, where it
            # kept the old scroll and an event's first clients were out of sight above (Q132-02).
            # Several chosen stay chosen as far as the list still shows them.
            self.table.scrollToTop()
        elif selected is None and several is None and narrowed_anew:
            # So with nobody chosen (the list read by the wheel, or after Q132-02's event): the
            # next event's list opened near its end (R134-04).  The list read again under the
            # same filter (a re-screen, an import) keeps its place.
            self.table.scrollToTop()
        self.filter_changed.emit()

    def follow_today(self) -> None:
        """The list filtered again where its Outcome filter counts from today and the day has
        moved on since (the window left open overnight): on 1 December "Probation ended last
        month" listed October's, and "Hearing within 7 days" the week from the day it was
        chosen, under a status line that had moved on (P101-02).  "Newly eligible since" moves on
        too, as many days back as it was (L51 keeps the days, not the day): it stayed on the
        day counted from at the start, 8 days back on the second day (M103-02)."""
        moved = self.today() - self._newly_since_on
        if moved:
            self.newly_since.set_day_quietly(self.newly_eligible_since() + moved)
            self._newly_since_changed(self.newly_eligible_since())  # counted, and listed with the button down
        if self._filtered_on != self.today() and self.outcome.currentData() in COUNTED_FROM_TODAY:
            self.apply_filters()
        if self._tips_said_on != self.today():
            self._say_outcome_tips()

    def _say_filter(self, widget: QWidget, said: str) -> None:
        """`widget`'s tooltip, `said` with {list} the list command on this caseload, whole, to be
        copied (S118-01); its description the same with the file said as "--db CASELOAD"
        (`heard_commands`, K409-01): a combo's had been its tooltip, path and all."""
        widget.setToolTip(said.replace("{list}", self.command("list")))
        widget.setAccessibleDescription(said.replace("{list}", self.heard_command("list")))

    def _say_outcome_tips(self) -> None:
        """Each Outcome item's tooltip (WITHIN_SAID) with its command on this caseload, a probation
        item's with the month it lists: "--probation-ended" with none ran nothing at a terminal
        ("expected one argument", R119-01).  Said again once the day has moved on (follow_today)."""
        self._tips_said_on = self.today()
        for index in range(self.outcome.count()):
            key = self.outcome.itemData(index)
            if key in WITHIN_SAID:
                first, _last = self.probation_month(PROBATION_MONTHS_BACK.get(key, 0))
                way = RESCREEN_CANNOT_BE_SAVED if self._read_only else "Re-screen now screens them"
                said = WITHIN_SAID[key].format(list=self.command("list"), month=f"{first:%Y-%m}", rescreen=way)
                self.outcome.setItemData(index, said, Qt.ItemDataRole.ToolTipRole)

    def _filter_chosen(self, *_args) -> None:
        """A filter chosen: the list narrowed, and how many it shows said (and why none), as a
        sort is (X30-02): "Showing 2 of 4 clients" changes at the end of the filters' row, away
        from the focus, and "Eligible within 7 days" chosen with the arrows was heard as the
        item's name alone."""
        hidden = self._narrowed()  # first: the count shown is the narrowed list's
        said = f"{self.shown_label.text()}.{hidden}"
        if self.empty.isVisibleTo(self):
            said += f" {self.empty_label.text()}"
        if self.outcome.currentData() in ("to_file_within_7", "to_file_within_30"):
            # "To file within 7 days" sounds like all of this week's filings, and a paralegal
            # took its 5 clients of 5,000 for them: the 3,741 who can file today are not in it (P92-03).
            said += " " + NOT_TODAY_SAID
        self.said.emit(said)

    def _searched_as_typed(self) -> None:
        """The search typed, its pause over: the list narrowed to it, and where that hid lines
        chosen, said as a filter says it (R251-02): only "3 clients chosen" was shown, and the
        seven it had unchosen were not chosen again as the search was cleared."""
        hidden = self._narrowed()
        if hidden:
            self.said.emit(f"{self.shown_label.text()}.{hidden}")

    def _narrowed(self) -> str:
        """The list narrowed to the search and the filters (apply_filters), with the words for the
        lines chosen that it hid, and so unchose ("" where it hid none)."""
        before = self.chosen_count()
        self.apply_filters()
        hidden = self._chosen_hidden_said(before, self.chosen_count())
        if hidden:
            # These words say how many are still chosen: "3 clients chosen." came again after the
            # choosing's pause, the number heard twice (A257's report).
            self._several_heard_after.stop()
        return hidden

    @staticmethod
    def _chosen_hidden_said(before: int, after: int) -> str:
        """Of several lines chosen, those a filter hid: chosen no longer, and not again once the
        filter is taken off.  "Showing 51 of 200 clients." said nothing of it, and a paralegal
        who looked at the Spanish ones of ten chosen found the ten's batch three (R251-02)."""
        if before < 2 or after >= before:
            return ""
        if not after:
            return f" The {before:,} clients chosen are not shown now, so no longer chosen."
        gone = before - after
        return (f" {gone:,} of the {before:,} clients chosen {'is' if gone == 1 else 'are'} not shown now, so no longer "
                f"chosen ({after:,} still {'is' if after == 1 else 'are'}).")

    def update_client(self, row) -> None:
        """One client's line changed (a save, an undo, intake): the search the list shows is
        asked again for them (~7 ms at 5,000 clients), so a client renamed or given a case
        number out of it leaves the list and one brought into it joins, as a line an edit
        takes out of a filter does (W23C-01: the matches stayed as they were when typed)."""
        if self._searched:
            found = row.id in self.repo.search_ids(self._searched, ranked=False)
            self.model.set_search_match(row.id, found)
            self.model.set_found_by_alias(self._by_alias(self._searched))  # an alias added or renamed
        typed = set(self.repo.counties_of(row.id))
        key = self.county.currentData()
        listed = self.model.current_filter().in_county
        # The client's cases out of the county chosen, where they were in it: it may have been
        # its last case ("County not given" given "Los Angeles", a county already listed), and
        # the choice is then gone as for a county new to the caseload (R81a-01).
        left = listed is not None and row.id in listed and not typed & set(self._county_spellings.get(key, []))
        if left or not typed <= {spelling for spellings in self._county_spellings.values() for spelling in spellings}:
            if self.refresh_counties():  # a county new to the caseload, or a new way of typing one, joins the filter
                self.apply_filters()  # the county chosen gone with it: "Any county" (R77-01)
        key = self.county.currentData()
        if key is not None:  # a case's county typed, or put right, while the list shows a county's
            within = bool(typed & set(self._county_spellings.get(key, [])))
            self.model.set_in_county(row.id, within)
            if self._county_ids is not None and self._county_ids[0] == key:
                ids = self._county_ids[1]
                self._county_ids = (key, ids | {row.id} if within else ids - {row.id})
        back = PROBATION_MONTHS_BACK.get(self.outcome.currentData())
        if back is not None:  # a probation's end typed, or put right, while the list shows the month's
            ended, running = self._probation_ended(back, [row.id])
            self.model.set_probation_ended(row.id, ended.get(row.id), running.get(row.id))
        self.model.update_client(row)

    def _count_clicked(self, key: str, checked: bool) -> None:
        if key == "review":
            self.review.setChecked(checked)
            return
        if key == "duplicates":
            self._filter_chosen()
            return
        index = self.outcome.findData(key if checked else None)
        self.outcome.setCurrentIndex(max(index, 0))

    # ---- sorting ---------------------------------------------------------------------

    def sort_by(self, column: int) -> None:
        """Sort by `column` from the keyboard (View > Sort list by), as a click on its header
        does: first way up, the other way round when it is the column sorted by already.  The
        headers were the only way (U30-02): a paralegal at the keyboard could not put the
        clients to file for soonest first."""
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(column, order)  # the chosen client shown where it lands: _chosen_in_view
        way = "first to last" if order == Qt.SortOrder.AscendingOrder else "last to first"
        self.said.emit(f"The list is sorted by {HEADERS[column]}, {way}.")

    def _chosen_in_view(self) -> None:
        """The chosen client, where the arrows and Enter act, in view once a sort's new order is
        shown: sorted thirty lines down while the list showed its top, Enter opened a client
        nobody saw (X30-03).  Scrolled to as the order is shown, not after asking for it: from
        20,000 clients the order comes from a worker, later, and the list was left where it
        stood; a header's click never scrolled at all (B70-04).  Nobody chosen, the list's top:
        Qt's cursor, put unchosen on the first line as the keyboard arrived, was followed to
        where the sort took that client, 112th of 132, the soonest "File on" out of sight (Q132-01)."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            self.table.scrollTo(current)
        elif self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(self.proxy.index(0, max(current.column(), 0)),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollToTop()

    # ---- selection -------------------------------------------------------------------

    def selected_client_id(self) -> int | None:
        """The one client chosen in the list: None where nobody is, or where several are
        (`chosen_client_ids`), so that what acts on one client never guesses which."""
        if self.chosen_count() != 1:
            return None
        return self.proxy.index(next(iter(self.table.selectionModel().selection())).top(), 0).data(ClientIdRole)

    def chosen_count(self) -> int:
        """How many lines are chosen (as many as `chosen_rows` lists), counted from the choice's
        ranges: the status bar, the menus and the one-client actions ask at each change of the
        choice, and a set of every line chosen took ~20 ms each at 100,000 (P252)."""
        counted, last = 0, -1
        for top, bottom in sorted((part.top(), part.bottom()) for part in self.table.selectionModel().selection()):
            if bottom > last:
                counted += bottom - max(top, last + 1) + 1
                last = bottom
        return counted

    def chosen_rows(self) -> list[int]:
        """The list's lines chosen, top to bottom, read from the selection's ranges: Qt's
        selectedRows() asks each cell of each range, slow at every Shift+arrow after Ctrl+A."""
        rows: set[int] = set()
        for part in self.table.selectionModel().selection():
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def chosen_client_ids(self) -> list[int]:
        """The clients whose lines are chosen, in the list's order: read from the lines, not asked
        of each line's cell, a call into the model's Python each (P252: 20,000 of them, kept
        chosen as a search or a filter narrowed the list, held the window 0.2-0.5 s)."""
        return [line.id for line in self.chosen_lines()]

    def chosen_lines(self) -> list:
        """The caseload lines (the model's rows) of the clients chosen, in the list's order."""
        return [self.model.row_at(row) for row in self.proxy.source_rows(self.chosen_rows())]

    def _several_chosen(self) -> tuple[list[int], int | None] | None:
        """Where several lines are chosen, their clients and the one the keyboard is on (to be
        chosen again once the list is narrowed or read again: `choose_clients`); else None."""
        ids = self.chosen_client_ids()
        return (ids, self.table.currentIndex().data(ClientIdRole)) if len(ids) > 1 else None

    def choose_clients(self, client_ids: list[int], current: int | None = None, *, column: int = 0) -> int:
        """The lines of `client_ids` the list shows chosen, the keyboard on `current`'s where it is
        one of them (else on the first); how many.  Chosen at once, a run of lines as one range:
        a line at a time, 5,000 chosen by Ctrl+A said 5,000 changes of the choice."""
        shown = [row for row in (self.model.row_of_client(client_id) for client_id in client_ids) if row is not None]
        rows = sorted(self.proxy.shown_rows(shown))
        if not rows:
            return 0
        chosen, last = QItemSelection(), self.proxy.columnCount() - 1
        start = rows[0]
        for before, row in zip(rows, [*rows[1:], None]):
            if row != before + 1:
                chosen.select(self.proxy.index(start, 0), self.proxy.index(before, last))
                start = row
        on = self.model.row_of_client(current) if current is not None else None
        on = self.proxy.mapFromSource(self.model.index(on, 0)).row() if on is not None else rows[0]
        selection = self.table.selectionModel()
        selection.setCurrentIndex(self.proxy.index(on, column), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.table.currentIndex())
        return len(rows)

    def _copy_chosen_lines(self) -> None:
        """Ctrl+C with several lines chosen: those lines, a cell to a tab and the list's column
        names first, as a spreadsheet pastes them; Qt's own copied the one cell the keyboard was
        on, and a paralegal pasting the week's clients got one name (K246-03).  Each cell's words
        as Ctrl+C copies one cell (whole); a line of one line only.  Taken off the clipboard as
        the program quits, as the program's Copy buttons' text is: it holds clients' names."""
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(place) for place in range(header.count())]
        columns = [column for column in columns if not header.isSectionHidden(column)]

        def line(cells) -> str:
            # Kept as text once its spaces are run together: a name "=1+1" or an event "+1 Fair"
            # ran as a formula where pasted, as the report's CSV keeps them from (K255-01).
            return "\t".join(kept_as_text(" ".join(str(cell or "").split())) for cell in cells)

        rows = self.chosen_rows()
        lines = [line(self.proxy.headerData(column, Qt.Orientation.Horizontal) for column in columns)]
        lines += [line(self.proxy.index(row, column).data() for column in columns) for row in rows]
        copy_text("\n".join(lines))
        self.said.emit(f"Copied the {len(rows):,} clients chosen (their lines, the column names first): paste them into "
                       "a spreadsheet. Clinic Desk clears the clipboard as it closes.")

    def _say_several_chosen(self, *_args) -> None:
        """How many lines are chosen, in the status bar as several are, and what acts on them:
        a Shift+arrow or a Ctrl+click changed nothing a paralegal could read without counting."""
        chosen = self.chosen_count()
        if chosen > 1 and chosen != self._how_many_said:
            # The worksheets' and export's items named too (M245-03): a paralegal reading that
            # the handouts act on them took the other batches to act on the list as filtered.
            # Said in two lines of the status bar at 800 pixels and 15 pt (K254-01): its end, what
            # Enter does, was cut there behind "(Ctrl+M for more)".  The items' names are in the menu.
            self._several_said = (f"{chosen:,} clients chosen: the Caseload menu makes their handouts (Ctrl+P), filing "
                                  "worksheets or export; Enter opens the line the keyboard is on.")
            # Shown at once, said aloud once the choosing pauses: every Shift+arrow read the
            # whole sentence again, over the line a screen reader reads at each key (K246-02).
            self.shown.emit(self._several_said)
            self._several_heard_after.start()
        elif chosen < 2 and self._several_said is not None:
            # Back to one line (an arrow alone, a click) or none: "300 clients chosen" stood its
            # 8 seconds over the one line chosen, and Handouts for them said of one (R237-04).
            self.said_gone.emit(self._several_said)
            self._several_said = None
            self._several_heard = False
            self._several_heard_after.stop()
        self._how_many_said = chosen

    def _say_aloud_several_chosen(self) -> None:
        """How many lines are chosen, aloud, the choosing paused: the words whole the first time
        several are, then the number alone, as a desktop list says it (the way to their handouts
        was heard once, and the status bar and View > Whole status message still show it)."""
        if (self._several_said is None or self.chosen_count() != self._how_many_said or not self.isVisible()
                or QApplication.activeModalWidget() is not None):
            # Said only while those lines are still chosen and the list is in front: Enter opened
            # the keyboard's line (or Ctrl+P asked about the batch, or a search left none chosen,
            # unsignalled) within the pause, and "4 clients chosen: ... Enter opens the line ..."
            # was heard after "Opened Dora Díaz", over the client's page (R253-03).
            return
        said = self._several_said if not self._several_heard else f"{self._how_many_said:,} clients chosen."
        self._several_heard = True
        announce(self.table, said)

    def select_client(self, client_id: int, *, column: int = 0) -> bool:
        """The client's line chosen, the keyboard on its cell in `column` (the first: the name)."""
        row = self.model.row_of_client(client_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, column))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _activated(self, index) -> None:
        client_id = index.data(ClientIdRole)
        if client_id is not None:
            self._opened_between = (client_id, self._client_at(index.row() - 1), self._client_at(index.row() + 1))
            self.client_activated.emit(client_id)

    def _client_at(self, row: int) -> int | None:
        return self.proxy.index(row, 0).data(ClientIdRole) if 0 <= row < self.proxy.rowCount() else None

    def _opened_left(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The keyboard's line moved off the client opened from the list: the lines beside them
        then are forgotten.  Read from the line moved to, not the lines chosen: a click moves the
        keyboard's line before it chooses, so a click away went unseen, and Page Down back to the
        client then had Up jump to the line before theirs when opened (R238-01)."""
        if self._opened_between is not None and self._client_at(current.row()) != self._opened_between[0]:
            self._opened_between = None

    def _opened_forgotten(self, *_sorted_by) -> None:
        self._opened_between = None

    def _on_from_where_opened(self, down: bool) -> bool:
        """Down (or Up) on the client just opened from the list, whose save moved their line in the
        sort, goes on to the line that was after (or before) theirs when it was opened.  A fine
        paid moved a client of a list sorted by Outstanding from line 20 to line 51, and Down
        went on from there: the thirty clients between were passed over by a paralegal going
        through the list one after another (C218-02).  The client stays chosen and in sight on
        return (W62-03); False where their line did not move, or that line is gone from the list."""
        opened, self._opened_between = self._opened_between, None
        if opened is None or self.selected_client_id() != opened[0]:
            return False
        beside = opened[2] if down else opened[1]
        row = self.table.currentIndex().row()
        if beside is None or beside == self._client_at(row + (1 if down else -1)):
            return False
        if not self.select_client(beside, column=max(self.table.currentIndex().column(), 0)):
            return False
        # Each named as C218-04's message names them, the date of birth beside a namesake (the demo
        # has two Mónica Ibáñez): by name alone, which one Down went on to, or which had moved, was
        # not said (K241-02).  Once told apart, the one moved is named again by name alone.
        lines = [self.model.row_at(self.model.row_of_client(client_id)) for client_id in (beside, opened[0])]
        on_to, moved_said = self.model.told_apart([(line.name, line.dob) for line in lines])
        moved = lines[1].name
        self.said.emit(f"On to {on_to}, next {'after' if down else 'before'} {moved_said} as the list stood when {moved} "
                       f"was opened ({moved} is on line {row + 1} of {self.proxy.rowCount():,} now, by the sort).")
        return True

    def _open_first(self) -> None:
        """Enter in the search box opens the match: search, Enter, you are there.  Where
        several clients match, it goes to the list instead, on the first of them (on the client
        with the case, for a case number's digits alone: R75-02), and says so: Enter opened the first line unseen, and "Ibanez Monica" opened Héctor Ibáñez
        (a Mónica among his aliases) before either Mónica Ibáñez (E27-02)."""
        self.apply_filters()
        shown = self.proxy.rowCount()
        if shown == 0 and self._spelling_offered is not None:
            # A name spelled as heard found nobody: Enter searches the caseload's spelling close
            # to it, as its button does: Enter, which opens a match, did nothing there (T127-01).
            self._search_close_spelling()
            return
        if shown == 0 and self.search.text().strip():
            # Written beside the list, away from the box: Enter that found nobody was silent (Y162-05).
            self.said.emit(self.empty_label.text())
        if shown == 1:
            self.client_activated.emit(self.proxy.index(0, 0).data(ClientIdRole))
        elif shown > 1:
            searched = self.search.text().strip()
            # "12-3-45", a case number's digits read off a docket, lists that case's client and
            # anyone born December 3, 1945 (W74-02), in the list's own order: the first line
            # was a stranger born that day, where the client sorted after them (R75-02).
            by_case = set(self.repo.found_by_case_digits(searched)) if searched else set()
            first = next((row for row in range(shown) if self.proxy.index(row, 0).data(ClientIdRole) in by_case), 0) if by_case else 0
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.proxy.index(first, 0), flags)
            if first:
                self.table.scrollTo(self.proxy.index(first, 0))
            else:
                self.table.scrollToTop()
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if searched:  # an empty box matches nobody in particular: the list says the rest
                self.said.emit(f"{count(shown, 'client')} match “{searched}”: choose one with the arrow keys, then Enter opens it.")


__all__ = ["CaseloadView", "COL_BEST", "COL_CASES", "COL_DOB", "COL_EVENT", "COL_NEXT"]
