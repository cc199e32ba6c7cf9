"""A missing fact as the question a paralegal asks the client or looks up in the file.

Determinations name their missing facts by FORMAT.md path ("sentence.probation.end",
"cases[C2].sentence.completed", "convictions[C1-1].offense_date"): exact, but not what a
person says at an intake table.  `question` gives the plain question for a path, naming
the case and count it belongs to; the text report and the window show the question, and
the JSON result keeps the path.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from clinic_app.eligibility.sentence import SENTENCING_CHOICE

# The field at the end of the path, whichever case or conviction it belongs to.
_QUESTIONS = {
    "person.dob": "What is the person's date of birth?",
    "person.us_citizen": "Is the person a US citizen?",
    "person.ca_resident_since": "Since when has the person lived in California?",
    # Of the screening date, not "today": the engine has no clock (O23C-01, O24-02).
    "person.registrant_290": "Is the person required to register as a sex offender (PC 290) on the screening date?",
    "sentence": "What was the sentence (probation, county jail, state prison, or none)?",
    "sentence.type": "What kind of sentence was it (probation, county jail, state prison, or none), or, if probation was revoked, what sentence followed?",
    "sentence.judgment_date": "On what date was judgment (the sentence) pronounced?",
    "sentence.imposition_suspended": f"Which did the court do at sentencing: {SENTENCING_CHOICE}?",
    "sentence.completed": "Has every part of the sentence (jail, fines, other terms) been completed?",
    "sentence.probation": "What were the probation dates (start and end)?",
    "sentence.probation.kind": "Was probation formal (supervised by the probation department) or summary (unsupervised)?",
    "sentence.probation.start": "On what date did probation start?",
    "sentence.probation.end": "On what date does (or did) probation end?",
    "sentence.probation.status": "Is probation active, completed, revoked or terminated early?",
    "sentence.custody": "When was the person released from custody, and was there supervision afterwards?",
    "sentence.custody.release_date": "On what date was the person released from custody?",
    "sentence.custody.supervision": "Was there supervision after release (PRCS, mandatory supervision or parole)?",
    "sentence.custody.supervision_end": "On what date did the supervision after release (PRCS, mandatory supervision or parole) end?",
    "money.fines_ordered": "How much was ordered in fines (not counting restitution)?",
    "money.fines_paid": "How much of the fines has been paid, and were any converted (to community service or jail) or waived?",
    "money.fines_condition_of_probation": "Was paying the fines a condition of probation?",
    "convictions": "What was the person convicted of (each count's code section, level and conviction date)?",
    "section": "What code section is it, with its subdivision or degree, as the abstract of judgment or the minute order writes it?",
    "conviction_date": "On what date was the person convicted?",
    "level": "Was the conviction a felony, a misdemeanor or an infraction?",
    "offense_date": "On what date was the offense committed?",
    "value_dollars": "What was the value of the property (in dollars)?",
    "open_business_hours": "Was the business open when the person went in (open business hours)?",
    "cannabis_grams": "How much cannabis was involved (in grams)?",
    "cannabis_plants": "How many cannabis plants were involved?",
    "arrest_offenses": "What was the person arrested for (each offense and its level)?",
    "arrest_date": "On what date was the person arrested?",
    "arrest_level": "Was the arrest for a felony or a misdemeanor?",
    "program": "What diversion or deferred-entry program was it, and was it completed?",
    "program.plea_entered": "Did the person enter a plea to join the program?",
    "program.completed_on": "On what date was the program completed?",
}
# An amount the record gives but a result doubts (it reads "50 g" for former HS 11357(b),
# which was 28.5 g or less): asked as the given amount to check, not as if it were missing
# (F26-06: "How much cannabis was involved (in grams)?" beside a record giving 50 g).  Such
# an amount is a step's check, not a missing fact (S27-01); a stored result of older rules
# still names it among its missing facts, and reads the same.
_CHECKS = {
    "cannabis_grams": "The record gives {} g of cannabis: is that the right amount (in grams)?",
    "cannabis_plants": "The record gives {} cannabis plants: is that the right count?",
}
# The custody that followed a revocation: the record gives the sentence (probation, revoked),
# so what followed is asked as that (S28-03: "What kind of sentence was it ...?" was asked of a
# record that gives it, and "When was the person released from custody ...?" took a custody
# term for granted).  Formatted with " on <the revocation's day>" where the record dates it.
_AFTER_REVOCATION = {
    "sentence.custody": "Probation was revoked{}: what sentence followed (a county-jail or state-prison term), when was the person released, and was there supervision afterwards?",
}
# Where a paralegal finds the answer, by the start of the field (readability finding R17-13:
# "Find out, then screen again" said neither who to ask nor where to look).  The longest
# matching start wins.
_WHERE = {
    "person": "ask the client",
    "sentence": "the sentencing minute order or the court docket",
    "sentence.custody.release_date": "the jail or CDCR release record, or the docket",
    "sentence.custody.supervision": "CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet",
    "sentence.custody.supervision_end": "CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet",
    "sentence.probation": "the court docket or the probation department",
    "sentence.completed": "the court docket, and ask the client",
    "money": "the court's collections record or the docket",
    "convictions": "the abstract of judgment, the minute order or the court docket",
    "section": "the abstract of judgment or the minute order",
    "conviction_date": "the court docket",
    "level": "the abstract of judgment, the minute order or the court docket",
    "offense_date": "the complaint or the police report",
    "value_dollars": "the police report or the plea form",
    "open_business_hours": "the police report",
    "cannabis_grams": "the police report or the plea form",
    "cannabis_plants": "the police report or the plea form",
    "arrest_offenses": "the RAP sheet or the arrest report",
    "arrest_date": "the RAP sheet or the arrest report",
    "arrest_level": "the RAP sheet or the arrest report",
    "program": "the court docket",
}
_OWNER = re.compile(r"^(?:cases\[(?P<case>[^\]]*)\]\.)?(?:convictions\[(?P<conv>[^\]]*)\]\.)?(?P<field>.+)$")


def owner_of(path: str) -> tuple[str | None, str | None] | None:
    """(case, conviction) a fact's path names, as its question says them; None for a fact of
    the person or of the result's own case (a path without "cases[...]" or "convictions[...]")."""
    m = _OWNER.match(path)
    return (m["case"], m["conv"]) if m is not None and (m["case"] or m["conv"]) else None


