"""Repeating rows inside a case: convictions, probation violations, conditions.

Each row is a small widget of labelled fields with a Remove button; `RowList` holds them
with an Add button.  Rows are kept in the order entered, which is the order the record
keeps (and the handout prints).
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle,
                               QStyleOptionComboBox, QStylePainter, QVBoxLayout, QWidget)
from shiboken6 import isValid

from clinic_app.catalog import (SECTION_WRITTEN_AS_THE_CODE_DOES, Catalog, as_written, load_catalog, offense_label, offense_named,
                                us_code_cited)
from clinic_app.counties import names_a_california_court
from clinic_app.eligibility.depends_on import conspiracy_named
from clinic_app.eligibility.result import either_offense
from clinic_app.level_on_the_day import StartingLevel, level_of_the_sentence, starting_level
from clinic_app.model import ArrestOffense, Condition, Conviction, CountRemoved, Petition, ReliefGranted, Ruling, Violation
from clinic_app.screening_format import jurisdiction_written
from clinic_app.typed_days import DATE_FORMS_TAKEN
from clinic_app.typed_sections import (CODE_NAMES, RELIEF_STATUTES, TypedSection, federal_law_said, juvenile_court_named, juvenile_court_said,
                                       added_to_a_sentence, degrees_said, law_of_subdivision,
                                       rap_sheet_line_cited, read_typed_section, relief_named,
                                       relief_statute_typed)
from ui.flow_layout import FlowLayout
from ui.forms import (AmountField, Committer, DateField, MessageLabel, NumberField, announce, close_suggestions, combo,
                      has_typing, placeholder_whole, set_combo, tristate)
from ui.page_scroll import scroll_area_of, show_whole

# A count's level starts at "Choose level" (None): its first choice, Misdemeanor, was stored
# though nobody chose it, and screened so (V53-02).  The catalog's level fills it where the
# catalog fixes one (PC 211 a felony, PC 602 a misdemeanor), shown in the box.
LEVEL_CHOICES = [("Choose level", None), ("Misdemeanor", "misdemeanor"), ("Felony", "felony"), ("Infraction", "infraction")]
VIOLATION_CHOICES = [("Continued", "continued"), ("Reinstated", "reinstated"), ("Revoked", "revoked")]
CONDITION_CHOICES = [("Class", "class"), ("Program", "program"), ("Community service", "community_service"),
                     ("Stay away", "stay_away"), ("Other", "other")]

LEVEL_TO_CHOOSE = ("choose Felony, Misdemeanor or Infraction as the court record shows it; saved without one, "
                   "the screening asks for it")

ARREST_LEVEL_CHOICES = [("Level unknown", None), ("Misdemeanor", "misdemeanor"), ("Felony", "felony")]

_catalog: Catalog | None = None


def relief_choices() -> list[tuple[str, str]]:
    """Every remedy that applies to one count, by its plain title ("Reduction of a wobbler ... (PC 17(b))")."""
    from clinic_app.eligibility import REMEDIES, remedy_title

    return [(remedy_title(r.key), r.key) for r in REMEDIES if r.scope == "conviction"]


def catalog() -> Catalog:
    global _catalog
    if _catalog is None:
        _catalog = load_catalog()
    return _catalog


def _labelled(layout: QHBoxLayout | FlowLayout, title: str, widget: QWidget, accessible: str, tip: str = "",
              stretch: bool = False) -> None:
    if isinstance(widget, DateField):
        widget.wide_for_words()  # as a form's row's (`add_row`): typed in words, seen whole
    label = QLabel(title)
    label.setBuddy(widget)
    widget.setAccessibleName(accessible)
    if tip:  # on the label too: a short label ("Plants:") is what the mouse points at
        widget.setToolTip(tip)
        label.setToolTip(tip)
    if isinstance(layout, FlowLayout):
        # On the next line together, where the line is full; the label over its field where even
        # the two do not fit (S83-02).
        layout.add_group(label, widget, stretch=stretch, folds=True)
        return
    layout.addWidget(label)
    layout.addWidget(widget)


def _attempt(match) -> str:
    """"664/" where the section was written as an attempt (the match holds it apart)."""
    return "664/" if match.attempt else ""


class EntryRow(Committer):
    """One row: fields on a line, a message under them, a Remove button.

    The line of a row that `wraps` goes on over more lines where the pane is too narrow for
    it, each label with its field, Remove at the right end of the last line: a conviction's
    row needed 630 pixels, and the case form scrolled sideways in a window 1024 pixels wide
    (W27B-01).  Other rows' fields shrink to fit their one line, as before."""

    wraps = False
    what = "row"  # what the row is, as its Remove names it (`finish`)

    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        self.line = FlowLayout() if self.wraps else QHBoxLayout()
        outer.addLayout(self.line)
        self.message = MessageLabel()
        outer.addWidget(self.message)
        self.remove = QPushButton("Remove")
        self.changed.connect(self.validate)

    def labelled(self, layout: QHBoxLayout | FlowLayout, title: str, widget: QWidget, accessible: str, tip: str = "",
                 stretch: bool = False) -> None:
        """A field of the row with its label (and `tip`, what the field asks for, in words a
        volunteer knows); the row's message is its description.  `stretch`: in a row that
        wraps, the field takes the room its line has left."""
        _labelled(layout, title, widget, accessible, tip, stretch)
        self.message.describes.append(widget)

    def finish(self, what: str) -> None:
        self.what = what
        self.remove.setAccessibleName(f"Remove this {what}")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        if isinstance(self.line, FlowLayout):
            self.line.add_trailing(self.remove)
        else:
            self.line.addStretch(1)
            self.line.addWidget(self.remove)

    def held(self) -> str:
        """What the row holds as its Remove names it, "the violation of 2024-03-01", in the words
        the Record tab shows; "" where it holds nothing yet (K423-01)."""
        return ""

    # The row's number in its list, given by the list where its Remove would be heard alike
    # another's (two violations of one day, K426-02) or it holds nothing to name it by (K426-03).
    number: int | None = None
    # The list's, to tell its rows apart again when this one's words change (`RowList._tell_apart`).
    told_apart: Callable[[], None] | None = None

    def name_remove(self, *_changed) -> None:
        """The Remove heard by what the row holds (`held`), renamed as it is typed and refilled:
        a violation's, a petition's, ... were "Remove this violation" alike (K423-01)."""
        self.say_remove()
        if self.told_apart is not None:
            self.told_apart()

    def say_remove(self) -> None:
        """The Remove's name from what the row holds and its `number`, the list left as it is."""
        held = self.held()
        self.remove.setAccessibleName(f"Remove {self._numbered(held) if held or self.number else f'this {self.what}'}")

    def _numbered(self, held: str) -> str:
        """`held` with the row's number where it has one: "the violation of 2022-06-07 (violation
        2)"; "condition 2" for a row that holds nothing to name it by."""
        if self.number is None:
            return held
        return f"{held} ({self.what} {self.number})" if held else f"{self.what} {self.number}"

    def removed_said(self, number: int) -> str:
        """The row as "Removed ..." names it once its Remove took it out (H405-01), as its Remove
        was heard; by its `number` in the list where it holds nothing to name it by: "the
        condition" said of a condition with no words was any of them (K426-03)."""
        held = self.held()
        return self._numbered(held) if held else f"{self.what} {number}"

    def validate(self) -> list[str]:  # pragma: no cover - overridden
        return []

    # A row nobody has been to yet is not wrong: its empty required field is a hint, said in
    # red once the field has been typed in or left (it blocks saving either way). Seen at
    # intake, where a fresh row said "Enter the code section" in red before anything was typed.
    touched = True

    def required(self, field: QLineEdit, leaving: bool = True) -> None:
        self.touched = False
        field.textEdited.connect(self.touch)
        if leaving:
            field.editingFinished.connect(self.touch)

    def touch(self) -> None:
        if not self.touched:
            self.touched = True
            self.validate()

    def untouched(self) -> None:
        """Back to a fresh row's hint (intake empties its row after each case)."""
        self.touched = False
        self.validate()

    def is_blank(self) -> bool:
        """A row with nothing typed in it: its problems are no typing of the user's."""
        return not has_typing(self)

    @property
    def missing_kind(self) -> str:
        return "error" if self.touched else "plain"


def read_typed(text: str, recorded: tuple[str, str] | None = None) -> TypedSection | None:
    """The section a field holds, read in the one code the catalog has it in where no code is
    typed (G49-01: "23152" was stored PC 23152, a section the catalog has only in the Vehicle
    Code, and the screening said "unknown section"); None for an empty field.  `recorded`: the
    stored (code, section) the field was filled from, kept as written while the field shows it
    (F83-01: an imported "PC 459" was rewritten "459" by the first save of anything else)."""
    return read_typed_section(catalog(), text, recorded) if text else None


def _to_show_as_stored(field: QLineEdit, reading: TypedSection | None, stored: str) -> bool:
    """Whether `field` is to show the citation the record stores for what was typed there
    ("VC 23152" for "23152"): where the code was the catalog's to give.  A code typed, or the
    Penal Code read, is what is stored already, and a section two codes have is asked, not
    shown as one (I50-02)."""
    return reading is not None and reading.code_from_catalog and not reading.to_choose and stored != field.text()


def _catalog_fixes_level(reading: TypedSection) -> bool:
    """Whether the catalog gives the section typed its level (PC 211 a felony, PC 602 a
    misdemeanor, VC 22350 an infraction), which a count takes on leaving the field; not a
    wobbler, an attempt, a section read as another row or one the catalog lacks."""
    match = reading.match
    return (match.offense is not None and match.exact and not match.attempt
            and match.offense.level in ("felony", "misdemeanor", "infraction"))


def _read_in(reading: TypedSection, label: str) -> str:
    """The catalog's words for a count, and which code a bare section was read in."""
    if not reading.code_from_catalog:
        return label
    code = CODE_NAMES.get(reading.match.code, reading.match.code)
    return f"{label} (read as {code}: the only code in the offense catalog with {reading.typed})"


def _choose_a_code(reading: TypedSection) -> str:
    """What a bare section more than one code has asks: which code, each with its offense."""
    names = " and the ".join(CODE_NAMES.get(m.code, m.code) for m in reading.choices)
    options = " or ".join(f"“{m.code} {_attempt(m)}{m.section}” ({m.offense.description if m.offense else either_offense(m)})"
                          for m in reading.choices)
    return f"{reading.typed} is in the {names} in the offense catalog: type the code, {options}"


def _typed_law(match, typed: str) -> str:
    """A section the catalog does not have, named as the field reads it: "PC 1234", and a
    United States Code citation as typed ("18 USC 1343", not "OTHER 18usc1343": F161-01)."""
    return us_code_cited(typed) or _as_read(match, typed)


def _as_read(match, typed: str) -> str:
    """A section that is no United States Code citation, named as the catalog read it: "PC 1234"."""
    return f"{match.code} {match.section or typed}"


# What every such note says after the section's name: how leaving the field knows it (Y162-04).
FEDERAL_LAW_SAID = federal_law_said("").strip()


def _federal_law(written: str) -> str:
    """What a United States Code section typed in a California case is: a federal court's, which
    the case's State or court box is to say.  Left blank, the case was screened as California's,
    six remedies "Needs review" for a federal conviction, the field saying only "not in the
    offense catalog" (F161-02)."""
    return f"{federal_law_said(written)}; type “federal” in State or court"


def say_line_read(field: QLineEdit, message: MessageLabel) -> None:
    """What a RAP sheet's count line pasted in `field` was read as, aloud, the words beside it
    ("PC 496(a) Receiving stolen property - ..."): the field's text is replaced as it is left,
    and a screen reader in the next field heard "Saved: ..., section" alone (A257-03)."""
    announce(field, f"Read from the RAP sheet line: {message.text() or field.text()}")


def say_federal_law_on_leaving(field: QLineEdit, message: MessageLabel) -> None:
    """The note that a section typed in `field` is federal law, said aloud as the field is left
    with it: it asks for a word in another box, State or court, and as the field's description
    only it was heard by nobody who had gone on to the next field; Enter then screened the
    federal case as California's (Y162-04).  Once for each note: leaving again says nothing."""
    heard = [""]

    def left() -> None:
        if not (isValid(field) and isValid(message)):
            return  # a field still focused as its window closes is left after its note is gone
        said = message.text() if message.kind == "note" and FEDERAL_LAW_SAID in message.text() else ""
        if said and said != heard[0]:
            announce(field, said)
        heard[0] = said

    field.editingFinished.connect(left)


