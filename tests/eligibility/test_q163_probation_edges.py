"""Q163: probation dates where several convictions meet, hand-computed from ca-rules.md.

Each scenario is one the public acceptance cases do not reach; the engine already answers it
right, and these tests keep it so.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from engine_builders import D, no_probation_case, probation_case, row, run


def _offended_on(case, day):
    """The same case, its conviction for an offense committed on `day`."""
    return replace(case, convictions=[replace(case.convictions[0], offense_date=D(day))])


# ---- An offense committed on probation's last day is inside it; the next day is not ----


@pytest.mark.parametrize(
    "offense_day, route, confidence",
    [("2022-06-01", "discretionary", "M"), ("2022-06-02", "mandatory", "H")],
)
def test_an_offense_on_the_last_day_of_probation_is_during_it(offense_day, route, confidence):
    """ca-rules 3.1 [H]: 1203.4 is mandatory only if the conditions (obey all laws among them)
    were kept "for the entire period"; probation runs through its end day (relief opens the day
    after). Probation 2021-06-01 to 2022-06-01; a trespass committed on 2022-06-01 falls inside
    it, one committed on 2022-06-02 does not."""
    kept = probation_case("484(a)/488", start="2021-06-01", end="2022-06-01")
    later = _offended_on(no_probation_case("602", id="B", judgment="2022-09-01"), offense_day)
    d = row(run(kept, later), "pc1203_4")
    assert (d.status, d.mode, d.confidence) == ("eligible", route, confidence)
    assert d.reasons[0].text == "Probation ended on 2022-06-01."
    during = [r for r in d.reasons if r.text.startswith("The record shows a new offense during this probation")]
    if route == "discretionary":
        assert len(during) == 1 and during[0].cite == "PC 1203.4(a)(1)"
        assert during[0].text.startswith(
            "The record shows a new offense during this probation, committed on 2022-06-01: PC 602 in case B"
        )
    else:
        assert during == []
