"""How much work screen() does, counted rather than timed.

Issue 3 (screen() speed): wall-clock figures swing by a third on a shared machine, so the
engine's work is counted instead: the Python function calls (profile "call" events) made
screening 300 demo clients, which is deterministic (the same with any PYTHONHASHSEED).
Each speed-up that takes calls out lowers the budget, so a change that quietly puts them
back fails here.  A rule change that needs more work may raise it: say so in its commit.
"""

from __future__ import annotations

import sys

from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility import screen

CALL_BUDGET = 155_200  # 154,949 measured (P26-06); 156,556 after P26-05, 157,948 after P26-04, 159,943 after P26-03, 160,889 after P26-02, 163,226 after P26-01, 164,974 before them


def _calls_screening(clients) -> int:
    count = 0

    def profile(_frame, event, _arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        for c in clients:
            screen(c.person, c.cases, DEMO_AS_OF)
    finally:
        sys.setprofile(None)
    return count


def test_screen_stays_within_its_call_budget():
    clients = list(generate_clients(300, seed=11))
    for c in clients:  # warm the per-process caches (catalog, gates, section matches)
        screen(c.person, c.cases, DEMO_AS_OF)
    calls = _calls_screening(clients)
    assert calls <= CALL_BUDGET, f"screen() made {calls:,} Python calls for 300 demo clients (budget {CALL_BUDGET:,})"
