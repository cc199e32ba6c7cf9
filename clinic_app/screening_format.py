"""Reading and writing the screening request and result of `shared/screening/FORMAT.md`.

The reader is strict, because a silently ignored key is a silently ignored fact: an
unknown key, a value of the wrong type, an impossible date or a value outside FORMAT.md's
vocabulary raises `FormatError` naming the path of the first bad value, e.g.
``cases[1].sentence.probation.end: not a date: '2019-13-01'``.

Clinic Desk adds one optional top-level block to the request, `client`, carrying who the
person is (name, aliases, language, clinic event), the caseload's payment ledger
(`payments`, each naming its case: a request carries only the totals), the petitions filed
with the court (`petitions`, each naming its case: P53) and the attorney reviews of the
client's determinations (`reviews`).  `clinic-app export` writes it and
`clinic-app import` reads it, so a client survives the round trip.
"""

from __future__ import annotations

import dataclasses
import json
import re
import reprlib
import types
import typing
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, Literal, get_args, get_origin

from clinic_app.eligibility.registry import REMEDY_KEYS
from clinic_app.model import (
    Case,
    Client,
    Consequence,
    CountRemoved,
    Determination,
    Money,
    Payment,
    Person,
    Petition,
    Reason,
    Screening,
    ScreeningRequest,
    record_day_problem,
)

FORMAT_VERSION = 1


class FormatError(ValueError):
    """A request or result that breaks FORMAT.md; `path` says where ("" for the whole file).

    `advice` says what to do of a file refused, where the import knows better than "put that
    record right": a subclass's `ADVICE`, or for a file wrong as a whole (not JSON, a number, not
    UTF-8) to check which file it is; there is no record to put right (O61 left it said)."""

    ADVICE: str | None = None
    NOT_A_FILE_OF_CLIENTS = "check that it is a file of clients exported from Clinic Desk, or export it again"

    def __init__(self, path: str, problem: str):
        self.path = path or ""
        self.problem = problem
        self.advice = self.ADVICE or (None if self.path else self.NOT_A_FILE_OF_CLIENTS)
        # A problem of the whole file (not JSON, a number or a string where a request is, an
        # empty file) is said alone: "day.json: (top level): not valid JSON" put a programmer's
        # word before it, in `clinic-app import` and the window's File > Import clients (O61-01).
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class EmptyFile(FormatError):
    """A file with nothing in it (or only blank lines, or YAML comments): a copy that failed, or
    an export made wrong.  An import said of it "put that record right", where there is no
    record (I59-04): `ADVICE` says what to do instead, as `clinic-app import` and the window's
    import say it (cli.cmd_import, ui.crash.user_error_text)."""

    ADVICE = "copy or export the file again from the laptop, and import that file"

    def __init__(self, problem: str = "the file is empty"):
        super().__init__("", problem)


class AResultNotARequest(FormatError):
    """A screening's result (screen --batch's results.jsonl) where a request belongs (Z85-02): the
    file is the wrong one, not its records wrong one by one, and an import says so of its first
    record alone (D86-02), not of ten with "put those records right"."""

    def __init__(self) -> None:
        super().__init__("", "a screening result (as_of, rules_version, results), not a request: "
                             "give the requests it was screened from")


# How many of a file's bad requests `clinic-app screen --batch` and `clinic-app import` name, one
# a line; the rest are counted.  The import named its first only, and a list with a dozen bad
# lines was put right and imported again a dozen times (Z85, D86-02).
BAD_LINES_SHOWN = 10


class BadLines:
    """The bad requests of a file of many (a referral list), named alike by `screen --batch` and
    `import`: the first BAD_LINES_SHOWN at their places ("referrals.jsonl:5: cases[0].outcome:
    ...", as an editor or grep takes them; "day.json: [3].cases[0].outcome: ..." in a list),
    then how many more."""

    def __init__(self, name: str):
        self.name = name
        self.count = 0
        self.named: list[tuple[int | None, FormatError]] = []  # those named, in the file's order
        self.of_lines = True  # every one at a line of its own (JSON Lines), not in a list

    def add(self, line: int | None, err: FormatError) -> None:
        """The request at `line` (None: a list's, whose place `err` names) is bad for `err`."""
        self.count += 1
        self.of_lines = self.of_lines and line is not None
        if len(self.named) < BAD_LINES_SHOWN:
            self.named.append((line, err))

    @property
    def errors(self) -> list[FormatError]:
        return [err for _line, err in self.named]

    def shown(self, name: str | None = None) -> list[str]:
        """Those named, one a line, the file called `name` (default: as given)."""
        name = self.name if name is None else name
        return [f"{name}:{line}: {err}" if line is not None else f"{name}: {err}" for line, err in self.named]

    def said(self, outcome: str = "", hint: list[str] | None = None, name: str | None = None) -> str:
        """Of two or more: "13 bad lines in referrals.jsonl; `outcome`:", `hint`'s lines, those
        named, and "and 3 more bad lines"; the file called `name` (default: as given)."""
        bad = f"bad {'lines' if self.of_lines else 'requests'}"
        more = [f"and {self.count - len(self.named):,} more {bad}"] if self.count > len(self.named) else []
        return "\n".join([f"{self.count:,} {bad} in {self.name if name is None else name}{'; ' if outcome else ''}{outcome}:",
                          *(hint or []), *self.shown(name), *more])


# ---- generic dataclass reader -----------------------------------------------------------

# Fields FORMAT.md does not carry in a request (the ledger is the caseload's own).
# Petitions filed are the caseload's too (P53): what the court was asked is no screening fact.
_NOT_IN_REQUEST = {("Money", "payments"), ("Case", "petitions"), ("Petition", "counts_removed")}
# The model gives these a default (a new form starts somewhere), but a request that leaves
# them out has not said, and the engine never guesses: FORMAT.md gives no default for a
# conviction's level, and reads an unknown citizenship as null (immigration warnings).
_REQUEST_MUST_GIVE = {("Conviction", "level")}
_ABSENT_IS_UNKNOWN = {("Person", "us_citizen")}


def _short_repr() -> reprlib.Repr:
    short = reprlib.Repr()
    short.maxstring = short.maxother = short.maxlong = 60
    short.maxlist = short.maxdict = short.maxtuple = short.maxset = 4
    short.maxlevel = 2
    return short


_SHORT_REPR = _short_repr()
_MAX_QUOTED = 80


def _describe(value: Any) -> str:
    """The value as a message quotes it, at most ~80 characters: the value may be a whole
    file given by mistake, or a YAML alias bomb whose full repr runs to gigabytes."""
    try:
        text = _SHORT_REPR.repr(value)
    except ValueError:  # a whole number past Python's 4,300-digit limit for int -> str
        return "a number too long to read"
    return text if len(text) <= _MAX_QUOTED else text[: _MAX_QUOTED - 3] + "..."


# Only YYYY-MM-DD is a date.  `date.fromisoformat` also takes 20230203 and 2023-W05-5 since
# Python 3.11, which no clinic form means; [0-9], not \d, which takes other scripts' digits.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_WITH_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]")
_WITHOUT_TIME = "give a date without a time (YYYY-MM-DD)"


def parse_date(value: Any, path: str) -> date:
    """A date written YYYY-MM-DD, or a date YAML already read (not a date and time), on a
    day a court record can hold (model.record_day_problem)."""
    if isinstance(value, datetime):
        raise FormatError(path, f"{value.isoformat(sep=' ')} has a time; {_WITHOUT_TIME}")
    if isinstance(value, date):
        return _record_day(value, path)
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                # The right shape, but no such day: "not a date" puzzled (fuzzing finding).
                raise FormatError(path, f"no such day: {_describe(value)} ({no_such_day(value)})") from None
            return _record_day(day, path)
        elif _DATE_WITH_TIME.match(value):
            raise FormatError(path, f"{_describe(value)} has a time; {_WITHOUT_TIME}")
        else:
            raise FormatError(path, f"not a date: {_describe(value)} (write dates as YYYY-MM-DD)")
    raise FormatError(path, f"not a date: {_describe(value)}")


# In English whatever the locale (calendar.month_name follows it, and Qt sets it).
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def no_such_day(text: str) -> str:
    """Why a YYYY-MM-DD text names no day: its month, or the days its month has (said by
    `report --period` too, S143-03)."""
    year, month, _day = (int(part) for part in text.split("-"))
    if not 1 <= month <= 12:
        return f"there is no month {month:02d}"
    if year == 0:
        return "there is no year 0000"
    days = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
    return f"{_MONTHS[month - 1]} {year} has {days} days"


# Directional overrides, embeddings and isolates reorder the line they are on in a terminal
# or a printed report (fuzzing finding: an id reordered a row of the text report).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# An id, code or section is compared and printed as written: an invisible character (a
# zero-width space) made "A" and "A\u200b" two cases with one printed name.  Names keep the
# joiners some scripts spell with.
_PLAIN_KEYS = (".id", ".code", ".section")


def _no_control_characters(text: str, path: str) -> None:
    """An id, section or name is one line of visible text; only free notes span lines (a tab
    is spacing, from another system's export).  A terminal acts on control characters: a
    crafted id had cleared the screen and forged an "eligible" row of the text report
    (fuzzing finding).  Unicode's own line and paragraph separators break lines too (a
    result line of `--batch` read as 18 lines)."""
    notes = path.endswith("notes")
    allowed = "\n\t" if notes else "\t"
    plain = path.endswith(_PLAIN_KEYS)
    for c in text:
        kind = unicodedata.category(c)
        if kind == "Cc" and c not in allowed:
            raise FormatError(path, f"contains the control character U+{ord(c):04X}; give plain text")
        if kind in ("Zl", "Zp") and not notes:
            raise FormatError(path, f"contains a line break (U+{ord(c):04X}); give one line of text")
        if c in _BIDI_CONTROLS or (plain and kind == "Cf"):
            raise FormatError(path, f"contains the invisible character U+{ord(c):04X}; type the text again without it")


