"""N228-02: the `--format text` report's "In short" of a client whose relief the court already
granted.  A real-estate applicant's felony PC 487, made a misdemeanor (PC 17(b)) and dismissed
(PC 1203.4) in 2020, read in short only "Automatic (DOJ may act; check the RAP sheet before
filing): PC 1203.425 automatic relief": what was granted came only pages on; and a petty theft
dismissed whose probation had been revoked read "Nothing to file: no remedy fits this record",
as if no relief were had.  The engine's rows are unchanged.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person, ReliefGranted

from engine_builders import probation_case, run

PERSON = Person(dob=date(1984, 8, 30), us_citizen=True)


def in_short(*cases) -> str:
    text = render_text(run(*cases, person=PERSON, as_of="2026-12-07"), PERSON, list(cases))
    start = text.index("In short:")
    return " ".join(text[start:text.index("\n\n", start)].split())


def test_a_felony_reduced_and_dismissed_says_so_in_short():
    case = probation_case("487(a)", level="felony", kind="formal", start="2012-06-18", end="2015-06-17")
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2020, 3, 2)), ReliefGranted("pc1203_4", date(2020, 3, 2))]
    said = in_short(case)
    assert "Already granted: PC 1203.4 dismissal (A1); PC 17(b) reduce to misdemeanor (A1)." in said, said
    assert said.index("Already granted") < said.index("Automatic")  # what was had, before what DOJ may add
    # DOJ's automatic relief is still open here: "Nothing more to file" is for a record with
    # nothing open (R238-03: said under every granted relief, this test had passed).
    assert "Nothing more" not in said, said


def test_a_dismissal_granted_with_nothing_else_open_is_not_no_remedy():
    case = probation_case("484(a)", start="2012-06-18", end="2015-06-17", status="revoked",
                          violations=[("2013-01-01", "revoked")])
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2020, 3, 2))]
    said = in_short(case)
    assert "Already granted: PC 1203.4 dismissal (A1)." in said, said
    assert "no remedy fits" not in said
    assert "Nothing more to file (see below)." in said
