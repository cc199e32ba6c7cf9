"""Is this client already in the caseload?  The key that says two records are one person.

A clinic day's clients reach the clinic's caseload by export and import (README); a file
imported twice, or a person seen at two events, must not become two clients unnoticed.
Two records are taken for the same person when their names match once case, accents and
spacing are set aside ("María  López" is "maria lopez") and their dates of birth are the
same.  That is only a likely match: the import skips a client only when the record is the
same too (the same facts hash), and otherwise names the likely match for a person to check.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from clinic_app.plain_letters import in_plain_letters
from clinic_app.wording import count


# A date of birth typed as a search, as clinic staff type one from an ID, a rap sheet or a
# client's word (G64-01): month first with slashes or dashes ("3/2/1985", "03-02-1985"), or
# day first where the first number can be no month ("14/3/1985", E155-04), the
# year first ("1985-03-02", "1985/3/2"), with the month's name in English or Spanish ("March 2
# 1985", "Mar. 2, 1985", "2 March 1985", "2 de marzo de 1985"), or dotted where the numbers
# decide the order, as the record's date fields read one (ui.forms: "15.3.1985"; "3.2.1985" is
# March 2 on a US receipt and 3 February on a Mexican ID, so it is no date here).
_MONTH_FIRST = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})")
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")
_MONTH_NAMES = {
    "january": 1, "jan": 1, "enero": 1, "ene": 1,
    "february": 2, "feb": 2, "febrero": 2,
    "march": 3, "mar": 3, "marzo": 3,
    "april": 4, "apr": 4, "abril": 4, "abr": 4,
    "may": 5, "mayo": 5,
    "june": 6, "jun": 6, "junio": 6,
    "july": 7, "jul": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8, "ago": 8,
    "september": 9, "sept": 9, "sep": 9, "septiembre": 9, "setiembre": 9, "set": 9,
    "october": 10, "oct": 10, "octubre": 10,
    "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "diciembre": 12, "dic": 12,
}
_MONTH_NAME = "(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_YEAR = r"(\d{4}|\d{2})"
# "March 2 1985", "March 2, 1985", "marzo 2 de 1985"; "2 March 1985", "2 de marzo de 1985",
# "2 de marzo, 1985".
# The day may be written as an ordinal, before the month as after it ("2nd March 1985", "2nd of
# March 1985", "1º de enero de 2000", "1ro de enero"): only "March 2nd" was read (R100-03).  A
# US keyboard has no "º": the first of a month is typed "1ero", "1er" or "1o" there, and the
# Real Academia writes "1.º" (R103-01).  A letter "o" is that ending after the 1 alone, and in
# small: "3o de marzo", "2O-MAR-1985" were read as the 3rd and the 2nd, where the "o" is far more
# likely the zero of the 30th or the 20th, a date of birth stored wrong without a word (R104-02).
_DAY = r"(\d{1,2})(?:st|nd|rd|th|\.?º|\.?°|ero|ro|er|(?<!\d\d)(?<=1)(?-i:o))?"
_NAMED_MONTH_FIRST = re.compile(_MONTH_NAME + r"\s+" + _DAY + r",?\s+(?:de\s+|del\s+)?" + _YEAR, re.IGNORECASE)
_NAMED_DAY_FIRST = re.compile(_DAY + r"\s+(?:de\s+|of\s+)?" + _MONTH_NAME + r",?\s+(?:de\s+|del\s+)?" + _YEAR, re.IGNORECASE)
# With dashes, as a court's or an agency's printout writes a day ("02-MAR-1985", "Mar-02-1985"),
# the day an ordinal too, as a hand or a consular card writes it ("1º-ene-1985", M103-04).
_DASHED_DAY_FIRST = re.compile(_DAY + r"-" + _MONTH_NAME + r"-" + _YEAR, re.IGNORECASE)
_DASHED_MONTH_FIRST = re.compile(_MONTH_NAME + r"-(\d{1,2})-" + _YEAR, re.IGNORECASE)


def month_numbered(name: str) -> int | None:
    """The month a name or its short form names, in English or Spanish ("Nov", "noviembre",
    "Sept."), or None: a report's period typed "November 2026" (T140-04)."""
    return _MONTH_NAMES.get(name.casefold().removesuffix("."))


def _full_year(year: str, month: int, day: int, today: date) -> int:
    """The year of a date of birth typed with two digits ("3/2/85"): the latest year ending in
    them whose day is not after today, since nobody is born in the future.  "3/2/85" is 1985;
    "3/2/20" is 2020 (a search, not a record: the list shows the date found beside the name);
    "12/31/26" typed on 2026-12-03 is 1926."""
    if len(year) == 4:
        return int(year)
    this_century = today.year // 100 * 100 + int(year)
    try:
        return this_century if date(this_century, month, day) <= today else this_century - 100
    except ValueError:  # February 29 of a year that has none: let date() refuse the day
        return this_century if this_century <= today.year else this_century - 100


def month_named(text: str) -> tuple[int, int, str] | None:
    """(month, day, year as typed) of a date written with its month's name, in English or
    Spanish ("March 2 1985", "Mar. 2, 1985", "2 de marzo de 1985"); None for any other text.
    The search reads it (`born_on`) and so does every date field of the window (ui.forms,
    I98-02: typed at intake, "2 de marzo de 1985" was cut to "2 de marzo" and refused)."""
    text = " ".join(text.split())
    if written := _NAMED_MONTH_FIRST.fullmatch(text) or _DASHED_MONTH_FIRST.fullmatch(text):
        return _MONTH_NAMES[written[1].casefold()], int(written[2]), written[3]
    if written := _NAMED_DAY_FIRST.fullmatch(text) or _DASHED_DAY_FIRST.fullmatch(text):
        return _MONTH_NAMES[written[2].casefold()], int(written[1]), written[3]
    return None


def born_on(text: str, today: date | None = None) -> date | None:
    """The day a search for a date of birth names ("3/2/1985", "3/2/85", "03-02-1985",
    "1985-03-02", "March 2 1985", "2 de marzo de 1985"); None for any other search (names,
    aliases, case numbers) and for a dotted date the numbers leave open ("3.2.1985").  The
    window's search box and `clinic-app list --search` both: the command had searched the
    words of "3/2/1985" and found nobody (J63-04); staff typing "3/2/85" or "March 2 1985"
    found nobody in either (G64-01)."""
    text = " ".join(text.split())
    today = today or date.today()
    month = day = None
    if written := _MONTH_FIRST.fullmatch(text):
        month, day, year = int(written[1]), int(written[3]), written[4]
        if month > 12 >= day:
            # "14/3/1985", as a Mexican ID, a consular card or the client writes it: no month
            # 14, so the numbers decide, as a dotted date's do; it had found nobody (E155-04).
            month, day = day, month
    elif written := _YEAR_FIRST.fullmatch(text):
        month, day, year = int(written[3]), int(written[4]), written[1]
    elif written := _DOTTED.fullmatch(text):
        first, second, year = int(written[1]), int(written[2]), written[3]
        if first != second and first <= 12 and second <= 12:
            return None  # one day read month first, another read day first
        month, day = (first, second) if second > 12 or first == second else (second, first)
    elif named := month_named(text):
        month, day, year = named
    if month is None:
        return None
    try:
        return date(_full_year(year, month, day, today), month, day)
    except ValueError:  # "2/30/1985", "13/2/1985"
        return None


