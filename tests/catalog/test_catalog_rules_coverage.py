"""Every code section the rules file (shared/legal/ca-rules.md) names is in the catalog.

The rules file is read as prose: "PC 286(c); PC 288", "HS 11357, 11358, 11359 and 11360"
(the code carries along a list), and bare numbers ("71, 76, 136.1, ..." in the PC 29805
list).  A bare number must be known under some code.  Sections that are remedies,
procedure, definitions or penalty provisions rather than offenses are listed in
NOT_OFFENSES with the reason; everything else must resolve.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clinic_app.catalog import load_catalog, parents

RULES = Path("/work/shared/legal/ca-rules.md")
CANDIDATE_RULES = [RULES, Path(__file__).resolve().parents[2] / "shared" / "legal" / "ca-rules.md",
                   Path(__file__).resolve().parents[3] / "shared" / "legal" / "ca-rules.md"]

SECTION = r"\d{1,5}(?:\.\d{1,3})?[a-z]?(?:\([a-zA-Z0-9]{1,4}\))*"
CODE_WORDS = {"PC": "PC", "HS": "HS", "VC": "VC", "BP": "BP", "WI": "WI", "B&P": "BP", "W&I": "WI", "H&S": "HS"}
TOKEN = re.compile(r"(?P<code>\b(?:PC|HS|VC|BP|WI|B&P|W&I|H&S)\s*)?(?P<sec>(?<![\w.$\-–,])" + SECTION + r"(?![\w%]|\.\d))")
# A list goes on after a code: "HS 11357, 11358, 11359 and 11360", "PC 287(c) or former 288a(c)".
LIST_GLUE = re.compile(r"(?:\s*\([^()]*\))?[\s,;/]*(?:or|and)?\s*(?:former\s*)?")
# Numbers that are not sections of the five codes: other codes, case reporters, money, time.
NOT_A_SECTION_BEFORE = re.compile(
    r"(?:Lab\.?|Labor Code|Gov\.?|Gov\. Code|CCP|Evid\.? Code|Civ\.? Code|Ed\.? Code|INA|USC|CCR|"
    r"Const\.|§|Dec\.|Cal\.App\.\d(?:d|th)|Cal\.\d(?:d|th)|F\.\dd|AB|SB|Prop\.?|Stats\.|Ch\.|ATF|\d{4}-\d\d-)\s*$")
NOT_A_SECTION_AFTER = re.compile(r"(?:-\d|\s*(?:Cal\b|F\.|I&N|U\.?S|years?\b|days?\b|g\b|%|months?\b|plants\b|hours\b))")

# Sections the rules file names that are not offenses, so the catalog does not carry them.
NOT_OFFENSES: dict[str, str] = {
    "PC 17": "PC 17(b)/17(d)(2) wobbler reduction - a remedy",
    "PC 18.5": "364-day misdemeanor maximum - a sentencing rule",
    "PC 236.14": "trafficking-survivor vacatur - a remedy",
    "PC 236.15": "intimate-partner-violence survivor vacatur - a remedy",
    "PC 290": "the registration statute itself (list in 290(c)); the registrable flag carries it",
    "PC 290.007": "registration continues after dismissal - an effect",
    "PC 290.5": "petition to end registration - a remedy",
    "PC 311": "the obscene-matter family named as a group (311.x, 311/314); 311.1, 311.2 ... are rows",
    "PC 667": "strike law definitions (667(a), (d)(1), (e)(2)(C)(iv)) - the super_strike flag",
    "PC 667.5": "violent felony list (667.5(c)) - the violent flag",
    "PC 1192.7": "serious felony list (1192.7(c)) - the serious flag",
    "PC 745": "Racial Justice Act - a ground for 1473.7",
    "PC 800": "statute of limitations - procedure",
    "PC 801": "statute of limitations - procedure",
    "PC 802": "statute of limitations - procedure",
    "PC 851.87": "pre-filing diversion - a program",
    "PC 851.90": "drug diversion sealing - a remedy",
    "PC 851.91": "arrest sealing petition - a remedy",
    "PC 851.92": "effect of arrest sealing - a remedy",
    "PC 851.93": "automatic arrest relief - a remedy",
    "PC 922": "18 USC 922(g)(9), written bare - federal firearm law",
    "PC 1000.4": "drug diversion / DEJ - a program",
    "PC 1001.9": "pretrial diversion - a program",
    "PC 1001.95": "misdemeanor diversion - a program",
    "PC 1001.36": "mental-health diversion - a program",
    "PC 1016.5": "immigration advisement vacatur - a remedy",
    "PC 1029": "Gov. Code 1029 (peace officers), written bare - employment law",
    "PC 1170": "sentencing; 1170(h) county jail - the h_eligible flag",
    "PC 1170.12": "strike law (Three Strikes initiative) - definitions",
    "PC 1170.18": "Prop 47 resentencing and redesignation - a remedy",
    "PC 1203a": "misdemeanor probation length - sentencing",
    "PC 1203.1": "felony probation length - sentencing",
    "PC 1203.05": "access to probation reports - procedure",
    "PC 1203.097": "DV probation terms - sentencing",
    "PC 1203.3": "early termination of probation - a remedy",
    "PC 1203.4": "dismissal after probation - a remedy",
    "PC 1203.4a": "dismissal without probation - a remedy",
    "PC 1203.4b": "fire-camp dismissal - a remedy",
    "PC 1203.41": "dismissal after county jail or prison - a remedy",
    "PC 1203.42": "pre-realignment prison dismissal - a remedy",
    "PC 1203.425": "automatic conviction relief - a remedy",
    "PC 1203.43": "withdrawal of a DEJ plea - a remedy",
    "PC 1203.45": "sealing of misdemeanors committed under 18 - a remedy",
    "PC 1203.48": "proposed under-26 sealing (bill) - a remedy",
    "PC 1203.49": "trafficking-victim relief for 647(b) - a remedy",
    "PC 1210.6": "restitution rule added by SB 1106 - procedure",
    "PC 1473.7": "motion to vacate - a remedy",
    "PC 3000": "parole terms - sentencing",
    "PC 4473": "ATF Form 4473, written bare - a federal form",
    "PC 4852.01": "certificate of rehabilitation - a remedy",
    "PC 4852.03": "period of rehabilitation - a remedy",
    "PC 4854": "pardon and firearm rights - a remedy",
    "PC 11105": "DOJ record release - procedure",
    "PC 11177.2": "repealed restitution-fine provision - procedure",
    "PC 12271": "2 CCR 12264-12271 (housing regulations), written bare",
    "PC 432.7": "Labor Code 432.7, written bare - employment law",
    "PC 432.8": "Labor Code 432.8, written bare - employment law",
    "PC 432.9": "Labor Code 432.9, written bare - employment law",
    "PC 480": "B&P 480 subdivisions written bare in §4.3 - licensing law",
    "HS 11361.5": "destruction of old marijuana records - procedure",
    "HS 11361.8": "Prop 64 resentencing and redesignation - a remedy",
    "VC 12810": "the DMV point-count list - the vc12810 flag",
    "VC 13555": "DMV effect of a dismissal - an effect",
    "VC 23540": "DUI penalty with a prior (10-year lookback) - a penalty provision",
    "VC 23546": "DUI penalty with priors - a penalty provision",
    "VC 23550": "DUI penalty with three priors - a penalty provision",
    "VC 23600": "DUI probation terms - sentencing",
    "VC 42001": "infraction penalties; the vc42001 flag marks sections within it",
    "VC 42002.1": "penalties for VC 2800/2801/2803; the vc42001 flag marks them",
    "BP 480": "license denials - licensing law",
    "WI 781": "juvenile record sealing - a remedy",
    "WI 786": "juvenile record sealing - a remedy",
}


def rules_text() -> str:
    for path in CANDIDATE_RULES:
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("shared/legal/ca-rules.md is not available in this checkout")


def named_sections(text: str) -> list[tuple[str | None, str, str]]:
    """(code or None for a bare number, section, the line) for every section the prose names."""
    found = []
    for line in text.splitlines():
        code = None
        last_end = 0
        heading = line.startswith("#")
        for m in TOKEN.finditer(line):
            sec, prefix = m.group("sec"), m.group("code")
            between = line[last_end:m.start()]
            last_end = m.end()
            if prefix:
                code = CODE_WORDS[prefix.strip()]
            elif code is not None and not LIST_GLUE.fullmatch(between):
                code = None
            if heading and re.fullmatch(r"\d{1,2}\.\d{1,2}", sec):
                continue  # "### 3.7" is a heading number
            if not prefix:
                before = line[max(0, m.start() - 16):m.start()]
                if NOT_A_SECTION_BEFORE.search(before) or NOT_A_SECTION_AFTER.match(line[m.end():]):
                    continue
                if re.fullmatch(r"(?:19|20)\d\d", sec):
                    continue  # a year
            if re.fullmatch(r"\d{1,2}", sec):
                continue  # "3-5 years", "PC 17" alone: no two-digit offense is named bare
            found.append((code, sec, line.strip()))
    return found


def excused(code: str | None, section: str) -> bool:
    codes = [code] if code else ["PC", "HS", "VC", "BP", "WI"]
    return any(f"{c} {key}" in NOT_OFFENSES for c in codes for key in parents(section))


def resolves(code: str | None, section: str) -> bool:
    catalog = load_catalog()
    codes = [code] if code else ["PC", "HS", "VC", "BP", "WI"]
    return any(catalog.lookup(c, section).offense is not None for c in codes)


def test_the_reader_finds_the_sections_the_rules_file_lists():
    found = {(c, s) for c, s, _ in named_sections(rules_text())}
    # spot checks from §3.1, §2.4, §3.8 and the PC 29805 list of §4.5
    for expected in [("PC", "286(c)"), ("PC", "288a(c)"), ("VC", "2803"), ("HS", "11377"),
                     ("PC", "476a"), (None, "830.95"), ("WI", "8100"), ("PC", "18755")]:
        assert expected in found


def test_every_named_section_is_an_offense_in_the_catalog_or_excused():
    missing = sorted({f"{c or '?'} {s}" for c, s, _ in named_sections(rules_text())
                      if not excused(c, s) and not resolves(c, s)})
    assert missing == []


def test_excused_sections_are_not_catalog_offenses():
    # A remedy listed as "not an offense" must not sneak into the catalog either.
    catalog = load_catalog()
    for key in NOT_OFFENSES:
        code, section = key.split(" ", 1)
        assert catalog.get(code, section) is None, key


def test_the_29805_list_of_the_rules_file_carries_the_firearm_flag():
    text = rules_text()
    line = next(l for l in text.splitlines() if "Listed misdemeanors, PC 29805(a)" in l)
    listed = re.search(r"The list includes (.*?), and others", line).group(1)
    sections = re.findall(SECTION, listed.replace("**", ""))
    assert len(sections) >= 25
    catalog = load_catalog()
    for section in sections:
        offense = catalog.lookup("PC", section).offense
        assert offense is not None and offense.firearm_29805, section