def where_to_look(path: str) -> str | None:
    """Where the answer to a missing fact is found ("the sentencing minute order or the court
    docket"); None for a field this table does not know."""
    m = _OWNER.match(path)
    return _source(m["field"] if m is not None else path)


@functools.lru_cache(maxsize=256)
def _source(field: str) -> str | None:
    """The source of one field, worked out once: a re-screen asks it for every review."""
    best = None
    for start, source in _WHERE.items():
        if (field == start or field.startswith(start + ".")) and (best is None or len(start) > len(best)):
            best = start
    return _WHERE[best] if best is not None else None


def fields_checked(step: str) -> list[str]:
    """The fields whose given amount `step` asks to check (`_CHECKS`' words), for a reader of a
    result's steps that must name the fact: a doubted amount is no missing fact (S27-01)."""
    return [field for field, check in _CHECKS.items() if check.split("{}")[1] in step]


def given_facts(cases: Iterable) -> dict[str, str]:
    """What the record gives that changes how a missing fact is asked, by the path a result
    would name it with: an amount ("cases[A].convictions[A1].cannabis_grams", and
    "convictions[A1].cannabis_grams" too when no other count has the id A1), and a probation
    that stands revoked, for the custody that followed ("cases[A].sentence.custody", and
    "sentence.custody" too when there is one case)."""
    cases = list(cases)
    given = {}
    for case in cases:
        p = case.sentence.probation if case.sentence is not None and case.sentence.type == "probation" else None
        if p is not None and p.stands_revoked():
            day = p.last_revoked()
            given[f"cases[{case.id}].sentence.custody"] = f" on {day.isoformat()}" if day is not None else ""
            if len(cases) == 1:
                given["sentence.custody"] = given[f"cases[{case.id}].sentence.custody"]
    counts = [(case, conv) for case in cases for conv in case.convictions]
    ids = Counter(conv.id for _case, conv in counts)
    for case, conv in counts:
        for field in _CHECKS:
            value = getattr(conv, field, None)
            if value is None:
                continue
            given[f"cases[{case.id}].convictions[{conv.id}].{field}"] = f"{value:g}"
            if ids[conv.id] == 1:
                given[f"convictions[{conv.id}].{field}"] = f"{value:g}"
    return given


