"""A code section typed at the desk without its code ("23152"), read as the catalog has it.

Dockets and RAP sheets often write a section alone, its code understood: "23152" is a DUI,
Vehicle Code; "11350" possession, Health and Safety Code.  `Catalog.lookup` reads a section
with no code as Penal Code, as most dockets are, and FORMAT.md's requests always carry their
code, so that stays the engine's reading.  Where a person types the section (intake, the
Record tab), the catalog decides instead:

- one code has it: that code ("23152" is VC 23152; "459" is PC 459), said under the field;
- more than one code has it: which one is asked, never guessed (`to_choose`);
- no code has it: Penal Code, as before (the screening then asks about an unknown section).

Before this, "23152" was stored "PC 23152": the screening said needs_review "unknown section
PC 23152", or, for a number the Penal Code also has, screened another offense (G49-01).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from clinic_app.catalog import (CODE_ORDER, Catalog, SectionMatch, as_written, attempt_statute, is_enhancement, law_named, load_catalog, names_a_code,
                                us_code_cited)
from clinic_app.model import Case, Conviction

# The codes' names, to say which one a bare section was read in.
CODE_NAMES = {
    "PC": "Penal Code",
    "HS": "Health and Safety Code",
    "VC": "Vehicle Code",
    "BP": "Business and Professions Code",
    "WI": "Welfare and Institutions Code",
    "LAMC": "Los Angeles Municipal Code",
}


@dataclass(frozen=True)
class TypedSection:
    """What a section typed at the desk is read as."""

    typed: str
    # The reading: in the one code the catalog has the section in, in the code typed, or PC.
    match: SectionMatch
    # The code was not typed, and the catalog's one code for the section is not the Penal
    # Code a bare section used to be: the field says which code was taken.
    code_from_catalog: bool = False
    # The code was not typed and more than one code has the section: their readings, for the
    # person to choose from (`match` is then the Penal Code's, not to be stored unasked).
    choices: tuple[SectionMatch, ...] = ()
    # The record's own (code, section), where what is typed is how the record's count is shown
    # and the catalog reads both as one law (`read_typed_section`'s `recorded`): kept as written.
    recorded: tuple[str, str] | None = None
    # A United States Code citation ("18 USC 1343"): kept whole under FORMAT.md's code "other",
    # as an import of a federal case writes it, since no code of the catalog's is its own.
    federal: bool = False

    @property
    def to_choose(self) -> bool:
        return len(self.choices) > 1

    @property
    def stored(self) -> tuple[str, str]:
        """(code, section) as the record keeps what was typed, the one form the Record tab,
        intake and an import file (FORMAT.md: `section: "664/187"`) share: the reading's code
        and section, an attempt with its PC 664 before the section ("664/459" in PC,
        "664/23152" in VC), which the catalog and the engine read as the attempt it is.  The
        reading's section alone dropped the "664/": an attempted burglary typed on the Record
        tab was stored, screened and printed as PC 459, burglary (K51-01).  A count the record
        holds, shown and left as it is, is stored as the record has it (`recorded`)."""
        if self.recorded is not None:
            return self.recorded
        if self.federal:
            return "other", self.typed
        match = self.match
        code = match.code or "PC"
        if not match.section:
            return code, self.typed
        if not match.attempt:
            return code, match.section
        return code, f"{self.attempt}/{match.section}"

    @property
    def attempt(self) -> str | None:
        """The attempt statute the section is written with ("664", "664(a)" as typed), None
        where it is written as no attempt: what the record stores and the note names."""
        return (attempt_statute(self.typed) or "664") if self.match.attempt else None


def _in_the_catalog(catalog: Catalog, match: SectionMatch) -> bool:
    """Whether the code of `match` has the section: a row, or each of two offenses it names."""
    if match.offense is not None:
        return True
    if match.two_offenses:
        return all(catalog.lookup(match.code, part).offense is not None for part in match.two_offenses)
    return False


# A RAP sheet's count line, as DOJ prints it: the count's number, the section, its code, then the
# offense's words ("CNT 01 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY").  Words must follow the
# code: "496(A) PC" alone is the reader's own (`read_typed_section`).  The count's number may be
# a run of counts of the one section ("CNT:01-03") and, on a court's line, the case number follow
# it ("CNT:01 #BA123456"); a line with the count's number is plainly pasted, never typed (K255-02).
_RAP_COUNT_LINE = re.compile(
    rf"(?P<count>cnt\s*:?\s*\d+(?:\s*-\s*\d+)?\s+(?:#\s*[\w-]+\s+)?)?(?P<section>\d[\w.()/]*)\s+(?P<code>{'|'.join(CODE_NAMES)})(?:\s*-\s*|\s+)(?P<words>[a-z].*)",
    re.IGNORECASE | re.DOTALL)
# Another section in the words after the first ("459 PC-BURGLARY 496(A) PC-RECEIVE ...", two
# count lines pasted as one, or "459 PC burglary and 496 PC"): the line names two offenses.
_ANOTHER_CITATION = re.compile(rf"(?<![\w.])\d[\w.()/]*\s*(?:{'|'.join(CODE_NAMES)})\b|\b(?:{'|'.join(CODE_NAMES)})\s*\d",
                               re.IGNORECASE)


def rap_sheet_line_cited(catalog: Catalog, typed: str) -> str | None:
    """The citation ("PC 496(a)") of a RAP sheet's whole count line pasted where a section goes,
    where the catalog has that section (or its attempt) in that code, or the line starts with its
    count's number ("CNT:01 12345 PC-...": "PC 12345"); None for anything else, read as before.
    Pasted whole, the line was stored as one section, "01496(a)pc-receive/etcknownstolenproperty",
    and its "/" read as two offenses (E248-02)."""
    found = _RAP_COUNT_LINE.fullmatch(" ".join(str(typed or "").split()))
    if found is None or _ANOTHER_CITATION.search(found["words"]):
        # Two sections: read as the first alone, the second offense was dropped unsaid, and the
        # count screened as the first, where the reading as before sends it to review (R253-01).
        return None
    match = catalog.lookup(found["code"].upper(), found["section"])
    if match.offense is None or not match.exact:
        # A count line, plainly one (its count's number first), of one section the catalog does
        # not read: stored run together ("0112345pc-something"), it went to the attorney under
        # words no one could read; as typed by hand ("PC 12345") it is said not in the catalog.
        # Without the count's number it may be typed, and reads as ever (K255-02).
        return None if found["count"] is None or match.two_offenses else f"{match.code} {found['section'].lower()}"
    # An attempt ("664/211 PC-ATTEMPTED ROBBERY") as "PC 664/211" typed is read: its own section
    # is the offense attempted, and "PC 211" would store a robbery (R253-02).
    return f"{match.code} {found['section'].lower()}" if match.attempt else f"{match.code} {match.section}"


def codes_of(catalog: Catalog) -> list[str]:
    """The codes the catalog has rows in, in the completer's order (PC, HS, VC, BP, WI, ...)."""
    return sorted({offense.code for offense in catalog}, key=lambda code: (CODE_ORDER.get(code, 99), code))


