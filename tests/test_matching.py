"""Which records are one person (clinic_app.matching), and what an import says about it."""

from __future__ import annotations

from datetime import date

from clinic_app.matching import ImportResult, person_key


def test_names_meet_whatever_their_case_accents_and_spacing():
    dob = date(1990, 1, 2)
    assert person_key("María  López", dob) == person_key("maria lopez", dob) == person_key(" MARIA LÓPEZ ", dob)
    assert person_key("María López", dob) != person_key("María López", date(1990, 1, 3))
    assert person_key("María López", dob) != person_key("Mario López", dob)
    assert person_key("Ana Ruiz", None) == person_key("ana ruiz", None)


def test_an_import_says_what_it_added_skipped_and_wants_checked():
    result = ImportResult(ids=[41, 42], skipped=[("Ana Ruiz", 3)], similar=[("Ana Ruiz", 7, 42)])
    assert result.lines("day.jsonl") == [
        "Imported 2 clients (ids 41-42) from day.jsonl.",
        "Skipped 1 client already in the caseload with the same record: Ana Ruiz (id 3).",
        "Check 1 client who shares a name and date of birth with a client already here, but not the record: Ana Ruiz (ids 7 and 42).",
    ]
    many = ImportResult(ids=[5], skipped=[(f"P{n}", n) for n in range(12)], similar=[("A", 1, 5), ("B", 2, 6)])
    lines = many.lines("f")
    assert lines[0] == "Imported 1 client (id 5) from f."
    assert lines[1].startswith("Skipped 12 clients already") and lines[1].endswith("P9 (id 9), and 2 more.")
    assert lines[2].startswith("Check 2 clients who share a name")
    assert ImportResult().lines("f") == ["Imported 0 clients from f."]


def test_s26_07_letters_without_an_ascii_form_sort_where_a_reader_looks_for_them():
    """S26-07: the caseload's name order dropped the Latin letters NFKD does not take apart:
    "Łukasz Nowak" sorted among the U's, "Øster" and "Æsa" among the S's."""
    from clinic_app.matching import alphabetical

    names = ["Ulloa", "Øster", "Martinez", "Łukasz Nowak", "Æsa", "Pérez", "Lopez", "Nguyen", "Adams"]
    assert sorted(names, key=alphabetical) == ["Adams", "Æsa", "Lopez", "Łukasz Nowak", "Martinez", "Nguyen", "Øster", "Pérez", "Ulloa"]
    assert alphabetical("Łukasz")[0] == "lukasz"