def day_first_instead(text: str, today: date | None = None) -> tuple[date, date, str] | None:
    """Where a search's date of birth has slashes or dashes and its first two numbers could each
    be the month ("10/11/1967", "Muñoz 10-11-67"): (the day searched, month first, as a US ID
    writes it; the day the same numbers name day first, as a Mexican ID writes it; the search
    with that day written year first, which no one can read two ways).  `born_on` reads day
    first only where the first number can be no month (E155-04): a client born November 10
    whose date was typed as her ID prints it found nobody, and nothing said how it was read
    (R157-02).  None for any other search."""
    today = today or date.today()
    words = text.split()
    for at, word in enumerate(words):
        written = _MONTH_FIRST.fullmatch(word)
        if written is None:
            continue
        first, second = int(written[1]), int(written[3])
        if first == second or first > 12 or second > 12 or born_on(word, today) is None:
            return None
        read = born_on(word, today)
        other = date(_full_year(written[4], second, first, today), second, first)
        if search_terms(text, today)[1] != read:
            return None  # the date is not what the search reads as one (a case number's digits)
        return read, other, " ".join([*words[:at], other.isoformat(), *words[at + 1:]])
    return None


_MONTHS_SAID = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def day_said(day: date) -> str:
    """`day` as a volunteer reads it aloud, "October 11, 1967": "1967-10-11" beside "10/11/1967"
    would ask again which number is the month."""
    return f"{_MONTHS_SAID[day.month - 1]} {day.day}, {day.year}"


def read_month_first_said(text: str, today: date | None = None,
                          quote: Callable[[str], str] = "“{}”".format) -> tuple[str, str] | None:
    """For a search that found nobody and whose date could be read two ways (`day_first_instead`):
    how it was read and the search for the other day, "read month first, as October 11, 1967;
    for November 10, 1967, day first, search “1967-11-10”", and that search; None otherwise.
    The window's search box and `clinic-app list --search` (`quote`: its quotes) say it alike
    (R157-02)."""
    both = day_first_instead(text, today)
    if both is None:
        return None
    read, other, search = both
    return (f"read month first, as {day_said(read)}; for {day_said(other)}, day first, search {quote(search)}", search)


# The most words a date of birth takes ("2 de marzo de 1985"): how far `search_terms` looks.
_DATE_WORDS = 5


def search_terms(text: str, today: date | None = None, *, number_first: bool = True) -> tuple[str, date | None]:
    """What a search asks: (the words to find by name, alias or case number, the date of birth
    typed with them or None).  A search that is a date of birth alone ("3/2/85") is ("", that
    day); a date typed after or before a name, apart by a space ("darnell jackson 10/12/1983",
    "10/12/1983 jackson", "Rosa Paz 2 de marzo de 1985") is the name and the day, so the one
    person of seven Darnell Jacksons is found: the whole was searched as words and found
    nobody (C64).  The window's search box and `clinic-app list --search` both ask the
    caseload by it (db.repository), as they ask `born_on`."""
    today = today or date.today()
    born = born_on(text, today)
    if born is not None:
        return "", born
    words = text.split()
    # The longest date at either end: "Paz March 2 1985" is March 2, not "2 1985".
    for size in range(min(_DATE_WORDS, len(words) - 1), 0, -1):
        for at_end, rest, day in ((True, words[:-size], words[-size:]), (False, words[size:], words[:size])):
            if at_end and printed_case_number(rest[-1], " ".join(day)) and (number_first or not _COURT_LETTERS.fullmatch(rest[-1])):
                continue  # the digits of a case number ("CR 12-3-45"), never a date
            born = born_on(" ".join(day), today)
            if born is not None and _WORDS.search(" ".join(rest)):
                return " ".join(rest).strip(" ,;"), born
    return text, None


def whole_name_searched(text: str) -> tuple[str, ...] | None:
    """The name a search asks for whole, folded as names are matched (case, accents, spacing,
    apostrophes and hyphens aside: "CARMEN gomez" of "Carmen Gómez"), a date of birth typed
    with it set aside, and turned round where it is written surname first as a RAP sheet prints
    it ("GOMEZ, CARMEN", `names_read`: K374-05); None for a search of one word or none (a part
    of a name, a case number)."""
    readings = names_read(search_terms(text)[0]) if text else ("",)
    return readings if len(readings[0].split()) > 1 else None


def named_as_searched_first(rows: Iterable[Any], text: str) -> list[Any]:
    """`rows` a search for `text` found (each with a `name`), in the order they are listed,
    those named exactly as searched first (`whole_name_searched`), the rest after in their
    order.  "Carmen Gómez" searched listed her last of five at a terminal, after "Carmen Gómez
    López" and others the index ranked higher, and below "Carmen Cruz Gómez" in the window
    sorted by name (K374-01); both list them through this, so in the same order."""
    rows = list(rows)
    names = whole_name_searched(text)
    if names is None:
        return rows
    first = [row for row in rows if _folded(row.name) in names]
    if not first or len(first) == len(rows):
        return rows
    named = {id(row) for row in first}
    return first + [row for row in rows if id(row) not in named]


def first_letters_search(text: str) -> str | None:
    """A name search that found nobody, shortened to the first three letters of each word, for
    the empty list to offer: a name heard at the table and spelled another way ("Chaves" for
    Chávez, "Nunes" for Núñez, "Garsia" for García) found nobody, and the list said only to
    clear the search (F97-02); the search takes the start of each word, so "Cha" finds Chávez.
    None where there is nothing to shorten, or the search is not a name alone (a digit in it:
    a case number or a date of birth)."""
    words = text.split()
    if not words or any(ch.isdigit() for ch in text) or all(len(word) <= 3 for word in words):
        return None
    return " ".join(word[:3] for word in words)


def search_readings(text: str, today: date | None = None) -> list[tuple[str, date | None]]:
    """Each way `text` may be read by `search_terms`, the case number first.  A short last name
    and a date of birth with dashes ("Rosa Paz 3-2-85", "Li 3-2-85", "Mei Wong 03-02-85") are
    written as a court prints "CR 12-3-45": read as a case number alone they found nobody
    (R71-01).  So such a search is also read as the name and the day, which the caseload asks
    when the case number finds no one; a number with a year's digits ("19CR 3-4-5") is no name."""
    first = search_terms(text, today)
    second = search_terms(text, today, number_first=False)
    readings = [first] if second == first else [first, second]
    # The case without the defendant's number the court printed after it, last (T103-02).
    if (case := case_before_defendant_number(text)) is not None:
        readings.append((case, None))
    return readings


