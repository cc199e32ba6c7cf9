"""Rows <-> domain dataclasses: the trusted, fast translation between the schema and the model.

The strict `screening_format.read_object` checks every value because its input comes
from outside.  Rows here were written by this module into STRICT tables, so they are
trusted and converted directly, which is what lets the whole caseload (100,000 clients)
load in seconds.  Each `*_COLUMNS` tuple is the order of the values in its row tuple;
`*_values` writes that tuple, `*_from_row` reads it back.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import fields, is_dataclass
from datetime import date
from itertools import count
from typing import Any, Sequence

import orjson

from clinic_app.model import (
    ArrestOffense,
    ClientSummary,
    Case,
    Client,
    Condition,
    Consequence,
    CountRemoved,
    Determination,
    Conviction,
    Custody,
    Money,
    Payment,
    Person,
    Petition,
    Probation,
    Program,
    Reason,
    ReliefGranted,
    Screening,
    Sentence,
    Violation,
)
from clinic_app.case_titles import case_title_day_first
from clinic_app.court import court_json
from clinic_app.eligibility.depends_on import law_named
from clinic_app.matching import case_number_words
from clinic_app.review import review_keys
from clinic_app.summary import REMEDY_OPEN

# ---- small converters -------------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


_fromiso = date.fromisoformat


def _pd(text: str | None) -> date | None:
    return None if text is None else _fromiso(text)


def _b(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _pb(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def plain(value: Any) -> Any:
    """Any model value as JSON-ready data, every field included (dates as ISO text)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def client_json(client: Client) -> str:
    """The whole client as JSON: what the audit log keeps as before/after."""
    return _json(plain(client))


# ---- clients ----------------------------------------------------------------------------

CLIENT_COLUMNS = (
    "id", "name", "aliases", "language", "event", "phone", "notes",
    "dob", "registrant_290", "us_citizen", "ca_resident_since", "pending_charges",
    "on_supervision", "fire_camp", "trafficking_survivor",
)  # fmt: skip


def client_values(client: Client, client_id: int) -> tuple:
    p = client.person
    return (
        client_id, client.name, _json(client.aliases), client.language, client.event, client.phone, client.notes,
        _d(p.dob), int(p.registrant_290), _b(p.us_citizen), _d(p.ca_resident_since), int(p.pending_charges),
        p.on_supervision, int(p.fire_camp), int(p.trafficking_survivor),
    )  # fmt: skip


def searched_case_numbers(numbers: Sequence[str]) -> str:
    """The case numbers as the search index holds them: each number's words
    (clinic_app.matching.case_number_words), so that it is found however the user types it
    (W22-03, F58-02, N83-01; the other way round is repository.fts_query's)."""
    return " ".join(word for number in numbers for word in case_number_words(number))


def searched_names(text: str) -> str:
    """Names (a client's, or their aliases) as the search index holds them: as written and,
    for each name written with an apostrophe or a hyphen inside it ("O'Brien", "D’Angelo",
    "Hernández-García"), also run together ("OBrien"), as a RAP sheet or a court index prints
    it: "OBrien" typed found nobody stored as "O'Brien" (F58-04; the other way round is
    repository.fts_query's)."""
    joined = ["".join(re.findall(r"\w+", name)) for name in _JOINED_NAME.findall(text)]
    return " ".join([text, *joined]) if joined else text


_JOINED_NAME = re.compile(r"\w+(?:['\u2019\u2018`-]\w+)+")


def client_from_row(row: tuple, cases: list[Case]) -> Client:
    (cid, name, aliases, language, event, phone, notes, dob, reg, citizen, resident, pending, supervision, camp, survivor) = row
    person = Person(
        dob=_pd(dob),
        registrant_290=bool(reg),
        us_citizen=_pb(citizen),
        ca_resident_since=_pd(resident),
        pending_charges=bool(pending),
        on_supervision=supervision,
        fire_camp=bool(camp),
        trafficking_survivor=bool(survivor),
    )
    return Client(
        name=name,
        person=person,
        cases=cases,
        id=cid,
        aliases=json.loads(aliases) if aliases != "[]" else [],
        language=language,
        event=event,
        phone=phone,
        notes=notes,
    )