def _not_in_catalog(match, typed: str) -> str:
    """What a count the catalog does not read is, where it is typed: what the screening will
    say too (`in_it_otherwise`).  A Vehicle Code section typed without "VC" ("23152(a)", as
    dockets often write it) was read as PC 23152(a) and said to be "not in the offense
    catalog", though VC 23152(a) is in it (E27-05)."""
    cited = us_code_cited(typed)  # read once: it names the section and decides which note
    written = cited or _as_read(match, typed)
    kept = "as it is, it can be saved and will be marked for attorney review"
    relief = relief_named(match)
    if relief is not None:
        return (f"{written} is a law of relief ({relief}), not an offense: type the section the person was convicted "
                f"under, as the docket writes it (e.g. 459 or HS 11350); relief a court already granted goes under "
                f"“Add relief already granted”; {kept}")
    if juvenile_court_named(match):
        return f"{juvenile_court_said(written)}; if an adult court convicted the person, type the section of the offense (e.g. 488); {kept}"
    added = added_to_a_sentence(match)
    if added == "prior":
        # A prison prior noted on a record was typed as a count (P165-02): the count is the
        # offense it was added to, and the prior is the attorney's to weigh (ca-rules.md 3.9).
        return (f"{written} adds to a sentence for a prior conviction (a prior prison term or serious felony), not an "
                f"offense: type the section the person was convicted under (e.g. HS 11358), and write the prior in the "
                f"client's notes for the attorney; {kept}")
    if added in ("violent", "serious"):
        # A record's mark of a violent or serious felony, typed as a count (R166-03).
        return (f"{written} marks a conviction as a {added} felony (from the law's list), not an offense: type the "
                f"section the person was convicted under (e.g. 211); {kept}")
    if added == "enhancement":
        return (f"{written} is an enhancement added to a sentence, not an offense: type it after the offense it was "
                f"added to, as the abstract of judgment writes it (e.g. 245(a)(1)/12022.7(a)); {kept}")
    if cited:
        return f"{_federal_law(written)}; {kept}"
    otherwise = catalog().in_it_otherwise(match)
    if otherwise is None:
        return f"{written}: not in the offense catalog; it can be saved and will be marked for attorney review"
    how, section = otherwise
    offense = catalog().get(*section.split(" ", 1))
    named = offense_label(offense) if offense is not None else section
    if how == "code":
        return f"{written}: not in the offense catalog, but {named} is: type “{section}” if the conviction is under that code; {kept}"
    return f"{written}: not written as the offense catalog reads it ({named} is in it): type {SECTION_WRITTEN_AS_THE_CODE_DOES}; {kept}"


def state_or_court_box() -> QLineEdit:
    """A case's "State or court:" box (FORMAT.md's `jurisdiction`), on the Record tab's case form
    (L109-04) and at intake (X110-02): blank is California, as the placeholder says."""
    box = QLineEdit(placeholderText="California")
    box.setToolTip("Blank for a California court; else the state or court the case is from "
                   "(\"NV\", \"federal\"): no California remedy reaches it")
    return box


def jurisdiction_typed(box: QLineEdit) -> str:
    """What a "State or court:" box holds, as a case stores it: CA where it is blank, or says
    California however written (`jurisdiction_written`)."""
    return jurisdiction_written(box.text()) or "CA"


def california_court_typed(box: QLineEdit) -> bool:
    """Whether a "State or court:" box holds a California county or court that it does not read
    as California itself ("LA Superior Court", "Nevada County"): refused there, as it would send
    the case out of state (U110-04, M57-04).  "Calif." or a docket's "Superior Court of
    California, County of Orange" is read as California (R110-02), and taken."""
    return jurisdiction_typed(box) != "CA" and names_a_california_court(box.text())


def outside_california(box: QLineEdit) -> str:
    """The state or court a "State or court:" box names, "" where the case is California's:
    what a count's row is told (`ConvictionRow.outside`).  A California court typed there, which
    the box refuses (U110-04, M57-04), is no court outside California meanwhile."""
    where = jurisdiction_typed(box)
    return "" if where == "CA" or names_a_california_court(where) else where


def _outside_california(match, typed: str, where: str) -> str:
    """What a count the catalog does not read is, in a case from a court outside California
    (`where`, as stored): the catalog is California's, so it was no news that "NRS 205.240" is
    not in it, and no attorney review of a California remedy comes of it (every one is
    not_applicable, `outside_california`).  Said as the screening and the handout say it (X110-01).
    The relief is that court's law's: "that state's own relief" was said of a federal court too
    (F161-03), whose relief is federal law's."""
    return (f"{_typed_law(match, typed)}: this case is from a court outside California ({where}), so no "
            f"California remedy reaches it and no section of the offense catalog is needed; an attorney may look "
            f"at the relief that court's own law gives")


