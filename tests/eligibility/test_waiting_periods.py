"""For every waiting period: the day before it ends, the day it ends, the day after.

Each entry builds a record whose relief opens on FIRST and checks the remedy is
eligible_on FIRST the day before, and eligible on FIRST and the day after.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_app.model import Person

from engine_builders import custody_case, no_probation_case, probation_case, run, status

ONE = timedelta(days=1)

# (name, remedy, record builder, first day, mode)
PERIODS = [
    ("1203.4 after probation ends", "pc1203_4", lambda: probation_case(end="2018-03-02"), date(2018, 3, 3), "mandatory"),
    ("1203.4 after early termination", "pc1203_4", lambda: probation_case(end="2019-03-02", early="2017-06-30", status="completed"), date(2017, 7, 1), "mandatory"),
    ("1203.4a one year from judgment", "pc1203_4a", lambda: no_probation_case(judgment="2026-02-10"), date(2027, 2, 11), "mandatory"),
    ("1203.41 split: one year after mandatory supervision", "pc1203_41",
     lambda: custody_case("10851(a)", code="VC", type="county_jail_1170h", judgment="2021-05-03", release=None, supervision="mandatory_supervision", supervision_end="2023-09-20", split=True, wobbler=True),
     date(2024, 9, 21), "discretionary"),
    ("1203.41 straight jail: two years after release", "pc1203_41",
     lambda: custody_case("496(a)", code="PC", type="county_jail_1170h", judgment="2024-08-01", release="2025-06-30", supervision="none", supervision_end=None),
     date(2027, 7, 1), "discretionary"),
    ("1203.41 prison: two years after parole", "pc1203_41", lambda: custody_case(supervision_end="2022-06-01"), date(2024, 6, 2), "discretionary"),
    ("1203.42 two years after parole", "pc1203_42",
     lambda: custody_case(judgment="2009-03-01", release="2010-06-01", supervision_end="2024-08-01"), date(2026, 8, 2), "discretionary"),
    ("1203.425 (I)(ia) the day after probation", "pc1203_425", lambda: probation_case(start="2024-01-10", end="2025-01-10"), date(2025, 1, 11), "automatic"),
    ("1203.425 (I)(ib) one year from judgment", "pc1203_425", lambda: no_probation_case(judgment="2026-02-10"), date(2027, 2, 11), "automatic"),
    ("1203.425 (II) four years after supervision", "pc1203_425",
     lambda: custody_case("10851(a)", code="VC", type="county_jail_1170h", judgment="2021-05-03", release=None, supervision="mandatory_supervision", supervision_end="2023-09-20", split=True, wobbler=True),
     date(2027, 9, 21), "automatic"),
]


@pytest.mark.parametrize("name,remedy,build,first,mode", PERIODS, ids=[p[0] for p in PERIODS])
def test_day_before_the_day_and_the_day_after(name, remedy, build, first, mode):
    assert status(run(build(), as_of=first - ONE), remedy) == ("eligible_on", mode, first)
    assert status(run(build(), as_of=first), remedy) == ("eligible", mode, None)
    assert status(run(build(), as_of=first + ONE), remedy) == ("eligible", mode, None)


def test_probation_in_another_case_blocks_until_the_day_after_it_ends():
    def record():
        return [probation_case(end="2020-05-01"), probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status=None)]

    before = run(*record(), as_of=date(2027, 3, 1))
    assert status(before, "pc1203_4") == ("blocked", None, date(2027, 3, 2))
    assert status(run(*record(), as_of=date(2027, 3, 2)), "pc1203_4") == ("eligible", "mandatory", None)
    assert status(run(*record(), as_of=date(2027, 3, 3)), "pc1203_4") == ("eligible", "mandatory", None)


def test_blocked_date_is_never_before_the_remedys_own_first_day():
    # Case A's 1203.4a opens 2027-02-11; case B's probation ends sooner, but B's probation
    # only needs review for 1203.4a, so use a pending misdemeanor sentence instead:
    # B is still being served (fine unpaid) -> blocked with no date.
    a = no_probation_case(judgment="2026-02-10")
    b = no_probation_case("602", id="B", judgment="2026-06-01", completed=False)
    d = status(run(a, b, as_of="2026-11-15"), "pc1203_4a")
    assert d[0] == "blocked"


def test_1203_41_prison_wait_counts_from_parole_discharge_not_release():
    rec = custody_case(release="2020-01-01", supervision_end="2023-01-01")
    assert status(run(rec, as_of="2024-06-01"), "pc1203_41") == ("eligible_on", "discretionary", date(2025, 1, 2))


def test_1203_425_felony_path_own_supervision_with_known_end_gives_the_date():
    rec = custody_case(judgment="2021-03-01", release="2024-06-01", supervision="parole", supervision_end="2027-06-01")
    assert status(run(rec, as_of="2026-11-15"), "pc1203_425") == ("eligible_on", "automatic", date(2031, 6, 2))


def test_a_registrant_never_gets_automatic_relief_whatever_the_dates():
    rec = probation_case()
    assert status(run(rec, person=Person(registrant_290=True)), "pc1203_425")[0] == "not_eligible"


def test_a_bar_that_lifts_before_the_own_first_day_does_not_block():
    # Case A's own probation ends 2027-06-30; case B's ends sooner (2027-03-01).
    a = probation_case("273.5", start="2024-06-30", end="2027-06-30", status="active")  # DV: no AB 1950 cap
    b = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    b.convictions[0].offense_date = date(2024, 5, 1)  # before A's grant: no new offense during it
    assert status(run(a, b, as_of="2026-11-15"), "pc1203_4") == ("eligible_on", "mandatory", date(2027, 7, 1))
    # ... and one that lifts later blocks until it lifts.
    c = probation_case("242", id="C", start="2026-03-01", end="2027-09-01", status="active")
    assert status(run(a, c, as_of="2026-11-15"), "pc1203_4") == ("blocked", None, date(2027, 9, 2))


def test_1203_42_own_parole_with_a_known_end_gives_the_date():
    rec = custody_case(judgment="2009-03-01", release="2010-06-01", supervision_end="2027-01-31")
    assert status(run(rec, as_of="2026-11-15"), "pc1203_42") == ("eligible_on", "discretionary", date(2029, 2, 1))


@pytest.mark.parametrize("name,remedy,build,first,mode", [p for p in PERIODS if "probation" not in p[0] and "early" not in p[0]], ids=[p[0] for p in PERIODS if "probation" not in p[0] and "early" not in p[0]])
def test_the_anniversary_itself_is_flagged_verify(name, remedy, build, first, mode):
    from engine_builders import row

    on_anniversary = row(run(build(), as_of=first - ONE), remedy)
    assert any("verify" in r.text for r in on_anniversary.reasons)
    assert not any("anniversary" in r.text for r in row(run(build(), as_of=first - 2 * ONE), remedy).reasons)


def test_prcs_in_another_case_is_an_open_question_for_1203_42_as_for_1203_41():
    """ca-rules.md 2.1 and 8.4: PRCS is not named in 1203.41(a)(3), which 1203.42 follows."""
    from engine_builders import row  # as the test above does
    old = custody_case("11378", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    on_prcs = custody_case("11378", id="B", judgment="2021-01-01", release="2025-01-01", supervision="prcs", supervision_end="2027-01-01")
    s = run(old, on_prcs)
    for remedy in ("pc1203_41", "pc1203_42"):
        d = row(s, remedy)
        assert (d.status, d.confidence) == ("needs_review", "L"), remedy
        assert any("PRCS" in r.text for r in d.reasons)
    on_parole = custody_case("11378", id="B", judgment="2021-01-01", release="2025-01-01", supervision="parole", supervision_end="2027-01-01")
    assert row(run(old, on_parole), "pc1203_42").status == "blocked"  # parole is named: a hard bar


@pytest.mark.parametrize("new_felony, inside", [("2020-01-05", True), ("2020-01-06", False)])
def test_the_felony_path_s_four_clean_years_end_on_the_anniversary(new_felony, inside):
    """PC 1203.425 (II): four years from completion with no new felony conviction.  The
    period is met on the anniversary plus one day (ca-rules 0), so a felony convicted on that
    day is outside it (oracle finding: it was counted in)."""
    old = custody_case("11378", type="county_jail_1170h", judgment="2012-01-05", release="2016-01-05", supervision=None, supervision_end=None)
    new = custody_case("11379", id="B", type="county_jail_1170h", judgment=new_felony, release="2021-01-05", supervision=None, supervision_end=None)
    d = status(run(old, new), "pc1203_425")
    assert d[0] == ("needs_review" if inside else "eligible")


def test_prcs_in_the_case_itself_is_the_open_question_for_1203_42():
    """ca-rules 2.1: 1203.41 and 1203.42 do not name PRCS, so it needs review; PRCS in the
    case's own record was a certain block for 1203.42 (oracle finding), with both dates said."""
    rec = custody_case("11378", judgment="2010-05-01", release="2025-03-01", supervision="prcs", supervision_end="2026-09-01")
    on_prcs = custody_case("11378", judgment="2010-05-01", release="2025-03-01", supervision="prcs", supervision_end="2027-03-01")
    from engine_builders import row

    d = row(run(on_prcs), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "L")
    texts = [r.text for r in d.reasons]
    assert any("If PRCS does not count, the two years run from release on 2025-03-01, so the first day would be 2027-03-02." == t for t in texts)
    assert any("If PRCS counts, they run from its end on 2027-03-01, so the first day would be 2029-03-02." == t for t in texts)
    assert row(run(on_prcs), "pc1203_41").status == "needs_review"  # as 1203.41 already said
    # Once PRCS has ended, both count the wait from its end (the later reading), as before.
    for remedy in ("pc1203_42", "pc1203_41"):
        assert status(run(rec), remedy) == ("eligible_on", "discretionary", date(2028, 9, 2))


