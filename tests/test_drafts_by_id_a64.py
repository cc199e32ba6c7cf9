"""A64-02: typing in a case goes back over a record another desk added or removed a case of
since, matched by id; and what is not put back is named where it was typed."""

import copy

from clinic_app.drafts import not_put_back, typing_over
from tests.test_drafts_k63 import _record


def _typed_in_first_case():
    typed_on = _record()
    typed = _record()
    typed["cases"][0]["disposition_date"] = "2021-06-01"
    return typed_on, typed


def test_typing_in_a_case_goes_back_when_another_desk_added_a_case():
    typed_on, typed = _typed_in_first_case()
    stored = _record()
    stored["cases"].append({"id": "c3", "case_number": "BA100003"})
    put = typing_over(typed_on, typed, stored)
    assert [(case["id"], case.get("disposition_date")) for case in put["cases"]] == [
        ("c1", "2021-06-01"), ("c2", "2022-01-10"), ("c3", None)]
    assert not_put_back(typed_on, typed, put) == []


def test_typing_in_a_case_goes_back_when_another_desk_removed_another_case():
    typed_on, typed = _typed_in_first_case()
    stored = _record()
    del stored["cases"][1]
    put = typing_over(typed_on, typed, stored)
    assert [(case["id"], case["disposition_date"]) for case in put["cases"]] == [("c1", "2021-06-01")]
    assert not_put_back(typed_on, typed, put) == []


def test_typing_in_a_case_another_desk_removed_is_said_and_the_case_stays_out():
    typed_on = _record()
    typed = _record(notes="Works nights.")
    typed["cases"][1]["disposition_date"] = "2022-03-03"
    stored = _record()
    del stored["cases"][1]
    put = typing_over(typed_on, typed, stored)
    assert [case["id"] for case in put["cases"]] == ["c1"] and put["client"]["notes"] == "Works nights."
    assert not_put_back(typed_on, typed, put) == [("cases[1]", "removed there")]


def test_a_case_the_typing_added_is_kept_after_the_one_it_followed():
    typed_on = _record()
    typed = _record()
    typed["cases"].insert(1, {"id": "c9", "case_number": "BA100009"})
    stored = _record(phone="(213) 555-0199")
    stored["cases"].insert(0, {"id": "c0", "case_number": "BA100000"})
    put = typing_over(typed_on, typed, stored)
    assert [case["id"] for case in put["cases"]] == ["c0", "c1", "c9", "c2"]
    assert not_put_back(typed_on, typed, put) == []


def test_a_case_removed_here_and_changed_there_is_kept_and_said():
    typed_on = _record()
    typed = _record()
    del typed["cases"][0]
    stored = _record()
    stored["cases"][0]["case_number"] = "BA100001-A"
    stored["cases"].append({"id": "c3", "case_number": "BA100003"})
    put = typing_over(typed_on, typed, stored)
    assert [case["id"] for case in put["cases"]] == ["c1", "c2", "c3"]
    assert not_put_back(typed_on, typed, put) == [("cases[0]", "changed there, kept")]


def test_a_field_both_changed_is_named_at_its_place_in_the_typing_not_by_the_stored_order():
    typed_on, typed = _typed_in_first_case()
    stored = _record()
    stored["cases"][0]["disposition_date"] = "2021-07-01"
    stored["cases"].insert(0, {"id": "c0", "case_number": "BA100000"})
    put = typing_over(typed_on, typed, stored)
    assert put["cases"][1]["disposition_date"] == "2021-07-01"
    assert not_put_back(typed_on, typed, put) == [("cases[0].disposition_date", "changed there")]


def test_hours_both_changed_are_named_by_the_condition_not_the_whole_list():
    typed_on = _record()
    typed_on["cases"][0]["conditions"] = [{"kind": "class", "required": 30, "done": 12}, {"kind": "community_service", "required": 40, "done": 10}]
    typed, stored = (copy.deepcopy(typed_on) for _ in range(2))
    typed["cases"][0]["conditions"][1]["done"] = 16
    stored["cases"][0]["conditions"][1]["done"] = 20
    put = typing_over(typed_on, typed, stored)
    assert put["cases"][0]["conditions"][1]["done"] == 20
    assert not_put_back(typed_on, typed, put) == [("cases[0].conditions[1].done", "changed there")]


def test_a_count_added_here_and_there_under_the_same_key_keeps_theirs_once_and_says_what_was_typed():
    """R64-02: both desks' "Add count" gave the case its next key; both in, the record had two
    counts "c1-2", could not be read, and the typing went back whole, undoing theirs."""
    typed_on = _record()
    typed_on["cases"][0]["convictions"] = [{"id": "c1-1", "section": "459"}]
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    typed["cases"][0]["convictions"].append({"id": "c1-2", "section": "459.5"})
    stored["cases"][0]["convictions"].append({"id": "c1-2", "section": "11350"})
    put = typing_over(typed_on, typed, stored)
    assert put["cases"][0]["convictions"] == stored["cases"][0]["convictions"]
    assert not_put_back(typed_on, typed, put) == [("cases[0].convictions[1]", "added there too")]
    same = copy.deepcopy(stored)  # the same count typed on both: nothing lost
    assert typing_over(typed_on, same, stored) == stored and not_put_back(typed_on, same, stored) == []