# ---- cases ------------------------------------------------------------------------------

CASE_COLUMNS = (
    "id", "client_id", "position", "case_key", "outcome", "case_number", "jurisdiction", "county",
    "disposition_date", "arrest_date", "arrest_level", "arrest_offenses", "program", "protective_order_until",
    "sentence_type", "judgment_date", "imposition_suspended", "sentence_completed",
    "has_probation", "probation_kind", "probation_start", "probation_end", "early_termination",
    "probation_status", "violations",
    "has_custody", "custody_split", "release_date", "supervision", "supervision_end",
    "has_money", "fines_ordered", "fines_paid", "fines_condition_of_probation",
    "restitution_ordered", "restitution_paid",
)  # fmt: skip


def case_values(case: Case, case_id: int, client_id: int, position: int) -> tuple:
    s = case.sentence
    pr = s.probation if s is not None else None
    cu = s.custody if s is not None else None
    m = case.money
    program = None
    if case.program is not None:
        program = _json({"kind": case.program.kind, "plea_entered": case.program.plea_entered, "completed_on": _d(case.program.completed_on)})
    return (
        case_id, client_id, position, case.id, case.outcome, case.case_number, case.jurisdiction, case.county,
        _d(case.disposition_date), _d(case.arrest_date), case.arrest_level,
        _json([[o.section, o.code, o.level] for o in case.arrest_offenses]) if case.arrest_offenses else "[]",
        program, _d(case.protective_order_until),
        s.type if s else None, _d(s.judgment_date) if s else None,
        _b(s.imposition_suspended) if s else None, _b(s.completed) if s else None,
        int(pr is not None), pr.kind if pr else None, _d(pr.start) if pr else None, _d(pr.end) if pr else None,
        _d(pr.early_termination) if pr else None, pr.status if pr else None,
        _json([[v.date.isoformat(), v.outcome] for v in pr.violations]) if pr and pr.violations else "[]",
        int(cu is not None), _b(cu.split) if cu else None, _d(cu.release_date) if cu else None,
        cu.supervision if cu else None, _d(cu.supervision_end) if cu else None,
        int(m is not None), m.fines_ordered if m else None, m.fines_paid if m else None,
        _b(m.fines_condition_of_probation) if m else None,
        m.restitution_ordered if m else None, m.restitution_paid if m else None,
    )  # fmt: skip


def case_from_row(row: tuple, convictions: list[Conviction], conditions: list[Condition], payments: list[Payment],
                  petitions: list[Petition] | None = None) -> Case:
    (
        _id, _client, _pos, key, outcome, number, jurisdiction, county,
        disposition, arrest, arrest_level, offenses, program, protective,
        stype, judgment, suspended, completed,
        has_prob, pkind, pstart, pend, early, pstatus, violations,
        has_cust, split, release, supervision, sup_end,
        has_money, f_ord, f_paid, f_cond, r_ord, r_paid,
    ) = row  # fmt: skip
    # Dates are parsed inline (not through _pd): this runs for every case of a 100,000-client rescreen.
    iso = _fromiso
    sentence = None
    if stype is not None:
        probation = None
        if has_prob:
            probation = Probation(
                pkind,
                iso(pstart) if pstart is not None else None,
                iso(pend) if pend is not None else None,
                iso(early) if early is not None else None,
                [Violation(iso(d), o) for d, o in json.loads(violations)] if violations != "[]" else [],
                pstatus,
            )
        custody = None
        if has_cust:
            custody = Custody(bool(split), iso(release) if release is not None else None, supervision, iso(sup_end) if sup_end is not None else None)
        sentence = Sentence(
            stype,
            iso(judgment) if judgment is not None else None,
            None if suspended is None else bool(suspended),
            None if completed is None else bool(completed),
            probation,
            custody,
        )
    money = Money(f_ord, f_paid, None if f_cond is None else bool(f_cond), r_ord, r_paid, payments) if has_money else None
    prog = None
    if program is not None:
        p = json.loads(program)
        prog = Program(kind=p["kind"], plea_entered=p["plea_entered"], completed_on=_pd(p["completed_on"]))
    return Case(
        key,
        outcome,
        number,
        jurisdiction,
        county,
        iso(disposition) if disposition is not None else None,
        iso(arrest) if arrest is not None else None,
        arrest_level,
        [ArrestOffense(s, c, lv) for s, c, lv in json.loads(offenses)] if offenses != "[]" else [],
        prog,
        iso(protective) if protective is not None else None,
        convictions,
        sentence,
        conditions,
        money,
        petitions or [],
    )


