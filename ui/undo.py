"""Undoable edits: each command replaces a client's whole record through the repository.

A command holds the record before and after the edit.  `redo` saves "after", `undo`
saves "before", both through `Repository.save_client`, so the database and its audit log
follow every step back and forth (the audit log keeps the undo too: nothing is erased).
(Model: orange-canvas-core's commands that change the document, the view following.)

Adding a client is undoable too (`AddClientCommand`): undo removes the client through
`Repository.delete_client`, redo puts them back under the same number, as the undo of a
delete does (U33-02).  (Before, redo added the record again under a new number, the caseload
never reusing one: the workspace keeps a forwarding table, old number -> new, through which
every later command finds its client.)  A client made at intake is added the same way.

Deleting a client is undoable (`DeleteClientCommand`): undo puts the client back whole,
under the same number, through `Repository.restore_client`.

Merging a possible duplicate into a client is undoable (`MergeCommand`): undo puts both
records back as they were, through `Repository.unmerge` (M43).

Renaming a clinic event is undoable (`RenameEventCommand`): undo puts back under the old name
the clients the rename moved, through `Repository.rename_event` again.

An attorney's review is undoable (`ReviewCommand`): undo takes the reviews back through
`Repository.withdraw_reviews`, redo keeps them again as they were.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from clinic_app.model import Client
from clinic_app.wording import born_said
from clinic_app.screening_format import FormatError
from db.errors import CaseloadError, ChangedElsewhere, ClientNotFound
from db.repository import review_contents


def push_done(stack, command: QUndoCommand) -> None:
    """Do `command`, then put it on `stack` only if that worked.

    QUndoStack.push runs redo() and keeps the command whatever happens: a save that failed
    (the caseload busy with another desk's re-screen) stayed on the stack as an edit that
    Ctrl+Z would "undo" (store check S18-09).  The first redo is done here, where its error
    reaches the caller with nothing pushed; push's own call is skipped.
    """
    try:
        command.redo()
    except FormatError as error:
        # A record stored before the record's check refused it (an end before the conviction,
        # K386): a merge taking it raised the refusal as the crash report (K391-02). Said as a
        # Checklist change on it is (R389-02); nothing was stored, nothing pushed.
        from ui.services import not_saved_said

        raise CaseloadError(not_saved_said(_refused_said(command, error, undo=False))) from error
    command.skip_next_redo = True
    stack.push(command)


def step_done(stack, *, undo: bool) -> None:
    """Undo (or redo) the stack's next step, moving the stack only if that worked.

    QUndoStack.undo and redo move the stack whatever the command does: an undo refused
    (the caseload busy, or the client's record changed on another desk since) was said to
    be "Undone", and the next Ctrl+Z went on to an older edit (storage check D21-09); a step
    refused for another desk's change is dropped from the history (`_drop`).  As
    in `push_done`, the step is done here, where its error reaches the caller with the
    stack unmoved; the stack's own call is skipped.
    """
    command = stack.command(stack.index() - 1 if undo else stack.index())
    try:
        if undo:
            command.undo()
        else:
            command.redo()
    except ChangedElsewhere as error:
        text = command.refused(undo=undo) if isinstance(command, _Step) else refused_text(command.text(), undo=undo)
        _drop(stack, command, undo=undo)
        raise ChangedElsewhere(text, path=error.path) from error
    except ClientNotFound as error:
        # "There is no client number 1 in this caseload" named neither the step nor why (U31-07).
        text = (f'Cannot {"undo" if undo else "redo"} "{command.text()}": the client is no longer in this caseload '
                f"(removed in another window or on another desk). Nothing was changed. {_dropped_text(undo)}")
        _drop(stack, command, undo=undo)
        raise ClientNotFound(text, path=error.path) from error
    except FormatError as error:
        # A record stored before the record's check refused it (an end before the conviction,
        # K386), put right since: Ctrl+Z put it back through the save, whose refusal rose as the
        # crash report (K391-01). It can never be saved, so the step is dropped, as above.
        text = (f'Cannot {"undo" if undo else "redo"} "{command.text()}": the record it puts back cannot be saved: '
                f"{_refused_said(command, error, undo=undo)}. Nothing was changed. {_dropped_text(undo)}")
        _drop(stack, command, undo=undo)
        raise CaseloadError(text) from error
    if undo:
        command.skip_next_undo = True
        stack.undo()
    else:
        command.skip_next_redo = True
        stack.redo()


def _refused_said(command: QUndoCommand, error: FormatError, *, undo: bool) -> str:
    """The record check's refusal of the record a step puts back, named as the Record tab names
    it ("Case 24CR042, probation end: ...", R389-02) where the step holds that record."""
    from ui.services import impossible_facts

    record = (command.before if undo else command.after) if isinstance(command, SaveClientCommand) else None
    record = record if record is not None else getattr(command, "record", None)  # a merge's (MergeCommand)
    return (impossible_facts(record, titled=True) if record is not None else None) or str(error)


def _drop(stack, command: QUndoCommand, *, undo: bool) -> None:
    """Take a refused step out of the history.  Another desk's change (or removal) does not go
    away, so the step could never be done: kept, it was tried again at every Ctrl+Z and refused
    again, and the older steps, even other clients', could no longer be reached (U31B-01).
    (A step refused because the file was busy raises before this and stays, to be tried
    again: D21-09, W22-07.)  QUndoStack deletes an obsolete command instead of doing it."""
    command.setObsolete(True)
    if undo:
        stack.undo()
    else:
        stack.redo()
        # Its redo drops the step without moving the index, so without a signal: the
        # Edit menu would still offer the dropped step.
        stack.indexChanged.emit(stack.index())


def _dropped_text(undo: bool) -> str:
    return f'It is dropped from {"Undo" if undo else "Redo"}.'


def refused_text(step: str, *, undo: bool) -> str:
    """Why a step cannot be undone (redone): the repository's refusal speaks of a save, "this
    change was not saved ... make your change again", read after an Undo as "make the edit
    you wanted undone again" (U31-04)."""
    verb = "undo" if undo else "redo"
    return (f'Cannot {verb} "{step}": the record was changed in another window or on another desk since, '
            f"and {verb}ing would throw that change away. Nothing was changed: make the correction by hand on the "
            f"record as it is now, if it is still needed. {_dropped_text(undo)}")


class _Step(QUndoCommand):
    """A step of the window's history.  `push_done` and `step_done` do a step themselves, where
    its error reaches the caller, and then let the stack move: the stack's own call of redo
    (undo) that follows is skipped once.  Subclasses write `do` and `take_back`."""

    skip_next_redo = False
    skip_next_undo = False

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self.do()

    def undo(self) -> None:
        if self.skip_next_undo:
            self.skip_next_undo = False
            return
        self.take_back()

    def do(self) -> None:
        raise NotImplementedError

    def take_back(self) -> None:
        raise NotImplementedError

    def refused(self, *, undo: bool) -> str:
        """Why the step cannot be undone (redone) now that another desk changed what it changed."""
        return refused_text(self.text(), undo=undo)


class SaveClientCommand(_Step):
    """Replace a client's record with `after`; undo puts `before` back.

    `apply(record, expected)` saves `record` over `expected`, the record it replaces: a
    step whose client another window or desk changed since is refused (storage check
    D21-02), not made over their edit.  `record` is apply's own copy (the window goes on
    editing it); `expected` is the step's own record, which apply only reads (compared with the
    one stored): copied as well, it was a whole record copied for nothing at every save (P335-04).
    """

    def __init__(self, apply: Callable[..., None], before: Client, after: Client, text: str,
                 line_of: Callable[[int], object] | None = None):
        """`line_of(client id)`: the client's caseload line (Repository.eligible_now_line), read
        before the step is made; its undo gives it to `apply` as `line_before`, so that the
        record put back has its line's "eligible now since" day back too (R51-02)."""
        super().__init__(text)
        self._apply = apply
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self._line_of = line_of
        self._line_before: object = None
        # The row a Remove took out in this step, in its words ("the condition Anger management"):
        # Undo and Redo say it came back or went again, not only "Edit Case BA100001, conditions".
        self.row_removed: str | None = None

    @property
    def client_id(self) -> int | None:
        return self.after.id

    def do(self) -> None:
        if self._line_of is not None and self.before.id is not None:
            self._line_before = self._line_of(self.before.id)
        self._apply(copy.deepcopy(self.after), self.before)

    def take_back(self) -> None:
        # The step's words for the log, without the client's name its Edit menu item ends with:
        # History is of that client already (Q113-01); with their date of birth where another
        # client has the same name (K366-02), that too.
        undoing = self.text()
        for named in (self.after.name, f"{self.after.name}, {born_said(self.after.person.dob)}"):
            undoing = undoing.removesuffix(f" ({named})")
        if self._line_of is None:
            self._apply(copy.deepcopy(self.before), self.after, undoing=undoing)
        else:
            self._apply(copy.deepcopy(self.before), self.after, line_before=self._line_before, undoing=undoing)


class AddClientCommand(_Step):
    """Add a new client; undo removes them, redo brings them back.

    `add(client, previous_number)` stores a copy of the record and returns the number it
    got (`previous_number` is the one it had before an undo, None the first time);
    `remove(number, record)` deletes the client, if their record is still the one added
    (storage check D21-14), and returns what was removed (a `db.repository.RemovedClient`).
    With `restore(removed)`, a redo puts back what the undo removed, under the same number,
    as the undo of "Delete client" does (U33-02); without it, a redo adds the record again,
    under a new number.  `client_id` is the number the client has now.
    """

    def __init__(self, add: Callable[[Client, int | None], int], remove: Callable[[int, Client], object], client: Client, text: str,
                 restore: Callable[[object], None] | None = None):
        super().__init__(text)
        self._add = add
        self._remove = remove
        self._restore = restore
        self.record = copy.deepcopy(client)
        self.record.id = None
        self.client_id: int | None = None
        self.removed = None  # what the last undo took out, for a redo to put back

    def do(self) -> None:
        if self._restore is not None and self.removed is not None:
            self._restore(self.removed)
            self.removed = None
            return
        self.client_id = self._add(copy.deepcopy(self.record), self.client_id)

    def take_back(self) -> None:
        if self.client_id is not None:
            self.removed = self._remove(self.client_id, copy.deepcopy(self.record))


class DeleteClientCommand(_Step):
    """Delete a client; undo puts them back whole, under their own number (W21-25).

    `remove(number, record, reviews)` deletes the client, if their record is still `record`
    and their reviews `reviews` (None: as they are), and returns what was removed (a
    `db.repository.RemovedClient`);
    `restore(removed)` puts it back.  What was removed is held here, in memory, while the
    session lasts; the audit log keeps the record for good.
    """

    def __init__(self, remove: Callable[[int, Client | None, list | None], object], restore: Callable[[object], None],
                 client_id: int, text: str):
        super().__init__(text)
        self._remove = remove
        self._restore = restore
        self.client_id = client_id
        self.removed = None
        # The record as an undo put it back: a redo removes it only while it is still that one,
        # not with a change another desk saved since (U31-05, as D21-14 for "Add client");
        # nor with a review an attorney kept since, which went with the client unsaid (U33-04).
        self.restored: Client | None = None
        self.restored_reviews: list | None = None

    def do(self) -> None:
        self.removed = self._remove(self.client_id, copy.deepcopy(self.restored), self.restored_reviews)
        self.client_id = self.removed.client.id  # type: ignore[attr-defined] - the number it had now

    def take_back(self) -> None:
        if self.removed is not None:
            self._restore(self.removed)
            self.restored = copy.deepcopy(self.removed.client)  # type: ignore[attr-defined]
            self.restored_reviews = review_contents(self.removed.reviews)  # type: ignore[attr-defined]
            self.removed = None


def client_brought_back(command: QUndoCommand, *, undo: bool) -> int | None:
    """The number of the client a step just done (`undo`: undone) put back in the caseload: an
    "Add client" redone (at intake too), a "Delete client" undone; None for any other step.
    The window chooses them in the list (U87-01)."""
    if (not undo and isinstance(command, AddClientCommand)) or (undo and isinstance(command, DeleteClientCommand)):
        return command.client_id
    return None


class MergeCommand(_Step):
    """Merge another record of the client into this one; undo puts both back as they were.

    `merge()` writes the merge (Repository.merge_clients, refused when either record changed
    since it was worked out) and returns what `unmerge(done)` needs to put both back
    (Repository.unmerge, refused when the kept record changed since the merge).  A redo
    merges again the same two records, as the undo left them."""

    record: Client | None = None  # the record the merge makes, named if the record check refuses it

    def __init__(self, merge: Callable[[], object], unmerge: Callable[[object], None], text: str):
        super().__init__(text)
        self._merge = merge
        self._unmerge = unmerge
        self.done: object = None

    def do(self) -> None:
        self.done = self._merge()

    def take_back(self) -> None:
        if self.done is not None:
            self._unmerge(self.done)
            self.done = None


class ReviewCommand(_Step):
    """An attorney's review of one or several results, with one note (U33-01: a review marked
    on the wrong line could not be taken back at all).

    `keep(at)` records the reviews, at the moment `at` (None: now), and returns the moment
    kept; `withdraw(at)` takes back the reviews kept at that moment, refused when another
    review of the same result was kept since (Repository.withdraw_reviews).  Undo leaves the
    review state as it was before: none, or the earlier review of the result, which is newest
    again.  Redo keeps the same reviews again: the same reviewer, note, facts and moment.
    """

    def __init__(self, keep: Callable[[object], object], withdraw: Callable[[object], None], text: str):
        super().__init__(text)
        self._keep = keep
        self._withdraw = withdraw
        self.at: object = None  # when the attorney reviewed: kept by the first redo

    def do(self) -> None:
        self.at = self._keep(self.at)

    def take_back(self) -> None:
        self._withdraw(self.at)


class RenameEventCommand(_Step):
    """Caseload > Rename clinic event: an event's clients put under another name (N106).

    `rename(old, new, ids)` moves the clients of `old` (those of `ids` only, when given) under
    `new` through Repository.rename_event and returns those moved (`undoing=`, an undo's words
    for each client's History: Z114-04).  Undo puts back those the
    rename moved and no other (the clients the joined event had, or was given since, stay); redo
    moves the same clients again.  A rename that finds nobody under the name (moved at another
    desk since the dialog counted them) is no step: obsolete, QUndoStack.push drops it."""

    def __init__(self, rename: Callable[..., list[int]], old: str, new: str, text: str):
        super().__init__(text)
        self._rename = rename
        self.old, self.new = old, new
        self.moved: list[int] | None = None

    def do(self) -> None:
        again = self.moved is not None
        moved = self._rename(self.old, self.new, self.moved)
        if again and not moved:
            # Nobody of them left under the name to move again: not "Redone" of nothing.
            raise ChangedElsewhere(self.refused(undo=False))
        self.moved = moved
        if not self.moved:
            self.setObsolete(True)

    def take_back(self) -> None:
        if not self._rename(self.new, self.old, self.moved, undoing=self.text()):
            # Every client it moved since given another event (the day renamed again at another
            # desk): said "Undone" with nobody put back (R107).
            raise ChangedElsewhere(self.refused(undo=True))

    def refused(self, *, undo: bool) -> str:
        verb = "undo" if undo else "redo"
        return (f'Cannot {verb} "{self.text()}": its clients were moved to another event in another window or on another '
                f"desk since. Nothing was changed. {_dropped_text(undo)}")


class FieldUndoFallsThrough(QObject):
    """Ctrl+Z in a text field undoes the field's typing; with nothing left to undo there,
    the window's Undo takes it (keyboard check K19-06: a line edit claims Ctrl+Z whether or
    not it has anything to undo, so a saved edit could not be undone from a form field).
    Installed on the application: Qt asks the focused widget first (ShortcutOverride)."""

    @staticmethod
    def wants(event_class: type) -> bool:
        """A key (ShortcutOverride comes as one), the only events it acts on (ui.app_filters)."""
        return issubclass(event_class, QKeyEvent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Handed keys only (`wants`, ui.app_filters: a ShortcutOverride comes as a QKeyEvent), so
        # the program's other events never come here to have their type asked (E96-01, E97-03).
        if event.type() != QEvent.Type.ShortcutOverride or watched is not QApplication.focusWidget():
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            can = _field_can(watched, undo=True)
        elif event.matches(QKeySequence.StandardKey.Redo):
            can = _field_can(watched, undo=False)
        else:
            return False
        if can is False:
            event.ignore()
            return True  # the field does not claim it: the window's action runs
        return False


def _field_can(widget: QObject, *, undo: bool) -> bool | None:
    """Whether a text field has typing to undo (redo); None for any other widget."""
    if isinstance(widget, QAbstractSpinBox):
        # A spin box (hours done, a date) claims Ctrl+Z for the line edit inside it, whose
        # history a saved value empties: Ctrl+Z after "+6" and Enter undid nothing (C48-01).
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return None


def typing_saved(form: QObject) -> None:
    """The typing in `form`'s text fields is a saved step now: their own undo history goes, so
    that Ctrl+Z there takes back the saved step (FieldUndoFallsThrough), in the file and in
    the field.  Kept, it undid the field's typing alone after Ctrl+S in the name: the field read
    the old name, the file the new one, and a second Ctrl+Z saved the field and undid that,
    the mistake left in both (F97-01).  Typing after the save is the field's again, to undo
    there first.  The text, the cursor and the choice stay as they are; no change is said."""
    for field in form.findChildren(QLineEdit):
        if not (field.isUndoAvailable() or field.isRedoAvailable()):
            continue
        cursor, start, length = field.cursorPosition(), field.selectionStart(), field.selectionLength()
        blocked = field.blockSignals(True)  # the same text: nothing edited, nothing to save again
        try:
            field.setText(field.text())  # QLineEdit's one way to empty its undo history
            if length:
                # Chosen from the cursor's end, as typing would go on from there.
                if cursor == start:
                    field.setSelection(start + length, -length)
                else:
                    field.setSelection(start, length)
            else:
                field.setCursorPosition(cursor)
        finally:
            field.blockSignals(blocked)
    for kind in (QPlainTextEdit, QTextEdit):
        for text in form.findChildren(kind):
            text.document().clearUndoRedoStacks()
