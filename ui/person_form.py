"""Who the client is and the person-level facts the engine needs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QCompleter, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clinic_app.matching import event_meant
from clinic_app.model import Client
from ui.forms import Committer, DateField, SuggestionsGoWithTheField, add_row, combo, set_combo, text_as_recorded, tristate

SUPERVISION_CHOICES = [
    ("Work it out from the cases", None),
    ("None (confirmed)", "none"),
    ("Probation", "probation"),
    ("Parole", "parole"),
    ("PRCS", "prcs"),
    ("Mandatory supervision", "mandatory_supervision"),
]


# The "CA resident since" field's tooltip (and, with how a date is typed, its description).
RESIDENT_SINCE_TIP = ("Since when the client has lived in California: a certificate of rehabilitation counts 5 years' "
                      "residence here (PC 4852.03) and is filed in the county where the client lives (PC 4852.06). "
                      "The screening counts this day as residence up to the day it screens for: for a client who has "
                      "moved, or will move, to another state, say so in Notes for the attorney")


class NotesEdit(QPlainTextEdit):
    """Free-text notes; leaving the box completes the edit (like leaving a line edit).

    Entered by the keyboard (Tab, Shift+Tab, an Alt letter), the cursor goes to the end of
    the note, to add to it: Qt left it at the start, so "left msg" typed after Tab went in
    front of the note ("left msgPrefers text messages.", U71-01).  A click puts it where
    clicked, and coming back to the window leaves it where it was."""

    left = Signal()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.moveCursor(QTextCursor.MoveOperation.End)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.left.emit()


# As much of a name as its field shows at the least (`NameField.minimumSizeHint`): 14 letters.
NAME_READ_WHOLE = "Alejandra Vill"


class NameField(QLineEdit):
    """The client's name, chosen whole by Tab (so typing replaces it, as in any field) but seen
    from its start: Tab's choosing all put the cursor at the end, and a long name showed only
    "ngeles Villaseñor-Gutiérrez de la Concepción Ibáñez" (G42-06).  A client opens one Tab
    before it (F49-01), so the first Tab of every opened client comes here."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Room for a name as it is typed: beside its "The client needs a name" in the client
        # pane's least width (a 1366 x 768 laptop at 125% with 15 pt text, the window 800 wide)
        # the field was squeezed to 71 pixels, six letters, the message wrapped onto four lines.
        # Asked for here, the row is too wide beside its label, and the label goes over it
        # (the form's WrapLongRows), as the case form's do (W249-01).
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.fontMetrics().horizontalAdvance(NAME_READ_WHOLE) + 12), hint.height())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        whole = self.text()
        if whole and self.selectedText() == whole:
            self.setSelection(len(whole), -len(whole))


# The Aliases field's placeholder, longest first: both ways that work, semicolons too ("separated by
# commas" alone told the volunteer to cut a RAP sheet's "GOMEZ, ELENA" at its comma, S154-01).
# The first was cut to "other names, split by commas..." in a window narrower than 1280 pixels (at
# 1024 the field is 200 wide), so the field shows the longest its width reads whole (C160-03);
# its label, "Aliases:", says they are other names.
ALIASES_PLACEHOLDERS = ("other names, split by commas or semicolons", "split by commas or semicolons",
                        "commas or semicolons")


# The Clinic event field's placeholder, longest first: "e.g. Compton expungement f..." at 1024
# pixels, its day gone (S161-04), as the Aliases field's was (C160-03).
EVENT_PLACEHOLDERS = ("e.g. Compton expungement fair 2026-11", "e.g. Compton fair 2026-11", "e.g. Compton 2026-11")