# ---- convictions, conditions, payments --------------------------------------------------

CONVICTION_COLUMNS = (
    "id", "case_id", "position", "conviction_key", "section", "code", "level", "wobbler",
    "conviction_date", "offense_date", "value_dollars", "open_business_hours",
    "cannabis_grams", "cannabis_plants", "trafficking_related", "relief_granted",
)  # fmt: skip


def conviction_values(c: Conviction, conviction_id: int, case_id: int, position: int) -> tuple:
    return (
        conviction_id, case_id, position, c.id, c.section, c.code, c.level, _b(c.wobbler),
        _d(c.conviction_date), _d(c.offense_date), c.value_dollars, _b(c.open_business_hours),
        c.cannabis_grams, c.cannabis_plants, int(c.trafficking_related),
        _json([[r.remedy, _d(r.date)] for r in c.relief_granted]) if c.relief_granted else "[]",
    )  # fmt: skip


def conviction_from_row(row: tuple) -> Conviction:
    (_id, _case, _pos, key, section, code, level, wobbler, conv_date, off_date, value, open_hours, grams, plants, trafficking, relief) = row
    iso = _fromiso
    return Conviction(
        key,
        section,
        code,
        level,
        None if wobbler is None else bool(wobbler),
        iso(conv_date) if conv_date is not None else None,
        iso(off_date) if off_date is not None else None,
        value,
        None if open_hours is None else bool(open_hours),
        grams,
        plants,
        bool(trafficking),
        [ReliefGranted(r, _pd(d)) for r, d in json.loads(relief)] if relief != "[]" else [],
    )


CONDITION_COLUMNS = ("id", "case_id", "position", "kind", "label", "required", "done", "completed_on")


def condition_values(c: Condition, condition_id: int, case_id: int, position: int) -> tuple:
    return (condition_id, case_id, position, c.kind, c.label, c.required, c.done, _d(c.completed_on))


def condition_from_row(row: tuple) -> Condition:
    return Condition(kind=row[3], label=row[4], required=row[5], done=row[6], completed_on=_pd(row[7]))


PAYMENT_COLUMNS = ("id", "case_id", "position", "kind", "date", "amount", "receipt")


def payment_values(p: Payment, payment_id: int, case_id: int, position: int) -> tuple:
    return (payment_id, case_id, position, p.kind, p.date.isoformat(), p.amount, p.receipt)


def payment_from_row(row: tuple) -> Payment:
    return Payment(row[3], _fromiso(row[4]), row[5], row[6])


PETITION_COLUMNS = ("id", "case_id", "position", "remedy", "convictions", "filed_on", "hearing_on", "ruling", "ruling_on", "note",
                    "counts_removed")
# What an import compares of a petition to tell the same record (remedy to note): not how a
# count since removed is written, which an import of before did not keep (E58-03), so a file
# imported again is still the same record.
PETITION_AS_FILED = PETITION_COLUMNS[3:10]


def petition_values(p: Petition, petition_id: int, case_id: int, position: int) -> tuple:
    return (petition_id, case_id, position, p.remedy, _json(p.convictions), p.filed_on.isoformat(), _d(p.hearing_on),
            p.ruling, _d(p.ruling_on), p.note, _json(plain(p.counts_removed)) if p.counts_removed else None)


def petition_from_row(row: tuple) -> Petition:
    removed = [CountRemoved(**count) for count in json.loads(row[10])] if row[10] else []
    return Petition(row[3], _fromiso(row[5]), json.loads(row[4]), _pd(row[6]), row[7], _pd(row[8]), row[9], removed)


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def select_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"SELECT {', '.join(f'{table}.{c}' for c in columns)} FROM {table}"


