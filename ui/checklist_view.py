"""The checklist: what stands between the client and relief, case by case, and the money ledger.

Ticking a condition, changing hours done or adding a payment is an edit of the record
(`edit_requested`), saved and re-screened at once by the workspace, so the eligibility
panel changes while the client is still at the table.

The edit is made from inside a widget's own key or mouse handler (the spin box's Up arrow,
Enter in a payment's amount), and the save rebuilds this view before that handler returns.
So a rebuild never deletes the page it replaces: the old page is hidden, taken out of the
view and deleted on the next turn of the event loop (keyboard check K20-01: QScrollArea's
setWidget deleted the spin box inside its keyPressEvent, a segfault).

Every control of the page is known by its place: the case, what it is, and which condition
(`Place`).  The rebuild gives the focus back to the control at the place the focus was,
so a keyboard user goes on where they were (keyboard check K20-09: after a tick the focus
was nowhere, and after a payment on case 1 it was in the last case's amount).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.case_titles import case_heading, names_no_court, sharing_a_number, told_by_what_the_record_holds
from clinic_app.checklist import cases_left, checklist, finish_by_said, possible_doubles_said, probation_cap_items, where_left_said
from clinic_app.counties import counties_differ, court_of
from clinic_app.eligibility.depends_on import law_named
from clinic_app.model import Case, Client, Money, Payment, Screening
from clinic_app.typed_numbers import read_whole, step_over_nothing
from ui.forms import SPOKEN_KIND, AmountField, DateField, MessageLabel, WordsOnTab, announce, resting_description, stay_or_discard
from ui.models.payment_model import PaymentModel
from ui.page_scroll import show_whole


Place = tuple[str, str, int]  # (case id, what the control is, the condition's position or 0)

# The payment form's controls; its button is disabled once the amount is cleared, so the
# focus goes back to the amount, ready for the next payment.
PAYMENT_CONTROLS = ("payment kind", "payment date", "amount", "receipt", "add payment")
# The button under a parole's or PRCS's line whose end is not known, and its words on a file that
# cannot be written (A436-02).
SUPERVISION_END_TIP = ("The case's Supervision end, on the Record tab (and Supervision after, where it says Unknown): "
                       "the day the parole or PRCS ends or ended; None (confirmed) if none followed the release")
READ_ONLY_SUPERVISION = ("Its end cannot be saved in a read-only file: open the caseload where it can be written to enter "
                         "it (the case's Supervision end, on the Record tab).")
# Under "Probation was to end ...: confirm with the court that it ended" on a file that cannot be
# written, in place of Set its status (Record tab), whose Status the file refused (K338-03).
READ_ONLY_STATUS = ("Its status cannot be saved in a read-only file: open the caseload where it can be written to set it "
                    "(the case's probation Status, on the Record tab).")


def _progress(value: float | None, name: str = "Progress") -> QWidget | None:
    """A bar with its percentage beside it, not on it: text drawn across the bar's edge
    (Fusion's default) makes "39%" read as "89%" when the fill ends under a digit.  `name`
    is what a screen reader calls it ("Community service on case BA100001: progress")."""
    if value is None:
        return None
    percent = round(value * 100)
    widget = QWidget()
    line = QHBoxLayout(widget)
    line.setContentsMargins(0, 0, 0, 0)
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(percent)
    bar.setTextVisible(False)
    bar.setMaximumWidth(120)
    # Shorter where the page lacks the room, not pushing its percentage past the page's edge:
    # QProgressBar keeps room for the text it does not show, 115 pixels at 200% with large
    # text, and the page grew wider than the tab, the percentages cut (W122-03).
    bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance("100%"))
    bar.setAccessibleName(name)
    bar.setAccessibleDescription(f"{percent}%")
    line.addWidget(bar)
    text = QLabel(f"{percent}%")
    text.setMinimumWidth(text.fontMetrics().horizontalAdvance("100%") + 4)
    text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    line.addWidget(text)
    return widget


def _with_caps(items: list, caps: list) -> list:
    """`items` with each case's AB 1950 flag after that case's probation line (its
    revocation's, or else first of the case's items): it speaks of that probation's end."""
    if not caps:
        return items
    out = list(items)
    for cap in caps:
        at = [i for i, item in enumerate(out) if item.case == cap.case]
        after = [i for i in at if out[i].kind in ("probation", "revocation")]
        out.insert(after[-1] + 1 if after else (at[0] if at else len(out)), cap)
    return out


class CountBox(QSpinBox):
    """How many hours (or sessions) of a condition are done: whole numbers, as the record keeps
    them.  "+6" adds 6 to the count stored, "-2" takes 2 away: a client brings a sheet for the
    hours done since the last visit (K45-04: "+6" set the count to 6, and the 10 hours done
    before were gone).  A decimal point or comma typed is said, not dropped: a plain spin box
    refused the "." unheard and kept the digits around it, so "12.5" hours was saved as 125 of
    40 (K45-01).  Such a count is `refused` when typing ends (Enter, leaving the box), and the
    box goes back to the count stored."""

    # The count as typed ("12.5", "-12", "+6"), why: "fraction", "below zero" or "nothing
    # recorded" (a step typed over "? of 30": more than what, B63-03).
    refused = Signal(str, str)
    # "0" typed over "? of 30" (nothing recorded, the box at its minimum 0): the spin box's
    # value does not change, so no valueChanged says that none were done (S62-01).
    none_done = Signal()

    def typed(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    @staticmethod
    def _read_here(number: str) -> bool:
        """Whether the count typed is read here, when typing ends, not by the spin box: a step
        ("+6", "+" begun), a fraction refused, or a whole number the spin box would not take
        ("12.0", "1,250.00").  A point typed is kept as typed: the spin box refused it unheard."""
        typed = read_whole(number)
        return typed.step or typed.refused in ("cents", "fraction") or (typed.number is not None and not number.isdigit())

    def validate(self, text: str, pos: int) -> object:
        if self._read_here(self.typed(text)):
            return QValidator.State.Intermediate, text, pos  # kept as typed, read when typing ends
        return super().validate(text, pos)

    def _take_typed(self) -> None:
        """Typing ends: "+6" or "-2" becomes the count it makes; a fraction, or more taken
        away than is done, is `refused` and the stored count shown again.  Done before the
        spin box reads the text: it would take "12,5" for 125, the comma as one grouping
        thousands, and "+6" for 6.  Read as the Record tab's "Done:" reads it
        (clinic_app.typed_numbers): "12.0" there was 12 hours, and refused here (B48-04)."""
        number = self.typed(self.lineEdit().text())
        typed = read_whole(number)
        if self.specialValueText() and self.value() == self.minimum():
            if typed.step and typed.number is not None:
                # "+6" over "? of 30": 6 more than a count nobody recorded.  Saved as 6 done,
                # with not a word, it could drop hours done before the sheet the client
                # brought (B63-03): the count in all is asked for.
                self.lineEdit().setText(self.specialValueText())
                self.refused.emit(number, "nothing recorded")
                return
            if typed.refused is None and typed.number is not None and typed.count_from(self.value()) == 0:
                self.none_done.emit()
                return
        if not self._read_here(number):
            return  # a plain number: the spin box's own
        count, why = self.value(), None
        if typed.refused is not None:
            why = "fraction"
        elif typed.number is not None:
            count = typed.count_from(count)
            if count < self.minimum():
                count, why = self.value(), "below zero"
            count = min(count, self.maximum())
        self.lineEdit().setText(self.prefix() + self.textFromValue(count) + self.suffix())
        if why is not None:
            self.refused.emit(number, why)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._take_typed()
        super().focusOutEvent(event)

    def interpretText(self) -> None:  # noqa: N802 - Qt's name
        """As typing ending does (the client left, an undo: ChecklistView.take_typing)."""
        self._take_typed()
        super().interpretText()


def _has_ledger(case: Case) -> bool:
    """Whether `case`'s box on the Checklist has a payment ledger: money ordered or paid."""
    return case.money is not None and bool(case.money.fines_ordered or case.money.restitution_ordered or case.money.payments)


def ask_remove_payment(parent: QWidget, payment_said: str, case_said: str) -> bool:
    """Ask before Delete takes out a payment the user did not choose (Ledger.arrived_on); True
    to remove.  Keeping it is the default (Enter, Escape), as for Delete client."""
    return stay_or_discard(parent, "Remove payment", f"Remove the payment of {payment_said} from case {case_said}?",
                           "Cancel", "&Remove payment",
                           detail="Its line was chosen as the keyboard came to the ledger, not by you. Choose a payment "
                                  "with the arrow keys, Space or a click, and Delete takes it out without asking. "
                                  "Edit > Undo puts a removed payment back.")


CHOOSING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
                 Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class Ledger(QTableView):
    """A case's payments, one line chosen at a time (to remove, with Delete)."""

    # The line chosen is the one the keyboard arrived on, not one the user chose: Delete asks
    # first (Q98-01).  Cleared by any choice of the user's: an arrow, Home, End, Space, a click.
    arrived_on = False

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Reached by Tab with no line chosen, the line the ledger frames as current is chosen:
        it framed the first payment but chose none, so Delete took nothing out, Remove payment
        stayed greyed and Down went to the second line (K45-03).  Not on a click, which
        chooses the line clicked itself."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or self.selectionModel().hasSelection():
            return
        current = self.currentIndex()
        if not current.isValid() and self.model().rowCount():
            current = self.model().index(0, 0)
        if current.isValid():
            self.selectRow(current.row())
            # Shown chosen, for a screen reader to say and Remove payment to act on, but not
            # chosen by the user: the ledger is the Checklist tab's first stop for a client
            # with nothing to tick, and Delete pressed on arriving took a payment out (Q98-01).
            self.arrived_on = True
            # In sight: a ledger of more than six lines scrolled to the payment just added
            # had its first line chosen out of sight, and Delete took that one out (L64-01).
            self.scrollTo(current)

    def selectionChanged(self, selected, deselected) -> None:  # noqa: N802 - Qt's name
        self.arrived_on = False
        super().selectionChanged(selected, deselected)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The keys that choose a line, also where it is the line shown already (Space, Home on
        # the first line, Up on it): the user chose it.
        if event.key() in CHOOSING_KEYS:
            self.arrived_on = False
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.arrived_on = False  # a click on the line already shown chosen chooses it
        super().mousePressEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        """Home and End go to the first and last payment, as in a list: a ledger is chosen by
        the line, and End went to the last column of the same line, so the first payment
        stayed chosen and Delete took it out where the last was meant (L64-01)."""
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd) and self.model().rowCount():
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else self.model().rowCount() - 1
            return self.model().index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)


class PaymentForm(QWidget):
    """Add a payment: kind, date, amount, receipt number; refuses a negative or empty amount."""

    add_payment = Signal(object)  # Payment

    def __init__(self, money: Money, today: date, parent: QWidget | None = None, *,
                 since: tuple[str, date] | None = None, case_name: str | None = None):
        """`since`: what the case's money dates from, ("judgment", its day), for the note on
        a payment dated before it.  `case_name` ("case BA123456") ends each field's spoken name."""
        super().__init__(parent)
        self.money, self.today, self.since = money, today, since
        # One line where it has the room; else two, and its note under them (`fit`).
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        layout, self._second = QHBoxLayout(), QHBoxLayout()
        for row in (layout, self._second):
            rows.addLayout(row)
        self.kind = QComboBox()
        if money.restitution_ordered:
            self.kind.addItem("Restitution", "restitution")
        if money.fines_ordered:
            self.kind.addItem("Fine", "fine")
        # On what is still owed, in the list's order: a case whose restitution was paid and whose
        # fines were owing opened on "Restitution": a fine's installment typed with Enter went
        # there, a note its only word (K315-01).
        owing = [i for i in range(self.kind.count()) if still_owed(money, self.kind.itemData(i)) > 0]
        if owing:
            self.kind.setCurrentIndex(owing[0])
        self.date = DateField()
        self.date.wide_for_words()  # as the Record tab's (M103-01): typed in words, seen whole
        self.date.set_value(today)
        self.amount = AmountField()
        # "number" beside its label "Receipt:", as "dollars" beside "Amount $:": "receipt number"
        # showed cut ("receipt nu...") where the form goes on two lines at 15 pt (S137-04).
        self.receipt = QLineEdit(placeholderText="number")
        # No &P on the button: each case owing money has this form, and a letter shared by
        # their buttons only moved the focus between them when both could add (K38-07).
        # Alt+P adds the payment of the form the focus is in; so does Enter in its amount.
        self.button = QPushButton("Add payment")
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_P), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                  activated=self._add_by_key)
        # Each field says its case, as the ledger above it does: a client with fines on two
        # cases has two forms, and a screen reader said "Payment amount in dollars" in both,
        # with no word of which case the payment would go to (C48-03).
        of_case = f" on {case_name}" if case_name else ""
        for title, widget, name in (("Payment:", self.kind, "Payment toward"), ("Date:", self.date, "Payment date"),
                                    ("Amount $:", self.amount, "Payment amount in dollars"),
                                    ("Receipt:", self.receipt, "Receipt number")):
            label = QLabel(title)
            label.setBuddy(widget)
            widget.setAccessibleName(name + of_case)
            layout.addWidget(label)
            layout.addWidget(widget)
        self.button.setAccessibleName("Add payment" + (f" to {case_name}" if case_name else ""))
        layout.addWidget(self.button)
        self.message = MessageLabel()
        self.message.describes += [self.kind, self.date, self.amount, self.receipt, self.button]
        layout.addWidget(self.message, 1)
        self._first, self._rows = layout, rows
        # What goes on the second line: from the amount's label on.
        self._later = [layout.itemAt(i).widget() for i in range(4, layout.indexOf(self.message))]
        for field in (self.date, self.amount, self.receipt):  # the receipt: K29-05
            field.textChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)  # what is still owed depends on it
        self.amount.returnPressed.connect(self._add)
        self.receipt.returnPressed.connect(self._add)
        self.button.clicked.connect(self._add)
        self.validate()

    def fit(self, room: int) -> None:
        """The fields on one line where `room` (the form's width, less what its page is wider
        than its view) holds them, else on two: at 200% with 15 pt text, in a window 667 wide,
        the line needed 1,041 pixels (the date alone 279, as wide as a date in words) where the
        page had 631, and the Checklist scrolled sideways (L135-01).  Only the layout moves them:
        Tab goes through them in the order they were made, as they read on either."""
        one_line = self._second.isEmpty()
        spacing = self._first.spacing()
        needs = self._first.minimumSize().width()  # the note in it, where one is said
        if not one_line:  # as much as on one line, so that the form does not go back and forth
            needs += spacing + self._second.minimumSize().width()
            if not self.message.isHidden():
                needs += spacing + self.message.minimumSizeHint().width()
        if one_line and needs > room:
            for widget in self._later:
                self._first.removeWidget(widget)
                self._second.addWidget(widget)
            self._first.removeWidget(self.message)
            self._rows.addWidget(self.message)  # a note as wide as the form, not a column beside the button
            # The room left at each line's end, not between a label and its field.
            for row in (self._first, self._second):
                row.addStretch(1)
        elif not one_line and needs <= room:
            self._rows.removeWidget(self.message)
            for row in (self._first, self._second):
                row.takeAt(row.count() - 1)  # the stretch
            for widget in self._later:
                self._second.removeWidget(widget)
                self._first.addWidget(widget)
            self._first.addWidget(self.message, 1)

    def problem(self) -> str | None:
        if self.kind.count() == 0:
            return "Enter the fines or restitution ordered on the Record tab first"
        amount_problem = self.amount.problem()
        if amount_problem:
            return f"Amount: {amount_problem}"
        if self.amount.value() in (None, 0):
            return "Enter the amount paid"
        date_problem = self.date.problem()
        if date_problem or self.date.value() is None:
            return f"Date: {date_problem or 'enter the date of the payment'}"
        if self.date.value() > self.today:
            # Counted as paid at once, a typo'd year turned "fines unpaid" into "paid" and changed
            # the screening (W21-06).
            return f"Date: after today ({self.today.isoformat()}); record a payment once it is made"
        return None

    def overpaid(self) -> str | None:
        """A note (it does not block) when the amount is more than is still owed: a typo, most often."""
        kind = self.kind.currentData()
        owed = still_owed(self.money, kind)
        amount = None if self.amount.problem() else self.amount.value()
        if amount is None or amount <= owed:
            return None
        if self.money.unrecorded(kind):
            # Nothing recorded paid: not "still owed" in full (U52-01).
            ordered = self.money.fines_ordered if kind == "fine" else self.money.restitution_ordered
            return f"More than the ${ordered or 0:,} ordered on the {kind}: check the amount"
        if owed == 0:
            # Not "More than the $0 still owed" (K29-03): say what was ordered and paid.
            ordered, paid = ((self.money.fines_ordered, self.money.fines_paid) if kind == "fine"
                             else (self.money.restitution_ordered, self.money.restitution_paid))
            return f"Nothing is still owed on the {kind} (${ordered or 0:,} ordered, ${paid or 0:,} paid): check the amount"
        return f"More than the ${owed:,} still owed on the {kind}: check the amount"

    def twice(self) -> str | None:
        """A note (it does not block) when the ledger already has this payment: the same kind,
        day and amount, and no other receipt number (K29-05: the same receipt typed again from
        the stack of papers was added with not a word); two equal installments on one day can
        happen, so it is not refused."""
        day = None if self.date.problem() else self.date.value()
        amount = None if self.amount.problem() else self.amount.value()
        kind, receipt = self.kind.currentData(), self.receipt.text().strip() or None
        for p in self.money.payments:
            if (p.kind, p.date, p.amount) == (kind, day, amount) and (p.receipt is None or receipt is None or p.receipt == receipt):
                said = f", receipt {p.receipt}" if p.receipt else ""
                return (f"The ledger already has this payment (${p.amount:,} toward {p.kind} on {p.date.isoformat()}{said}): "
                        "check it is not entered twice")
        return None

    def early(self) -> str | None:
        """A note (it does not block) when the date is before the case's judgment: a year
        typed wrong, most often ("2019" for "2026" counted as paid with not a word, K29-02);
        restitution can be paid before judgment, so it is not refused."""
        day = None if self.date.problem() else self.date.value()
        if self.since is None or day is None or day >= self.since[1]:
            return None
        what, since = self.since
        return f"Date: before the {what} of {since.isoformat()} in this case: check the year"

    def validate(self) -> None:
        noted = not self.message.isHidden()
        self._validate()
        if noted == self.message.isHidden() and not self._second.isEmpty():
            QTimer.singleShot(0, self, self._lay_out_again)

    def say_note(self, note: str) -> None:
        """`note` under the form and aloud, until the next payment's typing says its own checks."""
        shown = not self.message.isHidden()
        self.message.say(note, "note")
        announce(self.message, f"{SPOKEN_KIND['note']}{note}")
        if not shown and not self._second.isEmpty():
            self._lay_out_again()  # its line under the form given its height, as validate does

    def _lay_out_again(self) -> None:
        """The layouts around the form laid out once more, a note under its lines shown or gone:
        the case's box gave its ledger the note's height twice in its first go, at 200% 168
        pixels more, and the words under a condition's tick further up were drawn over its
        count (L135-01); a second go (a resize did it) gives each line its height."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget = widget.parentWidget()

    def _validate(self) -> None:
        problem = self.problem()
        typed = bool(self.amount.text().strip()) or bool(self.amount.problem())
        if problem is None and self.kind.count():
            note = self.twice() or self.early() or self.overpaid()
            heard = self.message.kind == "note" and self.message.text() == note
            self.message.say(note, "note")
            typing = QApplication.focusWidget()
            if note and not heard and typing is not None and self.isAncestorOf(typing):
                # Said as it comes while typing: heard only as the fields' description, it was
                # never heard by a reader who typed "5000" for 500 and pressed Enter in the amount,
                # as the form asks; the payment was added over "More than the $1,100 still owed"
                # (A141-05).
                announce(self.message, f"{SPOKEN_KIND['note']}{note}")
        else:
            self.message.say(problem if typed or self.kind.count() == 0 else None)
        self.button.setEnabled(problem is None)
        self.button.setToolTip(f"Cannot add the payment: {problem}" if problem else "Add this payment to the ledger (Enter in the amount, or Alt+P)")

    def _add_by_key(self) -> None:
        if self.button.isEnabled():  # as the button's own letter did: nothing while it cannot add
            self._add()

    def _add(self) -> None:
        if self.problem() is not None:
            self.validate()
            return
        payment = Payment(kind=self.kind.currentData(), date=self.date.value(), amount=self.amount.value(),  # type: ignore[arg-type]
                          receipt=self.receipt.text().strip() or None)
        # Not cleared here: stored, the page is rebuilt with this case's form empty (show_client,
        # the focus in its amount, K20-09); refused (a full disk, a read-only file), the save's
        # warning is said and the typing stays, the receipt copied from paper with it (K285-01).
        self.add_payment.emit(payment)


class ClickAcrossRebuild(QObject):
    """A button, tick or ledger line pressed as its page was rebuilt under it is clicked (the
    line chosen) on the new page when the mouse is let go over it.  The press on "Add payment"
    took the focus from a count being typed; leaving the box saved the count, and the save
    rebuilt the page under the button: the old button, hidden and deleted, never saw the
    release, and the payment was added only by a second click, a tick only by a second click
    on it (B63-02), and the ledger line clicked was not chosen, the first one was (B63-13).
    Let go elsewhere (dragged off), nothing is clicked, as a button does; nor a tick the count
    saved has ticked (or unticked) already: the click would undo what the user meant.  On the
    application for one release, then gone."""

    def __init__(self, view: "ChecklistView", place: Place, checked: bool | None):
        """`checked`: the pressed tick's state when pressed (None: not a tick)."""
        super().__init__(view)
        self.view, self.place, self.checked = view, place, checked
        view.click_across = self  # one per press, however many rebuilds the press makes
        QApplication.instance().installEventFilter(self)

    def _control(self) -> QWidget | None:
        control = self.view.controls.get(self.place)
        if not isinstance(control, (QAbstractButton, QTableView)) or not control.isVisible() or not control.isEnabled():
            return None
        if isinstance(control, QAbstractButton) and control.isCheckable() and control.isChecked() != self.checked:
            return None
        return control

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.MouseButtonRelease or event.button() != Qt.MouseButton.LeftButton:
            return False
        QApplication.instance().removeEventFilter(self)
        self.view.click_across = None
        self.deleteLater()
        control = self._control()
        if isinstance(control, QTableView):
            at = control.viewport().mapFromGlobal(event.globalPosition().toPoint())
            row = control.rowAt(at.y())
            if row >= 0 and control.viewport().rect().contains(at):
                control.selectRow(row)
                control.arrived_on = False  # clicked: the user's choice, also where it was shown chosen (Q98-01)
        elif control is not None and control.rect().contains(control.mapFromGlobal(event.globalPosition().toPoint())):
            # After the release is delivered: the click rebuilds the page again.
            QTimer.singleShot(0, self.view, self._click)
        return False

    def _click(self) -> None:
        button = self._control()
        if isinstance(button, QAbstractButton):
            button.click()


