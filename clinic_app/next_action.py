"""A caseload line's next action, said whole and in fewer words, both from the line's state.

The list's Next action column is narrow at 853 pixels (1280 at 150%): there a long action reads
in fewer words that still say what to do ("Auto; file 2026-12-21", "Held: record ruling"), the
whole in the tooltip.  The fewer words were found by matching the whole words again (prefixes
and regular expressions over what `court_action` had just written), so a word changed there
silently lost the short form.  Now the code that says an action says both, from the same days
and state (Z55).

Pure domain: no clock, no Qt.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class NextAction(NamedTuple):
    """What to do next for a line: `full`, as the tooltip, the client's header and `clinic-app
    list` say it; `short`, for a list too narrow for it, or None where it has no fewer words
    ("File on 2027-03-02" is short already).  A tuple, not a dataclass: the list's sort by Next
    action makes one per client on a worker, holding Python's lock (P29B-03)."""

    full: str
    short: str | None = None


def automatic_then_petition(file_on: date) -> NextAction:
    """Automatic relief, and a petition from `file_on`, to diarise (J50); short, it still reads
    apart from nothing to file (V53-01)."""
    day = file_on.isoformat()
    return NextAction(f"Automatic; file on {day}", f"Auto; file {day}")


def automatic_from(day: date) -> NextAction:
    """Automatic relief coming on `day`, nothing to file then (A48)."""
    return NextAction(f"Automatic from {day.isoformat()}", f"Auto on {day.isoformat()}")