# ---- screenings -------------------------------------------------------------------------


def _determination_plain(d: Determination) -> dict:
    return {
        "case": d.case,
        "conviction": d.conviction,
        "remedy": d.remedy,
        "status": d.status,
        "mode": d.mode,
        "date": _d(d.date),
        "reasons": [{"text": r.text, "cite": r.cite} for r in d.reasons],
        "next_steps": list(d.next_steps),
        "missing_facts": list(d.missing_facts),
        "confidence": d.confidence,
    }


def _consequence_plain(c: Consequence) -> dict:
    return {"case": c.case, "conviction": c.conviction, "topic": c.topic, "text": c.text, "cite": c.cite}


def screening_json(screening: Screening) -> str:
    """`screening_format.screening_to_dict(screening)` as JSON, written field by field.

    The generic writer walks every value through `dataclasses.fields`; re-screening a
    100,000-client caseload stores 100,000 of these, so this one is spelled out (a test
    checks it stays equal to the generic one when the model changes).
    """
    return _json(
        {
            "as_of": screening.as_of.isoformat(),
            "rules_version": screening.rules_version,
            "results": [_determination_plain(d) for d in screening.results],
            "consequences": [_consequence_plain(c) for c in screening.consequences],
        }
    )


# ---- the stored form of a screening (screenings.result) --------------------------------
#
# A re-screen of 100,000 clients writes 100,000 results of ~45 determinations each, and
# each client keeps its newest few.  The FORMAT.md mapping (`screening_json`) repeats every
# key name in every determination (~20 KB a client); the stored form below is the same
# data as JSON arrays whose long texts (reasons, citations, next steps, missing facts,
# consequences) are written once per result, in a table, and named by their place in it:
# a result repeats the same reasons and citations for each conviction, so about half its
# text is repeats (measured on the demo caseload: 10.4 KB -> ~7 KB a client, at about the
# same cost to encode and less to write).  It is lossless:
# `screening_from_stored` gives back an equal Screening.  Rows written in older forms (the
# FORMAT.md mapping, version 2 without the table, version 3 without the labels) are still
# read, so no migration is needed.
#
#   [4, as_of, rules_version, texts, [determination...], [consequence...], [labels...]]
#   texts: every distinct long text of the result, in order of first use; below, each
#          reason, citation, next step, missing fact and consequence text or citation is
#          its index into this list
#   determination: [case, conviction, remedy, status, reasons, confidence]      (short form)
#              or  [case, conviction, remedy, status, reasons, confidence,
#                   mode, date, next_steps, missing_facts]                      (long form)
#   reasons: [text, cite, text, cite, ...];  next_steps, missing_facts: [text, ...]
#   consequence: [case, conviction, topic, text, cite]
#   labels: [case id, its title, day first (case_titles.case_title_day_first), [conviction id, section as written, ...]]
#          for each case of the record screened: how the window named them then.  A stored
#          result is shown as it was, and the record may have lost that case since, or given
#          its id to a new one (GUI check G18-02: an old row read "NEW777777 | HS 11350").
#
# The short form is used when mode, date, next steps and missing facts are all empty (most
# not_applicable rows).  The leading 4 is the format version.

STORED_SCREENING_VERSION = 4

Labels = dict[tuple[str, str | None], tuple[str, str]]


def record_labels(cases) -> list:
    """The labels part of the stored form (above) for a record's cases."""
    return [[case.id, case_title_day_first(case), [x for v in case.convictions for x in (v.id, law_named(v.code, v.section))]] for case in cases]


def _encode_stored(value: Any) -> str:
    """Compact JSON, the very text `json.dumps(value, ensure_ascii=False, separators=(",", ":"))`
    writes (a test checks it), by orjson: about 7 times faster on these nested lists of short
    strings and small numbers, where the standard encoder spent more time than screen() did
    (measured: 92 -> 13 us a client).  Only for what a stored screening holds (text, small
    whole numbers, nulls): orjson writes some floats differently."""
    return orjson.dumps(value).decode()