def own_case_given(given: Mapping[str, str], case_id: str) -> dict[str, str]:
    """`given` (from `given_facts`) with a case's own entries also under the path a result of
    that case names them by, without "cases[<id>].": with several cases, a result's own
    "sentence.custody" was asked as the general custody question after a revocation
    (S28B-03; a step's question does the same through `given_facts([case])`)."""
    own = f"cases[{case_id}]."
    return {**given, **{path.removeprefix(own): value for path, value in given.items() if path.startswith(own)}}


def question(path: str, cases: Mapping[str, str] | None = None, convictions: Mapping[str, str] | None = None, given: Mapping[str, str] | None = None) -> str:
    """The plain question for a missing fact's FORMAT.md path; the path itself when unknown.

    A fact of another case or of a given conviction says whose it is: "Case C2: Has the
    sentence been completed?".  `cases` and `convictions` name them as the reader knows
    them (the court number, the count's section), by request id; an id not in them is said
    as it is.  An amount in `given` (from `given_facts`) is asked as a check of it, the custody
    after a revocation as what followed it.
    """
    m = _OWNER.match(path)
    if m is None:  # pragma: no cover - the pattern matches any non-empty text
        return path
    if given and path in given and m["field"] in _CHECKS:
        asked = _CHECKS[m["field"]].format(given[path])
    elif given and path in given and m["field"] in _AFTER_REVOCATION:
        asked = _AFTER_REVOCATION[m["field"]].format(given[path])
    else:
        asked = _QUESTIONS.get(m["field"])
    if asked is None:
        return path
    owner = [f"Case {(cases or {}).get(m['case'], m['case'])}"] if m["case"] else []
    if m["conv"]:
        owner.append(f"conviction {(convictions or {}).get(m['conv'], m['conv'])}")
    if not owner:
        return asked
    whose = ", ".join(owner)
    return f"{whose[0].upper()}{whose[1:]}: {asked}"


def named_as_recorded(text: str, cases: dict[str, str], convictions: dict[str, str]) -> str:
    """`text` with each "Case <id>" and "conviction <id>" the rules wrote named as the record
    names them (the court number, the count's section), as the facts to find out are: a step
    said "Conviction c1-1: Was the business open ...?", and "c1-1" is on no paper the attorney
    holds (A34-06); the filing worksheet's steps likewise.  The rules keep the ids: a FORMAT.md
    request's own ("A1") mean something.  A case the rules already named by what the record
    holds, "case c3 (VC 23152(a), convicted 2024-06-20, Los Angeles County)" (B86-01), is left
    as it is: named again it read "case c3 (convicted 2024-06-20, ...) (VC 23152(a), ...)"."""
    owners = [("ase", cases, r"(?=[:,.;)]|\s(?!\()|$)"), ("onviction", convictions, r"(?=[:,.;)\s]|$)")]
    for word, known, after in owners:
        ids = sorted((i for i in known if i and known[i] and known[i] != i), key=len, reverse=True)
        if ids:
            pattern = rf"\b([Cc]{word}) ({'|'.join(map(re.escape, ids))}){after}"
            text = re.sub(pattern, lambda m, k=known: f"{m[1]} {k[m[2]]}", text)
    return text
