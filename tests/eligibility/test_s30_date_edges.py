"""Round-30 date-edge findings (S30-xx): requests on the edges of dates, screened the day
before, the day of and the day after; each test names the finding it checks."""

from __future__ import annotations

import pytest

from engine_builders import D, custody_case, money, no_probation_case, probation_case, row, run

# ---- S30-01: a wait "ends" on its anniversary, not on the first safe day after it ----


def _texts(d):
    return [r.text for r in d.reasons]


def test_s30_01_1203_4a_blocked_names_the_first_safe_day_as_that():
    # Judgment 2024-06-01: the year lapses on 2025-06-01, the first safe day is 2025-06-02.
    case = no_probation_case(judgment="2024-06-01", completed=False)
    for as_of in ("2025-06-01", "2025-06-02", "2025-06-03"):
        texts = _texts(row(run(case, as_of=as_of), "pc1203_4a"))
        assert not any("wait from judgment ended on 2025-06-02" in t or "wait from judgment ends on 2025-06-02" in t for t in texts), texts
        assert any("2025-06-02" in t and "first safe day" in t for t in texts), texts
        # Of the screening day itself, "is" (not "was").
        said = "is" if as_of <= "2025-06-02" else "was"
        assert f"The first safe day after the one-year wait from judgment {said} 2025-06-02." in texts, texts


def test_s30_01_1203_425_blocked_does_not_call_the_day_after_one_calendar_year_the_year():
    case = no_probation_case(judgment="2024-06-01", completed=False)
    texts = _texts(row(run(case, as_of="2025-06-02"), "pc1203_425"))
    assert "One calendar year from judgment is 2025-06-02." not in texts, texts
    assert any("first day after one calendar year from judgment (2024-06-01) is 2025-06-02" in t for t in texts), texts


@pytest.mark.parametrize("judgment, release, said_before, said_now", [
    # Straight jail released 2024-02-29, what follows not recorded (a prison term): counted
    # from release, the two years lapse on 2026-02-28 and the first day is 2026-03-01.
    ("2021-06-01", "2024-02-29", "the wait ends 2026-03-01", "first day after the wait would be 2026-03-01"),
    # Release still ahead: the sentence is running.
    ("2025-01-10", "2026-02-28", "wait ends 2028-02-29", "first day after the 2-year wait would be 2028-02-29"),
])
def test_s30_01_1203_41_release_only_says_the_first_day_not_the_wait_end(judgment, release, said_before, said_now):
    case = custody_case(judgment=judgment, release=release, supervision=None, supervision_end=None)
    d = row(run(case, as_of="2025-06-01"), "pc1203_41")
    texts = _texts(d)
    assert d.status == "needs_review", (d.status, texts)
    assert not any(said_before in t for t in texts), texts
    assert any(said_now in t for t in texts), texts


# ---- S30-02: a prison sentence on realignment's first day is not "after" it ----


def test_s30_02_sentenced_on_realignment_day_is_said_as_that_day():
    case = custody_case(judgment="2011-10-01", release="2013-01-01", supervision="parole", supervision_end="2015-01-01")
    d = row(run(case, as_of="2026-11-15"), "pc1203_42")
    assert d.status == "not_applicable"
    texts = _texts(d)
    assert not any("after realignment took effect on 2011-10-01" in t for t in texts), texts
    assert any(t.startswith("Sentenced on 2011-10-01, the day realignment took effect;") for t in texts), texts


def test_s30_02_the_day_before_and_after_realignment_read_as_before():
    before = row(run(custody_case(judgment="2011-09-30", release="2013-01-01", supervision="parole", supervision_end="2015-01-01"), as_of="2026-11-15"), "pc1203_42")
    assert before.status == "eligible", before
    after = row(run(custody_case(judgment="2011-10-02", release="2013-01-01", supervision="parole", supervision_end="2015-01-01"), as_of="2026-11-15"), "pc1203_42")
    assert after.status == "not_applicable"
    assert any(t.startswith("Sentenced on 2011-10-02, after realignment took effect on 2011-10-01;") for t in _texts(after))


# ---- S30-03: probation marked completed without a date is not said "ended (unknown)" ----