def read_typed_section(catalog: Catalog, typed: str, recorded: tuple[str, str] | None = None) -> TypedSection:
    """Read `typed` as a person at the desk means it (see the module docstring).

    `recorded`: the (code, section) the record holds for the count the field shows.  Where
    `typed` is still how that count is shown (`as_written`) and the catalog reads both alike,
    the reading stores the record's own writing.  An import, or an older record, keeps the code
    inside its section (section "PC 459", "VC 23152(b)" under code PC): read from the field, that
    was code PC and section "459", so the first save of anything else on the client rewrote
    each such count, and the redo after an undo was lost to that rewrite (F83-01)."""
    reading = _read_typed(catalog, typed)
    if recorded is None or not recorded[1]:
        return reading
    code, section = recorded
    # The keys as typed, not `reading.typed`: a federal citation's reading is its clinic form
    # ("18 USC 1343"), never the import's own "18 U.S.C. § 1343" the field shows (R162-01).
    if (" ".join(str(typed or "").split()) == " ".join(as_written(code, section).split()) and not reading.to_choose
            and (_read_alike(catalog.lookup(code, section), catalog.lookup(*reading.stored))
                 or (reading.federal and code == "other" and us_code_cited(section) == reading.typed))):
        return replace(reading, recorded=(code, section))
    return reading