def _record_day(day: date, path: str) -> date:
    problem = record_day_problem(day)
    if problem is not None:
        raise FormatError(path, problem)
    return day


# No count, amount of money or quantity on a court record comes near this; a larger number
# is a slip, and would overflow float() or Python's int-to-text limit (fuzzing finding).
_LARGEST_NUMBER = 10**12


# How to read each dataclass and each type hint is worked out once and kept (I192): asking
# typing (get_origin, get_args) and dataclasses for every value of every record was most of
# an import's time.  A reader is called as reader(value, path).
_Reader = Callable[[Any, str], Any]


class _ClassReading:
    """How to read one dataclass: a reader for each key a request may give, and what to do
    for each field the request may leave out (None for an unknown, "missing" for a must)."""

    __slots__ = ("name", "readers", "when_absent")

    def __init__(self, cls: type):
        self.name = cls.__name__
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)
        # A field the request may not carry reads as an unknown key, as a key no field has.
        self.readers: dict[str, _Reader] = {f.name: _reader(hints[f.name]) for f in fields
                                            if (self.name, f.name) not in _NOT_IN_REQUEST}
        when_absent = []
        for f in fields:  # in the fields' order, so the first missing one is the one named
            if (self.name, f.name) in _ABSENT_IS_UNKNOWN:
                when_absent.append((f.name, None))
            elif (self.name, f.name) in _REQUEST_MUST_GIVE or (f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING):  # type: ignore[misc]
                when_absent.append((f.name, "missing"))
        self.when_absent = tuple(when_absent)


_class_readings: dict[type, _ClassReading] = {}


def _class_reading(cls: type) -> _ClassReading:
    reading = _class_readings.get(cls)
    if reading is None:
        reading = _class_readings[cls] = _ClassReading(cls)
    return reading


def _must_not_be_null(path: str) -> FormatError:
    return FormatError(path, "must not be null")


def _reader(tp: Any) -> _Reader:
    """How to read a value of type hint `tp`, checking it as FORMAT.md says; made once for
    each field of each dataclass (_ClassReading), not once per value."""
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        given = get_args(tp)
        options = [a for a in given if a is not type(None)]
        may_be_null = len(options) < len(given)
        read_option = _reader(options[0])

        def read_union(value: Any, path: str) -> Any:
            if value is None:
                if may_be_null:
                    return None
                raise _must_not_be_null(path)
            return read_option(value, path)
        return read_union
    if origin is Literal:
        allowed = get_args(tp)
        said = ", ".join(allowed)

        def read_word(value: Any, path: str) -> Any:
            if value is None:
                raise _must_not_be_null(path)
            if value not in allowed:
                raise FormatError(path, f"{_describe(value)} is not one of: {said}")
            return value
        return read_word
    if origin is list:
        (item_tp,) = get_args(tp)
        read_item = _reader(item_tp)

        def read_list(value: Any, path: str) -> Any:
            if value is None:
                raise _must_not_be_null(path)
            if not isinstance(value, list):
                raise FormatError(path, f"not a list: {_describe(value)}")
            return [read_item(item, f"{path}[{i}]") for i, item in enumerate(value)]
        return read_list
    if tp is date:
        return _read_date
    if tp is bool:
        return _read_bool
    if tp is int:
        return _read_int
    if tp is float:
        return _read_float
    if tp is str:
        return _read_text
    if dataclasses.is_dataclass(tp):
        def read_dataclass(value: Any, path: str) -> Any:
            if value is None:
                raise _must_not_be_null(path)
            return read_object(tp, value, path)  # type: ignore[arg-type]
        return read_dataclass

    def no_reader(value: Any, path: str) -> Any:
        if value is None:
            raise _must_not_be_null(path)
        raise TypeError(f"no reader for {tp!r}")  # a programming error, not a user's
    return no_reader


def _read_date(value: Any, path: str) -> date:
    if value is None:
        raise _must_not_be_null(path)
    return parse_date(value, path)


def _read_bool(value: Any, path: str) -> bool:
    if value is None:
        raise _must_not_be_null(path)
    if not isinstance(value, bool):
        raise FormatError(path, f"not true or false: {_describe(value)}")
    return value


def _read_int(value: Any, path: str) -> int:
    if value is None:
        raise _must_not_be_null(path)
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(path, f"not a whole number: {_describe(value)}")
    if abs(value) > _LARGEST_NUMBER:
        raise FormatError(path, f"{_describe(value)} is too large to be on a court record")
    return value


def _read_float(value: Any, path: str) -> float:
    if value is None:
        raise _must_not_be_null(path)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FormatError(path, f"not a number: {_describe(value)}")
    if not -_LARGEST_NUMBER <= value <= _LARGEST_NUMBER:  # NaN and infinity fail this too
        raise FormatError(path, f"{_describe(value)} is not a quantity a court record can hold")
    return float(value)


def _read_text(value: Any, path: str) -> str:
    if value is None:
        raise _must_not_be_null(path)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        if isinstance(value, float) and path.endswith(".section"):
            # YAML reads `section: 459.5` as a number (fuzzing finding: no hint was given).
            raise FormatError(path, f"not text: {_describe(value)} (put the section in quotes: \"{value}\")")
        raise FormatError(path, f"not text: {_describe(value)}")
    if isinstance(value, int) and abs(value) > _LARGEST_NUMBER:
        raise FormatError(path, f"{_describe(value)} is too long a number to be text on a court record")
    # YAML reads `section: 459` as a number; it is still a section.  Only a plain decimal
    # is read as a number (_request_loader), so `id: 010` stays "010", not octal 8.
    text = str(value)
    if not text.isprintable():
        _no_control_characters(text, path)
    return text


def read_object(cls: type, data: Any, path: str = "", skip: tuple[str, ...] = ()) -> Any:
    """Build dataclass `cls` from a mapping, strictly (see the module docstring)."""
    if not isinstance(data, dict):
        raise FormatError(path, f"not a mapping: {_describe(data)}")
    reading = _class_readings.get(cls) or _class_reading(cls)
    readers = reading.readers
    kwargs = {}
    for key, value in data.items():
        sub = f"{path}.{key}" if path else str(key)
        read = readers.get(key)
        if read is None or key in skip:
            raise FormatError(sub, "unknown key")
        kwargs[key] = read(value, sub)
    for name, absent in reading.when_absent:
        if name in kwargs or name in skip:
            continue
        if absent is None:
            kwargs[name] = None
        else:
            raise FormatError(f"{path}.{name}" if path else name, "missing")
    return cls(**kwargs)


# ---- semantic checks: values each valid alone but impossible together -------------------


def _check_order(earlier: date | None, later: date | None, path: str, what: str) -> None:
    if earlier is not None and later is not None and later < earlier:
        raise FormatError(path, f"{later.isoformat()} is before {what} {earlier.isoformat()}")


# A count's relief granted whose kind is blank (only spaces, stored before this check or typed in
# a file): refused as "'   ' is not one of: pc1203_4, pc1203_4a, ...", the program's keys, cut off
# across the Record tab's header (K425-03).  The Record tab's relief row says it in these words.
RELIEF_KIND_MISSING = "the relief's kind is missing; choose one"

# The case-level remedies (FORMAT.md), which a count's relief_granted cannot hold, and where
# the record keeps what they did instead.
_CASE_RELIEF = {
    "pc1203_3": "record an early termination as sentence.probation.early_termination",
    "pc851_91": "arrest sealing is for a case that ended without a conviction",
    "pc851_93": "arrest relief is for a case that ended without a conviction",
    "pc1203_43": "a withdrawn DEJ plea is recorded on the case's program (completed_on), not on a conviction",
}