def case_before_defendant_number(text: str) -> str | None:
    """The case number of a search typed as the Los Angeles Superior Court prints it, the
    defendant's number after a dash ("BA350123" of "BA350123-01"), or None.  That reading finds
    the clients with that very case (db.repository): its words, searched as the start of a
    word, found the co-defendant's "BA350123-02" and another case, "BA3501234" (R104-01)."""
    printed = _DEFENDANT_NUMBERED.fullmatch(text.strip())
    return printed["case"] if printed is not None else None


def defendant_number_apart(typed: str, entered: str) -> str | None:
    """How case number `typed` differs from `entered` where the two are one case number but for
    the defendant's number the Los Angeles Superior Court prints after it (`case_before_defendant_number`):
    "with" ("BA350123-01" typed after "BA350123"), "without" (the other way), "another" ("-02"
    after "-01"); None where they are one number as typed, or two cases.  Intake took the case
    again as a second case with not a word (I109-03); co-defendants share the number, so it is
    said, not refused."""
    if case_number_key(typed) == case_number_key(entered):
        return None
    typed_case, entered_case = case_before_defendant_number(typed), case_before_defendant_number(entered)
    if case_number_key(typed_case or typed) != case_number_key(entered_case or entered):
        return None
    return "another" if typed_case and entered_case else "with" if typed_case else "without"


# A case number as the Los Angeles Superior Court prints it on a docket or a case summary, the
# defendant's number after a dash: "BA350123-01" is case BA350123, its first defendant.  Typed
# so off the client's papers, it found nobody: the search asked for "BA350123" and "01" (T103-02).
# Letters and digits both before the dash: "12-3-01" is the digits of "CR 12-3-01", or a date.
_DEFENDANT_NUMBERED = re.compile(r"(?P<case>(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4,})-\d{2}")


def digits_of_a_case_number(text: str, today: date | None = None) -> str | None:
    """The digits typed of a case number without its court's letters ("12-3-45" of "CR
    12-3-45"), where they are also a date of birth alone, as `search_terms` reads them; else
    None.  A paralegal reading a number off a docket drops the letters: "12-3-45" found only
    who was born December 3, 1945, nobody or a stranger, and never the client (Z73, W74-02).
    Such a search finds both, the case's client first (db.repository): as a date it found
    nobody in a small caseload, but a caseload of thousands has someone born most days, so
    "when the day finds nobody" would find the client on one laptop and not at the office.
    Digits parted by dashes only: no court prints a number with slashes or a month's name."""
    text = text.strip()
    if _DASHED_DIGITS.fullmatch(text) and born_on(text, today) is not None:
        return text
    return None


# A phone number as a client says it or a phone shows it: digits with the marks people put
# between them, "(626) 555-0104", "626.555.0104", "+1 626 555 0104", or seven digits without
# the area code, "555-0104".
_PHONE_NUMBER = re.compile(r"\+?[\d\s().-]+")
# An extension after it, as a card or a signature writes one: "x12", "ext. 12", "extension 12"
# (M103-03).  Set aside: the number is what a phone field is searched by (R100-01).
_EXTENSION = re.compile(r",?\s*(?:x|ext\.?|extension|extensi\u00f3n)\s*\d{1,6}$", re.IGNORECASE)


def phone_digits_searched(text: str, today: date | None = None) -> str | None:
    """The digits of a phone number typed as a search ("6265550104" of "(626) 555-0104",
    "5550104" of "555-0104"), or None for anything else: a client calls, and the number their
    call shows found nobody (P97-01).  Ten digits (a leading 1 dropped) or seven; a date of
    birth ("12-3-1985") or a case number's digits ("12-3-45") are read as they were, not as
    a phone.  An extension after it ("626-555-0104 x12", "ext. 12") is set aside (M103-03).
    The caseload finds the clients whose phone ends in these digits (db.repository)."""
    text = text.strip()
    if extension := _EXTENSION.search(text):
        text = text[:extension.start()]
    if not _PHONE_NUMBER.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) not in (7, 10) or born_on(text, today) is not None or digits_of_a_case_number(text, today) is not None:
        return None
    return digits


# A number as written in a client's Phone field, free text: the digits and the marks between
# them, apart from what is written beside it ("(cell)", "ext 12").  A slash may part the area
# code ("626/555-0104") or two numbers ("323-555-0199 / 626-555-0177"): both are asked.
_PHONE_WRITTEN = re.compile(r"[\d\s().+/-]*\d")


def phone_written_ends_in(phone: str | None, digits: str) -> bool:
    """Whether a number written in `phone` (a client's Phone field as typed) ends in `digits`
    (`phone_digits_searched`).  Each number is asked on its own: the field is free text, and
    "(626) 555-0104 (cell)", "213.555.0150 ext 12" or "323-555-0199 / 626-555-0177 (mother)"
    ended otherwise than any of their numbers, so the number a call showed found nobody
    (R100-01)."""
    return any(re.sub(r"\D", "", number).endswith(digits)
               for written in _PHONE_WRITTEN.findall(phone or "") for part in (written, *written.split("/"))
               for number in _numbers_apart_by_spaces(part))


def _numbers_apart_by_spaces(written: str) -> list[str]:
    """`written`, and each start of it up to a space where what follows holds a number of its
    own (seven digits at least): "213-555-0101 323-555-0199", two numbers as a client gives them,
    ended otherwise than the first, and a call from it found nobody (I109-04).  "1 626 555 0104"
    and "(626) 555 0104" are one number each."""
    starts = [written[:space.start()] for space in re.finditer(r"\s+", written)
              if len(re.sub(r"\D", "", written[space.end():])) >= 7]
    return [*starts, written]


# How alike a word typed and a name's word must be to be offered (difflib's ratio): "Hakobian"
# and Hakobyan are 0.88, "Hernandes" and Hernández 0.89, "OBrian" and O'Brien 0.83; "Paz" and
# "Pas" (0.67) are two names.
_CLOSE_ENOUGH = 0.75


class NameWords:
    """The words of a caseload's names as `close_spellings` looks among them: each folded as
    the search folds it (sorted), with the spellings the caseload writes it in and how often.
    Made once for the names and kept while they do not change: made again at each letter
    typed that found nobody it was most of the keystroke on a large caseload (S98-01)."""

    __slots__ = ("written", "spellings", "vocabulary")

    def __init__(self, names: Iterable[str]) -> None:
        self.written = Counter(word for name in names for word in _NAME_PARTS.split(name) if word)
        spellings: defaultdict[str, list[str]] = defaultdict(list)
        for word in self.written:
            spellings[_folded(word)].append(word)
        self.spellings = dict(spellings)
        self.vocabulary = sorted(spellings)

    def most_written(self, folded: str) -> str:
        """The spelling of `folded` the caseload uses most."""
        return max(self.spellings[folded], key=self.written.__getitem__)