class ConvictionRow(EntryRow):
    """A count of conviction: the offense (completed from the catalog), level, date."""

    wraps = True

    def __init__(self, conviction: Conviction, parent: QWidget | None = None, *, today: Callable[[], date] = date.today,
                 granted: Callable[[str, list[str]], ReliefGranted | None] = lambda _count, _recorded: None,
                 outside: Callable[[], str] = lambda: ""):
        super().__init__(parent)
        self.conviction = conviction
        self.today = today  # the window's clock: a conviction or offense day after it is refused
        # The state or court of the count's case where it is not California's ("" where it is):
        # what a section the catalog lacks is said as (X110-01).
        self.outside = outside
        self.offense = QLineEdit(placeholderText="e.g. 459 or HS 11350")
        # Room for the hint, whole (seen cut to "section, e.g. 459 ..." at intake).
        self.offense.setMinimumWidth(self.fontMetrics().horizontalAdvance("e.g. 459 or HS 11350xxxx"))
        self.level = combo(LEVEL_CHOICES)
        self.wobbler = tristate("Wobbler")
        self.date = DateField()
        self.offense_date = DateField()  # some remedies turn on the age at the offense
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The catalog ranks the rows (`_suggest`); "contains" keeps them while typing goes on.
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.offense.setCompleter(completer)
        # Queued: the line edit connects its own slot, which puts the whole label in the field,
        # again on every focus-in, so it runs after any direct slot of ours (K19-03).
        completer.activated.connect(self._completed, Qt.ConnectionType.QueuedConnection)
        self.offense.textEdited.connect(self._suggest)
        self.offense.textEdited.connect(self._section_typed)
        # The bare section a shown citation was read from ("23152" for "VC 23152"), for the
        # note to go on saying which code it was read in; forgotten at the next keystroke.
        self._read_from: TypedSection | None = None
        self.offense.textEdited.connect(self._forget_read_from)
        # Leaving the field settles a section typed; its editingFinished does not come when the
        # suggestions are still up as Tab leaves (the list is the active popup).
        self.offense.installEventFilter(self)
        # The labels are short, to fit a laptop's pane; each field's accessible name and tooltip
        # say in full what it asks for (E27B-03: "Level", "Wobbler", "Cannabis g" and "Plants"
        # had no tooltip, and a screen reader heard "Level" and "Wobbler" alone).
        self.labelled(self.line, "Offense:", self.offense, "Offense code section",
                      "The code section of this conviction, as the docket writes it: 459 (Penal Code), HS 11350, "
                      "VC 23152(a). Suggestions come from the offense catalog.")
        self.labelled(self.line, "Level:", self.level, "Level of the conviction: misdemeanor, felony or infraction",
                      "Misdemeanor, felony or infraction, as the court record shows this conviction. Left at "
                      "\u201cChoose level\u201d, the count is saved with no level and the screening asks for it")
        self._level_tip = self.level.toolTip()
        # Whether the level shown is the catalog's for the section typed, not one someone
        # chose: a section typed after it (an attempt, a wobbler) puts the box back to
        # "Choose level", where PC 211's Felony stayed for "664/211" (V53-02).  That includes
        # "Choose level" where the catalog's level did not hold on the conviction's day (HS 11350
        # after Prop 47): a date typed later fills or empties it (`_day_typed`).
        self._level_by_catalog = False
        self._level_why = ""  # why the day decided the catalog's level, said on the count's line
        self._level_by_sentence = False  # Felony from the case's sentence (`felony_by_sentence`)
        self.level_picked = False  # the level chosen in the box by the user, "Choose level" too
        self._facts_by_catalog = False  # the level and flag filled by the catalog for a section typed
        self._wobbler_picked = False  # the flag chosen in the box since the catalog last filled it
        self._dated_as_arrest = False  # intake's row for a case that ended without a conviction
        self.level.activated.connect(self._level_chosen)
        self.wobbler.activated.connect(self._wobbler_chosen)
        self.labelled(self.line, "Wobbler:", self.wobbler, "Wobbler: could the offense be charged as a felony or a misdemeanor",
                      "Yes if the law lets this offense be either a felony or a misdemeanor (a “wobbler”). "
                      "Choosing the offense from the suggestions fills this in; leave Unknown if not sure.")
        self.finish("conviction")
        self.remove.setToolTip("Take this conviction off the case")
        # The dates on a second line: the row stays narrow enough for a laptop at 200%; each
        # with its label on a line of its own where even they two do not fit (341 pixels: the
        # case form scrolled sideways in a window 667 pixels wide, S83-01).
        dates = FlowLayout()
        # Heard by the label's words, as its refusals name it (K409-02): "Conviction date" was a
        # second name, and heard twice on arriving at a refusal that said it.
        self.labelled(dates, "Convicted:", self.date, "Convicted",
                      f"The date of this conviction on the docket: {DATE_FORMS_TAKEN}")
        self.labelled(dates, "Offense on:", self.offense_date, "Offense on",
                      "The day the offense happened, if the record gives it: some remedies turn on the person's age then")
        self.layout().insertLayout(1, dates)
        # The facts some remedies turn on (Prop 47 value and shop hours, Prop 64 amounts,
        # trafficking vacatur), then relief the court or DOJ already granted for this count.
        self.value_dollars = AmountField()
        self.open_hours = tristate("Open business hours")
        self.cannabis_grams = NumberField(unit="grams")
        self.cannabis_plants = AmountField(unit="plants")
        self.trafficking = QCheckBox("Trafficking / IPV related")
        self.trafficking.setToolTip("The offense was a direct result of being trafficked or of intimate partner violence (PC 236.14 / 236.15)")
        self.trafficking.setAccessibleName("Offense was a result of trafficking or intimate partner violence")
        facts = FlowLayout()  # it needed 610 pixels on one line (W27B-01)
        self.labelled(facts, "Value $:", self.value_dollars, "Property value or loss in dollars (Prop 47)",
                      "For a theft, shoplifting, forgery, bad check or stolen property count: the value of the "
                      "property or the loss, in whole dollars (Prop 47 turns on $950)")
        self.labelled(facts, "Shop open:", self.open_hours, "Entered an open business during business hours (PC 459.5)",
                      "For a burglary count: did the person enter a store or business while it was open, during "
                      "its regular business hours? (shoplifting, PC 459.5)")
        self.labelled(facts, "Cannabis g:", self.cannabis_grams, "Amount of cannabis in grams (Prop 64)",
                      "For a cannabis count: how much cannabis, in grams (Prop 64 turns on the amount)")
        self.labelled(facts, "Plants:", self.cannabis_plants, "Number of cannabis plants (Prop 64)",
                      "For a cannabis cultivation count: how many plants")
        facts.add_group(self.trafficking)
        self.layout().insertLayout(2, facts)
        # The row's clock, not `self.today` read through a closure (a cycle from its own list).
        # A new relief starts as the one a petition granted for this count and not recorded
        # yet asks for, its remedy and the ruling's day (`granted`: the case form's petitions):
        # "Granted 2026-12-01: record the relief on the count" gave a row reading PC 1203.4,
        # undated, where the court had granted PC 1203.4a, and the handout then told the client
        # the wrong section to name (D63-03).  Still a person's step: shown, then saved on leaving.
        this = weakref.ref(self)
        self.relief = RowList("Add relief already granted", lambda r: ReliefRow(
            r if r is not None else (row := this()) and row._granted_unrecorded(granted), today=today))
        self.relief.setAccessibleName("Relief already granted for this count")
        self.layout().addWidget(self.relief)  # after the row's message: the offense label stays by the facts
        order = (self.wobbler, self.date, self.offense_date, self.value_dollars, self.open_hours, self.cannabis_grams,
                 self.cannabis_plants, self.trafficking, self.relief.add_button, self.remove)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)  # Remove comes last, after the dates and facts
        self.relief.changed.connect(self.changed)
        self.relief.committed.connect(self.committed)
        # Before `watch`: the level follows a date typed before the row (and intake) say it.
        for field in (self.date, self.offense_date):
            field.textChanged.connect(self._day_typed)
        for widget in (self.level, self.wobbler, self.date, self.offense_date, self.value_dollars, self.open_hours,
                       self.cannabis_grams, self.cannabis_plants, self.trafficking):
            self.watch(widget)
        self.offense.textChanged.connect(self._changed)
        # Named by its offense: a case with two convictions had two buttons a screen reader
        # said alike, "Remove this conviction" (C48-07).
        self.offense.textChanged.connect(self.name_remove)
        self.offense.editingFinished.connect(self._offense_left)
        say_federal_law_on_leaving(self.offense, self.message)  # after: the offense as stored said
        self.required(self.offense, leaving=False)  # _offense_left touches it, past the suggestions
        self.refill(conviction)

    def _granted_unrecorded(self, granted: Callable[[str, list[str]], ReliefGranted | None]) -> ReliefGranted | None:
        return granted(self.conviction.id, [row.remedy.currentData() for row in self.relief.rows])

    def held(self) -> str:
        return f"the conviction {self.offense.text().strip()}" if self.offense.text().strip() else ""

    def refill(self, conviction: Conviction) -> None:
        """Show `conviction` as a row made for it would.  The case form keeps its conviction
        rows from one case to the next (`RowList.set_items`): making a row anew for each count
        was most of the time opening a client took (O28-01)."""
        self.conviction = conviction
        self.quiet = True  # filling is no typing: no `changed`, no validation per field
        try:
            self.offense.setText(conviction.citation if conviction.section.strip() else "")
            set_combo(self.level, conviction.level)
            set_combo(self.wobbler, conviction.wobbler)
            self.date.set_value(conviction.conviction_date)
            self.offense_date.set_value(conviction.offense_date)
            self.value_dollars.set_value(conviction.value_dollars)
            set_combo(self.open_hours, conviction.open_business_hours)
            self.cannabis_grams.set_value(conviction.cannabis_grams)
            self.cannabis_plants.set_value(conviction.cannabis_plants)
            self.trafficking.setChecked(conviction.trafficking_related)
            self.relief.set_items(conviction.relief_granted)
        finally:
            self.quiet = False
        self._completions.setStringList([])  # the last count's suggestions are not this one's
        self._read_from = None
        self._unsettled = False  # a stored count's level is the clinic's, not the catalog's
        self._level_by_catalog = False
        self._level_by_sentence = False
        self.level_picked = False
        self._facts_by_catalog = False
        self._wobbler_picked = False
        self._say_level_why("")
        self.touched = False  # as a fresh row: its missing section is a hint until typed in or left
        self.validate()
        self._as_added = self.value() if not conviction.section else None
        # A new count's date, when it is the case's disposition date given to it (CaseForm).
        self._given_date = conviction.conviction_date if self._as_added is not None else None

    # How the row's level and wobbler flag came to be what they show (the catalog's, by the
    # day or the sentence, or someone's choice), besides what it shows: `how_filled` and
    # `filled_as` keep and put back both with the typing (intake's undone case, I98-01).
    _HOW_FILLED = ("_unsettled", "_level_by_catalog", "_level_by_sentence", "level_picked", "_facts_by_catalog",
                   "_wobbler_picked", "_level_why", "touched")

    def how_filled(self) -> dict:
        return {name: getattr(self, name) for name in self._HOW_FILLED}

    def filled_as(self, how: dict) -> None:
        """The row's level and flag following what they followed when `how` was kept: a day
        typed over an HS 11350 the catalog gave "Choose level" fills it as it did then."""
        for name, value in how.items():
            setattr(self, name, value)
        self._say_level_why(self._level_why)
        self.validate()

    def is_blank(self) -> bool:
        """A row added and left as it came (no section; the conviction date put from the
        disposition date is no typing either): nothing of the user's to store or ask about.
        Half a date or a word in an amount is typing, though no value yet: the case form asks
        this at each key, and reading the value raised there, a crash dialog a key, for a new
        case's count whose date was typed before its section (I78-02)."""
        if self._as_added is None or self._typed():
            return False
        try:
            return self.value() == self._as_added
        except ValueError:
            return False

    def take_disposition_date(self, day: date) -> None:
        """A count added in this form (not one stored) whose date is blank, or still the
        disposition date it was given, takes the case's disposition date `day`; a date the
        user typed stays, and a row left blank stays no typing of the user's (`is_blank`)."""
        if self._as_added is None or self.date.problem() or self.date.value() not in (None, self._given_date):
            return
        blank = self.is_blank()
        self.date.set_value(day)
        self._given_date = day
        if blank:
            self._as_added = self.value()

    def _offense_left(self) -> None:
        """Leaving the offense field completes the edit, unless it only went to the suggestions
        (Tab from a highlighted suggestion leaves while the list is still up: focus has moved)."""
        if self.offense.completer().popup().isVisible() and QApplication.focusWidget() is self.offense:
            return
        self.touch()
        line_read = rap_sheet_line_cited(catalog(), self.offense.text())
        if self._typed() != self.offense.text().strip():
            self.offense.setText(self._typed())  # a whole suggestion label left in the field
        self.settle_offense()
        self.show_as_stored()
        if line_read is not None:
            say_line_read(self.offense, self.message)
        self.committed.emit()

    def _section_typed(self) -> None:
        self._unsettled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.offense and event.type() == QEvent.Type.FocusOut
                and event.reason() != Qt.FocusReason.PopupFocusReason):  # not to its own suggestions
            # The suggestions go with the field: left by an Alt letter while they were up (intake's
            # Alt+E to the date just after "484"), they stayed open, took the keys, and the date
            # typed next went into the offense, "48432" (K99-05).  Tab closed them; so does this.
            close_suggestions(self.offense)
            self.settle_offense()
            self.show_as_stored()
        return super().eventFilter(watched, event)

    def show_as_stored(self) -> None:
        """A bare section read in the one code the catalog has it in ("23152") shows as the
        record stores it ("VC 23152"), once it is read: the field left, Enter, or Save (the
        case form's `show_as_stored`).  The field went on saying "23152" after the save, while
        the Cases list and the client reopened said VC 23152 (I50-02).  Never at a keystroke:
        the caret stays where the user types.  Left as typed: a section the code is typed
        with or read as the Penal Code (what it says is what is stored), and one two codes have
        (asked).  An attempt shows with its 664 ("664/23152" as "VC 664/23152"), as stored.
        Read without the count's dates: "13/45/2018" typed in Convicted: first, leaving the
        offense raised (`value`), a crash dialog, and "11377" stayed (K364-02)."""
        reading, stored = self.reading(), self.count_named()[1]
        if _to_show_as_stored(self.offense, reading, stored):
            self._read_from = reading  # first: the note, said as the text changes, names the code read
            self.offense.setText(stored)

    def _forget_read_from(self) -> None:
        self._read_from = None

    def settle_offense(self) -> None:
        """A section typed (not picked from the suggestions) that the catalog knows fills the
        level and wobbler flag as picking it does (I29-02: "HS 11359" typed and Enter stayed
        "Misdemeanor"; picked, it became Felony).  Only once after typing: a level the clinic
        chose for a stored count is not put back by passing through its offense.  An attempt
        ("664/459"), a section read as another row ("11359(z)" as 11359) or as two offenses is
        left as it is: the list offers none of them, and their level may not be that row's."""
        if not self._unsettled:
            return
        self._unsettled = False
        reading = self.reading()
        if reading is None or reading.to_choose:
            return  # no section, or two codes have it: no row's level until the code is typed
        match = reading.match
        if reading.recorded is not None:
            # The record's own count typed back as the field showed it ("488" typed in "PC 459",
            # then "PC 459" again): its level and wobbler flag stay the record's; an imported
            # count's unknown flag was saved "Yes", an edit nobody made (R84a-05).  Where the
            # section typed between was read (the field left on "488") and the catalog filled
            # them, they go back to the record's: a felony burglary was saved a misdemeanor, not
            # a wobbler, 488's facts (R85a-01).  A level someone chose since stays.
            if self._facts_by_catalog:
                if not self.level_picked:
                    set_combo(self.level, self.conviction.level)
                    self._level_by_catalog = self._level_by_sentence = False
                    self._say_level_why("")
                if not self._wobbler_picked:  # a flag someone chose since stays, as a level does (R86-06)
                    set_combo(self.wobbler, self.conviction.wobbler)
                self._facts_by_catalog = False
            self.validate()
            return
        if match.offense is not None and match.exact and not match.attempt:
            self._take_catalog_facts(match.offense)
        else:
            self._no_catalog_level()
            if self._facts_by_catalog and not self._wobbler_picked:
                # No row's facts for this section: the flag the catalog gave the section typed
                # before is no fact of this one.  "PC 459" then "PC 12345" kept the burglary's
                # "Yes", saved with the unknown section as if the record said so (V132-05); so did
                # an attempt ("664/211") and a section read as its nearest row ("211(z)"), a
                # robbery saved a wobbler, read by the screening before the catalog's flag, and
                # "HS 11377(z)" kept PC 148's "No" (R135-02).
                set_combo(self.wobbler, None)
        self.validate()

    def _wobbler_chosen(self) -> None:
        self._wobbler_picked = True

    def _level_chosen(self) -> None:
        self._level_by_catalog = False
        self._level_by_sentence = False
        self.level_picked = True
        self._say_level_why("")

    def level_emptied(self) -> None:
        """The box put back to "Choose level" for the next count (intake's next case): no level
        of the catalog's and no reason for one is left of the last count's."""
        set_combo(self.level, None)
        self._level_by_catalog = False
        self._level_by_sentence = False
        self.level_picked = False
        self._say_level_why("")

    def felony_by_sentence(self, sentence: str | None) -> None:
        """A case's only count (intake's, or the Record tab's: K81-03), of the case whose
        sentence is `sentence`: a term in state prison or in county jail under PC 1170(h) is a felony's alone (`level_of_the_sentence`), so a box
        still at "Choose level" takes Felony, and says why; another sentence chosen again puts
        back the "Choose level" it gave.  A level chosen or given by the catalog stays (Z80-01:
        a PC 459 wobbler sent to state prison was saved of unknown level, and every remedy of
        the case read "Needs review", its PC 1203.41 dismissal open now among them)."""
        given = level_of_the_sentence(sentence)
        if given is not None and self.level.currentData() is None:
            set_combo(self.level, given.level)
            self._level_by_catalog, self._level_by_sentence = False, True
            self._say_level_why(given.why)
        elif given is None and self._level_by_sentence:
            set_combo(self.level, None)
            self._level_by_sentence = False
            self._say_level_why("")
        else:
            return
        self.validate()

    def _say_level_why(self, why: str) -> None:
        self._level_why = why
        self.level.setToolTip(f"{self._level_tip}. {why[0].upper()}{why[1:]}." if why else self._level_tip)

    def starting_level(self, offense) -> StartingLevel:
        """The catalog's level for `offense` on this row's days (`starting_level`): a year typed
        alone counts where it is on one side of the change; a date not (yet) a date is none."""
        convicted = None if self.date.problem() else self.date.value()
        offense_on = None if self.offense_date.problem() else self.offense_date.value()
        return starting_level(offense, convicted, year=self.date.year_alone(), offense_on=offense_on,
                              arrest=self._dated_as_arrest)

    def dated_as_arrest(self, arrest: bool) -> None:
        """Intake's row is an arrest's (its date "Arrested:") or a conviction's: the reason a
        level of the catalog's was given or left to choose names that day, said again at once
        where it changes (R79-01: "convicted before Prop 47" under an arrest)."""
        if arrest != self._dated_as_arrest:
            self._dated_as_arrest = arrest
            self._day_typed()

    def _why_on_leaving(self, reading: TypedSection) -> str:
        """For a section still being typed that the catalog gives a level: why leaving the
        field will leave the box at "Choose level" (`starting_level`), or "" where it fills it."""
        if not _catalog_fixes_level(reading):
            return ""
        start = self.starting_level(reading.match.offense)
        return start.why if start.level is None else ""

    def _day_typed(self) -> None:
        """A conviction or offense date typed after the section: a level the catalog gave (or
        left to choose because of the day) follows the day; one the user chose stays."""
        if self.quiet or not self._level_by_catalog:
            return
        match = self.match()
        if match is None or match.offense is None or not match.exact or match.attempt:
            return
        start = self.starting_level(match.offense)
        set_combo(self.level, start.level)
        self._say_level_why(start.why)

    def _no_catalog_level(self) -> None:
        """The section typed now has no level of the catalog's (an attempt, a wobbler, a
        section it lacks): a level the catalog gave the one typed before goes back to
        "Choose level"; one someone chose stays."""
        if self._level_by_catalog:
            set_combo(self.level, None)
            self._level_by_catalog = False
            self._say_level_why("")

    def _typed(self) -> str:
        """The section the field holds: a suggestion's whole label ("PC 484 Theft (petty theft) -
        misdemeanor", which the list puts in the field while a row is highlighted) is its citation
        (keyboard check K19-03: Down then Enter had saved the label as the section), and so is a
        RAP sheet's count line (E248-02)."""
        text = self.offense.text().strip()
        parts = text.split(" ", 2)
        if len(parts) == 3:
            offense = catalog().get(parts[0], parts[1])
            if offense is not None and offense_label(offense) == text:
                return f"{offense.code} {offense.section}"
        # A RAP sheet's whole count line pasted ("CNT 01 496(A) PC-RECEIVE/ETC ..."): its section,
        # not the line run together as one (E248-02).
        return rap_sheet_line_cited(catalog(), text) or text

    def _suggest(self, text: str) -> None:
        """Offer catalog rows as the user types: "459" shows "PC 459 Burglary - wobbler"."""
        self._completions.setStringList([offense_label(o) for o in catalog().search(text, limit=12)])

    def _completed(self, label: str) -> None:
        """A catalog row was chosen: keep its citation and fill the level and wobbler flag."""
        code, section = label.split(" ", 2)[:2]
        offense = catalog().get(code, section)
        self.offense.setText(f"{code} {section}")
        self._unsettled = False
        if offense is not None:
            self._take_catalog_facts(offense)
        self.validate()
        self.committed.emit()

    def _take_catalog_facts(self, offense) -> None:
        """The catalog's level (a wobbler's is left as it is: the record says which it was)
        and wobbler flag, for an offense picked or typed."""
        if offense.level in ("felony", "misdemeanor", "infraction"):
            start = self.starting_level(offense)  # "Choose level" where the law changed it before the day
            set_combo(self.level, start.level)
            self._level_by_catalog, self._level_by_sentence = True, False
            self._say_level_why(start.why)
        else:
            self._no_catalog_level()
        set_combo(self.wobbler, True if offense.wobbler or offense.level == "wobbler" else False)
        self._facts_by_catalog = True  # the record's are put back if its own count is typed back (R85a-01)
        self._wobbler_picked = False  # the catalog's flag stands now, whatever was chosen before
        if offense.level == "wobbler" and self.level.currentData() == "infraction":
            set_combo(self.level, "misdemeanor")

    def reading(self) -> TypedSection | None:
        return read_typed(self._typed(), (self.conviction.code, self.conviction.section))

    def match(self):
        reading = self.reading()
        return reading.match if reading is not None else None

    def validate(self) -> list[str]:
        reading = self.reading()
        match = reading.match if reading is not None else None
        problems = []
        date_problem = self.date.problem() or self.offense_date.problem()
        fact_problem = next(((name, p) for name, p in (
            ("Value", self.value_dollars.problem()), ("Cannabis grams", self.cannabis_grams.problem()),
            ("Cannabis plants", self.cannabis_plants.problem())) if p), None)
        problems += self.relief.validate()
        convicted = None if self.date.problem() else self.date.value()
        for relief in self.relief.rows:
            granted = None if relief.date.problem() else relief.date.value()
            if convicted is not None and granted is not None and granted < convicted:
                relief.message.say(f"Before the conviction date ({convicted.isoformat()})")
                problems.append("Relief granted: before the conviction date")
        if match is None:
            self.message.say("Enter the code section (e.g. 459 or HS 11350)", self.missing_kind)
            problems.append("Conviction: the code section is missing")
        elif date_problem:
            # Named by its field, as `dates_problem` names it: intake's arrest dates the row
            # "Arrested:", and "13/45/2018" there was refused as "Conviction date: ..." (K369-01).
            which = (self.date if self.date.problem() else self.offense_date).accessibleName()
            self.message.say(f"{which}: {date_problem}")
            problems.append(f"{which}: {date_problem}")
        elif later := self.day_after_today():
            self.message.say(later)
            problems.append(later)
        elif fact_problem:
            self.message.say(f"{fact_problem[0]}: {fact_problem[1]}")
            problems.append(f"{fact_problem[0]}: {fact_problem[1]}")
        elif self.offense_date.value() and self.date.value() and self.offense_date.value() > self.date.value():
            self.message.say("The offense date is after the conviction date")
            problems.append(f"{self.offense_date.accessibleName()}: after the conviction date")  # "Offense on" (K409-04)
        elif reading.to_choose:
            # Two codes have the number: stored as either, it could screen another offense.
            self.message.say(_choose_a_code(reading))
            problems.append(f"Conviction: {_choose_a_code(reading)}")
        elif match.two_offenses:
            # "HS 11350/11550": the screening will not guess which one (O24-01), so say so here.
            # The choices as the screening words them, an attempt kept with each ("PC 664/187 or
            # PC 664/245(a)(1)": O24B-06, "PC 187" was offered for an attempted murder).
            self.message.say(f"{match.code} {_attempt(match)}{match.section} names two offenses: enter the one the conviction is for ({either_offense(match)}); "
                             "saved as it is, it will be marked for attorney review", "note")
        elif match.offense is None and (where := self.outside()):
            self.message.say(_outside_california(match, self.offense.text(), where), "note")
        elif match.offense is None:
            self.message.say(_not_in_catalog(match, self.offense.text()), "note")
        elif self.level.currentData() is None and (why := self._level_why if not self._unsettled else self._why_on_leaving(reading)):
            # Left to choose because the law changed the catalog's level before the day (or
            # the day is not known): why, not only that it is to choose.  A section still being
            # typed is said as leaving the field will leave it, not with the catalog's level
            # (R54-04): a 2016 date typed first, "11350" was said "- felony" until Tab (R79-03).
            self.message.say(_read_in(self._read_from or reading, f"{offense_named(match.offense, reading.attempt)}: "
                                      f"{why}; saved without one, the screening asks for it"), "note")
        elif self.level.currentData() is None and not (self._unsettled and _catalog_fixes_level(reading)):
            # No level chosen: saved so, with none, for the screening to ask (V53-02), as an
            # arrest's (R51-01); said in amber, not the catalog's level in its words.  (A section
            # still being typed whose level the catalog fixes is said with it: it fills the box
            # once the field is left.)
            wobbler = " (wobbler)" if match.offense.wobbler or match.offense.level == "wobbler" else ""
            degrees = degrees_said(catalog(), match)
            self.message.say(_read_in(self._read_from or reading, f"{conspiracy_named(match) or offense_named(match.offense, reading.attempt)}{wobbler}: "
                                      f"{LEVEL_TO_CHOOSE}" + (f". Its degree, where the record gives one: {degrees}" if degrees else "")), "note")
        else:
            # The count's own level beside the catalog's words, not the row's usual level (A38).
            # An attempt said as one (K51-03: "664/459" was said "PC 459 Burglary").
            said = offense_label(match.offense, self.level.currentData(), self.wobbler.currentData(), reading.attempt,
                                 conspiracy_named(match))
            if self._level_why and (self._level_by_catalog or self._level_by_sentence) and not self._unsettled:
                said += f" ({self._level_why})"  # "- felony (convicted before Prop 47 took effect on 2014-11-05)"
            self.message.say(_read_in(self._read_from or reading, said), "plain")
        return problems

    def dates_problem(self) -> str | None:
        """The row's dates' problem, named by their field (intake names the date "Arrested"
        for a case with no conviction): not a date, or after today; None when both are fine.
        For a row whose section may stay blank (intake's arrest), which `validate` does not
        read the dates of: "2042" or "2018-02-30" typed there was not said (I59-02)."""
        for field in (self.date, self.offense_date):
            if field.problem():
                return f"{field.accessibleName()}: {field.problem()}"
        return self.day_after_today()

    def day_after_today(self) -> str | None:
        """A conviction (or arrest, as intake names the row's date) or offense day after today,
        named by its field, call only once both are dates: "2042" typed for "2024" on a case with
        no sentence was saved without a word, and the screening then said "No remedy fits"
        (I59-02), where a probation's days were checked against the conviction."""
        today = self.today()
        for field in (self.date, self.offense_date):
            if later := after_today(field, today):
                return f"{field.accessibleName()}: {later}"
        return None

    def count_named(self) -> tuple[str, str]:
        """(key, citation) of the count as typed, as `value()` would store them, read without
        its dates and amounts: a petition's count boxes ask it at every key, and a date half
        typed ("2026-1") is no date (D63-01: value() raised there, a crash dialog a key)."""
        reading = self.reading()
        code, section = reading.stored if reading is not None else (self.conviction.code, self.conviction.section)
        return self.conviction.id, Conviction(id=self.conviction.id, section=section, code=code).citation if section else self.conviction.id

    def value(self) -> Conviction:
        reading = self.reading()
        conviction = Conviction(id=self.conviction.id, section=self._typed())
        # Keep every fact this row does not show (values, dates, relief granted).
        for name, value in vars(self.conviction).items():
            setattr(conviction, name, value)
        if reading is not None:
            # An attempt keeps its "664/" (K51-01: "664/459" was stored PC 459, burglary).
            conviction.code, conviction.section = reading.stored
        conviction.level = self.level.currentData()
        conviction.wobbler = self.wobbler.currentData()
        conviction.conviction_date = self.date.value()
        conviction.offense_date = self.offense_date.value()
        conviction.value_dollars = self.value_dollars.value()
        conviction.open_business_hours = self.open_hours.currentData()
        conviction.cannabis_grams = self.cannabis_grams.value()
        conviction.cannabis_plants = self.cannabis_plants.value()
        conviction.trafficking_related = self.trafficking.isChecked()
        conviction.relief_granted = self.relief.values()
        return conviction


