"""resources/catalog/offenses.csv is well formed, sourced, and big enough for daily use."""

from __future__ import annotations

import csv
from dataclasses import fields
from datetime import date

import pytest

from clinic_app.catalog import (FLAG_COLUMNS, LEVELS, CatalogError, Offense, catalog_path,
                                load_catalog, parse_rows, read_catalog)

BOOLEAN_WORDS = {"0", "1", "true", "false"}


@pytest.fixture(scope="module")
def raw_rows():
    with open(catalog_path(), encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


def test_header_is_the_offense_fields_in_order(raw_rows):
    header, _ = raw_rows
    assert header == [f.name for f in fields(Offense)]


def test_no_duplicate_keys(raw_rows):
    _, rows = raw_rows
    keys = [(r["code"], r["section"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_booleans_are_0_1_or_true_false(raw_rows):
    _, rows = raw_rows
    for r in rows:
        for column in FLAG_COLUMNS:
            assert r[column].strip().lower() in BOOLEAN_WORDS, (r["section"], column, r[column])


def test_every_row_has_a_level_description_and_source(raw_rows):
    _, rows = raw_rows
    for r in rows:
        assert r["level"] in LEVELS, r
        assert r["description"].strip(), r
        assert r["sources"].strip(), r
        assert r["section"] == r["section"].strip() and " " not in r["section"], r["section"]


def test_every_row_is_found_by_lookup_as_written():
    catalog = load_catalog()
    for offense in catalog:
        for spelling in (offense.section, offense.section.upper(), f"{offense.code} {offense.section}"):
            match = catalog.lookup(offense.code, spelling)
            assert match.offense is offense and match.exact, (offense.citation, spelling)


def test_at_least_two_hundred_rows():
    assert len(load_catalog()) >= 200


def test_catalog_is_cached():
    assert load_catalog() is load_catalog()


def test_iteration_is_in_code_and_section_order():
    sections = [(o.code, o.section) for o in load_catalog() if o.code == "PC"][:5]
    assert sections[0] == ("PC", "32")  # numeric, not string, order: 32 before 69 before 115


HEADER = ",".join(f.name for f in fields(Offense))


def _line(section="1", level="misdemeanor", flag="0"):
    return f"PC,{section},Test,{level}," + ",".join([flag] * len(FLAG_COLUMNS)) + ",,test"


def test_bad_boolean_is_reported_with_its_line():
    with pytest.raises(CatalogError, match="line 2"):
        parse_rows([HEADER, _line(flag="maybe")])


def test_bad_level_is_reported():
    with pytest.raises(CatalogError, match="level"):
        parse_rows([HEADER, _line(level="petty")])


def test_duplicate_rows_are_refused(tmp_path):
    path = tmp_path / "offenses.csv"
    path.write_text("\n".join([HEADER, _line(), _line()]) + "\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="duplicate"):
        read_catalog(path)


def test_depends_on_names_flags_and_the_facts_that_decide_them():
    (row,) = parse_rows([HEADER, _line() + ",serious: it was first-degree burglary | firearm_29805: the property was a firearm"])
    assert row.condition("serious") == "it was first-degree burglary"
    assert row.condition("firearm_29805") == "the property was a firearm"
    assert row.condition("violent") is None


def test_a_condition_the_law_asks_only_before_a_date():
    (row,) = parse_rows([HEADER, _line() + ",serious before 2012-01-01: a deadly weapon was used"])
    assert row.condition("serious", date(2011, 12, 31)) == "a deadly weapon was used"
    assert row.condition("serious", None) == "a deadly weapon was used"  # the day unknown: asked
    assert row.condition("serious", date(2012, 1, 1)) is None


def test_a_condition_every_felony_meets():
    (row,) = parse_rows([HEADER, _line() + ",wobbler if felony: it was a felony under PC 243(c) or (d) | serious: a weapon"])
    assert row.condition("wobbler") == "it was a felony under PC 243(c) or (d)"
    assert row.holds_for_felony("wobbler") and not row.holds_for_felony("serious")
    (jail,) = parse_rows([HEADER, _line() + ",h_eligible if felony: it was a felony under PC 1320(b)"])
    assert jail.holds_for_felony("h_eligible") and not jail.holds_for_felony("wobbler")
    with pytest.raises(CatalogError, match="line 2: depends_on's 'if felony' is read only for"):
        parse_rows([HEADER, _line() + ",serious if felony: a weapon"])


@pytest.mark.parametrize("bad", ["serius: a typo in the flag", "serious", "serious:  ", "serious - no colon", "wobbler if felon: x"])
def test_a_malformed_depends_on_is_refused_with_its_line(bad):
    with pytest.raises(CatalogError, match="line 2: depends_on"):
        parse_rows([HEADER, _line() + "," + bad])


def test_shipped_conditions_read_after_only_if():
    """Every condition is a clause the engine puts after "only if" or "If": it starts with a
    lower-case word and has no final full stop."""
    conditions = [(o.citation, when) for o in load_catalog() for _flag, when, _before, _felony in o.depends_on]
    assert len(conditions) >= 15
    for citation, when in conditions:
        assert when[0].islower() and not when.endswith("."), (citation, when)


def test_true_false_words_are_accepted():
    rows = parse_rows([HEADER, _line(flag="true"), _line(section="2", flag="False")])
    assert rows[0].serious is True and rows[1].serious is False


def test_missing_column_is_refused():
    with pytest.raises(CatalogError, match="lacks columns"):
        parse_rows(["code,section", "PC,1"])
