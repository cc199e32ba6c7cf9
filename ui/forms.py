"""Small form building blocks that validate as you type and say what is wrong beside the field.

Optional dates are typed (``YYYY-MM-DD``, or ``M/D/YYYY`` as dockets have them), not picked:
a clinic volunteer copies them from a docket, and a blank field must stay possible ("not
known yet"), which QDateEdit cannot show.  Each field has a message label beside it;
`FieldRow` puts the two together and is what a `QFormLayout` row holds, with the row's
label as the field's buddy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QPointF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QFontMetricsF, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSizePolicy, QStyle, QStyleOptionComboBox, QStyleOptionGroupBox, QStylePainter, QToolTip, QVBoxLayout, QWidget

from clinic_app.model import EARLIEST_RECORD_DAY, LATEST_RECORD_DAY, record_day_problem
from clinic_app.typed_numbers import Typed, read_whole, step_over_nothing, ungrouped
# The window's reading of a day, shared with the command line (K293-01).
from clinic_app.typed_days import _ISO_DAY, _MONTHS_SAID, OUTSIDE_THE_RECORD_YEARS, NoSuchDay, YearNotInFull, not_a_day_said, parse_date

ERROR_COLOUR = QColor("#d1242f")
NOTE_COLOUR = QColor("#8a5d00")
# The same red and amber on the dark palette, light enough to be read on its dark grey: the light
# palette's were 2.9 and 3.1 times as light as the dark window, under the 4.5 WCAG 1.4.3 asks of
# text (F63-05); they are 6.  The light palette's amber was 4.2 on its window, now 5.
DARK_ERROR_COLOUR = QColor("#ff7b72")
DARK_NOTE_COLOUR = QColor("#d29922")


def message_colour(kind: str, palette: QPalette) -> QColor:
    """The colour of an error ("error") or a note (any other kind) on `palette`'s window."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    if kind == "error":
        return DARK_ERROR_COLOUR if dark else ERROR_COLOUR
    return DARK_NOTE_COLOUR if dark else NOTE_COLOUR


def _recolour(label: QLabel, kind: str) -> None:
    """`label`'s words in the colour of `kind` on the palette the program has now."""
    wanted = message_colour(kind, QApplication.palette(label))
    if label.palette().color(QPalette.ColorRole.WindowText) != wanted:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, wanted)
        label.setPalette(palette)


