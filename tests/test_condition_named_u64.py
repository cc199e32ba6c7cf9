"""U64-03: what another desk's save kept from being put back, and the History tab's Changed
column, named a condition by its place: "Case BA100001, condition 2, done: 16", the Checklist's
hours typed over theirs.  The Checklist shows the condition by its label ("Caltrans"), so the
reader had to count the case's conditions to know which.  It is named by its label now; a
condition with no label, or its label itself changed, keeps its place."""

from __future__ import annotations

from ui.models.history_model import in_words


def _record(label="Caltrans") -> dict:
    return {"cases": [{"case_number": "BA100001", "conditions": [
        {"kind": "class", "label": "First-offender DUI program", "required": 30, "done": 12},
        {"kind": "community_service", "label": label, "required": 40, "done": 16}]}]}


def test_u64_03_a_condition_is_named_by_its_label():
    assert in_words("cases[0].conditions[1].done", _record()) == "Case BA100001, Caltrans, done"
    assert in_words("cases[0].conditions[0].completed_on", _record()) == "Case BA100001, First-offender DUI program, completed on"


def test_u64_03_no_label_or_the_label_itself_keeps_the_place():
    assert in_words("cases[0].conditions[1].done", _record(label="")) == "Case BA100001, condition 2, done"
    assert in_words("cases[0].conditions[1].label", _record()) == "Case BA100001, condition 2, label"
    assert in_words("cases[0].conditions[1].done", {"cases": [{"case_number": "BA100001"}]}) == "Case BA100001, condition 2, done"
