"""`Catalog.search` feeds the section completer of the case editor."""

from __future__ import annotations

from clinic_app.catalog import load_catalog, offense_label


def labels(text, limit=20):
    return [offense_label(o) for o in load_catalog().search(text, limit)]


def test_section_number_puts_the_exact_section_first():
    found = labels("459")
    assert found[0] == "PC 459 Burglary - wobbler"
    assert any(label.startswith("PC 459.5 Shoplifting") for label in found)
    assert any(label.startswith("PC 459/460(b)") for label in found)


def test_words_search_the_description():
    found = labels("burglary")
    assert found[0].startswith("PC 459 ")
    assert all("burglary" in label.lower() for label in found)


def test_code_narrows_the_search():
    found = load_catalog().search("HS 113")
    assert found and all(o.code == "HS" and o.section.startswith("113") for o in found)


def test_code_with_words():
    found = load_catalog().search("vc dui")
    assert found and all(o.code == "VC" for o in found)
    assert any(o.section == "23152" for o in found)


def test_code_written_on_the_number():
    found = load_catalog().search("VC23152")
    assert found[0].code == "VC" and found[0].section == "23152"


def test_limit_and_empty_text():
    assert len(load_catalog().search("1", limit=3)) == 3
    assert load_catalog().search("") == []
    assert load_catalog().search("   ") == []
    assert load_catalog().search("zzzz-no-such-offense") == []


def test_label_names_code_section_description_and_level():
    offense = load_catalog().get("PC", "484")
    assert offense_label(offense) == "PC 484 Theft (petty theft) - misdemeanor"


def test_everyday_words_find_statute_words():
    assert load_catalog().search("drunk")[0].section == "647(f)"  # "Public intoxication"
    assert any(o.section == "23152" for o in load_catalog().search("drunk"))
    assert all(o.prop64 or o.code == "HS" for o in load_catalog().search("weed"))
    assert load_catalog().search("domestic")[0].section in ("243(e)", "243(e)(1)")


def test_the_closest_description_comes_first():
    found = load_catalog().search("battery", 3)
    assert [o.section for o in found[:2]] == ["242", "243"]
