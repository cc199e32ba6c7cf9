"""K28-01: a probation that stands revoked, no later sentence recorded, had its conditions
listed as tasks with the grant's old end date (demo seed 61: case 5CP28038, revoked
2025-10-21, "Finish: Outpatient drug program (5 of 26 done). By June 23, 2027").  Whether they
still bind is an attorney's reading: the handout and the checklist now say the revocation, to
bring the papers, and that a clinic lawyer says what is left; a revocation a later
reinstatement undid keeps the tasks."""

from __future__ import annotations

from datetime import date

from handout_clients import AS_OF
from handout_render import pdf_text

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import Case, Client, Condition, Conviction, Custody, Person, Probation, Sentence, Violation

REVOKED = date(2025, 10, 21)
EN = ("Case 5CP28038: Your probation was revoked on October 21, 2025. Bring any papers about what the court "
      "ordered after that. A clinic lawyer will tell you what you still have to do.")
ES = ("Caso 5CP28038: Su libertad condicional fue revocada el 21 de octubre de 2025. Traiga los papeles que tenga "
      "sobre lo que ordenó el tribunal después. Un abogado de la clínica le dirá lo que todavía tiene que hacer.")


def client(violations: list[Violation], status: str | None = "revoked", custody: Custody | None = None) -> Client:
    conv = Conviction(id="A1", section="11377(a)", code="HS", level="misdemeanor", conviction_date=date(2025, 6, 23))
    probation = Probation(kind="summary", start=date(2025, 6, 23), end=date(2027, 6, 23), status=status, violations=violations)
    case = Case(id="A", case_number="5CP28038", convictions=[conv],
                conditions=[Condition(kind="class", label="Outpatient drug program", required=26, done=5)],
                sentence=Sentence(type="probation", judgment_date=date(2025, 6, 23), probation=probation, custody=custody))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def test_k28_01_revoked_probation_s_conditions_are_a_question_for_the_lawyer_en_and_es():
    c = client([Violation(REVOKED, "revoked")])
    en, es = pdf_text(c, "en"), pdf_text(c, "es")
    assert EN in en and ES in es
    assert "Outpatient drug program" not in en and "June 23, 2027" not in en
    assert "Outpatient drug program" not in es and "23 de junio de 2027" not in es
    # The checklist the window shows says the same, through the same code.
    # The condition keeps its item (the window pairs them with its rows); the outstanding
    # column has the revocation in its place.
    items = checklist(c, AS_OF)
    assert [(i.kind, i.label, i.done) for i in items] == [
        ("revocation", "Probation revoked 2025-10-21, no later sentence recorded: "
                       "whether its conditions still bind is for a clinic lawyer to say", False),
        ("condition", "Outpatient drug program: done so far 5 of 26", False)]
    assert outstanding(c, AS_OF) == ["probation revoked 2025-10-21"]


def test_k28_01_a_stay_away_order_of_a_revoked_probation_is_still_kept_with_no_end_date():
    """A standing order stays open after a revocation (S27C-01's reading): said to obey, not
    "until" the grant's old end date."""
    c = client([Violation(REVOKED, "revoked")])
    c.cases[0].conditions.append(Condition(kind="stay_away", label="Stay away from the protected person"))
    en = pdf_text(c, "en")
    assert EN in en and "Obey the court's stay-away order, “Stay away from the protected person” (as written in your papers)." in en
    assert "until June 23, 2027" not in en and "Outpatient drug program" not in en
    assert outstanding(c, AS_OF) == ["probation revoked 2025-10-21", "stay away from the protected person"]


def test_k28_01_a_revocation_without_its_day_is_said_without_one():
    c = client([])
    assert ("Case 5CP28038: Your probation was revoked. Bring any papers about what the court ordered after that."
            in pdf_text(c, "en"))
    assert outstanding(c, AS_OF) == ["probation revoked"]


def test_k28_01_a_revocation_undone_by_a_reinstatement_keeps_the_tasks():
    c = client([Violation(REVOKED, "revoked"), Violation(date(2025, 12, 1), "reinstated")], status=None)
    text = pdf_text(c, "en")
    assert "Finish “Outpatient drug program” (as written in your papers). You have 21 of 26 left to do." in text and "was revoked" not in text
    assert [i.kind for i in checklist(c, AS_OF)] == ["probation", "condition"]


def test_k28_01_before_the_revocation_the_conditions_are_still_to_finish():
    c = client([Violation(REVOKED, "revoked")])
    assert [i.kind for i in checklist(c, date(2025, 9, 1))] == ["probation", "condition"]