def test_s30_03_undated_completed_probation_is_not_said_ended_unknown():
    case = probation_case(start="2022-03-01", end=None, status="completed")
    d = row(run(case, as_of="2025-03-02"), "pc1203_3", conv=None)
    assert d.status == "not_applicable"
    texts = _texts(d)
    assert not any("(unknown)" in t for t in texts), texts
    assert any("marks it completed" in t and "date" in t for t in texts), texts


# ---- S30-04: a court order ending probation on its ordered end date is no early discharge ----


def test_s30_04_termination_on_the_ordered_end_does_not_make_a_violated_grant_mandatory():
    # Violated (continued) 2023-12-01; the record dates the PC 1203.3 order 2024-06-01, the
    # ordered end itself: nothing shows a discharge *before* the end of the period.
    case = probation_case(start="2023-06-01", end="2024-06-01", early="2024-06-01", violations=[("2023-12-01", "continued")])
    for as_of in ("2024-05-31", "2024-06-01", "2024-06-02"):
        d = row(run(case, as_of=as_of), "pc1203_4")
        texts = _texts(d)
        assert d.mode == "discretionary", (as_of, d.mode, texts)
        assert d.confidence == "M", (as_of, d.confidence)
        assert not any("early" in t and "mandatory route applies" in t for t in texts), texts
        assert any("the ordered end date itself" in t for t in texts), texts
        assert d.date == (D("2024-06-02") if as_of < "2024-06-02" else None)


def test_s30_04_termination_on_the_ordered_end_is_not_said_before_the_end_of_the_period():
    case = probation_case(start="2023-06-01", end="2024-06-01", early="2024-06-01")
    d = row(run(case, as_of="2024-06-02"), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    texts = _texts(d)
    assert not any("a discharge before the end of the period" in t for t in texts), texts
    assert "Probation ended on 2024-06-01, its ordered end date, the day the record also dates the court's order ending it (PC 1203.3)." in texts, texts
    before = row(run(case, as_of="2024-05-31"), "pc1203_3", conv=None)
    assert before.status == "not_applicable"
    assert not any("to end early" in t for t in _texts(before)), _texts(before)


def test_s30_04_a_real_early_discharge_still_makes_a_violated_grant_mandatory():
    case = probation_case(start="2023-06-01", end="2024-06-01", early="2024-05-31", violations=[("2023-12-01", "continued")])
    d = row(run(case, as_of="2024-06-01"), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert any("a discharge before the end of the period" in t for t in _texts(d))


def test_s30_04_the_report_does_not_call_a_termination_on_the_ordered_end_early():
    from clinic_app.eligibility.text_report import render_text
    from clinic_app.model import Person

    case = probation_case(start="2023-06-01", end="2024-06-01", early="2024-06-01")
    for as_of in ("2024-05-31", "2024-06-01", "2024-06-02"):
        text = render_text(run(case, as_of=as_of), Person(), [case])
        flat = " ".join(text.split())  # the Sentence line wraps
        line = flat[flat.index("Sentence:"):flat.index("A1: PC")]
        assert "early" not in line, (as_of, line)
        assert "2023-06-01 to 2024-06-01, the court's order ending it (PC 1203.3) dated that same day" in line, line


# ---- S30-05: a sentence not yet performed with no fine owed is not told to pay a fine ----


def test_s30_05_1203_4a_unperformed_sentence_without_fines_is_not_told_to_pay_a_fine():
    case = no_probation_case(judgment="2024-06-01", completed=False)
    d = row(run(case, as_of="2025-06-02"), "pc1203_4a")
    assert d.status == "blocked"
    assert not any("Pay the fine" in s for s in d.next_steps), d.next_steps
    assert any("screen again" in s and "completed" in s for s in d.next_steps), d.next_steps


def test_s30_05_1203_4a_unpaid_fines_still_say_pay_the_fine():
    case = no_probation_case(judgment="2024-06-01", completed=False, money=money(fines_ordered=300, fines_paid=100))
    d = row(run(case, as_of="2025-06-02"), "pc1203_4a")
    assert d.status == "blocked"
    assert any(s.startswith("Pay the fine or have it converted") for s in d.next_steps), d.next_steps
