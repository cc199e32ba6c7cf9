"""R162-02: F161-01 kept "18 U.S.C. § 1343" whole under code "other", but a federal judgment's
other ways of writing it still read as a Penal Code section: "18 U.S.C. Sec. 1343" was stored
("PC", "18u.s.c.1343") and its page read "Conviction under 18u.s.c.1343", "18 U.S.C. §§ 1343,
1349" the same, and "USC 1343", its title left off, under a code "USC" FORMAT.md has not."""

from __future__ import annotations

import pytest

from clinic_app.catalog import law_named, load_catalog, us_code_cited
from clinic_app.typed_sections import read_typed_section

FORMS = [("18 U.S.C. Sec. 1343", "18 USC 1343"), ("18 U.S.C. section 1343", "18 USC 1343"),
         ("18 U.S.C. §§ 1343, 1349", "18 USC 1343, 1349"), ("18 U.S.C.A. § 1343", "18 USC 1343"),
         ("USC 1343", "USC 1343"), ("U.S.C. § 1343", "USC 1343"),
         # F161-01's own, as before
         ("18 U.S.C. § 1343", "18 USC 1343"), ("21 usc 844", "21 USC 844"), ("18 USC §922(g)", "18 USC 922(g)")]


@pytest.mark.parametrize(("typed", "named"), FORMS)
def test_r162_02_a_federal_citation_however_written_is_kept_under_other(typed, named):
    reading = read_typed_section(load_catalog(), typed)
    assert reading.stored == ("other", named)
    assert law_named(*reading.stored) == named


@pytest.mark.parametrize("typed", ["459 U.S. PC", "10851 US VC", "459", "HS 11350", "2 US 1343", "Section 8 housing"])
def test_r162_02_a_state_section_is_no_federal_citation(typed):
    assert us_code_cited(typed) is None
