"""Counts and lists said the way a person says them: "1 client", "2 clients", "1,204 pages";
"A1, B1 and C1"."""

from __future__ import annotations

from datetime import date


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with its noun, singular for exactly one; the plural is noun + "s" unless given."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def size_said(n_bytes: int) -> str:
    """A file's size as a disk or a USB stick is labelled (1 MB = 1,000,000 bytes): "650 bytes",
    "180 KB", "2.4 MB", "143 MB", "1.1 GB"; a tenth is given below 10 of a unit only."""
    if n_bytes < 1000:
        return count(n_bytes, "byte")
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n_bytes >= size * 0.9995 or unit == "KB":
            amount = n_bytes / size
            return f"{amount:.1f} {unit}" if round(amount, 1) < 10 and unit != "KB" else f"{round(amount):,} {unit}"
    raise AssertionError("not reached")


def born_said(dob: date | None) -> str:
    """"born 1990-04-02", or "no date of birth": a client named well enough to tell from a
    namesake (a deletion asked, a merge's two records, `clinic-app delete`)."""
    return f"born {dob.isoformat()}" if dob else "no date of birth"


def listed(items: list[str]) -> str:
    """"A", "A and B", "A, B and C": a list said with "and" before its last item."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def quoted(name: str) -> str:
    """`name` (an event's, a county's, a search typed) between quotes it can be copied from whole:
    'Office walk-in' as before; "St. Mary's" where it holds an apostrophe; and “St. Mary's "Second
    Chance" Night” where it holds both.  Python's repr, used before, gave the last one as 'St.
    Mary\\'s "Second Chance" Night', and the backslash was copied with it (R75)."""
    if "'" not in name:
        return f"'{name}'"
    if '"' not in name:
        return f'"{name}"'
    return f"\u201c{name}\u201d"


def rename_said(old: str, new: str, counts: dict[str, int]) -> str:
    """What renaming the clinic event `old` to `new` will do, `counts` its clients and each other
    event's (Repository.event_counts): Caseload > Rename clinic event says it before it is done."""
    moving = counts.get(old, 0)
    clients = f"{count(moving, 'client')} of “{old}”"
    if new in counts:
        return (f"{clients} {'joins' if moving == 1 else 'join'} “{new}”, which has {count(counts[new], 'client')}: "
                f"{counts[new] + moving:,} in all.")
    return f"{clients} {'moves' if moving == 1 else 'move'} to the new name “{new}”."


def renamed_said(moved: int, old: str, new: str) -> str:
    """What a rename of the clinic event `old` to `new` did, `moved` clients (the window's status
    line and `clinic-app rename-event` alike)."""
    return f"Renamed: {count(moved, 'client')} of “{old}” now under “{new}”."
