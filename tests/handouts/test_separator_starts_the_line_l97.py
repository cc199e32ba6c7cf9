"""L97-01: the " · " between the parts of a line ended a line, the dot left as a stray mark after what it
parts: the clinic's address on every large-print demo handout, "1200 E 1st St, Los Angeles, CA 90033 ·"
over "Phone: (213) 555-0142" (demo client 0 of seed 94), a card's detail line «Delito grave (felony),
2026 · PC 211 ·» over «Condado de Los Angeles» (client 224), an answer's label "Second-degree
(commercial) burglary (Felony, 2019 ·" over "PC 459/460(b)): ..." (client 177).  2,229 times in 1,575
of 3,000 demo handouts.  The dot now starts the next line, with the part it brings in."""

from __future__ import annotations

import pytest
from test_values_kept_whole_l94 import handout_of, lines_of

from clinic_app.handouts import render_bytes


@pytest.mark.pdf
@pytest.mark.parametrize(("number", "lang"), [(0, "en"), (0, "es"), (224, "es"), (177, "en")])
def test_l97_01_a_line_never_ends_on_the_separators_dot(number, lang):
    lines = lines_of(render_bytes(handout_of(number, lang, large=True)))
    assert [line for line in lines if line.endswith("·")] == []
    # The dot is not dropped: where the line breaks at it, it begins the next line.
    assert any(line.startswith("· ") for line in lines)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_l97_01_the_contact_block_keeps_its_details_whole(lang):
    """The clinic's phone starts its line with the dot and its label: "· Phone: (213) 555-0142"."""
    handout = handout_of(0, lang, large=True)
    lines = lines_of(render_bytes(handout))
    assert f"· {handout.labels['phone']}: (213) 555-0142" in " | ".join(lines)