def check_case(case: Case, path: str, dob: date | None = None) -> None:
    """Reject a case whose facts contradict each other, or the person's date of birth."""
    if case.outcome != "convicted" and case.convictions:
        raise FormatError(f"{path}.convictions", f"a case with outcome '{case.outcome}' has no convictions")
    # Nothing happens to a person before birth, nor ends before it began (fuzzing finding:
    # a conviction five years before the date of birth was screened as eligible).
    _check_order(dob, case.arrest_date, f"{path}.arrest_date", "the date of birth")
    _check_order(case.arrest_date, case.disposition_date, f"{path}.disposition_date", "the arrest date")
    if case.program is not None:
        _check_order(case.arrest_date, case.program.completed_on, f"{path}.program.completed_on", "the arrest date")
    seen: set[str] = set()
    for j, conviction in enumerate(case.convictions):
        if conviction.id in seen:
            raise FormatError(f"{path}.convictions[{j}].id", f"duplicate conviction id '{conviction.id}'")
        seen.add(conviction.id)
        if not conviction.section.strip():
            raise FormatError(f"{path}.convictions[{j}].section", "empty")
        _check_order(dob, conviction.offense_date, f"{path}.convictions[{j}].offense_date", "the date of birth")
        _check_order(dob, conviction.conviction_date, f"{path}.convictions[{j}].conviction_date", "the date of birth")
        _check_order(conviction.offense_date, conviction.conviction_date, f"{path}.convictions[{j}].conviction_date", "the offense date")
        # The case's arrest comes before its conviction (fuzzing finding).  An offense after
        # the arrest is not refused: a count can be added for one (a failure to appear).
        _check_order(case.arrest_date, conviction.conviction_date, f"{path}.convictions[{j}].conviction_date", "the arrest date")
        judged = case.sentence.judgment_date if case.sentence is not None else None
        if conviction.conviction_date is not None and judged is not None and conviction.conviction_date > judged:
            # Judgment is pronounced on a conviction, so never before it.
            raise FormatError(f"{path}.convictions[{j}].conviction_date", f"{conviction.conviction_date.isoformat()} is after the judgment date {judged.isoformat()}")
        for k, relief in enumerate(conviction.relief_granted):
            if isinstance(relief.remedy, str) and not relief.remedy.strip():
                raise FormatError(f"{path}.convictions[{j}].relief_granted[{k}].remedy", RELIEF_KIND_MISSING)
            if relief.remedy not in REMEDY_KEYS:
                # A misspelt key was ignored, and relief already granted was offered again.
                raise FormatError(f"{path}.convictions[{j}].relief_granted[{k}].remedy", f"{_describe(relief.remedy)} is not one of: {', '.join(REMEDY_KEYS)}")
            where = _CASE_RELIEF.get(relief.remedy)
            if where is not None:
                # A case-level remedy on a count was read by nothing: an early termination so
                # recorded left the screening saying probation still ran (oracle finding O21-16).
                raise FormatError(f"{path}.convictions[{j}].relief_granted[{k}].remedy", f"{relief.remedy} is not relief for one count: {where}")
            _check_order(conviction.conviction_date, relief.date, f"{path}.convictions[{j}].relief_granted[{k}].date", "the conviction date")
        for name in ("value_dollars", "cannabis_grams", "cannabis_plants"):
            amount = getattr(conviction, name)
            if amount is not None and amount < 0:
                raise FormatError(f"{path}.convictions[{j}].{name}", f"negative: {amount}")
    sentence = case.sentence
    if sentence is not None:
        sp = f"{path}.sentence"
        # A sentence follows the person's birth and the case's first conviction; with no
        # judgment date, a release or a grant of probation before them went unchecked, and
        # a release in 1990 for a 2001 conviction started a period of rehabilitation
        # (fuzzing finding).
        convicted = min((c.conviction_date for c in case.convictions if c.conviction_date is not None), default=None)
        _check_order(dob, sentence.judgment_date, f"{sp}.judgment_date", "the date of birth")
        probation = sentence.probation
        if probation is not None:
            pp = f"{sp}.probation"
            _check_order(dob, probation.start, f"{pp}.start", "the date of birth")
            _check_order(convicted, probation.start, f"{pp}.start", "the conviction date")
            _check_order(probation.start, probation.end, f"{pp}.end", "the start")
            _check_order(probation.start, probation.early_termination, f"{pp}.early_termination", "the start")
            # With no start recorded, an end before the conviction was stored: the Record tab and
            # an import took it where intake refused it (K386-01).
            _check_order(convicted, probation.end, f"{pp}.end", "the conviction date")
            _check_order(convicted, probation.early_termination, f"{pp}.early_termination", "the conviction date")
            if probation.early_termination is not None and probation.end is not None and probation.early_termination > probation.end:
                # An early end after the ordered end: the record needs the end as modified.
                raise FormatError(f"{pp}.early_termination", f"{probation.early_termination.isoformat()} is after the ordered end {probation.end.isoformat()}; if probation was extended, record the new end")
            for k, violation in enumerate(probation.violations):
                _check_order(probation.start, violation.date, f"{pp}.violations[{k}].date", "the start")
                # Probation the court has ended early cannot be violated afterwards.  (After
                # the ordered end a revocation can still come, for a violation during the
                # term that tolled it (PC 1203.2(a)), so that is not refused.)
                if probation.early_termination is not None and violation.date > probation.early_termination:
                    raise FormatError(f"{pp}.violations[{k}].date", f"{violation.date.isoformat()} is after the court ended probation early on {probation.early_termination.isoformat()}")
                if violation.outcome == "revoked" and probation.status == "active":
                    # "revoked (not reinstated)" and still running cannot both be so; each was
                    # screened as if the other were wrong (oracle finding F10: early
                    # termination was offered for a revoked grant, at H).
                    raise FormatError(f"{pp}.status", f"'active', but violations[{k}] says probation was revoked and not reinstated: record its outcome as 'reinstated' if the court reinstated probation, or the status as 'revoked'")
        custody = sentence.custody
        if custody is not None:
            _check_order(custody.release_date, custody.supervision_end, f"{sp}.custody.supervision_end", "the release date")
            _check_order(sentence.judgment_date, custody.release_date, f"{sp}.custody.release_date", "the judgment date")
            _check_order(convicted, custody.release_date, f"{sp}.custody.release_date", "the conviction date")
            _check_order(dob, custody.release_date, f"{sp}.custody.release_date", "the date of birth")
            # Supervision follows the release, so the judgment and the conviction too: with no
            # release recorded, an end before them was stored (K386-01).
            _check_order(sentence.judgment_date, custody.supervision_end, f"{sp}.custody.supervision_end", "the judgment date")
            _check_order(convicted, custody.supervision_end, f"{sp}.custody.supervision_end", "the conviction date")
    for k, condition in enumerate(case.conditions):
        for name in ("required", "done"):
            amount = getattr(condition, name)
            if amount is not None and amount < 0:
                raise FormatError(f"{path}.conditions[{k}].{name}", f"negative: {amount}")
    if case.money is not None:
        for name in _MONEY_FIELDS:
            amount = getattr(case.money, name)
            if isinstance(amount, int) and not isinstance(amount, bool) and amount < 0:
                raise FormatError(f"{path}.money.{name}", f"negative: {amount}")


_MONEY_FIELDS = tuple(f.name for f in dataclasses.fields(Money))  # asked once, not for each case


def check_cases(cases: list[Case], path: str = "cases", dob: date | None = None) -> None:
    seen: set[str] = set()
    for i, case in enumerate(cases):
        _check_one(case, f"{path}[{i}]", seen, dob)


def _check_one(case: Case, path: str, seen: set[str], dob: date | None) -> None:
    if case.id in seen:
        raise FormatError(f"{path}.id", f"duplicate case id '{case.id}'")
    seen.add(case.id)
    check_case(case, path, dob)


_BLOCK_OF = {"probation": "probation", "county_jail_1170h": "custody", "state_prison": "custody", "no_probation": None}


def check_for_screening(cases: list[Case], path: str = "cases") -> None:
    """What a request to screen must hold beyond what the caseload stores (fuzzing findings).

    A block the sentence or outcome has no use for would be dropped unread: facts lost.  The
    caseload keeps it (import brings back whatever export wrote), so only `clinic-app
    screen` refuses it.  A convicted case with no conviction listed is screened: FORMAT.md
    asks for convictions only of a convicted case, and names a missing fact rather than
    refusing it, so the case's remedies are needs_review asking for its convictions
    (O23B-01), as in the window (S27-03: it was refused, from when it was answered "nothing
    to file").
    """
    for i, case in enumerate(cases):
        cp = f"{path}[{i}]"
        sentence = case.sentence
        if sentence is None:
            continue
        if case.outcome != "convicted":
            raise FormatError(f"{cp}.sentence", f"a case with outcome '{case.outcome}' has no sentence: remove it, or record the outcome as convicted")
        wanted = _BLOCK_OF.get(sentence.type)
        for block in ("probation", "custody"):
            if getattr(sentence, block) is not None and block != wanted:
                raise FormatError(f"{cp}.sentence.{block}", f"given, but the sentence type is {sentence.type}: remove it, or correct the type")
        custody = sentence.custody
        if custody is not None and custody.supervision == "none" and custody.supervision_end is not None:
            raise FormatError(f"{cp}.sentence.custody.supervision_end", f"{custody.supervision_end.isoformat()}, but supervision is 'none': give the supervision that ended, or remove the date")


# California as a clerk writes it: the state ("CA.", "Calif.", "State of California") or its
# courts as a docket names them ("Superior Court of California, County of Orange", "California
# Superior Court", "CA Superior Court", a caption's "Superior Court of the State of California").
# Typed in the case form's "State or court:" box, "Calif." sent a case out of state, every remedy
# of it not applicable (R110-02), and "CA Superior Court" or the caption's words still did
# (R111-02).  Not a federal court in California ("Central District of California") nor Baja
# California: each is kept as typed, outside California.
_CALIFORNIA = re.compile(r"(?:state\s+of\s+)?(?:ca|cal|calif|california)\.?(?:\s+superior\s+court\b.*)?"
                         r"|superior\s+court\s+of\s+(?:the\s+state\s+of\s+)?california\b.*", re.IGNORECASE | re.DOTALL)


# The states', DC's and the territories' two-letter postal codes.  Typed "nv", a case was stored
# so and said "nv" in its list, title, handout and screening, where an import's says "NV" (Z112-01).
_STATE_CODES = frozenset("""
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI""".split())


def jurisdiction_written(text: str) -> str:
    """A case's jurisdiction as stored: CA however California is written ("ca", "CA ", "Calif.",
    "Superior Court of California, County of Orange"), a state's two-letter code upper-case
    ("nv": NV), else the state or court as typed, stripped.  The case form's "State or court:"
    box reads what is typed so too (L109-04)."""
    text = text.strip()
    if _CALIFORNIA.fullmatch(text):
        return "CA"
    return text.upper() if text.upper() in _STATE_CODES else text


def _jurisdiction(case: Case, path: str) -> None:
    """CA however it is written: compared verbatim, a padded or lower-case CA sent every remedy
    of the case out of state (fuzzing finding)."""
    if not case.jurisdiction.strip():
        raise FormatError(f"{path}.jurisdiction", "empty: CA, or the state or court the case is from")
    case.jurisdiction = jurisdiction_written(case.jurisdiction)


# ---- requests ---------------------------------------------------------------------------

_REQUEST_KEYS = {"as_of", "person", "cases", "client"}
_CLIENT_KEYS = ("name", "aliases", "language", "event", "phone", "notes")


def read_request(data: Any) -> ScreeningRequest:
    """A FORMAT.md request from parsed JSON/YAML; raises FormatError."""
    return read_client_request(data)[1]


def read_client_request(data: Any) -> tuple[dict[str, Any] | None, ScreeningRequest]:
    """The request, and the Clinic Desk `client` block if it has one (else None)."""
    block, request, _reviews = _read_client_request(data)
    return block, request


def read_client_request_kept(data: Any) -> tuple[dict[str, Any] | None, ScreeningRequest, list[ExportedReview], list[DenialEntered]]:
    """`read_client_request`, with what the caseload keeps beside the record that an export
    carries: the attorney's reviews (`client.reviews`) and when each denial was typed
    (`client.denials_entered`), for `screen --format text` to say a denial reviewed (X268)."""
    moments: list[DenialEntered] = []
    block, request, reviews = _read_client_request(data, None, moments)
    return block, request, reviews, moments