def close_spellings(text: str, names: Iterable[str] | NameWords, limit: int = 3) -> list[str]:
    """The search `text` with its words that begin no word of `names` spelled as a name of the
    caseload close to them ("Hakobyan" of "Hakobian", "Darnell O'Brien" of "Darnell OBrian"),
    closest first, up to `limit`; [] when every word begins a name's word (nothing to put
    right), one has nothing close, or the search has digits (a date, a case or phone number).
    A caller's surname spelled as heard found nobody, and the list said only "No client
    matches" (P97-02).  Accents, case and apostrophes set aside as the search sets them aside;
    a name's word is offered as the caseload spells it most often.  `names` may be their
    `NameWords`, made once where the same names are asked again (the window, S98-01)."""
    # The words as a name is parted into them (a hyphen too, as `NameWords` parts the names),
    # each part asked on its own and the hyphens put back: "Garsia-Lopez" asked whole was close
    # to no name's word ("garcia" and "lopez" are two), and had no offer (R100-02).
    parted = _TYPED_PARTS.split(text.strip())
    typed, between = parted[0::2], [" " if mark.isspace() else mark.strip() for mark in parted[1::2]]
    if not text.strip() or _DIGIT.search(text):
        return []
    words = names if isinstance(names, NameWords) else NameWords(names)
    vocabulary = words.vocabulary
    close: dict[int, list[str]] = {}
    for at, word in enumerate(typed):
        key = _folded(word).replace(" ", "")
        after = bisect.bisect_left(vocabulary, key)
        if not key or (after < len(vocabulary) and vocabulary[after].startswith(key)):
            continue  # found as typed, as the search's words are: the start of a name's word
        found = difflib.get_close_matches(key, vocabulary, n=limit, cutoff=_CLOSE_ENOUGH) if len(key) >= 3 else []
        if not found:
            return []
        close[at] = [words.most_written(match) for match in found]
    if not close:
        return []
    first = min(close)
    offered = []
    for spelling in close[first]:
        words = [close[at][0] if at in close else word for at, word in enumerate(typed)]
        words[first] = spelling
        offered.append("".join(word + mark for word, mark in zip(words, between + [""])))
    return offered


# What parts a name into the words a search begins (as _folded: a hyphen parts two names).
_NAME_PARTS = re.compile(r"[\s\-\u2010]+")
# The same, the marks kept: a search's words and what parts them, to be put back as typed.
_TYPED_PARTS = re.compile(r"(\s*[\-\u2010][\s\-\u2010]*|\s+)")


def printed_after_letters(number: str, digits: str) -> bool:
    """Whether case `number` is `digits` (`digits_of_a_case_number`) after its court's letters,
    parted as typed: "CR 12-3-45", "CR12-3-45", "LACR 12-3-45" and "19CR 3-4-05" are; "9VA12345"
    (the same digits, one run) and "CR 12-3-456" are not.  Parted as typed, so that a date of
    birth typed to find who was born that day does not also list every number that merely
    holds its digits (a 5-digit run of the 50,000 misdemeanor numbers of a large caseload)."""
    parts = _WORDS.findall(number)
    if parts:
        first = _PREFIX_LETTERS.sub("", parts[0], count=1)
        parts = [first, *parts[1:]] if first else parts[1:]
    return [part.casefold() for part in parts] == digits.split("-")


_PREFIX_LETTERS = re.compile(r"^\d{0,2}[^\W\d_]+")


# What a court prints before the digits of a case number: its letters ("BA", "CR", "LACR"),
# or a year's digits and then letters ("19CR", "1CJ", "24CJCF").  No date of birth starts so.
_COURT_LETTERS = re.compile(r"[A-Za-z]{2,4}")
_YEAR_AND_LETTERS = re.compile(r"\d{1,2}[A-Za-z]{1,6}")
# The digits after it parted by dashes: "12-3-45", "12-10-19", "3-4-5".  The last group of
# two digits at most: a year in full ("Li 3-2-1985") is a date of birth.
_DASHED_DIGITS = re.compile(r"\d{1,6}(?:-\d{1,6})*")
_DASHED_DIGITS_SHORT_END = re.compile(r"(?:\d{1,6}-)*\d{1,2}")


def printed_case_number(prefix: str, digits: str) -> bool:
    """Whether `prefix` and then `digits`, apart by a space, are one case number as a court
    prints it ("CR 12-3-45", "BA 12-10-19", "LACR 1-2-03", "19CR 3-4-5"), not a name and a date
    of birth: its digits were read as a birth on December 3, 1945 and "CR" as a name, so the
    client was not found by the number on the docket (K64, T64: "Left alone").  A prefix
    with a year's digits ("19CR", "1CJ") is no name, whatever the digits.  One of letters
    alone may be a short name ("Li", "Ma"): with digits ending in two digits at most it is the
    number, as courts print none with a year in full, and a date of birth typed with slashes
    ("Li 12/3/45") or a year in full ("Li 12-3-1945") is still the date."""
    if not _DASHED_DIGITS.fullmatch(digits):
        return False
    if _YEAR_AND_LETTERS.fullmatch(prefix):
        return True
    return bool(_COURT_LETTERS.fullmatch(prefix)) and bool(_DASHED_DIGITS_SHORT_END.fullmatch(digits))


def names_alike(one: str, other: str) -> bool:
    """Whether two names may be one person's written two ways: each word of the one with fewer
    words (two at least) is a word of the other, in any order, as the search finds it (the
    start of the word: "Jon" of "Jonathan", "M." of "Maria") or spelled close to it as the
    search offers a spelling (`_CLOSE_ENOUGH`: "Jon" and "John", "Smyth" and "Smith"), once
    case, accents and marks are set aside as `person_key` sets them aside.  "Maria Garcia
    Lopez" is "María García", "Smith, John" "John Smith", "Ana Ruiz" "Ana María Ruiz".  A
    returning client typed so at intake was a new person with not a word (I109-01); born the
    same day, "Carlos Lopez" and "Maria Lopez" (twins) are two names."""
    fewer, more = sorted((_folded(one).split(), _folded(other).split()), key=len)
    if len(fewer) < 2:
        return fewer == more
    left = list(more)
    for word in sorted(fewer, key=lambda word: word not in left):  # the words written alike first
        met = next((theirs for theirs in left if theirs.startswith(word) or word.startswith(theirs)), None)
        if met is None:
            met = next(iter(difflib.get_close_matches(word, left, n=1, cutoff=_CLOSE_ENOUGH)), None)
        if met is None:
            return False
        left.remove(met)
    return True


