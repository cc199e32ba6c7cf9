"""The `--format text` report: what a paralegal reads at a terminal."""

from __future__ import annotations

from clinic_app.eligibility.text_report import NOTICE, render_text, status_label
from clinic_app.model import Case, Person

from engine_builders import probation_case, row, run


def text_of(*cases, person=None, **kw):
    s = run(*cases, person=person, **kw)
    return s, render_text(s, person or Person(), list(cases))


def test_notice_opens_and_closes_the_report():
    _, text = text_of(probation_case())
    lines = text.splitlines()
    assert lines[1] == NOTICE and lines[-1] == NOTICE


def test_discretionary_row_says_why():
    _, text = text_of(probation_case("23152(a)", code="VC", start="2021-08-01", end="2025-08-01"))
    assert "ELIGIBLE NOW" in text and "discretionary" in text
    assert "VC 12810(a)-(e) offence, so relief is discretionary only" in text


def test_blocked_row_gives_the_date_and_the_reason():
    other = probation_case("242", id="B", start="2026-03-01", end="2027-03-01", status="active")
    s, text = text_of(probation_case(), other)
    assert status_label(row(s, "pc1203_4")) == "BLOCKED until 2027-03-02"
    assert "on probation in case B through 2027-03-01" in text


def test_arrest_only_case_keeps_a_gap_between_remedy_and_status():
    _, text = text_of(Case(id="A", outcome="dismissed", arrest_level="misdemeanor"))
    line = next(x for x in text.splitlines() if x.strip().startswith("PC 851.93"))
    assert "automatic arrest relief " in line


def test_every_remedy_is_shown_or_named_as_not_fitting():
    from clinic_app.eligibility.text_report import SHORT

    s, text = text_of(probation_case())
    flat = " ".join(text.split())  # names may wrap across lines
    for d in s.results:
        assert SHORT[d.remedy] in flat
