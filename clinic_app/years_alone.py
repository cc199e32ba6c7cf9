"""Intake's lines in the client's notes for a date the client knew only by its year, kept
naming their case when the cases change.

Intake writes "Case 21M05678: probation end 2019, the year alone (the day was not known at
intake)." (ui/intake.py, _with_years_noted; E70-03), a case without a number named by its
place, "Case 2 (no case number): ...", and the filing worksheet prints the line under the case
it names (V71-03).  A case removed moved the cases after it up a place, so the worksheet printed
the removed case's year under the case now in its place (R72); a number typed later, or
corrected, left the line naming the case as it was, and the worksheet printed it nowhere.
"""

from __future__ import annotations

import dataclasses
import re

from clinic_app.matching import case_number_key, names_a_case
from clinic_app.model import Case, Client

# The line, as intake writes it and everyone after reads it (the worksheet, a merge, a save).
_LINE = "Case {case}: {what} {year}, the {alone} (the day was not known at intake{counted})."
# "March 1994, the month and year alone" too, where the client knew the month (X162-04); a
# year counted from what the client told, "; counted from ..." after "intake" (R362-01).
_YEAR_ALONE = re.compile(r"^Case (?P<case>.+?)(?P<said>: (?P<what>[a-z ]+) (?:(?P<month>[A-Z][a-z]+) )?(?P<year>\d{4}), "
                         r"the (?:month and )?year alone \(the day was not known at intake(?P<counted>; counted from [^()]+)?\)\.)$")


def case_named(case: Case, place: int) -> str:
    """How intake's line names `case`, the `place`-th of its record: its number, or its place.
    "Unknown" (or "pending", "N/A") typed where the number was not known is no number (R46-06):
    two cases of a walk-in both "unknown" were one name, and the worksheet printed each one's
    year under both (R74-02)."""
    number = case.case_number
    return number if number and names_a_case(case_number_key(number)) else f"{place} (no case number)"


def _names(case: Case, place: int) -> set[str]:
    """The names a line may give `case`: as `case_named`, and the number as typed, which a line
    written before R74-02 gave a case "unknown"."""
    return {case_named(case, place), *([case.case_number] if case.case_number else [])}


def year_alone_line(case: Case, place: int, what: str, year: int | str, counted: str = "") -> str:
    """Intake's line for `what` ("probation end") of `case` given by its `year` alone, or by its
    month and year ("March 1994").  `counted`: how the year was counted where the client did not
    give it ("counted from “PROB 3 YRS”, 3 years from a conviction in 2012: ...", no brackets):
    the line read "probation end 2015, the year alone" as if she had said 2015 (R362-01)."""
    alone = "year alone" if str(year).isdigit() else "month and year alone"
    return _LINE.format(case=case_named(case, place), what=what, year=year, alone=alone,
                        counted=f"; {counted}" if counted else "")


def read_line(line: str) -> re.Match | None:
    """Intake's line read: its `case` as named, `what`, `year`, and `said` (all after the case's
    name); None for any other line of the notes, the user's own words."""
    return _YEAR_ALONE.match(line.strip())


def _lines_of(client: Client, case: Case) -> list[re.Match]:
    """Intake's lines of `client`'s notes naming `case` (one of `client`'s cases), read."""
    place = next((n for n, c in enumerate(client.cases, start=1) if c is case), None)
    names = _names(case, place) if place is not None else {case.case_number}
    return [m for line in (client.notes or "").splitlines() if (m := read_line(line)) and m["case"] in names]


def said_of(client: Client, case: Case) -> list[str]:
    """The dates of `case` (one of `client`'s cases) the client gave by their year alone, as
    intake noted them: "probation end 2019, the year alone (the day was not known at intake)".
    Not one whose day the record has since (`day_recorded`): the worksheet printed the year told
    under the day typed from the papers, as if still all that was known (K217-02)."""
    return [m["said"].removeprefix(": ").removesuffix(".") for m in _lines_of(client, case)
            if not day_recorded(case, m["what"])]


