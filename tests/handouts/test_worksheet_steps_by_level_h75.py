"""H75-01: a count of unknown level whose steps differ by level ("As a felony: ...", "As a
misdemeanor or an infraction: ...", E74-01) has them printed on the filing worksheet as one step
and its alternatives, not as steps 1 and 2 to take in turn (O74, left alone 2)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.eligibility.any_level import alternatives
from clinic_app.model import Client
from clinic_app.screening_format import read_request
from clinic_app.worksheet import compose
from clinic_app.worksheet.compose import BY_LEVEL
from clinic_app.worksheet.render import render_bytes

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 4)
RAP_FELONY = "As a felony: Check the client's DOJ RAP sheet"
RAP_OTHER = "As a misdemeanor or an infraction: Check the client's DOJ RAP sheet"


def _worksheet(sentence: dict, **person) -> tuple[object, str]:
    """The worksheet of a man born 1979 with one PC 484(a) of unknown level, judged 2010, and its
    real PDF's text."""
    req = read_request({"as_of": AS_OF.isoformat(), "person": {"dob": "1979-03-02", "us_citizen": True, **person},
                        "cases": [{"id": "c1", "county": "Orange", "outcome": "convicted", "case_number": "BA1",
                                   "convictions": [{"id": "v1", "code": "PC", "section": "484(a)", "level": None,
                                                    "conviction_date": "2010-05-01"}],
                                   "sentence": sentence}]})
    client = Client("Una Levelless", req.person, req.cases, id=75)
    sheet = compose(client, screen(req.person, req.cases, AS_OF))
    reader = PdfReader(io.BytesIO(render_bytes(sheet)))
    return sheet, squash(" ".join(page.extract_text() for page in reader.pages))


def test_h75_01_the_rap_sheet_check_by_level_is_one_step_with_its_alternatives():
    """The felony path and the misdemeanor path both reached: automatic relief settled, its
    RAP-sheet step said two ways.  Printed "1. As a felony: ... 2. As a misdemeanor or an
    infraction: ...", staff did both, in turn."""
    _sheet, text = _worksheet({"type": "no_probation", "judgment_date": "2010-05-01", "completed": True})
    automatic = text[text.index("Automatic conviction relief by DOJ"):]
    assert f"1. {BY_LEVEL} \u2013 {RAP_FELONY}" in automatic
    assert f"\u2013 {RAP_OTHER}" in automatic
    assert re.search(r"\b2\. As a misdemeanor", automatic) is None
    # Nothing numbered after the one step: the two were its alternatives.
    assert re.search(r"\b2\. ", automatic) is None


def test_h75_01_only_steps_said_of_levels_that_do_not_meet_are_alternatives():
    """A step said at every level before the alternatives keeps its number, and the alternatives
    share the next; a step said of one level alone is a step of its own (it is not an
    alternative to anything)."""
    steps = ["Recheck when the pending case ends.", "As a felony: A.", "As a misdemeanor or an infraction: B.",
             "As an infraction: C.", "Then D."]
    assert alternatives(steps) == [[0], [1, 2], [3], [4]]
    # Said of the same levels one after the other: two steps for that level, not a choice.
    assert alternatives(["As a felony: A.", "As a felony: B."]) == [[0], [1]]
    # Levels that meet (a misdemeanor takes both): two steps, not alternatives.
    assert alternatives(["As a felony or a misdemeanor: A.", "As a misdemeanor or an infraction: B."]) == [[0], [1]]
    # A level with two steps, against another level's one: one choice.
    assert alternatives(["As a felony: A.", "As a felony: B.", "As a misdemeanor: C."]) == [[0, 1, 2]]


def test_h75_04_a_blocked_line_of_unknown_level_names_the_bar():
    """PC 484(a) of unknown level, judged 2024, an open case: automatic relief is blocked at every
    level (E74-01).  Its one line under "Blocked for now" gave the first reason, that the record
    does not give the level and the answer is the same whichever it is: no word of the open case."""
    req = read_request({"as_of": AS_OF.isoformat(), "person": {"dob": "1979-03-02", "us_citizen": True, "pending_charges": True},
                        "cases": [{"id": "c1", "county": "Orange", "outcome": "convicted", "case_number": "BA1",
                                   "convictions": [{"id": "v1", "code": "PC", "section": "484(a)", "level": None,
                                                    "conviction_date": "2024-01-01"}],
                                   "sentence": {"type": "no_probation", "judgment_date": "2024-01-01", "completed": True}}]})
    client = Client("Una Levelless", req.person, req.cases, id=75)
    sheet = compose(client, screen(req.person, req.cases, AS_OF))
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(render_bytes(sheet))).pages))
    blocked = text[text.index("Blocked for now"):]
    assert ("Automatic conviction relief by DOJ (PC 1203.425), PC 484(a): blocked: The person is charged with an "
            "offense that is still pending. (PC 1203.425(a)(1)(B)(ii)-(iii))") in blocked
    assert "whichever" not in blocked
