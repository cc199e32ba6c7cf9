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
def client_162():
    clients = list(file_demo_petitions(generate_clients(163, seed=94, as_of=AS_OF), AS_OF, seed=94))
    return clients[162]


def lines_of(pdf: bytes) -> list[str]:
    """Each baseline's text, page by page, top to bottom."""
    out = []
    for runs in positioned_runs(pdf):
        lines: dict[float, list[tuple[float, str]]] = {}
        for x, y, text in runs:
            lines.setdefault(y, []).append((x, text))
        out += [squash(" ".join(t for _, t in sorted(line))) for _, line in sorted(lines.items(), reverse=True)]
    return out


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_l94_02_dates_and_counts_are_never_cut_at_a_lines_end(lang, large):
    client = client_162()
    handout = compose(client, screen(client.person, client.cases, AS_OF),
                      replace(CLINIC, hours_es="mar. y jue., de 9 a. m. a 4 p. m."),
                      lang=lang, large_print=large, as_of=AS_OF)
    values = {m.group(0) for m in VALUES.finditer(squash(handout.all_text()))}
    assert len(values) > 5  # dates and counts enough to break somewhere
    text = " ".join(lines := lines_of(render_bytes(handout)))
    # Each time a value is printed (one date may be said several times), it is on one line.
    cut = [v for v in values if text.count(v) > sum(line.count(v) for line in lines)]
    assert cut == []