def person_key(name: str, dob: date | None) -> tuple[str, date | None]:
    """The (folded name, date of birth) under which one person's records meet."""
    return _folded(name), dob


# Apostrophes (straight, curly, a grave accent typed for one) go; a hyphen parts two names, as
# a period or a comma does: "José Luis Pérez Jr." typed "Jose Luis Perez Jr", or "Ana M. Ruiz"
# "Ana M Ruiz", was another person to intake's note and "Possible duplicates" (R84a-03).
_NAME_MARKS = str.maketrans({"'": None, "\u2019": None, "\u2018": None, "`": None, "-": " ", "\u2010": " ",
                             ".": " ", ",": " "})


@lru_cache(maxsize=1 << 18)
def _folded(name: str) -> str:
    """`name` with case, accents, spacing, apostrophes and hyphens set aside.  Kept: the
    caseload's "Possible duplicates" count folds every name again after each save (W24-03).
    "DeShawn O'Brien" typed "Deshawn OBrien" at an event, or "Garcia-Lopez" typed "Garcia
    Lopez", was another person: never a possible duplicate, so never offered to merge, though
    a search finds both (X62 saw it; search since F58)."""
    if not name.isascii():  # no accents to take off an ASCII name
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(name.casefold().translate(_NAME_MARKS).split())


def names_read(written: str) -> tuple[str, ...]:
    """`written` folded as a name is (`_folded`), and where it is written surname first, as a
    RAP sheet prints it ("GOMEZ, ELENA": one comma, a name either side), also turned round
    ("elena gomez").  The aliases field keeps "GOMEZ, ELENA" as one name (H149-02), but the
    record of María Elena Ruiz listing it was paired with no "Elena Gomez" born her day, at the
    import, the count, Merge a duplicate or intake's note (R151-02)."""
    folded = _folded(written)
    surname, comma, given = written.partition(",")
    if not comma or "," in given or not surname.strip() or not given.strip():
        return (folded,)
    turned = _folded(f"{given} {surname}")
    return (folded,) if turned == folded else (folded, turned)


def event_meant(typed: str, events: Iterable[str]) -> str | None:
    """The clinic event `typed` names: the event named so, else the one event whose name has
    the same words once case, accents and marks are set aside ("clean slate clinic - pomona,
    2026-09-12" for "Clean Slate Clinic — Pomona, 2026-09-12"); None where none does, or more
    than one (two events told apart only by their case are asked for as written).

    An event's name is chosen from a list in the window, but typed at the terminal, where its
    dash, the window's em dash, could not be: `report --event` refused the clinic's own day."""
    events = list(events)
    if typed in events:
        return typed
    meant = events_alike(typed, events)
    return meant[0] if len(meant) == 1 else None


def events_alike(typed: str, events: Iterable[str]) -> list[str]:
    """The events whose names have the words of `typed` once case, accents and marks are set
    aside: more than one is a day stored under two names, for the one meant to be typed as written."""
    key = _event_key(typed)
    return [event for event in events if _event_key(event) == key]


def events_close(typed: str, events: Iterable[str], limit: int = 3) -> list[str]:
    """The events a name no event answers to comes close to, up to `limit`: those with a word
    beginning with each of its words, once each is spelled as the events' words are
    (`close_spellings`: "Expungment" of "Expungement Fair — Compton, 2026-10-17"), or as typed
    (a name typed in part, "second chance"); [] when none does: not a mistyped name, but a day
    whose event was not set (C108-03)."""
    events = list(events)
    found: list[str] = []
    for spelling in close_spellings(typed, events) or [typed]:
        words = _event_key(spelling)
        found += [event for event in events if words and event not in found
                  and all(any(word.startswith(start) for word in _event_key(event)) for start in words)]
    return found[:limit]


def event_renamed(typed: str, old: str, events: Iterable[str]) -> str:
    """The name Caseload > Rename clinic event gives the clients of `old` for `typed`: another
    event of the caseload it names (`event_meant`: "expungement fair" joins "Expungement Fair"),
    else the name as typed; `old` itself retyped ("saturday clinic" as "Saturday Clinic") is the
    correction typed, as on the Record tab (R105-04)."""
    typed = typed.strip()
    return event_meant(typed, [event for event in events if event != old]) or typed


def _event_key(name: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(_folded(name)))


def as_written(value: Any) -> Any:
    """Text in one form of its accents (NFC): "é" typed as one letter on one laptop, and as
    "e" and an accent on another (a Mac, a name pasted from a PDF), looks the same and is
    written the same, but was another record: the client came back as a possible duplicate
    differing in "the name as written ('José Peña' in id 2, 'José Peña' in id 1)" (M42-07)."""
    if isinstance(value, str) and not value.isascii():
        return unicodedata.normalize("NFC", value)
    return value


def case_number_key(number: str) -> str:
    """A case number with case, spaces and dashes set aside ("BA-123 456" is "ba123456"), as
    the search finds it however it is typed (db.records.searched_case_numbers)."""
    if number.isascii() and number.isalnum():  # most are ("BA123456"): nothing to set aside but case
        return number.lower()
    return "".join(_WORDS.findall(number)).casefold()


_WORDS = re.compile(r"\w+")


def case_number_tails(number: str) -> list[str]:
    """The later parts of a case number, each run on to its end, from every change between
    letters and digits: "CJCM81162" and "81162" of "25CJCM81162", "123456" of "BA123456";
    digits with leading zeros also without them ("2163" of "24CJCF02163", "56789" of
    "LA 0056789"), as a client reads the number off a court letter.  The search index holds
    them (db.records.searched_case_numbers), so that the end of a number typed finds it
    (F58-02: "81162" found nothing, only the start of a number or of a part set apart by a
    dash or a space did)."""
    tails: list[str] = []
    for word in _WORDS.findall(number):
        runs = _RUNS.findall(word)
        for start in range(len(runs)):
            tail = "".join(runs[start:])
            if start and len(tail) >= 2:
                tails.append(tail)
            unpadded = tail.lstrip("0")
            if unpadded != tail and len(unpadded) >= 2 and unpadded[0].isdigit():
                tails.append(unpadded)
    return tails


_RUNS = re.compile(r"[^\W\d_]+|\d+|_+")


def case_number_words(number: str) -> list[str]:
    """A case number as the search index holds it (db.records.searched_case_numbers): as
    written and, when written with a dash or a space ("BA-123456"), also run together
    ("BA123456", W22-03); and the later parts of each from a change between letters and
    digits (`case_number_tails`, F58-02), of the number run together as well: "CR12345" and
    "12345" of "23 CR 12345", "123456" of "BA 123-456", as a paralegal types them off a paper
    that prints them run together.  A number stored with its dashes or spaces was not found
    by the end of it typed plain, though stored plain it was (N83-01).  A number written
    without a dash or a space has the words it had."""
    parts = _WORDS.findall(number)
    tails = case_number_tails(number)  # "81162" of "25CJCM81162" (F58-02)
    if len(parts) <= 1:
        return [number, *tails]
    joined = "".join(parts)
    held = {*parts, *tails}
    return [number, joined, *tails, *(tail for tail in case_number_tails(joined) if tail not in held)]