def still_owed(money: Money, kind: str) -> int:
    """The dollars still owed on the fine or on the restitution (all that was ordered where no
    payment is recorded: Money.unrecorded)."""
    return money.fines_owed if kind == "fine" else money.restitution_owed


def _paid_up(money: Money) -> bool:
    """Something ordered and nothing owed of it, each amount ordered with its payments recorded."""
    return (bool(money.fines_ordered or money.restitution_ordered) and not money.unrecorded("fine")
            and not money.unrecorded("restitution") and money.fines_owed == 0 and money.restitution_owed == 0)


def _no_payment_lines_said(money: Money) -> str:
    """What the ledger says with no payment in it.  A paid total with no payments (an
    import's `paid` amount: a request carries the totals only, D23-04; or the case's "Fines
    paid" typed) read "Fines: $200 of $600 paid" over "No payments recorded yet.", a
    contradiction to a paralegal (Q110-01): the total is said as what it is."""
    totals = [(amount, kind, field) for amount, kind, field in
              ((money.fines_paid, "fines", "Fines paid"), (money.restitution_paid, "restitution", "Restitution paid"))
              if amount]
    if not totals:
        return "No payments recorded yet."
    paid = " and ".join(f"${amount:,} of the {kind}" for amount, kind, _ in totals)
    fields = " and ".join(f"\u201c{field}\u201d" for _, _, field in totals)
    return (f"No payments entered one by one; {paid} paid as {'a total' if len(totals) == 1 else 'totals'} "
            f"(the case's {fields}, typed or imported).")


