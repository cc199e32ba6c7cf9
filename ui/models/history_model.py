"""A client's audit log as a table: when, who, what, and which fields changed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from clinic_app.case_titles import outcome_words, titles_day_first
from clinic_app.catalog import law_named
from clinic_app.court import kept_moment
from clinic_app.model import ArrestOffense, Case, Conviction
from clinic_app.record_said import ROW_NAMES

from ui.models.rows_table import RowsTableModel

HEADERS = ("When", "Who", "What", "Changed")


def local_time(moment: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """A stored moment (UTC in the database) in this computer's time zone: a paralegal in
    Los Angeles reads 16:05 for an edit made at 16:05, not 00:05 the next day; one kept with
    no offset is UTC too (`kept_moment`), not this computer's time."""
    return kept_moment(moment).astimezone().strftime(fmt)

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
    # Of no one client: shown in each client's History since they were added (N125-04)
    ("screening", "rescreen"): "Whole caseload re-screened",
    ("review", "review"): "Attorney review",
    ("review", "withdraw"): "Attorney review undone",
    # Written beside the save that types a denial, for when it was typed (Y64-01)
    ("denial", "entered"): "Denial entered",
}


def _listed(values: Any) -> str:
    """A re-screen's days or rules as its log row keeps them (a list, M124-04; a row before it
    has no day: "an unrecorded day"), one after another."""
    if not values:
        return "an unrecorded day"
    return ", ".join(map(str, values)) if isinstance(values, list) else str(values)


def action_title(entry: Any) -> str:
    """An entry's "What": its action's title, or for a save made by Edit > Undo the step it
    took back, "Undone: Edit Case BA100001, PC 484, level": it read "Record edited", as the
    edit it undid did (Q113-01)."""
    if entry.entity == "client" and entry.action == "update" and isinstance(entry.after, dict) and entry.after.get("undone"):
        return f"Undone: {entry.after['undone']}"
    return ACTION_TITLES.get((entry.entity, entry.action), f"{entry.entity} {entry.action}")


# Keys a log's record carries beside the client's own fields: which record a merge took in or
# went into, what it kept of this record over the other's (P129-03), which step an undo took
# back.  No field of the client, no change of one.
_NOT_FIELDS = ("merged_from", "merged_into", "undone", "kept")


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


def case_names(record: Any) -> list[str | None]:
    """The cases of a stored client record (JSON), in order, each by the name the window's lists
    give it (`case_title_day_first`; by its number where the log's record cannot be read so):
    "BA100001", "c2 (arrested 2026-10-02, HS 11350, Los Angeles County)".
    By its number alone, a case with none was "Case 2" in History, in Edit > Undo and in the
    "Changes not saved" question, where the list of cases shows no "2" (K341-01).  Two of one
    number are told apart as the list tells them (`case_titles.titles_day_first`): "Case 24CR042,
    arrest date" was said of either (K408-02)."""
    cases = record.get("cases") if isinstance(record, dict) else None
    if not isinstance(cases, list):
        return []
    logged = [_case_logged(case) if isinstance(case, dict) else None for case in cases]
    readable = [case for case in logged if case is not None]
    titled = iter(titles_day_first(readable))
    return [next(titled) if kept is not None else (case.get("case_number") or None) if isinstance(case, dict) else None
            for case, kept in zip(cases, logged)]