def day_recorded(case: Case, what: str) -> bool:
    """Whether `case` now has a day for `what` ("probation end"), as intake names it: typed on
    the Record tab from the papers, the year told is history.  A count's day is the worksheet's,
    its conviction's or else the judgment's."""
    sentence = case.sentence
    probation = sentence.probation if sentence is not None else None
    custody = sentence.custody if sentence is not None else None
    if what == "probation end":
        return probation is not None and probation.last_day is not None
    if what == "supervision end":
        return custody is not None and custody.supervision_end is not None
    if what == "release day":
        return custody is not None and custody.release_date is not None
    if what == "arrest date":
        return case.arrest_date is not None
    if what == "conviction date":
        judged = sentence is not None and sentence.judgment_date is not None
        return bool(case.convictions) and all(conv.conviction_date is not None or judged for conv in case.convictions)
    return False


def year_given(client: Client, case: Case, what: str) -> int | None:
    """The year the client gave at intake for `what` ("conviction date") of `case`, its day not
    known; None if none was given.  The handout's card says it where the record has no day:
    "year not known" was printed under a year the client had just told (X162-01)."""
    return next((int(m["year"]) for m in _lines_of(client, case) if m["what"] == what), None)


def given_as(client: Client, case: Case, what: str) -> str | None:
    """What the client gave of `what` ("conviction date") of `case` at intake, its day not known:
    "1973", "March 1982"; None if not given."""
    m = next((m for m in _lines_of(client, case) if m["what"] == what), None)
    if m is None:
        return None
    return f"{m['month']} {m['year']}" if m["month"] else m["year"]


def counted(client: Client, case: Case, what: str) -> bool:
    """Whether intake counted the year of `what` ("probation end") of `case` from what the client
    told ("PROB 3 YRS" from "around 2012", R362-01), not given by the client herself."""
    return any(m["what"] == what and m["counted"] for m in _lines_of(client, case))


def told(client: Client, case: Case, what: str) -> str | None:
    """How the client gave `what` ("probation end") of `case` at intake, its day not known: "the
    year alone: 1973", "the month and year alone: March 1982", a year counted from the term she
    told "a term of probation, counted to end in 2015" (R362-02); None if not given."""
    given = given_as(client, case, what)
    if given is None:
        return None
    if counted(client, case, what):
        return f"a term of probation, counted to end in {given}"
    return f"the year alone: {given}" if given.isdigit() else f"the month and year alone: {given}"


def _named(before: Client, name: str) -> list[Case]:
    """The cases of `before` that intake's line naming `name` is about, as the worksheet reads it."""
    return [case for place, case in enumerate(before.cases, start=1) if name in _names(case, place)]


def years_alone_kept(before: Client, after: Client, keys: dict[str, str] | None = None) -> Client:
    """`after`, the record `before` becomes, with intake's lines naming a case of `before` renamed
    to name that case as `after` does (its new place, or the number typed since), and the line
    of a case removed taken out with it (Undo puts both back: the step keeps `before`).  A line
    naming no case of `before` (a case added in this step, the user's own words) is as written.
    `keys`: the key in `after` of each case of `before` whose key is not its own there (a merge's:
    the case it went into).  `after` itself is not changed; it is returned as it is when nothing
    is renamed."""
    keys = keys or {}
    at = {case.id: (case, place) for place, case in enumerate(after.cases, start=1)}
    now = {case.id: at[keys.get(case.id, case.id)] for case in before.cases if keys.get(case.id, case.id) in at}
    lines, changed = [], False
    for line in (after.notes or "").split("\n"):
        said = read_line(line)
        cases = _named(before, said["case"]) if said else []
        if not cases or any(said["case"] in _names(*now[case.id]) for case in cases if case.id in now):
            lines.append(line)  # not intake's, naming no case of before, or the case named as it was
            continue
        changed = True
        kept = next((case_named(*now[case.id]) for case in cases if case.id in now), None)
        if kept is not None:
            lines.append(f"Case {kept}{said['said']}")
    if not changed:
        return after
    return dataclasses.replace(after, notes="\n".join(lines))
