"""Round-28 read-aloud findings (S28B-xx): each test names the finding it checks."""

from __future__ import annotations

from engine_builders import D, probation_case, row, run

# ---- S28B-01: 1203.425 names a revoked-then-reinstated grant as such ----


def _reasons(case, as_of="2026-11-15"):
    return [r.text for r in row(run(case, as_of=as_of), "pc1203_425").reasons]


def test_s28b_01_a_revocation_later_undone_is_said_reinstated():
    for violations in ([("2021-12-01", "revoked"), ("2022-01-10", "reinstated")], [("2021-12-01", "reinstated")]):
        case = probation_case("484(a)/488", start="2021-06-01", end="2023-06-01", status="completed", violations=violations)
        texts = _reasons(case)
        assert any(t.startswith("Probation was revoked (and later reinstated), so the probation path (I)(ia) does not apply") for t in texts), texts


def test_s28b_01_a_revocation_that_stands_is_said_revoked_only():
    for status in ("revoked", "completed"):
        case = probation_case("484(a)/488", start="2021-06-01", end="2023-06-01", status=status, violations=[("2021-12-01", "revoked")])
        texts = _reasons(case)
        assert any(t.startswith("Probation was revoked, so the probation path (I)(ia) does not apply") for t in texts), texts
        assert not any("reinstated" in t for t in texts)


# ---- S28B-02: no "(... (PRCS))" in the completed-on and still-serving wordings ----

from engine_builders import custody_case  # noqa: E402

from clinic_app.eligibility.sentence import aside  # noqa: E402
from clinic_app.model import Person  # noqa: E402


def test_s28b_02_aside_sets_off_an_inner_parenthesis_with_a_comma():
    assert aside("end of post-release community supervision (PRCS)") == "(end of post-release community supervision, PRCS)"
    assert aside("release from custody") == "(release from custody)"


def _all_texts(screening):
    return [r.text for d in screening.results for r in d.reasons] + [s for d in screening.results for s in d.next_steps]


def test_s28b_02_the_completed_on_wordings_have_no_double_parenthesis():
    # A 1170(h) jail term (1203.41), and a state-prison term (1203.42 reaches only 1170(h); 1203.425 path II).
    jail = custody_case("11378", type="county_jail", judgment="2013-06-01", release="2014-06-01", supervision="prcs", supervision_end="2015-05-16")
    texts = _all_texts(run(jail, as_of="2031-06-01"))
    said = [t for t in texts if "completed on 2015-05-16" in t]
    assert said, texts
    assert any("(end of post-release community supervision, PRCS)" in t for t in said), said
    assert not any("(PRCS))" in t for t in texts), [t for t in texts if "(PRCS))" in t]


def test_s28b_02_still_serving_on_prcs_has_no_double_parenthesis():
    prison = custody_case("459/460(b)", code="PC", judgment="2024-06-01", release="2025-06-01", supervision="prcs", supervision_end="2027-06-01", wobbler=True)
    texts = _all_texts(run(prison, as_of="2026-11-15", person=Person(us_citizen=False)))
    assert any("still serving this sentence (post-release community supervision, PRCS)" in t for t in texts), texts
    assert not any("(PRCS))" in t for t in texts)


# ---- S28B-04: the felony path after a revoked probation says why it is the felony path ----


def test_s28b_04_the_felony_path_after_a_reinstated_probation_says_why_four_years():
    # Felony probation revoked and reinstated, then completed: path (II), four years from its end.
    case = probation_case("21310", level="felony", kind="formal", start="2020-11-05", end="2025-11-05", status="completed",
                          violations=[("2021-02-07", "reinstated")], wobbler=True)
    d = row(run(case, as_of="2029-11-07"), "pc1203_425")
    texts = [r.text for r in d.reasons]
    assert (d.status, d.mode) == ("eligible", "automatic"), texts
    assert texts[0] == "Probation was revoked (and later reinstated), so the probation path (I)(ia) does not apply; the felony path (II) needs the sentence completed and then four years with no new felony conviction."
    assert texts[1].startswith("A felony convicted on 2020-11-05, not serious, violent or registrable; the sentence was completed on 2025-11-05 (end of probation)")


# ---- S28B-05: the day a probation's end opens 1203.4 is prepared for the day before ----

RECORD_IT = "After probation ends on 2027-08-13, mark it completed in the record (or record the new end date if the court extended it) and screen again before filing."