class RemedyBox(QComboBox):
    """The remedy of a relief granted: as wide as its longest title where there is room, and
    narrower, the title cut short ("Relief for a trafficking victim's 647(b) ..."), where there
    is not.  The longest title alone is 400 pixels wide at 150% scaling: the case form of a
    count with relief granted scrolled sideways in a window 853 pixels wide (1280 at 150%,
    W27C-01).  The whole title is in the box's tooltip (ReliefRow) and its list's items.

    A title cut short ends in "…" (A56-04: "Dismissal after probation (PC 120" bore no mark
    that the statute, which tells the dismissals apart, was cut).  With `fits_choice` (a
    petition's remedy) the box is never narrower than the title chosen, up to the widest of
    `KEPT_WHOLE`'s titles, so a row's fields after it go on the next line rather than cut it."""

    SHORTEST = 26  # characters kept in view at the narrowest
    # The titles kept whole where fits_choice: 17(b)'s and the vacatur's, not the four longest
    # (1203.4a, 1203.42, 1203.45, 1203.49, 360 to 370 pixels), cut with "…" where the line is
    # narrow.  By the titles, not 46 "x"s: those were 9 pixels wider than the vacatur's, and
    # the box with 1203.4a's title asked 356 pixels where a window 667 wide (1366 at 200%)
    # left the petition 349, and the case form scrolled sideways (S83-02).
    KEPT_WHOLE = ("pc17b", "pc236_14")

    # The statute typed ("999", "1203.4(a)") where it is no relief the box lists; "" where the
    # statute typed next is one (`say_statutes_not_listed`).
    statute_not_listed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, fits_choice: bool = False):
        super().__init__(parent)
        self.fits_choice = fits_choice
        if fits_choice:  # another title chosen asks another width
            self.currentIndexChanged.connect(lambda _index: self.updateGeometry())
        # The statute typed so far ("1203.4a"), and when its last key came (`keyPressEvent`):
        # pressed, by the window system's clock (0: none), or else handled.
        self._statute_typed = ""
        self._pressed_at = 0
        self._typed_at = QElapsedTimer()
        # A statute typed that is no relief the box lists, said once its typing pauses (not at
        # each key of "1203.4(a)"): `statute_not_listed` (S118-02).
        self._unlisted = QTimer(self, singleShot=True, interval=QApplication.keyboardInputInterval())
        self._unlisted.timeout.connect(lambda: self.statute_not_listed.emit(relief_statute_typed(self._statute_typed) or ""))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A statute typed chooses its relief, as a RAP sheet writes it ("17" for PC 17(b),
        "1203.4a", "4852"): typed, "17" left "Dismissal after probation (PC 1203.4)", the box
        searching its titles' first letters only, and a paralegal had to know the titles or
        press Down five times (H113-04).  Keys typed within Qt's interval make one statute, as
        the title search's do; a letter first still searches the titles ("R": "Reduction ...").
        Its code before or after it is left out, as a RAP sheet writes it ("PC 17", "17(b) PC"):
        "PC 17" chose Prop 47 by the title search's "P", and the space after a code or a
        statute opened the list (R114-02)."""
        typed = event.text()
        held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        if not typed or not typed.isprintable() or event.modifiers() & held:  # the keypad's digits too
            super().keyPressEvent(event)
            return
        if self._begun_again(event.timestamp()):
            self._statute_typed = ""
        self._statute_typed += typed.lower()
        statute = relief_statute_typed(self._statute_typed)
        if statute is None or not (statute or typed.isspace()):
            super().keyPressEvent(event)  # a title's letters ("R"), a code's too; a space alone opens the list
            return
        if not statute:  # "PC ": its statute to come
            event.accept()
            return
        index = self._chosen_by(statute)
        if index < 0:  # said, or the typing looked taken with the choice unchanged (S118-02)
            self._unlisted.start()
        else:
            self._unlisted.stop()
            self.statute_not_listed.emit("")
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.activated.emit(index)
        event.accept()

    def _begun_again(self, pressed_at: int) -> bool:
        """Whether a key pressed at `pressed_at` (the window system's milliseconds; 0 where the
        event has none) begins a statute anew: it came more than Qt's keyboard interval after the
        last.  By when each key was pressed where the events say it, not when the program got to
        it: the "2" of "1203.42", typed while the program was still busy with the "4" (choosing
        PC 1203.41 screens the petition's row again), came more than the interval after the "4"
        was handled and began a new search, "2" (N125-03)."""
        interval = QApplication.keyboardInputInterval()
        if pressed_at and self._pressed_at:
            begun = not 0 <= pressed_at - self._pressed_at <= interval
        else:
            begun = not self._typed_at.isValid() or self._typed_at.elapsed() > interval
        self._pressed_at = pressed_at
        self._typed_at.start()
        return begun

    def _chosen_by(self, statute: str) -> int:
        """The index of the first relief listed whose statute begins with `statute` ("17": PC
        17(b)), or whose subdivision it is ("1203.4(a)"), or -1: the one that statute, typed, chooses."""
        law = law_of_subdivision(statute)  # "1203.4(a)": 1203.4's, not 1203.41's
        keys = ({RELIEF_STATUTES[law]} if law is not None else
                {key for written, key in RELIEF_STATUTES.items() if written.startswith(statute)})
        return next((i for i in range(self.count()) if self.itemData(i) in keys), -1)

    def statutes_to_type(self, most: int = 2) -> list[str]:
        """The statutes ("1203.41", "17(b)") of up to `most` reliefs listed other than the one
        chosen, in the list's order, each one that, typed, chooses its relief: a petition's box
        lists those the screening weighs, and "1203.4a", named whatever the list, chose nothing
        there (R119-02)."""
        said: list[str] = []
        for index in range(self.count()):
            written = next((w for w, key in RELIEF_STATUTES.items() if key == self.itemData(index)), None)
            if index != self.currentIndex() and written is not None and self._chosen_by(written) == index:
                said.append(written)
        return said[:most]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        if self.fits_choice:
            # From the style, not the hint Qt keeps: that one is not made again when the
            # screening changes the titles (PetitionRow.refresh_remedies).
            from clinic_app.eligibility import remedy_title  # as relief_choices reads it

            widest = max(metrics.horizontalAdvance(remedy_title(key)) for key in self.KEPT_WHOLE)
            chosen = min(metrics.horizontalAdvance(self.currentText()), widest)
            least = max(chosen, metrics.horizontalAdvance("x" * self.SHORTEST))
            opt = QStyleOptionComboBox()
            self.initStyleOption(opt)
            size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, QSize(least, hint.height()), self)
            return QSize(size.width(), hint.height())
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        least = metrics.horizontalAdvance("x" * self.SHORTEST)
        return QSize(hint.width() - max(0, longest - least), hint.height())

    def shown_title(self) -> str:
        """The title as the box shows it: whole where it fits, else cut with "…"."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room.width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        """As QComboBox paints itself, the title cut with "…" where it does not fit."""
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_title()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


def say_statutes_not_listed(row: EntryRow, box: RemedyBox) -> None:
    """A statute typed in `box` that is no relief it lists ("PC 1385" copied from a RAP sheet,
    "999") said under `row`'s fields, with what is still chosen, and to a screen reader:
    the box kept its choice without a word, and the typing looked taken (S118-02).  A note: the
    row saves as it is; the next statute typed that is one takes it away."""
    def said(statute: str) -> None:
        if not statute:
            if row.message.kind == "note":
                row.validate()  # the row's own message, or none
            return
        others = box.statutes_to_type()
        words = (f"No relief in this list has the statute typed, “{statute}”; still chosen: {box.currentText()}. "
                 "Choose another with the arrow keys, or type its statute" + (f" ({', '.join(others)})" if others else "") + ".")
        row.message.say(words, "note")
        announce(box, words)

    box.statute_not_listed.connect(said)


def after_today(field: DateField, today: date) -> str | None:
    """A day gone by typed after `today`, in the words the Record tab says a conviction's in
    (I59-02): a relief granted or a violation "2042" for "2024" was saved without a word
    (L60-02).  None when the field holds no date, or one not after today."""
    day = None if field.problem() else field.value()
    if day is not None and day > today:
        return f"after today ({today.isoformat()}); a day gone by, check the year"
    return None


GRANTED_TIP = "Relief a court or the DOJ has already granted for this conviction (a reduction, a dismissal)"


class ReliefRow(EntryRow):
    """Relief already granted for a count (a 17(b) reduction, an earlier dismissal): remedy and date."""

    wraps = True  # the longest remedy's title alone is 400 pixels wide

    def __init__(self, relief: ReliefGranted | None, parent: QWidget | None = None, *, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.today = today  # the window's clock: relief granted after it is refused (L60-02)
        self.layout().setContentsMargins(16, 0, 0, 0)  # indented under its conviction
        self.remedy = RemedyBox()
        for title, value in relief_choices():
            self.remedy.addItem(title, value)
        self.date = DateField()
        self.labelled(self.line, "Granted:", self.remedy, "Relief already granted for this conviction", GRANTED_TIP)
        say_statutes_not_listed(self, self.remedy)
        granted = next(label for label in self.findChildren(QLabel) if label.buddy() is self.remedy)

        def tip(title: str) -> None:
            # What the field asks for (E27B-03) and the whole title the box may cut short
            # (W27C-01), on the field and its label alike.
            text = f"{GRANTED_TIP}\nChosen: {title}"
            self.remedy.setToolTip(text)
            granted.setToolTip(text)

        self.remedy.currentTextChanged.connect(tip)
        self.labelled(self.line, "On:", self.date, "Date the relief was granted",
                      f"The day the relief was granted: {DATE_FORMS_TAKEN}")
        # Its refusals, "Relief granted: ..." under the row, heard on a field whose name says it.
        self.remedy.refused_as = self.date.refused_as = "Relief granted"
        self.finish("relief")
        for said in (self.remedy.currentIndexChanged, self.date.textChanged):
            said.connect(self.name_remove)
        if relief is not None:
            if self.remedy.findData(relief.remedy) < 0:  # a remedy this version does not list: keep it
                self.remedy.addItem(relief.remedy, relief.remedy)
            set_combo(self.remedy, relief.remedy)
            self.date.set_value(relief.date)
        tip(self.remedy.currentText())
        for widget in (self.remedy, self.date):
            self.watch(widget)
        self.validate()

    def validate(self) -> list[str]:
        from clinic_app.screening_format import RELIEF_KIND_MISSING

        remedy = self.remedy.currentData()
        if isinstance(remedy, str) and not remedy.strip():  # spaces stored before the check (K425-03)
            self.message.say(f"Relief granted: {RELIEF_KIND_MISSING}")
            return [f"Relief granted: {RELIEF_KIND_MISSING}"]
        problem = self.date.problem()
        if problem is None and (later := after_today(self.date, self.today())):
            # Named, as a count's row names its conviction date's (I59-02).
            self.message.say(f"Relief granted: {later}")
            return [f"Relief granted: {later}"]
        self.message.say(problem)
        return [f"Relief granted: {problem}"] if problem else []

    def held(self) -> str:
        from clinic_app.eligibility import remedy_statute

        # Undated, as a RAP sheet may leave it, by its remedy alone: two such were heard alike.
        day, remedy = self.date.value() if self.date.problem() is None else None, self.remedy.currentData()
        if not remedy:
            return ""
        return f"the {remedy_statute(remedy)} relief granted {day.isoformat()}" if day else f"the {remedy_statute(remedy)} relief"

    def value(self) -> ReliefGranted:
        return ReliefGranted(remedy=self.remedy.currentData(), date=self.date.value())


class ArrestOffenseRow(EntryRow):
    """What an arrest that ended without a conviction was for: code section and level."""

    wraps = True  # 466 pixels on one line: the case form scrolled sideways at 200% (S83-01)

    def __init__(self, offense: ArrestOffense | None, parent: QWidget | None = None, *,
                 arrested: Callable[[], date | None] = lambda: None, outside: Callable[[], str] = lambda: ""):
        super().__init__(parent)
        self.arrested = arrested  # the case's arrest date, where it is one: the level on that day
        self.outside = outside  # the state or court of a case not California's, as a count's row is told
        self.section = QLineEdit(placeholderText="e.g. 602 or HS 11350")
        self.section.setMinimumWidth(self.fontMetrics().horizontalAdvance("e.g. 602 or HS 11350xxxx"))
        self.level = combo(ARREST_LEVEL_CHOICES)
        self.labelled(self.line, "Offense:", self.section, "Arrest offense code section")
        self.labelled(self.line, "Level:", self.level, "Arrest offense level")
        self.finish("arrest offense")
        self.section.textChanged.connect(self.name_remove)
        # The stored (code, section) the field shows, kept as written while it does (F83-01).
        self._recorded = (offense.code, offense.section) if offense is not None else None
        if offense is not None:
            self.section.setText(as_written(offense.code, offense.section) if offense.section.strip() else "")
            set_combo(self.level, offense.level)
        # As a count's offense (I50-02): "11350" shows as the "HS 11350" stored once it is
        # read; connected before `watch`, so the field says it before the save runs.
        self._read_from: TypedSection | None = None
        # A section typed takes the catalog's level on the arrest's day, as intake stores it
        # (R51-01): typed here, "148(a)(1)" was said "- misdemeanor" beside "Level unknown" and
        # stored unknown, and the screening asked for the level of both arrest remedies (H113-01).
        self._unsettled = False  # a section typed and not settled yet
        self._typed_here = False  # a section typed in the row since it was filled
        self._level_by_catalog = False  # the level shown is the catalog's for the section typed
        self._level_picked = False  # chosen in the box, "Level unknown" too: never replaced
        self.section.textEdited.connect(self._section_typed)
        self.level.activated.connect(self._level_chosen)
        self.section.editingFinished.connect(self.settle_level)  # before `watch`: in the save
        self.section.editingFinished.connect(self.show_as_stored)
        say_federal_law_on_leaving(self.section, self.message)
        self.section.textEdited.connect(self._forget_read_from)
        for widget in (self.section, self.level):
            self.watch(widget)
        self.required(self.section)
        self.validate()
        self._added = offense is None

    def _section_typed(self) -> None:
        self._unsettled = self._typed_here = True

    def _level_chosen(self) -> None:
        self._level_by_catalog, self._level_picked = False, True

    def settle_level(self) -> None:
        """The level of a section typed, where the box is unknown or the catalog's: the catalog's
        on the arrest's day (`starting_level`, as intake's `_catalog_level`), unknown for a
        wobbler, an attempt, a section the catalog lacks or one the law changed before that day.
        Once after typing (leaving the field, or Ctrl+S), and as the arrest date changes.  A
        level chosen or stored is never replaced."""
        if self._unsettled and (cited := rap_sheet_line_cited(catalog(), self.section.text())) is not None:
            # A RAP sheet's whole count line pasted: its section, shown and saved as the count's
            # Offense reads it (E248-03), where "CNT 01496(a)pc-receive/..." was stored.
            self.section.setText(cited)
            self._settle_level_typed()
            say_line_read(self.section, self.message)  # once its level is settled: the words say it
            return
        self._settle_level_typed()

    def _settle_level_typed(self) -> None:
        if not self._unsettled:
            return
        self._unsettled = False
        if self._level_picked or (self.level.currentData() is not None and not self._level_by_catalog):
            return
        reading = read_typed(self.section.text().strip(), self._recorded)
        level = None
        if reading is not None and not reading.to_choose and _catalog_fixes_level(reading):
            level = starting_level(reading.match.offense, self.arrested(), arrest=True).level
        level = level if level in ("felony", "misdemeanor") else None  # an arrest's box has no infraction
        self._level_by_catalog = level is not None
        set_combo(self.level, level)

    def follow_the_day(self) -> None:
        """The arrest date typed: a level the catalog gave a section typed follows it (HS 11350
        a felony before Prop 47, to choose after it), as intake's does (I78-01)."""
        if self._typed_here and not self._level_picked:
            self._unsettled = True
            self.settle_level()
        self.validate()

    def is_blank(self) -> bool:
        """A row added and left as it came: no section, no level chosen."""
        return self._added and not self.section.text().strip() and self.level.currentData() is None

    def match(self):
        reading = read_typed(self.section.text().strip(), self._recorded)
        return reading.match if reading is not None else None

    def show_as_stored(self) -> None:
        """A bare section read in its one code shows as stored (see `ConvictionRow.show_as_stored`)."""
        reading, stored = read_typed(self.section.text().strip(), self._recorded), self.value()
        if _to_show_as_stored(self.section, reading, as_written(stored.code, stored.section)):
            self._read_from = reading  # first, as a count's
            self.section.setText(as_written(stored.code, stored.section))

    def _forget_read_from(self) -> None:
        self._read_from = None

    def validate(self) -> list[str]:
        reading = read_typed(self.section.text().strip(), self._recorded)
        match = reading.match if reading is not None else None
        if match is None:
            self.message.say("Enter the code section (e.g. 602 or HS 11350)", self.missing_kind)
            return ["Arrest offense: the code section is missing"]
        if reading.to_choose:
            self.message.say(_choose_a_code(reading))
            return [f"Arrest offense: {_choose_a_code(reading)}"]
        if match.two_offenses:
            # Both are in the catalog: the row says which to enter, as a conviction's does (O24-01).
            self.message.say(f"{match.code} {_attempt(match)}{match.section} names two offenses: enter the one the arrest was for ({either_offense(match)})", "note")
        elif match.offense is None and (where := self.outside()):
            # Of a catalog that is California's, which another state's arrest needs no section
            # of: said of it as of a count (X110-01, R111-03).
            self.message.say(_outside_california(match, self.section.text(), where), "note")
        elif match.offense is None:
            written = _typed_law(match, self.section.text())
            self.message.say(_federal_law(written) if us_code_cited(written) else f"{written}: not in the offense catalog", "note")
        elif self.level.currentData() is None and not reading.attempt and \
                (start := starting_level(match.offense, self.arrested(), arrest=True)).level is None and start.why:
            # Not the catalog's level where the law changed it before the arrest's day (or the
            # day is not known): an HS 11350 arrest of 2016, stored unknown, was said "- felony".
            self.message.say(_read_in(self._read_from or reading, f"{offense_named(match.offense)}: {start.why}"), "note")
        else:
            # The arrest's level where the record gives it (A38); the catalog's where unknown.
            self.message.say(_read_in(self._read_from or reading, offense_label(match.offense, self.level.currentData(),
                                                                                attempt=reading.attempt, named=conspiracy_named(match))), "plain")
        return []

    def held(self) -> str:
        return f"the arrest offense {self.section.text().strip()}" if self.section.text().strip() else ""

    def value(self) -> ArrestOffense:
        text = self.section.text().strip()
        reading = read_typed(text, self._recorded)
        # An attempt keeps its "664/", as a count's does (K51-02: "664/211" was stored PC 211).
        code, section = reading.stored if reading is not None else ("PC", text)
        return ArrestOffense(section=section, code=code, level=self.level.currentData())