def degrees_said(catalog: Catalog, match: SectionMatch) -> str | None:
    """Where a section typed without its degree has the degrees as rows of their own (PC 459:
    459/460(a) and 459/460(b)), each said with how it is typed ("459 1st"), for the count's line;
    None otherwise.  "459" was said "Burglary (wobbler)" alone, and a volunteer reading "second
    degree" on the RAP sheet had nothing telling her the degree is typed, and the screening asks
    it (F290-04).  The short form offered is one this module reads back as that row."""
    if match.offense is None or "/" in match.section:
        return None
    rows = [row for row in catalog if row.code == match.code and row.section.startswith(f"{match.section}/")]
    if not rows:
        return None

    def typed_as(row) -> str:
        short = next((f"{match.section} {ordinal}" for ordinal in ("1st", "2nd", "3rd")
                      if _read_typed(catalog, f"{match.section} {ordinal}").match.section == row.section), None)
        return f"{short or row.section} for {row.description[:1].lower()}{row.description[1:]}"

    return f"type {', or '.join(typed_as(row) for row in rows)}"


def _read_alike(one: SectionMatch, other: SectionMatch) -> bool:
    """Whether two matches are one law to the engine: all but how each was written."""
    return replace(one, written="", matched_on=None) == replace(other, written="", matched_on=None)


def _read_typed(catalog: Catalog, typed: str) -> TypedSection:
    text = " ".join(str(typed or "").split())
    if (federal := us_code_cited(text)) is not None:
        return TypedSection(federal, catalog.lookup("other", federal), federal=True)
    as_penal_code = catalog.lookup("PC", text)
    if names_a_code(text):
        return TypedSection(text, as_penal_code)
    found: dict[str, SectionMatch] = {}
    for code in codes_of(catalog):
        match = catalog.lookup(code, text)
        # Keyed by the code the reading ended in: "664/VC 23152" is VC's whichever code is tried.
        if match.code not in found and _in_the_catalog(catalog, match):
            found[match.code] = match
    if len(found) > 1:
        return TypedSection(text, as_penal_code, choices=tuple(found.values()))
    if len(found) == 1:
        (match,) = found.values()
        return TypedSection(text, match, code_from_catalog=match.code != "PC")
    return TypedSection(text, as_penal_code)


# The statutes of relief themselves, by section, with the remedy each names (FORMAT.md's key):
# typed where a conviction's offense goes, as an intake sheet's "seeking PC 1203.4" is copied
# into the Offense field, "PC 1203.4" was said to be "not in the offense catalog", as if a rare
# offense, and the count was saved as a conviction of the dismissal statute (J63-02).
RELIEF_STATUTES = {
    "1203.4": "pc1203_4", "1203.4a": "pc1203_4a", "1203.41": "pc1203_41", "1203.42": "pc1203_42",
    "1203.425": "pc1203_425", "1203.3": "pc1203_3", "17(b)": "pc17b", "17b": "pc17b", "1170.18": "prop47",
    "11361.8": "prop64", "851.91": "pc851_91", "851.93": "pc851_93", "1203.43": "pc1203_43",
    "1203.45": "pc1203_45", "1203.4b": "pc1203_4b", "1473.7": "pc1473_7", "236.14": "pc236_14",
    "236.15": "pc236_14", "1203.49": "pc1203_49", "4852.01": "cor",
}


# A code's letters, a dot after each or not ("PC", "P.C."), as a RAP sheet writes it before or
# after the statute ("PC 17(b)", "17(b) PC").
_CODE_TYPED = "|".join(r"\.?".join(code.lower()) + r"\.?" for code in sorted(CODE_NAMES, key=len, reverse=True))
_STATUTE_TYPED = re.compile(rf"\s*(?P<code>(?:{_CODE_TYPED})\s*)?(?P<statute>\d\S*)?(?:\s+(?P<after>[a-z.]*))?\s*")


def relief_statute_typed(typed: str) -> str | None:
    """The statute in keys typed into a box of relief (`RELIEF_STATUTES`), its code before or
    after it left out: "17" of "PC 17", "17(b) P.C." and "17(b) p" (its code half typed); ""
    of a code alone ("PC "), its statute to come; None where no code or digit begins the keys
    (a title's letters, "Re").  "PC 17" chose Prop 47 by the title search's "P" (H113-04)."""
    found = _STATUTE_TYPED.fullmatch(typed.lower())
    if found is None or not (found["code"] or found["statute"]):
        return None
    after = (found["after"] or "").replace(".", "")
    if after and (found["statute"] is None or not any(code.lower().startswith(after) for code in CODE_NAMES)):
        return None  # "17 dismissed": no statute of relief
    return found["statute"] or ""