def names_a_case(key: str) -> bool:
    """Whether a case number (its `case_number_key`) can tell two records of one case: every
    court's numbers have a digit ("BA123456", "22CR001234").  "Unknown", "pending" or "N/A",
    typed where the number was not known yet, is shared by clients who are not one person:
    six walk-ins of a clinic day with "unknown" and no birth date yet were all "possible
    duplicates" of each other, and each offered the other five to merge (R46-04)."""
    return _DIGIT.search(key) is not None


_DIGIT = re.compile(r"\d")


def sharing_a_person(people: Iterable[tuple[int, str, date | None]]) -> set[int]:
    """The ids, of (id, name, date of birth), whose person key another id shares: the
    possible duplicates an import adds and names "for a person to check"."""
    return set(PersonKeys(people).sharing)


def people_sharing(people: Iterable[tuple[int, str, date | None]], pairs: Iterable[frozenset[int]] = ()) -> list[set[int]]:
    """The possible duplicates of `people` (id, name, date of birth), person by person: the ids
    under one person key, or paired by `pairs` (a name or date of birth put right on a laptop),
    one set, those sharing an id made one.  Their union is `sharing_a_person`'s with the pairs';
    each set's size less one is how many records too many it counts as people (F109-03)."""
    of: dict[int, set[int]] = {}
    for group in [*PersonKeys(people).shared(), *pairs]:
        joined = set(group).union(*(of[i] for i in group if i in of))
        for i in joined:
            of[i] = joined
    return list({id(group): group for group in of.values()}.values())


def put_right_keys(name: str, dob: date | None, facts: str | None, number_keys: Iterable[str],
                   aliases: Iterable[str] = ()) -> list[tuple]:
    """The keys under which a record meets another record of the same person with the name
    or the date of birth put right on a laptop (M29-01, -07, -08): born the same day with the
    same facts (`facts`, its facts hash, None for a record with no cases); a case number
    (`number_keys`: its `case_keys`, those that name a case) with the same date of birth; or
    a case number with the same name; or, with a date of birth, a name of theirs (`name` and
    `aliases`, as `person_key` folds them), which the other record goes by too: a RAP sheet's
    "Elena Gomez" imported with the date of birth of María Elena Ruiz, whose record lists
    "Elena Gomez" among her other names, was added with not a word and never offered to merge.

    The rule, one for the import that names such a pair, Merge a duplicate that offers it and
    the "Possible duplicates" count (B48): two records whose person keys differ are such a
    pair when they share one of these keys.  (Whose person keys are the same are possible
    duplicates already; sharing a case number with both name and date of birth put right is
    taken for two people.)  Most keys first: the import names the client of the first met."""
    keys: list[tuple] = [] if facts is None else [(dob, "facts", facts)]
    folded = None
    for number in number_keys:
        folded = _folded(name) if folded is None else folded
        keys += [(dob, "case", number), (folded, "case", number)]
    if dob is not None:
        keys += [(dob, "name", read) for written in (name, *aliases) for read in names_read(written)]
    return keys


def case_keys(numbers: Iterable[str | None]) -> list[str]:
    """The `case_number_key` of each of `numbers` that names a case (`names_a_case`): those
    by which `put_right_keys` meets.  "unknown", typed for many, meets nobody (R46-04)."""
    keys = (case_number_key(number) for number in numbers if number)
    return [key for key in keys if names_a_case(key)]


def put_right_elsewhere(mine: Any, other: Any) -> str | None:
    """Why `other` (a Client) may be `mine` with a name or a date of birth put right on a
    laptop, by `put_right_keys`, as the import finds such a pair: born the same day with the
    same cases, or sharing a case number with the same name or the same date of birth.  None
    when it is not such a pair, or when it is a possible duplicate by name and date of birth
    already.  The import named these pairs, but Merge a duplicate offered only pairs of one
    name and date of birth: "fix the name, then merge" (M44)."""
    if person_key(mine.name, mine.person.dob) == person_key(other.name, other.person.dob):
        return None
    # No `_MOST_SHARING` here: the count leaves out a number shared by many as a placeholder,
    # but the merge of a pair a person asks about is offered all the same.
    renamed = _folded(mine.name) != _folded(other.name)
    shared = set(_keys_of(mine)) & set(_keys_of(other))
    for case in other.cases:  # the first of its cases that meets, named
        number = case_number_key(case.case_number) if case.case_number else None
        if number is not None and {(other.person.dob, "case", number), (_folded(other.name), "case", number)} & shared:
            return f"{'another name' if renamed else 'another date of birth'}, but case {case.case_number} in both"
    if any(kind == "facts" for _who, kind, _what in shared):
        return "another name, but born the same day with the same cases"
    known_as = next((written for written in (*other.aliases, other.name, *mine.aliases)
                     if any((other.person.dob, "name", read) in shared for read in names_read(written))), None)
    if known_as is not None:
        return f"another name, but born the same day and known as {known_as} in both"
    return None


SAME_NAME_AND_BIRTH = "the same name and date of birth"


def possible_duplicate(mine: Any, other: Any) -> str | None:
    """Why `other` (a Client) may be another record of `mine`: SAME_NAME_AND_BIRTH, or a name
    or a date of birth put right on a laptop (`put_right_elsewhere`'s reason); None when the
    records say two people.  The one test of a pair to merge: the window's Merge a duplicate
    and `clinic-app merge` (X62-01) each wrote it out, and a change to one missed the other."""
    if person_key(mine.name, mine.person.dob) == person_key(other.name, other.person.dob):
        return SAME_NAME_AND_BIRTH
    return put_right_elsewhere(mine, other)


def _keys_of(client: Any) -> list[tuple]:
    """`put_right_keys` of a Client."""
    from clinic_app.eligibility import facts_hash

    facts = facts_hash(client.person, client.cases) if client.cases else None
    return put_right_keys(client.name, client.person.dob, facts, case_keys(case.case_number for case in client.cases),
                          client.aliases)


# A case number (or facts) shared by more clients than this is no name put right on a laptop
# but a placeholder typed for many ("unknown", "pending"): its pairs would be thousands.
_MOST_SHARING = 20