class ViolationRow(EntryRow):
    wraps = True  # 403 pixels on one line: the case form scrolled sideways at 200% (S83-01)

    def __init__(self, violation: Violation | None, parent: QWidget | None = None, *, today: Callable[[], date] = date.today,
                 ends: Callable[[], date | None] = lambda: None):
        super().__init__(parent)
        self.today = today  # the window's clock: a violation after it is refused (L60-02)
        # The probation's end as the case form shows it: a violation after it is said (H113-02).
        self.ends = ends
        self.date = DateField()
        self.outcome = combo(VIOLATION_CHOICES)
        self.labelled(self.line, "Violation on:", self.date, "Violation date")
        self.labelled(self.line, "Court:", self.outcome, "What the court did")
        self.finish("violation")
        self.date.textChanged.connect(self.name_remove)
        for widget in (self.date, self.outcome):
            self.watch(widget)
        if violation is not None:
            self.refill(violation)
        else:
            self.validate()

    def refill(self, violation: Violation) -> None:
        """Show `violation` as a row made for it would (kept from case to case: O28-03)."""
        self.quiet = True
        try:
            self.date.set_value(violation.date)
            set_combo(self.outcome, violation.outcome)
        finally:
            self.quiet = False
        self.validate()

    def validate(self) -> list[str]:
        problem = self.date.problem() or (None if self.date.text().strip() else "Enter the date of the violation")
        if problem is None and (later := after_today(self.date, self.today())):
            self.message.say(f"Violation: {later}")
            return [f"Violation: {later}"]
        end = self.ends()
        if problem is None and end is not None and self.date.value() > end:
            # A RAP sheet's "violated, reinstated and extended" typed beside the end the sentence
            # first set: the screening read probation over on that end, the court having kept
            # it running (H113-02).  Said, not refused: a violation may be heard after the term.
            self.message.say(f"After the probation's end ({end.isoformat()}): if the court extended probation, "
                             "type its new end in Probation end", "note")
            return []
        self.message.say(problem)
        return [f"Violation: {problem}"] if problem else []

    def held(self) -> str:
        day = self.date.value() if self.date.problem() is None else None
        return f"the violation of {day.isoformat()}" if day else ""

    def value(self) -> Violation:
        return Violation(date=self.date.value(), outcome=self.outcome.currentData())  # type: ignore[arg-type]


