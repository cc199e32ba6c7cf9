"""E40: the engine's step words where other pages read them (public cases S03 and S51, and the
long record, engine_builders.long_record: screening it takes about 25 ms)."""

from __future__ import annotations

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.screening_format import read_request
from tests.public_cases import public_cases

PUBLIC = public_cases()


def _public(case_id: str):
    request = read_request(next(c for c in PUBLIC if c["id"] == case_id)["request"])
    return request, screen(request.person, request.cases, request.as_of)


def test_e40_02_the_registration_step_reads_right_under_the_dismissal_it_is_filed_under():
    """E40-02: S51's PC 288(a) prison case read "PC 1203.41 dismissal: Ask an attorney about
    ending registration by a tier-based petition ...": the step is carried on the dismissal's
    result because it is what is left once registration closes that dismissal (there is no
    registration remedy to carry it), but under that label it read as a way to get the
    dismissal.  It now says so: the dismissal is closed, and what is left."""
    request, s = _public("S51")
    d = next(d for d in s.results if (d.case, d.remedy) == ("P", "pc1203_41"))
    assert d.status == "not_eligible"
    (step,) = d.next_steps
    assert step.startswith("This dismissal is closed; what is left")
    assert "PC 290.5" in step and "pardon" in step
    flat = " ".join(render_text(s, request.person, request.cases).split())
    assert "PC 1203.41 dismissal: This dismissal is closed; what is left" in flat
    assert "PC 1203.41 dismissal: Ask an attorney about ending registration" not in flat


def test_e40_03_every_result_under_review_says_who_decides_what():
    """E40-03: S03's second DUI was "NEEDS ATTORNEY REVIEW" for automatic relief (whether it
    covers a DUI is open, ca-rules.md 8.3), but its only step was the RAP-sheet check: nothing
    said who decides the question.  Over every public case and the long record, a result under
    review has a step, and one whose question is of law, not a fact to find, names the attorney."""
    from engine_builders import long_record, run

    screenings = [_public(c["id"])[1] for c in PUBLIC] + [run(*long_record(), as_of="2026-12-02")]
    reviews = [d for s in screenings for d in s.results if d.status == "needs_review"]
    assert len(reviews) >= 30  # 36 today: the test is not empty
    assert all(d.next_steps for d in reviews), [(d.case, d.conviction, d.remedy) for d in reviews if not d.next_steps]
    of_law = [d for d in reviews if not d.missing_facts]
    silent = [(d.case, d.conviction, d.remedy, d.next_steps) for d in of_law if not any("attorney" in step.lower() for step in d.next_steps)]
    assert not silent, silent
    _request, s = _public("S03")
    dui = next(d for d in s.results if (d.case, d.remedy) == ("B", "pc1203_425"))
    assert dui.status == "needs_review" and "DUI" in dui.reasons[-1].text
    assert dui.next_steps[0].startswith("An attorney decides the open question above (whether automatic relief reaches this conviction)")
    assert "RAP sheet" in dui.next_steps[-1]


def test_e40_04_a_conviction_no_relief_fits_is_not_told_what_stays_true_after_relief():
    """E40-04: S51's PC 288(a) (every row "not eligible") was headed "What stays true even after
    relief:", of relief its own table had just ruled out.  Its facts (firearms, registration,
    what to disclose) are still said, headed "What stays true of this conviction:"; case A's
    count, which can be dismissed, keeps "even after relief"."""
    request, s = _public("S51")
    text = render_text(s, request.person, request.cases)
    p, a = text.split("CASE A ")
    assert "What stays true of this conviction:" in p and "even after relief" not in p
    assert "registration: Sex-offender registration continues" in p  # the facts are kept
    assert "What stays true even after relief:" in a and "What stays true of this conviction" not in a