def in_words(path: str, record: Any, *, brief: bool = False, before: Any = None) -> str:
    """A changed field as the forms name it ("Case BA123456, fines paid"), not as a path
    ("cases[0].money.fines_paid": W21-14).  A condition is named by its label, as the
    Checklist shows it ("Case BA100001, Caltrans, done"): "condition 2, done" made the
    reader count the case's conditions to know which hours were meant (U64-03).  A petition
    is named as the merge names it ("Case BA100001, the PC 1203.4 dismissal petition filed
    2026-11-02, ruling"): "petition 1, ruling" told nobody which (N64-03); `brief`, as an
    Edit menu item names it ("Case BA100001, PC 1203.4 petition of 2026-11-02, ruling").
    `before`: the record the change was made on, where there is one: a count whose offense
    changed since is named by its place in each of its fields, as in its offense's."""
    from ui.services import where_in_record

    said = where_in_record(path, case_names(record))
    # A count's days by the labels its row shows, as "Cannot save" names them (K425-01): History
    # and Edit > Undo said "conviction date" of the box labelled "Convicted:" (K439-01).
    dated = re.fullmatch(r"(cases\[\d+\]\.convictions\[\d+\])\.(\w+)", path)
    if dated is not None and dated[2] in _LABELLED:
        said = f"{where_in_record(dated[1], case_names(record))}, {_LABELLED[dated[2]]}"
    at = re.match(r"cases\[(\d+)\]\.conditions\[(\d+)\](?!\.label)", path)
    if at is not None:
        case, condition = (int(n) for n in at.groups())
        try:
            label = record["cases"][case]["conditions"][condition].get("label")
        except (IndexError, KeyError, TypeError, AttributeError):
            label = None
        if isinstance(label, str) and label.strip():
            said = said.replace(f"condition {condition + 1}", label.strip(), 1)
    # A count by its offense, as its row shows it ("Case BA100001, PC 484, level"): "conviction
    # 2, level" made the reader count the case's rows (U110-03).  Not where its offense is
    # what changed: named by the offense typed since, it would be named by what it was not.
    # Nor its other fields where the same change typed its offense: "conviction 2, section; PC
    # 488, level" named the one count twice, as if two had changed (Q113-02).
    at = re.match(r"cases\[(\d+)\]\.convictions\[(\d+)\]\.(?!(?:section|code)$)", path)
    if at is not None and not offense_changed(before, record, *(int(n) for n in at.groups())):
        case, count = (int(n) for n in at.groups())
        named = count_named(record, case, count)
        if named is not None:
            said = re.sub(rf"\bconviction {count + 1}\b", named, said, count=1)
    at = re.match(r"cases\[(\d+)\]\.petitions\[(\d+)\]", path)
    if at is not None:
        case, petition = (int(n) for n in at.groups())
        try:
            named = petition_named(record["cases"][case]["petitions"][petition], brief=brief)
        except (IndexError, KeyError, TypeError):
            named = None
        if named is not None:
            said = said.replace(f"petition {petition + 1}", named, 1)
    return said


# A count's fields said by their row's labels (record_said.ROW_NAMES) in History and Edit > Undo;
# the others ("Of:" of a condition's hours, "On:" of a relief's day) read as labels only beside
# their boxes, and keep their words.
_LABELLED = {key: ROW_NAMES[f"convictions[].{key}"] for key in ("conviction_date", "offense_date")}


def offense_changed(before: Any, after: Any, case: int, count: int) -> bool:
    """Whether the `count`th count of the `case`th case has another offense (code and section)
    in the stored record `after` than in `before`; False where `before` is None or either
    record has no such count."""
    if before is None:
        return False
    try:
        was, now = (record["cases"][case]["convictions"][count] for record in (before, after))
        return (was.get("code") or "PC", was.get("section")) != (now.get("code") or "PC", now.get("section"))
    except (IndexError, KeyError, TypeError, AttributeError):
        return False


def count_named(record: Any, case: int, count: int) -> str | None:
    """The `count`th count of the `case`th case of a stored record (JSON) by its offense, "PC
    484", and its place where another count of the case has the same, "PC 459 (conviction 3)";
    None where the record has no such count, or it has no section."""
    try:
        counts = record["cases"][case]["convictions"]
        laws = [law_named(c.get("code") or "PC", c["section"]) if c.get("section") else None for c in counts]
        law = laws[count]
    except (IndexError, KeyError, TypeError, AttributeError):
        return None
    if law is None:
        return None
    return law if laws.count(law) == 1 else f"{law} (conviction {count + 1})"


def petition_named(block: Any, *, brief: bool = False) -> str | None:
    """A petition (JSON) as the merge names it, "the PC 1203.4 dismissal petition filed
    2026-11-02", or `brief`ly by its law and day, "PC 1203.4 petition of 2026-11-02" (an Edit
    menu item: A70-04); None when `block` is no petition."""
    from clinic_app.eligibility import remedy_statute, short_name

    if not isinstance(block, dict) or not isinstance(block.get("remedy"), str) or not isinstance(block.get("filed_on"), str):
        return None
    if brief:
        return f"{remedy_statute(block['remedy'])} petition of {block['filed_on']}"
    return f"the {short_name(block['remedy'])} petition filed {block['filed_on']}"