class ConditionRow(EntryRow):
    wraps = True  # its fields need 690 pixels at their narrowest (W27B-01)

    def __init__(self, condition: Condition | None, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today  # the window's clock: a completed date must not be after it
        self.kind = combo(CONDITION_CHOICES)
        self.label = QLineEdit(placeholderText="e.g. 52-week batterer program")
        self.required = AmountField(unit="required")
        self.done = AmountField(unit="done")
        self.done.counts_up = True  # "+6": hours done since the last visit (K45-09)
        for count in (self.required, self.done):
            # Sessions or hours: a few digits.  The room of a full amount went to them, not to
            # what the condition is, on a line short of room (W27B-01).
            count.setMaximumWidth(max(count.minimumWidth(), count.fontMetrics().horizontalAdvance("00000") + 24))
        self.completed = DateField()
        self.labelled(self.line, "Condition:", self.kind, "Condition kind")
        # Room to read what the condition is: it was cut to "gement" for "Anger management"
        # (853 pixels wide, 1280 at 150%; "ement" at 1280 at 100%), squeezed to its least width
        # while the room left on the line went unused (I50-03).  Now the row wraps before the
        # field is narrower than a usual name, and the field takes its line's spare room.
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("52-week batterer program") + 12)
        self.labelled(self.line, "What:", self.label, "Condition", stretch=True)
        self.labelled(self.line, "Of:", self.required, "Sessions or hours required")
        self.labelled(self.line, "Done:", self.done, "Sessions or hours done")
        self.labelled(self.line, "Completed:", self.completed, "Completed on")
        self.finish("condition")
        # Heard by what it is, as a count's Remove is by its offense and as the line said after
        # it names it (H405-01): two conditions' Removes were both "Remove this condition" (A419-02).
        self.label.textChanged.connect(self.name_remove)
        for widget in (self.kind, self.label, self.required, self.done, self.completed):
            self.watch(widget)
        if condition is not None:
            self.refill(condition)
        else:
            self.validate()

    def held(self) -> str:
        return f"the condition {self.label.text().strip()}" if self.label.text().strip() else ""

    def refill(self, condition: Condition) -> None:
        """Show `condition` as a row made for it would: the case form keeps its condition rows
        from one case to the next, as its conviction rows (O28-03)."""
        self.quiet = True
        try:
            set_combo(self.kind, condition.kind)
            self.label.setText(condition.label)
            self.required.set_value(condition.required)
            self.done.set_value(condition.done)
            self.completed.set_value(condition.completed_on)
        finally:
            self.quiet = False
        self.validate()

    def validate(self) -> list[str]:
        problem = (
            (None if self.label.text().strip() else "Say what the condition is")
            or self.required.problem()
            or self.done.problem()
            or self.completed.problem()
            or self._completed_later()
        )
        self.message.say(problem)
        return [f"Condition: {problem}"] if problem else []

    def _completed_later(self) -> str | None:
        """A completed date after today (a year typed wrong) would mark the condition done now,
        and the screening with it (W21-19, as W21-06 refuses a payment not yet made)."""
        day, today = self.completed.value(), self.today()
        if day is not None and day > today:
            return f"Completed: after today ({today.isoformat()}); enter the date once it is done"
        return None

    def value(self) -> Condition:
        return Condition(
            kind=self.kind.currentData(),
            label=self.label.text().strip(),
            required=self.required.value(),
            done=self.done.value(),
            completed_on=self.completed.value(),
        )


RULING_CHOICES = [("Not yet", None), ("Granted", "granted"), ("Denied", "denied"), ("Withdrawn", "withdrawn")]
# Not a ruling kept: chosen, the petition becomes two, one Granted and one Denied (H63-01).
GRANTED_IN_PART = "granted_in_part"


def petition_choices(screened: list[str]) -> list[tuple[str, str]]:
    """The remedies a petition filed on a case may ask for: those screened for the case
    (`screened`, registry keys), or, before any screening, every remedy a court is asked
    for; never automatic relief (PC 1203.425, 851.93), which nobody files."""
    from clinic_app.eligibility import REMEDIES, remedy_title
    from clinic_app.summary import AUTOMATIC_RELIEF

    keys = [key for key in screened if key not in AUTOMATIC_RELIEF] or [r.key for r in REMEDIES if r.key not in AUTOMATIC_RELIEF]
    return [(remedy_title(key), key) for key in dict.fromkeys(keys)]


def _count_labels(counts: list[tuple[str, str]]) -> dict[str, str]:
    """Each count's words in the petition's picker, its citation ("PC 488"), with its key
    where two counts of the case share one ("PC 488 (a2)")."""
    seen = [citation for _key, citation in counts]
    return {key: f"{citation} ({key})" if seen.count(citation) > 1 else citation for key, citation in counts}


