"""V92-01: since R91-02 the worksheet's "Blocked for now" line says the whole bar, and a count
that two remedies wait on for the same bar said it twice, word for word, one line under the
other: a theft (case A) with case B in prison, then on parole, read

  Dismissal after probation (PC 1203.4), PC 484(a)/488: blocked until 2029-12-29: The person is
  serving a sentence in case B (...) through 2028-01-28. After release on 2028-01-28, the person
  will be on parole in case B through 2029-12-28. (PC 1203.4(a)(1))
  Automatic conviction relief by DOJ (PC 1203.425), PC 484(a)/488: blocked until 2029-12-29: The
  person is serving ... through 2029-12-28. (PC 1203.425(a)(1)(B)(ii)-(iii))

(97 such pairs, for 83 clients, in the 5,000-client demo with every 5th client's numbers blanked).
Such lines are one now, naming both remedies and both citations, as the lines pointing to a bar
under "Read this first" already were."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes
from tests.eligibility.engine_builders import custody_case, probation_case

BAR = ("The person is serving a sentence in case B (PC 211, convicted 2026-01-21, Los Angeles County) through "
       "2028-01-28. After release on 2028-01-28, the person will be on parole in case B through 2029-12-28.")


def _worksheet_text(*cases) -> str:
    client = Client("Rosa Example", Person(), list(cases), id=12)
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 12, 4)))
    return " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages)


def test_v92_01_two_remedies_blocked_by_the_same_bar_say_it_once():
    b = custody_case("211", id="B", code="PC", judgment="2026-01-21", release="2028-01-28", supervision="parole",
                     supervision_end="2029-12-28")
    theft = probation_case("484(a)/488", id="A", start="2012-03-02", end="2013-03-02")
    text = _worksheet_text(theft, b)
    assert text.count(BAR) == 1, text
    assert ("Dismissal after probation (PC 1203.4) and Automatic conviction relief by DOJ (PC 1203.425), PC 484(a)/488: "
            f"blocked until 2029-12-29: {BAR} (PC 1203.4(a)(1); PC 1203.425(a)(1)(B)(ii)-(iii))") in text, text


def test_v92_01_a_bar_of_its_own_for_one_remedy_keeps_its_line():
    # PRCS: PC 1203.4 waits on an attorney (whether PRCS is serving a sentence), so only DOJ's
    # relief is blocked, and its line is as R91-02 made it.
    b = custody_case("211", id="B", code="PC", judgment="2026-01-21", release="2028-01-28", supervision="prcs",
                     supervision_end="2029-12-28")
    theft = probation_case("484(a)/488", id="A", start="2012-03-02", end="2013-03-02")
    text = _worksheet_text(theft, b)
    assert "Automatic conviction relief by DOJ (PC 1203.425), PC 484(a)/488: blocked until 2029-12-29: The person is " \
           "serving a sentence in case B" in text, text
    assert "(PC 1203.425(a)(1)(B)(ii)-(iii))" in text