def cases_added_or_removed(before: Any, after: Any) -> str | None:
    """The cases a save added to a stored record (JSON) or took out of it, by the names the window
    gives them (`record_names`): "Case BA100003 added", "Case c2 (arrested 2026-10-02, HS 11350,
    Los Angeles County) added".  The row read "cases", and an uncharged arrest, with no number,
    was named nowhere in it (K336-04).  None where the record's list of cases kept its length."""
    was, now = (record.get("cases") if isinstance(record, dict) else None for record in (before, after))
    if not (isinstance(was, list) and isinstance(now, list) and len(was) != len(now)):
        return None
    names = record_names(after, before)

    def named(cases: list, other: list) -> list[str]:
        keys = {case.get("id") for case in other if isinstance(case, dict)}
        return [f"Case {names.get(case.get('id'), case.get('id'))}" for case in cases
                if isinstance(case, dict) and case.get("id") not in keys]

    said = [f"{'; '.join(cases)} {done}" for cases, done in ((named(now, was), "added"), (named(was, now), "removed")) if cases]
    return "; ".join(said) or None


def _case_place(text: str, cases: Iterable[str | None] = ()) -> tuple[str, str]:
    """A field's words as its place and the rest, cut after the name of one of the record's
    `cases` it starts with, else at the first ", " outside brackets: a case with no number is
    named with commas of its own, "Case c2 (arrested 2026-10-02, Los Angeles County), arrest
    date" (K341-01), and one numbered with words in brackets of their own, "Case none
    (uncharged) (arrested ...), arrest date", was cut inside its name (R345-01); one numbered
    "unknown, ask client" was cut at its comma, brackets or none (K350-03)."""
    for name in sorted(filter(None, cases), key=len, reverse=True):  # the longest of two alike first
        if text == f"Case {name}" or text.startswith(f"Case {name}, "):
            return f"Case {name}", text[len(name) + 7:]
    depth = 0
    for at, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(", ", at):
            return text[:at], text[at + 2:]
    return text, ""


def joined(fields: list[str], cases: Iterable[str | None] = ()) -> str:
    """Changed fields in a row, each case named once: "Case BA100001: restitution paid,
    payments", not "Case BA100001, restitution paid; Case BA100001, payments" (E27B-06:
    the number said again told nothing, and pushed the second field off a narrow column or
    out of an Undo menu item).  Fields of different places stay apart with "; ".  `cases`: the
    names of the record's cases (`case_names`), each cut whole, commas and all."""
    groups: dict[str, list[str]] = {}
    for text in fields:
        place, rest = _case_place(text, cases)
        if place.startswith("Case ") and rest:
            groups.setdefault(place, []).append(rest)
        else:
            groups.setdefault(text, [])
    parts = []
    for place, rests in groups.items():
        # Fields of one count (or condition) of the case, its name said once: "Case BA100001,
        # conviction 2: section, level", not "conviction 2, section; conviction 2, level" (Q113-02).
        within = {rest.rpartition(", ")[0] for rest in rests}
        if len(rests) > 1 and len(within) == 1 and "" not in within and not any(": " in rest for rest in rests):
            parts.append(f"{place}, {within.pop()}: " + ", ".join(rest.rpartition(", ")[2] for rest in rests))
        elif not rests:
            parts.append(place)
        elif len(rests) == 1:
            parts.append(f"{place}, {rests[0]}")
        else:  # ", " where each is one word group; "; " where a field has commas of its own
            parts.append(f"{place}: " + ("; " if any(", " in r for r in rests) else ", ").join(rests))
    return "; ".join(parts)


# An edit's line where it changed no field (a save of the record as it was).
NO_CHANGE = "(no change)"