class PetitionRow(EntryRow):
    """A petition filed with the court on this case (P53): what it asks for, the day it was
    filed (today for a new one), the hearing, the court's ruling and its day, a short note.
    Caseload data, not a screening fact: the caseload line reads it ("Filed ...").

    On a case of more than one count, which counts it asks relief for (Y55-03: a new one
    covered the whole case, though the client may file for one count and not another):
    ticked at first, those the screening weighs the remedy for; all of the case's ticked is
    the whole case (`Petition.convictions` empty), as a petition kept before named it."""

    wraps = True

    # This row now stands for these petitions (the court granted some of its counts and
    # denied the others, H63-01): the list puts the others in rows of their own.
    split_into = Signal(object, list)

    def __init__(self, petition: Petition | None, remedies: Callable[[], list[str]] = list,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None, *,
                 counts: Callable[[], list[tuple[str, str]]] = list,
                 counts_screened: Callable[[str], list[str]] = lambda _remedy: [],
                 counts_before: Callable[[], dict[str, CountRemoved]] = dict,
                 asked: Callable[[], list[str]] = list):
        super().__init__(parent)
        self.today = today
        # The citations of counts the case had, by key: a count removed that the petition
        # still names is said by them, not by its bare key (C57-04).
        self._counts_before = counts_before
        self._remedies = remedies  # the screening's, asked again when it changes (refresh_remedies)
        self.kept = petition  # the counts it names, kept as recorded
        # The case's counts, (key, citation), and those the screening weighs a remedy for.
        self._counts, self._counts_screened = counts, counts_screened
        self.count_boxes: dict[str, QCheckBox] = {}
        self._boxes_made_of: tuple[list, list] | None = None  # (the counts, those named) the boxes show
        self.counts_box = QWidget()  # made again with the case's counts (_make_count_boxes)
        self.remedy = RemedyBox(fits_choice=True)  # its title read whole (A56-04)
        self.refresh_remedies()  # those the screening weighs for the case
        self.filed = DateField()
        self.hearing = DateField()
        self.ruling = combo(RULING_CHOICES + [("Granted in part...", GRANTED_IN_PART)])
        self._ruling_before: str | None = None  # the ruling shown before "Granted in part..." was chosen
        # The hearing day Ruled on was filled with for a ruling chosen (H167-02), while it shows
        # it untouched: taken back with the ruling (`_ruled_on_the_hearing_day`).
        self._ruled_filled: date | None = None
        self.ruled = DateField()
        self.note = QLineEdit(placeholderText="e.g. CR-180, Dept. 30")
        # Kept as wide as its hint: squeezed beside "Ruled on:" on a 1280-wide laptop it showed
        # "of restitution" of why the court said no, at 15 pt "ution" (R150-01); now it goes to a
        # line of its own there, whose room it takes (stretch, below).
        placeholder_whole(self.note)
        self.labelled(self.line, "Petition for:", self.remedy, "Remedy the petition asks for",
                      "The relief the petition filed asks the court for", stretch=True)
        say_statutes_not_listed(self, self.remedy)
        self.labelled(self.line, "Filed on:", self.filed, "Date the petition was filed",
                      f"The day it was filed with the court: {DATE_FORMS_TAKEN}")
        self.labelled(self.line, "Hearing:", self.hearing, "Hearing date",
                      "The hearing day the court set, if any (the caseload finds the week's hearings)")
        self.labelled(self.line, "Ruling:", self.ruling, "The court's ruling",
                      "Granted: record the relief on the count too (Relief already granted).\n"
                      "Granted in part: some counts granted, the others denied; asks which")
        self.labelled(self.line, "Ruled on:", self.ruled, "Date of the ruling")
        self.labelled(self.line, "Note:", self.note, "Petition note", stretch=True)
        self.finish("petition")
        for said in (self.remedy.currentIndexChanged, self.filed.textChanged):
            said.connect(self.name_remove)
        # Before `watch`: the choice is made into two petitions before the save it asks for.
        self.ruling.currentIndexChanged.connect(self._remember_ruling)
        self.ruling.installEventFilter(self)
        self.ruling.activated.connect(self._ruled_on_the_hearing_day)
        self.ruling.activated.connect(self._ruling_chosen)
        self.remedy.currentTextChanged.connect(self._say_chosen)
        self._say_chosen()
        for widget in (self.remedy, self.filed, self.hearing, self.ruling, self.ruled, self.note):
            self.watch(widget)
        self.remedy.currentIndexChanged.connect(self._remedy_chosen)
        if petition is not None:
            self.refill(petition)
        else:
            self.filed.set_value(today())
            self._first_not_asked(asked())
            self._make_count_boxes([])
            self._tick_screened()
            self.validate()

    def _first_not_asked(self, asked: list[str]) -> None:
        """A new petition starts with the first remedy offered that no other petition on the
        case asks for (`asked`, those not denied or withdrawn): one CR-180 asking 1203.4 and
        17(b) is two petitions here, and the second read 1203.4 again (D63-05)."""
        for i in range(self.remedy.count()):
            if self.remedy.itemData(i) not in asked:
                self.remedy.setCurrentIndex(i)
                return

    # ---- granted in part (H63-01) -------------------------------------------------------

    def _remember_ruling(self) -> None:
        # Not while the keyboard is on the box: the arrows pass each ruling on the way to
        # "Granted in part..." (Granted, Denied, Withdrawn), and Cancel put back "Withdrawn",
        # which leaving the box then saved (C64-03).  The ruling it had is taken as it is entered.
        if self.ruling.hasFocus():
            return
        if self.ruling.currentData() != GRANTED_IN_PART:
            self._ruling_before = self.ruling.currentData()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ruling and event.type() == QEvent.Type.FocusIn and self.ruling.currentData() != GRANTED_IN_PART:
            self._ruling_before = self.ruling.currentData()
        return super().eventFilter(watched, event)

    def _ruled_on_the_hearing_day(self) -> None:
        """Granted or Denied chosen with no ruling day typed, the hearing day come: that day,
        shown to correct.  The attorney entering the morning's rulings by keyboard left "Ruled
        on" blank, and the caseload line and the handout said the ruling with no day (H167-02).
        A hearing still to come says nothing of the ruling's day: left blank.  The ruling changed
        to "Not yet" or Withdrawn, the day so filled, untouched, goes with it: G pressed for N
        left a day that "Not yet" refuses ("Say the ruling, or clear its date"), and the record
        stood granted until the attorney found the field to clear (R170-01)."""
        ruling = self.ruling.currentData()
        if ruling in ("granted", "denied"):
            if (hearing := self._hearing_day_come()) is not None:
                self.ruled.set_value(hearing)
                self._ruled_filled = hearing
                # Ruled on stands on the line under Ruling: at 1024 x 700 the pane ended on Ruling,
                # the keyboard there, and the day filled to correct was out of sight (A170-01).
                if (scroll := scroll_area_of(self)) is not None:
                    show_whole(scroll, self.ruled)
                    show_whole(scroll, self.ruling)
        elif ruling != GRANTED_IN_PART and self._ruled_filled is not None:
            if self.ruled.text().strip() == self._ruled_filled.isoformat():
                self.ruled.set_value(None)
            self._ruled_filled = None

    def _hearing_day_come(self) -> date | None:
        """The hearing day, where it has come and no ruling day is typed: the day a ruling
        chosen is taken to be made on (H167-02), to correct."""
        if self.ruled.text().strip():
            return None
        try:
            hearing = self.hearing.value()
        except ValueError:
            return None  # the hearing's own message says what is wrong with it
        if hearing is not None and self.filed.problem() is None and (filed := self.filed.value()) is not None and hearing < filed:
            # A hearing typed before the filing (a slip of the year) is no day ruled on: taken, the
            # row said "The ruling is dated before the filing" of a day not typed there (R170-03).
            return None
        return hearing if hearing is not None and hearing <= self.today() else None

    def _ruling_chosen(self) -> None:
        """"Granted in part...": ask which counts were granted, and make the petition two (the
        list's one edit, so one step of Undo); cancelled, or a petition of one count, the
        ruling shown before is put back."""
        if self.ruling.currentData() != GRANTED_IN_PART:
            return
        from PySide6.QtWidgets import QMessageBox

        from ui.granted_in_part import GrantedInPartDialog

        # The petition is made two as typed: a filed day (or hearing) not a date, or none,
        # was read after the dialog and showed "ran into a programming error" (T63-01).  The
        # ruling's day is asked again in the dialog.
        typed = (self.filed.problem() or (None if self.filed.text().strip() else "Enter the day the petition was filed")
                 or self.hearing.problem())
        if typed:
            self._put_ruling_back()
            self.message.say(f"{typed}; then choose Granted in part again")
            return
        counts = {key: box.text() for key, box in self.count_boxes.items() if box.isChecked()} if self._picks_counts() else {}
        if len(counts) < 2:
            self._put_ruling_back()
            QMessageBox.information(self, "Granted in part", "This petition asks relief for one count, or for the whole "
                                    "case: the court granted it or denied it. Choose Granted or Denied.")
            return
        try:
            # Where none is typed, the hearing day come, as Granted or Denied takes it (H167-05).
            ruled_on = self.ruled.value() or self._hearing_day_come()
        except ValueError:
            ruled_on = None
        dialog = GrantedInPartDialog(counts, ruled_on, self)
        accepted = dialog.exec() == GrantedInPartDialog.DialogCode.Accepted
        granted, day = dialog.granted(), dialog.ruled_on() if accepted else None
        dialog.deleteLater()
        if not accepted:
            self._put_ruling_back()
            return
        self.split_into.emit(self, self.split(granted, day))

    def _put_ruling_back(self) -> None:
        set_combo(self.ruling, self._ruling_before)
        self.ruling.setFocus()

    def split(self, granted: list[str], ruled_on: date | None) -> list[Petition]:
        """This petition as two: the counts `granted` ruled Granted, the others it asks for
        ruled Denied, on `ruled_on`; each keeps the counts removed it names (E58-03)."""
        set_combo(self.ruling, "granted")  # value() reads the rest as typed
        whole = self.value()
        asked = [key for key, box in self.count_boxes.items() if box.isChecked()]

        def part(keys: list[str], ruling: Ruling) -> Petition:
            return replace(whole, convictions=keys, ruling=ruling, ruling_on=ruled_on,
                           counts_removed=[count for count in whole.counts_removed if count.id in keys])

        return [part([key for key in asked if key in granted], "granted"),
                part([key for key in asked if key not in granted], "denied")]

    # ---- the counts it asks for (Y55-03) ---------------------------------------------

    def _make_count_boxes(self, named: list[str]) -> None:
        """A box for each of the case's counts (and each count `named` the case no longer
        has, not to lose it unseen), under the row's line; shown where there is a choice."""
        counts = list(self._counts())
        self._boxes_made_of = (list(counts), list(named))
        keys = [key for key, _citation in counts]
        counts += [(key, key) for key in named if key not in keys]
        old, self.counts_box = self.counts_box, QWidget()
        old.hide()
        old.setParent(None)
        old.deleteLater()
        line = FlowLayout(self.counts_box)
        line.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Counts:")
        title.setToolTip("The counts this petition asks relief for; a new one starts with those screened for its remedy")
        self.count_boxes = {}
        before = self._counts_removed_known() if len(counts) > len(keys) else {}
        for key, words in _count_labels(counts).items():
            if key not in keys:
                # A count removed: by the citation it had, where the case as stored or its
                # history says it; "c9-9 (no longer on the case)" read as a key, not a count.
                words = f"{before[key].citation} (no longer on the case)" if key in before else "a count no longer on the case"
            box = QCheckBox(words)
            said = f"count {words}" if key in keys or key in before else words
            box.setAccessibleName(f"{said[0].upper()}{said[1:]}: asked for in this petition")
            box.setToolTip(f"Tick if the petition asks relief for {said}")
            self.watch(box)
            self.count_boxes[key] = box
        for n, box in enumerate(self.count_boxes.values()):
            if n == 0:
                title.setBuddy(box)
            line.add_group(*((title, box) if n == 0 else (box,)))
        self.counts_box.setAccessibleName("Counts the petition asks relief for")
        self.layout().insertWidget(1, self.counts_box)
        self._show_count_boxes()

    def follow_counts(self) -> None:
        """The case's counts changed on the form: a box for each, each count kept keeping its
        tick, one added ticked where every box was (the whole case, as a petition naming none
        covers it), one removed kept only where the petition as stored names it (R56-02)."""
        named = list(self.kept.convictions) if self.kept is not None else []
        if (list(self._counts()), named) == self._boxes_made_of:
            return  # nothing the boxes say has changed (most keystrokes in a count)
        was = {key: box.isChecked() for key, box in self.count_boxes.items()}
        whole = all(was.values())
        self.quiet = True
        try:
            self._make_count_boxes(named)
            for key, box in self.count_boxes.items():
                box.setChecked(was.get(key, whole))
        finally:
            self.quiet = False
        # Tab reaches them after the row's Remove, where they show, as when the row was
        # filled: made now, they had joined the end of the window's Tab chain.
        before: QWidget = self.remove
        for box in self.count_boxes.values():
            QWidget.setTabOrder(before, box)
            before = box
        self.validate()

    def _picks_counts(self) -> bool:
        """Whether the petition's counts are asked: a case of more than one count, and a
        remedy of a count's (not the case's, as arrest sealing is)."""
        from clinic_app.eligibility.registry import BY_KEY

        remedy = BY_KEY.get(self.remedy.currentData())
        return len(self.count_boxes) > 1 and (remedy is None or remedy.scope == "conviction")

    def _show_count_boxes(self) -> None:
        self.counts_box.setVisible(self._picks_counts())

    def _tick_screened(self) -> None:
        """Tick the counts screened for the remedy chosen (all, where the screening weighs it
        for none: a case not screened yet)."""
        screened = set(self._counts_screened(self.remedy.currentData() or "")) & set(self.count_boxes)
        for key, box in self.count_boxes.items():
            box.setChecked(not screened or key in screened)

    def _remedy_chosen(self) -> None:
        self._show_count_boxes()
        if not self.quiet:  # chosen by the user: the counts screened for it
            self._tick_screened()

    def _counts_removed_known(self) -> dict[str, CountRemoved]:
        """The counts this case had, by key, as written while on it: as the petition keeps them
        (an import brings them so, E58-03), else as the case as stored or its history has them."""
        kept = self.kept.counts_removed if self.kept is not None else []
        return {**self._counts_before(), **{count.id: count for count in kept}}

    def keys_named(self) -> list[str]:
        """The count keys this petition names, as kept and as boxes shown: a count removed
        from the case keeps its key here, which a count added must not take (R56-01)."""
        return [*(self.kept.convictions if self.kept is not None else ()), *self.count_boxes]

    def counts_asked(self) -> list[str]:
        """The counts ticked, as `Petition.convictions` keeps them: empty for the whole case
        (every count of it ticked), unless the petition kept names them one by one."""
        if not self._picks_counts():
            kept = self.kept
            return list(kept.convictions) if kept is not None and kept.remedy == self.remedy.currentData() else []
        ticked = [key for key, box in self.count_boxes.items() if box.isChecked()]
        case_keys = [key for key, _citation in self._counts()]
        kept = self.kept.convictions if self.kept is not None and self.kept.remedy == self.remedy.currentData() else []
        if set(ticked) == set(case_keys) and sorted(kept) != sorted(ticked):
            return []
        return ticked

    def _say_chosen(self) -> None:
        """The whole title in the tooltip, which the box may cut short ("Dismissal after
        probation (PC 12…"), as ReliefRow says it; a petition kept, shown without a change of
        choice, had none (A56-04)."""
        self.remedy.setToolTip(f"The relief the petition filed asks the court for\nChosen: {self.remedy.currentText()}")

    def refresh_remedies(self, chosen: str | None = None) -> None:
        """The remedies offered made again from the client's screening, which has changed (a
        re-screen after a save): the list was made once, with the row, and a remedy the record
        put right now weighs was not offered, one no longer weighed still was (A56-03).  The
        remedy chosen is kept, offered still where the screening no longer weighs it (as a
        petition kept is, `refill`: its `chosen`); nothing is changed, nothing said."""
        chosen = chosen or self.remedy.currentData()
        choices = petition_choices(self._remedies())
        if chosen is not None and chosen not in [key for _title, key in choices]:
            from clinic_app.eligibility import remedy_title

            choices.append((remedy_title(chosen), chosen))
        if choices == [(self.remedy.itemText(i), self.remedy.itemData(i)) for i in range(self.remedy.count())]:
            self._say_chosen()
            return
        self.remedy.blockSignals(True)
        try:
            self.remedy.clear()
            for title, key in choices:
                self.remedy.addItem(title, key)
            self.remedy.setCurrentIndex(max(0, self.remedy.findData(chosen)))
        finally:
            self.remedy.blockSignals(False)
        self.remedy.updateGeometry()
        self._say_chosen()

    def refill(self, petition: Petition) -> None:
        self.quiet = True
        try:
            self.kept = petition
            # A row reused for another case, or the same after a re-screen: the list is this
            # case's now (A56-03).  A remedy not weighed for the case now is offered still, kept
            # as filed: most often the relief it asked for, granted and recorded on the count;
            # by its title, as the others are (its key, "pc1203_4", was shown: R54-01).
            self.refresh_remedies(petition.remedy)
            set_combo(self.remedy, petition.remedy)
            self.filed.set_value(petition.filed_on)
            self.hearing.set_value(petition.hearing_on)
            set_combo(self.ruling, petition.ruling)
            self.ruled.set_value(petition.ruling_on)
            if petition.ruling_on != self._ruled_filled:  # shown after its save, the day filled is still ours
                self._ruled_filled = None
            self.note.setText(petition.note)
            self._make_count_boxes(petition.convictions)
            for key, box in self.count_boxes.items():  # none named: the whole case
                box.setChecked(not petition.convictions or key in petition.convictions)
        finally:
            self.quiet = False
        self.validate()

    def validate(self) -> list[str]:
        none_ticked = self._picks_counts() and not any(box.isChecked() for box in self.count_boxes.values())
        problem = (("Choose the ruling again: which counts were granted is asked" if self.ruling.currentData() == GRANTED_IN_PART else None)
                   or self.filed.problem() or (None if self.filed.text().strip() else "Enter the day the petition was filed")
                   or self.hearing.problem() or self.ruled.problem() or self._days_problem()
                   or ("Tick the counts the petition asks relief for" if none_ticked else None))
        self.message.say(problem)
        return [f"Petition: {problem}"] if problem else []

    def _days_problem(self) -> str | None:
        """The days, each a date, that cannot be so together (read only once each is one)."""
        filed, ruled, today = self.filed.value(), self.ruled.value(), self.today()
        if filed is not None and filed > today:
            return f"Filed on: after today ({today.isoformat()})"
        # A ruling is a day gone by, as a filing is: 2027 typed for 2026 had been kept, the line
        # reading "Denied 2027-05-01: attorney to review" for a ruling not made (R55-02).
        if ruled is not None and ruled > today:
            return f"Ruled on: after today ({today.isoformat()})"
        if filed is not None and ruled is not None and ruled < filed:
            return "The ruling is dated before the filing"
        # A hearing day typed for the filing day's (or the year slipped) was kept, and the
        # caseload line read "Filed 2026-11-02; hearing 2026-10-02" (R54-06).
        if filed is not None and (hearing := self.hearing.value()) is not None and hearing < filed:
            return "The hearing is dated before the filing"
        if ruled is not None and self.ruling.currentData() is None:
            return "Say the ruling, or clear its date"
        return None

    def held(self) -> str:
        from ui.models.history_model import petition_named

        day = self.filed.value() if self.filed.problem() is None else None
        remedy = self.remedy.currentData()
        named = petition_named({"remedy": remedy, "filed_on": day.isoformat()}, brief=True) if day and remedy else None
        return f"the {named}" if named else ""

    def value(self) -> Petition:
        filed = self.filed.value()
        assert filed is not None  # validate() asks for it
        return Petition(
            remedy=self.remedy.currentData(),
            filed_on=filed,
            convictions=self.counts_asked(),
            hearing_on=self.hearing.value(),
            ruling=self.ruling.currentData(),
            ruling_on=self.ruled.value(),
            note=self.note.text().strip(),
            counts_removed=self._counts_removed_named(),
        )

    def _counts_removed_named(self) -> list[CountRemoved]:
        """Of the counts asked for, those the case no longer has, as written while on it where
        known: kept with the petition, so an export carries them (E58-03)."""
        case_keys = {key for key, _citation in self._counts()}
        removed = [key for key in self.counts_asked() if key not in case_keys]
        known = self._counts_removed_known() if removed else {}
        return [known[key] for key in removed if key in known]


