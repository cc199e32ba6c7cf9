"""B70-05: ticking Review needed on a caseload of 20,000 held the window 0.12-0.17 s, and each
sort of the attorney's queue (10,501 lines of the demo's 20,000) 0.11-0.24 s: `awaits_attorney`,
asked of every line, imported `denial_to_review` at each call, and in the window every import
statement goes through PySide's import hook (3-4 us a line, most of the time).  It is imported
once, with the module."""

from __future__ import annotations

import builtins
from types import SimpleNamespace

from clinic_app.review import attorney_waits_for, awaits_attorney


def test_b70_05_asking_a_line_whether_it_awaits_the_attorney_imports_nothing():
    imported = []
    real = builtins.__import__

    def counted(name, *args, **kwargs):
        imported.append(name)
        return real(name, *args, **kwargs)

    lines = [SimpleNamespace(awaiting_review=False, court=None), SimpleNamespace(awaiting_review=True, court=None)]
    builtins.__import__ = counted
    try:
        answers = [awaits_attorney(line) for line in lines * 50]
        said = attorney_waits_for(lines[1])
    finally:
        builtins.__import__ = real
    assert answers == [False, True] * 50 and said == "results to review"
    assert imported == []
