"""What of a draft goes back on a record changed since it was typed (K63-01)."""

from clinic_app.drafts import typing_over


def _record(**client):
    return {"person": {"dob": "1985-03-14"}, "cases": [{"id": "c1", "case_number": "BA100001", "disposition_date": "2021-05-01"},
                                                       {"id": "c2", "case_number": "BA100002", "disposition_date": "2022-01-10"}],
            "client": {"name": "Rosa Delgado", "phone": None, "notes": "", **client}}


def test_what_was_typed_goes_over_what_another_desk_saved_since_field_by_field_and_case_by_case():
    typed_on = _record()
    typed = _record(notes="Works nights.")
    typed["cases"][0]["disposition_date"] = "2021-06-01"
    stored = _record(phone="(213) 555-0199")
    stored["cases"][1]["disposition_date"] = "2022-02-10"

    put = typing_over(typed_on, typed, stored)
    assert put["client"] == {"name": "Rosa Delgado", "phone": "(213) 555-0199", "notes": "Works nights."}
    assert [case["disposition_date"] for case in put["cases"]] == ["2021-06-01", "2022-02-10"]


def test_a_field_both_changed_keeps_the_stored_value_and_a_case_added_since_stays():
    typed_on = _record()
    typed = _record(notes="Works nights.")
    stored = _record(notes="Moved to Pomona.")
    stored["cases"].append({"id": "c3", "case_number": "BA100003"})

    put = typing_over(typed_on, typed, stored)
    assert put["client"]["notes"] == "Moved to Pomona."
    assert [case["id"] for case in put["cases"]] == ["c1", "c2", "c3"]