def test_a_prison_release_still_ahead_with_its_supervision_unrecorded_is_flagged():
    """ca-rules 2.2: completion of a prison term is usually the end of parole or PRCS; with
    only the release known, flag.  A release still ahead gave a date from release alone
    (oracle finding), where a past release already asked."""
    from engine_builders import row

    ahead = custody_case("11379", judgment="2022-05-01", release="2027-05-01", supervision=None, supervision_end=None)
    for remedy, first in (("pc1203_41", "2029-05-02"), ("pc1203_425", "2031-05-02")):
        d = row(run(ahead), remedy)
        assert (d.status, d.missing_facts) == ("needs_review", ["sentence.custody.supervision"]), remedy
        assert any(first in r.text and "usually followed by parole, PRCS or mandatory supervision" in r.text for r in d.reasons), remedy
    paroled = custody_case("11379", judgment="2022-05-01", release="2027-05-01", supervision="parole", supervision_end="2029-05-01")
    assert status(run(paroled), "pc1203_41") == ("eligible_on", "discretionary", date(2031, 5, 2))


def test_the_filing_step_of_a_dismissal_that_opens_later_says_from_when():
    """Readability finding: 1203.41 and 1203.42 said "File form CR-180" under a result that
    opens months later; 1203.4 and 1203.4a give the date."""
    # S27-15: one wording for every dismissal petition (common.petition_step).
    from engine_builders import row

    jail = custody_case("11378", type="county_jail_1170h", judgment="2024-01-10", release="2025-07-01", supervision=None, supervision_end=None)
    d = row(run(jail), "pc1203_41")
    assert (d.status, d.date) == ("eligible_on", date(2027, 7, 2))
    assert d.next_steps[0].startswith("On or after 2027-07-02, file form CR-180 (petition) with CR-181 (order)")
    old = custody_case("11378", judgment="2009-05-01", release="2024-06-01", supervision="parole", supervision_end="2025-06-01")
    d = row(run(old), "pc1203_42")
    assert d.status == "eligible_on" and d.next_steps[0].startswith("On or after 2027-06-02, file form CR-180 (petition) with CR-181 (order)")