def describe(entry: Any, names: dict[str, str] | None = None) -> str:
    """The "Changed" column; `names` give the record's case and conviction ids as the window
    shows them ("c1" is "BA100001", "c1-1" is "PC 459")."""
    names = names or {}
    if entry.entity == "client" and entry.action == "update":
        after = {k: v for k, v in entry.after.items() if k not in _NOT_FIELDS} if isinstance(entry.after, dict) else entry.after
        paths = changed_paths(entry.before, after)
        cases = cases_added_or_removed(entry.before, after) if "cases" in paths else None
        fields = dict.fromkeys(in_words(path, after, before=entry.before) for path in paths if not (cases and path == "cases"))
        return "; ".join(filter(None, (cases, joined(list(fields), case_names(after))))) or NO_CHANGE
    if entry.entity == "client" and entry.action in ("merge", "merge away", "unmerge") and isinstance(entry.after, dict):
        after = {k: v for k, v in entry.after.items() if k not in _NOT_FIELDS}
        if "merged_into" in entry.after:  # the record merged away (or put back): which one it went into
            if entry.action == "merge away":
                return f"into id {entry.after['merged_into']}"
            return f"back as a record of its own, out of id {entry.after['merged_into']}"
        fields = dict.fromkeys(in_words(path, after) for path in changed_paths(entry.before, after))
        what = joined(list(fields), case_names(after))
        other = entry.after.get("merged_from")
        # Which way it went: the undo's line had read "id 7 put back as it was: fines paid,
        # payments", as if those were put back into this record when they left it (M44).
        if entry.action == "merge":
            said = f"from id {other}, taken in: {what}" if what else f"from id {other}: nothing taken"
            kept = entry.after.get("kept")
            return f"{said}; kept this record's {'; '.join(kept)}" if isinstance(kept, list) and kept else said
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
        # Typing a ruling saves twice, the Ruling box on leaving it, then its day: the first row's
        # bare "denied" read as another denial beside "denied 2026-12-01" (K66); it says so.
        return f"{remedy} on {names.get(a.get('case'), a.get('case'))}: {denied_said(a.get('ruling_on'))}"
    if entry.entity == "screening" and entry.action == "rescreen" and isinstance(entry.after, dict):
        clients = entry.after.get("clients")
        # A run stopped half-way (its last row still said more to come) screened only some (R127-01).
        stopped = ", stopped before the end" if entry.after.get("more") else ""
        return f"as of {_listed(entry.after.get('as_of'))}: {clients} client{'s' if clients != 1 else ''}{stopped}"
    if entry.entity == "screening" and isinstance(entry.after, dict):
        return f"as of {entry.after.get('as_of')}: {str(entry.after.get('best', '')).replace('_', ' ')}"
    if entry.entity == "review" and isinstance(entry.after or entry.before, dict):
        a = entry.after or entry.before  # a review taken back by Undo is kept as "before"
        from clinic_app.eligibility import remedy_title

        remedy = remedy_title(a["remedy"]) if isinstance(a.get("remedy"), str) else a.get("remedy")
        case = names.get(a.get("case"), a.get("case"))
        # A case titled by what its record holds has its brackets already (K85-02).
        whole = f"{case}, whole case" if str(case).endswith(")") else f"{case} (whole case)"
        where = f"{case}, {names.get(a.get('conviction'), a.get('conviction'))}" if a.get("conviction") else whole
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


def denied_said(ruling_on: Any) -> str:
    """A denial by its day, or that its day was not typed with it."""
    return f"denied {ruling_on}" if ruling_on else "denied, the ruling's day not typed"


def record_names(*records: Any) -> dict[str, str]:
    """The case and count keys of stored records (JSON) as the window shows them: "c1" is
    "BA100001", "c1-2" is "VC 23152(a)"; a case with no court number is named as the window's
    lists name it, "c3 (convicted 2019-01-05, PC 647(f), Orange County)" (D86-03); a case or a
    count since removed is named from the record that still had it (the first given that has it)."""
    names: dict[str, str] = {}
    for record in records:
        cases = record.get("cases") if isinstance(record, dict) else None
        # an import's "Client added" keeps a count
        for case, name in zip(cases, case_names(record)) if isinstance(cases, list) else []:
            if not isinstance(case, dict):
                continue
            if isinstance(case.get("id"), str) and case["id"] not in names and name is not None:
                names[case["id"]] = name
            for count in case.get("convictions") or []:
                if isinstance(count, dict) and count.get("id") and count.get("section"):
                    names.setdefault(count["id"], f"{count.get('code') or ''} {count['section']}".strip())
    return names


