"""K164-03: R162-02 read a federal judgment's ways of writing "18 U.S.C. § 1343", but not
"Title 18 USC 1343" as a plea form writes it, nor a federal docket's "18:1343": typed at intake or
on the Record tab they were read as Penal Code sections ("PC", "title18usc1343") and a client's
page said "Conviction under ...".  Each is now kept whole under code "other" as "18 USC 1343",
and no state section, nor a time of day, is read as federal."""

from __future__ import annotations

import pytest

from clinic_app.catalog import law_named, load_catalog, us_code_cited
from clinic_app.typed_sections import read_typed_section

FORMS = [("Title 18 USC 1343", "18 USC 1343"), ("title 18, U.S.C. § 1343", "18 USC 1343"),
         ("Title 21 U.S.C. §§ 841, 846", "21 USC 841, 846"), ("18:1343", "18 USC 1343"),
         ("18 : 922(g)", "18 USC 922(g)"), ("21:841", "21 USC 841")]


@pytest.mark.parametrize(("typed", "named"), FORMS)
def test_k164_03_a_title_or_a_docket_citation_is_kept_under_other(typed, named):
    reading = read_typed_section(load_catalog(), typed)
    assert reading.federal and reading.stored == ("other", named)
    assert law_named(*reading.stored) == named


@pytest.mark.parametrize("typed", ["459", "PC 459", "VC 23152(a)", "Title 15 CCR 3000", "Title 18", "12:00", "0:1343",
                                   "459:460", "PC 18:1343", "18:1343 PC", "HS 11350:11377"])
def test_k164_03_a_state_section_or_a_time_is_no_federal_citation(typed):
    assert us_code_cited(typed) is None
    assert not read_typed_section(load_catalog(), typed).federal