class ChecklistView(QScrollArea):
    """Per case: probation and supervision with days left, conditions, fines and restitution."""

    edit_requested = Signal(object, str)  # the edited Client, what was done
    # A case's id: its probation's end has passed with the record still saying active, and the
    # paralegal goes to set its Status on the Record tab (H328-02).
    probation_status_asked = Signal(str)
    # A case's id: the end of its parole or PRCS is not known, and the paralegal goes to enter
    # it on the Record tab (A436-02).
    supervision_end_asked = Signal(str)
    # Typing not yet saved: in a payment form, not yet added (kept as a draft: U31-08), or a
    # completed date or count, its box not yet left (U31B-02).
    typed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop on the Tab chain (K19-01)
        # The scroll area keeps one frame for good (setWidget would delete the previous
        # widget at once); each rebuild swaps the page inside it (K20-01).
        frame = QWidget()
        self._frame_layout = QVBoxLayout(frame)
        self._frame_layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(frame)
        self.page: QWidget | None = None
        self.client: Client | None = None
        self.as_of = date.today()
        self.payment_forms: dict[str, PaymentForm] = {}
        self.controls: dict[Place, QWidget] = {}  # the page's focusable controls, in Tab order
        self.condition_boxes: list[QCheckBox] = []
        self.ledger_models: list[PaymentModel] = []
        self.notes: dict[Place, MessageLabel] = {}  # beside a condition's tick: an untick not made
        # A tick's count from before it, to give back on an untick (K29B-02): (client, case,
        # condition) -> (the count before, the count the tick set, the day it recorded, its
        # step on the undo stack).  Kept here, not in the record: it is known only for ticks
        # made in this window.  The memory holds only while the record is as the tick left it
        # (Z62-03) and the tick's step is still done (B63-01): undone, then the same count and
        # day typed on the Record tab, the record read as the tick had left it.
        self._before_tick: dict[tuple[int | None, str, int], tuple[int | None, int, date | None, object]] = {}
        # The window's undo stack (ClientWorkspace gives it), to tell whether a tick is still done.
        self.undo_stack: QUndoStack | None = None
        # Whether the caseload's file cannot be written, as the window found it (ClientWorkspace
        # gives it): a probation Status set there could not be saved (K338-03).
        self.read_only: Callable[[], bool] = lambda: False
        # The payment just added, (case, payment), for the rebuilt ledger to show (A38-02).
        self._just_paid: tuple[str, Payment] | None = None
        # A count typed and refused (CountBox.refused), by place, until the box is typed in
        # again or the page rebuilt: asked about before the client is left (K45-07).
        self._counts_refused: dict[Place, str] = {}
        # The paid-up cases whose "Enter a payment" fold was opened, while their client is shown:
        # an empty one was shut again by the next rebuild, a payment on another case (Q113-04).
        self._unfolded: set[str] = set()
        # Each counted condition's tick line, the line under it and its tally (the count and
        # its bar), which goes under the tick where the page lacks the room beside (L125-01);
        # so too a done condition's "completed" and its day (S143-02).  The last, the place in
        # the tick line it goes back to (-1: the line's end).
        self._tallies: list[tuple[QHBoxLayout, QHBoxLayout, QWidget, int]] = []
        # The cases of a long record with something still to do, as its first line names them
        # (H130-03), by id: where the keyboard starts on the page (A141-01).
        self.left_in: list[str] = []
        self.where_left_said = ""  # that line's words, "" where it has none

    _payment_removed: tuple[str, int] | None = None  # (case id, the ledger's line) of a payment being taken out
    click_across: ClickAcrossRebuild | None = None  # a press on a button of a page rebuilt under it (B63-02)

    def paying(self) -> bool:
        """Whether the change being saved is a payment added from its form (not yet shown)."""
        return self._just_paid is not None

    def take_back_change(self, client: Client, as_of: date, screening: Screening | None = None) -> None:
        """The change asked for here not made (the user stayed to fix the Record tab's typing): the
        page as `client` is stored, a payment's typing kept in its form, not added.  Taken as just
        added, its form started empty and the payment was stored nowhere (K288-01)."""
        self._just_paid = None
        self.show_client(client, as_of, screening)

    def show_client(self, client: Client, as_of: date, screening: Screening | None = None) -> None:
        """Rebuild the checklist for `client` as of `as_of` (a few widgets per case: cheap).
        `screening`, the client's as of `as_of`, adds the engine's AB 1950 flag to a case's
        probation (checklist.probation_cap_items)."""
        # A payment typed on a case and not yet added is kept through the rebuild that follows
        # an edit of this client (a payment added on another case, a tick): it was wiped
        # without a word (K38-09).  Not the one just added: its form starts empty again.
        same = self.client is not None and self.client.id is not None and self.client.id == client.id
        typed = self.typed_payments() if same else {}
        paid_up: tuple[str, str] | None = None  # (case id, kind) of a payment that left that kind owing nothing
        unfolded, self._unfolded = (self._unfolded if same else set()), set()
        if self._just_paid is not None:
            # Its form starts empty, but toward what the payment just added went: the next
            # installment of a plan is most often of the same fine or restitution (K45-06: back
            # on Restitution, the fine's next installment, added with Enter, went there).  Not
            # where that payment left nothing owed: the form opens on what still is (K315-01).
            case_id, kind = self._just_paid[0], self._just_paid[1].kind
            money = next((case.money for case in client.cases if case.id == case_id), None)
            typed[case_id] = {"kind": kind} if money is not None and still_owed(money, kind) > 0 else {}
            paid_up = (case_id, kind) if not typed[case_id] else None
        self.client, self.as_of = client, as_of
        place = self.focus_place()
        # A button, tick or ledger the mouse is pressing now, its press having saved a count (B63-02).
        focused = self.window().focusWidget()
        pressed = (place is not None and isinstance(focused, (QAbstractButton, QTableView)) and self.controls.get(place) is focused
                   and bool(QApplication.mouseButtons() & Qt.MouseButton.LeftButton))
        checked = focused.isChecked() if pressed and isinstance(focused, QAbstractButton) and focused.isCheckable() else None
        content = QWidget()
        layout = QVBoxLayout(content)
        self.payment_forms, self.condition_boxes, self.ledger_models, self.controls, self.notes = {}, [], [], {}, {}
        self._counts_refused = {}
        self._tallies = []
        items = _with_caps(checklist(client, as_of), probation_cap_items(screening))
        if not client.cases:
            layout.addWidget(QLabel("No cases yet: add them on the Record tab."))
        self.where_left_said = where_left_said(client, items, as_of)
        self.where_left = QLabel(self.where_left_said)  # H130-03: a long record's open items, found first
        self.where_left.setWordWrap(True)
        self.where_left.setVisible(bool(self.where_left.text()))
        layout.addWidget(self.where_left)
        self.left_in = [case.id for case in cases_left(client, items, as_of)] if self.where_left_said else []
        for index, case in enumerate(client.cases):
            layout.addWidget(self._case_box(index, case, [i for i in items if i.case == case.id]))
        general = [i for i in items if i.case == ""]
        for item in general:
            layout.addWidget(QLabel(("✓ " if item.done else "• ") + item.label))
        layout.addStretch(1)
        self._just_paid = None
        self._swap_page(content, place)
        if pressed and self.click_across is None:
            ClickAcrossRebuild(self, place, checked)
        for case_id in unfolded:
            self._unfold_payment(case_id)
        self.put_back_payments(typed)
        if paid_up is not None:
            self._say_form_moved_on(*paid_up)
        removed, self._payment_removed = self._payment_removed, None
        ledger = self.control(removed[0], "payments") if removed is not None else None
        if ledger is not None:
            # The line after the one taken out (the last, when it was the last) is chosen, as
            # a list does after a delete: the rebuilt ledger had no line chosen, so a screen
            # reader said its first payment and a second Delete took nothing out (K38-03).
            ledger.setCurrentIndex(ledger.model().index(min(removed[1], ledger.model().rowCount() - 1), 0))
            # Chosen by the user's removal, not by the keyboard's arriving: a second Delete goes on (Q98-01).
            ledger.arrived_on = False

    def words(self) -> str:
        """What the page shows, in words, as a screen reader cannot read it from a page it has no
        control on: each case's title and lines ("Case BA100001: PC 459: Probation
        completed 2024-05-01."), a mark or a percentage passed over."""
        said: list[str] = []
        for widget in self.page.findChildren(QWidget) if self.page is not None else []:
            if not widget.isVisibleTo(self.page):
                continue  # a paid-up case's folded form: "Payment:. Date:." said of nothing shown
            if isinstance(widget, QGroupBox):
                said.append(f"{widget.title()}:")
            elif isinstance(widget, QLabel) and any(letter.isalpha() for letter in widget.text()):
                line = widget.text().rstrip(".")
                if line[:2] in ("✓ ", "• "):  # a line of no case's, its mark in its words
                    line = ("Done: " if line.startswith("✓") else "To do: ") + line[2:]
                said.append(f"{line}.")
        return " ".join(said)

    def payment_not_added(self, *, file_refuses: bool = False) -> str | None:
        """What to say of a payment typed on this page but not added (None when there is
        none): leaving the client drops the page, and the payment with it.  Its amount is said
        (as typed where it is no amount), so that Discard names what it throws away (K305-01);
        where the file refuses every save (`file_refuses`), not that Add payment records it."""
        for case_id, form in self.payment_forms.items():
            if form.amount.text().strip() or form.receipt.text().strip():
                case = next((c for c in self.client.cases if c.id == case_id), None) if self.client else None
                typed = read_whole(form.amount.text())
                amount = ("" if typed.blank else f" of ${typed.number:,}" if typed.number is not None and not typed.step
                          else f" of “{form.amount.text().strip()}”")
                how = "" if file_refuses else " (Add payment records it)"
                return f"Checklist: the payment{amount} typed for case {self._heading(case) if case else case_id} is not added{how}"
        return None

    def _say_form_moved_on(self, case_id: str, paid: str) -> None:
        """Under the form of `case_id`, and aloud, that the payment just added paid `paid` in full
        and the form is on the other kind now (K315-01): the keyboard stays in the amount, away
        from the kind, and a screen-reader user's next Enter went toward the fine unsaid (A320-02).
        Said after the save's "Saved: ..." (said once this rebuild is done), not before it."""
        form = self.payment_forms.get(case_id)
        now = form.kind.currentData() if form is not None else None
        if now in (None, paid):
            return
        named = {"restitution": "restitution", "fine": "the fine"}
        moved = f"{named[paid][0].upper()}{named[paid][1:]} is paid in full: the next payment goes toward {named[now]}."

        def say() -> None:
            if not form.amount.text().strip():  # nothing typed for the next one meanwhile
                form.say_note(moved)
                # In sight under the amount once laid out: at 200% it came under the fold.
                QTimer.singleShot(0, form, lambda: self.ensureWidgetVisible(form.message, 0, 4))

        QTimer.singleShot(0, form, say)

    def typed_payments(self) -> dict[str, dict[str, str]]:
        """The payments typed on this page and not added, by case: what the forms hold, as
        typed (kept in the client's draft, so that a program killed loses none: U31-08)."""
        return {case_id: {"kind": form.kind.currentData() or "", "date": form.date.text(), "amount": form.amount.text(),
                          "receipt": form.receipt.text()}
                for case_id, form in self.payment_forms.items() if form.amount.text().strip() or form.receipt.text().strip()}

    def put_back_payments(self, typed: dict) -> None:
        """Put payments kept by `typed_payments` back in the forms of the page shown (a case
        no longer there, or what is not a kept payment, is passed over)."""
        for case_id, fields in typed.items():
            form = self.payment_forms.get(case_id)
            if form is None or not isinstance(fields, dict):
                continue
            self._unfold_payment(case_id)  # a paid-up case's form, folded: where the typing is seen
            index = form.kind.findData(fields.get("kind"))
            if index >= 0:
                form.kind.setCurrentIndex(index)
            for field, key in ((form.date, "date"), (form.amount, "amount"), (form.receipt, "receipt")):
                if isinstance(fields.get(key), str):
                    field.setText(fields[key])

    def typed_checks(self) -> list[dict]:
        """The completed dates and counts typed on this page and not yet saved (the box not
        left), as typed: kept in the client's draft with the payments, so that a program killed
        loses none (U31B-02).  Each: case id, condition position, "completed" or "count", text."""
        if self.client is None:
            return []
        cases = {case.id: case for case in self.client.cases}
        typed = []
        for (case_id, kind, position), control in self.controls.items():
            case = cases.get(case_id)
            if case is None or kind not in ("completed", "count") or position >= len(case.conditions):
                continue
            condition = case.conditions[position]
            if kind == "completed" and isinstance(control, DateField):
                text, stored = control.text().strip(), condition.completed_on.isoformat() if condition.completed_on else ""
            elif kind == "count" and isinstance(control, QSpinBox):
                # Nothing recorded is no "0": a "0" typed over "? of 30" is kept (S62-01).
                text, stored = control.cleanText(), "" if condition.done is None else str(condition.done)
                if control.specialValueText() and control.text() == control.specialValueText():
                    text = stored  # "? of 30": nothing typed (Z62-04)
            else:
                continue
            if text != stored:
                typed.append({"case": case_id, "position": position, "kind": kind, "text": text})
        return typed

    def put_back_checks(self, typed: list) -> QWidget | None:
        """Put completed dates and counts kept by `typed_checks` back in the boxes of the page
        shown, not saved (saved when the box is left, as typing is); the box of the last one,
        to take the focus.  A box no longer there, or what is not a kept entry, is passed over."""
        box = None
        for entry in typed:
            if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
                continue
            control = self.controls.get((entry.get("case"), entry.get("kind"), entry.get("position")))
            if entry.get("kind") == "completed" and isinstance(control, DateField):
                control.setText(entry["text"])
            elif entry.get("kind") == "count" and isinstance(control, QSpinBox):
                control.lineEdit().setText(control.prefix() + entry["text"] + control.suffix())
            else:
                continue
            box = control
        return box

    def control(self, case_id: str, kind: str, position: int = 0) -> QWidget | None:
        """The control at a place of the page shown: ("c1", "count", 0) is the hours done of
        case c1's first condition; kinds: tick, completed, count, payments and PAYMENT_CONTROLS."""
        return self.controls.get((case_id, kind, position))

    def first_control_of(self, case_id: str) -> QWidget | None:
        """The first control of a case's box the keyboard can reach now, or None (nothing on
        that case to tick, count or pay)."""
        for (case, _kind, _position), control in self.controls.items():
            if case == case_id and control.isVisibleTo(self) and control.isEnabled() and control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return control
        return None

    def first_control_left(self) -> QWidget | None:
        """The first control the keyboard can reach now of something still to do in the cases the
        page's first line names (`left_in`): not a paid-up case's folded "Enter a payment", a done
        tick or its day, nor a payment ledger, which says what was paid (a payment chosen in it,
        Delete a key away, on a case with nothing left here to do).  A case whose open item has
        no control here (a revocation, its sentence after it to find out) started the page there,
        on its fold, the fines owing in a case far below (H308's Left alone).  None where no such
        control is (their first control, then)."""
        for case_id in self.left_in:
            for (case, kind, position), control in self.controls.items():
                tick = self.controls.get((case, "tick", position)) if kind in ("tick", "count") else None
                done = (kind in ("enter payment", "completed", "payments", "remove payment")
                        or (isinstance(tick, QCheckBox) and tick.isChecked()))
                if (case == case_id and not done and control.isVisibleTo(self) and control.isEnabled()
                        and control.focusPolicy() & Qt.FocusPolicy.TabFocus):
                    return control
        return None

    def show_case_of(self, control: QWidget) -> None:
        """Scroll so the case box `control` is in starts at the top of the view, or as near as
        keeps `control` in sight: scrolled only as far as the control, its case sat at the
        view's foot, the title above it cut, the view full of cases with nothing left."""
        self.ensureWidgetVisible(control)
        box = control.parentWidget()
        while box is not None and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        if box is None or self.widget() is None:
            return
        top = box.mapTo(self.widget(), QPoint(0, 0)).y()
        bottom = control.mapTo(self.widget(), QPoint(0, control.height())).y()
        if bottom - top <= self.viewport().height():
            self.verticalScrollBar().setValue(top)

    def focus_place(self) -> Place | None:
        """Where the window's focus is on this page (None when it is elsewhere).

        The window's focus widget, not the application's: it is the control a dialog or a
        menu gives the focus back to, and, while Tab moves on from the spin box (whose
        focus-out commits the number), it is already the control Tab goes to."""
        focused = self.window().focusWidget()
        if focused is None or self.page is None or not self.page.isAncestorOf(focused):
            return None
        for place, widget in self.controls.items():
            if widget is focused or widget.isAncestorOf(focused):
                return place
        return None

    def _give_focus(self, place: Place) -> None:
        """Focus the control at `place` on the new page; if it is gone or disabled, the
        amount of the same payment form, else the case's first control, else the page's."""
        case_id, kind, _position = place
        wanted = [self.controls.get(place)]
        if kind in PAYMENT_CONTROLS:
            wanted.append(self.control(case_id, "amount"))
        if kind == "remove payment":  # disabled on the new page, nothing chosen: the ledger (K29-01)
            wanted += [self.control(case_id, "payments"), self.control(case_id, "amount")]
        wanted += [w for p, w in self.controls.items() if p[0] == case_id]
        wanted += list(self.controls.values())
        for widget in wanted:
            # Not a folded payment form's field (Q110-02): the focus went out of sight.
            if (widget is not None and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.isVisibleTo(self)):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _swap_page(self, page: QWidget, place: Place | None) -> None:
        """Show `page` in place of the current one, which is deleted later, never now: the
        rebuild may run inside one of its widgets' own event handlers (K20-01).  The focus
        moves to the new page before the old one is hidden: hiding a page that holds the
        focus would pass it to whatever comes next in the window."""
        self._frame_layout.addWidget(page)
        page.show()
        QTimer.singleShot(0, self, self._place_tallies)
        if place is not None:
            self._give_focus(place)
            # Once the new page is laid out: a payment's new ledger line pushed the amount the
            # focus stays in below the visible area, 7 px at 1360 x 820 (L64-02).
            QTimer.singleShot(0, self, self._focus_in_sight)
        old, self.page = self.page, page
        if old is not None:
            old.hide()
            self._frame_layout.removeWidget(old)
            old.setParent(None)  # out of the view (and of findChildren) at once, deleted later
            old.deleteLater()
            # Held until Qt deletes it: with no parent, the last Python reference going at the
            # end of this call must not delete it now, inside its own handler.
            self._retired = old

    def fix_in_sight(self, field: QWidget) -> None:
        """The keyboard to `field` (`field_to_fix`), it and the note that says what is wrong with it
        in sight once the page is laid out: just brought in front (Stay and fix, K155-05), its
        boxes were still pressed into the view's height, the field in sight there and out of it a
        moment later."""
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        key = next((place for place, control in self.controls.items() if control is field), None)
        note = None if key is None else self.notes.get((key[0], "tick", key[2])) or self.notes.get(key)

        def in_sight() -> None:
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if note is not None and note.isVisible():
                self.ensureWidgetVisible(note, 0, 0)
            self._focus_in_sight()

        QTimer.singleShot(0, self, in_sight)

    def _focus_in_sight(self) -> None:
        """Scroll the control the focus is in on the page shown into sight, if any of it is
        out of sight (as Tab to it would; not by a margin more, which moved the page at each
        tick near an edge)."""
        focused = self.window().focusWidget()
        if focused is None or self.page is None or not self.page.isAncestorOf(focused):
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # where it is now, not before the rebuild
        top_left = focused.mapTo(self.viewport(), focused.rect().topLeft())
        if not self.viewport().rect().contains(QRect(top_left, focused.size())):
            show_whole(self, focused, 8)  # the whole box, not a line edit's text cursor alone

    def _heading(self, case: Case) -> str:
        """`case` as its box and controls name it (`case_heading`), a number another of the
        client's cases has too by what its record holds, as the Record tab's list tells them
        apart: two boxes "Case 24CR042: PC 459" said nothing of which was which (K408-04)."""
        return case_heading(case, apart=self._shares_its_number(case))

    def _shares_its_number(self, case: Case) -> bool:
        """Another of the client's cases has `case`'s court number (`sharing_a_number`)."""
        return self.client is not None and case.id in sharing_a_number(self.client.cases)

    def _case_box(self, index: int, case: Case, items) -> QGroupBox:
        title = f"Case {case.case_number or case.id}"
        if told_by_what_the_record_holds(case) or self._shares_its_number(case):
            # Told apart by what the record holds, as the Record tab lists it (W80-01, B84-01).
            title = f"Case {self._heading(case)}"
            if names_no_court(case):
                # In the worksheet's words (X162-02): "Case c3 (VC 23152(a), convicted)" said
                # nothing of a court still to be found, beside a case headed with its county.
                title += f" — {court_of(case)}"
        else:
            if case.convictions:
                title += ": " + ", ".join(law_named(c.code, c.section) for c in case.convictions)
            if case.jurisdiction and case.jurisdiction != "CA":
                # Another state's case is named so, as the Record tab's list names it (U110-05):
                # "Case NV08-50005: NRS 205.240" read as a California case (Z112-02).
                title += f" · {case.jurisdiction}"
            elif self.client is not None and counties_differ(self.client.cases):
                # Cases in several counties: "Case MSB21003456: PC 148(a)(1)" and its fines owed
                # said nothing of which court they are paid to or asked of, as the worksheet heads
                # the case by it (L165-04).
                title += f" · {court_of(case)}"
        box = QGroupBox(title)
        form = QFormLayout(box)
        # Each control and bar says its case, as the payment forms do (C48-03): two cases'
        # "Community service" read alike, "Community service done, check box" in both, and
        # a screen-reader user ticked or counted without hearing which case (F49-02).
        on_case = f"on case {self._heading(case)}"
        for item in items:
            if item.kind == "condition":
                continue  # shown below as tickable rows
            line = QHBoxLayout()
            mark = QLabel("✓" if item.done else "•")
            mark.setAccessibleName("done" if item.done else "to do")
            line.addWidget(mark)
            label = QLabel(item.label)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            bar = _progress(item.progress, f"{item.label.split(':')[0]} {on_case}: progress")
            if bar is not None:
                line.addWidget(bar)
            form.addRow(line)
            # Past its last day: on that day ("this is its last day", days_left 0) there is no end
            # to confirm yet, and Completed set then is a day early (O23-03; R331-02).
            if item.kind == "probation" and not item.done and item.days_left is not None and item.days_left < 0:
                form.addRow(self._to_probation_status(case, item.label, on_case))
            # A parole or PRCS whose end is not known (H428-01's "Parole or PRCS after release",
            # "Parole: end date unknown"; one still running has its end as `due`): a line of
            # words only, on a page with a tick it was never reached nor heard.
            if item.kind == "supervision" and not item.done and item.due is None:
                form.addRow(self._to_record_tab(case, item.label, on_case, "supervision end", READ_ONLY_SUPERVISION,
                                                ("Enter its end (Record tab)", "enter its end on the Record tab",
                                                 SUPERVISION_END_TIP), self.supervision_end_asked))
            if item.kind in ("fines", "restitution") and case.money is not None:
                for note in possible_doubles_said(case.money, "fine" if item.kind == "fines" else "restitution"):
                    said = QLabel(note)
                    said.setWordWrap(True)
                    form.addRow(said)
        # One condition item per condition, in the record's order (checklist._case_items).
        condition_items = [item for item in items if item.kind == "condition"]
        for position, condition in enumerate(case.conditions):
            item = condition_items[position] if position < len(condition_items) else None
            form.addRow(self._condition_line(index, case.id, position, condition, item, on_case,
                                             finish_by_said(case, condition, self.as_of)))
        if _has_ledger(case):
            form.addRow(self._ledger(index, case))
        if not items and not case.conditions:
            form.addRow(QLabel("Nothing on this case's checklist."))
        return box

    def _to_probation_status(self, case: Case, said: str, on_case: str) -> QBoxLayout:
        """Under "Probation was to end ...: confirm with the court that it ended", the way to say
        what the court said: a bullet with nothing to click and no word of where its answer goes
        (H328-02: a client back a year later, every result "Needs review" until the case's
        Status, on the Record tab below the fold, said Completed).  Not offered on a file that cannot
        be written: it led to a Status whose change the file refused, and "Changes not saved" on
        leaving the client; said instead where the court's answer goes once it can (K338-03), a
        stop on Tab where the button was, heard with the line it answers: a plain label, it was
        passed over by the keyboard and never heard (K349-01)."""
        return self._to_record_tab(case, said, on_case, "probation status", READ_ONLY_STATUS,
                                   ("Set its status (Record tab)", "set its status on the Record tab",
                                    "The case's probation Status, on the Record tab: Completed once the court confirms "
                                    "it ended; Revoked, or the new end date, if it did not"), self.probation_status_asked)

    def _to_record_tab(self, case: Case, said: str, on_case: str, control: str, read_only: str,
                       button_words: tuple[str, str, str], asked) -> QBoxLayout:
        """Under the line `said`, a button to the Record tab field that answers it, named with
        the line and its case; a stop on Tab with `read_only`'s words on a read-only file.
        `button_words`: its text, what it does as heard after the line, its tooltip."""
        line = QHBoxLayout()
        if self.read_only():
            note = WordsOnTab(f"{said} {on_case}")  # ringed while the keyboard is on it (A359-01)
            note.setText(read_only)
            self.controls[(case.id, control, 0)] = note
            line.addWidget(note, 1)
            return line
        text, does, tip = button_words
        button = QPushButton(text)
        button.setAccessibleName(f"{said} {on_case}: {does}")
        button.setToolTip(tip)
        self.controls[(case.id, control, 0)] = button
        button.clicked.connect(lambda _checked=False, c=case.id: asked.emit(c))
        line.addWidget(button)
        line.addStretch(1)
        return line

    def _condition_line(self, case_index: int, case_id: str, position: int, condition, item=None,
                        on_case: str = "", by_when: str = "") -> QBoxLayout:
        """A condition's tick, its completed day and its count, each named with `on_case`
        ("on case BA100001") after the condition's label; `by_when`, what is left of it and by
        when (checklist.finish_by_said), under the tick."""
        line = QHBoxLayout()
        what = f"{condition.label} {on_case}".strip()
        if item is not None and item.done and not condition.is_met:
            # A standing order (stay away) whose probation is over: it lasted until then, so
            # it is done, as the other done items say it, and there is nothing to tick
            # (S27C-01: its box stayed empty, the order open, for good).  The item's label
            # says when probation ended.
            mark = QLabel("✓")
            mark.setAccessibleName("done")
            line.addWidget(mark)
            label = QLabel(item.label)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            return line
        tick = QCheckBox(condition.label)
        tick.setChecked(condition.is_met)
        tick.setAccessibleName(f"{what}: done")
        self.controls[(case_id, "tick", position)] = tick
        tick.clicked.connect(lambda checked, c=case_index, p=position: self._tick(c, p, checked))
        self.condition_boxes.append(tick)
        line.addWidget(tick)
        if by_when:
            # What is left and by when, as the client's handout gives it a "By when" (B118-02):
            # the tab said neither, and a paralegal planning with the client counted the days
            # from the probation line above.
            tick.setAccessibleDescription(by_when)
        # Under the tick line, not beside it (S140-04): a box in a line does not take the height
        # its wrapped words need, and "Completed: after 2026-11-22, the day of this checklist;
        # enter the date once it is done" showed one line of its two, cut top and bottom (12 pt),
        # or a column 123 pixels wide and one line tall, the page wider than its tab (15 pt).
        note = MessageLabel()
        self.notes[(case_id, "tick", position)] = note
        notes_under = [note]
        completed = condition.completed_on is not None and condition.completed_on <= self.as_of
        # Counted in full with no day given ("+50" over "30 of 80 hours"): the day field, empty,
        # as a tick's, for the day it was finished; a class ticked above had its day to correct,
        # the hours none, and no way here to give it (H328-03).  No day is guessed for it.
        undated = condition.completed_on is None and bool(condition.required) and condition.is_met
        if completed or undated:
            # The day it was done, as the done items above say theirs ("Probation completed
            # 2024-06-01"): a stay-away order ticked done showed a bare tick, its day only on
            # the Record tab (W28-04).  A field, the next Tab stop after the tick: the tick
            # records the checklist's day, and a class finished in 2024 read "completed
            # 2026-11-22" with no way to give the real day here (K29B-04).
            done_day = QWidget()  # "completed" and its day, one piece: beside the tick or under it
            day_line = QHBoxLayout(done_day)
            day_line.setContentsMargins(0, 0, 0, 0)
            day_line.addWidget(QLabel("completed"))
            done_on = DateField()
            done_on.wide_for_words()
            if completed:
                done_on.set_value(condition.completed_on)
            done_on.setAccessibleName(f"{what}: completed on")
            self.controls[(case_id, "completed", position)] = done_on
            done_on.editingFinished.connect(
                lambda c=case_index, p=position, f=done_on, k=(case_id, "tick", position): self._completed(c, p, f, k))
            done_on.textEdited.connect(self.typed)
            day_line.addWidget(done_on)
            line.addWidget(done_day)
            tick.setAccessibleDescription(f"Completed {condition.completed_on.isoformat()}" if completed
                                          else "Completed; the day not recorded")
        elif condition.completed_on is not None:
            # Stored before W21-19 refused it (or imported): the tick counts it done already.
            later = MessageLabel()
            later.say(f"Completed {condition.completed_on.isoformat()}, after today: correct the date on the Record tab")
            notes_under.append(later)
        line.addStretch(1)
        if condition.required:
            spin = CountBox()
            spin.setRange(0, max(condition.required * 2, 9999))
            spin.setValue(condition.done or 0)
            hours = condition.kind == "community_service"
            # A class counts sessions or hours, and the record does not say which: "12 of 30"
            # asked "30 what?" beside the client's page's "Done so far: 12 of 30" and the
            # worksheet's "done so far 12 of 30" (K59-02, P61-02).  Said as the same tally
            # (Z62-01); CountBox reads the number between the prefix and the suffix, so "+6"
            # still adds 6.
            spin.setPrefix("" if hours else "done so far ")
            spin.setSuffix(f" of {condition.required}" + (" hours" if hours else ""))
            if condition.done is None:
                # Nothing recorded: "? of 30", as the Outstanding column's "class ?/30", not a
                # 0 the note beside it says nobody recorded (U52-04, Z62-04).  Shown while the
                # box holds its minimum, 0: typing a count or "+6" replaces it.
                spin.setSpecialValueText(f"{spin.prefix()}?{spin.suffix()}")
            spin.setAccessibleName(f"{what}: how many done")
            unit = "hours" if condition.kind == "community_service" else "done"
            spin.setToolTip(f"How many are done in all; +6 adds 6 {unit} to the count, -2 takes 2 away")
            self.controls[(case_id, "count", position)] = spin
            spin.setKeyboardTracking(False)  # one edit per finished number, not per digit
            spin.valueChanged.connect(
                lambda value, c=case_index, p=position, s=spin, k=(case_id, "count", position): self._count(c, p, value, s, k))
            spin.none_done.connect(lambda c=case_index, p=position, s=spin, k=(case_id, "count", position): self._none_done(c, p, s, k))
            spin.refused.connect(lambda typed, why, k=(case_id, "tick", position), s=spin, c=condition:
                                 self._count_refused(typed, why, k, s, c))
            spin.lineEdit().textEdited.connect(self.typed)
            spin.lineEdit().textEdited.connect(lambda _text, k=(case_id, "tick", position): self._counts_refused.pop(k, None))
            # The count and its bar, one piece: beside the tick, or under it where the page has
            # not the room for the three side by side (`_place_tallies`).
            tally = QWidget()
            tallied = QHBoxLayout(tally)
            tallied.setContentsMargins(0, 0, 0, 0)
            tallied.addWidget(spin)
            line.addWidget(tally)
            if condition.done is None:
                # The box can only show 0: said beside it that nothing is recorded, not that
                # none were done (U52-04).  Typing the count records it.  Completed with no
                # count typed, it read "0 of 40 hours" beside the tick and the day, not a word
                # else (R56-03); there is nobody to ask then.
                what_done = "Hours" if condition.kind == "community_service" else "How many"
                unknown = (f"Completed; {what_done.lower()} done not recorded" if completed
                           else f"{what_done} done not recorded: ask the client or the program")
                note.say(unknown, "note")
                spin.setAccessibleDescription(f"{SPOKEN_KIND['note']}{unknown}")
            elif (condition.done or 0) > condition.required:
                # "400" for 40, a zero too many, ticked the hours done and took "Finish your
                # community service" off the handout with not a word, where money paid past
                # what was ordered is said (K29-03).  A note: more may have been done (K45-08).
                unit = " hours" if condition.kind == "community_service" else ""
                over = (f"{condition.done} of {condition.required}{unit} done, {condition.done - condition.required} "
                        "more than ordered: check the count")
                note.say(over, "note")
                spin.setAccessibleDescription(f"{SPOKEN_KIND['note']}{over}")
            # No bar for a count not recorded: "0%" said none done (U52-04), beside the tick
            # and the day of a condition completed with no count typed too (R55-09).
            unrecorded = condition.done is None
            bar = None if unrecorded else _progress(min(1.0, (condition.done or 0) / condition.required), f"{what}: progress")
            if bar is not None:
                tallied.addWidget(bar)
        style = tick.style()
        indent = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, tick)
                  + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, tick))
        rows = QVBoxLayout()
        rows.setSpacing(0)
        # Nested, the line would take its rows' nought as its own spacing, and its parts touch:
        # the count box its bar, "completed" its day. The form's spacing, as when it stood alone.
        line.setSpacing(style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))
        rows.addLayout(line)
        if completed or undated:
            # At 15 pt in a 667-wide window the day field, 279 wide, made the page 708 wide in
            # a tab of 631 (S143-02): under the tick where its line lacks the room, as a count.
            day_under = QHBoxLayout()
            day_under.setContentsMargins(indent, 0, 0, 0)
            day_under.addStretch(1)
            rows.addLayout(day_under)
            self._tallies.append((line, day_under, done_day, line.indexOf(done_day)))
        if condition.required:
            under = QHBoxLayout()
            under.setContentsMargins(indent, 0, 0, 0)
            under.addStretch(1)  # empty, no height, while the tally is beside the tick
            rows.addLayout(under)
            self._tallies.append((line, under, tally, -1))
        for said in notes_under:  # in line with the tick's words, as wide as the page leaves them
            said.setIndent(indent)
            rows.addWidget(said)
        if not by_when:
            return rows
        # Under the tick, in line with its words, on a line of its own: beside it, at 200% with
        # large text, they were a column seven lines tall, and the count's bar and percentage
        # were pushed past the page's edge (R120-03).
        said = QLabel(by_when)
        said.setWordWrap(True)
        said.setIndent(indent)
        rows.addWidget(said)
        return rows

    def _place_tallies(self) -> None:
        """Each condition's count and bar beside its tick where its line has the room for them,
        else under the tick, in line with its words: at 200% with large text (15 pt) in a
        window 667 wide, "52-week batterer program", "done so far 26 of 52" and the bar needed
        703 pixels where the page had 611, and the page scrolled sideways, the bars and the
        words under the ticks cut at its edge (L125-01).  First each payment form on two lines
        where its one lacks the room (L135-01): the form had made the page 1,083 wide."""
        if self.page is None or not (self._tallies or self.payment_forms):
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the lines where they are now
        over = max(0, self.page.width() - self.viewport().width())  # what the page is wider than its view
        if self.payment_forms:
            for form in self.payment_forms.values():
                # The ledger's width, not the form's: a folded form has none of its own.
                form.fit(form.parentWidget().contentsRect().width() - over)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the page as wide as the forms leave it
            over = max(0, self.page.width() - self.viewport().width())
        for line, under, tally, back_at in self._tallies:
            # The count as far from its bar as from the tick line's other parts (the line takes
            # its spacing from the page's form, known once it is in it): beside, as before.
            tally.layout().setSpacing(line.spacing())
            beside = line.indexOf(tally) >= 0
            room = line.geometry().width() - over
            needs = line.minimumSize().width() + (0 if beside else line.spacing() + tally.minimumSizeHint().width())
            if beside and needs > room:
                line.removeWidget(tally)
                under.insertWidget(0, tally)
            elif not beside and needs <= room:
                under.removeWidget(tally)
                line.insertWidget(back_at, tally)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_tallies()

    def _ledger(self, case_index: int, case: Case) -> QWidget:
        money = case.money
        assert money is not None
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 4, 0, 0)
        heading = QLabel("Payment ledger")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        if money.payments:
            # In date order, as a ledger reads: a receipt brought in late had been listed last,
            # under payments made after it (K29-04).  Stable, so one day keeps the order entered.
            order = sorted(range(len(money.payments)), key=lambda i: money.payments[i].date)
            model = PaymentModel([money.payments[i] for i in order], widget)
            self.ledger_models.append(model)
            table = Ledger()
            table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
            table.setModel(model)
            table.setAccessibleName(f"Payments on case {self._heading(case)}")
            self.controls[(case.id, "payments", 0)] = table
            table.verticalHeader().hide()
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # one to remove at a time
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            rows = min(len(money.payments), 6)
            table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize() + 4)
            layout.addWidget(table)
            if self._just_paid is not None and self._just_paid[0] == case.id:
                # A ledger of more than six rows scrolls: the payment just added went in below
                # them, out of sight, the total changing but not the line typed (A38-02).
                shown = [money.payments[i] for i in order]
                if self._just_paid[1] in shown:
                    row = len(shown) - 1 - shown[::-1].index(self._just_paid[1])  # of equal ones, the last entered
                    if len(shown) > rows:
                        # And the line Tab into the ledger chooses: it chose the first, out of
                        # sight above the one shown, for Delete to take out (L64-01).  A ledger
                        # shown whole keeps its first line (K45-03).
                        table.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
                    # Once laid out: before it is shown, the table has no height to scroll in.
                    QTimer.singleShot(0, table, lambda t=table, r=row: t.scrollTo(t.model().index(r, 0)))
            # A payment entered twice, or on the wrong case, is found later, often after other
            # edits that Undo would take back first: the ledger had no way to take one out (K29-01).
            # No &R: Alt+R is the Record tab.  Its key is Delete in the ledger, where the payment
            # is chosen (X30-01: the button had no letter and no key, only Tab from the ledger);
            # a letter would be shared by each case's ledger (as "Add &payment"'s was: K38-07).
            remove = QPushButton("Remove payment (Delete)")
            remove.setAccessibleName(f"Remove the chosen payment from case {self._heading(case)}")
            remove.setToolTip("Choose a payment in the ledger first")
            remove.setEnabled(False)
            self.controls[(case.id, "remove payment", 0)] = remove

            def chosen(_selected=None, _deselected=None, table=table, remove=remove) -> None:
                row = self._chosen_row(table)
                remove.setEnabled(row is not None)
                remove.setToolTip("Take this payment out of the ledger (Undo puts it back)" if row is not None
                                  else "Choose a payment in the ledger first")

            table.selectionModel().selectionChanged.connect(chosen)
            remove.clicked.connect(lambda _checked=False, c=case_index, t=table, o=order: self._remove(c, self._chosen_row(t), o))
            QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table, context=Qt.ShortcutContext.WidgetShortcut,
                      activated=lambda c=case_index, t=table, o=order: self._remove_by_key(c, t, o))
            line = QHBoxLayout()
            line.addWidget(remove)
            line.addStretch(1)
            layout.addLayout(line)
        else:
            said = QLabel(_no_payment_lines_said(money))
            # Wrapped: "... (the case's “Fines paid”, typed or imported)." on one line made the
            # page 1,160 wide at 200% with 15 pt text, in a tab of 631 (L135-02).
            said.setWordWrap(True)
            layout.addWidget(said)
        sentence = case.sentence
        judged = (sentence.judgment_date if sentence is not None else None) or case.disposition_date
        since = None if judged is None else ("judgment" if case.outcome == "convicted" else "disposition", judged)
        payment_form = PaymentForm(money, self.as_of, since=since, case_name=f"case {self._heading(case)}")
        payment_form.add_payment.connect(lambda p, c=case_index: self._pay(c, p))
        self.payment_forms[case.id] = payment_form
        for field in (payment_form.date, payment_form.amount, payment_form.receipt):
            field.textEdited.connect(self.typed)
        for kind, field in zip(PAYMENT_CONTROLS, (payment_form.kind, payment_form.date, payment_form.amount,
                                                  payment_form.receipt, payment_form.button)):
            self.controls[(case.id, kind, 0)] = field
        layout.addWidget(payment_form)
        if _paid_up(money) and not (self._just_paid is not None and self._just_paid[0] == case.id):
            # Paid up: the form is folded behind a button, not gone (a payment may still need
            # entering).  Open on every case, a long record (14 cases) listed 14 entry lines
            # under cases with nothing owed (Q110-02).  Open still after the payment that paid
            # it up, where the focus is.
            payment_form.hide()
            enter = QPushButton("Enter a payment")
            enter.setAccessibleName(f"Enter a payment on case {self._heading(case)}")
            enter.setToolTip("Nothing is owed on this case; a payment may still need entering")
            self.controls[(case.id, "enter payment", 0)] = enter
            enter.clicked.connect(lambda _checked=False, c=case.id: self._unfold_payment(c, focus=True))
            line = QHBoxLayout()
            line.addWidget(enter)
            line.addStretch(1)
            layout.addLayout(line)
        return widget

    def folded_payments(self) -> list[QWidget]:
        """The "Enter a payment" buttons shown, each a paid-up case's payment form folded."""
        return [control for (_case, kind, _position), control in self.controls.items()
                if kind == "enter payment" and control.isVisibleTo(self)]

    def fold_again(self) -> None:
        """Forget the folds opened: a client opened anew starts with them shut (Q113-04)."""
        self._unfolded = set()

    def _unfold_payment(self, case_id: str, focus: bool = False) -> None:
        """Show a paid-up case's payment form in place of its "Enter a payment" button."""
        form, enter = self.payment_forms.get(case_id), self.control(case_id, "enter payment")
        if form is None or enter is None or not form.isHidden():
            return
        self._unfolded.add(case_id)
        form.show()
        if focus:
            form.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, self, self._focus_in_sight)
        enter.hide()

    # ---- edits -----------------------------------------------------------------------

    def _edited(self) -> Client:
        assert self.client is not None
        return copy.deepcopy(self.client)

    def _tick(self, case_index: int, position: int, checked: bool) -> None:
        client = self._edited()
        case = client.cases[case_index]
        condition = case.conditions[position]
        key = (client.id, case.id, position)
        if checked:
            before = condition.done
            condition.completed_on = condition.completed_on or self.as_of
            if condition.required:
                condition.done = max(condition.done or 0, condition.required)
                remembered = (before, condition.done, condition.completed_on)
                step = self._last_step()
                self.edit_requested.emit(client, f"Tick {condition.label}")
                if self.undo_stack is None or self._last_step() is not step:  # saved: the tick is the newest step
                    self._before_tick[key] = (*remembered, self._last_step())
                return
        else:
            ticked_on, condition.completed_on = condition.completed_on, None
            if condition.required and (condition.done or 0) >= condition.required:
                before, set_to, day, step = self._before_tick.get(key, (None, None, None, None))
                # Not the tick's any more when its day is gone: the tick undone (Edit > Undo)
                # and the count typed on the Record tab since, the untick put back the count
                # from before the undone tick, 12 of 30 for the 30 typed (Z62-03); nor when
                # the tick is undone, whatever was typed since: the same count and day typed
                # again are the paralegal's, not the tick's (B63-01).
                if (set_to is None or set_to != condition.done or day != ticked_on or (before or 0) >= condition.required
                        or not self._still_done(step)):
                    # 5 of 8 ticked by mistake, unticked, had become 7 of 8, a count the client
                    # never did (K29B-02).  Not known here: the paralegal gives it.
                    self._untick_not_made(case.id, position, condition)
                    return
                condition.done = before
                del self._before_tick[key]
        self.edit_requested.emit(client, f"{'Tick' if checked else 'Untick'} {condition.label}")

    def _last_step(self) -> object:
        """The undo stack's newest step done (None without a stack, or with none done)."""
        stack = self.undo_stack
        return stack.command(stack.index() - 1) if stack is not None and stack.index() > 0 else None

    def _still_done(self, step: object) -> bool:
        """Whether `step` (a tick's) is among the steps the undo stack has done: not once
        undone, nor dropped with the redo history when another edit followed the undo.
        Without a stack (the view alone) a tick is taken as done."""
        stack = self.undo_stack
        if stack is None:
            return True
        return any(stack.command(index) is step for index in range(stack.index()))

    def _untick_not_made(self, case_id: str, position: int, condition) -> None:
        """Keep the box ticked and say why: the count still says done, and the one before the
        tick is not known, so the count box is where to set it."""
        tick = self.control(case_id, "tick", position)
        if isinstance(tick, QCheckBox):
            tick.setChecked(True)
        unit = " hours" if condition.kind == "community_service" else ""
        text = (f"Still done: {condition.done} of {condition.required}{unit} counts it done, and the count before "
                "it was ticked is not known: set how many are done in the box on the right, then untick it.")
        self.notes[(case_id, "tick", position)].say(text, "note")
        spin = self.control(case_id, "count", position)
        if spin is not None:
            spin.setAccessibleDescription(text)  # heard where the focus goes, not only seen
            spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _completed(self, case_index: int, position: int, field: DateField, place: Place) -> bool:
        """The completed date typed over the one the tick recorded; refused, and said beside
        the tick, when it is not a date or is after the checklist's day (W21-19's rule on the
        Record tab: it would count the condition done before it was).  Whether it was saved
        (or refused by the file) or said refused: False where it was left as stored."""
        assert self.client is not None
        if self.controls.get((place[0], "completed", position)) is not field:
            # A field of a page no longer shown, left once the next record was: its date is
            # not this record's (U31-02: it was saved on the next client opened).
            return False
        note = self.notes[place]
        day, problem = self._completed_check(field)
        if day is None and not field.text().strip() and self.client.cases[case_index].conditions[position].completed_on is None:
            problem = None  # counted in full, its day not given: left empty, nothing to say (H328-03)
        # The note shown or gone changes the case box's height: laid out again once it is, as a
        # rebuilt page is (`_swap_page`).  With S143-02's day under the tick, the box's other
        # wrapped lines (the probation line, the AB 1950 note) were left cut to a line.
        QTimer.singleShot(0, self, self._place_tallies)
        if problem:
            note.say(f"Completed: {problem}")
            # Heard on the field too, where the focus is (X30-06): beside the tick alone, in
            # red, the refusal was never said to a screen-reader user, and the date seemed taken.
            # Without "Completed:": heard just after the field's name, "... completed on", it said
            # it twice in a row (K427-01); the words under the tick keep it, to say whose they are.
            field.setAccessibleDescription(f"{SPOKEN_KIND['error']}{problem}")
            if field.window().focusWidget() is not field:
                # Left by Tab (or a click elsewhere): the description is heard on a field the
                # keyboard has gone from, and the red words under the tick by nobody; the
                # date seemed taken (K427-04).  Said once, with the field's name, as a Record
                # field's note is said away from it.  Not where the window lost the keyboard,
                # the field still its own: "Changes not saved" asks about it in the same words
                # (Ctrl+L), and coming back to the window is coming back to the field (R431-02).
                announce(note, f"{SPOKEN_KIND['error']}{field.accessibleName()}: {problem}")
            return True
        note.say(None)
        field.setAccessibleDescription(resting_description(field))
        if day == self.client.cases[case_index].conditions[position].completed_on:
            return False  # left unchanged (Tab through, or the page rebuilt): no edit
        client = self._edited()
        condition = client.cases[case_index].conditions[position]
        key = (client.id, client.cases[case_index].id, position)
        if key in self._before_tick and self._before_tick[key][2] == condition.completed_on:
            # The real day given after the tick (K29B-04): still the tick's, to untick.
            self._before_tick[key] = (*self._before_tick[key][:2], day, self._before_tick[key][3])
        condition.completed_on = day
        self.edit_requested.emit(client, f"{condition.label}: completed {day.isoformat()}")
        return True

    def _completed_check(self, field: DateField) -> tuple[date | None, str | None]:
        """The day a completed field holds, and why it cannot be taken (None when it can)."""
        problem = field.problem()
        day = None if problem else field.value()
        if problem is None and day is None:
            problem = "enter the day it was done (untick it if it is not done)"
        elif day is not None and day > self.as_of:
            problem = f"after {self.as_of.isoformat()}, the day of this checklist; enter the date once it is done"
        return day, problem

    def _completed_fields(self) -> list[tuple[int, int, DateField]]:
        """(case index, condition position, field) of each completed date on the page shown."""
        assert self.client is not None
        cases = {case.id: index for index, case in enumerate(self.client.cases)}
        return [(cases[case_id], position, field) for (case_id, kind, position), field in self.controls.items()
                if kind == "completed" and case_id in cases and isinstance(field, DateField)]

    def take_typing(self) -> bool:
        """Save the completed date or count typed in the box the focus is in, not yet left, as
        leaving it would (the client left, an undo, Ctrl+S).  Left only once the next record was
        shown, it was saved there: on the next client opened, or over the record an undo had
        put back, or (Ctrl+N) refused as "changed on another desk" and lost (U31-02, U31-06).
        Whether there was typing to take: saved, refused (the page shown as stored) or, a date
        not taken, said beside its tick; each said there, so Ctrl+S says nothing more (K349-03)."""
        from shiboken6 import isValid

        focus = QApplication.focusWidget()
        if self.client is None or focus is None:
            return False
        for case_index, position, field in self._completed_fields():
            if field is focus:
                return self._completed(case_index, position, field, (self.client.cases[case_index].id, "tick", position))
        for (_case_id, kind, _position), control in list(self.controls.items()):
            if kind == "count" and isinstance(control, QSpinBox) and (control is focus or control.isAncestorOf(focus)):
                before = control.value()
                control.interpretText()  # the number typed becomes its value: `_count` saves it
                return not isValid(control) or control.value() != before
        return False

    def date_not_taken(self) -> str | None:
        """What to say of a completed date typed on this page that cannot be saved (not a date,
        after the checklist's day); None when there is none.  Leaving the client drops the
        page, and the typing with it, without a word (U31-02)."""
        found = self._date_not_taken()
        return found[1] if found is not None else None

    def _date_not_taken(self) -> tuple[DateField, str] | None:
        """`date_not_taken`'s field and words."""
        if self.client is None:
            return None
        for case_index, position, field in self._completed_fields():
            condition = self.client.cases[case_index].conditions[position]
            stored = condition.completed_on.isoformat() if condition.completed_on else ""
            _day, problem = self._completed_check(field)
            if problem and field.text().strip() != stored:
                return field, f"Checklist: {condition.label}: completed {problem}"
        return None

    def field_to_fix(self) -> QWidget | None:
        """The box of the first typing on this page that cannot be saved, in the order leaving the
        client names them: a payment typed and not added, a completed date that is not a date, a
        count refused; None where there is none.  "Stay and fix" took the keyboard to a Record
        field only, and left it where it was for a bad date typed here (K155-05)."""
        for form in self.payment_forms.values():
            if form.amount.text().strip() or form.receipt.text().strip():
                return form.amount if form.amount.text().strip() else form.receipt
        found = self._date_not_taken()
        if found is not None:
            return found[0]
        return next((self.controls.get(place) for place in self._counts_refused if self.controls.get(place) is not None), None)

    def discard_typing(self) -> None:
        """The user chose to discard what cannot be saved: the completed dates show what is
        stored again, and a payment typed and not added goes.  Kept, they were asked about
        again on leaving the next client, whose Checklist had not been shown since (U31-03)."""
        if self.client is None:
            return
        self._counts_refused = {}
        for form in self.payment_forms.values():
            form.amount.clear()
            form.receipt.clear()
        for case_index, position, field in self._completed_fields():
            stored = self.client.cases[case_index].conditions[position].completed_on
            if self._completed_check(field)[1] and field.text().strip() != (stored.isoformat() if stored else ""):
                field.set_value(stored)

    def _count(self, case_index: int, position: int, value: int, spin: QSpinBox, place: Place) -> None:
        if self.controls.get(place) is not spin:
            return  # a box of a page no longer shown, left once the next record was (U31-06)
        client = self._edited()
        condition = client.cases[case_index].conditions[position]
        # A count set by hand: the one from before a tick is no longer the one to give back.
        self._before_tick.pop((client.id, client.cases[case_index].id, position), None)
        short_before = not condition.is_met
        condition.done = value
        self.edit_requested.emit(client, f"{condition.label}: {value} done")
        if short_before and condition.is_met:
            self._say_the_day_can_be_given(client.cases[case_index].id, position, condition.label)

    def _say_the_day_can_be_given(self, case_id: str, position: int, label: str) -> None:
        """Hours counted in full show the day field beside the tick (H328-03), behind the keyboard
        where Tab went on: a screen reader heard "Saved: ... 40 done" and not a word of the field
        (A333-02).  Said after the save's line (said once this rebuild is done), from the field,
        where the save was made and the field is there, empty."""

        def say() -> None:
            field = self.controls.get((case_id, "completed", position))
            if isinstance(field, DateField) and not field.text().strip():
                announce(field, f"{label} is counted in full: the day it was finished can be typed in its completed box, "
                                "beside its tick.")

        QTimer.singleShot(0, self, say)

    def _none_done(self, case_index: int, position: int, spin: QSpinBox, place: Place) -> None:
        """"0" typed over "? of 30": the client or the program says none are done yet.  It
        was saved as nothing, and the box went back to "?" beside "How many done not recorded:
        ask the client", asking again what had just been answered (S62-01)."""
        if self.controls.get(place) is not spin or self.client is None or self.client.cases[case_index].conditions[position].done is not None:
            return  # a box no longer shown, or its 0 saved already (Enter, then the box left)
        self._count(case_index, position, 0, spin, place)

    def _count_refused(self, typed: str, why: str, place: Place, spin: CountBox, condition) -> None:
        """Say beside the tick, and on the box (where the focus may still be), that a count
        is not taken (CountBox.refused), and what to enter instead."""
        if self.controls.get((place[0], "count", place[2])) is not spin:
            return  # a box of a page no longer shown
        hours = condition.kind == "community_service"
        done = f"{condition.done or 0} of {condition.required}{' hours' if hours else ''}"
        what = "Hours done" if hours else "How many done"
        if why == "nothing recorded":
            text = f"{what}: {step_over_nothing(read_whole(typed))}"
        elif why == "below zero":
            text = f"{what}: {typed} is not taken: only {done} {'are' if hours or condition.done != 1 else 'is'} done"
        else:
            sign = typed[0] if typed[:1] in ("+", "-") else ""  # "+2.5": enter +2
            try:
                whole = int(abs(float(typed.replace(" ", "").replace(",", "."))))
            except ValueError:
                whole = None
            text = f"{what}: whole {'hours' if hours else 'numbers'} only; {typed} is not taken (still {done})"
            if whole is not None:
                text += f": enter {sign}{whole} now, the rest once it makes a whole {'hour' if hours else 'one'}"
        self.notes[place].say(text)
        spin.setAccessibleDescription(f"{SPOKEN_KIND['error']}{text}")
        self._counts_refused[place] = f"Checklist: {condition.label}: {text[0].lower()}{text[1:]}"

    def count_not_taken(self) -> str | None:
        """What to say of a count typed on this page and refused (CountBox.refused), None when
        there is none: refused as the box was left on the way out of the client (Alt+Left,
        a click on "Caseload"), it was said beside a tick no longer shown (K45-07)."""
        return next(iter(self._counts_refused.values()), None)

    @staticmethod
    def _chosen_row(table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() is not None else []
        return rows[0].row() if len(rows) == 1 else None

    def _remove_by_key(self, case_index: int, table: Ledger, order: list[int]) -> None:
        """Delete in the ledger: the payment chosen is taken out at once (L64-01), unless the
        keyboard only arrived on its line, when the user is asked first, naming it (Q98-01)."""
        row = self._chosen_row(table)
        if row is None:
            return
        if table.arrived_on:
            payment = self.client.cases[case_index].money.payments[order[row]]
            receipt = f", receipt {payment.receipt}" if payment.receipt else ""
            said = f"${payment.amount:,} toward {payment.kind} ({payment.date.isoformat()}{receipt})"
            if not ask_remove_payment(self, said, self._heading(self.client.cases[case_index])):
                return
        self._remove(case_index, row, order)

    def _remove(self, case_index: int, row: int | None, order: list[int]) -> None:
        """Remove the payment shown on `row`; `order`: the ledger's index of each row shown."""
        if row is None:
            return
        client = self._edited()
        money = client.cases[case_index].money
        assert money is not None
        payment = money.remove_payment(order[row])
        self._payment_removed = (client.cases[case_index].id, row)  # the ledger's line to choose next
        said = f"Remove payment of ${payment.amount:,} toward {payment.kind} ({payment.date.isoformat()})"
        # Which ledger, where the client has two: Undo's "Undone: Remove payment of $300 toward
        # fine (2026-11-22)" named no case, where the question before it did (K439-02).
        self.edit_requested.emit(client, self._of_ledger(said, "from", client, case_index))

    def _of_ledger(self, said: str, word: str, client: Client, case_index: int) -> str:
        """A payment's step, with its case where the client has two ledgers ("... from case
        BA200002"); as it was where one alone could be meant (K439-02, K439-03)."""
        if sum(map(_has_ledger, client.cases)) > 1:
            return f"{said} {word} case {self._heading(client.cases[case_index])}"
        return said

    def _pay(self, case_index: int, payment: Payment) -> None:
        client = self._edited()
        money = client.cases[case_index].money
        assert money is not None
        money.record_payment(payment)
        self._just_paid = (client.cases[case_index].id, payment)
        # The day names which installment Edit > Undo takes back: two of $50 read the same (U31-01);
        # the case, where two have a ledger, as a payment removed says it (K439-02).
        said = f"Payment of ${payment.amount:,} toward {payment.kind} on {payment.date.isoformat()}"
        self.edit_requested.emit(client, self._of_ledger(said, "to", client, case_index))
        # Stored (or shown over another desk's save, A64), the rebuild took it and emptied the
        # form; refused, the save raised and nothing was rebuilt: left set, the next rebuild
        # (a tick) would have emptied the form the typing stayed in (K285-01).
        self._just_paid = None