def test_s28b_05_a_running_probation_marked_active_says_to_record_its_end_before_filing():
    case = probation_case("484(a)/488", start="2026-08-13", end="2027-08-13", status="active")
    before = row(run(case, as_of="2027-08-13"), "pc1203_4")
    assert (before.status, before.date.isoformat()) == ("eligible_on", "2027-08-14")
    assert RECORD_IT in before.next_steps
    # The next day the record, still marked active, is asked about: the step said it would be.
    after = row(run(case, as_of="2027-08-14"), "pc1203_4")
    assert after.status == "needs_review"
    # Recorded as completed, it is open.
    done = probation_case("484(a)/488", start="2026-08-13", end="2027-08-13", status="completed")
    assert row(run(done, as_of="2027-08-14"), "pc1203_4").status == "eligible"


def test_s28b_05_no_such_step_for_an_early_end_the_court_ordered():
    from dataclasses import replace
    case = probation_case("484(a)/488", start="2026-08-13", end="2027-08-13", status="active")
    case.sentence.probation = replace(case.sentence.probation, early_termination=D("2027-03-01"))
    d = row(run(case, as_of="2027-02-01"), "pc1203_4")
    assert d.status == "eligible_on"
    assert not any(s.startswith("After probation ends on") for s in d.next_steps)


# ---- S28B-06: 1203.4 does not say 1203.4a covers an infraction 1203.4a excludes ----


def test_s28b_06_an_infraction_is_sent_to_1203_4a_without_promising_it():
    from engine_builders import no_probation_case
    case = no_probation_case("12500(a)", code="VC", level="infraction", judgment="2020-02-10")
    s = run(case, as_of="2031-06-01")
    own = [r.text for r in row(s, "pc1203_4").reasons]
    assert own == ["An infraction is excluded from PC 1203.4; PC 1203.4a is the dismissal statute for infractions (see its result)."]
    assert row(s, "pc1203_4a").status == "not_eligible"  # VC 42001: its own result says why
    assert not any("covers infractions" in t for t in own)


# ---- S28B-07: a step's counts are named in the record's order ----


def test_s28b_07_a_shared_step_names_its_counts_in_the_record_order():
    from engine_builders import conviction

    from clinic_app.eligibility.text_report import render_text
    # A1 (PC 211) needs review for automatic relief, A2 is eligible: the same RAP-sheet step.
    case = probation_case("211", level="felony", kind="formal", start="2008-12-30", end="2011-12-30", status="completed")
    case.convictions.append(conviction("602", level="misdemeanor", convicted="2008-12-30", id="A2"))
    s = run(case, as_of="2034-01-01")
    assert (row(s, "pc1203_425").status, row(s, "pc1203_425", conv="A2").status) == ("needs_review", "eligible")
    text = " ".join(render_text(s, Person(), [case], "X").split())
    assert "PC 1203.425 automatic relief (A1 and A2): Check the client's DOJ RAP sheet" in text
    assert "(A2 and A1)" not in text


# ---- S28B-08: 1473.7 does not name 1203.4 alone beside a count whose route is 1203.4a ----


def test_s28b_08_the_immigration_reason_names_every_dismissal_route():
    from engine_builders import no_probation_case
    case = no_probation_case("148(a)(1)", judgment="2018-10-11")
    s = run(case, as_of="2031-06-01", person=Person(us_citizen=False))
    assert row(s, "pc1203_4a").status == "eligible"
    texts = [r.text for r in row(s, "pc1473_7").reasons]
    assert "A dismissal (PC 1203.4, 1203.4a, 1203.41 or 1203.42) or automatic relief (PC 1203.425) still counts as a conviction for immigration; a vacatur for legal error does not." in texts
    assert not any(t.startswith("A dismissal under PC 1203.4 ") for t in texts)


# ---- S28B-09: "still serving this sentence (the sentence)" ----


def test_s28b_09_a_sentence_still_served_is_not_named_twice():
    from engine_builders import no_probation_case
    case = no_probation_case("11350(a)", code="HS", level="felony", judgment="2013-02-10", completed=False)
    s = run(case, as_of="2026-11-15", person=Person(us_citizen=False))
    texts = _all_texts(s)
    assert "The person is still serving this sentence, so the route is a petition to recall the sentence and resentence as a misdemeanor." in texts
    assert any(t.startswith("The motion is for a person no longer in criminal custody, and the person is still serving this sentence; until then") for t in texts)
    assert not any("(the sentence)" in t for t in texts)
