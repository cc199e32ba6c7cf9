"""A case recorded as convicted with no conviction entered yet (the window's "Add case" saves
one before its first count is typed): an incomplete record, not an arrest (finding O23B-01)."""

from __future__ import annotations

from clinic_app.eligibility import REMEDIES, screen
from clinic_app.eligibility.text_report import render_text, short_name
from clinic_app.model import Case, Person, Probation, Sentence

from engine_builders import D, probation_case, row

CASE_REMEDIES = [r.key for r in REMEDIES if r.scope == "case"]


def _added_case() -> Case:
    # Exactly what ui.client_view's add_case stores before the first count is typed.
    return Case(id="c2", case_number="24CR001", outcome="convicted", sentence=Sentence(type="probation", probation=Probation()))


def _screen():
    person = Person(us_citizen=True, dob=D("1980-01-01"))
    cases = [probation_case(id="B"), _added_case()]
    return person, cases, screen(person, cases, D("2026-11-15"))


def test_every_case_level_row_waits_on_the_convictions_and_names_them():
    _, _, s = _screen()
    rows = [d for d in s.results if d.case == "c2"]
    assert sorted(d.remedy for d in rows) == sorted(CASE_REMEDIES)
    for d in rows:
        assert d.status == "needs_review", d.remedy
        assert d.missing_facts == ["cases[c2].convictions"], d.remedy
        assert any("The convictions of this case are not entered yet" in r.text for r in d.reasons), d.remedy
        # No arrest-sealing answer, and no question about the placeholder probation's dates.
        assert not any("arrest" in r.text for r in d.reasons), d.remedy
        # S27-04: the step, under the case's own heading, does not name the case.
        assert d.next_steps == ["Enter the case's convictions (each count's code section, level and conviction date), then screen again."]
    assert not [c for c in s.consequences if c.case == "c2"]


def test_what_the_case_means_for_the_other_cases_is_unchanged():
    # Its probation with no end date may still be running: the other case's dismissal waits on
    # it, as before; it is not taken for a pending charge.
    _, _, s = _screen()
    d = row(s, "pc1203_4", case="B", conv="B1")
    assert d.status == "needs_review"
    assert d.reasons[0].text == "The record does not show whether the person is still on probation in case 24CR001."
    assert not any("pending" in r.text.lower() for x in s.results if x.case == "B" for r in x.reasons)


def test_the_text_report_says_the_convictions_are_not_entered_yet():
    person, cases, s = _screen()
    text = " ".join(render_text(s, person, cases).split())
    assert "Case 24CR001: What was the person convicted of (each count's code section, level and conviction date)?" in text
    assert "The convictions of this case are not entered yet, though it is recorded as ending in a conviction" in text
    # By its number, as the question above names it (S156-01: it was "case c2", its record key).
    assert "seal the arrest (case 24CR001)" in text  # among the results the fact would settle, not a "does not fit"
    assert "This case ended in a conviction; arrest sealing is for arrests that did not." not in text


def test_o23c_02_the_text_report_says_the_reason_once_for_the_case():
    """Finding O23C-02: the four case-level rows of a case with no conviction entered each
    printed the same sentence, so the text report said it four times; it now lists the four
    rows and says it once, under them.  The JSON result keeps it on every row (FORMAT.md)."""
    person, cases, s = _screen()
    text = render_text(s, person, cases)
    flat = " ".join(text.split())
    said = "The convictions of this case are not entered yet, though it is recorded as ending in a conviction: every remedy for the case depends on them."
    assert flat.count(said) == 1
    assert f"Each of the {len(CASE_REMEDIES)} above: {said} [The client's record (convictions)] Waits on fact 2 (see Facts to find out)." in flat
    case_part = text[text.index("CASE c2"):]
    for remedy in CASE_REMEDIES:
        assert any(line.strip().startswith(short_name(remedy)) and "NEEDS ATTORNEY REVIEW" in line for line in case_part.splitlines()), remedy
    assert sum(1 for d in s.results if d.case == "c2" and any(r.text == said for r in d.reasons)) == len(CASE_REMEDIES)