def is_a_result(data: Any) -> bool:
    """Whether `data` is a screening's result (FORMAT.md's output: as_of, rules_version,
    results), not a request: what screen --batch writes, given back where requests belong."""
    return isinstance(data, dict) and "person" not in data and "rules_version" in data and "results" in data


def _read_client_request(data: Any, today: date | None = None, moments: list[DenialEntered] | None = None
                         ) -> tuple[dict[str, Any] | None, ScreeningRequest, list[ExportedReview]]:
    """`read_client_request`, with the attorney reviews the `client` block carries; with
    `today` (read for an import), a petition filed or ruled on after it, or naming a count
    its case does not have, is refused (`_check_petition_days`, `_check_petition_counts`)."""
    if not isinstance(data, dict):
        raise FormatError("", f"a request is a mapping (as_of, person, cases), not {'null' if data is None else _describe(data)}")
    if is_a_result(data):
        # A results file (screen --batch's results.jsonl) given where its requests belong
        # was "rules_version: unknown key", line after line: name what it is (Z85-02).
        raise AResultNotARequest()
    for key in data:
        if key not in _REQUEST_KEYS:
            raise FormatError(str(key), "unknown key")
    # In the order FORMAT.md writes them, so the first bad value is the one named.
    as_of = parse_date(data["as_of"], "as_of") if data.get("as_of") is not None else None
    if "person" not in data:
        raise FormatError("person", "missing")
    person = read_object(Person, data["person"], "person")
    if today is not None and person.dob is not None and person.dob > today:
        # Nobody is born after the import's day: 2099 for 1999 was taken with no case (K366-01).
        raise FormatError("person.dob", f"{person.dob.isoformat()} is after today ({today.isoformat()}): "
                                        "it is a day gone by; check the year")
    listed = data.get("cases", [])
    if listed is None:
        raise FormatError("cases", "must not be null")
    if not isinstance(listed, list):
        raise FormatError("cases", f"not a list: {_describe(listed)}")
    cases: list[Case] = []
    seen: set[str] = set()
    for i, item in enumerate(listed):  # each case read and checked before the next
        case = read_object(Case, item, f"cases[{i}]")
        if "outcome" not in item and not case.convictions:
            # The model's default reads a case as convicted; with no conviction listed that
            # is a guess, and an arrest-only case lost its sealing (fuzzing finding).
            raise FormatError(f"cases[{i}].outcome", "missing: a case with no convictions must say how it ended (dismissed, acquitted, no_charges_filed, diversion_completed, pending)")
        _jurisdiction(case, f"cases[{i}]")
        if case.case_number is not None and not case.case_number.strip():
            # Spaces alone are no number: read as one typed where it was not known, they were
            # printed as one, "on probation in case     (PC 484(a), ...)" (R85b-02).
            case.case_number = None
        _check_one(case, f"cases[{i}]", seen, person.dob)
        if today is not None:
            _check_days_gone_by(case, f"cases[{i}]", today)
        cases.append(case)
    client_block = data.get("client")
    reviews: list[ExportedReview] = []
    if client_block is not None:
        # What the caseload keeps beside the record (not Client fields): read on their own.
        carried = ({k: client_block[k] for k in ("payments", "petitions", "reviews", "denials_entered") if k in client_block}
                   if isinstance(client_block, dict) else {})
        if carried:
            client_block = {k: v for k, v in client_block.items() if k not in carried}
        client = read_object(Client, client_block, "client", skip=("person", "cases", "id"))
        if "payments" in carried:
            _read_ledger(carried["payments"], cases, "client.payments")
        if "petitions" in carried:
            _read_petitions(carried["petitions"], cases, "client.petitions", today)
        if "reviews" in carried:
            reviews = _read_reviews(carried["reviews"], "client.reviews")
        if "denials_entered" in carried:
            read = _read_denials_entered(carried["denials_entered"], "client.denials_entered")
            if moments is not None:
                moments.extend(read)
        client_block = {k: getattr(client, k) for k in _CLIENT_KEYS}
    return client_block, ScreeningRequest(person=person, cases=cases, as_of=as_of), reviews


def _check_days_gone_by(case: Case, path: str, today: date) -> None:
    """A case's days that are past by nature (an arrest, an offense, a conviction, a judgment,
    the case's disposition, a relief granted, a probation violation) after `today`, the import's day: a year typed wrong ("2042") on a
    laptop was taken, and the client screened "No remedy fits" (I59-02), as the Record tab and
    intake now refuse it.  A day to come (a probation's end, a protective order's) is not."""
    days = [("arrest_date", case.arrest_date), ("disposition_date", case.disposition_date)]
    for j, conviction in enumerate(case.convictions):
        days += [(f"convictions[{j}].offense_date", conviction.offense_date),
                 (f"convictions[{j}].conviction_date", conviction.conviction_date)]
        # Relief a court has granted, and (below) a violation, happened too (L60-02).
        days += [(f"convictions[{j}].relief_granted[{k}].date", relief.date) for k, relief in enumerate(conviction.relief_granted)]
    if case.sentence is not None:
        days.append(("sentence.judgment_date", case.sentence.judgment_date))
        if case.sentence.probation is not None:
            days += [(f"sentence.probation.violations[{k}].date", violation.date)
                     for k, violation in enumerate(case.sentence.probation.violations)]
    for name, day in days:
        if day is not None and day > today:
            raise FormatError(f"{path}.{name}", f"{day.isoformat()} is after today ({today.isoformat()}): "
                                                "it is a day gone by; check the year")


def _by_case(listed: Any, cases: list[Case], path: str, what: str) -> Iterator[tuple[Case, dict, str]]:
    """Each entry of an exported client's list kept beside its cases (payments, petitions),
    with the case its `case` key names, the entry without that key, and its path: one reader,
    so a payment and a petition are refused for the same faults in the same words."""
    if not isinstance(listed, list):
        raise FormatError(path, f"not a list: {_describe(listed)}")
    by_id = {case.id: case for case in cases}
    for i, entry in enumerate(listed):
        where = f"{path}[{i}]"
        if not isinstance(entry, dict):
            raise FormatError(where, f"not a mapping: {_describe(entry)}")
        if "case" not in entry:
            raise FormatError(f"{where}.case", f"missing: the id of the case the {what}")
        case = by_id.get(_read_text(entry["case"], f"{where}.case"))
        if case is None:
            raise FormatError(f"{where}.case", f"no case {entry['case']!r} in cases")
        yield case, {k: v for k, v in entry.items() if k != "case"}, where


def _read_ledger(ledger: Any, cases: list[Case], path: str) -> None:
    """Put the payments of an exported client's ledger (`client.payments`: kind, date, amount,
    receipt and the `case` it was paid on) back into its cases' money, in their order."""
    for case, entry, where in _by_case(ledger, cases, path, "payment was made on"):
        if case.money is None:
            raise FormatError(f"{where}.case", f"case {case.id!r} has no money (fines or restitution) to pay toward")
        case.money.payments.append(read_object(Payment, entry, where))


def _read_petitions(listed: Any, cases: list[Case], path: str, today: date | None = None) -> None:
    """Put the petitions filed of an exported client (`client.petitions`: remedy, filed_on, ...
    and the `case` filed on, P53) back under their cases, in their order.  An export made
    before petitions were kept has none: nothing to read."""
    for case, entry, where in _by_case(listed, cases, path, "petition was filed on"):
        removed = _read_counts_removed(entry.pop("counts_removed", []), f"{where}.counts_removed")
        petition = read_object(Petition, entry, where)
        if petition.remedy not in REMEDY_KEYS:
            raise FormatError(f"{where}.remedy", f"not a remedy: {petition.remedy!r}")
        _check_petition_days(petition, where, today)
        if today is not None:  # an import's reading; a draft's may name a count removed (below)
            _check_petition_counts(petition, case, where, [count if isinstance(count, str) else count.id for count in removed])
        petition.counts_removed = [count for count in removed if isinstance(count, CountRemoved)]
        case.petitions.append(petition)


def _read_counts_removed(removed: Any, where: str) -> list[str | CountRemoved]:
    """A petition's `counts_removed` as exported: each count the case no longer has, by its
    section as written while on the case ({"id": "a2", "code": "VC", "section": "23152(a)",
    "level": "misdemeanor"}, E58-03), or by its key alone (an export of before: the Record tab
    then says it "a count no longer on the case")."""
    if not isinstance(removed, list):
        raise FormatError(where, f"not a list of count keys: {_describe(removed)}")
    read: list[str | CountRemoved] = []
    for i, count in enumerate(removed):
        if isinstance(count, dict):
            read.append(read_object(CountRemoved, count, f"{where}[{i}]"))
        elif isinstance(count, str):
            read.append(count)
        else:
            raise FormatError(f"{where}[{i}]", f"not a count key or a count: {_describe(count)}")
    return read


def _check_petition_counts(petition: Petition, case: Case, where: str, removed: Any = None) -> None:
    """The counts a petition names, each one of its case's: an import took any key, and a
    petition naming "c9-9" on a case of counts a1, a2 asked relief for none of them, the line
    reading "File now" for a count filed for (C57-02).  None named is the whole case; a count
    the export says was removed from the case (`removed`: `_counts_removed`) is kept.  Read
    for an import only: a draft kept of the Record tab (`client_from_request`) may name a
    count removed on the form, which the petition keeps until saved (R56-02), and is put back."""
    keys = [conviction.id for conviction in case.convictions]
    removed = [] if removed is None else removed
    if not isinstance(removed, list) or not all(isinstance(key, str) for key in removed):
        raise FormatError(f"{where}.counts_removed", f"not a list of count keys: {_describe(removed)}")
    for i, key in enumerate(removed):
        if key in keys or key not in petition.convictions:
            raise FormatError(f"{where}.counts_removed[{i}]", f"{key!r} is " + (
                f"a count of case {case.id!r}" if key in keys else "not one of the petition's convictions"))
    for i, key in enumerate(petition.convictions):
        if key not in keys and key not in removed:  # a count removed, as exported, is taken as filed
            raise FormatError(f"{where}.convictions[{i}]", f"no count {key!r} in case {case.id!r} "
                                                           f"(its counts: {', '.join(keys) or 'none'})")


