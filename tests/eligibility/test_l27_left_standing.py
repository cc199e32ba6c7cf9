"""Round 27, legal points left standing (L27): each test cites the ca-rules.md point it holds
the engine to, and checks that where the rules file does not settle a point the answer says
so rather than guessing."""

from __future__ import annotations

from engine_builders import probation_case, run, topics


# ---- L27-01: PC 29805 and an attempt (PC 664) ------------------------------------------------

_OPEN_ATTEMPT = "whether the ban reaches an attempt is unsettled"


def test_an_attempted_273_5_carries_the_lifetime_ban_as_the_cautious_reading_with_the_question_said():
    """ca-rules.md 4.5 [H]: PC 29805(b) bans for life a misdemeanor PC 273.5 convicted since
    2019, and 29805(a) lists 273.5 for ten years before; it says nothing of attempts.  A
    "664/273.5" was told the lifetime ban as certain: now the ban is kept (the safe reading)
    and the open question is said."""
    since_2019 = " ".join(topics(run(probation_case("664/273.5", start="2020-03-01", end="2023-03-01")))["firearms"])
    assert "lifetime state firearm ban" in since_2019 and _OPEN_ATTEMPT in since_2019 and "PC 664" in since_2019
    before = " ".join(topics(run(probation_case("664/273.5", start="2017-03-01", end="2020-03-01")))["firearms"])
    assert "ten-year state firearm ban" in before and _OPEN_ATTEMPT in before


def test_an_attempt_of_a_ten_year_offense_says_the_question_while_the_ban_would_run():
    """ca-rules.md 4.5: 245 and 422 are on the PC 29805(a) list; an attempt of either is not
    named there.  Once the ten years have run either way there is nothing to ask."""
    running = topics(run(probation_case("664/422", start="2020-03-01", end="2021-03-01")))["firearms"][0]
    assert "runs through 2030-03-01" in running and "PC 29805 names PC 422, not an attempt" in running
    over = topics(run(probation_case("664/422", start="2010-03-01", end="2011-03-01")))["firearms"][0]
    assert "ended on 2020-03-01" in over and _OPEN_ATTEMPT not in over


def test_the_completed_offense_and_an_unlisted_attempt_get_no_attempt_question():
    """The question belongs to attempts of listed offenses only."""
    done = " ".join(topics(run(probation_case("273.5", start="2020-03-01", end="2023-03-01")))["firearms"])
    assert "lifetime state firearm ban" in done and _OPEN_ATTEMPT not in done
    theft = " ".join(topics(run(probation_case("664/484(a)", start="2020-03-01", end="2021-03-01")))["firearms"])
    assert _OPEN_ATTEMPT not in theft


def test_a_felony_attempted_273_5_17b_hint_and_reason_say_the_question():
    """ca-rules.md 3.7 [M]: after 17(b) a listed misdemeanor carries the PC 29805 ban; for an
    attempt that is the cautious reading (4.5 names only the sections)."""
    rec = probation_case("664/273.5", level="felony", kind="formal", start="2020-03-01", end="2023-03-01", imposition_suspended=True, wobbler=True)
    s = run(rec)
    assert _OPEN_ATTEMPT in topics(s)["firearms"][0]
    reduction = [r for r in s.results if r.remedy == "pc17b"][0]
    assert reduction.status == "eligible"
    assert any(_OPEN_ATTEMPT in r.text and "PC 664" in r.cite for r in reduction.reasons)
