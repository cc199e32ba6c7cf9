"""H337-02: the supervising attorney going through 1,035 clients awaiting review read "PC 1203.425
automatic relief for VC 23152(b): open question" on 560 lines of the queue (`list --review`, the
window's Next action under Review needed, intake's box 3), and could not tell which point of law
each waited on without opening the client: a fact to find out was asked, a question of law
unnamed.  The line names it, as the reason the row rests on words it: "open question: whether
automatic relief covers a DUI (VC 23152(b))"; a question that points back ("whether that blocks
relief") is said with what it points to."""

from __future__ import annotations

from clinic_app.eligibility.pc1203_4a import _ELSEWHERE_QUESTION
from clinic_app.model import Determination, Reason
from clinic_app.review import awaiting_said, review_waits_on
from tests.test_review_awaiting_said_c70 import _dui


def test_h337_02_the_queue_names_the_open_question_of_law():
    client, screening = _dui()
    assert awaiting_said(client.cases, screening.results, "facts", []) == \
        "PC 1203.425 automatic relief for VC 23152(b): open question: whether automatic relief covers a DUI (VC 23152(b))"


def test_h337_02_a_question_that_points_back_is_said_with_what_it_points_to():
    d = Determination("c1", "c1-1", "pc1203_4a", "needs_review", reasons=[Reason(_ELSEWHERE_QUESTION, "PC 1203.4a(a)")])
    assert review_waits_on(d) == ("open question: PC 1203.4a names serving a sentence and being under charge, not probation "
                                  "or PRCS in another case; whether that blocks relief")
    # A reason that says only that the law is open, not what: said as before.
    plain = Determination("c1", "c1-1", "pc1203_4", "needs_review", reasons=[Reason("An open question of law.", "PC 1203.4")])
    assert review_waits_on(plain) == "open question"


def test_r344_02_a_reduced_261_5_d_s_open_question_is_one_question():
    """A reduced PC 261.5(d)'s line read "open question: whether the exclusion still applies is
    unsettled. Whether automatic relief covers it": the reason's earlier "whether" (a point said
    unsettled, not the open one) ran into the open one, across a full stop."""
    from datetime import date

    from clinic_app.model import ReliefGranted
    from tests.eligibility.engine_builders import probation_case, row, run

    case = probation_case("261.5(d)", level="felony", kind="formal", imposition_suspended=True)
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2020, 1, 10))]  # reduced under PC 17(b)
    reduced = row(run(case), "pc1203_425")
    assert review_waits_on(reduced) == "open question: whether automatic relief covers it"


def test_r344_03_a_question_open_only_on_a_condition_is_said_with_its_condition():
    """165 lines of a 2,000-client queue, each a PC 1203.4 result of a revoked probation, read
    "open question: whether PC 1203.4a covers the case": open only "if a jail term was then
    executed", which the line left out, so it read as open for every such case."""
    # pc1203_4's words for a probation revoked and not reinstated.
    text = ("If a jail term was then executed, whether PC 1203.4a covers the case is an open question (see its "
            "result); otherwise only the discretionary route of 1203.4 (interests of justice) remains.")
    d = Determination("c1", "c1-1", "pc1203_4", "needs_review", reasons=[Reason(text, "PC 1203.4(a)(1); PC 1203.4a")])
    assert review_waits_on(d) == "open question: if a jail term was then executed, whether PC 1203.4a covers the case"


def test_r344_04_a_question_with_a_clause_set_off_by_commas_ends_without_a_comma():
    """A felony PC 261.5(d)'s line ended "... which PC 1203.4(b) excludes from dismissal,": the
    reason sets its clause off with commas before "is an open question", and the line kept one."""
    from tests.eligibility.engine_builders import probation_case, row, run

    d = row(run(probation_case("261.5(d)", level="felony", kind="formal", imposition_suspended=True)), "pc1203_425")
    assert review_waits_on(d) == ("open question: whether automatic relief covers PC 261.5(d), which PC 1203.4(b) "
                                  "excludes from dismissal")