def _check_petition_days(petition: Petition, where: str, today: date | None) -> None:
    """A petition's days as the Record tab takes them (ui.case_rows.PetitionRow): an import
    took any, and a hearing typed before the filing on a laptop reached the clinic's caseload
    ("Filed 2026-11-02; hearing 2026-10-02"), a ruling dated 2027 read "Denied 2027-05-01:
    attorney to review" (A56-02).  `today` (the import's day: an export carries none of its
    own) bounds the filing and the ruling, both days gone by; a hearing may be to come."""
    filed, ruled = petition.filed_on, petition.ruling_on
    if today is not None and filed > today:
        raise FormatError(f"{where}.filed_on", f"{filed.isoformat()} is after today ({today.isoformat()}): "
                                               "a petition is filed on a day gone by")
    if today is not None and ruled is not None and ruled > today:
        raise FormatError(f"{where}.ruling_on", f"{ruled.isoformat()} is after today ({today.isoformat()}): "
                                                "the court rules on a day gone by")
    if petition.hearing_on is not None and petition.hearing_on < filed:
        raise FormatError(f"{where}.hearing_on", f"{petition.hearing_on.isoformat()} is before the filing day {filed.isoformat()}")
    if ruled is not None and ruled < filed:
        raise FormatError(f"{where}.ruling_on", f"{ruled.isoformat()} is before the filing day {filed.isoformat()}")
    if ruled is not None and petition.ruling is None:
        raise FormatError(f"{where}.ruling_on", f"{ruled.isoformat()}, but no ruling: give the ruling "
                                                "(granted, denied, withdrawn), or remove the date")


@dataclasses.dataclass
class ExportedReview:
    """An attorney's review of one determination as `client.reviews` carries it (the caseload
    keeps them beside the record, db.repository.Review): `at` is when, ISO date and time."""

    case: str
    conviction: str | None  # None: the whole case
    remedy: str
    reviewer: str
    at: str
    note: str = ""
    # The facts hash and answer key it was given on (clinic_app.review), so that it still
    # counts in the caseload it is merged into while the client's facts and answer are the
    # same there (A29-04); absent from a review kept before reviews kept them.
    facts_hash: str | None = None
    answer: str | None = None


@dataclasses.dataclass
class DenialEntered:
    """When a denial on an exported client's record was typed (`client.denials_entered`): the
    caseload's "denial" "entered" moment (db.repository, D64-02), which says whether an
    attorney's review came after the ruling was entered.  An import without it left the review's
    day alone to decide: a review on the hearing morning, before the ruling was typed that
    afternoon, read "reviewed by the attorney" in the clinic's caseload (F70-03).  `at`: ISO date
    and time."""

    case: str
    remedy: str
    convictions: list[str]
    filed_on: str
    ruling_on: str | None
    at: str

    def denial(self) -> dict[str, Any]:
        """As the audit log writes the denial (db.repository._denials_entered)."""
        return {"case": self.case, "remedy": self.remedy, "convictions": self.convictions, "filed_on": self.filed_on,
                "ruling_on": self.ruling_on}


def _read_denials_entered(listed: Any, path: str) -> list[DenialEntered]:
    return _read_moments(DenialEntered, listed, path)


def _read_reviews(listed: Any, path: str) -> list[ExportedReview]:
    """The attorney reviews of an exported client (`client.reviews`), each checked."""
    return _read_moments(ExportedReview, listed, path)


def _read_moments(kind: type, listed: Any, path: str) -> list:
    """A list of `kind` (a review, a denial's typed moment), each checked; `at` is written
    back the one way Python writes it, so the same entry read twice is equal."""
    if not isinstance(listed, list):
        raise FormatError(path, f"not a list: {_describe(listed)}")
    out = []
    for i, entry in enumerate(listed):
        where = f"{path}[{i}]"
        moment = read_object(kind, entry, where)
        try:
            moment.at = datetime.fromisoformat(moment.at).isoformat()
        except ValueError:
            raise FormatError(f"{where}.at", f"not a date and time (YYYY-MM-DDTHH:MM:SS+00:00): {_describe(moment.at)}") from None
        out.append(moment)
    return out


def client_from_request(data: Any) -> Client:
    """A new (unsaved) client from a request; a request without `client` gets a placeholder name."""
    return client_and_reviews_from_request(data)[0]


def client_and_reviews_from_request(data: Any, today: date | None = None) -> tuple[Client, list[ExportedReview]]:
    """`client_from_request`, with the attorney reviews its `client` block carries (an export
    of another caseload's client), for the import to store beside the record; `today`, the
    import's day, refuses a petition filed or ruled on after it."""
    client, reviews, _moments = client_reviews_and_moments_from_request(data, today)
    return client, reviews


def client_reviews_and_moments_from_request(data: Any, today: date | None = None
                                            ) -> tuple[Client, list[ExportedReview], list[DenialEntered]]:
    """`client_and_reviews_from_request`, with when each denial it carries was typed
    (`client.denials_entered`), for the import to write beside the record."""
    moments: list[DenialEntered] = []
    block, request, reviews = _read_client_request(data, today, moments)
    block = block or {"name": "Unnamed client"}
    return Client(person=request.person, cases=request.cases, **block), reviews, moments


_PLAIN_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAIN_AS_IS = (str, int, float, bool, type(None))


def to_plain(value: Any) -> Any:
    """Dataclasses, lists and dates as JSON-ready values (dates as ISO strings).

    Each dataclass's field names are looked up once and cached: a re-screen of a whole
    caseload serialises millions of these objects.
    """
    cls = type(value)
    if cls in _PLAIN_AS_IS:
        return value
    if cls is list:
        return [to_plain(v) for v in value]
    if cls is date:
        return value.isoformat()
    names = _PLAIN_FIELDS.get(cls)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = tuple(f.name for f in dataclasses.fields(value) if (cls.__name__, f.name) not in _NOT_IN_REQUEST)
        _PLAIN_FIELDS[cls] = names
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


# ---- the canonical facts text (what facts_hash hashes) ---------------------------------
#
# facts_hash is sha256 of json.dumps(request_to_dict(request without as_of),
# sort_keys=True, separators=(",", ":"), ensure_ascii=False).  A whole-caseload re-screen
# hashes every client, and the generic walk plus the key sort cost ~50 us a client, so
# `canonical_request_json` writes the very same text faster: per dataclass a generated
# function builds the dict with its keys already in sorted order (no sort needed) and
# plain fields inline.  Anything it does not expect (a dict or an unknown type in the
# record) sends it back to the generic path, so the text never differs.


class _NotPlain(Exception):
    """A value the fast canonical writer does not handle: use the generic path."""


_CANONICAL: dict[type, Any] = {}


def _canonical(value: Any) -> Any:
    cls = value.__class__
    if cls in _PLAIN_AS_IS:
        return value
    if cls is list:
        return [v if v.__class__ in _PLAIN_AS_IS else _canonical(v) for v in value]
    if cls is date:
        return value.isoformat()
    convert = _CANONICAL.get(cls)
    if convert is None:
        convert = _canonical_writer(cls)
    return convert(value)


def _canonical_writer(cls: type) -> Any:
    """Generate `lambda v: {"a": <v.a as plain>, ...}` for a dataclass, keys sorted."""
    if not (dataclasses.is_dataclass(cls) and isinstance(cls, type)):
        raise _NotPlain(cls)
    names = sorted(f.name for f in dataclasses.fields(cls) if (cls.__name__, f.name) not in _NOT_IN_REQUEST)
    items = ", ".join(f"{name!r}: (x if (x := v.{name}).__class__ in P else C(x))" for name in names)
    convert = eval(f"lambda v: {{{items}}}", {"P": _PLAIN_AS_IS, "C": _canonical})  # noqa: S307 - field names only
    _CANONICAL[cls] = convert
    return convert


# The standard encoder, not orjson: orjson writes some floats (1.5e-05 as 0.000015, NaN as
# null) and whole numbers past 64 bits differently or not at all, and this text defines the
# hash every stored result carries.  Since migration 3 it is worked out when facts are
# saved, not in every re-screen.
_CANONICAL_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode


def canonical_request_json(person: Person, cases: list[Case]) -> str:
    """json.dumps(request_to_dict(request without as_of), sort_keys=True, separators=(",", ":"),
    ensure_ascii=False), written faster (see above)."""
    try:
        return _CANONICAL_ENCODE({"cases": _canonical(list(cases)), "person": _canonical(person)})
    except _NotPlain:
        doc = request_to_dict(ScreeningRequest(person=person, cases=list(cases), as_of=None))
        return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def request_to_dict(request: ScreeningRequest) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if request.as_of is not None:
        out["as_of"] = request.as_of.isoformat()
    out["person"] = to_plain(request.person)
    out["cases"] = to_plain(request.cases)
    return out


