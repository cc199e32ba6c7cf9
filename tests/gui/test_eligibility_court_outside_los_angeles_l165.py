"""L165-02: Teresa's cases are in Los Angeles, Orange, Riverside and San Bernardino.  On the
Eligibility tab a result's details said "File form CR-180 ... with the court that entered the
conviction", the table naming the case by its number alone: nothing said which court, nor that
the program knows Los Angeles court practice only, as the filing worksheet says under the case
(C149-04).  A result filed with the court of a California case outside Los Angeles now says its
court and that note; a Los Angeles case's, DOJ's automatic relief's, and one that does not fit
do not."""

from __future__ import annotations

import html
import re

from three_counties import AS_OF, three_counties

from clinic_app.counties import OUTSIDE_LOS_ANGELES
from clinic_app.eligibility import screen
from ui.eligibility_view import details_html

RIVERSIDE = f"Court: Riverside County, CA. {OUTSIDE_LOS_ANGELES.format(county='Riverside County')}"


def _said() -> dict[tuple[str, str], str]:
    """Each result's details as the tab shows them, in plain words, by (case, remedy)."""
    client = three_counties()
    client.cases[1].county = "Riv."  # as the clinic's intake sheet clips it (L165-01)
    screening = screen(client.person, client.cases, AS_OF)
    return {(d.case, d.remedy): " ".join(html.unescape(re.sub(r"<[^>]+>", " ", details_html(d, None, cases=client.cases))).split())
            for d in screening.results}


def test_l165_02_a_riverside_result_names_its_court_and_what_the_program_does_not_know():
    said = _said()
    assert " ".join(RIVERSIDE.split()) in said["c2", "pc1203_4"], said["c2", "pc1203_4"]
    assert "Court: Riverside County" in said["c2", "pc17b"]
    assert "court practice only" not in said["c2", "pc1203_425"]  # DOJ's: nothing is filed
    assert "court practice only" not in said["c1", "pc1203_4"]  # Los Angeles's own
    assert "court practice only" not in said["c2", "prop64"]  # does not fit: nothing to file