def _retire(row: QWidget) -> None:
    """Take a row out of the form and delete it later.  Hidden first, on purpose: a row added
    to the shown form has a show queued by its layout, and a row taken out before that show
    ran (a case shown twice in one click, as "Add case" does) was shown as a window of its
    own, which took the window's focus from the field the user was sent to (W22-06)."""
    row.hide()
    row.setParent(None)
    row.deleteLater()


def _keyboard_on_past(row: QWidget) -> None:
    """The keyboard in `row`, brought there by the keyboard, sent on to the control after it as Tab
    sends it, ringed (A419-01): Qt moves it out of a row hidden as the program's doing, no ring
    drawn, and a paralegal who removed a count by Tab and Space saw nowhere where the keys went.
    Brought there by the mouse, Qt moves it on as before."""
    held = QApplication.focusWidget()
    if held is None or not row.isAncestorOf(held) or not row.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
        return
    after = held.nextInFocusChain()
    while after is not held and (row.isAncestorOf(after) or not after.focusPolicy() & Qt.FocusPolicy.TabFocus
                                 or not after.isVisible() or not after.isEnabled()):
        after = after.nextInFocusChain()
    if after is not held:
        after.setFocus(Qt.FocusReason.ShortcutFocusReason)


class RowList(Committer):
    """A titled list of entry rows with an Add button."""

    removed = Signal(str)  # a row's Remove took it out: the row in words (EntryRow.removed_said)

    def __init__(self, add_title: str, make: Callable[[object | None], EntryRow], parent: QWidget | None = None):
        super().__init__(parent)
        self._make = make
        self.rows: list[EntryRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QVBoxLayout()
        layout.addLayout(self.box)
        self.add_button = QPushButton(add_title)
        self.add_button.clicked.connect(self._add_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_items(self, items: list) -> None:
        """One row per item.  Rows that can show another item (`refill`) are kept and filled
        with the new items, in order; only the rows more or fewer are made or taken out."""
        kept = self.rows[:len(items)] if self.rows and hasattr(self.rows[0], "refill") else []
        for row in self.rows[len(kept):]:
            _retire(row)
        self.rows = kept
        self._filling = True  # told apart once, when all are filled
        try:
            for row, item in zip(kept, items):
                row.refill(item)  # type: ignore[attr-defined]
            for item in items[len(kept):]:
                self._append(item)
        finally:
            self._filling = False
        self._tell_apart()

    _filling = False

    def _tell_apart(self) -> None:
        """Number the rows whose Removes would be heard alike: "Remove the violation of
        2022-06-07" was each of two violations of one day; a row holding nothing to name it by
        is "Remove condition 2" where the list has others (K426-03).  Others keep their words."""
        if self._filling:
            return
        held = [row.held() for row in self.rows]
        alike = Counter(held)  # counted once: this runs as each row's words are typed
        for number, (row, named) in enumerate(zip(self.rows, held), 1):
            row.number = number if (alike[named] > 1 if named else len(self.rows) > 1) else None
            row.say_remove()

    def _append(self, item) -> EntryRow:
        row = self._make(item)
        row.changed.connect(self.changed)
        row.committed.connect(self.committed)
        row.remove_requested.connect(self._remove)
        if hasattr(row, "split_into"):
            row.split_into.connect(self._split)
        row.told_apart = self._tell_apart
        self.rows.append(row)
        self.box.addWidget(row)
        self._tab_before_add_button(row)
        self._tell_apart()
        return row

    def _tab_before_add_button(self, row: EntryRow) -> None:
        """Put the row's fields in the Tab order where they show, just before the Add button.
        A row made after the form joins the end of the window's Tab chain: the conviction rows
        were reached only after the money fields at the bottom of the case."""
        fields, widget = [], row.nextInFocusChain()
        while widget is not row and row.isAncestorOf(widget) and len(fields) < 200:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        before = self.add_button.previousInFocusChain()
        # The first row of an empty list has before it the list itself, which takes no focus:
        # QWidget.setTabOrder does nothing after a widget that takes none, so the row stayed
        # at the far end of the chain and the Add button was moved there after it: Tab from
        # the first condition went on to "← Caseload", never to the money fields (F58-01).
        # The row goes after the last field before the list.
        while before.focusPolicy() == Qt.FocusPolicy.NoFocus or before.isAncestorOf(row):
            before = before.previousInFocusChain()
        for field in fields:
            if field is not before:
                QWidget.setTabOrder(before, field)
            before = field
        QWidget.setTabOrder(before, self.add_button)

    def _add_clicked(self) -> None:
        row = self._append(None)
        self.changed.emit()
        # The new row's first field takes the focus: type straight on.
        for widget in row.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QPushButton):
                widget.setFocus()
                self._in_sight(row, widget)
                break

    @staticmethod
    def _in_sight(row: QWidget, field: QWidget) -> None:
        """Scroll the pane `row` is in so that the whole of it shows, top to bottom, and the
        start of `field`, its first field, not sideways further.  Alt+P adds a petition
        filed from anywhere on the Record tab (L64-04), its row at the foot of the case form:
        below the fold of a window 960 x 540 (a 1080p screen at 200%) or of a case with a few
        counts, the focus went into a field nobody could see, and the typing with it (AA64-01).
        setFocus does not scroll as Tab does."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        scroll = scroll_area_of(row)
        if scroll is None or scroll.widget() is None:
            return
        from PySide6.QtCore import QTimer

        def scroll_to() -> None:
            if not (isValid(scroll) and isValid(row) and isValid(field)) or scroll.widget() is None:
                return
            if not scroll.widget().isAncestorOf(field):
                return  # taken out meanwhile (Undo, Remove): nothing to show
            middle = row.mapTo(scroll.widget(), row.rect().center()).y()
            start = field.mapTo(scroll.widget(), field.rect().topLeft()).x()
            scroll.ensureVisible(start, middle, 8, row.height() // 2 + 8)

        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the row laid out where it now is
        scroll_to()
        # Again as the row's lines settle: a petition's second line (hearing, ruling) is laid
        # out a turn or more of the event loop later, and was left below the fold.  One turn
        # was not always enough (the test failed 1 run in 3 in CI's fresh install): the form
        # growing under it changes the pane's range, so each change in the next second
        # scrolls it into sight again (a second at most: scrolling the user does changes no range).
        bar = scroll.verticalScrollBar()

        def settled(*_range: int) -> None:
            scroll_to()

        bar.rangeChanged.connect(settled)
        QTimer.singleShot(0, scroll_to)
        QTimer.singleShot(1000, lambda: isValid(bar) and bar.rangeChanged.disconnect(settled))

    def _split(self, row: EntryRow, items: list) -> None:
        """`row` stands for `items` now (a petition granted in part is two, H63-01): it shows
        the first, rows added for the others; one edit, so one step of Undo."""
        row.refill(items[0])  # type: ignore[attr-defined]
        for item in items[1:]:
            self._append(item)
        self.changed.emit()
        self.committed.emit()

    def _remove(self, row: EntryRow) -> None:
        number = self.rows.index(row) + 1
        self.rows.remove(row)
        said = None if row.is_blank() else row.removed_said(number)  # a blank row took nothing stored
        row.told_apart = None
        self._tell_apart()
        _keyboard_on_past(row)
        _retire(row)
        self.changed.emit()
        if said is not None:
            self.removed.emit(said)  # before the save `committed` makes, which says it (H405-01)
        self.committed.emit()

    def validate(self) -> list[str]:
        return [problem for row in self.rows for problem in row.validate()]

    def values(self) -> list:
        return [row.value() for row in self.rows]