def put_right_pairs(people: Iterable[tuple[int, str, date | None, str | None]],
                    case_numbers: Iterable[tuple[int, str]], aliases: Iterable[tuple[int, str]] = ()) -> set[frozenset[int]]:
    """The pairs of ids that share a `put_right_keys` key, as `put_right_elsewhere` would offer
    them to merge, over a whole caseload: of `people` (id, name, date of birth, facts hash or
    None when no cases) and the case numbers (id, number) they have.  Born the same day with
    the same facts but another name, or sharing a case number with either the same name or
    the same date of birth, but not both (those are possible duplicates by their person key
    already), or born the same day with a name one goes by in `aliases` (id, alias) and the
    other by name or alias.  Facts, a case number or a name shared by more than `_MOST_SHARING`
    clients make none.

    The import named such pairs and Merge a duplicate offered them, but the caseload's
    "Possible duplicates" counted only pairs of one name and date of birth, so the paralegal
    had to search for them (X45).  Grouped by key: no pass over pairs of the whole caseload."""
    # Most clients share their facts and case numbers with nobody: only the keys met twice
    # are grouped (counted in C), and only those groups' numbers asked whether they name a
    # case (L47-02: building a group for each of 50,000 clients and 95,000 numbers took 0.3 s).
    people = list(people)
    person = {client_id: (name, dob) for client_id, name, dob, _hashed in people}
    facts_twice = {key for key, n in Counter((dob, hashed) for _id, _name, dob, hashed in people if hashed is not None).items() if n > 1}
    by_facts: dict[tuple, set[int]] = defaultdict(set)
    for client_id, _name, dob, hashed in people:
        if hashed is not None and (dob, hashed) in facts_twice:
            by_facts[(dob, hashed)].add(client_id)
    keyed = [(client_id, case_number_key(number)) for client_id, number in case_numbers if client_id in person]
    numbers_twice = {key for key, n in Counter(key for _id, key in keyed).items() if n > 1 and names_a_case(key)}
    by_number: dict[str, set[int]] = defaultdict(set)
    for client_id, key in keyed:
        if key in numbers_twice:
            by_number[key].add(client_id)
    # The put-right keys of the clients in a group not too large, from the facts and numbers they share.
    facts_of: dict[int, str] = {client_id: hashed for (_dob, hashed), ids in by_facts.items() if len(ids) <= _MOST_SHARING for client_id in ids}
    numbers_of: dict[int, list[str]] = defaultdict(list)
    for number, ids in by_number.items():
        if len(ids) <= _MOST_SHARING:
            for client_id in ids:
                numbers_of[client_id].append(number)
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for client_id in facts_of.keys() | numbers_of.keys():
        name, dob = person[client_id]
        for key in put_right_keys(name, dob, facts_of.get(client_id), numbers_of.get(client_id, ())):
            by_key[key].append(client_id)
    # Only the names of a date of birth someone's alias has are looked at: most clients have none.
    by_name: dict[tuple, set[int]] = defaultdict(set)
    for client_id, alias in aliases:
        if client_id in person and person[client_id][1] is not None:
            for read in names_read(alias):
                by_name[(person[client_id][1], "name", read)].add(client_id)
    alias_days = {dob for dob, _kind, _name in by_name}
    for client_id, (name, dob) in person.items():
        if dob in alias_days:
            for read in names_read(name):
                if (key := (dob, "name", read)) in by_name:
                    by_name[key].add(client_id)
    by_key.update((key, sorted(ids)) for key, ids in by_name.items() if len(ids) <= _MOST_SHARING)
    pairs: set[frozenset[int]] = set()
    for ids in by_key.values():
        if len(ids) < 2:
            continue
        ordered = sorted(ids)
        pairs.update(frozenset((x, y)) for n, x in enumerate(ordered) for y in ordered[n + 1:]
                     if person_key(*person[x]) != person_key(*person[y]))
    return pairs


class PersonKeys:
    """Which ids, of (id, name, date of birth), share a person key, kept as records come,
    change and go: a rename folds the one name again, not every name in the caseload (P29B-02:
    0.3 s at 100,000 clients for each rename or new client)."""

    def __init__(self, people: Iterable[tuple[int, str, date | None]] = ()):
        self._ids: dict[tuple[str, date | None], tuple[int, ...]] = {}  # a tuple: most keys have one id
        self.sharing: set[int] = set()
        for client_id, name, dob in people:
            self.add(client_id, name, dob)

    def add(self, client_id: int, name: str, dob: date | None) -> None:
        key = person_key(name, dob)
        ids = self._ids.get(key, ())
        if client_id in ids:
            return
        ids = self._ids[key] = (*ids, client_id)
        if len(ids) == 2:
            self.sharing.update(ids)
        elif len(ids) > 2:
            self.sharing.add(client_id)

    def share_the_name(self, name: str, client_id: int | None) -> bool:
        """Whether another than `client_id` (None: a client not stored yet) goes by `name`, folded
        as the key folds it, whatever their dates of birth: one pass over the keys, no name folded
        again (for a review's Undo, K349-04).  The client is not looked for under `name`: one
        added, or renamed to it, and not kept here yet, shares it with those who are (K370-02)."""
        folded = _folded(name)
        return any(i != client_id for (key_name, _born), ids in self._ids.items() if key_name == folded for i in ids)

    def shared(self) -> list[tuple[int, ...]]:
        """The ids of each person key two or more share."""
        return [ids for ids in self._ids.values() if len(ids) > 1]

    def remove(self, client_id: int, name: str, dob: date | None) -> None:
        """`client_id` no longer goes by this name and date of birth (renamed, or gone)."""
        key = person_key(name, dob)
        ids = self._ids.get(key, ())
        if client_id not in ids:
            return
        left = tuple(i for i in ids if i != client_id)
        if left:
            self._ids[key] = left
        else:
            del self._ids[key]
        self.sharing.discard(client_id)
        if len(left) == 1:
            self.sharing.discard(left[0])  # alone under the key now


def alphabetical(name: str) -> tuple[str, str]:
    """The key that puts names in the order a person reads them: accents and case set aside
    ("Gómez" before "Gutiérrez", "Álvarez" among the A's), the name itself breaking ties.

    The C-speed path (NFKD, then ASCII) keeps sorting 100,000 names near a tenth of a second;
    a name with no Latin letters at all keeps its own letters.
    """
    folded = name.casefold()
    if not folded.isascii():
        folded = in_plain_letters(folded) or folded
    return folded, name


# Where the possible duplicates an import added are checked, once its message is closed
# (W24-03); `clinic-app import` says it too, which it had not (M42-05).
# Merged, not deleted: deleting "the extra record" took with it what the laptop had added (M43).
POSSIBLE_DUPLICATES_WHERE = ("They are listed under “Possible duplicates” above the caseload list: open the record to keep, "
                             "and if the other is the same person, take it in with Caseload > Merge a duplicate into this client "
                             "(it shows what it takes first; Ctrl+Z puts both back).")


# How many pairs an import says the differences of: the message shows no more, and working
# them out costs a load of both records (5,000 pairs doubled an import's time).
PAIRS_TOLD = 10