def stored_screening(screening: Screening, labels: Sequence = ()) -> str:
    """The screening as the compact JSON kept in screenings.result (see above); `labels` is
    `record_labels` of the cases screened."""
    # A text met for the first time gets the next number (the counter, called by the dict's
    # __missing__), in order of first use; a text seen before is a plain lookup.  It had been
    # setdefault(text, len(table)), two calls for each of ~130 texts a client (R28-04).
    table: dict[str, int] = defaultdict(count().__next__)
    rows = []
    add = rows.append
    for d in screening.results:
        reasons = []
        for reason in d.reasons:
            reasons.append(table[reason.text])
            reasons.append(table[reason.cite])
        if d.mode is None and d.date is None and not d.next_steps and not d.missing_facts:
            add((d.case, d.conviction, d.remedy, d.status, reasons, d.confidence))
        else:
            date_ = d.date.isoformat() if d.date is not None else None
            steps = [table[step] for step in d.next_steps]
            missing = [table[fact] for fact in d.missing_facts]
            add((d.case, d.conviction, d.remedy, d.status, reasons, d.confidence, d.mode, date_, steps, missing))
    consequences = [(c.case, c.conviction, c.topic, table[c.text], table[c.cite]) for c in screening.consequences]
    return _encode_stored((STORED_SCREENING_VERSION, screening.as_of.isoformat(), screening.rules_version, list(table), rows, consequences, list(labels)))


def screening_from_stored(text: str) -> Screening:
    """A Screening from screenings.result: the compact form, or an older form (see above)."""
    return read_stored(text)[0]


def counted_results(text: str) -> list[Sequence]:
    """[case, conviction, remedy, status] of each determination in screenings.result, read
    without making its reasons, steps and labels: what a report counts (P29B-04)."""
    data = orjson.loads(text)
    if isinstance(data, list) and data[0] in (2, 3, STORED_SCREENING_VERSION):
        rows = data[3] if data[0] == 2 else data[4]  # see read_stored and _screening_from_stored_v2
        return [row[:4] for row in rows]
    return [(d.case, d.conviction, d.remedy, d.status) for d in read_stored(text)[0].results]


def answers(text: str) -> list[tuple]:
    """(case, conviction, remedy, status, mode, day as ISO text) of each determination in
    screenings.result, without its words: what a client was told, compared before and after a
    re-screen by newer rules (clinic_app.answers_moved)."""
    data = orjson.loads(text)
    if isinstance(data, list) and data[0] in (2, 3, STORED_SCREENING_VERSION):
        rows = data[3] if data[0] == 2 else data[4]  # see read_stored and _screening_from_stored_v2
        return [(*row[:4], *(row[6:8] if len(row) > 6 else (None, None))) for row in rows]
    return [(d.case, d.conviction, d.remedy, d.status, d.mode, _d(d.date)) for d in read_stored(text)[0].results]


def alike_but_for_day_and_rules(text: str, other: str) -> bool:
    """Whether two screenings.result texts hold the very same results, words and all, whatever
    day and rules version each was made for (both lead the compact form): telling so costs a
    comparison of text, where `answers` decodes each (some 60 microseconds a client)."""
    return text.split(",", 3)[3:] == other.split(",", 3)[3:] and text.startswith("[") and other.startswith("[")


def results_to_review(text: str) -> list[Determination]:
    """The determinations of screenings.result that need review, made as `read_stored` makes
    them, and no other: the attorney's queue says what awaits review (clinic_app.review), and
    making every result's reasons and steps for each client on it was about 40% of the time
    `clinic-app list --review` took (S71-01)."""
    return results_of(text, "needs_review")


def results_of(text: str, status: str) -> list[Determination]:
    """The determinations of screenings.result whose status is `status`, made as `read_stored`
    makes them, and no other (a screening holds some 40 results, most of them "not eligible")."""
    data = orjson.loads(text)
    if not isinstance(data, list) or data[0] not in (3, STORED_SCREENING_VERSION):
        return [d for d in read_stored(text)[0].results if d.status == status]
    texts = data[3]
    return [_stored_determination(row, texts) for row in data[4] if row[3] == status]


