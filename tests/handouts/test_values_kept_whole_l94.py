"""L94-02: a date or a count in a handout's sentences was cut at a line's end, its year or its total
read as a number of its own: "after July 13," / "2029.", «el 12» / «de julio de 2029.», «Lo que ya
hizo: 18» / «de 52.».  Demo client 162 of seed 94 (as of 2026-12-05) had 21 dates and 5 counts
cut so over its four handouts (English, Spanish, each standard and large print).  Each value is
now whole on one line of the real PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

import pytest
from handout_clients import CLINIC
from handout_layout import positioned_runs, squash

from clinic_app.demo import file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes

AS_OF = date(2026, 12, 5)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
          "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")
VALUES = re.compile(rf"\b\d{{1,2}} de (?:{MONTHS}) de \d{{4}}|\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}|\b\d+ (?:de|of) \d+\b")


@cache
def demo_client(number: int):
    """Client `number` (from 0) of the seed-94 demo as of AS_OF, with its petitions filed."""
    return list(file_demo_petitions(generate_clients(number + 1, seed=94, as_of=AS_OF), AS_OF, seed=94))[number]


def handout_of(number: int, lang: str, large: bool):
    client = demo_client(number)
    return compose(client, screen(client.person, client.cases, AS_OF),
                   replace(CLINIC, hours_es="mar. y jue., de 9 a. m. a 4 p. m."),
                   lang=lang, large_print=large, as_of=AS_OF)


def cut_values(pattern: re.Pattern, handout) -> tuple[set[str], list[str]]:
    """The values `pattern` finds in the handout's words, and those of them printed cut over two
    lines somewhere in its real PDF (one value may be said several times: each time counts)."""
    values = {m.group(0) for m in pattern.finditer(squash(handout.all_text()))}
    text = " ".join(lines := lines_of(render_bytes(handout)))
    return values, [v for v in values if text.count(v) > sum(line.count(v) for line in lines)]


def lines_of(pdf: bytes) -> list[str]:
    """Each baseline's text, page by page, top to bottom, its runs in the order drawn (a run after a
    change of font, a citation's, is reported at the x its line began at)."""
    out = []
    for runs in positioned_runs(pdf):
        lines: dict[float, list[str]] = {}
        for _x, y, text in runs:
            lines.setdefault(y, []).append(text)
        out += [squash(" ".join(line)) for _, line in sorted(lines.items(), reverse=True)]
    return out


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_l94_02_dates_and_counts_are_never_cut_at_a_lines_end(lang, large):
    values, cut = cut_values(VALUES, handout_of(162, lang, large))
    assert len(values) > 5  # dates and counts enough to break somewhere
    assert cut == []


SECTIONS = re.compile(r"\b(?:PC|HS|VC|BP) \d[\w().\-/]*")


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_l94_03_a_codes_letters_stay_with_their_section(lang, large):
    """L94-03: demo client 177 of seed 94: "Vandalism (Felony, 2011 · PC" / "594): If asked: ..."
    (nine answers' labels of its large-print English handout), «Delito grave (felony), 2011 · PC» /
    «594 · Condado de Los Angeles» (a card's detail line)."""
    values, cut = cut_values(SECTIONS, handout_of(177, lang, large))
    assert values
    assert cut == []


TIMES = re.compile(r"\b\d{1,2} (?:[ap]\. m\.|[ap]m)")


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_l94_04_the_clinics_hours_keep_each_hour_with_its_am_or_pm(lang, large):
    """L94-04: every large-print Spanish demo handout ended «Horario: mar. y jue., de 9 a.» /
    «m. a 4 p. m.»: "a." alone at a line's end, its "m." under it."""
    values, cut = cut_values(TIMES, handout_of(162, lang, large))
    assert len(values) == 2  # "9 a. m." and "4 p. m." (Spanish), "9 am" and "4 pm"
    assert cut == []


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_l94_05_a_clinic_details_label_stays_with_its_value(lang, large):
    """L94-05: large-print Spanish handouts ended a line of the clinic's details on «· Teléfono:»,
    the number, «(213) 555-0142», alone under it."""
    handout = handout_of(162, lang, large)
    labels = [handout.labels[key] for key in ("address", "phone", "website", "email", "hours")]
    lines = lines_of(render_bytes(handout))
    assert any(f"{labels[1]}: (213) 555-0142" in line for line in lines)
    assert [line for line in lines if line.endswith(tuple(f"{label}:" for label in labels))] == []


CODE_NAMES = re.compile(r"\bCódigo Penal\b|\bPenal Code\b")


@pytest.mark.pdf
@pytest.mark.parametrize(("number", "large"), [(162, True), (96, False)])
def test_l94_06_the_penal_codes_name_is_not_cut(number, large):
    """L94-06: the sentence a client is told to say ended a line on «... según el artículo 1203.4
    del Código» with «Penal».» alone under it: three times in demo client 162's large-print Spanish
    handout, twice in client 96's standard one."""
    values, cut = cut_values(CODE_NAMES, handout_of(number, "es", large))
    assert values == {"Código Penal"}
    assert cut == []
