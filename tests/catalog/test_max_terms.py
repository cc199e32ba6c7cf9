"""The maximum-term table: every row names a catalog section that the limitations periods use."""

from __future__ import annotations

from clinic_app.catalog import load_catalog
from clinic_app.eligibility.max_terms import _table, max_term


def test_every_row_is_a_serious_or_violent_catalog_section_with_its_statute():
    catalog = load_catalog()
    rows = _table()
    assert len(rows) >= 10
    for (code, section), term in rows.items():
        offense = catalog.get(code, section)
        assert offense is not None, (code, section)
        # Only these are counted at 6 years when the term is unknown (record_facts.felony_period).
        assert offense.serious or offense.violent or offense.registrable or offense.super_strike, (code, section)
        assert 1 <= term.years <= 12 and term.source.startswith(("PC ", "HS ")), (code, section, term)


def test_a_section_not_in_the_table_has_no_term():
    assert max_term("PC", "459/460(a)").years == 6
    assert max_term("PC", "211") is None  # the degree decides (PC 213): left out on purpose