@dataclass
class ImportResult:
    """What an import did, for the person who ran it."""

    ids: list[int] = field(default_factory=list)  # the clients added, in the file's order
    # (name, stored id): the same person with the same record already there; not added again
    skipped: list[tuple[str, int]] = field(default_factory=list)
    # (name, stored id, new id): added, but a client with the same name and date of birth is there
    similar: list[tuple[str, int, int]] = field(default_factory=list)
    # (name, stored id, how many): skipped, but given attorney reviews the caseload lacked
    reviewed: list[tuple[str, int, int]] = field(default_factory=list)
    # (name, stored id, how many): carried reviews not added back, as this caseload took them back since (M42-01)
    taken_back: list[tuple[str, int, int]] = field(default_factory=list)
    # (name, stored id, new id, stored name): added beside a client here with another name or date
    # of birth but the same cases or a case number (a typo put right on a laptop, M29-01, -07, -08)
    renamed: list[tuple[str, int, int, str]] = field(default_factory=list)
    # new id -> where it differs from the client it was added beside (clinic_app.differences)
    differs: dict[int, list[str]] = field(default_factory=dict)
    # (name, stored id, id it had): the same record imported before and merged since into the
    # client stored under that id (Merge a duplicate); not added again
    merged: list[tuple[str, int, int]] = field(default_factory=list)
    # (name, stored id, id taken in): the same record imported before and kept since by a merge
    # that took another record into it (the laptop's record kept, the office's merged into it)
    kept: list[tuple[str, int, int]] = field(default_factory=list)

    def lines(self, source: str) -> list[str]:
        """What to tell the user, one sentence a line."""
        ids = self.ids
        span = "" if not ids else f" (id {ids[0]})" if len(ids) == 1 else f" (ids {ids[0]}-{ids[-1]})"
        out = [f"Imported {count(len(ids), 'client')}{span} from {source}."]
        if self.skipped:
            named = _first(f"{name} (id {stored})" for name, stored in self.skipped)
            out.append(f"Skipped {count(len(self.skipped), 'client')} already in the caseload with the same record: {named}.")
        if self.merged:
            named = _first(f"{name} (id {stored}, merged from id {was})" for name, stored, was in self.merged)
            out.append(f"Skipped {count(len(self.merged), 'client')} already in the caseload: imported before with the same "
                       f"record, and merged since into the client kept: {named}.")
        if self.kept:
            named = _first(f"{name} (id {stored}, which took in id {took})" for name, stored, took in self.kept)
            out.append(f"Skipped {count(len(self.kept), 'client')} already in the caseload: imported before with the same "
                       f"record, and kept since by a merge that took another record into it: {named}.")
        if self.reviewed:
            given = sum(n for _name, _stored, n in self.reviewed)
            named = _first(f"{name} (id {stored})" for name, stored, _n in self.reviewed)
            out.append(f"Added {count(given, 'attorney review')} to {count(len(self.reviewed), 'client')} already in the caseload: {named}.")
        if self.taken_back:
            given = sum(n for _name, _stored, n in self.taken_back)
            named = _first(f"{name} (id {stored})" for name, stored, _n in self.taken_back)
            out.append(f"Left out {count(given, 'attorney review')} the file carries but this caseload took back after it was "
                       f"made (Edit > Undo), so it stays taken back: {named}. To keep it, record the review again.")
        if self.similar:
            pairs = _first(f"{name} (ids {stored} and {new})" for name, stored, new in self.similar)
            who = "1 client who shares" if len(self.similar) == 1 else f"{len(self.similar):,} clients who share"
            out.append(f"Check {who} a name and date of birth with a client already here, but not the record: {pairs}.")
        if self.renamed:
            # Merged, not deleted: deleting the other record lost what the laptop added (M43, M44).
            pairs = _first(f"{name} (id {new}; here as {was}, id {stored})" for name, stored, new, was in self.renamed)
            who = "1 client" if len(self.renamed) == 1 else f"{len(self.renamed):,} clients"
            out.append(f"Check {who} added beside a client already here with another name or date of birth but the same cases "
                       f"or a case number, or born the same day and known by a name of theirs (a typo put right on a laptop, "
                       f"another name on a RAP sheet, or two people): {pairs}.")
        # Pair by pair, what differs: the ids alone sent the paralegal to compare both records
        # by eye for the one payment a volunteer recorded (M29-02).
        pairs = [(name, stored, new) for name, stored, new in self.similar] + [(name, stored, new) for name, stored, new, _was in self.renamed]
        told = [f"{name}, id {new} beside id {stored}: {'; '.join(self.differs[new]) or 'no difference but the ids'}."
                for name, stored, new in pairs[:PAIRS_TOLD] if new in self.differs]
        out += told
        if told and len(pairs) > PAIRS_TOLD:
            out.append(f"And {count(len(pairs) - PAIRS_TOLD, 'more pair')} to check: open both records of each.")
        return out

    def where_to_check(self) -> str | None:
        """Where the pairs to check are found once the message is closed, and that the merge
        shows what it takes and is undone by Ctrl+Z: for a pair of one name (W24-03) and for
        one typed otherwise (a name put right on a laptop).  The latter's own line had said
        to merge, not that the merge can be undone, nor where the pair is listed (E167-03)."""
        return POSSIBLE_DUPLICATES_WHERE if self.similar or self.renamed else None


@dataclass(frozen=True)
class UnfinishedImport:
    """An import begun and never finished: stopped half-way (killed, power lost).  It is
    all or nothing, so none of its clients was kept (W29-03: the next run said nothing)."""

    source: str  # the file, as the import named it
    clients: int  # how many clients the file brought to the import
    started: str  # when, in this computer's time (`court.moment_said`)
    user: str

    def line(self) -> str:
        return (f"The import of {self.source} ({self.started}, by {self.user}) did not finish: it was stopped half-way, "
                f"with {count(self.clients, 'client')} to bring in. An import is all or nothing, so none of them was kept and "
                "nothing half-written is in the caseload: it is as it was before. Import the file again to add them.")


def first_named(items, limit: int = 10) -> str:
    """The first `limit` of `items`, joined, and how many more."""
    return _first(items, limit)


def _first(items, limit: int = 10) -> str:
    items = list(items)
    more = f", and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


__all__ = ["born_on", "search_terms", "search_readings", "case_before_defendant_number", "defendant_number_apart", "digits_of_a_case_number", "printed_after_letters", "printed_case_number", "person_key", "names_alike", "case_number_key", "names_a_case", "case_keys", "put_right_keys", "put_right_elsewhere", "possible_duplicate", "SAME_NAME_AND_BIRTH", "put_right_pairs", "sharing_a_person", "PersonKeys", "first_named", "ImportResult", "UnfinishedImport",
           "POSSIBLE_DUPLICATES_WHERE", "as_written"]
