"""A blind client's handout, read by a screen reader: the PDF's outline (bookmarks) goes from
section to section, each to the page and place its heading is printed (A281)."""

from __future__ import annotations

import pytest
from handout_render import render_scenario, squash
from pypdf.generic import NullObject

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize(("key", "lang"), [("blocked", "es"), ("eligible_now", "en")])
def test_a281_01_each_section_heading_is_a_bookmark_to_its_page_and_the_viewer_shows_them(key, lang):
    r = render_scenario(key, lang)  # the handout test_pdf.py reads too: rendered once a session
    reader = r.reader
    headings = [section.heading for section in r.handout.sections] + [r.handout.contact_heading]
    assert [entry.title for entry in reader.outline] == headings
    pages = r.page_texts()
    for entry in reader.outline:
        number = reader.get_destination_page_number(entry)
        # On the page the heading is printed on, the reader's own zoom kept (a null zoom).
        assert squash(entry.title) in pages[number], (entry.title, number + 1)
        assert entry["/Type"] == "/XYZ" and isinstance(entry.zoom, NullObject)
    assert {reader.get_destination_page_number(entry) for entry in reader.outline} != {0}
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
