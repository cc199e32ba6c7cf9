"""A client's audit log as a table: when, who, what, and which fields changed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.models.rows_table import RowsTableModel

HEADERS = ("When", "Who", "What", "Changed")


def local_time(moment: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """A stored moment (UTC in the database) in this computer's time zone: a paralegal in
    Los Angeles reads 16:05 for an edit made at 16:05, not 00:05 the next day."""
    return moment.astimezone().strftime(fmt)

ACTION_TITLES = {
    ("client", "create"): "Client added",
    ("client", "update"): "Record edited",
    ("client", "delete"): "Client deleted",
    # Edit > Undo of File > Delete client: read "client restore", blank beside it (G63-03).
    ("client", "restore"): "Deletion undone",
    # M43: a possible duplicate merged into the client kept, and that undone
    ("client", "merge"): "Duplicate merged in",
    ("client", "merge away"): "Merged into another record",
    ("client", "unmerge"): "Merge undone",
    ("screening", "screen"): "Screened",
    ("review", "review"): "Attorney review",
    ("review", "withdraw"): "Attorney review undone",
    # Written beside the save that types a denial, for when it was typed (Y64-01)
    ("denial", "entered"): "Denial entered",
}


def changed_paths(before: Any, after: Any, path: str = "", limit: int = 8) -> list[str]:
    """Where two JSON records differ, as short paths ("cases[0].money.restitution_paid")."""
    out: list[str] = []
    # A block the edit made or took away (a case's money, when its first fine is typed) is
    # named by the fields it holds: the undo step read "Edit Case 6CJ01234", not what was
    # typed there (E27-06).  An empty list or block beside none is no change.
    if before is None and isinstance(after, (dict, list)) and not after or after is None and isinstance(before, (dict, list)) and not before:
        return out
    if before is None and isinstance(after, dict):
        before = {}
    elif after is None and isinstance(before, dict):
        after = {}
    if isinstance(before, dict) and isinstance(after, dict):
        for k in list(before) + [k for k in after if k not in before]:
            if before.get(k) != after.get(k):
                out += changed_paths(before.get(k), after.get(k), f"{path}.{k}" if path else k, limit)
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for i, (b, a) in enumerate(zip(before, after)):
            if b != a:
                out += changed_paths(b, a, f"{path}[{i}]", limit)
    elif before != after:
        out.append(path or "(record)")
    return out[:limit]


def case_numbers(record: Any) -> list[str | None]:
    """The case numbers of a stored client record (JSON), in order."""
    cases = record.get("cases") if isinstance(record, dict) else None
    return [case.get("case_number") if isinstance(case, dict) else None for case in cases] if isinstance(cases, list) else []


def in_words(path: str, record: Any) -> str:
    """A changed field as the forms name it ("Case BA123456, fines paid"), not as a path
    ("cases[0].money.fines_paid": W21-14).  A condition is named by its label, as the
    Checklist shows it ("Case BA100001, Caltrans, done"): "condition 2, done" made the
    reader count the case's conditions to know which hours were meant (U64-03).  A petition
    is named as the merge names it ("Case BA100001, the PC 1203.4 dismissal petition filed
    2026-11-02, ruling"): "petition 1, ruling" told nobody which (N64-03)."""
    import re

    from ui.services import where_in_record

    said = where_in_record(path, case_numbers(record))
    at = re.match(r"cases\[(\d+)\]\.conditions\[(\d+)\](?!\.label)", path)
    if at is not None:
        case, condition = (int(n) for n in at.groups())
        try:
            label = record["cases"][case]["conditions"][condition].get("label")
        except (IndexError, KeyError, TypeError, AttributeError):
            label = None
        if isinstance(label, str) and label.strip():
            said = said.replace(f"condition {condition + 1}", label.strip(), 1)
    at = re.match(r"cases\[(\d+)\]\.petitions\[(\d+)\]", path)
    if at is not None:
        case, petition = (int(n) for n in at.groups())
        try:
            named = petition_named(record["cases"][case]["petitions"][petition])
        except (IndexError, KeyError, TypeError):
            named = None
        if named is not None:
            said = said.replace(f"petition {petition + 1}", named, 1)
    return said


def petition_named(block: Any) -> str | None:
    """A petition (JSON) as the merge names it, "the PC 1203.4 dismissal petition filed
    2026-11-02"; None when `block` is no petition."""
    from clinic_app.eligibility import short_name

    if not isinstance(block, dict) or not isinstance(block.get("remedy"), str) or not isinstance(block.get("filed_on"), str):
        return None
    return f"the {short_name(block['remedy'])} petition filed {block['filed_on']}"


def joined(fields: list[str]) -> str:
    """Changed fields in a row, each case named once: "Case BA100001: restitution paid,
    payments", not "Case BA100001, restitution paid; Case BA100001, payments" (E27B-06:
    the number said again told nothing, and pushed the second field off a narrow column or
    out of an Undo menu item).  Fields of different places stay apart with "; "."""
    groups: dict[str, list[str]] = {}
    for text in fields:
        place, _, rest = text.partition(", ")
        if place.startswith("Case ") and rest:
            groups.setdefault(place, []).append(rest)
        else:
            groups.setdefault(text, [])
    parts = []
    for place, rests in groups.items():
        if not rests:
            parts.append(place)
        elif len(rests) == 1:
            parts.append(f"{place}, {rests[0]}")
        else:  # ", " where each is one word group; "; " where a field has commas of its own
            parts.append(f"{place}: " + ("; " if any(", " in r for r in rests) else ", ").join(rests))
    return "; ".join(parts)


def describe(entry: Any, names: dict[str, str] | None = None) -> str:
    """The "Changed" column; `names` give the record's case and conviction ids as the window
    shows them ("c1" is "BA100001", "c1-1" is "PC 459")."""
    names = names or {}
    if entry.entity == "client" and entry.action == "update":
        fields = dict.fromkeys(in_words(path, entry.after) for path in changed_paths(entry.before, entry.after))
        return joined(list(fields)) or "(no change)"
    if entry.entity == "client" and entry.action in ("merge", "merge away", "unmerge") and isinstance(entry.after, dict):
        after = {k: v for k, v in entry.after.items() if k not in ("merged_from", "merged_into")}
        if "merged_into" in entry.after:  # the record merged away (or put back): which one it went into
            if entry.action == "merge away":
                return f"into id {entry.after['merged_into']}"
            return f"back as a record of its own, out of id {entry.after['merged_into']}"
        fields = dict.fromkeys(in_words(path, after) for path in changed_paths(entry.before, after))
        what = joined(list(fields))
        other = entry.after.get("merged_from")
        # Which way it went: the undo's line had read "id 7 put back as it was: fines paid,
        # payments", as if those were put back into this record when they left it (M44).
        if entry.action == "merge":
            return f"from id {other}, taken in: {what}" if what else f"from id {other}: nothing taken"
        return f"id {other} back as a record of its own; taken back out: {what}" if what else f"id {other} back as a record of its own"
    if entry.entity == "client" and entry.action == "delete" and isinstance(entry.before, dict):
        # Blank beside "Client deleted": whose record, and that the log keeps it (G63-06).
        cases = entry.before.get("cases")
        count = len(cases) if isinstance(cases, list) else cases
        return f"{entry.before.get('name')}, {count} case{'s' if count != 1 else ''}: the record as it was is kept in this log"
    if entry.entity == "client" and entry.action == "restore" and isinstance(entry.after, dict):
        cases = entry.after.get("cases")
        count = len(cases) if isinstance(cases, list) else cases
        return f"{entry.after.get('name')} back, {count} case{'s' if count != 1 else ''}, with their results and reviews"
    if entry.entity == "client" and entry.action == "create" and isinstance(entry.after, dict):
        cases = entry.after.get("cases")
        count = len(cases) if isinstance(cases, list) else cases
        said = f"{entry.after.get('name')}, {count} case{'s' if count != 1 else ''}"
        # Kept in the log since M42-04, but the column said it as if typed at this desk (G63-02).
        return f"{said}; imported from {entry.after['imported_from']}" if entry.after.get("imported_from") else said
    if entry.entity == "denial" and isinstance(entry.after, dict):
        from clinic_app.eligibility import remedy_title

        a = entry.after
        remedy = remedy_title(a["remedy"]) if isinstance(a.get("remedy"), str) else a.get("remedy")
        return f"{remedy} on {names.get(a.get('case'), a.get('case'))}: denied {a.get('ruling_on') or ''}".strip()
    if entry.entity == "screening" and isinstance(entry.after, dict):
        return f"as of {entry.after.get('as_of')}: {str(entry.after.get('best', '')).replace('_', ' ')}"
    if entry.entity == "review" and isinstance(entry.after or entry.before, dict):
        a = entry.after or entry.before  # a review taken back by Undo is kept as "before"
        from clinic_app.eligibility import remedy_title

        remedy = remedy_title(a["remedy"]) if isinstance(a.get("remedy"), str) else a.get("remedy")
        case = names.get(a.get("case"), a.get("case"))
        where = f"{case}, {names.get(a.get('conviction'), a.get('conviction'))}" if a.get("conviction") else f"{case} (whole case)"
        said = f"{remedy} on {where}: {a.get('note') or ''}".strip(": ")
        # Who reviewed, where it was typed apart from the computer's account (A29-03).
        who = [f"reviewer: {a['reviewer']}"] if a.get("reviewer") else []
        if a.get("imported_from"):
            # When is the import's moment: the attorney reviewed on the laptop, on the day
            # the review carries, which the supervisor read nowhere but the raw log (G63-02).
            if isinstance(a.get("at"), str):
                try:
                    who.append(f"reviewed {local_time(datetime.fromisoformat(a['at']), '%Y-%m-%d %H:%M')}")
                except ValueError:
                    pass
            who.append(f"imported from {a['imported_from']}")
        return f"{said} ({', '.join(who)})" if who else said
    return ""


class HistoryModel(RowsTableModel):
    """A client's audit entries, newest first as the repository gives them."""

    HEADERS = HEADERS

    _names: dict[str, str] = {}

    def set_entries(self, entries: list[Any], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._names = names or {}
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.row_item(index)
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_time(e.at),
                e.user,
                ACTION_TITLES.get((e.entity, e.action), f"{e.entity} {e.action}"),
                describe(e, self._names),
            )[index.column()]
        return None