def _stored_determination(row: list, texts: list[str]) -> Determination:
    """One row of a stored screening (forms 3 and up) as its Determination: a row of six is
    one with no mode, date, steps or missing facts."""
    flat = row[4]
    reasons = [Reason(texts[flat[i]], texts[flat[i + 1]]) for i in range(0, len(flat), 2)]
    if len(row) == 6:
        return Determination(row[0], row[1], row[2], row[3], None, None, reasons, [], [], row[5])
    steps, missing = [texts[i] for i in row[8]], [texts[i] for i in row[9]]
    return Determination(row[0], row[1], row[2], row[3], row[6], _pd(row[7]), reasons, steps, missing, row[5])


def read_stored(text: str) -> tuple[Screening, Labels | None]:
    """screenings.result as (the Screening, the labels of its cases and convictions as they
    were named when it was made: (case, conviction or None) -> (case label, conviction label));
    the labels are None in forms older than version 4."""
    data = orjson.loads(text)
    if isinstance(data, dict):
        from clinic_app.screening_format import screening_from_dict

        return screening_from_dict(data), None
    version = data[0]
    if version == 2:
        return _screening_from_stored_v2(data), None
    if version not in (3, STORED_SCREENING_VERSION):
        raise ValueError(f"stored screening format {version} is newer than this program understands")
    as_of, rules_version, texts, rows, consequences = data[1:6]
    results = [_stored_determination(row, texts) for row in rows]
    screening = Screening(_fromiso(as_of), rules_version, results, [Consequence(c[0], c[1], c[2], texts[c[3]], texts[c[4]]) for c in consequences])
    if version == 3:
        return screening, None
    labels: Labels = {}
    for case_id, case_label, convictions in data[6]:
        labels[(case_id, None)] = (case_label, "(whole case)")
        for i in range(0, len(convictions), 2):
            labels[(case_id, convictions[i])] = (case_label, convictions[i + 1])
    return screening, labels


def _screening_from_stored_v2(data: list) -> Screening:
    """Version 2: as version 3, but every string written out where it is used (no table)."""
    _, as_of, rules_version, rows, consequences = data
    results = []
    for row in rows:
        flat = row[4]
        reasons = [Reason(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
        if len(row) == 6:
            results.append(Determination(row[0], row[1], row[2], row[3], None, None, reasons, [], [], row[5]))
        else:
            results.append(Determination(row[0], row[1], row[2], row[3], row[6], _pd(row[7]), reasons, row[8], row[9], row[5]))
    return Screening(_fromiso(as_of), rules_version, results, [Consequence(*c) for c in consequences])


def screening_row(client_id: int, screening: Screening, facts_hash: str, summary: ClientSummary, cases=()) -> tuple:
    """The screenings row of one screened client, all but created_at (which comes last);
    `cases` are the cases screened, whose labels the stored result keeps.

    Made apart from the write so that worker processes can encode while one writes.
    """
    return (
        client_id,
        screening.as_of.isoformat(),
        screening.rules_version,
        facts_hash,
        stored_screening(screening, record_labels(cases)),
        summary.best,
        _d(summary.best_date),
        _d(summary.next_action_date),
        _json(summary.outstanding),
        int(summary.needs_review),
        int(summary.automatic_only),
        _json(review_keys(screening)),  # what an attorney's review must match (clinic_app.review)
        _d(summary.file_on),  # a petition's first day after automatic relief (J50, m009)
        court_json(summary.court),  # where the petitions filed stand with the court (P53, m010)
        remedies_open(screening),  # the Remedy filter's (F75-01, m018)
    )


def remedies_open(screening: Screening) -> str | None:
    """The remedies `screening` finds eligible now or on a later day, for any case or count: their
    keys sorted, one space between (None: none), as the caseload list's Remedy filter reads them
    (ClientRow.remedies).  Worked out here, where the result is in hand (in a re-screen's worker
    processes), and written with the row's other summary columns: a trigger reading the stored
    JSON back on each insert cost 41 microseconds a screening, 4 s of a 100,000-client re-screen."""
    return " ".join(sorted({d.remedy for d in screening.results if d.status in REMEDY_OPEN})) or None