def law_of_subdivision(statute: str) -> str | None:
    """The law of relief (a key of `RELIEF_STATUTES`) whose subdivision `statute` is, as a
    court's order or a RAP sheet writes it: "1203.4" of "1203.4(a)" and "1203.4(a)(1)", "17(b)"
    of "17(b)(3)", and of one half typed ("1203.4(").  None where `statute` is a law listed or
    begins one ("17(" of 17(b)), or is a subdivision of none.  "PC 1203.4(a)" copied from an
    order was told no relief in the list had it (M59-05)."""
    if any(written.startswith(statute) for written in RELIEF_STATUTES):
        return None
    while (cut := re.fullmatch(r"(.+)\([^()]*\)?", statute)) is not None:
        statute = cut[1]
        if statute in RELIEF_STATUTES:
            return statute
    return None


def relief_named(match: SectionMatch) -> str | None:
    """The remedy ("Dismissal after probation (PC 1203.4)") whose statute `match` is, where the
    offense catalog has no offense of that section: a law of relief typed as a conviction's
    offense.  None for any other section (one the catalog has is an offense, whatever its number)."""
    from clinic_app.eligibility.registry import NAMES

    if match.offense is not None or match.two_offenses or match.attempt or not match.section:
        return None
    key = RELIEF_STATUTES.get(match.section.lower())
    return NAMES[key][0] if key is not None else None


# Sections that add to a sentence for a prior conviction, not offenses: a prior prison term (PC
# 667.5(a), (b)) and a prior serious felony (PC 667(a)).  "PC 667.5(b)", a prison prior noted on
# a record, typed as a count was only "not in the offense catalog" (P165-02).
_PRIOR_ADDED = re.compile(r"^(?:667\.5(?:\([ab]\).*)?|667\(a\).*)$")
# The lists a record cites to mark a conviction violent (PC 667.5(c)) or serious (PC 1192.7(c)):
# no offense, nor a prior; "PC 667.5(c)" was said to add to a sentence for a prior (R166-03).
_FELONY_LISTS = {"667.5(c)": "violent", "1192.7(c)": "serious"}


def added_to_a_sentence(match: SectionMatch) -> str | None:
    """"prior" where `match` is a Penal Code section that adds to a sentence for a prior
    conviction (PC 667.5(a), (b), 667(a)), "enhancement" where it is an enhancement of the
    offense (PC 12022.7, 186.22(b)), "violent" or "serious" where it is the list of such
    felonies (PC 667.5(c), 1192.7(c)), typed alone; None for any other section."""
    if match.code != "PC" or match.offense is not None or match.two_offenses or match.attempt or not match.section:
        return None
    if _PRIOR_ADDED.match(match.section):
        return "prior"
    listed = next((kind for law, kind in _FELONY_LISTS.items() if match.section.startswith(law)), None)
    if listed is not None:
        return listed
    return "enhancement" if is_enhancement(match.section) else None


# The Welfare and Institutions Code sections of the juvenile court itself, as a juvenile record
# names them: a dependency (300), a wardship (601, 602), a transfer to adult court (707), the
# sealing of a juvenile record (781, 786).  None is an offense: a juvenile court's finding is not
# a conviction, and its sealing is the juvenile court's (ca-rules.md 3.13, 4.1).  "WI 602" was
# offered as a trespass to retype ("PC 602 is": J140-02).
JUVENILE_COURT_SECTIONS = frozenset({"300", "601", "602", "707", "781", "786"})


def juvenile_court_named(match: SectionMatch) -> bool:
    """Whether `match` is a section of the juvenile court's law (`JUVENILE_COURT_SECTIONS`), with
    or without a subdivision ("602(a)"), where the offense catalog has no offense of it."""
    if match.code != "WI" or match.offense is not None or match.two_offenses or match.attempt or not match.section:
        return False
    return match.section.split("(", 1)[0] in JUVENILE_COURT_SECTIONS


def juvenile_court_said(written: str) -> str:
    """What a count under a juvenile-court section (`juvenile_court_named`) is, as the Record tab
    and the Eligibility tab say it: `written` is its law as the page names it ("WI 602")."""
    return (f"{written} is the juvenile court's law, not an offense: a juvenile court's finding is not a conviction, and "
            f"Clinic Desk does not clear it (the juvenile court seals its records, under W&I 781 or 786: refer the client)")


