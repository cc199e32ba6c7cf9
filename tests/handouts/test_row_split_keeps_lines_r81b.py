"""R81b-03: H80-01's split of a paragraph laid the paragraph out again at the width it was
handed.  A table breaking a checklist row across two pages hands each cell the column's width,
padding and all, wider than the cell's paragraph is laid out in: the row's lines were counted at
the wider width, and the part left on the page, drawn at its own width, ended a line early.  A
large-print client with a long "Wait for a clinic lawyer to review" row read at the foot of page 14
"obstructing an officer; the arrest" and then "for" alone on a line, the rest, "Possession of a
controlled substance (narcotics).", on page 15 (before H80-01: "for Possession of a controlled"
went over whole).  A paragraph already laid out now splits at the lines it was laid out in, as
ReportLab's own split does."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

import pytest
from handout_clients import CLINIC
from handout_layout import page_lines

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 4)


def test_r81b_03_a_laid_out_paragraph_splits_at_its_own_lines():
    """Laid out in a large-print checklist's task cell (256.4 points) and split with the 263.4
    points the table's column gives it (its padding besides), the first part keeps the lines it
    had, drawn at 256.4."""
    from clinic_app.handouts.render import Para, make_styles

    s = make_styles("DejaVuSans", True)
    text = ("Wait for a clinic lawyer to review: the arrest for possession of a controlled substance "
            "(narcotics) and resisting, delaying or obstructing an officer; the arrest for possession of a "
            "controlled substance (narcotics).")
    def lines(paragraph):
        return [" ".join(line[1]) for line in paragraph.blPara.lines]

    p = Para(escape(text), s.body)
    p.wrap(256.4, 1e6)
    laid_out = lines(p)
    first, rest = p.split(263.4, 5 * s.body.leading + 1e-6)
    first.wrap(256.4, 1e6)
    rest.wrap(256.4, 1e6)
    assert lines(first) == laid_out[:5]
    assert lines(rest) == laid_out[5:]


def _client() -> Client:
    def theft(key, number, convicted, county, sections=("484(a)",), code="PC", ends=None):
        ends = ends or convicted.replace(year=convicted.year + 1)
        return Case(id=key, case_number=number, county=county, disposition_date=convicted,
                    convictions=[Conviction(id=f"{key}-{i}", code=code, section=s, level="misdemeanor",
                                            conviction_date=convicted) for i, s in enumerate(sections)],
                    sentence=Sentence(type="probation", judgment_date=convicted, completed=ends < AS_OF,
                                      probation=Probation(kind="summary", start=convicted, end=ends,
                                                          status="completed" if ends < AS_OF else "active")))
    return Client(name="Rosa Nadie", person=Person(dob=date(1980, 1, 2), us_citizen=True), cases=[
        theft("c1", "unknown", date(2015, 3, 2), "Los Angeles County"),
        # PC 415 and PC 490.5 too: the rows break where this test looks, as they did before O155-01's
        # and O155-03's lines moved them a row on; PC 602 as well since H330-01 named the ten
        # convictions to be dismissed after the employer's answer, not in its label; PC 373a since
        # H401-01's line under the record check moved them again.
        theft("c2", "Unknown", date(2015, 3, 2), "Orange County",
              ("484(a)", "459", "496(a)", "148(a)", "647(f)", "415", "490.5", "602", "373a")),
        theft("c3", "N/A", date(2018, 6, 9), None),
        Case(id="c4", case_number="pending", outcome="dismissed", county="Kern",
             arrest_offenses=[ArrestOffense("11350", "HS"), ArrestOffense("148(a)")]),
        Case(id="c5", case_number="unknown", outcome="dismissed", arrest_date=date(2020, 2, 3), county="L.A.",
             arrest_offenses=[ArrestOffense("11350", "HS")]),
        # A drunk in public on probation to 2027 (a DUI until D154-01, whose driving-record line
        # above the job answers moved the rows): the rows break where this test looks, as before.
        theft("c6", "unknown", date(2016, 5, 5), "Los Angeles", ("647(f)",), "PC", date(2027, 6, 20)),
        theft("c7", "none", date(2012, 1, 1), "Riverside", ("11377(a)",), "HS"),
    ])


@pytest.mark.pdf
def test_r81b_03_a_checklist_row_broken_across_pages_leaves_no_word_alone():
    client = _client()
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang="en",
                               as_of=AS_OF, large_print=True))
    pages = page_lines(pdf)
    ends = [(page[-1], following[1] if len(following) > 1 else "") for page, following in zip(pages, pages[1:])]
    assert not [end for end in ends if end[0].strip() == "for"], ends
    assert any(end[0].endswith("obstructing an officer; the arrest")
               and end[1].startswith("for possession of a controlled") for end in ends), ends
