"""M70: the screening's own reasons and steps name a conspiracy typed under its target's code as
the engine reads it ("PC 182(a)(1)/HS 11352"), not as typed ("HS 182(a)(1)/11352", a law the
Health and Safety Code does not have).  W69 had corrected the heading on every page, and left
the reasons below it saying the typed law (W69's report, "Left alone" 1)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.model import Case, Conviction, Person, Probation, Sentence


def _words(code: str, section: str) -> list[str]:
    case = Case(id="A", case_number="BA300208", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id="A1", code=code, section=section, level="felony", conviction_date=date(2012, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1), status="completed")))
    result = screen(Person(dob=date(1980, 1, 1), us_citizen=True), [case], date(2026, 12, 4))
    words = []
    for d in result.results:
        words += [r.text for r in d.reasons] + list(d.next_steps)
    return words


@pytest.mark.parametrize("code, section, read, typed", [
    ("HS", "182(a)(1)/11352", "PC 182(a)(1)/HS 11352", "HS 182(a)(1)/11352"),
    ("VC", "182/10851", "PC 182/VC 10851", "VC 182/10851"),
])
def test_reasons_name_the_conspiracy_as_read_never_as_typed(code, section, read, typed):
    words = _words(code, section)
    assert not [w for w in words if typed in w]
    # "PC 17(b) can reduce PC 182(a)(1)/HS 11352 only if the target offense was a misdemeanor..."
    assert any(f"PC 17(b) can reduce {read} only if" in w for w in words)
    assert any(w.startswith(f"{read} is a conspiracy to commit") for w in words)


def test_a_conspiracy_typed_under_pc_and_any_other_count_keep_the_typed_law():
    assert any(w.startswith("PC 182/211 is a conspiracy to commit PC 211") for w in _words("PC", "182/211"))
    words = _words("HS", "11352")
    assert any("HS 11352" in w for w in words) and not [w for w in words if "PC 11352" in w]