def _case_logged(case: dict) -> Case | None:
    """What a case's title needs of it (`case_title_day_first`), read from a record the log keeps
    (db.records.client_json); None where the log's record cannot be read so (damaged, or of a
    form this program no longer writes): the case is then named by its number, else its key."""
    try:
        counts = [Conviction(v["id"], v["section"], v.get("code") or "PC",
                             conviction_date=date.fromisoformat(v["conviction_date"]) if v.get("conviction_date") else None)
                  for v in case.get("convictions") or []]
        arrests = [ArrestOffense(a["section"], a.get("code") or "PC") for a in case.get("arrest_offenses") or []]
        return Case(case["id"], case.get("outcome") or "convicted", case.get("case_number"), case.get("jurisdiction") or "CA",
                    case.get("county"), date.fromisoformat(case["disposition_date"]) if case.get("disposition_date") else None,
                    date.fromisoformat(case["arrest_date"]) if case.get("arrest_date") else None,
                    arrest_offenses=arrests, convictions=counts)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def item_named(item: Any, names: dict[str, str]) -> str | None:
    """A block of a record (a case, a count, a petition, a condition) by the name the window
    gives it; None when it has none."""
    if not isinstance(item, dict):
        return None
    petition = petition_named(item)
    if petition:
        return petition
    if item.get("case_number"):
        return f"Case {item['case_number']}"
    if "outcome" in item and names.get(item.get("id")):
        # A case with no number, as the window's lists title it: "Case c2 (arrested 2026-10-02,
        # HS 11350, Los Angeles County)", not its fields alone (K336-04).
        return f"Case {names[item['id']]}"
    if item.get("section"):
        return f"{item.get('code') or ''} {item['section']}".strip()
    if isinstance(item.get("label"), str) and item["label"].strip():
        return item["label"].strip()
    return None


def value_said(value: Any, names: dict[str, str], key: str = "") -> str:
    """A stored value as a person reads it: "(nothing)", "yes", “Docket read”, a count's
    citation for its key, a relief's title for its registry key; a block or a list of them by
    their names and fields, never as the log keeps them (a Python dict with its keys: X69)."""
    if value in (None, "", [], {}):
        return "(nothing)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        if key == "remedy":
            from clinic_app.eligibility import remedy_title

            return remedy_title(value)
        if value in names and key in ("case", "convictions", "conviction", "counts", ""):
            return names[value]
        if key == "language" and value in _LANGUAGES:
            return _LANGUAGES[value]
        if key == "outcome":
            return outcome_words(value)  # as the case form's Outcome box says it, not “no_charges_filed”
        if key == "jurisdiction" and value == "CA":
            return "California"  # as the case form's blank box says it, not a “CA” nobody typed (U110-02)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
        return f"“{value}”"
    if isinstance(value, list):
        return "; ".join(value_said(item, names, key if not isinstance(item, (dict, list)) else "") for item in value)
    if isinstance(value, dict):
        named = item_named(value, names)
        fields = [f"{_field_words(k)}: {value_said(v, names, k)}" for k, v in value.items()
                  if k != "id" and v not in (None, "", [], {}) and not (named and k in _NAMING_FIELDS)]
        if named and fields:
            return f"{named} ({', '.join(fields)})"
        return named or ", ".join(fields) or "(nothing)"
    return str(value)


# Fields a block's name already says ("the PC 1203.4 dismissal petition filed 2026-11-02").
_NAMING_FIELDS = ("remedy", "filed_on", "case_number", "code", "section", "label")


_LANGUAGES = {"en": "English", "es": "Spanish"}


def _field_words(key: str) -> str:
    """A block's field as the forms name it ("filed on"; a petition's counts, not its "convictions")."""
    from ui.services import where_in_record

    if key in _LABELLED:  # a count removed or added whole: "PC 459 (Convicted: 2021-05-01, ...)"
        return _LABELLED[key]
    return "counts" if key == "convictions" else where_in_record(key, [])


def record_lines(record: Any, names: dict[str, str], path: str = "", whole: Any = None) -> list[str]:
    """A whole stored record (a client added, deleted, put back) field by field in the forms'
    words, "Case BA100001, conviction 1, section: “459”", leaving out what is empty."""
    whole = record if whole is None else whole
    if isinstance(record, dict):
        return [line for k, v in record.items() if k not in ("id", *_NOT_FIELDS)
                for line in record_lines(v, names, f"{path}.{k}" if path else k, whole)]
    if isinstance(record, list) and record and all(isinstance(item, dict) for item in record):
        return [line for i, item in enumerate(record) for line in record_lines(item, names, f"{path}[{i}]", whole)]
    if record in (None, "", [], {}):
        return []
    return [f"{in_words(path, whole)}: {value_said(record, names, path.rpartition('.')[2])}"]