def juvenile_court_counts(cases: Iterable[Case]) -> list[tuple[Case, Conviction]]:
    """Each count of `cases` typed under the juvenile court's own law (`juvenile_court_named`),
    with its case: what the handout, the worksheet and intake say is no conviction (M160)."""
    catalog = load_catalog()
    return [(case, conv) for case in cases if case.outcome == "convicted" for conv in case.convictions
            if juvenile_court_named(catalog.lookup(conv.code, conv.section))]


def juvenile_court_note(written: str, where: str = "on the Record tab") -> str:
    """The note above a juvenile-court count's results, on the Eligibility tab (J140-03), the
    worksheet (M160-02) and the text report (M160-04, `where` "in the request"): what it is, and
    that the results, which read it as an offense not in the catalog ("if the conviction is under
    PC 602, record that code"), are not for it."""
    return (f"{juvenile_court_said(written)}. The results below are not for it; if an adult court convicted the person, "
            f"record the offense's own section {where}.")


def federal_law_said(written: str) -> str:
    """What a count written as a United States Code section ("18 USC 1343") is in a case left
    California's, as the Record tab says it while it is typed (F161-02)."""
    return (f"{written} is federal law (the United States Code): a case from a federal court, which no California "
            f"remedy reaches")


def federal_law_counts(cases: Iterable[Case]) -> list[tuple[Case, Conviction]]:
    """Each count written as a United States Code section in a case whose State or court is
    California (or left blank), with its case: the engine screens it as a California offense not
    in the catalog, every California remedy "Needs review" (K162-01).  A case marked "federal"
    is screened as outside California already, and is not listed."""
    return [(case, conv) for case in cases for conv in case.convictions if federal_law_in_california(case, conv)]


def federal_law_in_california(case: Case, conv: Conviction) -> bool:
    """Whether `conv`, a count of `case`, is written as a United States Code section while the case
    is left California's (`federal_law_counts`): the handout's card asks it of one count."""
    return case.jurisdiction == "CA" and us_code_cited(conv.section) is not None


# How a case is marked a federal court's, where the note is read (`federal_law_note`).
_MARKED_FEDERAL = {"on the Record tab": "type \u201cfederal\u201d in the case's State or court on the Record tab",
                   "in the request": "write the case's jurisdiction as \u201cfederal\u201d in the request"}


def federal_law_note(written: str, where: str = "on the Record tab") -> str:
    """The note above a federal count's results in a California case, on the Eligibility tab, the
    worksheet and the text report (`where` "in the request"), as `juvenile_court_note` is for a
    juvenile court's: F161-02 said it only while the count was typed, and a count saved so
    listed California relief "Needs review" with nothing saying it is federal law (K162-01)."""
    return (f"{federal_law_said(written)}. The results below are not for it; if a federal court convicted the person, "
            f"{_MARKED_FEDERAL[where]}.")


def laws_apart_notes(case: Case, where: str = "on the Record tab") -> list[str]:
    """The notes under a case's heading for its counts under a law no California remedy reads
    as an offense: a juvenile court's ("WI 602") and the United States Code's ("18 USC 1343")."""
    return ([juvenile_court_note(law_named(conv.code, conv.section), where) for _case, conv in juvenile_court_counts([case])]
            + [federal_law_note(law_named(conv.code, conv.section), where) for _case, conv in federal_law_counts([case])])


def sections_in_more_than_one_code(catalog: Catalog) -> list[tuple[str, tuple[str, ...]]]:
    """Each section of the catalog that, typed without a code, more than one code has, with
    those codes: the sections a person is asked about (none in the shipped catalog)."""
    out = []
    for section in sorted({offense.section for offense in catalog}):
        reading = read_typed_section(catalog, section)
        if reading.to_choose:
            out.append((section, tuple(match.code for match in reading.choices)))
    return out


__all__ = ["CODE_NAMES", "JUVENILE_COURT_SECTIONS", "RELIEF_STATUTES", "TypedSection", "codes_of", "federal_law_counts",
           "federal_law_in_california", "federal_law_note",
           "federal_law_said", "juvenile_court_counts", "juvenile_court_named",
           "juvenile_court_note", "juvenile_court_said", "laws_apart_notes",
           "law_of_subdivision", "read_typed_section", "relief_named",
           "relief_statute_typed",
           "sections_in_more_than_one_code"]
