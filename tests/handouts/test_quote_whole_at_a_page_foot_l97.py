"""L97-02: a checklist step broken at a page's foot (H24-02 lets a long step break, three lines here and
two there) broke inside the court's own words: demo client 107 of seed 94, large print, page 13 ended
"Obey the court's stay-away order until January 10, 2028: “Stay away from the protected" and page 14
began "person” (as written in your papers)."; client 146, large-print Spanish, «... su libertad
condicional (probation) por «Posesión de marihuana» over «para la venta» debe terminar ...».  A step
now breaks before the line its quotation opens on (or moves whole, too short to break there)."""

from __future__ import annotations

import pytest
from handout_layout import positioned_runs, squash
from test_values_kept_whole_l94 import handout_of

from clinic_app.handouts import render_bytes


def last_lines(pdf: bytes) -> list[str]:
    """The last line of each page but the last, its runs in the order drawn."""
    out = []
    for runs in positioned_runs(pdf)[:-1]:
        lowest = min(y for _x, y, _text in runs)
        out.append(squash(" ".join(text for _x, y, text in runs if y == lowest)))
    return out


def open_quote(line: str) -> bool:
    return line.count("«") > line.count("»") or line.count("“") > line.count("”")


@pytest.mark.pdf
@pytest.mark.parametrize(("number", "lang"), [(107, "en"), (146, "es")])
def test_l97_02_a_page_never_ends_inside_a_quotation(number, lang):
    pdf = render_bytes(handout_of(number, lang, large=True))
    assert [line for line in last_lines(pdf) if open_quote(line)] == []
    # The quotation is printed, whole, on one page.
    quoted = "Stay away from the protected person" if lang == "en" else "Posesión de marihuana para la venta"
    assert quoted in squash(" ".join(text for runs in positioned_runs(pdf) for _x, _y, text in runs))
