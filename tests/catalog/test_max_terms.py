"""The maximum-term table: every row names a catalog section that the limitations periods use."""

from __future__ import annotations

from clinic_app.catalog import load_catalog
from clinic_app.eligibility.max_terms import _table, max_term


def test_every_row_is_a_catalog_section_or_subdivision_with_its_statute():
    catalog = load_catalog()
    rows = _table()
    assert len(rows) >= 10
    for (code, section), term in rows.items():
        match = catalog.lookup(code, section)
        assert match.offense is not None and match.offense.level in ("felony", "wobbler"), (code, section)
        assert match.section == section, (code, section)  # read as written, not as another section
        assert term.years is None or 1 <= term.years <= 20, (code, section, term)
        assert term.source.startswith(f"{code} "), (code, section, term)


def test_a_blank_term_is_one_the_subdivision_decides():
    assert max_term("VC", "2800.3").years is None
    assert (max_term("VC", "2800.3(a)").years, max_term("VC", "2800.3(b)").years) == (7, 10)


def test_a_section_not_in_the_table_has_no_term():
    assert max_term("PC", "459/460(a)").years == 6
    assert max_term("PC", "211") is None  # the degree decides (PC 213): left out on purpose