class FittedPlaceholderField(QLineEdit):
    """A line edit whose placeholder is the longest of `placeholders` (longest first) that its
    width reads whole, the last where none does: a placeholder cut mid-word lost what it was for."""

    def __init__(self, placeholders: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholders = placeholders
        self.setPlaceholderText(placeholders[0])

    def placeholder_room(self) -> int:
        """The pixels a placeholder has: the field's inside, less its text margins and the 2
        pixels the line edit keeps each side of its text."""
        margins = self.textMargins()
        return self.contentsRect().width() - margins.left() - margins.right() - 4

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_placeholder()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger text: the same width reads less
            self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        room, metrics = self.placeholder_room(), self.fontMetrics()
        fits = [words for words in self.placeholders if metrics.horizontalAdvance(words) <= room]
        self.setPlaceholderText(fits[0] if fits else self.placeholders[-1])


def aliases_field() -> QLineEdit:
    """The field for a client's other names, the Record tab's and intake's."""
    field = FittedPlaceholderField(ALIASES_PLACEHOLDERS)
    # A name with a comma typed alone was cut in two at its comma: it ends with a semicolon (W150-01).
    field.setToolTip("Other names the client goes by or was charged under, separated by commas; where a name "
                     "is written with a comma, as a RAP sheet prints it (GOMEZ, ELENA), separate them by semicolons, "
                     "and end such a name alone with one (GOMEZ, ELENA;)")
    field.setAccessibleDescription(field.toolTip())
    return field


def aliases_written(aliases: list[str]) -> str:
    """The client's other names as the Aliases field shows them: separated by commas, or by
    semicolons where a name holds a comma ("GOMEZ, ELENA", as a RAP sheet prints it), so that
    `aliases_read` gives them back as they are.  One name alone that holds a comma ends with a
    semicolon: "GOMEZ, ELENA" shown bare was read back as two names at the record's next save."""
    if len(aliases) == 1 and "," in aliases[0]:
        return f"{aliases[0]};"
    return ("; " if any("," in alias for alias in aliases) else ", ").join(aliases)


def dob_problem(field: DateField, today: date) -> str | None:
    """What is wrong with a date of birth typed: not a date, or one after `today` (K366-01: a
    birth in 2099 was taken for a client with no case), in the date boxes' words (I59-02)."""
    from ui.case_rows import after_today  # not at the top: ui.case_rows is large, and imports much

    later = field.problem() or after_today(field, today)
    return later[0].upper() + later[1:] if later else None


def aliases_read(text: str) -> list[str]:
    """The other names typed in the Aliases field: separated by semicolons where there is one,
    else by commas.  Split at every comma, "GOMEZ, ELENA" was two names, "GOMEZ" and "ELENA",
    and an alias imported so was cut in two at the next save of anything on the Record tab (H149-02)."""
    return [alias.strip() for alias in text.split(";" if ";" in text else ",") if alias.strip()]


class PersonForm(Committer):
    """Name, aliases, date of birth, language, event, and the person facts (FORMAT.md `person`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # The window's clock (`follow_clock`): no birth after it (K366-01).  Held in a list: a
        # callable set on this form once made crashed its Event box's QCompleter(self) (PySide).
        self._clock: list[Callable[[], date]] = [date.today]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        # Labels over their fields where the pane has no room for both side by side: holding
        # 350 pixels for them at 200%, the pane left the case form beside it 277, and the case
        # form scrolled sideways, its labels cut (S80-04).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.name = NameField()
        self.aliases = aliases_field()
        self.dob = DateField()
        self.language = combo([("English", "en"), ("Spanish", "es")])
        self.event = FittedPlaceholderField(EVENT_PLACEHOLDERS)
        self.phone = QLineEdit()
        self.citizen = tristate("US citizen")
        self.resident_since = DateField()
        # The screening reads the day as residence up to the day it speaks for (PC 4852.03(a)),
        # and the record has no field for a move away: an attorney recording a client moving to
        # Arizona had no word of either (O155-05).
        self.resident_since.setToolTip(RESIDENT_SINCE_TIP)
        self.supervision = combo(SUPERVISION_CHOICES)
        self.registrant = QCheckBox("Registered under PC 290")
        self.pending = QCheckBox("Has a pending criminal charge")
        self.fire_camp = QCheckBox("Served in a fire camp")
        # Trafficking or partner violence, as the screening reads it (FORMAT.md; PC 236.15) and
        # as each count's box says: "Survivor of human trafficking" was left unticked for a
        # client an abuser forced into a drug sale (Z141-02).
        self.trafficking = QCheckBox("Trafficking / IPV survivor")
        self.trafficking.setToolTip("The client reports being a survivor of human trafficking (PC 236.14) "
                                    "or of intimate partner or sexual violence (PC 236.15)")
        self.trafficking.setAccessibleName("Survivor of trafficking or intimate partner violence")
        self.trafficking.setAccessibleDescription(self.trafficking.toolTip())
        self.notes = NotesEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        # Said before anything is typed: a volunteer asked to leave a word for the supervising
        # attorney stopped here, not knowing whether the client would read it on the handout (J216-02).
        self.notes.setPlaceholderText("For the clinic's staff: never printed on the client's handout")
        self.notes.setToolTip("Notes for the clinic (a word for the supervising attorney, a call to return). The "
                              "client's handout never prints them; the filing worksheet prints only intake's lines "
                              "of a year the client knew alone (“Case ...: probation end 2019, the year alone ...”), "
                              "under their case")
        self.rows = {
            "name": add_row(form, "&Name:", self.name, "Client name"),
            # No Alt letter: Alt+A is "Add violation" on this page (A70-01), every other letter of
            # "Aliases" is taken, and the field is one Tab after Name (Alt+N).
            "aliases": add_row(form, "Aliases:", self.aliases),
            "dob": add_row(form, "Date of &birth:", self.dob),
            "language": add_row(form, "Handout lan&guage:", self.language),
            "event": add_row(form, "Clinic event:", self.event),
            # No Alt letter: Alt+P is "Add petition filed" on this page, far down the case form,
            # where the phone is a few Tabs from Name (L64-04); every other letter of "Phone"
            # is taken.
            "phone": add_row(form, "Phone:", self.phone),
            "citizen": add_row(form, "US citi&zen:", self.citizen),
            "resident_since": add_row(form, "CA resident since:", self.resident_since, "California resident since"),
            "supervision": add_row(form, "On supervision:", self.supervision),
        }
        # The boxes take the whole width of the form, not only the fields' column: there,
        # "Has a pending criminal charge" was cut off in a window 1024 pixels wide (W27B-01).
        # In a group whose letter (Alt+Q) goes to its first box, from where Tab goes on
        # through the others: no box had a letter, every other letter of their words being
        # taken on this page, so each was many Tabs away (A70, U71-04).
        self.questions = QGroupBox("Other &questions")
        self.questions.setFlat(True)
        self.questions.setAccessibleDescription("Tick each that is true of the client")
        boxes = QVBoxLayout(self.questions)
        boxes.setContentsMargins(0, 0, 0, 0)
        for box in (self.registrant, self.pending, self.fire_camp, self.trafficking):
            boxes.addWidget(box)
        form.addRow(self.questions)
        add_row(form, "Notes:", self.notes)
        for widget in (self.name, self.aliases, self.dob, self.language, self.event, self.phone, self.citizen,
                       self.resident_since, self.supervision, self.registrant, self.pending, self.fire_camp, self.trafficking):
            self.watch(widget)
        self.notes.textChanged.connect(self._changed)
        self.notes.left.connect(self.committed)
        self.changed.connect(self.validated)

    def offer_events(self, events: list[str]) -> None:
        """Complete the clinic event from the caseload's events as it is typed ("sat" offers
        "Saturday Clinic 2026-12-05"): one typed another way ("Saturday clinic 12/5") made a
        second event, whose clients the day's `export --event` and its handouts left out (E29-07).
        Intake's Event box lists them too."""
        completer = self.event.completer()
        if completer is None:
            completer = QCompleter(self)
            completer.setModel(QStringListModel(completer))
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.event.setCompleter(completer)
            # Closed as an Alt letter leaves the field: left up, it took the keys typed next
            # (Alt+B to Date of birth after "Sat": "Sat3/2/1985", R103-03).
            self.event.installEventFilter(SuggestionsGoWithTheField(self))
        completer.model().setStringList(events)

    def _event_typed(self, recorded: str | None) -> str:
        """The Clinic event field's text, or the caseload's event it names with other dashes or
        case ("Fair - Compton" for "Fair — Compton", as intake and `--event` take it: R104-04).
        Not the client's own `recorded` event: retyped "Saturday Clinic" for their "saturday
        clinic", a correction, it was taken for that one and stored as it was (R105-04)."""
        completer = self.event.completer()
        typed = self.event.text()
        if completer is None or not typed.strip() or typed.strip() == (recorded or "").strip():
            return typed
        others = (event for event in completer.model().stringList() if event != recorded)
        return event_meant(typed.strip(), others) or typed

    def load(self, client: Client, *, checked_next: bool = False) -> None:
        """Show `client` in the form (without emitting `committed`).  `checked_next`: the
        caller checks the form straight after, which says its problems (`CaseForm.load`)."""
        self.quiet = True
        try:
            self._fill(client)
        finally:
            self.quiet = False
        if not checked_next:
            self.validate()

    def _fill(self, client: Client) -> None:
        p = client.person
        self.name.setText(client.name)
        self.aliases.setText(aliases_written(client.aliases))
        self.dob.set_value(p.dob)
        set_combo(self.language, client.language)
        self.event.setText(client.event or "")
        self.phone.setText(client.phone or "")
        # Each from its start: set, a field showed the end of what did not fit, so a long name
        # read "ngeles Villaseñor-Gutiérrez de la Concepción Ibáñez", its first names cut off (G42-06).
        for edit in (self.name, self.aliases, self.event, self.phone):
            edit.setCursorPosition(0)
        set_combo(self.citizen, p.us_citizen)
        self.resident_since.set_value(p.ca_resident_since)
        set_combo(self.supervision, p.on_supervision)
        self.registrant.setChecked(p.registrant_290)
        self.pending.setChecked(p.pending_charges)
        self.fire_camp.setChecked(p.fire_camp)
        self.trafficking.setChecked(p.trafficking_survivor)
        if self.notes.toPlainText() != client.notes:
            self.notes.setPlainText(client.notes)

    def follow_clock(self, clock: Callable[[], date]) -> None:
        """Refuse a date of birth after `clock()`'s day, the window's today (K366-01)."""
        self._clock[:] = [clock]

    def validate(self) -> list[str]:
        """Show each problem beside its field; return them as "Field: problem" lines."""
        # Each line names its field as the form labels it (W21-04: "Cannot save: Dob: ...").
        problems = {
            ("name", "Name"): None if self.name.text().strip() else "The client needs a name",
            ("dob", "Date of birth"): dob_problem(self.dob, self._clock[0]()),
            ("resident_since", "CA resident since"): self.resident_since.problem(),
        }
        out = []
        for (key, label), text in problems.items():
            self.rows[key].message.say(text)
            if text:
                out.append(f"{label}: {text}")
        return out

    def apply_to(self, client: Client) -> Client:
        """A copy of `client` with this form's values (call only when `validate()` is empty)."""
        out = copy.deepcopy(client)
        out.name = text_as_recorded(self.name.text(), client.name, blank="")
        out.aliases = aliases_read(self.aliases.text())
        out.language = self.language.currentData()
        out.event = text_as_recorded(self._event_typed(client.event), client.event)
        out.phone = text_as_recorded(self.phone.text(), client.phone)
        out.notes = self.notes.toPlainText()
        p = out.person
        p.dob = self.dob.value()
        p.us_citizen = self.citizen.currentData()
        p.ca_resident_since = self.resident_since.value()
        p.on_supervision = self.supervision.currentData()
        p.registrant_290 = self.registrant.isChecked()
        p.pending_charges = self.pending.isChecked()
        p.fire_camp = self.fire_camp.isChecked()
        p.trafficking_survivor = self.trafficking.isChecked()
        return out