def client_to_request_dict(client: Client, as_of: date | None = None, reviews: list[ExportedReview] = (),  # type: ignore[assignment]
                           counts_had: dict[str, dict[str, CountRemoved]] | None = None,
                           denials_entered: list[DenialEntered] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    """The client as a request with its `client` block, for export, with the attorney
    `reviews` of their determinations the caseload keeps (none: no key).  `counts_had`: by
    case, the counts its history had, as written: a count a petition names that the case no
    longer has, and that the petition does not keep, is said by them (E58-03)."""
    out = request_to_dict(client.request(as_of))
    out["client"] = {k: to_plain(getattr(client, k)) for k in _CLIENT_KEYS}
    # The ledger, which a request does not carry: without it the merge of an event laptop's
    # clients kept only the totals, every dated payment and receipt lost (D23-04).
    ledger = [{"case": case.id, **to_plain(p)} for case in client.cases if case.money is not None for p in case.money.payments]
    if ledger:
        out["client"]["payments"] = ledger
    # The petitions filed, which a request does not carry either (P53): one recorded on an event
    # laptop must reach the clinic's caseload.  No key when there are none, as an export of before.
    petitions = [{"case": case.id, **to_plain(p), **_counts_removed(p, case, (counts_had or {}).get(case.id, {}))}
                 for case in client.cases for p in case.petitions]
    if petitions:
        out["client"]["petitions"] = petitions
    # The reviews, kept by the caseload beside the record: an attorney's review on an event
    # laptop was lost in the end-of-day merge (D23-12).
    if reviews:
        out["client"]["reviews"] = [{k: v for k, v in to_plain(review).items() if v is not None or k not in _REVIEW_BASIS}
                                    for review in reviews]
    # When each denial was typed (F70-03): no key when none, as an export of before.
    if denials_entered:
        out["client"]["denials_entered"] = [to_plain(moment) for moment in denials_entered]
    return out


_REVIEW_BASIS = ("facts_hash", "answer")  # written only when the review has them


def _counts_removed(petition: Petition, case: Case, had: dict[str, CountRemoved]) -> dict[str, list]:
    """The counts a petition names that its case no longer has, said so (`counts_removed`):
    the Record tab keeps them, as filed, when a count is removed (R56-02), and the import
    takes them so, where it refuses a key its case never had (C57-02).  Each by its section
    as written while on the case, where the petition (or `had`, the case's history) keeps
    it, so the clinic's caseload names it as this one does (E58-03); else by its key.  No
    key when none."""
    keys = {conviction.id for conviction in case.convictions}
    kept = {**had, **{count.id: count for count in petition.counts_removed}}
    removed = [to_plain(kept[key]) if key in kept else key for key in petition.convictions if key not in keys]
    return {"counts_removed": removed} if removed else {}


# ---- results ----------------------------------------------------------------------------


def screening_to_dict(screening: Screening) -> dict[str, Any]:
    """The FORMAT.md result; the same as `to_plain`, spelt out because a re-screen of a
    whole caseload serialises millions of determinations."""
    return {
        "as_of": screening.as_of.isoformat(),
        "rules_version": screening.rules_version,
        "results": [
            {
                "case": d.case,
                "conviction": d.conviction,
                "remedy": d.remedy,
                "status": d.status,
                "mode": d.mode,
                "date": d.date.isoformat() if d.date is not None else None,
                "reasons": [{"text": r.text, "cite": r.cite} for r in d.reasons],
                "next_steps": list(d.next_steps),
                "missing_facts": list(d.missing_facts),
                "confidence": d.confidence,
            }
            for d in screening.results
        ],
        "consequences": [{"case": c.case, "conviction": c.conviction, "topic": c.topic, "text": c.text, "cite": c.cite} for c in screening.consequences],
    }


_READ_RESULTS = _reader(list[Determination])
_READ_CONSEQUENCES = _reader(list[Consequence])


def screening_from_dict(data: Any) -> Screening:
    if not isinstance(data, dict):
        raise FormatError("", "a result is a mapping")
    return Screening(
        as_of=parse_date(data.get("as_of"), "as_of"),
        rules_version=_read_text(data.get("rules_version"), "rules_version"),
        results=_READ_RESULTS(data.get("results", []), "results"),
        consequences=_READ_CONSEQUENCES(data.get("consequences", []), "consequences"),
    )


# ---- files ------------------------------------------------------------------------------


def load_document(path: Path) -> Any:
    """Parse a JSON or YAML file: YAML when the suffix says so, JSON when it says so, else
    JSON and then YAML.  Raises FormatError (see `parse_document`)."""
    suffix = Path(path).suffix.lower()
    kind = "yaml" if suffix in (".yaml", ".yml") else "json" if suffix == ".json" else "either"
    return parse_document(decode_text(Path(path).read_bytes()), kind)


def decode_text(raw: bytes) -> str:
    """UTF-8 text, with or without a byte-order mark (Windows editors write one)."""
    check_is_text(raw)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise FormatError("", f"not UTF-8 text (byte 0x{raw[err.start]:02X} at offset {err.start:,}); save it as UTF-8") from None


class NotTextToRead(FormatError):
    """A file that is not UTF-8 text as a whole, known by how it starts: said once, as what it
    is, where it was one byte named ("not UTF-8 text (byte 0xFF at offset 0)") or, in a batch,
    every line of it bad."""


class InUtf16(NotTextToRead):
    """A file in UTF-16, as Notepad's "Unicode" and Excel's "Unicode Text" save it, each letter
    two bytes.  It was "not UTF-8 text (byte 0xFF at offset 0); save it as UTF-8", which names a
    byte a paralegal cannot see, not the encoding to change from; and one without a byte-order
    mark, which reads as UTF-8 with a zero byte after each letter, was "not valid JSON:
    Expecting value at line 1, column 1" (J89-02)."""

    PROBLEM = ("UTF-16 text (as Notepad saves \"Unicode\" and Excel \"Unicode Text\"), not UTF-8 text: "
               "open it and save it as UTF-8")
    ADVICE = "import the file saved as UTF-8"

    def __init__(self, path: str = ""):
        super().__init__(path, self.PROBLEM)


class NotText(NotTextToRead):
    """A spreadsheet, a document or a PDF given where a request is read: the clinic's referral
    workbook given to `screen --batch` was "72 bad lines ... not UTF-8 text (byte 0xD8 at column
    11)", line after line of its bytes, and to `screen` "save it as UTF-8" (J89-05)."""

    def __init__(self, kind: str, path: str = ""):
        super().__init__(path, f"{kind}, not a request: a request is JSON or YAML text (FORMAT.md)")


class Encrypted(NotTextToRead):
    """A file encrypted to be carried, as README asks of a laptop's export: GnuPG's, age's, an
    encrypted zip or a 7-Zip archive.  It was "not UTF-8 text (byte 0x8C at offset 0); save it as
    UTF-8", or a zip said to be a workbook: neither says to decrypt it first (E167-02)."""

    ADVICE = "decrypt it with the program and password it was carried with, import the file that gives, then delete that file"

    def __init__(self, kind: str, path: str = ""):
        super().__init__(path, f"{kind}: it cannot be read until it is decrypted")


class Zipped(NotTextToRead):
    """A zip file named so (day.jsonl.zip) whose first entry is not encrypted: an export zipped
    to carry it, as Windows' "Compressed (zipped) folder" and a Mac's Compress make them, or one
    zipped with a password with its folder, whose first entry (the folder) holds nothing to
    encrypt.  File > Import clients lists .zip files since A170-02, and it was "an Excel workbook
    (.xlsx), a Word document (.docx) or another zip file ... export it again" (R174-01)."""

    ADVICE = ("unzip it (it may ask the password it was carried with), import the file of clients that gives, "
              "then delete that file")

    def __init__(self, path: str = ""):
        super().__init__(path, "a zip file: it cannot be read until it is unzipped")


def _encrypted_as(raw: bytes) -> str | None:
    """What encrypted `raw`, the start of a file, if it shows.  GnuPG's binary packets begin
    with a byte no UTF-8 text begins with (0x84, 0x85 or 0x8C: a continuation byte; 0xC1, or
    0xC3 not followed by one); a zip's first entry says it is encrypted in its flags' bit 0."""
    if raw.startswith((b"-----BEGIN PGP MESSAGE-----", b"\x84", b"\x85", b"\x8c")) or (
            raw[:1] in (b"\xc1", b"\xc3") and len(raw) > 1 and not 0x80 <= raw[1] < 0xC0):
        return "encrypted (GnuPG)"
    if raw.startswith(b"age-encryption.org/"):
        return "encrypted (age)"
    if raw.startswith(b"PK\x03\x04") and len(raw) > 6 and raw[6] & 1:
        return "an encrypted zip file"
    if raw.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "a 7-Zip archive"
    return None


# What the tools that encrypt a file to carry it name what they write: gpg, gpg --armor, age,
# 7-Zip, zip -e.
CARRIED_ENCRYPTED_SUFFIXES = (".gpg", ".pgp", ".asc", ".age", ".7z", ".zip")


def check_not_carried_encrypted(raw: bytes, name: str) -> None:
    """Raise Encrypted when the file `name`, which begins with `raw`, is named as an encrypting
    tool names its files and begins as one.  Asked before whether it is an encrypted caseload:
    a GnuPG file of whole 512-byte pages (one in 512) was taken for one, and the import said to
    export its clients with `clinic-app export --db day.jsonl.gpg` (R168-02).  Not asked of a
    file by its start alone: a caseload's random first bytes begin as a GnuPG packet about once
    in fifty.  Raise Zipped for a zip named so that is not encrypted in its first entry: unzipped,
    its file may be imported."""
    encrypted = _encrypted_as(raw)
    if encrypted and name.lower().endswith(CARRIED_ENCRYPTED_SUFFIXES):
        raise Encrypted(encrypted)
    if name.lower().endswith(".zip") and raw.startswith(b"PK\x03\x04"):
        raise Zipped()


# How a file that is not text begins, and what it is called where it is said.
_NOT_TEXT = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx), a Word document (.docx) or another zip file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel or Word file of the older kind (.xls, .doc)"),
    (b"%PDF-", "a PDF"),
)


def check_is_text(raw: bytes, start_of_file: bool = True) -> None:
    """Raise InUtf16, Encrypted or NotText when `raw`, the start of a file, shows it is one of
    them.  A batch's later line (not `start_of_file`) is never said to be encrypted: one that
    begins with a byte GnuPG's packets begin with is a damaged line of a plain file (R168-01)."""
    if is_utf16(raw):
        raise InUtf16()
    encrypted = _encrypted_as(raw) if start_of_file else None
    if encrypted:
        raise Encrypted(encrypted)
    for start, kind in _NOT_TEXT:
        if raw.startswith(start):
            raise NotText(kind)


