"""C70-01: what a client on the attorney's queue awaits review for, in a few words
(`clinic_app.review.awaiting_said`), as `clinic-app list --review` and the window's queue say it:
the relief, its counts, and what is open; a review that counts takes a result off."""

from __future__ import annotations

from types import SimpleNamespace

from clinic_app.eligibility import screen
from clinic_app.review import answer_key, awaiting_said
from tests.gui.conftest import TODAY, probation_client


def _dui():
    client = probation_client("Olga Abierta", section="23152(b)")
    client.cases[0].convictions[0].code = "VC"
    return client, screen(client.person, client.cases, TODAY)


def test_c70_01_what_awaits_the_attorney_in_a_few_words():
    client, screening = _dui()
    assert awaiting_said(client.cases, screening.results, "facts", []) == \
        "PC 1203.425 automatic relief for VC 23152(b): open question: whether automatic relief covers a DUI (VC 23152(b))"
    d = next(d for d in screening.results if d.remedy == "pc1203_425")
    counted = SimpleNamespace(facts_hash="facts", answer=answer_key(d))
    assert awaiting_said(client.cases, screening.results, "facts", [counted]) is None
    # A review on other facts counts for nothing: still awaiting.
    assert awaiting_said(client.cases, screening.results, "other facts", [counted]) is not None


def test_c70_01_a_fact_to_find_out_is_asked_and_the_rest_counted():
    client = probation_client("Rosa Díaz")
    client.cases[0].sentence = None
    screening = screen(client.person, client.cases, TODAY)
    said = awaiting_said(client.cases, screening.results, "facts", [], most=1)
    assert said.startswith("PC 1203.4 dismissal")
    assert "for PC 459: What was the sentence (probation, county jail, state prison, or none)?" in said
    assert "cases[" not in said and "c1-1" not in said


def test_a_count_is_named_as_every_page_names_it():
    """The code once where the section carries it, and a conspiracy typed under its target's
    code as the engine reads it (reread of C70-01: the queue wrote "PC 476a PC", "HS 182(a)(1)/11352")."""
    from clinic_app.model import Determination, Reason
    from clinic_app.review import CaseNamed, CountNamed

    cases = [CaseNamed("A", "BA1", [CountNamed("A1", "PC", "476a PC"), CountNamed("A2", "HS", "182(a)(1)/11352")])]
    results = [Determination("A", "A1", "pc1203_4", "needs_review", reasons=[Reason("An open question of law.", "PC 1203.4")]),
               Determination("A", "A2", "pc1203_4", "needs_review", reasons=[Reason("Another.", "PC 1203.4")])]
    said = awaiting_said(cases, results, "facts", [])
    assert "476a PC" in said and "PC 476a PC" not in said
    assert "PC 182(a)(1)/HS 11352" in said and "HS 182(a)(1)/11352" not in said