class ErrorLabel(QLabel):
    """Words in the error's red, which follows the light or dark palette (View > Dark)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _recolour(self, "error")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            _recolour(self, "error")  # sets it only when it differs: no second change from it


# How a screen reader says what the colour of a message shows: red blocks saving, amber does not.
SPOKEN_KIND = {"error": "Problem: ", "note": "Note: "}


def said_on(field: QWidget, text: str, kind: str) -> str:
    """`text`, a problem or note, as `field`'s description: without the field's own name where
    it starts so, heard just before it ("Convicted, 2042, Problem: Convicted: 2042 is after this
    year" said the name twice, K409-02); the words shown keep it.  Nor the row's name where the
    field's own says it in other words (`refused_as`): a relief's Granted box, "Relief already
    granted for this conviction", was heard "Problem: Relief granted: the relief's kind is
    missing" (A436-03)."""
    for lead in (field.accessibleName(), getattr(field, "refused_as", "")):
        if lead and text.startswith(f"{lead}: "):
            text = text.removeprefix(f"{lead}: ")
            break
    return f"{SPOKEN_KIND.get(kind, '')}{text}"


def resting_description(field: QWidget) -> str:
    """What a screen reader is handed as `field`'s description while no problem or note is said
    of it: "" (Qt then says its tooltip, or with none its placeholder), or for a field that says
    how it is typed (`how_typed`: a date's YYYY-MM-DD, MM-DD-YYYY, an amount's dollars) and has
    a tooltip, the tooltip and then that: Qt says a tooltip in place of the placeholder, and on
    intake's Probation end or Fines ordered the format was never heard (S140-03)."""
    how = getattr(field, "how_typed", "")
    tip = field.toolTip().strip()
    if not (how and tip):
        return ""
    return f"{tip}{'' if tip.endswith(('.', '?', '!')) else '.'} {how}"


class SaysHowTyped:
    """For a field whose placeholder says how it is typed: its tooltip set or changed, its
    description is the tooltip with the placeholder's words (`resting_description`), unless a
    problem or note is said of it meanwhile (MessageLabel puts the resting one back after)."""

    how_typed = ""

    def event(self, event: QEvent) -> bool:
        # A tooltip's change comes here, not to changeEvent.
        if event.type() == QEvent.Type.ToolTipChange and self.accessibleDescription() in ("", getattr(self, "_resting", "")):
            self._resting = resting_description(self)
            self.setAccessibleDescription(self._resting)
        return super().event(event)


def announce(source: QObject, said: str, *, assertive: bool = False) -> None:
    """Hand `said` to a screen reader as a polite announcement from `source`: a change made
    away from the focus (a label's text, a status bar's message) is not read out unless it is
    announced (W24B-03).  `assertive` for what the user must hear before going on (a wrong
    passphrase): said at once, not after what the reader is saying."""
    announcement = QAccessibleAnnouncementEvent(source, said)
    announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                               else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(announcement)


def announce_when_changed(label: QLabel, words: str | None, said: str | None = None) -> None:
    """Announce from `label` the `words` it is about to show (call before it shows them), or
    `said` where more is heard than shown, when there are words and they are not already shown
    and its window is open: a note under a list or above the pages, away from the focus, is not
    read out (Y162-01, Y162-02, S163-01), and said again each time it is set, unchanged, it
    would repeat over what the reader is saying."""
    if words and words != label.text() and label.window().isVisible():
        announce(label, said or words)


class NamedWords(QLabel):
    """Words shown under a name for a screen reader ("Before anything is filed", "Why the list
    is empty"), heard with the name as its description: of a label given a name Qt hands a
    reader the name alone (its tooltip where it has one), and the immigration note above the
    results was heard as "Before anything is filed" and not one word more (A125-03)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleDescription(text)


class WordsOnTab(NamedWords):
    """NamedWords the keyboard stops on, to be heard and selected, ringed in the highlight colour
    while it has the focus, as a field is: a label draws no focus, and the Checklist's read-only
    status note, a stop on Tab (K349-01), showed only a one-pixel text cursor after its last word,
    no sign of where Tab had gone (A359-01).  Its words kept inside the ring by a margin."""

    RING = 1  # pixels

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContentsMargins(*(self.RING + 2,) * 4)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), self.RING))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()


class MessageLabel(QLabel):
    """The words beside a field: an error (red) blocks saving, a note (amber) does not."""

    still = False  # True while a draft's record is made with fields set aside (`set_aside`): nothing said

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.kind: str | None = None
        self._colour: str | None = None
        # The fields this message is about: a screen reader hears it as their description.
        # Shown only beside them, in red or amber, it was never heard by a screen-reader user
        # on the field, and whether it blocked saving was said by its colour alone (W23-03).
        self.describes: list[QWidget] = []
        self._held: str | None = None  # an error found while its field is typed in, said when it is left
        self._leaving: set[int] = set()  # the fields whose leaving says it
        # Given the words, the label that shows them already beside the field in error, or None:
        # this one then is heard on its fields, not shown (`seen_in`; intake's count, K364-01).
        self.shown_by: Callable[[str], QWidget | None] | None = None
        # The words last given, as given: a `Refusal` keeps the fact it is about, which `shown_by`
        # places it by; `text()` is a plain str (K377-01).
        self._said: str | None = None
        self.hide()

    def say(self, text: str | None, kind: str = "error") -> None:
        """Show `text` as an error (blocks saving), a note (amber) or "plain"; None hides it.

        A new error in a field still being typed in is held until the field is left (Tab,
        Enter, a click elsewhere): "3/" on the way to "3/2/1985" said "Not a date" in red at
        the first slash (E27B-02).  An error already shown follows the typing, so fixing it is
        seen at once; its blocking the save is not held (`kind` says it from the start)."""
        if MessageLabel.still:
            return
        typing = next((field for field in self.describes if isinstance(field, QLineEdit) and field.hasFocus()), None)
        shown = self._colour == "error" and bool(self.text())
        if text and kind == "error" and typing is not None and not shown:
            self.kind = kind
            self._held = text
            if id(typing) not in self._leaving:
                self._leaving.add(id(typing))
                typing.editingFinished.connect(self.say_held)
            self._show(None, kind)
            return
        self._held = None
        self._show(text, kind)

    def say_held(self) -> None:
        """Say the error held while its field was typed in (the field left, a save tried)."""
        from shiboken6 import isValid

        # Not when the field is left as its form is taken apart (intake closed with "3/" in
        # Until:, the focus in it): the fields it describes are being deleted (K99-05's test run).
        if self._held is not None and all(isValid(field) for field in self.describes):
            held, self._held = self._held, None
            self._show(held, "error")

    def _show(self, text: str | None, kind: str) -> None:
        self.kind = kind if text or self._held else None
        self._said = text
        if text and kind != self._colour:
            # A palette, not a style sheet: opening a client sets hundreds of these.
            self._colour = kind
            if kind == "plain":
                # No palette of its own: the words follow the program's, as the labels around
                # them do.  Given the program's palette of the moment, a conviction's reading
                # ("PC 459 Burglary - felony") stayed black on the dark window after View > Dark
                # (F63-06).
                self.setPalette(QPalette())
            else:
                _recolour(self, kind)
        if self.text() != (text or ""):
            self.setText(text or "")
        spoken = f"{SPOKEN_KIND.get(kind, '')}{text}" if text else ""
        if self.accessibleName():
            # Of a label given a name ("About the attorney's review") Qt hands a screen reader
            # the name alone: the note above the handout's pages was heard as its name, its
            # words by nobody reading the dialog (A125-02).
            self.setAccessibleDescription(spoken)
        for field in self.describes:
            # With nothing said, what the field says of itself (S140-03): a date's format.
            said = said_on(field, text, kind) if text else resting_description(field)
            if field.accessibleDescription() != said:
                field.setAccessibleDescription(said)
        self.setVisible(bool(text) and self.seen_in() is self)

    def seen_in(self) -> QWidget:
        """The label its words are seen in: itself, or the one `shown_by` names."""
        said = self._said if self._said is not None and self._said == self.text() else self.text()
        return (self.shown_by(said) if self.shown_by is not None and said else None) or self

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # The palette switched (View > Dark) while an error or a note is shown: its colour
        # follows, as the words around it do.
        if event.type() == QEvent.Type.PaletteChange and self._colour in ("error", "note"):
            _recolour(self, self._colour)

    @property
    def is_error(self) -> bool:
        return self.kind == "error"


_YEAR_ALONE = re.compile(r"\d{4}")
# A month and its year, the day not known ("3/1994", "1994-03", "March 1994"): taken where a year
# alone is (X162-04).
_MONTH_THEN_YEAR = re.compile(r"(?P<month>\d{1,2})[/-](?P<year>\d{4})")
_YEAR_THEN_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})")
_MONTH_NAMED_YEAR = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?,? +(?P<year>\d{4})")
# The same on its way ("3/", "3/2", "3/2/20"): one or two digits and a slash start it.
_MONTH_DAY_YEAR_SO_FAR = re.compile(r"\d{1,2}/(\d{0,2}(/\d{0,4})?)?")


# The longest date of them as people type it: a day of two digits, the longest month's name of
# the two languages, "del" before its year in full (`DateField.wide_for_words`).
LONGEST_DATE_IN_WORDS = "30 de septiembre del 2021"
# Said in an empty date field: the day as stored, and month first as a RAP sheet or a docket
# prints it ("03-02-2021"), which the field takes too (V132 saw "YYYY-MM-DD" alone, and typed
# the sheet's dates over).  A field made wide for words is as wide as the longer of the two
# (`DateField.wide_for_words`); with no note beside the field a screen reader hears it as the
# field's description.
DATE_PLACEHOLDER = "YYYY-MM-DD, MM-DD-YYYY"


class DateField(SaysHowTyped, QLineEdit):
    """An optional date typed as YYYY-MM-DD, or as M/D/YYYY (or M-D-YYYY, YYYY/M/D, and
    a dotted date where its numbers tell the order: K45-05), which becomes YYYY-MM-DD when the field is left: the volunteer sees at
    once which day was read (E27-01: "3/2/2021", typed from a docket, was refused with "write
    it as YYYY-MM-DD")."""

    how_typed = f"Typed {DATE_PLACEHOLDER}."  # the placeholder's words, heard beside a tooltip

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(DATE_PLACEHOLDER)
        # No length cut: "2 de marzo de 1985" was cut to "2 de marzo" with not a word (I98-02);
        # what the field cannot read is kept whole and said beside it (`problem`).
        width = self.fontMetrics().horizontalAdvance("0000-00-00") + 24
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        # Connected before any form's `watch`: the save that leaving the field makes reads
        # the date as it is now written.
        self.editingFinished.connect(self._write_as_stored)

    def wide_for_words(self) -> None:
        """As wide as the longest date in words it takes, typed whole (LONGEST_DATE_IN_WORDS): at
        intake, "2 de septiembre de 1985" scrolled inside Date of birth while it was typed, its
        day out of sight until the field was left and the date written 1985-09-02 (K99-03).
        Never narrower then.  A field on a form's row (`add_row`) or a case row's line is made so:
        the Record tab's scrolled "30 de septiembre del 2021" too, in fields 125 pixels wide
        where it needs 162 (M103-01); the Checklist's and the Granted in part dialog's are too
        (Q108-01); a field elsewhere is as wide as 2021-03-02 needs."""
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        # The frame, and Qt's two pixels of margin either side of the text and the cursor's one.
        # The placeholder whole too: in a font whose capitals are wide (Segoe UI, Arial,
        # Helvetica) it is the longer, and was cut "YYYY-MM-DD, MM-DD-YY..." (R139-01).
        longest = max(self.fontMetrics().horizontalAdvance(words) for words in (LONGEST_DATE_IN_WORDS, DATE_PLACEHOLDER))
        width = longest + 2 * frame + 6
        self.setMinimumWidth(width)
        self.setMaximumWidth(max(width, self.maximumWidth()))

    def _write_as_stored(self) -> None:
        if not self.text().strip() or _ISO_DAY.fullmatch(self.text()):
            return
        try:
            day = self.value()
        except ValueError:
            return  # said beside the field; left as typed, to be fixed
        if day is not None and record_day_problem(day) is None:
            self.setText(day.isoformat())

    aside = False  # read as blank while a draft's record is made without it (`set_aside`)
    # A year alone ("2019": "probation ended sometime in 2019") is taken, as no day: intake's
    # dates, where the client remembers the year and the docket is not at hand (E70-03).
    takes_year_alone = False

    def year_alone(self) -> int | None:
        """The year typed alone, or with its month alone, in a field that takes one; None otherwise."""
        known = self._without_day()
        return known[1] if known is not None else None

    def month_and_year(self) -> tuple[int | None, int] | None:
        """(month or None, year) of a year typed alone, or of a month and year; None otherwise."""
        return self._without_day()

    def known_of_it(self) -> str | None:
        """What is known of a date typed with no day, as intake's note says it: "1994", "March
        1994"; None where a day is typed, or nothing a field that takes a year alone takes."""
        known = self._without_day()
        if known is None:
            return None
        month, year = known
        return f"{_MONTHS_SAID[month - 1]} {year}" if month else str(year)

    def _without_day(self) -> tuple[int | None, int] | None:
        """(month or None, year) of a year typed alone or a month and year, in a field that takes
        them: "probation ended March 1994" lost its month, refused as no date (X162-04)."""
        text = self.text().strip()
        if not self.takes_year_alone:
            return None
        month: int | None = None
        if _YEAR_ALONE.fullmatch(text):
            year = int(text)
        elif found := (_MONTH_THEN_YEAR.fullmatch(text) or _YEAR_THEN_MONTH.fullmatch(text)):
            month, year = int(found["month"]), int(found["year"])
        elif (found := _MONTH_NAMED_YEAR.fullmatch(text)) is not None:
            named = found["month"].lower()
            month = next((n for n, said in enumerate(_MONTHS_SAID, start=1)
                          if said.lower() == named or said.lower()[:3] == named), 0)
            year = int(found["year"])
        else:
            return None
        if month is not None and not 1 <= month <= 12:
            return None
        return (month, year) if EARLIEST_RECORD_DAY.year <= year <= LATEST_RECORD_DAY.year else None

    def value(self) -> date | None:
        """The date, None when blank (or a year alone: no day); raises ValueError when it is not a date."""
        if self.aside or self.year_alone() is not None:
            return None
        return parse_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def say_told(self, given: str | None, *, counted: bool = False) -> None:
        """Say in the blank box what the client told of this date at intake, its day not known
        (`given`: "2012", "March 2012"), placeholder and description; None: how it is typed, as
        made.  The Record tab's Convicted: read "YYYY-MM-DD, MM-DD-YYYY" where the client had
        said "around 2012", kept in the notes only (H360-03).  `counted`: a probation's end intake
        counted from the term she told, not her words ("counted: 2015", R362-02)."""
        typed = f"Typed {DATE_PLACEHOLDER}."
        said = (f"Counted at intake from the term of probation the client told: {given}" if counted
                else f"The client told {given} at intake")
        self.setPlaceholderText(DATE_PLACEHOLDER if given is None else f"{'counted' if counted else 'told'}: {given}, no day")
        self.how_typed = typed if given is None else f"{said}; the day is not known. {typed}"
        if self.accessibleDescription() in ("", getattr(self, "_resting", "")):
            self._resting = resting_description(self)
            self.setAccessibleDescription(self._resting)

    def problem(self) -> str | None:
        try:
            day = self.value()
        except ValueError as wrong:
            return not_a_day_said(self.text(), wrong, year_alone=self.takes_year_alone)
        if day is not None and record_day_problem(day) is not None:
            # 9999-12-31 for "no end" would crash the screening's date arithmetic.
            return OUTSIDE_THE_RECORD_YEARS
        return None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AsOfDateEdit(QDateEdit):
    """A required day (the day a screening or handout speaks for), typed as YYYY-MM-DD or
    picked from a calendar.

    Typed in full, "2027-03-02" read as 2027-11-03 in a plain QDateEdit (keyboard check
    K19-04): a complete section moves on to the next by itself, and the "-" typed after it
    then skipped one more.  A separator right after a separator is dropped.  Keyboard
    tracking is off, so the day is taken when typing ends (Enter, Tab), not at each digit:
    the client is not screened for 2027-11-30 on the way to 2027-03-02.

    Enter confirms the day typed, and only that (keyboard check K20-07: a plain date edit
    leaves Enter to its dialog, so in the handout preview it also pressed the default
    Print button).  A dialog where Enter in the date should also answer the dialog
    connects `confirmed`.
    """

    SEPARATORS = frozenset("-/.")
    confirmed = Signal()  # Enter: the day typed is taken (day_changed came first, if it changed)
    # The day, once each time it changes: QDateEdit's dateChanged also comes again for the
    # same day (Enter pressed twice, Up then Enter, "2/30/2027" put back), and each time the
    # client was screened again and the handout redrawn (W28-05).  Connect this, not dateChanged.
    day_changed = Signal(object)
    # Why the typing shown is not the box's day, as it is kept (K293-02); "" once a day is taken
    # or the typing changed: what the box's day speaks for can say it is still the day before.
    refused_kept = Signal(str)

    def __init__(self, day: date, parent: QWidget | None = None):
        super().__init__(to_qdate(day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setKeyboardTracking(False)
        self._typed = ""  # what was typed since the field was entered, for a month/day/year date
        self._day = day  # the day last said by day_changed (or set quietly)
        self.dateChanged.connect(self._say_day)
        self.lineEdit().textChanged.connect(self._typing_changed)
        # Said from the start (it was set only when the day rolled over at midnight), with the
        # keys that open the calendar (A94-03).
        self.setToolTip(self.TIP)

    FORMS_TAKEN = "2021-03-02 or 3/2/2021"  # a day written each way the box reads it
    TIP = ("Type the day as YYYY-MM-DD or month/day/year (3/2/2027), or pick it from the calendar "
           "(Alt+Down or F4 opens it; arrows, then Enter)")

    def _say_day(self, value: QDate) -> None:
        day = from_qdate(value)
        if day != self._day:
            self._day = day
            self.day_changed.emit(day)

    def set_day_quietly(self, day: date) -> None:
        """Show `day` without saying it changed (the day rolled over at midnight)."""
        self._day = day
        self.blockSignals(True)
        self.setDate(to_qdate(day))
        self.blockSignals(False)

    def _month_day_year(self) -> bool:
        """Whether the typing so far is a month/day/year date ("3/", "3/2/20"): the sections
        (year first) cannot take it, so the field shows it as typed and reads it at the end."""
        return bool(_MONTH_DAY_YEAR_SO_FAR.fullmatch(self._typed))

    def _take_typed(self) -> str | None:
        """A month/day/year date typed in full is written as the field's day (E27B-04:
        "3/2/2027", as the record's date fields take it, was read section by section as the
        year 3); of one the box cannot read, the day is kept as it was and why is returned
        (then `_keep` shows the typing again, to be mended)."""
        if not self._month_day_year():
            return None
        typed, self._typed = self._typed, ""
        try:
            day = parse_date(typed)
            refused = None if record_day_problem(day) is None else OUTSIDE_THE_RECORD_YEARS
        except (NoSuchDay, YearNotInFull) as wrong:
            # A day no calendar has, or a year cut short ("12/31/26"): said what to mend (K293-03).
            refused = not_a_day_said(typed, wrong)
        except ValueError:
            # The forms this box reads, not a date field's: told "March 2 2021", a paralegal typed
            # "March 2 2027", its sections read it as 2202-07-07, and Enter re-screened the whole
            # caseload as of that day (R292-01).
            refused = f"Not a date: write it as {self.FORMS_TAKEN}"
        # Written back as the sections read it, for Enter or leaving the field to take as it
        # takes a day typed so (one dateChanged, none on the way); typing refused, the day as
        # it was, for the date edit's own reading of Enter or leaving to find no change.
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()) if refused else day.isoformat())
        return refused

    # Typing the box could not read, shown in it still to be mended, and why (K293-02): None
    # once it is changed at all (a key, a day chosen, Today).
    _kept: tuple[str, str] | None = None

    @staticmethod
    def still_the_day_before(shown: str, of_day: str, refused: str) -> str:
        """What `shown` (what the box's day speaks for) is while the box keeps typing it could
        not read: still the day before.  One sentence wherever a box is so left (R301-01, K304-01)."""
        return f"{shown} are still those {of_day}. {refused}."

    def refused_now(self) -> str:
        """Why the typing the box keeps was not taken (its day still the one before); "" where it
        shows its day."""
        return "" if self._kept is None else self._kept[1]

    def _typing_changed(self, text: str) -> None:
        if self._kept is not None and text != self._kept[0]:
            self._kept = None
            self.setToolTip(self.TIP)
            self.refused_kept.emit("")

    def _keep(self, typed: str, refused: str) -> None:
        """After the date edit's own Enter or leaving put its day back: the typing shown again,
        ready to be mended, and why it was not taken said, as a date field keeps what it cannot
        read and says why beside it.  Leaving by Tab or a click put the old day back with no
        word (K293-02), where Enter said why (Q289-02): the volunteer went on to the day shown."""
        self._show_kept(typed, refused)
        self._say_refused(refused)

    def _show_kept(self, typed: str, refused: str) -> None:
        if self._kept != (typed, refused):
            self.refused_kept.emit(refused)
        self._kept = (typed, refused)
        self._typed = typed
        # Unheard by the date edit, which wrote its day back over it from its focus-in on.
        blocked = self.lineEdit().blockSignals(True)
        self.lineEdit().setText(typed)
        self.lineEdit().blockSignals(blocked)
        # Chosen whole, as the box chooses its day when Tab comes back to it: the day meant is typed
        # over it, or Backspace mends it from its end.
        self.lineEdit().selectAll()
        self.setToolTip(refused)  # on the mouse's return too, until a day is taken

    def refuses_what_is_typed(self) -> bool:
        """Before a day is acted on (a dialog answered, a handout printed): whether the box
        shows typing it could not read; if so the focus goes back to it, to mend, and why is
        said again.  A click on Re-screen after "2/29/2027" would screen for the day before."""
        if self._kept is None:
            return False
        refused = self._kept[1]
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say_refused(refused)
        return True

    def _say_refused(self, refused: str) -> None:
        """Why the day typed was not taken, at the box and to a screen reader: Enter on
        "2/29/2027" put the day shown back with no word, and answered the dialog with it
        (Q289-02: the whole caseload re-screened for today)."""
        announce(self, refused, assertive=True)
        self._tip_once_the_mouse_is_up(refused, tries=20)

    def _tip_once_the_mouse_is_up(self, refused: str, tries: int) -> None:
        """The tip shown once the focus has moved and the mouse's button is up: one shown as the
        box is left by a click is hidden by the click's own focus change and release.  (Timers
        tied to the box: none fires for a box closed meanwhile.)"""
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton and tries:
            QTimer.singleShot(50, self, lambda: self._tip_once_the_mouse_is_up(refused, tries - 1))
            return
        QTimer.singleShot(0, self, lambda: self._kept is not None and QToolTip.showText(
            self.mapToGlobal(QPoint(min(self.width() // 2, 16), self.height() // 2)), refused, self))

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        kept, self._typed = self._kept, ""
        super().focusInEvent(event)  # which writes the box's day over the typing kept
        if kept is not None:
            self._show_kept(*kept)  # to be mended where it was left (its focus-in showed the day)
            return
        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            # From the field after it (Shift+Tab), as from the one before: ready for the year,
            # not on the day, where "2027-03-02" typed read as some other day.
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab goes on to the next control, as from every other field: a date edit's Tab
        stepped through year, month and day first, three stops on one field in the handout
        preview and the Eligibility tab (W28-08).  The day is typed whole ("2027-03-02",
        "3/2/2027"), the separators moving on between its parts."""
        return QWidget.focusNextPrevChild(self, next_child)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        typed = self._typed
        refused = self._take_typed()
        super().focusOutEvent(event)
        if refused:
            self._keep(typed, refused)

    # The day the box showed when the keyboard opened the calendar, and whether a day was
    # taken in it (Enter, a click): None while the calendar is closed.
    _calendar_held: list | None = None
    _calendar_watched = False  # its Enter, click and closing watched (once a box)

    def open_calendar(self) -> None:
        """Show the calendar on the box's day, as a click on its arrow does: a date edit has
        no key for it, so the month was the mouse's alone (A94-03).  In it the arrows choose a
        day, Enter takes it, Escape closes it with the day as it was; the focus comes back
        to the box.  The day is said (`day_changed`: the client screened again) once, when
        taken, not at each arrow: Qt's calendar sets the box's day as the arrows move."""
        calendar = self.calendarWidget()
        if not self._calendar_watched:
            self._calendar_watched = True
            calendar.activated.connect(self._calendar_took)
            calendar.clicked.connect(self._calendar_took)
            calendar.window().installEventFilter(self)
        # Where QDateTimeEdit looks for its arrow: a combo box's, drawn on the box.
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable, option.frame, option.subControls = True, True, QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self).center()
        press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(arrow), QPointF(self.mapToGlobal(arrow)),
                            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        self._calendar_held = [self.date(), False]
        self.blockSignals(True)  # the days the arrows pass through are not said
        self.mousePressEvent(press)  # QDateTimeEdit opens its calendar on a press there
        if not calendar.isVisible():
            self._calendar_closed()

    def _calendar_took(self, *_day) -> None:
        if self._calendar_held is not None:
            self._calendar_held[1] = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Hide and self._calendar_held is not None and watched is self.calendarWidget().window():
            # After the calendar's own handling of the Enter or click that closed it.
            QTimer.singleShot(0, self._calendar_closed)
        return super().eventFilter(watched, event)

    def _calendar_closed(self) -> None:
        if self._calendar_held is None:
            return
        (before, took), self._calendar_held = self._calendar_held, None
        if not took:
            self.setDate(before)  # Escape, or a click elsewhere: the day as it was
        self.blockSignals(False)
        self._say_day(self.date())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        opens = (event.key() == Qt.Key.Key_F4 and not event.modifiers()) or (
            event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and event.modifiers() == Qt.KeyboardModifier.AltModifier)
        if opens and self.calendarPopup() and self.isEnabled() and not self.isReadOnly():
            # The keys that open a drop-down, whose arrow the box draws (A94-03).
            self._take_typed()
            self.open_calendar()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed = self._typed
            refused = self._take_typed()
            # Whatever was typed is taken: the next day typed starts afresh (W28-05: "9", Enter,
            # then "12/25/2027" in the field still focused read "912/25/2027", as 1752-09-14).
            self._typed = ""
            if refused:
                self._keep(typed, refused)  # kept to be mended, as leaving the box keeps it
                event.accept()  # no day taken: nothing confirmed, no default button either
                return
        elif event.key() == Qt.Key.Key_Backspace and self._month_day_year():
            self._typed = self._typed[:-1]  # from its end, the typing kept too: mended, not typed again
            self.lineEdit().setText(self._typed)
            event.accept()
            return
        elif text and (text.isdigit() or text in self.SEPARATORS):
            if self.lineEdit().selectedText() and self.lineEdit().selectedText() == self.lineEdit().text():
                self._typed = ""  # typing over it all (Ctrl+A) starts a new day, not the one refused
            self._typed += text
            if self._month_day_year():
                self.lineEdit().setText(self._typed)
                event.accept()
                return
        else:
            self._typed = ""  # arrows, the calendar: the sections again
        line = self.lineEdit()
        if text and (text.isdigit() or text in self.SEPARATORS) and line.hasSelectedText() and line.selectedText() == line.text():
            # Ctrl+A, then the day typed whole, as in any field: the sections refused "2027"
            # and the first "-" moved the focus on to the next control, so Enter pressed the
            # dialog's Re-screen for the day shown, not the day typed (C48-05).  The day is
            # typed from its year, as on entering the field.
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        at = line.cursorPosition()
        if event.text() in self.SEPARATORS and at > 0 and line.text()[at - 1] in self.SEPARATORS:
            event.accept()  # the section already moved on by itself
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the date edit took it (and the day): no default button fires as well
            self.confirmed.emit()


def placeholder_whole(field: QLineEdit) -> None:
    """A narrow field keeps room for its hint ("dollars", "grams"): squeezed into a narrow
    window it read "d..." and "g...", which says nothing (W27B-01)."""
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText() or "0000") + 24)


# "28,5": a decimal comma, as much of the world writes it; not the clinic's records' way.
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


# A sum as a docket or receipt prints it among words: "$300", "1,250", "300.00".
_SUM_AMONG_WORDS = re.compile(r"\$?\d[\d,]*(?:\.\d+)?")


def words_with_a_sum(text: str) -> str | None:
    """What to type where a dollar field was given words and a sum ("FINE $300"): "Not a whole
    number" left the attorney guessing (S139-02).  The sum is not taken: the field cannot tell
    whose sum the word names ("RESTN $500" typed in Fines would be saved as a fine), so the
    message names the sum to type, and with two sums it names none.  None where no word stands
    apart from the figures: "12OO" is a sum mistyped, not words."""
    shown = " ".join(text.split())
    if not any(word.isalpha() for word in re.split(r"[\s$:,.+]+", shown)):
        return None
    sums = [read_whole(found).number for found in _SUM_AMONG_WORDS.findall(shown)]
    if len(sums) == 1:
        # One sum with cents ("FINE $300.50") is one sum still: it was said "more than one".
        return (f"“{shown}”: type the dollars alone ({sums[0]}), without words" if sums[0] is not None
                else f"“{shown}”: type the whole dollars alone, without words (the record keeps no cents)")
    return f"“{shown}” is more than one sum: type this box's dollars alone, without words"


# Where jail ordered with probation goes, on the Record tab and at intake: a volunteer with
# "1 year jail" as a condition of formal probation found nothing beside Sentence to say that it
# is Probation, as Help says (J216, K224-02).
SENTENCE_TIP = ("Choose Probation when jail was a condition of probation (“1 year county jail, 3 years formal "
                "probation”). “No probation” is a fine or jail with no probation granted; a county jail term "
                "under PC 1170(h) is a felony's, with no probation")


# What "Fines ordered" holds, on the Record tab and at intake (F149-04): $150 of abolished county
# fees typed in with the fines was screened as fines unpaid, and the handout said "Pay the fines
# you still owe: $150"; administrative fees are no fine and cannot stop relief (ca-rules 2.3).
FINES_ORDERED_TIP = ("The fines the court ordered, in all (not what is left to pay), with their penalty assessments. "
                     "Leave out restitution and administrative fees (probation costs, attorney fees, the county fees "
                     "AB 1869 and AB 177 abolished): they are no fine, and cannot stop relief")


# "Paid in full" as a printout or the client says it, with no sum (J216-03).
_PAID_IN_FULL = re.compile(r"(?:paid(?: in full| off| all)?|in full|full|all(?: paid)?)\.?", re.IGNORECASE)


class AmountField(SaysHowTyped, QLineEdit):
    """Whole dollars (or hours): blank is None; negative amounts are refused with a message."""

    LARGEST = 999_999_999  # the field is as wide as that; no fine, count or hours is larger
    # For a "paid" field, the field of the sum ordered: "paid in full" typed is told that sum.
    paid_of: AmountField | None = None

    def __init__(self, parent: QWidget | None = None, *, unit: str = "$"):
        super().__init__(parent)
        self.unit = unit
        self.setPlaceholderText("dollars" if unit == "$" else unit)
        self.how_typed = f"In {'dollars' if unit == '$' else unit}." if unit else ""
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000,000,000") + 24)
        placeholder_whole(self)
        # Before any form's `watch`: the save that leaving the field makes reads the count written.
        self.editingFinished.connect(self._write_count)

    aside = False  # see DateField.aside
    # A count kept up over months (hours done): "+6" adds 6 to the count shown last, "-2" takes
    # 2 away, as on the Checklist (K45-09: "+6" saved 6, the hours recorded before gone).
    counts_up = False
    _shown: int | None = None  # the count last shown or typed whole, that "+6" adds to

    def _typed(self) -> Typed:
        """The amount as typed, read as the Checklist's count reads it (clinic_app.typed_numbers):
        "$75.00" is 75, "1,250" is 1250, "37,50" and "12.5" refused, "+6" a step."""
        return read_whole(self.text())

    def value(self) -> int | None:
        typed = self._typed()
        if typed.blank or self.aside:
            return None
        if typed.refused is not None or typed.number is None:
            raise ValueError(typed.text)
        if typed.step and self.counts_up:
            return (self._shown or 0) + typed.number
        return typed.number

    def set_value(self, value: int | None) -> None:
        self._shown = value
        self.setText("" if value is None else str(value))

    def _write_count(self) -> None:
        """"+6" becomes the count it makes when the field is left, so the sum is seen (and a
        second "+4" adds to it).  A whole count typed is the one the next "+6" adds to: "20"
        typed over 10, then "+6", saved 16, the count loaded with the page (R46-02)."""
        if not self.counts_up or self.problem() is not None:
            return
        if self._typed().step:
            self.set_value(self.value())
        else:
            self._shown = self.value()

    def paid_in_full_typed(self) -> bool:
        """Whether this "paid" field holds "paid in full" or its like, with no sum (J216-03)."""
        return self.paid_of is not None and bool(_PAID_IN_FULL.fullmatch(" ".join(self._typed().text.split())))

    def _paid_in_full_said(self, text: str) -> str:
        """What to type for "paid in full": the printout said the fines were paid and gave no
        sum, and "leave it blank if it is not known" read as if nothing could be said (J216-03)."""
        try:
            ordered = self.paid_of.value()
        except ValueError:
            ordered = None
        if ordered is not None:
            return f"“{text}” is no amount: type {ordered}, the sum ordered, if all of it was paid"
        return (f"“{text}” is no amount: type the sum ordered in {self.paid_of.accessibleName()} and the same sum "
                "here, or leave both blank if the papers give none")

    def problem(self) -> str | None:
        typed = self._typed()
        try:
            value = self.value()
        except ValueError:
            if self.unit == "$" and typed.refused == "cents":
                return "Whole dollars only (the record keeps no cents)"
            if self.paid_in_full_typed():
                return self._paid_in_full_said(typed.text)
            if self.unit == "$" and not any(character.isdigit() for character in typed.text):
                # "FINE", as a RAP sheet's sentence line prints it with no sum: "Not a whole
                # number" left the attorney guessing whether a word was wanted (V132-04).
                return f"“{typed.text}” is no amount: type it in dollars (300), or leave it blank if it is not known"
            if self.unit == "$" and typed.refused == "not a number" and (said := words_with_a_sum(self.text())):
                return said
            return "Not a whole number"
        if self.counts_up and typed.step and self._shown is None:
            # "+6" over a count nobody recorded saved 6, though hours done before the sheet
            # the client brought may be unrecorded too (B63-03, as the Checklist asks).
            return step_over_nothing(typed)
        if value is not None and value < 0:
            if self.counts_up and typed.step:
                # "-30" is taking 30 away, typed on purpose: "Cannot be negative" told the
                # paralegal what they knew, not how many there are (R46-05), as the Checklist does.
                return f"{typed.text} is not taken: only {self._shown or 0} done"
            return "Cannot be negative"
        if value is not None and value > self.LARGEST:
            # A receipt or case number pasted here overflowed SQLite's integers, and the save
            # that follows leaving the field crashed (W21-07).
            return f"Too large: at most {self.LARGEST:,}"
        return None


class NumberField(SaysHowTyped, QLineEdit):
    """A quantity that may have decimals (grams): blank is None; negative amounts are refused."""

    def __init__(self, parent: QWidget | None = None, *, unit: str = ""):
        super().__init__(parent)
        self.setPlaceholderText(unit)
        self.how_typed = f"In {unit}." if unit else ""
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000,000.00") + 24)
        placeholder_whole(self)

    aside = False  # see DateField.aside

    def value(self) -> float | None:
        text = self.text().strip()
        if not text or self.aside:
            return None
        # Only commas grouping thousands ("1,500") are dropped: "28,5" grams, a decimal comma,
        # was read as 285 (R46-07), the other side of Prop 64's 28.5 grams.
        value = float(ungrouped(text))
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(text)
        return value

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else str(int(value)) if float(value).is_integer() else str(value))

    def problem(self) -> str | None:
        try:
            value = self.value()
        except ValueError:
            if _DECIMAL_COMMA.fullmatch(self.text().strip()):
                return f"Not a number: write {self.text().strip().replace(',', '.')} with a point"
            return "Not a number"
        if value is not None and value < 0:
            return "Cannot be negative"
        return None


VALUE_FIELDS = (DateField, AmountField, NumberField)


def fields_by_name(form: QWidget, prefix: str = "") -> dict[str, QLineEdit]:
    """The date, amount and number fields of `form` and of its lists' rows, by a name that
    finds the same field again in the form showing the same record ("dob",
    "convictions.0.date"): a draft keeps the text of those not yet a value (D32-01)."""
    out: dict[str, QLineEdit] = {}
    for attr, value in vars(form).items():
        if isinstance(value, VALUE_FIELDS):
            out[prefix + attr] = value
        elif isinstance(value, Committer) and isinstance(getattr(value, "rows", None), list):  # a RowList
            for index, row in enumerate(value.rows):
                out.update(fields_by_name(row, f"{prefix}{attr}.{index}."))
    return out


@contextmanager
def set_aside(fields):
    """`fields` read as blank, and no message said or taken back, while inside: the forms'
    record without the typing not yet a value (a draft, D32-01), the messages as they were."""
    MessageLabel.still = True
    for field in fields:
        field.aside = True
    try:
        yield
    finally:
        for field in fields:
            field.aside = False
        MessageLabel.still = False


class FieldRow(QWidget):
    """A field with its message beside it, for one row of a QFormLayout."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.message = MessageLabel()
        self.message.describes.append(field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(field, (DateField, AmountField, NumberField, QComboBox)):
            layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)  # short values: keep them short
            layout.addWidget(self.message, 1)
        else:
            layout.addWidget(field, 3)  # names, notes, case numbers: room to type
            layout.addWidget(self.message, 2)
        self.setFocusProxy(field)
        self.label: QLabel | None = None  # its label, given by `add_row`

    def named(self) -> str:
        """The field's name as its label reads ("Ended early on"): what a line refusing it says,
        the label the user looks for (K393-03); its accessible name where it has no label."""
        if self.label is None:
            return self.field.accessibleName()
        return self.label.text().replace("&", "").rstrip(":")


class _WholeBanner(QLabel):
    """A wrapped label never shorter than its lines at its width: at the window's least height
    (667 x 259, a 1366 x 768 laptop at 200% made shorter) with a header of four lines, the
    "Screening, not legal advice" banner was squeezed to 25 of its 42 pixels, its two lines cut
    at the top and the bottom (K81, S83-03).  The page's scroll area under it gives up the room."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Not while hidden: a page never shown is laid out at a default 640 pixels, where the
        # banner's two lines made the least it kept for a few rounds of layout once shown wide.
        if self.isVisible():
            self._keep_whole()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # A size given while its tab was behind another comes as it is shown, before it counts
        # as shown: the banner seen wide, the window made short on the Record tab, was cut to
        # 29 of its 42 pixels when the Eligibility tab was opened again (R84b-05).
        self._keep_whole()

    def _keep_whole(self) -> None:
        whole = self.heightForWidth(self.width())
        if whole > 0 and whole != self.minimumHeight():
            self.setMinimumHeight(whole)


# The yellow of what must be read first (the not-advice banner, the Eligibility tab's notes above
# its results): one look wherever it is said.
CAUTION_COLOURS = "background: #fff4ce; color: #3b2f00; border: 1px solid #d4a72c;"
# A note of what the result shown is (stored, or not), not a caution; of what a list shows too.
ABOUT_THE_RESULT_COLOURS = "background: #e8eef7; color: #1b2a41; border: 1px solid #8aa4c8;"


def note_above(layout: QVBoxLayout, accessible: str, colours: str) -> QLabel:
    """A wrapped line over the results (or a list), hidden until it has something to say."""
    note = NamedWords(accessible)
    note.setWordWrap(True)
    note.setStyleSheet(f"{colours} padding: 4px;")
    note.hide()
    layout.addWidget(note)
    return note


def not_advice_banner(text: str, accessible: str) -> QLabel:
    """The yellow line that says a screen is not legal advice (the Eligibility tab, Remedies
    at a glance): one look wherever it is said, and whole (`_WholeBanner`)."""
    banner = _WholeBanner(text)
    banner.setWordWrap(True)
    banner.setAccessibleName(accessible)
    banner.setStyleSheet(f"{CAUTION_COLOURS} padding: 6px; font-weight: bold;")
    return banner


def add_row(form: QFormLayout, title: str, field: QWidget, accessible: str | None = None) -> FieldRow:
    """Add `field` to `form` under the label `title` (its buddy), with a message beside it."""
    if isinstance(field, DateField):
        field.wide_for_words()
    row = FieldRow(field)
    label = row.label = QLabel(title)
    label.setBuddy(field)
    field.setAccessibleName(accessible or title.replace("&", "").rstrip(":"))
    form.addRow(label, row)
    return row


def text_as_recorded(typed: str, recorded: str | None, blank: str | None = None) -> str | None:
    """A text field's value as the record is to store it: the record's own `recorded` where the
    field still shows it (the same but for spaces around it, or blank for a blank one), else the
    text typed, stripped (`blank` where none).  A field's text is read back stripped: an import
    that kept " Los Angeles " or a county of "" (not None) was rewritten by the first save of
    anything else on the client, an edit the user never made, and the redo after an undo was lost
    to it (F83-02)."""
    text = typed.strip()
    if text == (recorded or "").strip():
        return recorded if recorded is not None else blank
    return text or blank


def combo(items: list[tuple[str, object]], shorter: dict[str, str] | None = None) -> QComboBox:
    """A drop-down of `items` (title, value); with `shorter`, titles it shows shorter while
    closed where it lacks the room for them (`ShorterWhenNarrow`)."""
    box = ShorterWhenNarrow(shorter) if shorter else QComboBox()
    for title, value in items:
        box.addItem(title, value)
    return box


def combo_fitting(box: QComboBox, texts: Sequence[str]) -> QSize:
    """The size of `box` as wide as the widest of `texts`, measured as Qt's AdjustToContents measures."""
    metrics = box.fontMetrics()
    text = QSize(max((metrics.boundingRect(t).width() for t in texts), default=7 * metrics.horizontalAdvance("x")),
                 max(math.ceil(QFontMetricsF(box.font()).height()), 14) + 2)
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box)


class ShorterWhenNarrow(QComboBox):
    """A drop-down that, closed, shows a choice's shorter title ("Deferred entry (DEJ)") where
    it lacks the room for the whole one, and asks no more than the shorter titles' width: at
    200% with 12 pt text (the window 667 wide) "Deferred entry of judgment (DEJ)" made the
    case form 293 pixels wide where the pane had 298 less its box's frame, and it scrolled
    sideways (L126-01).  Its list and a screen reader have the whole title, and its tooltip
    while it shows the shorter; with the room it shows the whole title, as before."""

    def __init__(self, shorter: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.shorter = shorter
        self.currentIndexChanged.connect(self._say_whole)

    def _say_whole(self) -> None:
        """The whole title in the tooltip while the box shows a shorter one."""
        whole = self.currentText()
        self.setToolTip(whole if self.shown_text() != whole else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._say_whole()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return combo_fitting(self, [self.shorter.get(self.itemText(i), self.itemText(i)) for i in range(self.count())])

    def shown_text(self) -> str:
        """The title shown while closed: the whole one where it fits."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        whole = self.currentText()
        return whole if self.fontMetrics().horizontalAdvance(whole) <= room else self.shorter.get(whole, whole)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ShorterTitleBox(QGroupBox):
    """A group box whose title is shorter ("Conditions") where the box lacks the room for the
    whole one ("Conditions (classes, programs, community service)"), and which asks no more
    than the shorter title's width: a box's title does not wrap, and at 200% with 12 pt text
    that title made the case form 441 pixels wide in a pane of 298, scrolled both ways
    (L126-01).  The whole title stays its name for a screen reader, and the shorter title's
    tooltip."""

    def __init__(self, title: str, shorter: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.whole, self.shorter = title, shorter
        self.setAccessibleName(title)

    def event(self, event: QEvent) -> bool:
        # The whole title over the shorter title only: the box's own tooltip is every field's
        # without one (Qt passes their tooltip up), and a mouse resting on the Condition field,
        # Plea entered or "Add condition", the title whole above, popped up the box's title (R127-03).
        if event.type() == QEvent.Type.ToolTip:
            option = QStyleOptionGroupBox()
            self.initStyleOption(option)
            label = self.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, self)
            if self.title() != self.whole and label.contains(event.pos()):
                QToolTip.showText(event.globalPos(), self.whole, self, label)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _for_title(self, title: str) -> QSize:
        metrics = self.fontMetrics()
        option = QStyleOptionGroupBox()
        self.initStyleOption(option)
        base = QSize(metrics.horizontalAdvance(title) + metrics.horizontalAdvance(" "), metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_GroupBox, option, base, self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        held = self.layout().totalMinimumSize() if self.layout() is not None else QSize(0, 0)
        return self._for_title(self.shorter).expandedTo(held)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        title = self.whole if self._for_title(self.whole).width() <= self.width() else self.shorter
        if title != self.title():
            self.setTitle(title)


def set_combo(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def tristate(title: str) -> QComboBox:
    """Yes / No / Unknown, for facts the clinic may not know yet."""
    return combo([("Unknown", None), ("Yes", True), ("No", False)])


_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}


class _ComboSteps(QObject):
    """A closed drop-down stepped through by the arrow keys makes one edit, when it is left,
    not one per step (keyboard check K20-08: Down Down Up Up on Sentence stored and
    screened four records, "No probation" and "County jail" among them, and four undo
    steps).  A choice from the open list, or by the mouse, is an edit at once."""

    def __init__(self, committer: "Committer"):
        super().__init__(committer)
        self._committer = committer
        self._stepping: QComboBox | None = None  # between an arrow key's press and release
        self._pending: set[QComboBox] = set()

    def watch(self, combo: QComboBox) -> None:
        combo.installEventFilter(self)
        combo.activated.connect(lambda _index, c=combo: self._activated(c))

    def _activated(self, combo: QComboBox) -> None:
        if self._stepping is combo:
            self._pending.add(combo)
        else:
            self._pending.discard(combo)
            self._committer.committed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() in _STEP_KEYS and not watched.view().isVisible():
            self._stepping = watched
        elif kind == QEvent.Type.KeyRelease:
            self._stepping = None
        elif kind == QEvent.Type.FocusOut and watched in self._pending:
            self._pending.discard(watched)
            self._committer.committed.emit()
        return False


def close_suggestions(field: QLineEdit) -> None:
    """Close `field`'s suggestion list (its completer's popup) if it is up.  Left by an Alt letter
    while it was up, it stayed open with the keyboard, and what was typed next went into the
    field left: intake's offense "48432" (K99-05), the Record tab's Clinic event "Sat3/2/1985"
    (R103-03).  Tab closed it; the field's FocusOut calls this (`SuggestionsGoWithTheField`)."""
    # Asked only while a list is up: `popup()` makes one where there was none, and made as
    # intake closed, it set off a held error on a field already deleted (J64-01).
    shown = QApplication.activePopupWidget()
    if shown is not None and field.completer() is not None and shown is field.completer().popup():
        shown.hide()


class SuggestionsGoWithTheField(QObject):
    """Installed on a field with suggestions: they close as the keyboard leaves it for anything
    but their own list (`close_suggestions`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            close_suggestions(watched)
        return False


class Committer(QWidget):
    """Mixin-like base: a form that says when an edit is complete (`committed`) and when it changed."""

    changed = Signal()  # any keystroke: re-validate
    committed = Signal()  # an edit is complete (focus left the field, a box was ticked): autosave
    quiet = False  # True while `load` fills the fields: one validation at the end, not one per field
    _combo_steps: _ComboSteps | None = None  # made by the first drop-down watched

    # The lines of `validate` its own slot of `changed` returned, while that keystroke's `changed`
    # is still being answered; None otherwise.  The Record tab's Save button asked the form again
    # (`validated`), every field and count checked and said twice a keystroke (P361-01).
    _validated: list[str] | None = None
    _answering = 0  # how deep in answering `changed` (a change made by one of its slots nests)

    def _changed(self, *_args) -> None:
        if not self.quiet:
            self._validated = None
            self._answering += 1
            try:
                self.changed.emit()
            finally:
                self._answering -= 1
                self._validated = None  # the next keystroke, or a change made after, is checked anew

    def validate(self) -> list[str]:  # pragma: no cover - each form's own
        return []

    def validated(self) -> list[str]:
        """`validate`'s lines: while a keystroke's `changed` is answered, those its first asking
        returned (the form's own slot, connected before the window's), not a second check of
        the same fields; any other time, or with fields set aside, a fresh check."""
        if self._validated is None or MessageLabel.still:
            # With fields set aside (a draft's record, `set_aside`) the keystroke's check is of
            # other fields: checked anew, and not kept for the keystroke (K366-03).
            lines = self.validate()
            if self._answering and not MessageLabel.still:
                self._validated = lines
            return list(lines)
        return list(self._validated)

    def watch(self, widget: QWidget) -> None:
        """Connect a field's signals to `changed` / `committed`."""
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._changed)
            widget.editingFinished.connect(self.committed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
            if self._combo_steps is None:
                self._combo_steps = _ComboSteps(self)
            self._combo_steps.watch(widget)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)
            widget.clicked.connect(self.committed)


def stay_or_discard(parent: QWidget, title: str, text: str, stay: str, discard: str, detail: str = "") -> bool:
    """A warning with two answers (and `detail` under the question); True when the user
    discards.  Staying is the default (Enter, Escape): nothing is lost by a key pressed too fast."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    if detail:
        box.setInformativeText(detail)
    stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    discard_button = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    box.exec()
    return box.clickedButton() is discard_button


def folder_last_used(*settings: str) -> Path | None:
    """The folder the first of `settings` (a handout's, a worksheet's, a backup's) remembers on
    this computer that is still there, or None: a USB stick taken out, a folder deleted, is
    passed over, not offered to a chooser that would open somewhere else without a word.  One
    reading for every paper the window saves (Q132-03's and B130-01's were written twice)."""
    for setting in dict.fromkeys(settings):
        last = QSettings().value(setting, "")
        if last and Path(last).is_dir():
            return Path(last)
    return None


# Beside a paper's folder setting, the folder its last files were written in: a batch writes
# into a folder of its own under the one chosen (an event's, a day's), which the next chooser
# must not start in, but which File > Delete client must name, for the pages to be found.
WRITTEN_IN = "_written_in"


def remember_papers_folder(folder_setting: str, chosen: Path | str, written_in: Path | str) -> None:
    """Remember on this computer the folder `chosen` for a paper's kind (`folder_setting`: the
    next chooser starts there) and the folder its files were `written_in` (`papers_written_in`)."""
    QSettings().setValue(folder_setting, str(chosen))
    QSettings().setValue(folder_setting + WRITTEN_IN, str(written_in))


def papers_written_in(folder_setting: str) -> str:
    """The folder the last files of `folder_setting`'s kind were written in, "" if none was: the
    chosen folder where only that was remembered (before S140-01)."""
    chosen = QSettings().value(folder_setting, "")
    written = QSettings().value(folder_setting + WRITTEN_IN, "")
    # Only the chosen folder or a batch's folder in it: one kept beside an earlier choice (the
    # folder setting written since without it) would name a folder of another batch.
    if written and chosen and (written == chosen or Path(written).parent == Path(chosen)):
        return written
    return chosen


def named_with_suffix(parent: QWidget, title: str, typed: str, suffix: str) -> Path | None:
    """The file a save dialog's answer `typed` names, with `suffix` (".pdf") added when the
    name was typed without it: a bare "handout" made a file no program opens from a double
    click (W21-29).  The dialog asked about replacing the name typed, not this one, so
    replacing an existing file of the new name is asked here; None when the user says no.

    A file typed in a folder that is not there (the USB stick's, remembered, with the stick
    out) is refused here, said in a warning, None: the backup made the folders on the laptop's
    disk and said it was backed up, the export and Save PDF named a hidden file or "No such
    file or directory", the report's Save ended in the crash dialog (B105)."""
    from clinic_app.private_files import folder_missing

    target = Path(typed)
    if missing := folder_missing(target):
        QMessageBox.warning(parent, title, f"{missing}. Nothing was written.")
        return None
    if target.suffix.lower() == suffix:
        return target
    target = target.with_name(target.name + suffix)
    if target.exists() and QMessageBox.question(
            parent, title, f"{target.name} already exists in {target.parent}. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return None
    return target


def has_typing(widget: QWidget) -> bool:
    """Whether any text field inside `widget` holds something typed."""
    return any(field.text().strip() for field in widget.findChildren(QLineEdit))
