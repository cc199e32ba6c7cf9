"""Undoable edits: each command replaces a client's whole record through the repository.

A command holds the record before and after the edit.  `redo` saves "after", `undo`
saves "before", both through `Repository.save_client`, so the database and its audit log
follow every step back and forth (the audit log keeps the undo too: nothing is erased).
(Model: orange-canvas-core's commands that change the document, the view following.)
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from clinic_app.model import Client


class SaveClientCommand(QUndoCommand):
    """Replace a client's record with `after`; undo puts `before` back."""

    def __init__(self, apply: Callable[[Client], None], before: Client, after: Client, text: str):
        super().__init__(text)
        self._apply = apply
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    @property
    def client_id(self) -> int | None:
        return self.after.id

    def redo(self) -> None:
        self._apply(copy.deepcopy(self.after))

    def undo(self) -> None:
        self._apply(copy.deepcopy(self.before))
