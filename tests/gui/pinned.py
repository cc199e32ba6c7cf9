"""The day and the draft pause the GUI tests pin, in a module of their own.

tests/gui/conftest.py uses them, and so does tests/gui/typing_child.py, the window a test kills
(test_draft.py, K114, U118, K63): read from the conftest, each such child imported pytest (and
compiled the conftest from its source, PYTHONDONTWRITEBYTECODE being set) before it typed a key,
work no child needs (T191-01)."""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 11, 22)
# The pause after typing before it is kept as a draft, in the tests that wait for a draft (or
# for one not to come): the program's 1.5 s (ui.client_view.DRAFT_AFTER_MS) waited out in full
# was ~1.4 s of each such test, most of test_draft.py's time.  What is kept, and when it is
# offered back, does not depend on the length of the pause (X95-01).
DRAFT_AFTER_MS_IN_TESTS = 100
