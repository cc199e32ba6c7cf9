"""R90b-04: the first answer of a situation with no intro was kept with the situation's title by a
fixed room (1.4 inches for the title, 0.75 for the answer), not by its own height.  A long first
label (R90b-03's joined gun label, three lines, or a label naming the convictions, H86-01) filled
that room with the "say" line alone, and its note went to the next page: client 59 of the seed-86
demo read at the foot of page 4 "Buying or owning a gun / If your convictions are not cleared,
and once your convictions are made misdemeanors — ...: Do not buy or hold a gun until a lawyer
says you may.", and at the top of page 5, under no title, "A felony means no guns for life. ...
Even after the change, one of these convictions may still ban guns."  The title now goes to the
next page unless the first answer's line and the start of its note fit under it."""

from __future__ import annotations

import io

from handout_layout import squash
from pypdf import PdfReader
from test_said_once_h89 import AS_OF, CLINIC, demo_clients

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes


def test_r90b_04_a_situation_s_first_answer_is_on_the_page_of_its_note():
    client = demo_clients()[59 - 1]
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang="en", as_of=AS_OF))
    pages = [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    (page,) = [page for page in pages if "Do not buy or hold a gun until a lawyer says you may." in page]
    assert "Buying or owning a gun If your convictions are not cleared" in page
    assert "A felony means no guns for life." in page