def is_utf16(raw: bytes) -> bool:
    """Whether `raw`, the start of a file, is UTF-16: its byte-order mark (FF FE or FE FF), or,
    without one, a zero byte beside each of its first letters, which UTF-8 text never holds."""
    return raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(raw) >= 4 and (raw[1] == raw[3] == 0 != raw[0] or raw[0] == raw[2] == 0 != raw[1]))


# How much of a file is read at a time to find its lines: little, as a batch or an import holds
# a line's worth meanwhile, not megabytes (C31-05); as fast as bigger reads (H94-03 measured).
_READ_AT_A_TIME = 1 << 16
# A CR alone between one request's closing brace and the next one's opening brace: no JSON line
# holds it as whitespace (two values side by side would need a comma between them), so it ends
# a line, whatever other line ends the file has.
_CR_BETWEEN_REQUESTS = re.compile(rb"\}[ \t]*\r(?!\n)[ \t\r]*\{")


_CR_ALONE = re.compile(rb"\r(?!\n)")


def _has_cr_alone(text: bytes, start: int, end: int) -> bool:
    """Whether `text[start:end]`, which ends in LF, holds a CR that is not the first half of a
    CRLF (in C, nothing copied: a Windows file's every line holds a CR)."""
    return text.find(b"\r", start, end) >= 0 and _CR_ALONE.search(text, start, end) is not None


def _lf_lines_split(whole: bytes, splitting: bool) -> list[bytes]:
    """The lines of `whole`, which ends in LF: each LF (or CRLF) ends one, and a line that holds
    a CR alone between two requests (the first one too if `splitting`: its start, read before,
    held one) is split at its CRs as well."""
    lines = []
    for line in whole.split(b"\n")[:-1]:
        body = line[:-1] if line.endswith(b"\r") else line  # the CR of a CRLF
        if splitting or (b"\r" in body and _CR_BETWEEN_REQUESTS.search(body)):
            lines.extend(piece + b"\n" for piece in body.split(b"\r"))
        else:
            lines.append(line + b"\n")
        splitting = False
    return lines


def _line_blocks(stream: BinaryIO) -> Iterator[tuple[bytes, int, int] | list[bytes]]:
    r"""The lines of a file opened for reading bytes, a block at a time: (bytes read, start, end)
    where every line of that part ends in LF or CRLF (no CR alone: what nearly every block of
    nearly every file is, split by `file_lines` or counted by `count_file_lines` in C, nothing
    copied), or a list of lines each ending in b"\n" or b"\r\n" (but a last line without a line
    end).

    A CR alone ends a line too where an editor shows one and no JSON line can hold it as
    whitespace: in a line (up to its LF) that holds one between two requests, "}\r{" (V92-03),
    and in a file with no LF at all (an old Mac's, J91-01).  Then a CR, an LF and a CRLF each
    end a line there.  Told where it is, line by line, not from the first megabyte: two days'
    lists joined, an old Mac's after a megabyte of LF lines, were read as one line, "line 22:
    not valid JSON: Extra data" (H94-03).  A CR alone elsewhere in a line is JSON's whitespace,
    as before.  JSON holds no CR or LF inside a string (they are written \r and \n there), so
    splitting at them cuts no request in two.

    A line is held whole only until its LF, and an old Mac's lines are given as they are read:
    a long line (a list of 50,000 requests on one line) is read once, its pieces joined once."""
    parts: list[bytes] = []  # the start of a line not ended by an LF yet, as read
    splitting = False  # that line holds a CR between two requests: its CRs end lines
    seen_lf = False
    for chunk in iter(lambda: stream.read(_READ_AT_A_TIME), b""):
        ended = chunk.rfind(b"\n") + 1
        if ended:
            seen_lf = True
            start = 0
            if parts:  # the line begun before ends at this part's first LF
                start = chunk.find(b"\n") + 1
                yield _lf_lines_split(b"".join((*parts, chunk[:start])), splitting)
                parts, splitting = [], False
            if start < ended and _has_cr_alone(chunk, start, ended):
                yield _lf_lines_split(chunk[start:ended], False)
            elif start < ended:
                yield chunk, start, ended
            if ended < len(chunk):
                parts = [chunk[ended:]]
        else:
            parts.append(chunk)
        if parts and not splitting and b"\r" in parts[-1]:
            # Where a "}\r{" is split between two reads, it is found in both together.
            probe = parts[-2][-256:] + parts[-1] if len(parts) > 1 else parts[-1]
            splitting = _CR_BETWEEN_REQUESTS.search(probe) is not None
        if splitting and parts:
            rest = b"".join(parts)
            held = b"\r" if rest.endswith(b"\r") else b""  # maybe the first half of a CRLF
            *done, rest = rest[:len(rest) - len(held)].split(b"\r")
            parts = [rest + held] if rest or held else []
            if done:
                yield [line + b"\n" for line in done]
    rest = b"".join(parts)
    if not rest:
        return
    if splitting or (b"\r" in rest and (not seen_lf or _CR_BETWEEN_REQUESTS.search(rest))):
        *done, last = rest.split(b"\r")
        yield [line + b"\n" for line in done] + ([last] if last else [])
    else:
        yield [rest]


def file_lines(stream: BinaryIO) -> Iterator[bytes]:
    r"""The lines of a file opened for reading bytes, as iterating it gives them, each ending in
    b"\n" or b"\r\n" (but a last line without a line end); also where they end in CR alone
    (`_line_blocks`): then each ends in b"\n"."""
    for block in _line_blocks(stream):
        if isinstance(block, tuple):
            read, start, end = block
            yield from read[start:end].splitlines(keepends=True)
        else:
            yield from block


def count_file_lines(stream: BinaryIO) -> int:
    """How many lines `file_lines` gives (blank ones too): a batch's progress total, counted a
    block at a time without making its lines."""
    return sum(block[0].count(b"\n", block[1], block[2]) if isinstance(block, tuple) else len(block)
               for block in _line_blocks(stream))


def parse_document(text: str, kind: str = "either") -> Any:
    """A request document from its text; `kind` is "json", "yaml" or "either" (JSON first).

    Stricter than json.loads and yaml.safe_load, because what they let through would be
    read as facts: a key given twice (they keep the last one silently), a date YAML turns
    into a datetime or cannot build (2015-02-30), a number too long for Python to read.
    Every error is a FormatError of one short line, with the path where there is one.
    """
    if not text.strip():
        raise EmptyFile()
    if kind == "yaml":
        return _parse_yaml(text)
    try:
        return parse_json(text)
    except _NotJson as err:
        if kind == "json":
            raise FormatError("", f"not valid JSON: {err}") from None
        json_problem = str(err)
    try:
        return _parse_yaml(text)
    except FormatError as err:
        if err.problem.startswith("not valid YAML") and text.lstrip()[:1] in ("{", "["):
            # It looks like JSON, so JSON's complaint is the one that helps.
            raise FormatError("", f"not valid JSON: {json_problem}") from None
        raise


# ---- JSON -----------------------------------------------------------------------------

_MAX_DIGITS = 4300  # Python's limit for reading a whole number (sys.get_int_max_str_digits)


class _NotJson(Exception):
    """The text is not JSON at all (a syntax error): for "either", YAML gets a try."""


class _KeyGivenTwice(dict):
    """A JSON object in which `key` appears more than once (json keeps the last silently)."""

    key: str


class _LongNumber:
    """A whole number past Python's 4,300-digit limit, kept as a marker to find its path."""

    def __init__(self, digits: str):
        self.digits = digits


def parse_json(text: str) -> Any:
    """Strict JSON (see `parse_document`); raises _NotJson for a syntax error, else FormatError."""
    repeats: list[_KeyGivenTwice] = []

    def object_pairs(pairs: list[tuple[str, Any]]) -> dict:
        mapping = dict(pairs)
        if len(mapping) == len(pairs):
            return mapping
        twice = _KeyGivenTwice(mapping)
        names = [name for name, _ in pairs]
        twice.key = next(name for i, name in enumerate(names) if name in names[:i])
        repeats.append(twice)
        return twice

    try:
        data = json.loads(text, object_pairs_hook=object_pairs)
    except json.JSONDecodeError as err:
        raise _NotJson(json_problem(err, text)) from None
    except ValueError:  # not a syntax error: a number past the 4,300-digit limit
        _raise_long_number(text)
    except RecursionError:
        raise FormatError("", "nested too deeply to be a request") from None
    if repeats:
        where = _path_of(data, lambda v: isinstance(v, _KeyGivenTwice))
        twice = where[1] if where is not None else repeats[0]
        raise FormatError(_join(where[0] if where is not None else "", twice.key), "the key is given twice")
    return data


def json_problem(err: json.JSONDecodeError, text: str) -> str:
    # Some of json's messages end in "at" ("Invalid control character at"): the place follows.
    problem = err.msg.removesuffix(" at")
    if "\n" in text.strip():
        return f"{problem} at line {err.lineno}, column {err.colno}"
    return f"{problem} at column {err.colno}"


class CutShort(FormatError):
    """A file copied before it was whole: not a record to put right but the file to copy again,
    `AGAIN` said for the command that read it ("import", "screen"; `ADVICE` is import's)."""

    PROBLEM: str
    AGAIN: str

    def __init__(self, path: str = "", problem: str | None = None):
        super().__init__(path, problem or self.PROBLEM)


class FileCutShort(CutShort):
    """A JSON Lines file that ends part-way through a record: copied from the laptop before
    the export was whole, or the drive taken out too soon.  It had been refused as "line 3:
    not valid JSON: Unterminated string starting at", with "put that record right": there is
    no record to put right, only the laptop's export to copy again (M42-02)."""

    PROBLEM = ("the file ends part-way through this client's record: it was cut short (copied before the export "
               "was whole, or the drive taken out too soon)")
    AGAIN = "copy or export the file again from the laptop, and {} that whole file"
    ADVICE = AGAIN.format("import")


