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
    ("File on 2027-03-02" is short already); `trailing_day`, the day the words end with, the
    fewer ones too where there are ("Auto; file 2026-12-21"), which a list that cuts them keeps
    whole, or None where they do not ("Held: record ruling", whole "Hearing 2026-11-25 held:
    record the ruling; next 2027-01-12": the list shows the fewer words, with no day to keep).
    A tuple, not a dataclass: the list's sort by Next action makes one per client on a worker,
    holding Python's lock (P29B-03)."""

    full: str
    short: str | None = None
    # Handed to the list with the words (D58-02): it found the day again with a regular
    # expression over them, as the fewer words were found before Z55.
    trailing_day: date | None = None

    @classmethod
    def ending_with(cls, day: date, full: str, short: str | None = None) -> NextAction:
        """The words `full` (and `short`), each followed by `day`: the day they end with is
        `trailing_day` because it is put there, never found in them again."""
        said = day.isoformat()
        return cls(f"{full} {said}", None if short is None else f"{short} {said}", day)


def automatic_then_petition(file_on: date) -> NextAction:
    """Automatic relief, and a petition from `file_on`, to diarise (J50); short, it still reads
    apart from nothing to file (V53-01)."""
    return NextAction.ending_with(file_on, "Automatic; file on", "Auto; file")


def automatic_from(day: date) -> NextAction:
    """Automatic relief coming on `day`, nothing to file then (A48)."""
    return NextAction.ending_with(day, "Automatic from", "Auto on")


IMMIGRATION_FIRST = "Immigration counsel first"


def immigration_counsel_first(filing: NextAction) -> NextAction:
    """`filing` ("File now", with what the court asks beside it) after the immigration consult
    that comes before anything is filed for a client who is not a US citizen (ca-rules.md 4.8, 5):
    "Immigration counsel first, then file now"; fewer words, "Immigration first"."""
    return NextAction(f"{IMMIGRATION_FIRST}, then {filing.full[0].lower()}{filing.full[1:]}", "Immigration first",
                      filing.trailing_day)
