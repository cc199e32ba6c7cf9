"""A client's record in the clinic's words, as the Record tab names its cases and fields: where
a record the record's check refuses is said away from the Record tab (`clinic-app merge` and
the window's merge, `export` and File > Export), a paralegal moving a caseload between laptops
met "cases[0].sentence.probation.end" and no client (K395).  No Qt, no SQL: the command line
and the window say it through these functions alike."""

from __future__ import annotations

import re

from clinic_app.case_titles import titles_day_first
from clinic_app.model import Case, Client
from clinic_app.screening_format import FormatError, check_cases

# "registrant 290" was said of the box "Registered under PC 290" (Z83-02): named as a merge's
# differences name it (clinic_app.differences); the other fields read right as they are spelled.
_FIELD_WORDS = {"dob": "date of birth", "us_citizen": "US citizen", "ca_resident_since": "CA resident since",
                "registrant_290": "PC 290 registration",
                # As the count's and the money's labels say them, not "value dollars" (R84a-04).
                "value_dollars": "value", "open_business_hours": "shop open",
                "fines_condition_of_probation": "fines a probation condition",
                # The case form's "State or court:" box (L109-04): a case marked out of state by
                # mistake and put right was "Edit Case BA100001, jurisdiction" (U110-02).
                "jurisdiction": "state or court",
                # The Record tab's "Clinic event:" box: a rename of the event read "event: “A” →
                # “B”" in each client's History (Y114-02).
                "event": "clinic event",
                # A petition's days as its row labels them, "Hearing:" and "Ruled on:": "petition of
                # 2026-12-08, hearing on" read as if the day were missing (H351-02).
                "hearing_on": "hearing", "ruling_on": "ruled on"}
# A sentence's fields whose label says "sentence", a block's name the words leave out ("probation
# end", not "sentence probation end"): Sen&tence changed read "Edit Case BA100001, type" (R84a-04).
_SENTENCE_WORDS = {"type": "sentence", "completed": "sentence completed"}


def where_in_record(path: str, case_numbers: list[str | None]) -> str:
    """A FORMAT.md path in the clinic's words: "cases[0].convictions[1].conviction_date" is
    "Case BA123456, conviction 2, conviction date" (W21-09: the path itself was shown);
    `case_numbers` are the record's cases' numbers, in order."""
    parts: list[str] = []
    words: list[str] = []  # names in a row read as one: "probation early termination"
    within = None  # the name before: the block a field is in
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", path):
        if index and words:
            parts.append(" ".join(words))
            words = []
        if name == "cases" and index:
            number = case_numbers[int(index)] if int(index) < len(case_numbers) else None
            parts.append(f"Case {number}" if number else f"Case {int(index) + 1}")
        elif index:
            parts.append(f"{name.removesuffix('s').replace('_', ' ')} {int(index) + 1}")
        elif within == "sentence" and name in _SENTENCE_WORDS:
            words.append(_SENTENCE_WORDS[name])
        elif name not in ("sentence", "money", "person"):
            words.append(_FIELD_WORDS.get(name, name.replace("_", " ")))
        within = name
    if words:
        parts.append(" ".join(words))
    return ", ".join(parts) or path


# The Record tab's labels of the ends a record stored before K386 may hold before its conviction
# ("Probation end:", "Ended early on:", "Supervision end:", ui/case_form.py): the path's own
# words read "custody supervision end", a name the tab shows nowhere (K395).
RECORD_TAB_NAMES = {"sentence.probation.end": "Probation end", "sentence.probation.early_termination": "Ended early on",
                    "sentence.custody.supervision_end": "Supervision end",
                    # The check's other dates the path's words name otherwise: "custody release
                    # date", "program completed on" (R407-03).
                    "sentence.custody.release_date": "Release day", "program.completed_on": "Program completed"}


# The Record tab's labels of a row's fields the record's check refuses ("Offense on:", ui/case_rows.py),
# keyed by the path with each row's number left out: "conviction 1, offense date" was said beside
# "Offense on:", "condition 1, required" beside "Of:" (K422-01).  The row's number is kept.
ROW_NAMES = {"convictions[].offense_date": "Offense on", "convictions[].section": "Offense",
             # "conviction 1, conviction date" was said beside "Convicted:" (K425-01).
             "convictions[].conviction_date": "Convicted",
             "convictions[].relief_granted[].date": "On", "conditions[].required": "Of",
             "convictions[].relief_granted[].remedy": "Granted",  # "remedy" (K425-03)
             "sentence.probation.violations[].date": "Violation on"}


# The Record tab's labels of the client's own facts ("Date of birth:", ui/person_form.py): a date
# of birth stored as a day no court record holds was "date of birth" in the export's warning and
# no field at all in the import's "(it is Rita Sinsentencia's: ...)" (K425-02).
CLIENT_NAMES = {"person.dob": "Date of birth", "person.ca_resident_since": "CA resident since",
                "person.us_citizen": "US citizen", "person.on_supervision": "On supervision"}


def refused_fact(client: Client) -> FormatError | None:
    """The first of the client's facts the record's check refuses with the others (its `path`
    the fact's), or None."""
    try:
        check_cases(client.cases, dob=client.person.dob)
    except FormatError as error:
        return error
    return None


def in_the_record(client: Client, error: FormatError) -> str:
    """`error` said as the Record tab names its place: "Case 24CR042, Probation end: 2023-09-01 is
    before the conviction date 2024-03-01" (`named_in`)."""
    return f"{named_in(client.cases, error.path)}: {error.problem}"


def named_in(cases: list[Case], path: str) -> str:
    """The fact at `path` of `cases` as the Record tab names it, "Case 24CR042, Probation end"; a
    case without a number by what its record holds, as the tab's list and History title it
    ("Case c3 (convicted 2019-06-01, PC 459, Fresno County)"); a number two of them share so too, as
    the Eligibility tab's questions tell them apart (`sharing_a_number`): "Case 24CR042" was said
    of either (R400-01).  A row's field by its label after the row, "conviction 1, Offense on";
    a client's own by its label alone, "Date of birth"."""
    if path in CLIENT_NAMES:
        return CLIENT_NAMES[path]
    titles = titles_day_first(cases)
    place = re.fullmatch(r"cases\[(\d+)\]\.(.+)", path)
    if place and int(place[1]) < len(titles) and place[2] in RECORD_TAB_NAMES:
        return f"Case {titles[int(place[1])]}, {RECORD_TAB_NAMES[place[2]]}"
    row = re.fullmatch(r"(cases\[\d+\]\..*\])\.(\w+)", path)  # a row's field: its row, then its label
    label = ROW_NAMES.get(re.sub(r"\[\d+\]", "[]", path.split(".", 1)[1])) if row else None
    if label is not None:
        return f"{where_in_record(row[1], titles)}, {label}"
    return where_in_record(path, titles)


def whose(client: Client) -> str:
    """"Rita Sinsentencia (id 12)": the client as the caseload list and a merge name them."""
    return f"{client.name} (id {client.id})" if client.id is not None else client.name
