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


# ---- Two probations in other cases: a case's own end does not open it while another runs ----


def test_own_probation_ending_first_waits_for_the_other_case_s_later_end():
    """ca-rules 2.1 [H]: 1203.4 needs the person not on probation for any offense at the time of
    relief. B's probation ends 2027-02-28 (2027 has no 29 February), so on its own B opens
    2027-03-01; C's probation runs to 2027-08-31, so B waits for 2027-09-01, the later day, and
    so does A, whose own probation ended long ago."""
    done = probation_case("594(b)(2)(A)", id="A", start="2023-05-01", end="2024-05-01")
    own = probation_case("484(a)/488", id="B", start="2024-09-01", end="2027-02-28", status="active")
    other = probation_case("602", id="C", start="2024-08-31", end="2027-08-31", status="active")
    s = run(done, own, other, as_of="2026-11-15")

    b = row(s, "pc1203_4", case="B", conv="B1")
    assert (b.status, b.date) == ("blocked", D("2027-09-01"))
    texts = [r.text for r in b.reasons]
    assert texts[0].startswith("The person is on probation in case C (PC 602, convicted 2024-08-31")
    assert texts[0].endswith("through 2027-08-31.")
    assert "Relief is blocked until 2027-09-01; recheck on that day." in texts
    assert "Were it not for that, relief here would be mandatory from 2027-03-01 (probation ends on 2027-02-28)." in texts
    assert all(r.cite == "PC 1203.4(a)(1)" for r in b.reasons)

    a = row(s, "pc1203_4")
    assert (a.status, a.date) == ("blocked", D("2027-09-01"))
    assert [r.text.split(" (")[0] for r in a.reasons[:2]] == [
        "The person is on probation in case B",
        "The person is on probation in case C",
    ]

    # The day C's probation has run out (and both are recorded as completed), both open.
    ended = [replace(c, sentence=replace(c.sentence, probation=replace(c.sentence.probation, status="completed"))) for c in (own, other)]
    after = run(done, *ended, as_of="2027-09-01")
    assert row(after, "pc1203_4", case="B", conv="B1").status == "eligible"
    assert row(after, "pc1203_4").status == "eligible"