class LineCutShort(CutShort):
    """A line of a JSON Lines file that ends part-way through a client's record, with the file's
    other lines after it: the copy stopped or the stick was pulled while copying (or an editor
    broke the line in two).  It was refused as "line 3: not valid JSON: Invalid control
    character at column 46 ... put that record right": json's words, which a paralegal cannot
    act on, where the file itself is to be copied again (H99-01).  A line holding zero bytes
    (what a stick pulled while copying can leave in place of the text) is said so too."""

    PROBLEM = "the line ends early, part-way through a client's record: the file may have been copied incompletely"
    ZEROS = ("the line holds empty bytes (zeros) where a client's record should be: the file may have been "
             "copied incompletely")
    AGAIN = "copy the file again from the laptop (or export it again there), and {} that whole file"
    ADVICE = AGAIN.format("import")


def cut_short(raw: bytes, err: json.JSONDecodeError | UnicodeDecodeError, text: str = "",
              path: str = "") -> CutShort | None:
    """Whether JSON Lines line `raw` (its newline kept, if it has one), that failed to decode
    (`err` a UnicodeDecodeError) or to parse as JSON (`err` json's, `text` the line decoded),
    was cut short: the error to say in place of the decoder's, or None.  One rule for
    `clinic-app import` and `clinic-app screen --batch`, which said json's words of a line a
    pulled stick cut short ("not valid JSON: Invalid control character at column 46", H100-01).

    The last line, with no newline after it, stopping part-way through a record or a letter
    ("é" is two bytes) is the file cut short (M42-02, R43-02): an export ends every record with
    a newline, and Notepad saves none after a line either, so the record must stop part-way
    too.  A line with its newline that stops where no record ends (in a string, after a comma,
    in a number) ends early; one ending in "}" or "]" is a record with a brace left out, put
    right as it is, not copied again (H99-01).  A line holding zero bytes, what a stick pulled
    while copying can leave in place of the text, is said so."""
    last = not raw.endswith(b"\n")
    if isinstance(err, UnicodeDecodeError):
        return FileCutShort(path) if last and err.reason == "unexpected end of data" else None
    if last and _stops_part_way(text, err):
        return FileCutShort(path)
    if _stops_part_way(text, err) and not text.rstrip().endswith(("}", "]")):
        return LineCutShort(path)
    if "\x00" in text:
        return LineCutShort(path, LineCutShort.ZEROS)
    return None


def _stops_part_way(line: str, err: json.JSONDecodeError) -> bool:
    """Whether JSON `line` failed only because it stops: a record ends with its "}", so a
    mistake in a whole one has a "}" after it; one cut short fails at its last piece (a
    string still open, "tru", "200.", "\\u00"), with none after it but in that string."""
    return "}" not in line[err.pos:] or err.msg.startswith("Unterminated string")


def _raise_long_number(text: str) -> typing.NoReturn:
    """Parse again, keeping over-long numbers as markers, to name the path of the first."""
    data = json.loads(text, parse_int=lambda digits: _LongNumber(digits) if len(digits.lstrip("-")) > _MAX_DIGITS else int(digits))
    where = _path_of(data, lambda v: isinstance(v, _LongNumber))
    path, number = where if where is not None else ("", _LongNumber(""))
    raise FormatError(path, f"a number of {len(number.digits.lstrip('-')):,} digits is too long to read")


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def _path_of(data: Any, test: typing.Callable[[Any], bool], path: str = "") -> tuple[str, Any] | None:
    """(path, value) of the first value, in document order, that passes `test`."""
    if test(data):
        return path, data
    if isinstance(data, dict):
        for key, value in data.items():
            found = _path_of(value, test, _join(path, key))
            if found is not None:
                return found
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found = _path_of(value, test, f"{path}[{i}]")
            if found is not None:
                return found
    return None


# ---- YAML -----------------------------------------------------------------------------

# An alias bomb (a list of nine aliases to a list of nine aliases to ...) is a few lines of
# YAML that expand to billions of values: refuse past this many values added by aliases.
MAX_ALIAS_VALUES = 100_000


def _parse_yaml(text: str) -> Any:
    import yaml  # only YAML documents pay for the import

    loader = _request_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise EmptyFile("the file is empty (nothing but comments)")
        _check_yaml_nodes(node)
        return loader.construct_document(node)
    except FormatError:
        raise
    except yaml.YAMLError as err:
        raise FormatError("", _indented_with_a_tab(text, err) or f"not valid YAML: {_yaml_problem(err)}") from None
    except RecursionError:
        raise FormatError("", "nested too deeply to be a request") from None
    except ValueError as err:  # a constructor's own error, e.g. a malformed !!binary
        raise FormatError("", f"not valid YAML: {_describe(str(err))}") from None
    except (KeyError, IndexError, TypeError):  # PyYAML's constructors on `!!bool maybe`, `!!int ""`
        raise FormatError("", "not valid YAML: a value does not fit its explicit tag (!!bool, !!int, !!float)") from None
    finally:
        loader.dispose()


_LOADER: list[type] = []


_INT_TAG, _FLOAT_TAG = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
# Numbers as a person writes them.  YAML 1.1 also reads 010 as octal 8, 0647 as 423, 1:30 as
# 90, 0x1CB, 11_350, .nan and .inf: a leading zero silently changed a case id, a section or
# a fine (fuzzing finding).  Those stay text, and a number field then refuses them by path.
_PLAIN_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_PLAIN_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")


def _request_loader() -> type:
    """yaml's safe loader (libyaml's when installed), but a date stays text, so that
    `parse_date` checks it and names its path: PyYAML would turn 2015-02-30 into a
    ValueError with no path, and 2015-03-02 10:00 into a datetime; and only a plain
    decimal is a number (see _PLAIN_INT)."""
    if not _LOADER:
        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        loader = type("RequestLoader", (base,), {})
        loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
        loader.yaml_implicit_resolvers = {
            first: [(tag, rx) for tag, rx in resolvers if tag not in (_INT_TAG, _FLOAT_TAG)]
            for first, resolvers in base.yaml_implicit_resolvers.items()
        }
        loader.add_implicit_resolver(_INT_TAG, _PLAIN_INT, list("-+0123456789"))
        loader.add_implicit_resolver(_FLOAT_TAG, _PLAIN_FLOAT, list("-+.0123456789"))
        _LOADER.append(loader)
    return _LOADER[0]


def _indented_with_a_tab(text: str, err: Exception) -> str | None:
    """What to say when YAML stopped at a line indented with a tab, which YAML forbids (an
    editor's Tab key, or a request typed in Notepad): it was "not valid YAML: found character
    that cannot start any token at line 3, column 1", which names no tab and nothing to do
    (J89-03).  None when the line it stopped at, and every line before it, is indented with
    spaces alone: its own complaint is said."""
    mark = getattr(err, "problem_mark", None)
    if mark is None:
        return None
    # Only the lines up to the one it stopped at are split: a file of 200 MB is not split whole.
    for number, line in enumerate(text.split("\n", mark.line + 1)[:mark.line + 1], start=1):
        if "\t" in line[:len(line) - len(line.lstrip())]:
            return f"not valid YAML: line {number} is indented with a tab, which YAML does not allow: indent it with spaces"
    return None


def _yaml_problem(err: Exception) -> str:
    problem = getattr(err, "problem", None)
    mark = getattr(err, "problem_mark", None)
    if problem and mark is not None:
        return f"{problem} at line {mark.line + 1}, column {mark.column + 1}"
    return _describe(" ".join(str(err).split())).strip("'\"")


def _check_yaml_nodes(root: Any) -> None:
    """Check the composed document before anything is built from it.

    A key given twice (yaml keeps the last silently) is named by its path; the keys a
    merge (`<<: *anchor`) brings in may be overridden, as YAML means.  An anchor inside
    itself, or aliases that add more than MAX_ALIAS_VALUES values, stop here, before
    the expansion is built.  Each node is looked into once; its size is remembered.
    """
    import yaml

    sizes: dict[int, int] = {}
    unique = 0

    def size_of(node: Any, path: str) -> int:
        nonlocal unique
        known = sizes.get(id(node))
        if known is not None:
            if known < 0:
                raise FormatError(path, "an alias inside its own anchor")
            return known
        sizes[id(node)] = -1  # being looked into
        unique += 1
        size = 1
        if isinstance(node, yaml.MappingNode):
            seen: set[tuple[str, str]] = set()
            for key, value in node.value:
                if key.tag == "tag:yaml.org,2002:merge":
                    size += size_of(value, path)
                    continue
                name = key.value if isinstance(key, yaml.ScalarNode) else "?"
                sub = _join(path, name)
                if isinstance(key, yaml.ScalarNode):
                    if (key.tag, key.value) in seen:
                        raise FormatError(sub, "the key is given twice")
                    seen.add((key.tag, key.value))
                size += size_of(value, sub)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                size += size_of(item, f"{path}[{i}]")
        elif node.tag == "tag:yaml.org,2002:int" and len(node.value) > _MAX_DIGITS:
            raise FormatError(path, f"a number of {len(node.value):,} digits is too long to read")
        if size - unique > MAX_ALIAS_VALUES:
            raise FormatError(path, f"its aliases expand to more than {MAX_ALIAS_VALUES:,} values")
        sizes[id(node)] = size
        return size

    size_of(root, "")


__all__ = [
    "FormatError",
    "Reason",
    "read_request",
    "check_for_screening",
    "read_client_request",
    "client_from_request",
    "client_and_reviews_from_request",
    "client_reviews_and_moments_from_request",
    "DenialEntered",
    "EmptyFile",
    "ExportedReview",
    "request_to_dict",
    "client_to_request_dict",
    "screening_to_dict",
    "screening_from_dict",
    "load_document",
    "parse_document",
    "decode_text",
    "InUtf16",
    "NotText",
    "NotTextToRead",
    "check_is_text",
    "check_not_carried_encrypted",
    "is_utf16",
    "to_plain",
    "canonical_request_json",
    "read_object",
    "parse_date",
]