def list_change(before: list, after: list, names: dict[str, str]) -> str:
    """Blocks added to or taken from a list (a petition recorded, a count removed) by their
    names, not the whole list before and after."""
    added = [item for item in after if item not in before]
    removed = [item for item in before if item not in after]
    parts = []
    if added:
        parts.append("added " + "; ".join(value_said(item, names) for item in added))
    if removed:
        parts.append("removed " + "; ".join(value_said(item, names) for item in removed))
    return "; ".join(parts) or f"{value_said(before, names)} → {value_said(after, names)}"


def entry_details(entry: Any, names: dict[str, str] | None = None, said: str = "") -> list[str]:
    """The lines under an entry's title in the History tab's details: what changed, from what
    to what, in the clinic's words.  `said` is the row's Changed column.  The details had shown
    the record as the log keeps it: a client added as a Python dict of every field, a screening
    as {'as_of': ..., 'best': 'eligible_now'}, a denial with its case and count keys, a petition
    recorded as its whole list before and after (X69)."""
    names = {**record_names(entry.after, entry.before), **(names or {})}
    before, after = entry.before, entry.after
    if isinstance(before, dict) and isinstance(after, dict) and entry.action != "merge away":
        lines = []
        if entry.action != "update" and said:
            lines.append(said)
        if "merged_into" in after:
            return lines
        after = {k: v for k, v in after.items() if k not in _NOT_FIELDS}
        for path in changed_paths(before, after, limit=40):
            old, new = value_at(before, path), value_at(after, path)
            if isinstance(old, list) and isinstance(new, list) and len(old) != len(new):
                change = list_change(old, new, names)
            else:
                change = f"{value_said(old, names, path.rpartition('.')[2])} → {value_said(new, names, path.rpartition('.')[2])}"
            lines.append(f"{in_words(path, after, before=before)}: {change}")
        return lines
    if entry.entity == "screening" and entry.action == "rescreen" and isinstance(after, dict):
        clients = after.get("clients")
        if after.get("more"):  # stopped half-way: not every client (R127-01)
            return [f"Clients of the caseload screened as of {_listed(after.get('as_of'))} with the rules of "
                    f"{_listed(after.get('rules_version'))} before the re-screen stopped: {clients} client{'s' if clients != 1 else ''} "
                    "screened; the others keep their last screening"]
        return [f"Every client of the caseload screened as of {_listed(after.get('as_of'))} with the rules of "
                f"{_listed(after.get('rules_version'))}: {clients} client{'s' if clients != 1 else ''} screened"]
    if entry.entity == "screening" and isinstance(after, dict):
        from clinic_app.summary import OUTCOME_TITLES

        best = after.get("best")
        outcome = "Eligible on a later day" if best == "eligible_on" else OUTCOME_TITLES.get(best, str(best).replace("_", " "))
        return [f"Screened as of {after.get('as_of')} with the rules of {after.get('rules_version')}: best result {outcome}"]
    if entry.entity == "denial" and isinstance(after, dict):
        counts = after.get("convictions") or []
        filed = f", filed {after['filed_on']}" if after.get("filed_on") else ""
        on = f"counts {value_said(counts, names, 'convictions')}" if counts else "the whole case"
        return [f"{value_said(after.get('remedy'), names, 'remedy')} on {names.get(after.get('case'), after.get('case'))}, {on}{filed}: "
                + denied_said(after.get("ruling_on"))]
    record = None if entry.entity != "client" else before if entry.action == "merge away" or not isinstance(after, dict) else after
    if isinstance(record, dict) and isinstance(record.get("cases"), list):
        # A whole record: a client added, deleted, put back, merged away.
        return [line for line in [said] if line] + record_lines(record, names)
    if said:
        return [said]
    if after is not None or before is not None:
        return [value_said(after if after is not None else before, names)]
    return []


def value_at(record: Any, path: str) -> Any:
    """The value at a changed_paths path ("cases[0].money.fines_paid"); None where there is none."""
    value = record
    for part in path.replace("]", "").replace("[", ".").split("."):
        if not part:
            continue
        try:
            value = value[int(part)] if part.isdigit() else value.get(part)
        except (IndexError, AttributeError, TypeError):
            return None
    return value


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

    @property
    def names(self) -> dict[str, str]:
        """The record's case and count keys as the window shows them."""
        return self._names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.row_item(index)
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_time(e.at),
                e.user,
                action_title(e),
                describe(e, self._names),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            # The Changed column, whole on hover where the table cuts it (a case's title is long).
            return describe(e, self._names) or None
        return None
