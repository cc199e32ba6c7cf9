"""J119-05: a client whose record is arrests, one still open.  The text report (`clinic-app
screen --format text`), and the Eligibility tab above its results (J119-01), said under the open
case "A pending charge stops most record-clearance relief until it ends", beside four arrests
"ELIGIBLE NOW": the screening holds none of them back (an open case stops relief of convictions,
and there is none).  On a record with no conviction it says to screen the case again when it
ends and that it holds up no other relief here; beside a conviction, as before."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import PENDING_NOTE, render_text
from clinic_app.model import ArrestOffense, Case, Conviction, Person

AS_OF = date(2026, 12, 5)
ALONE = ("This case is still open: screen it again when it ends. No case here ended in a conviction, so it holds up no "
         "other relief on this record. The client should see the defense attorney or public defender about it first, "
         "and, if not a US citizen, get immigration advice before any plea.")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _report(*cases: Case) -> str:
    person = Person(dob=date(1990, 4, 2))
    return _flat(render_text(screen(person, list(cases), AS_OF), person, list(cases)))


def _cases(*, with_conviction: bool) -> list[Case]:
    ended = Case(id="c1", outcome="dismissed", case_number="21CJCM01234", arrest_date=date(2021, 5, 14),
                 disposition_date=date(2021, 11, 2), arrest_offenses=[ArrestOffense("242", level="misdemeanor")])
    if with_conviction:
        ended = Case(id="c1", case_number="BA100001", disposition_date=date(2015, 3, 2),
                     convictions=[Conviction(id="c1-1", section="484", conviction_date=date(2015, 3, 2))])
    pending = Case(id="c2", outcome="pending", case_number="26CJCF05555", arrest_date=date(2026, 9, 1),
                   arrest_offenses=[ArrestOffense("594", level="felony")])
    return [ended, pending]


def test_j119_05_an_open_case_beside_arrests_only_is_not_said_to_stop_relief():
    text = _report(*_cases(with_conviction=False))
    assert ALONE in text
    assert "stops most record-clearance relief" not in text
    assert "PC 851.91 seal the arrest ELIGIBLE NOW" in text  # the arrest it would have been read to stop


def test_j119_05_an_open_case_beside_a_conviction_reads_as_before():
    text = _report(*_cases(with_conviction=True))
    assert _flat(PENDING_NOTE) in text
    assert ALONE not in text
